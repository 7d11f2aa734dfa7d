"""Gunicorn settings: preload the app once, one compute thread per worker."""

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

# The allocator's settings (huge pages), which glibc reads only as a process starts: the master
# starts again with them, once, before it loads anything, and the workers fork from it.
# gunicorn loads this file as "__config__" in its master: never exec a process importing it.
if __name__ == "__config__":
    from allocator import start_again_if_missing

    start_again_if_missing()

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

# Prometheus multi-process mode: each worker writes its figures to files in this folder and a
# scrape of /metrics adds them up. It must be set before the app (and prometheus_client) loads.
# Without one given, each gunicorn run gets its own, removed on exit.
_own_metrics_dir = not os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if _own_metrics_dir:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="cartbot-metrics-")

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = 1
# The sync worker, which closes each connection after its reply. Keeping connections open needs
# the gthread worker, whose poller and thread pool cost more than the reconnects they save
# (round 19, an 18-byte WSGI app under wrk: 501 against 415 us of worker CPU a request, wrk's
# own 59 against 127); nginx's upstream keepalive would need it too.
# Load the app and index once in the master; workers share those pages. The ONNX session is the
# exception: onnxruntime is not fork-safe, so each worker starts its own (post_worker_init). Its
# weights could only be shared with prepacking off, which costs 22% more instructions a run.
preload_app = True
timeout = 30
# gunicorn's control socket has one default path per user: several instances on one host would
# take it from each other, and nothing here uses it.
control_socket_disable = True
accesslog = None  # our own request log carries no message text and no IP address


def without_client_address(record: logging.LogRecord) -> bool:
    """Drop the client's address from gunicorn's "Invalid request from ip=..." lines."""
    message = record.getMessage()
    if message.startswith("Invalid request from ip="):
        record.msg, record.args = re.sub(r"^Invalid request from ip=.*?: ", "Invalid request: ",
                                         message), ()  # fmt: skip
    return True


def post_worker_init(worker):
    from bot.guide_loader import warm_up

    # The request log (bot.requests) and the app's warnings go where gunicorn's error log goes.
    worker.log.error_log.addFilter(without_client_address)
    app_log = logging.getLogger("bot")
    app_log.setLevel(logging.INFO)
    for handler in worker.log.error_log.handlers:
        app_log.addHandler(handler)
    warm_up(worker.wsgi)


def on_starting(server):
    # Figures from a previous run would be added to this one's.
    for stale in Path(os.environ["PROMETHEUS_MULTIPROC_DIR"]).glob("*.db"):
        stale.unlink()


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    if _own_metrics_dir:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)
