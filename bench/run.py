"""Run every benchmark, print a table and write it to bench-results/ as JSON.

Usage: python -m bench.run [--seconds 15] [--connections 8] [--knowledge DIR]

Works on a copy of knowledge/ and its own index and ONNX folders in a temporary directory,
so it never touches instance/. Targets are checked here only, never in timed tests.
"""

from __future__ import annotations

import argparse
import compileall
import dataclasses
import datetime as dt
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from werkzeug.test import EnvironBuilder

import allocator
from bot import create_app, pattern_set
from bot.config import PROJECT_ROOT
from bot.triage_model import load_examples

from . import WORKER_THREADS, http_load
from .grow import grow_knowledge
from .questions import FIRST_QUESTION, benchmark_questions

# "Uncached" means every question is new to the worker, yet encoded once, as in service: a cache
# of one vector hands triage's vector to retrieval within the request and never holds a question
# the benchmark cycles back to (a cache of 0 would encode each question twice).
NEW_QUESTIONS_CACHE = 1

FLASK = Path(sys.executable).with_name("flask")
RESULTS = PROJECT_ROOT / "bench-results"
IN_PROCESS_REQUESTS = 400  # at least; whole rounds over the questions
TRIAGE_MESSAGES = PROJECT_ROOT / "eval" / "triage" / "tuning.jsonl"
COLD_STARTS = 3
SCALES = (1, 5, 20)  # the knowledge base at these multiples of its size, for the cost curve
SCALE_ROUNDS = 2  # rounds over the questions in each process
SCALE_PASSES = 3  # processes per size, the sizes taking turns; the median is kept


def main() -> None:
    # Before any figure: the allocator a worker has (gunicorn.conf.py starts its master the
    # same way), so the figures measured in this process and its children are a worker's.
    allocator.start_again_if_missing()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15, help="length of each load run")
    parser.add_argument("--connections", type=int, default=8, help="open connections under load")
    parser.add_argument(
        "--knowledge", type=Path, default=PROJECT_ROOT / "knowledge", help="articles to index"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cart-bench-"))
    try:
        report = run(work, args.knowledge, args.seconds, args.connections)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    path = save(report, "bench", report["machine"]["date"])
    print_table(report)
    print(f"\nWritten to {path}")


def save(report: dict, kind: str, date: str) -> Path:
    """Write a report to bench-results/, named by its kind and date; return its project path."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{kind}-{date.replace(':', '')}.json"
    path.write_text(json.dumps(report, indent=2))
    return path.relative_to(PROJECT_ROOT)


def run(work: Path, source: Path, seconds: int, connections: int) -> dict:
    knowledge = Path(shutil.copytree(source, work / "knowledge"))
    settings = {
        "KNOWLEDGE_DIR": str(knowledge),
        "INDEX_DIR": str(work / "index"),
        "ONNX_DIR": str(work / "onnx"),
        "EMBEDDER": "onnx",
        "HF_HUB_OFFLINE": "1",
        # The serving path as deployed records every reply; the bench keeps its own database.
        "DATABASE_URL": f"sqlite:///{work / 'bench.sqlite3'}",
        # One client sends every request here: measure the limiter's cost, not its refusals.
        "RATE_LIMIT": "1000000 per minute",
        "FLOOD_LIMIT": "1000000 per minute",
    }
    questions = benchmark_questions(knowledge)
    rounds = math.ceil(IN_PROCESS_REQUESTS / len(questions))
    report: dict = {"machine": machine(), "questions": len(questions)}
    flask_command(settings, "db", "upgrade")
    step("building (fresh clone: ONNX export + index)")
    report["load"] = {"fresh_build": load_now()}
    report["fresh_build_s"] = kb_build(settings)[0]
    shutil.rmtree(work / "index")
    step("building the index")
    report["load"]["full_build"] = load_now()
    report["full_build_s"], report["full_build_embed_s"], report["index"] = kb_build(settings)
    step("rebuilding after editing one article")
    edited = sorted(knowledge.glob("*.md"))[0]
    edited.write_text(edited.read_text() + "\nThis sentence was added by the benchmark.\n")
    report["load"]["one_file_rebuild"] = load_now()
    report["one_file_rebuild_s"] = kb_build(settings, "--if-stale")[0]
    report["one_file_rebuild_note"] = (
        f"appended a sentence to {edited.name}, then `kb build --if-stale`; times whatever that"
        " command re-embeds (no incremental build is assumed)"
    )
    step("cold starts")
    compile_bytecode()
    report["load"]["cold_start"] = load_now()
    report["cold_start_s"] = [cold_start(settings) for _ in range(COLD_STARTS)]
    # As `make run` starts the service: gunicorn's master starts again with the allocator's
    # settings, loads the app, binds, forks two workers that start their model sessions.
    report["load"]["gunicorn_cold_start"] = load_now()
    report["gunicorn_cold_start_s"] = [
        http_load.cold_start(settings, work / "gunicorn-cold.log", FIRST_QUESTION)
        for _ in range(COLD_STARTS)
    ]
    step("in-process /api/chat")
    report["load"]["in_process"] = load_now()
    report["in_process"] = in_process(settings, questions, rounds)
    step("triage: rules + learned layer, question vector cached")
    report["load"]["triage"] = load_now()
    report["triage"] = triage_timing(settings, questions)
    step("floor: sentence-transformers encode + FAISS search")
    report["load"]["floor"] = load_now()
    report["floor"] = floor(settings, questions, rounds, work)
    report["http"] = {}
    bodies = work / "bodies.jsonl"
    bodies.write_text("".join(json.dumps({"message": q}) + "\n" for q in questions))
    for label, cache_size in (("uncached", str(NEW_QUESTIONS_CACHE)), ("cached", None)):
        step(f"gunicorn, 2 workers, {connections} connections, {seconds} s ({label})")
        server_settings = {**settings, **({"QUERY_CACHE_SIZE": cache_size} if cache_size else {})}
        log = work / f"gunicorn-{label}.log"
        with http_load.gunicorn(server_settings, log) as (base, master):
            assert http_load.ask(base, "What is CAR-T cell therapy?")["kind"] == "answer"
            http_load.run_wrk(base, bodies, connections, 2, master)  # warm both workers
            load_average = load_now()
            load = http_load.run_wrk(base, bodies, connections, seconds, master)
            memory = http_load.memory(master)
        report["http"][label] = {
            **dataclasses.asdict(load),
            "ceiling_rps": load.ceiling(os.cpu_count() or 1),
            "load_average": load_average,
            "memory_pss_mb": {
                "master": memory.master_pss_mb,
                "workers": list(memory.worker_pss_mb),
                "workers_total": memory.workers_total_mb,
            },
        }
    step(f"cost curve: the knowledge base at {', '.join(f'{n}x' for n in SCALES)}")
    report["scales"] = cost_curve(work, knowledge, settings, questions)
    report["machine"]["load_average_after"] = os.getloadavg()
    report["targets"] = targets(report)
    return report


def step(what: str) -> None:
    print(f"… {what} (load average {fmt_load(os.getloadavg())})", file=sys.stderr, flush=True)


def load_now() -> float:
    """The 1-minute load average, kept with each figure: other work slows every one."""
    return os.getloadavg()[0]


def machine() -> dict:
    cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    memory = re.search(r"MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text())
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpu": cpu.group(1) if cpu else platform.processor(),
        "cores": os.cpu_count(),
        "memory_gib": round(int(memory.group(1)) / 2**20, 1) if memory else None,
        "python": platform.python_version(),
        # Which build of it: Debian's /usr/bin/python3.11 (PGO, LTO, static; its sysconfig
        # describes the shared build beside it, so the flags cannot be read) and pyenv's differ
        # in speed under one version string (bench/HISTORY.md, round 36; the venv stays pyenv's).
        "python_executable": os.path.realpath(sys.executable),
        "commit": commit,
        # Other work on the machine slows every figure; the load average shows how much there was.
        "load_average_before": os.getloadavg(),
        # glibc's tunables, read as this process started: huge pages asked for as gunicorn.conf.py
        # asks for the workers (allocator.py), for the figures measured in this process.
        "glibc_tunables": os.environ.get("GLIBC_TUNABLES", ""),
    }


def flask_command(settings: dict, *arguments: str) -> str:
    """Run a `flask --app wsgi` command in a new process; return what it printed."""
    return subprocess.run(
        [str(FLASK), "--app", "wsgi", *arguments],
        cwd=PROJECT_ROOT,
        env={**os.environ, **settings},
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def kb_build(settings: dict, *options: str) -> tuple[float, float | None, str]:
    """Run `flask kb build` in a new process; return its wall time, embed time and summary."""
    started = time.perf_counter()
    stdout = flask_command(settings, "kb", "build", *options)
    wall = time.perf_counter() - started
    built = re.search(r"Built (.+?) in ([\d.]+)s", stdout)
    return wall, float(built.group(2)) if built else None, built.group(1) if built else ""


def compile_bytecode() -> None:
    """Write the project's bytecode, as a deployed copy has it before its workers start.

    Python writes it at a first start, unless PYTHONDONTWRITEBYTECODE is set (it is in some
    shells): each cold start would then compile every module of bot/ again (measured: ~7% of
    the instructions to a first answer), a cost no deployed start pays.
    """
    compileall.compile_dir(PROJECT_ROOT / "bot", quiet=1)
    compileall.compile_dir(PROJECT_ROOT / "bench", quiet=1)
    compileall.compile_file(PROJECT_ROOT / "wsgi.py", quiet=1)
    # Likewise the patterns' pieces beside it (bot/pattern_set.py): a first start parses them.
    pattern_set.cache_pieces()


def cold_start(settings: dict) -> float:
    """Seconds from starting a new Python process to its first /api/chat answer."""
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "bench.cold_start"],
        cwd=PROJECT_ROOT,
        env={**os.environ, **settings},
        capture_output=True,
        text=True,
        check=True,
    )
    child = json.loads(result.stdout.splitlines()[-1])
    assert child["kind"] == "answer", child
    return child["answered"] - started


def in_process(settings: dict, questions: list[str], rounds: int) -> dict:
    """/api/chat called as gunicorn calls it: every question encoded, then with the cache warm."""
    figures = {}
    for label, cache_size in (("uncached", NEW_QUESTIONS_CACHE), ("cached", 1024)):
        app = create_app({**settings, "QUERY_CACHE_SIZE": cache_size})
        figures[label] = percentiles(time_chat(app, questions, rounds))
    return figures


def time_chat(app, questions: list[str], rounds: int) -> list[float]:
    """Warm the app on every question once, then time `rounds` passes over them, in seconds."""
    for question in questions:  # warm-up: the ONNX session, and the cache where there is one
        call_wsgi(app, chat_environ(question))
    timings = []
    for _ in range(rounds):
        for question in questions:
            # Made before the clock starts: building a request is the client's work.
            environ = chat_environ(question)
            started = time.perf_counter()
            status = call_wsgi(app, environ)
            timings.append(time.perf_counter() - started)
            assert status.startswith("200"), status
    return timings


def triage_timing(settings: dict, questions: list[str]) -> dict:
    """Time Guide.assess with the question's vector cached, as retrieval then reuses it.

    Messages: the benchmark questions and the triage tuning half (symptoms, crisis, calm).
    """
    app = create_app({**settings, "QUERY_CACHE_SIZE": 4096})
    guide = app.extensions["cartbot"].guide
    assert guide.classifier is not None, "kb build trains the triage layer"
    messages = questions + [e.message for e in load_examples(TRIAGE_MESSAGES)]
    for message in messages:
        guide.assess(message)  # fills the cache: the vector is retrieval's, not triage's
    timings = []
    for _ in range(5):
        for message in messages:
            started = time.perf_counter()
            guide.assess(message)
            timings.append(time.perf_counter() - started)
    return percentiles(timings)


def chat_environ(question: str) -> dict:
    builder = EnvironBuilder(path="/api/chat", method="POST", json={"message": question})
    return builder.get_environ()


def call_wsgi(app, environ: dict) -> str:
    """Call the WSGI app, read the whole body, return the status line."""
    status = []
    body = app(environ, lambda line, headers, exc_info=None: status.append(line))
    b"".join(body)
    return status[0]


def cost_curve(work: Path, knowledge: Path, settings: dict, questions: list[str]) -> list[dict]:
    """Build and serve the knowledge base grown to each scale; the same questions each time.

    Each size answers in SCALE_PASSES separate processes, the sizes taking turns, and keeps the
    median pass: one pass per size once read 2.6x at 5x, a figure no rerun reproduced.
    """
    questions_file = work / "scale-questions.json"
    questions_file.write_text(json.dumps(questions))
    curve = {}
    for factor in SCALES:
        step(f"  {factor}x: building")
        grown = grow_knowledge(knowledge, work / f"knowledge-{factor}x", factor)
        scaled = {
            **settings,
            "KNOWLEDGE_DIR": str(grown),
            "INDEX_DIR": str(work / f"index-{factor}x"),
            "QUERY_CACHE_SIZE": str(NEW_QUESTIONS_CACHE),
        }
        build_load = load_now()
        build_s, _, index = kb_build(scaled)
        curve[factor] = {
            "factor": factor,
            "index": index,
            "build_s": build_s,
            "build_load_average": build_load,
            "settings": scaled,
            "passes": [],
        }
    for number in range(SCALE_PASSES):
        for factor, size in curve.items():
            step(f"  {factor}x: answering (pass {number + 1} of {SCALE_PASSES})")
            load = load_now()
            probe = scale_probe(size["settings"], questions_file)
            size["passes"].append(
                {
                    **percentiles(probe["seconds"]),
                    "load_average": load,
                    "peak_rss_mb": probe["peak_rss_mb"],
                }
            )
    return [_median_pass(size) for size in curve.values()]


def scale_probe(settings: dict, questions_file: Path) -> dict:
    """Answer every question in a new process serving one size; return its timings and memory."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.scale_probe", str(questions_file), str(SCALE_ROUNDS)],
        cwd=PROJECT_ROOT,
        env={**os.environ, **settings},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def _median_pass(size: dict) -> dict:
    """One size's figures: the pass with the median p50 (its p95 and load with it)."""
    passes = sorted(size["passes"], key=lambda p: p["p50_ms"])
    median = passes[len(passes) // 2]
    kept = {k: v for k, v in size.items() if k not in ("settings", "passes")}
    return {**kept, **median, "p50_ms_passes": [p["p50_ms"] for p in size["passes"]]}


def floor(settings: dict, questions: list[str], rounds: int, work: Path) -> dict:
    questions_file = work / "questions.json"
    questions_file.write_text(json.dumps(questions))
    command = [sys.executable, "-m", "bench.floor", settings["INDEX_DIR"], str(questions_file)]
    # The naive floor runs as the libraries come: not limited to a worker's one thread, and
    # with the allocators as they come (no huge pages, CPython's own small-object allocator).
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in WORKER_THREADS and k not in allocator.SETTINGS
    }
    result = subprocess.run(
        [*command, str(rounds)],
        cwd=PROJECT_ROOT,
        env={**environment, **settings},
        capture_output=True,
        text=True,
        check=True,
    )
    timings = json.loads(result.stdout.splitlines()[-1])
    return {label: percentiles(seconds) for label, seconds in timings.items()}


def percentiles(seconds: list[float]) -> dict:
    ms = np.asarray(seconds) * 1000
    return {
        "requests": len(ms),
        "p50_ms": float(np.percentile(ms, 50)),
        "p95_ms": float(np.percentile(ms, 95)),
    }


def targets(report: dict) -> list[dict]:
    """Every target of the issues, met or not, as a ratio or a figure, with the load average."""
    uncached = report["http"]["uncached"]
    load = report["load"]
    # The larger of the two runs: the uncached one runs the model on every request.
    pss = max(report["http"][label]["memory_pss_mb"]["workers_total"] for label in report["http"])
    answer_p50 = report["in_process"]["uncached"]["p50_ms"]
    # torch's default threads fare badly on busy cores; one thread is the steadier comparison.
    ratio = answer_p50 / report["floor"]["one_thread"]["p50_ms"]
    ratio_default = answer_p50 / report["floor"]["default_threads"]["p50_ms"]
    cold = statistics.median(report["cold_start_s"])
    scales = {s["factor"]: s for s in report["scales"]}
    growth = scales[SCALES[-1]]["p50_ms"] / scales[1]["p50_ms"]
    growth_load = scales[SCALES[-1]]["load_average"]
    triage_p50 = report["triage"]["p50_ms"]
    http_load = uncached["load_average"]
    return [
        target("triage p50 ms (rules + learned layer)", triage_p50, "<= 0.5", triage_p50 <= 0.5,
               load["triage"]),
        target("in-process answer p50 / torch floor p50 (one thread)", ratio, "<= 0.35",
               ratio <= 0.35, load["in_process"]),
        target("  the same, torch at its default threads", ratio_default, "<= 0.35",
               ratio_default <= 0.35, load["floor"]),
        target("in-process answer p50 ms (uncached)", answer_p50, "<= 8", answer_p50 <= 8,
               load["in_process"]),
        target(f"answer p50 at {SCALES[-1]}x the knowledge base / at 1x", growth, "<= 2",
               growth <= 2, growth_load),
        target("HTTP req/s (uncached)", uncached["requests_per_second"], ">= 300",
               uncached["requests_per_second"] >= 300, http_load),
        target("HTTP p99 ms (uncached)", uncached["p99_ms"], "<= 60", uncached["p99_ms"] <= 60,
               http_load),
        target("HTTP errors (uncached)", uncached["errors"], "== 0", uncached["errors"] == 0,
               http_load),
        target("cold start to first answer s (median)", cold, "<= 0.8", cold <= 0.8,
               load["cold_start"]),
        target("PSS of two workers MB (the larger run)", pss, "<= 300", pss <= 300, http_load),
    ]  # fmt: skip


def target(name: str, value: float, goal: str, met: bool, load_average: float) -> dict:
    return {
        "name": name, "value": value, "target": goal, "met": met, "load_average": load_average
    }  # fmt: skip


def print_table(report: dict) -> None:
    m, load = report["machine"], report["load"]
    print(f"\nCAR-T Patient Guide benchmark, {m['date']}, commit {m['commit']}")
    print(f"{m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, Python {m['python']}")
    print(f"load average before {fmt_load(m['load_average_before'])}, "
          f"after {fmt_load(m['load_average_after'])}")  # fmt: skip
    print(f"index: {report['index']}; {report['questions']} benchmark questions")
    print(f"one-file rebuild: {report['one_file_rebuild_note']}\n")
    rows = [
        ("first build on a fresh clone (ONNX export + index)", f"{report['fresh_build_s']:.1f} s",
         load["fresh_build"]),
        ("full index build (kb build, new process)", f"{report['full_build_s']:.1f} s",
         load["full_build"]),
        ("  of which embedding + saving", f"{report['full_build_embed_s']:.1f} s",
         load["full_build"]),
        ("rebuild after editing one article (--if-stale)", f"{report['one_file_rebuild_s']:.1f} s",
         load["one_file_rebuild"]),
        ("cold start to first answer (each run)",
         " / ".join(f"{s:.2f}" for s in report["cold_start_s"]) + " s", load["cold_start"]),
        ("  the same through gunicorn, as `make run` starts it",
         " / ".join(f"{s:.2f}" for s in report["gunicorn_cold_start_s"]) + " s",
         load["gunicorn_cold_start"]),
    ]  # fmt: skip
    for label in ("uncached", "cached"):
        figures = report["in_process"][label]
        rows.append(
            (f"in-process /api/chat p50 / p95 ({label})",
             f"{figures['p50_ms']:.2f} / {figures['p95_ms']:.2f} ms", load["in_process"])
        )  # fmt: skip
    rows.append(
        ("triage per message p50 / p95 (rules + learned layer)",
         f"{report['triage']['p50_ms']:.3f} / {report['triage']['p95_ms']:.3f} ms",
         load["triage"])
    )  # fmt: skip
    for label, figures in report["floor"].items():
        rows.append(
            (f"floor: torch encode + FAISS search p50 / p95 ({label.replace('_', ' ')})",
             f"{figures['p50_ms']:.2f} / {figures['p95_ms']:.2f} ms", load["floor"])
        )  # fmt: skip
    for label, run in report["http"].items():
        rows.append(
            (f"HTTP {label}: {run['connections']} conn, {run['seconds']} s",
             f"{run['requests_per_second']:.0f} req/s, p50 {run['p50_ms']:.1f} "
             f"p90 {run['p90_ms']:.1f} p99 {run['p99_ms']:.1f} ms, {run['errors']} errors",
             run["load_average"])
        )  # fmt: skip
        rows.append(
            (f"  where the time went ({label})",
             f"workers computing {run['worker_busy_share']:.0%} of the time, waiting for a"
             f" core {run['worker_queued_share']:.0%}, blocked the rest;"
             f" {run['worker_cpu_ms_per_request']:.2f} ms CPU a request; wrk"
             f" {run['client_cpu_ms_per_request']:.2f} ms a request (at most"
             f" {run['ceiling_rps']:.0f} req/s on {m['cores']} cores); steal"
             f" {run['steal_share']:.1%}", run["load_average"])
        )  # fmt: skip
        memory = run["memory_pss_mb"]
        workers = " + ".join(f"{w:.0f}" for w in memory["workers"])
        rows.append(
            (f"  PSS master; workers ({label})",
             f"{memory['master']:.0f} MB; {workers} = {memory['workers_total']:.0f} MB",
             run["load_average"])
        )  # fmt: skip
    first = report["scales"][0]
    for scale in report["scales"]:
        rows.append(
            (f"{scale['factor']}x knowledge base ({scale['index']})",
             f"build {scale['build_s']:.1f} s (load {scale['build_load_average']:.1f}); "
             f"p50 / p95 {scale['p50_ms']:.2f} / {scale['p95_ms']:.2f} ms "
             f"(x{scale['p50_ms'] / first['p50_ms']:.2f} / x{scale['p95_ms'] / first['p95_ms']:.2f}"
             f" of 1x); peak RSS {scale['peak_rss_mb']:.0f} MB; p50 of each pass "
             + " / ".join(f"{p:.2f}" for p in scale["p50_ms_passes"]), scale["load_average"])
        )  # fmt: skip
    width = max(len(label) for label, _, _ in rows)
    print(f"{'figure':<{width}}  {'load':>4}  value")
    for label, value, load_average in rows:
        print(f"{label:<{width}}  {load_average:>4.1f}  {value}")
    print("\ntargets (load average when measured)")
    for t in report["targets"]:
        value = t["value"] if isinstance(t["value"], int) else f"{t['value']:.2f}"
        print(
            f"  {'met    ' if t['met'] else 'NOT MET'}  {t['name']}: {value} (target {t['target']};"
            f" load {t['load_average']:.1f})"
        )


def fmt_load(load: tuple[float, float, float]) -> str:
    return " ".join(f"{x:.1f}" for x in load)


if __name__ == "__main__":
    main()
