import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from fake_guide import FIXTURE_KNOWLEDGE, fake_config
from pg_cluster import PostgresServer

from bot import create_app
from bot.build import embedding_key
from bot.config import DEFAULTS, PROJECT_ROOT
from bot.embedder import FakeEmbedder, SentenceTransformerEmbedder, make_embedder
from bot.embedding_cache import CachedEmbedder, cache_path
from bot.guide_loader import GuideLoader
from bot.index import build_index, save_index
from bot.knowledge import load_knowledge
from bot.records import EXTENSION
from bot.triage_model import load_examples

FIGURES: list[str] = []


def pytest_sessionfinish(session):
    # Under pytest-xdist each worker records its own figures: hand them to the controller.
    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["figures"] = json.dumps(FIGURES)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    FIGURES.extend(json.loads(node.workeroutput.get("figures", "[]")))


def _natural(line: str) -> list:
    """Sort key reading numbers as numbers: set 9's figures come before set 10's."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", line)]


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("figures")
        for line in sorted(FIGURES, key=_natural):
            terminalreporter.write_line(line)


@pytest.fixture
def report():
    """Return a function that records a figure for the end of the test run."""
    return FIGURES.append


@pytest.fixture(scope="session")
def reference_embedder() -> SentenceTransformerEmbedder:
    """The real model run by sentence-transformers (torch), loaded once per test run."""
    return SentenceTransformerEmbedder()


@pytest.fixture(scope="session")
def serving_embedder():
    """The real model as served (the default backend and precision), loaded once per test run."""
    return make_embedder(
        DEFAULTS["EMBEDDER"], DEFAULTS["ONNX_DIR"], precision=DEFAULTS["ONNX_PRECISION"]
    )


@pytest.fixture(scope="session")
def kept_embedder(serving_embedder) -> CachedEmbedder:
    """The serving model, reading the vectors `kb build` kept rather than making them again
    (the triage sets alone are 25,000 single runs, ~90 s): each text is embedded alone, so
    they are the vectors serving makes. Never saved."""
    embedder = CachedEmbedder(
        serving_embedder,
        cache_path(DEFAULTS["INDEX_DIR"], embedding_key(DEFAULTS, serving_embedder)),
    )
    kept = [e.message for e in load_examples(PROJECT_ROOT / "eval/triage/v2/held_back.jsonl")]
    assert np.array_equal(embedder.encode(kept[:5]), serving_embedder.encode(kept[:5]))
    assert embedder.reused == 5  # read, and the same as made
    return embedder


@pytest.fixture(scope="session")
def built_guide(kept_embedder):
    """The guide as served: the ONNX model and the index `make test` has just built, loaded once
    per test run."""
    loader = GuideLoader(DEFAULTS)
    loader.embedder = kept_embedder
    loader.load()
    return loader.ready_guide()


@pytest.fixture
def knowledge_dir(tmp_path) -> Path:
    """A writable copy of the fixture knowledge base."""
    return Path(shutil.copytree(FIXTURE_KNOWLEDGE, tmp_path / "knowledge"))


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster on 127.0.0.1, for the whole test run."""
    server = PostgresServer.start()
    yield server
    server.stop()


@pytest.fixture
def database_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cartbot.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database_url(request, tmp_path) -> str:
    """Each backend in turn; a module uses it by overriding `database_url` with it."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'cartbot.sqlite3'}"
    return request.getfixturevalue("postgres_server").create_database()


@pytest.fixture
def test_config(tmp_path, knowledge_dir, database_url) -> dict:
    return fake_config(knowledge_dir, tmp_path, database_url)


@pytest.fixture
def make_app(test_config):
    """Return make_app(**overrides): an app with `test_config` and these settings changed.

    It serves whatever index is in INDEX_DIR (the one `app` builds, when a test uses `app`).
    """
    made = []

    def make_app(**overrides):
        app = create_app({**test_config, **overrides})
        made.append(app)
        return app

    yield make_app
    for app in made:
        app.extensions[EXTENSION].store.engine.dispose()


@pytest.fixture
def app(test_config, make_app):
    save_index(
        build_index(load_knowledge(test_config["KNOWLEDGE_DIR"]), FakeEmbedder()),
        test_config["INDEX_DIR"],
    )
    app = make_app()
    app.extensions[EXTENSION].store.upgrade()
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def ask(request):
    """Return ask(message, history=None, client=None): the reply to a chat message, as JSON.

    It checks the reply is a 200; `client` defaults to the `client` fixture's.
    """

    def ask(message: str, history: list | None = None, client=None) -> dict:
        client = client or request.getfixturevalue("client")
        body = {"message": message} if history is None else {"message": message, "history": history}
        response = client.post("/api/chat", json=body)
        assert response.status_code == 200, response.get_data(as_text=True)
        return response.get_json()

    return ask


@pytest.fixture
def runner(app):
    return app.test_cli_runner()
