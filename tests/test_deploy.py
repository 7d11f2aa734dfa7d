"""The production shape: nginx (deploy/nginx.conf) in front of gunicorn's sync workers."""

from __future__ import annotations

import contextlib
import http.client
import json
import re
import socket
import statistics
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fake_guide import FIXTURE_KNOWLEDGE
from nginx_proxy import nginx

from bench.http_load import gunicorn
from bot.embedder import FakeEmbedder
from bot.index import build_index, save_index
from bot.knowledge import load_knowledge
from bot.store import Store

STALLED = 20
QUESTIONS = 10
# A request cut off half way: the headers without their end, and a body short of its length.
HALF_HEADERS = b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: sl"
HALF_BODY = (
    b"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    b'Content-Length: 200\r\n\r\n{"message": "what is'
)


@pytest.fixture(scope="module")
def gunicorn_log(tmp_path_factory):
    return tmp_path_factory.mktemp("logs") / "gunicorn.log"


def fixture_service(folder: Path) -> dict[str, str]:
    """The settings of a service over the fixture knowledge base with the fake embedder, its
    index built into `folder`."""
    save_index(build_index(load_knowledge(FIXTURE_KNOWLEDGE), FakeEmbedder()), folder / "index")
    return {
        "EMBEDDER": "fake",
        "KNOWLEDGE_DIR": str(FIXTURE_KNOWLEDGE),
        "INDEX_DIR": str(folder / "index"),
    }


@pytest.fixture(scope="module")
def upstream(tmp_path_factory, gunicorn_log):
    """gunicorn.conf.py (two sync workers) serving the fixture knowledge base."""
    folder = tmp_path_factory.mktemp("deploy")
    database = f"sqlite:///{folder / 'cartbot.sqlite3'}"
    store = Store(database)
    store.upgrade()
    store.engine.dispose()
    settings = fixture_service(folder) | {
        "DATABASE_URL": database,
        "NO_ANSWER_THRESHOLD": "0.2",
        "RATE_LIMIT": "100000 per minute",
        "TRUSTED_PROXIES": "1",
    }
    with gunicorn(settings, workers=2, log=gunicorn_log) as (base, _master):
        yield base


@pytest.fixture(scope="module")
def proxy(upstream, tmp_path_factory):
    with nginx(tmp_path_factory.mktemp("nginx"), urlsplit(upstream).netloc) as base:
        yield base


@contextlib.contextmanager
def stalled(base: str, count: int):
    """Hold `count` connections that each sent half a request and then went quiet."""
    address = urlsplit(base)
    sockets = []
    try:
        for number in range(count):
            connection = socket.create_connection((address.hostname, address.port), timeout=5)
            connection.sendall(HALF_HEADERS if number % 2 else HALF_BODY)
            sockets.append(connection)
        time.sleep(0.3)  # let the server take them up
        yield
    finally:
        for connection in sockets:
            connection.close()


def ask(base: str, message: str, timeout: float) -> tuple[int, float]:
    """Post one question; return the status and the seconds it took."""
    address = urlsplit(base)
    started = time.perf_counter()
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=timeout)
    try:
        connection.request(
            "POST",
            "/api/chat",
            body=json.dumps({"message": message}),
            headers={"Content-Type": "application/json"},
        )
        response = connection.getresponse()
        assert response.getheader("X-Content-Type-Options") == "nosniff"
        json.loads(response.read())
        return response.status, time.perf_counter() - started
    finally:
        connection.close()


def test_without_the_proxy_two_stalled_clients_stop_the_service(upstream, report):
    with stalled(upstream, 2), pytest.raises(TimeoutError):
        ask(upstream, "What is CAR-T?", timeout=1.5)
    report("stalled connections, gunicorn alone: 2 half requests -> no answer within 1.5 s")


def test_behind_nginx_twenty_stalled_clients_do_not_stop_questions(proxy, report):
    with stalled(proxy, STALLED):
        results = [ask(proxy, f"What is CAR-T? ({n})", timeout=5) for n in range(QUESTIONS)]
    assert [status for status, _ in results] == [200] * QUESTIONS
    seconds = [elapsed for _, elapsed in results]
    assert max(seconds) < 1.0
    report(
        f"stalled connections, behind nginx: {STALLED} half requests held, {QUESTIONS} questions"
        f" answered, median {statistics.median(seconds) * 1000:.1f} ms,"
        f" slowest {max(seconds) * 1000:.1f} ms"
    )


def test_nginx_drops_a_client_that_stalls(proxy):
    address = urlsplit(proxy)
    with socket.create_connection((address.hostname, address.port), timeout=10) as connection:
        connection.sendall(HALF_BODY)
        started = time.monotonic()
        # reset_timedout_connection: nginx resets it, freeing its memory at once.
        with pytest.raises(ConnectionResetError):
            connection.recv(4096)
        waited = time.monotonic() - started
    assert waited < 7, "client_body_timeout is 5 s"


def test_nginx_answers_an_oversized_body_in_the_json_error_shape_with_security_headers(proxy):
    address = urlsplit(proxy)
    for chunked in (False, True):
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=5)
        body = json.dumps({"message": "x" * 100_000}).encode()
        headers = {"Content-Type": "application/json"}
        if chunked:
            connection.request("POST", "/api/chat", body=iter([body]), headers=headers,
                               encode_chunked=True)  # fmt: skip
        else:
            connection.request("POST", "/api/chat", body=body, headers=headers)
        response = connection.getresponse()
        assert response.status == 413
        assert json.loads(response.read())["error"]["code"] == "body_too_large"
        assert response.getheader("X-Content-Type-Options") == "nosniff"
        assert response.getheader("X-Frame-Options") == "DENY"
        assert "frame-ancestors 'none'" in response.getheader("Content-Security-Policy")
        assert response.getheader("Cache-Control") == "no-store"
        assert response.getheader("Server") == "nginx"  # no version
        connection.close()


def test_the_app_behind_nginx_keeps_its_own_headers(proxy):
    address = urlsplit(proxy)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=5)
    connection.request("GET", "/embed")
    response = connection.getresponse()
    response.read()
    assert response.status == 200
    # One policy, the app's: /embed may be framed by this site.
    assert response.getheader("Content-Security-Policy").count("frame-ancestors") == 1
    assert "frame-ancestors 'self'" in response.getheader("Content-Security-Policy")
    connection.close()


def wait_for_line(log, text: str) -> str:
    deadline = time.monotonic() + 5
    while text not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    return log.read_text()


def test_the_request_log_is_written_without_text_or_addresses(upstream, gunicorn_log):
    ask(upstream, "My name is Zelda Quill: what is CAR-T?", timeout=5)
    address = urlsplit(upstream)
    # A request gunicorn itself refuses, which it used to log with the client's address.
    with socket.create_connection((address.hostname, address.port), timeout=5) as connection:
        connection.sendall(b"NOT A REQUEST\r\n\r\n")
        assert connection.recv(4096).startswith(b"HTTP/1.1 400")
    log = wait_for_line(gunicorn_log, "Invalid request")
    assert re.search(r"POST /api/chat 200 \d+\.\dms kind=(answer|no_answer)", log), log
    assert "Invalid request: " in log
    # The only address left is gunicorn's own ("Listening at: http://127.0.0.1:...").
    clients = [line for line in log.splitlines() if "Listening at" not in line]
    assert not any("127.0.0.1" in line or "ip=" in line for line in clients), log
    assert "Zelda" not in log and "CAR-T?" not in log


def test_an_error_gunicorn_itself_returns_gets_the_security_headers_through_nginx(proxy):
    # More header fields than gunicorn takes (100): nginx passes them, gunicorn refuses them
    # with a bare page of its own.
    address = urlsplit(proxy)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=5)
    connection.putrequest("GET", "/api/health")
    for number in range(110):
        connection.putheader(f"X-Filler-{number}", "x")
    connection.endheaders()
    response = connection.getresponse()
    response.read()
    assert response.status == 431
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert response.getheader("X-Frame-Options") == "DENY"
    assert "frame-ancestors 'none'" in response.getheader("Content-Security-Policy")
    assert response.getheader("Permissions-Policy").startswith("camera=()")
    connection.close()


def heap_may_use_huge_pages(pid: int) -> bool:
    """Whether the kernel may back any of a process's heap with huge pages (/proc/PID/smaps)."""
    mappings = re.split(r"\n(?=[0-9a-f]+-[0-9a-f]+ )", Path(f"/proc/{pid}/smaps").read_text())
    return any(
        mapping.split("\n", 1)[0].endswith("[heap]")
        and re.search(r"^THPeligible:\s+1$", mapping, re.MULTILINE) is not None
        for mapping in mappings
    )


@pytest.mark.parametrize(
    ("given", "asked"),
    [(None, True), ("glibc.malloc.arena_max=2", True), ("glibc.malloc.hugetlb=0", False)],
)
def test_gunicorn_workers_allocate_on_huge_pages_unless_told_not_to(
    tmp_path, monkeypatch, given, asked
):
    # glibc's allocator asks for huge pages (madvise) only when GLIBC_TUNABLES says so as the
    # process starts: where the kernel gives them only when asked, smaps shows whether it did.
    mode = Path("/sys/kernel/mm/transparent_hugepage/enabled")
    if not mode.is_file() or "[madvise]" not in mode.read_text():
        pytest.skip("the kernel's transparent huge pages are not in madvise mode")
    settings = fixture_service(tmp_path) | {"DATABASE_URL": "sqlite://"}
    monkeypatch.delenv("GLIBC_TUNABLES", raising=False)
    if given is not None:
        monkeypatch.setenv("GLIBC_TUNABLES", given)
    with gunicorn(settings, workers=1, log=tmp_path / "gunicorn.log") as (_base, master):
        (worker,) = master.children()
        assert heap_may_use_huge_pages(worker.pid) == asked


@pytest.mark.parametrize(("given", "used"), [(None, "malloc"), ("pymalloc", "pymalloc")])
def test_gunicorn_workers_keep_python_objects_on_glibcs_heap_unless_told_not_to(
    tmp_path, monkeypatch, given, used
):
    # CPython reads PYTHONMALLOC only as it starts: the master starts again with it (allocator.py)
    # and the workers fork from it, so a worker started with it is one that uses it.
    settings = fixture_service(tmp_path) | {"DATABASE_URL": "sqlite://"}
    monkeypatch.delenv("PYTHONMALLOC", raising=False)
    if given is not None:
        monkeypatch.setenv("PYTHONMALLOC", given)
    with gunicorn(settings, workers=1, log=tmp_path / "gunicorn.log") as (_base, master):
        (worker,) = master.children()
        started_with = Path(f"/proc/{worker.pid}/environ").read_bytes().split(b"\0")
        assert f"PYTHONMALLOC={used}".encode() in started_with
