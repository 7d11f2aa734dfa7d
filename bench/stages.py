"""CPU time of an uncached /api/chat request, by stage, in one process.

Usage: python -m bench.stages [--rounds 3]

CPU, not wall: the machine is shared, and a request waiting for a core costs it nothing. Each
stage's time is its own, less the stages it calls (the model's run is charged to "model" even
when retrieval or triage asks for it); whatever no stage claims is "glue" (Flask, the WSGI
call, the reply's JSON, the guide's own steps between stages). Serves the index in INDEX_DIR,
as `flask --app wsgi` would, with the database a temporary SQLite file, and as a gunicorn worker
runs: metrics in multi-process files, the request log written to a file.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import statistics
import tempfile
import time
from pathlib import Path

from . import WORKER_THREADS  # noqa: F401  (sets one compute thread before numpy loads)

# (module, attribute path, stage): the request's parts, as the round-22 table named them.
STAGES = (
    ("bot.onnx_embedder", "OnnxEmbedder.encode", "model"),
    ("bot.triage_model", "triage", "triage rules"),
    ("bot.triage_model", "TriageClassifier.decide", "learned layer"),
    ("bot.retrieval", "Retriever.rank", "retrieval"),
    ("bot.retrieval", "Retriever.with_named_things", "retrieval"),
    ("bot.guide", "compose_answer", "composition"),
    # The learned answer-or-decline step of a first question: its signals and the regression.
    ("bot.guide", "decline_signals", "decline"),
    ("bot.decline_model", "DeclineModel.answers", "decline"),
    ("bot.guide", "read_in_context", "conversation"),
    ("bot.scope", "Scope.outside", "scope"),
    ("bot.records", "Records.remember", "records"),
    ("bot.api", "reply_body", "reply body"),
)
# With --detail, smaller parts besides: the int8 pass, the JSON in and out, the rate limits.
DETAIL = (
    ("bot.onnx_embedder", "OnnxEmbedder._run", "model run"),
    ("bot.dense_bound", "DenseBound.estimate", "dense bound"),
    ("bot.retrieval", "Retriever.dense_scores", "dense scoring"),
    ("bot.api", "_json_object", "request JSON"),
    ("bot.api", "jsonify", "response JSON"),
    ("bot.limits", "check", "rate limits"),
    ("bot.store", "Store.record", "store"),
    ("bot.guide", "Guide.reply", "guide"),
    ("bot.guide", "is_spanish", "spanish"),
    ("bot.guide", "read_trial_question", "trial search"),
    ("bot.guide", "asks_about_trials", "trial search"),
    ("bot.asked_before", "AskedBefore.votes_and_nearest", "memory vote"),
    ("bot.asked_before", "AskedBefore.nearest_uncovered", "uncovered memory"),
    ("bot.retrieval", "Retriever.lexical_scores", "lexical scoring"),
    ("bot.retrieval", "Retriever.covered_shares", "lexical scoring"),
    ("bot.answer", "_choose_sentences", "sentence choice"),
)


# gunicorn's error log, where a worker's request log goes (gunicorn.glogging).
GUNICORN_LOG_FORMAT = "%(asctime)s [%(process)d] [%(levelname)s] %(message)s"
GUNICORN_DATE_FORMAT = "[%Y-%m-%d %H:%M:%S %z]"


class StageClock:
    """Charge the thread's CPU time to the innermost stage running.

    Args:
        clock: seconds of CPU so far (the thread's, by default).
    """

    def __init__(self, clock=time.thread_time) -> None:
        self.totals: dict[str, float] = {}
        self._clock = clock
        self._stack = ["glue"]
        self._mark = clock()

    def _switch(self) -> None:
        now = self._clock()
        top = self._stack[-1]
        self.totals[top] = self.totals.get(top, 0.0) + now - self._mark
        self._mark = now

    def wrap(self, function, stage: str):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            self._switch()
            self._stack.append(stage)
            try:
                return function(*args, **kwargs)
            finally:
                self._switch()
                self._stack.pop()

        return timed

    def reset(self) -> None:
        self.totals.clear()
        self._mark = self._clock()

    def stop(self) -> dict[str, float]:
        self._switch()
        return dict(self.totals)


def install(clock: StageClock, stages=STAGES) -> None:
    """Wrap every function of `stages` where its callers look it up."""
    import importlib

    for module_name, path, stage in stages:
        module = importlib.import_module(module_name)
        owner_name, _, attribute = path.rpartition(".")
        owner = getattr(module, owner_name) if owner_name else module
        setattr(owner, attribute, clock.wrap(getattr(owner, attribute), stage))


def measure(app, questions: list[str], rounds: int, clock: StageClock) -> dict[str, float]:
    """Mean CPU microseconds a request, per stage, over `rounds` passes (after one warm-up)."""
    from .run import call_wsgi, chat_environ

    for question in questions:
        call_wsgi(app, chat_environ(question))
    passes = []
    for _ in range(rounds):
        environs = [chat_environ(q) for q in questions]  # the client's work, not timed
        clock.reset()
        for environ in environs:
            status = call_wsgi(app, environ)
            assert status.startswith("200"), status
        totals = clock.stop()
        passes.append({k: v * 1e6 / len(questions) for k, v in totals.items()})
    stages = sorted({k for p in passes for k in p})
    medians = {k: statistics.median(p.get(k, 0.0) for p in passes) for k in stages}
    medians["total"] = statistics.median(sum(p.values()) for p in passes)
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the questions")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--detail", action="store_true", help="time smaller parts too")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cart-stages-"))
    # As gunicorn.conf.py sets a worker up: metrics in files, and the request log.
    (work / "metrics").mkdir()
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(work / "metrics")
    app_log = logging.getLogger("bot")
    app_log.setLevel(logging.INFO)
    handler = logging.FileHandler(work / "error.log")
    handler.setFormatter(logging.Formatter(GUNICORN_LOG_FORMAT, GUNICORN_DATE_FORMAT))
    app_log.addHandler(handler)
    # Imported now: prometheus_client reads its folder as it loads.
    from bot import config, create_app

    from .questions import benchmark_questions
    from .run import NEW_QUESTIONS_CACHE, flask_command

    settings = {
        **config.from_environment(),
        "DATABASE_URL": f"sqlite:///{work / 'stages.sqlite3'}",
        "QUERY_CACHE_SIZE": NEW_QUESTIONS_CACHE,
        "RATE_LIMIT": "1000000 per minute",
        "FLOOD_LIMIT": "1000000 per minute",
    }
    flask_command({"DATABASE_URL": settings["DATABASE_URL"]}, "db", "upgrade")
    clock = StageClock()
    install(clock, STAGES + DETAIL if args.detail else STAGES)
    app = create_app(settings)
    if args.detail:  # the request hooks, each apart (registered before they could be wrapped)
        for hooks in (*app.before_request_funcs.values(), *app.after_request_funcs.values()):
            hooks[:] = [clock.wrap(hook, f"hook {hook.__name__}") for hook in hooks]
        app.view_functions["api.chat"] = clock.wrap(app.view_functions["api.chat"], "view")
    questions = benchmark_questions(app.config["KNOWLEDGE_DIR"])
    figures = measure(app, questions, args.rounds, clock)
    figures["load_average"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(figures))
        return
    load = figures.pop("load_average")
    for stage, us in sorted(figures.items(), key=lambda kv: -kv[1]):
        print(f"{stage:<20}{us:>7.0f} us")
    print(f"load average {load:.1f}")


if __name__ == "__main__":
    main()
