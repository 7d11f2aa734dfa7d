"""Child process: create the app and answer one question; print when each step finished.

Settings (INDEX_DIR, ONNX_DIR, ...) come from the environment, as in production.
"""

import json
import time

from bot import create_app

imported = time.time()
app = create_app()
created = time.time()
reply = app.test_client().post("/api/chat", json={"message": "What is CAR-T cell therapy?"})
answered = time.time()
print(
    json.dumps(
        {
            "status": reply.status_code,
            "kind": reply.get_json().get("kind"),
            "imported": imported,
            "created": created,
            "answered": answered,
        }
    )
)
