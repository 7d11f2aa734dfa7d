"""Gunicorn with two workers under a bounded wrk load on 127.0.0.1, and its memory (PSS)."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil

import allocator
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
    # Where the time went: a lower rate at the same CPU a request is waiting, not code.
    worker_cpu_ms_per_request: float  # the workers' CPU (user + system) over requests
    worker_busy_share: float  # of the workers' wall time, the share they were computing
    worker_queued_share: float  # ... ready to run but waiting for a core (a busy machine)
    # The rest of their time they were blocked: on a lock, the disk, or waiting for a request.
    client_cpu_ms_per_request: float  # wrk's own CPU: a saturated client caps the rate too
    steal_share: float  # CPU time the hypervisor gave to other machines

    def ceiling(self, cores: int) -> float:
        """The requests a second these cores allow at this CPU a request, workers and wrk alike.

        Below the target, no server setting meets it: only a cheaper request does.
        """
        return 1000 * cores / (self.worker_cpu_ms_per_request + self.client_cpu_ms_per_request)


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
    with _started({**os.environ, **settings}, log, workers) as (base, server):
        master = psutil.Process(server.pid)
        _wait_until_ready(server, base, workers, log)
        yield base, master


def cold_start(settings: dict[str, str], log: Path, question: str, workers: int = 2) -> float:
    """Seconds from starting gunicorn as `make run` does to its first /api/chat answer.

    The environment is this process's without the allocator's settings, as a shell has it, so
    the master starts again with them (allocator.py) as it does in service.
    """
    inherited = {k: v for k, v in os.environ.items() if k not in allocator.SETTINGS}
    started = time.perf_counter()
    with _started({**inherited, **settings}, log, workers) as (base, server):
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {log.read_text()[-2000:]}")
            try:
                reply = ask(base, question)
            except OSError:  # not listening yet: the master binds once the app is loaded
                time.sleep(0.005)
                continue
            answered = time.perf_counter() - started
            if reply.get("kind") != "answer":
                raise RuntimeError(f"the first reply was not an answer: {reply}")
            return answered


@contextlib.contextmanager
def _started(
    env: dict[str, str], log: Path, workers: int
) -> Iterator[tuple[str, subprocess.Popen]]:
    """Start gunicorn.conf.py on a free port; yield its base URL and process; stop it after."""
    port = free_port()
    env = {**env, "HOST": "127.0.0.1", "PORT": str(port), "WEB_CONCURRENCY": str(workers)}
    stderr = log.open("w")
    server = subprocess.Popen(
        [str(GUNICORN), "-c", "gunicorn.conf.py", "wsgi:app"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        text=True,
    )
    try:
        yield f"http://127.0.0.1:{port}", server
    finally:
        try:
            workers_left = psutil.Process(server.pid).children()
        except psutil.NoSuchProcess:  # it exited by itself, its workers with it
            workers_left = []
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


def run_wrk(
    base: str, bodies_file: Path, connections: int, seconds: int, master: psutil.Process
) -> LoadResult:
    """Load /api/chat from one wrk thread (a second process), for a fixed time."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s"]
    command += ["-s", str(WRK_SCRIPT), f"{base}/api/chat", "--", str(bodies_file)]
    workers = master.children()
    worker_cpu, queued, ticks = _cpu_seconds(workers), _queued_seconds(workers), _cpu_ticks()
    client_cpu, started = _children_cpu_seconds(), time.monotonic()
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout
    elapsed = time.monotonic() - started  # the span the CPU figures cover (wrk's, and more)
    client_cpu = _children_cpu_seconds() - client_cpu
    worker_cpu = _cpu_seconds(workers) - worker_cpu
    queued = _queued_seconds(workers) - queued
    ticks = [after - before for after, before in zip(_cpu_ticks(), ticks, strict=True)]
    line = next(line for line in output.splitlines() if line.startswith("BENCH "))
    raw = json.loads(line.removeprefix("BENCH "))
    errors = sum(raw[k] for k in raw if k.endswith("_errors")) + raw["timeouts"]
    requests = max(1, raw["requests"])
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
        worker_cpu_ms_per_request=1000 * worker_cpu / requests,
        worker_busy_share=worker_cpu / (len(workers) * elapsed),
        worker_queued_share=queued / (len(workers) * elapsed),
        client_cpu_ms_per_request=1000 * client_cpu / requests,
        steal_share=ticks[STEAL] / max(1, sum(ticks)),
    )


STEAL = 7  # /proc/stat's columns: user nice system idle iowait irq softirq steal ...


def _cpu_seconds(processes: list[psutil.Process]) -> float:
    return sum(sum(p.cpu_times()[:2]) for p in processes)


def _queued_seconds(processes: list[psutil.Process]) -> float:
    """Time the processes' threads spent ready to run but waiting for a core (schedstat)."""
    waited = 0
    for process in processes:
        for task in Path(f"/proc/{process.pid}/task").iterdir():
            waited += int((task / "schedstat").read_text().split()[1])
    return waited / 1e9


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_ticks() -> list[int]:
    """The machine's CPU time so far, by kind (first line of /proc/stat)."""
    with open("/proc/stat") as stat:
        return [int(ticks) for ticks in stat.readline().split()[1:9]]


def memory(master: psutil.Process) -> Memory:
    """Return the proportional set size (shared pages split between sharers) of each process."""

    def pss_mb(process: psutil.Process) -> float:
        return process.memory_full_info().pss / 2**20

    workers = sorted(master.children(), key=lambda p: p.pid)
    return Memory(pss_mb(master), tuple(pss_mb(w) for w in workers))
