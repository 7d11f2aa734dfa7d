"""Worker CPU a request of two source trees under HTTP load, in turns (round 38).

Usage: python -m bench.http_paired BASE OTHER [--pairs 2] [--seconds 10]

Each run starts the tree's own gunicorn (gunicorn.conf.py, 2 workers, uncached as `make bench`
runs it) over the tree's own served index, loads it from one wrk thread with 8 connections
(bench/http_load.py) and reports the workers' CPU a request: `bench.paired` times one process
by stage, this the whole worker, request parsing, two workers sharing the caches and all. Each
tree runs in its own interpreter from its own folder (`BASE/.venv/bin/python`), so a tree of an
older commit (a detached worktree with its index built) is measured as it was.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
from pathlib import Path

# Run inside the tree measured: its bench and bot, its settings.
ONE_RUN = """
import dataclasses, json, sys, tempfile
from pathlib import Path
from bench import http_load
from bench.questions import benchmark_questions
from bench.run import NEW_QUESTIONS_CACHE, flask_command, load_now
from bot.config import PROJECT_ROOT

work = Path(tempfile.mkdtemp(prefix="http-paired-"))
settings = {
    "EMBEDDER": "onnx", "HF_HUB_OFFLINE": "1",
    "DATABASE_URL": f"sqlite:///{work / 'bench.sqlite3'}",
    "RATE_LIMIT": "1000000 per minute", "FLOOD_LIMIT": "1000000 per minute",
    "QUERY_CACHE_SIZE": str(NEW_QUESTIONS_CACHE),
}
flask_command(settings, "db", "upgrade")
bodies = work / "bodies.jsonl"
questions = benchmark_questions(PROJECT_ROOT / "knowledge")
bodies.write_text("".join(json.dumps({"message": q}) + "\\n" for q in questions))
with http_load.gunicorn(settings, work / "gunicorn.log") as (base, master):
    assert http_load.ask(base, "What is CAR-T cell therapy?")["kind"] == "answer"
    http_load.run_wrk(base, bodies, 8, 2, master)
    load_average = load_now()
    load = http_load.run_wrk(base, bodies, 8, int(sys.argv[1]), master)
print(json.dumps({"load_average": load_average, **dataclasses.asdict(load)}))
"""


def run(tree: Path, seconds: int) -> dict:
    """One load of a tree: its LoadResult's fields and the load average before it."""
    done = subprocess.run(
        [str(tree / ".venv" / "bin" / "python"), "-c", ONE_RUN, str(seconds)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("other", type=Path)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    results = []
    for number in range(args.pairs):  # which tree goes first alternates
        if number % 2 == 0:
            base, other = run(args.base, args.seconds), run(args.other, args.seconds)
        else:
            other, base = run(args.other, args.seconds), run(args.base, args.seconds)
        results.append((base, other))
        for name, figures in (("base", base), ("other", other)):
            print(
                f"pair {number} {name}: {figures['worker_cpu_ms_per_request']:.2f} ms of worker"
                f" CPU a request, {figures['requests_per_second']:.0f} req/s, p99"
                f" {figures['p99_ms']:.1f} ms, {figures['errors']} errors, queued"
                f" {figures['worker_queued_share']:.2f}, load {figures['load_average']:.1f}",
                flush=True,
            )
    cpu = [(b["worker_cpu_ms_per_request"], o["worker_cpu_ms_per_request"]) for b, o in results]
    print(
        f"worker CPU a request, medians: base {statistics.median(b for b, _ in cpu):.2f},"
        f" other {statistics.median(o for _, o in cpu):.2f} ms; change by pair "
        + ", ".join(f"{o - b:+.2f}" for b, o in cpu)
    )


if __name__ == "__main__":
    main()
