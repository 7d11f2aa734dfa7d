"""Child process: load the app as gunicorn and flask do (wsgi.py), answer one question; print
when it answered.

Settings (INDEX_DIR, ONNX_DIR, ...) come from the environment, as in production.
"""

import json
import time

from wsgi import app

from .questions import FIRST_QUESTION

reply = app.test_client().post("/api/chat", json={"message": FIRST_QUESTION})
answered = time.time()
print(
    json.dumps(
        {"status": reply.status_code, "kind": reply.get_json().get("kind"), "answered": answered}
    )
)
