"""Debian's nginx run from deploy/nginx.conf in a folder of its own, on a free port."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent / "deploy" / "nginx.conf"


def render(listen: str, upstream: str) -> str:
    """Return deploy/nginx.conf with its two placeholders filled in."""
    return TEMPLATE.read_text().replace("@LISTEN@", listen).replace("@UPSTREAM@", upstream)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def nginx(prefix: Path, upstream: str) -> Iterator[str]:
    """Run nginx in front of `upstream` (host:port); yield its base URL."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    assert Path(binary).exists(), "nginx is missing: `make test` installs Debian's nginx-light"
    port = free_port()
    for folder in ("logs", "tmp"):
        (prefix / folder).mkdir(parents=True, exist_ok=True)
    config = prefix / "nginx.conf"
    config.write_text(render(f"127.0.0.1:{port}", upstream))
    directives = "daemon off;"
    if os.geteuid() == 0:
        # As root nginx's workers would run as nobody, who cannot enter pytest's private tmp.
        directives += " user root;"
    # Its stderr goes to a file in its folder: a pipe nobody reads fills up and stalls nginx.
    log = prefix / "tmp" / "stderr.log"
    with log.open("w") as stderr:
        server = subprocess.Popen(
            [binary, "-p", str(prefix), "-c", str(config), "-g", directives],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        _wait_for_port(server, port, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_for_port(server: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"nginx exited: {log.read_text()[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError("nginx did not listen within 10 s")
