"""Gunicorn settings: preload the app once, one compute thread per worker."""

import logging
import os
import re

# Before numpy, OpenMP or the tokenizers load: more threads per worker than cores makes the
# two workers fight over 2 cores (measured: 4-24 req/s with 2 s tails, versus ~75 req/s). The
# ONNX embedder asks onnxruntime for one intra-op and one inter-op thread itself; these cover
# the rest, and torch when EMBEDDER=sentence-transformers.
for name in (
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "TOKENIZERS_PARALLELISM",
):
    os.environ.setdefault(name, "false" if name == "TOKENIZERS_PARALLELISM" else "1")

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = 1
# Load the app and index once in the master; workers share those pages. The ONNX session is the
# exception: onnxruntime is not fork-safe, so each worker starts its own (post_worker_init).
preload_app = True
timeout = 30
accesslog = None  # our own request log carries no message text and no IP address


def without_client_address(record: logging.LogRecord) -> bool:
    """Drop the client's address from gunicorn's "Invalid request from ip=..." lines."""
    message = record.getMessage()
    if message.startswith("Invalid request from ip="):
        record.msg, record.args = re.sub(r"^Invalid request from ip=.*?: ", "Invalid request: ",
                                         message), ()  # fmt: skip
    return True


def post_worker_init(worker):
    from bot.engine import warm_up

    # The request log (bot.requests) and the app's warnings go where gunicorn's error log goes.
    worker.log.error_log.addFilter(without_client_address)
    app_log = logging.getLogger("bot")
    app_log.setLevel(logging.INFO)
    for handler in worker.log.error_log.handlers:
        app_log.addHandler(handler)
    warm_up(worker.wsgi)
