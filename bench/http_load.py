"""Gunicorn with two workers under a bounded wrk load on 127.0.0.1, and its memory (PSS)."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil

from bot.config import PROJECT_ROOT

WRK_SCRIPT = Path(__file__).with_name("post.lua")
GUNICORN = Path(sys.executable).with_name("gunicorn")


@dataclass(frozen=True)
class LoadResult:
    connections: int
    seconds: int
    requests: int
    requests_per_second: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    errors: int


@dataclass(frozen=True)
class Memory:
    master_pss_mb: float
    worker_pss_mb: tuple[float, ...]

    @property
    def workers_total_mb(self) -> float:
        return sum(self.worker_pss_mb)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def gunicorn(
    settings: dict[str, str], log: Path, workers: int = 2
) -> Iterator[tuple[str, psutil.Process]]:
    """Run gunicorn.conf.py on a free port; yield its base URL and master process.

    Args:
        log: a file for gunicorn's error log, where the request log goes too: a pipe nobody
            reads fills after about 800 requests and then stalls every worker that logs.
    """
    port = free_port()
    env = {**os.environ, **settings, "HOST": "127.0.0.1", "PORT": str(port)}
    env["WEB_CONCURRENCY"] = str(workers)
    stderr = log.open("w")
    server = subprocess.Popen(
        [str(GUNICORN), "-c", "gunicorn.conf.py", "wsgi:app"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    master = psutil.Process(server.pid)
    try:
        _wait_until_ready(server, base, workers, log)
        yield base, master
    finally:
        workers_left = master.children()
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        # A worker that outlived its master would keep serving nothing, forever.
        for worker in psutil.wait_procs(workers_left, timeout=5)[1]:
            worker.kill()
        stderr.close()


def _wait_until_ready(server: subprocess.Popen, base: str, workers: int, log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {log.read_text()[-2000:]}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"{base}/api/health", timeout=5) as response,
        ):
            if response.status == 200 and len(psutil.Process(server.pid).children()) == workers:
                return
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer /api/health within 120 s")


def ask(base: str, question: str) -> dict:
    request = urllib.request.Request(
        f"{base}/api/chat",
        data=json.dumps({"message": question}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def run_wrk(base: str, bodies_file: Path, connections: int, seconds: int) -> LoadResult:
    """Load /api/chat from one wrk thread (a second process), for a fixed time."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s"]
    command += ["-s", str(WRK_SCRIPT), f"{base}/api/chat", "--", str(bodies_file)]
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH "))
    raw = json.loads(line.removeprefix("BENCH "))
    errors = sum(raw[k] for k in raw if k.endswith("_errors")) + raw["timeouts"]
    return LoadResult(
        connections=connections,
        seconds=seconds,
        requests=raw["requests"],
        requests_per_second=raw["requests"] / (raw["duration_us"] / 1e6),
        p50_ms=raw["p50_us"] / 1000,
        p90_ms=raw["p90_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        max_ms=raw["max_us"] / 1000,
        errors=errors,
    )


def memory(master: psutil.Process) -> Memory:
    """Return the proportional set size (shared pages split between sharers) of each process."""

    def pss_mb(process: psutil.Process) -> float:
        return process.memory_full_info().pss / 2**20

    workers = sorted(master.children(), key=lambda p: p.pid)
    return Memory(pss_mb(master), tuple(pss_mb(w) for w in workers))
