"""A throwaway PostgreSQL cluster for tests: Debian's initdb and pg_ctl on a free port."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

POSTGRES_USER = "postgres"  # the OS user Debian's package creates, and the database superuser
TRIES = 5


def bin_dir() -> Path:
    """Return the newest installed PostgreSQL's bin folder.

    Raises:
        RuntimeError: PostgreSQL is not installed.
    """
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if not found:
        raise RuntimeError("PostgreSQL is not installed: `make test` installs Debian's postgresql")
    return found[-1].parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """One cluster in a temporary folder, reachable on 127.0.0.1 with trust authentication."""

    def __init__(self, root: Path, port: int):
        self.root = root
        self.port = port

    @classmethod
    def start(cls) -> PostgresServer:
        """Create and start a cluster; PostgreSQL refuses to run as root, so root runs it as
        the postgres user."""
        binaries = bin_dir()
        root = Path(tempfile.mkdtemp(prefix="cartbot-pg-"))
        if os.geteuid() == 0:
            user = pwd.getpwnam(POSTGRES_USER)
            os.chown(root, user.pw_uid, user.pw_gid)
        data, log = root / "data", root / "server.log"
        initdb = ("-D", data, "-U", POSTGRES_USER, "-A", "trust", "-E", "UTF8", "--no-sync")
        _run([binaries / "initdb", *initdb])
        for _ in range(TRIES):  # another test run may take the port between probe and bind
            port = free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -p {port} -k {root} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            pg_ctl = ("-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start")
            started = _run([binaries / "pg_ctl", *pg_ctl], check=False)
            if started.returncode == 0:
                return cls(root, port)
        tail = log.read_text()[-2000:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start:\n{tail}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{POSTGRES_USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """Return the SQLAlchemy URL of a new, empty database."""
        name = f"test_{uuid.uuid4().hex[:16]}"
        dsn = f"host=127.0.0.1 port={self.port} user={POSTGRES_USER} dbname=postgres"
        with psycopg.connect(dsn, autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        _run(
            [bin_dir() / "pg_ctl", "-D", self.root / "data", "-m", "immediate", "stop"], check=False
        )
        shutil.rmtree(self.root, ignore_errors=True)


def _run(command: list, check: bool = True) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        command = ["runuser", "-u", POSTGRES_USER, "--", *command]
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError(f"{command[-1]} failed: {result.stderr or result.stdout}")
    return result
