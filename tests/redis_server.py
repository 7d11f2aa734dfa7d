"""A throwaway Redis for tests: Debian's redis-server on a free port of 127.0.0.1, own folder."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import redis
from pg_cluster import free_port

TRIES = 5
START_SECONDS = 20


class RedisServer:
    """One redis-server keeping nothing on disk, in a temporary folder removed on stop."""

    def __init__(self, root: Path, port: int, process: subprocess.Popen):
        self.root = root
        self.port = port
        self.process = process

    @classmethod
    def start(cls) -> RedisServer:
        """Start a server.

        Raises:
            RuntimeError: redis-server is not installed, or did not answer in time.
        """
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed: `make test` installs Debian's")
        root = Path(tempfile.mkdtemp(prefix="cartbot-redis-"))
        for _ in range(TRIES):  # another process may take the port between probe and bind
            port = free_port()
            options = ["--bind", "127.0.0.1", "--port", str(port), "--dir", str(root)]
            options += ["--save", "", "--appendonly", "no", "--logfile", str(root / "redis.log")]
            process = subprocess.Popen([binary, *options])
            server = cls(root, port, process)
            if server._answers():
                return server
            server._end()
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError("redis-server did not start")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Stop the server (safe to call again) and remove its folder."""
        self._end()
        shutil.rmtree(self.root, ignore_errors=True)

    def _answers(self) -> bool:
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1)
        deadline = time.monotonic() + START_SECONDS
        try:
            while time.monotonic() < deadline and self.process.poll() is None:
                try:
                    return bool(client.ping())
                except redis.ConnectionError:
                    time.sleep(0.05)
            return False
        finally:
            client.close()

    def _end(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
