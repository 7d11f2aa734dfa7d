"""Hot reload: a published index replaces the one in service between requests; a broken one
never does."""

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from pg_cluster import free_port

from bot.config import PROJECT_ROOT
from bot.embedder import FakeEmbedder
from bot.index import build_index, save_index
from bot.knowledge import load_knowledge
from bot.store import Store

PETS_QUESTION = "Can my dog visit me on the ward?"


def pets_article(day: str) -> str:
    return f"""---
title: Pets and visitors on the ward
summary: When pets may visit patients after CAR-T.
topics: [journey]
sources:
  - title: Visitor policy
    publisher: Example Hospital
    date: "2026"
last_reviewed: 2026-11-01
---

## Can my dog visit me on the ward?

Dogs can visit patients on the ward on {day} afternoons.
A dog visit needs the ward nurse's approval first.
"""


def publish(knowledge_dir: Path, index_dir: str) -> str:
    """Build and publish an index as `kb build` in another process would; return its id."""
    index = build_index(load_knowledge(knowledge_dir), FakeEmbedder())
    save_index(index, index_dir)
    return index.manifest.build_id


def cites_pets(reply: dict) -> bool:
    return any(s["url"].startswith("/knowledge/pets-and-visitors") for s in reply["sources"])


@pytest.fixture
def watching(test_config):
    # These tests ask as fast as rebuilds allow: they measure reloading, not the rate limit.
    limits = {"RATE_LIMIT": "100000 per minute", "FLOOD_LIMIT": "100000 per minute"}
    return {**test_config, **limits, "INDEX_CHECK_SECONDS": 0.0}


@pytest.fixture
def watching_client(app, make_app, watching):
    return make_app(**watching).test_client()


def test_a_published_index_is_served_from_the_next_request(
    watching_client, knowledge_dir, watching, ask
):
    assert ask(PETS_QUESTION, client=watching_client)["kind"] == "no_answer"
    (knowledge_dir / "pets-and-visitors.md").write_text(pets_article("Tuesday"))
    publish(knowledge_dir, watching["INDEX_DIR"])
    reply = ask(PETS_QUESTION, client=watching_client)
    assert reply["kind"] == "answer" and cites_pets(reply)
    assert "Tuesday afternoons" in reply["answer"]
    assert watching_client.get("/api/health").get_json()["articles"] == 4


def test_requests_during_rebuilds_all_succeed_and_then_see_the_new_content(
    watching_client, knowledge_dir, watching, ask
):
    statuses: list[int] = []
    done = threading.Event()

    def rebuild():
        for day in ("Monday", "Wednesday", "Friday"):
            (knowledge_dir / "pets-and-visitors.md").write_text(pets_article(day))
            publish(knowledge_dir, watching["INDEX_DIR"])
        done.set()

    builder = threading.Thread(target=rebuild)
    builder.start()
    deadline = time.monotonic() + 60
    while not done.is_set() and time.monotonic() < deadline:
        for message in (PETS_QUESTION, "How is CRS treated?"):
            statuses.append(
                watching_client.post("/api/chat", json={"message": message}).status_code
            )
    builder.join()
    assert len(statuses) >= 2 and set(statuses) == {200}
    assert "Friday afternoons" in ask(PETS_QUESTION, client=watching_client)["answer"]


def test_a_failed_rebuild_leaves_the_running_app_serving(
    watching_client, runner, knowledge_dir, watching, ask
):
    before = ask("How is CRS treated?", client=watching_client)
    (knowledge_dir / "broken.md").write_text("---\ntitle: [oops\n---\nbody\n")
    result = runner.invoke(args=["kb", "build"])
    assert result.exit_code != 0 and "broken.md" in result.output
    after = ask("How is CRS treated?", client=watching_client)
    assert after["kind"] == "answer" and after["answer"] == before["answer"]
    assert watching_client.get("/api/health").get_json()["articles"] == 3


def test_a_release_that_cannot_be_loaded_is_skipped_once_and_not_retried(
    watching_client, knowledge_dir, watching, caplog, ask
):
    (knowledge_dir / "pets-and-visitors.md").write_text(pets_article("Tuesday"))
    broken = (
        Path(watching["INDEX_DIR"]) / "releases" / publish(knowledge_dir, watching["INDEX_DIR"])
    )
    manifest = json.loads((broken / "manifest.json").read_text())
    (broken / "manifest.json").write_text(json.dumps({**manifest, "format": 1}))
    caplog.set_level(logging.ERROR)
    for _ in range(3):
        assert ask("How is CRS treated?", client=watching_client)["kind"] == "answer"
    assert caplog.text.count("not loaded; still serving") == 1
    assert not cites_pets(ask(PETS_QUESTION, client=watching_client))
    publish(knowledge_dir, watching["INDEX_DIR"])
    assert cites_pets(ask(PETS_QUESTION, client=watching_client))


def test_workers_look_for_a_new_index_at_most_every_index_check_seconds(
    app, make_app, test_config, knowledge_dir, ask
):
    client = make_app(INDEX_CHECK_SECONDS=3600.0).test_client()
    ask("How is CRS treated?", client=client)  # the first request checks once
    (knowledge_dir / "pets-and-visitors.md").write_text(pets_article("Tuesday"))
    publish(knowledge_dir, test_config["INDEX_DIR"])
    assert ask(PETS_QUESTION, client=client)["kind"] == "no_answer"


def test_a_running_gunicorn_swaps_indexes_under_load_without_a_failed_request(
    tmp_path, knowledge_dir, test_config, report
):
    """Two real workers on a free port; the index is rebuilt by `flask kb build` twice."""
    index_dir, database_url = test_config["INDEX_DIR"], test_config["DATABASE_URL"]
    publish(knowledge_dir, index_dir)
    store = Store(database_url)
    store.upgrade()
    store.engine.dispose()
    port = free_port()
    env = {
        **os.environ,
        "EMBEDDER": "fake",
        "KNOWLEDGE_DIR": str(knowledge_dir),
        "INDEX_DIR": index_dir,
        "DATABASE_URL": database_url,
        "NO_ANSWER_THRESHOLD": str(test_config["NO_ANSWER_THRESHOLD"]),
        # The swap is under test, not the learned parts: the decision is not trained, and the
        # triage layer on one small file (on all 22 sets its training outlasted the asking's
        # 20,000 requests, so the new index was never seen).
        "DECLINE_TRAINING": test_config["DECLINE_TRAINING"],
        "LEAD_TRAINING": test_config["LEAD_TRAINING"],
        "ASKED_BEFORE": test_config["ASKED_BEFORE"],
        "TRIAGE_ASKED": test_config["TRIAGE_ASKED"],
        "TRIAGE_TRAINING": test_config["TRIAGE_TRAINING"],
        "INDEX_CHECK_SECONDS": "0",
        "RATE_LIMIT": "100000 per minute",
        "FLOOD_LIMIT": "100000 per minute",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
    }
    gunicorn = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"]
    log = (tmp_path / "gunicorn.log").open("w")
    server = subprocess.Popen(gunicorn, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, server)
        outcomes: list[str] = []
        stop = threading.Event()
        load = threading.Thread(target=_ask_until, args=(base, stop, outcomes))
        load.start()
        try:
            for day in ("Monday", "Friday"):
                (knowledge_dir / "pets-and-visitors.md").write_text(pets_article(day))
                build = subprocess.run(
                    [sys.executable, "-m", "flask", "--app", "wsgi", "kb", "build"],
                    cwd=PROJECT_ROOT,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=120,
                )
                assert build.returncode == 0, build.stderr
                # Both workers must answer from the new article: many replies in a row.
                _wait_for(lambda d=day: _last_replies_mention(outcomes, f"{d} afternoons", 10))
        finally:
            stop.set()
            load.join()
        errors = [o for o in outcomes if not o.startswith("200 ")]
        report(
            f"hot reload: {len(outcomes)} requests to 2 gunicorn workers during 2 rebuilds"
            f" and swaps, {len(errors)} errors"
        )
        assert len(outcomes) >= 20
        assert errors == []
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        log.close()
    assert "not loaded" not in (tmp_path / "gunicorn.log").read_text()


def _wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert server.poll() is None, "gunicorn exited"
        try:
            with urllib.request.urlopen(f"{base}/api/health", timeout=5):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError("gunicorn did not start in 90 s")


def _ask_until(base: str, stop: threading.Event, outcomes: list[str]) -> None:
    """Ask in a loop (bounded in count and time); record "status answer-text" or the error."""
    # Outlast the test's own bounds (two builds of up to 120 s, each then awaited up to 60 s):
    # on a loaded machine a shorter bound stopped the asking before the second swap was seen.
    deadline = time.monotonic() + 2 * (120 + 60) + 60
    while not stop.is_set() and time.monotonic() < deadline and len(outcomes) < 20_000:
        request = urllib.request.Request(
            f"{base}/api/chat",
            data=json.dumps({"message": PETS_QUESTION}).encode(),
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                outcomes.append(f"{response.status} {json.load(response)['answer']}")
        except Exception as exc:  # every failure counts, whatever its kind
            outcomes.append(f"error {exc!r}")


def _last_replies_mention(outcomes: list[str], text: str, count: int) -> bool:
    last = outcomes[-count:]
    return len(last) == count and all(text in o for o in last)


def _wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the new index was not served in time"
        time.sleep(0.05)
