"""Child process: load one index, answer every question uncached, print timings and peak memory.

Usage: python -m bench.scale_probe QUESTIONS_JSON ROUNDS (settings from the environment).
A process of its own per knowledge-base size, so its peak resident memory is that size's.
"""

import json
import resource
import sys
import time
from pathlib import Path

from bot import create_app

from .run import call_wsgi, chat_environ

questions = json.loads(Path(sys.argv[1]).read_text())
rounds = int(sys.argv[2])
app = create_app()
for question in questions:  # warm-up: the ONNX session and the first calls
    call_wsgi(app, chat_environ(question))
timings = []
for _ in range(rounds):
    for question in questions:
        environ = chat_environ(question)
        started = time.perf_counter()
        status = call_wsgi(app, environ)
        timings.append(time.perf_counter() - started)
        assert status.startswith("200"), status
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": timings, "peak_rss_mb": peak_mb}))
