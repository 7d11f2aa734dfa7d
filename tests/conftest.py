import shutil
from pathlib import Path

import pytest

from bot import create_app
from bot.embedder import FakeEmbedder
from bot.index import build_index, save_index
from bot.knowledge import load_knowledge

FIXTURE_KNOWLEDGE = Path(__file__).parent / "fixtures" / "knowledge"
# The fake embedder's similarities run lower than the real model's.
FAKE_THRESHOLD = 0.2
FIGURES: list[str] = []


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture
def report():
    """Return a function that records a figure for the end of the test run."""
    return FIGURES.append


@pytest.fixture
def knowledge_dir(tmp_path) -> Path:
    """A writable copy of the fixture knowledge base."""
    return Path(shutil.copytree(FIXTURE_KNOWLEDGE, tmp_path / "knowledge"))


@pytest.fixture
def test_config(tmp_path, knowledge_dir) -> dict:
    return {
        "TESTING": True,
        "EMBEDDER": "fake",
        "KNOWLEDGE_DIR": str(knowledge_dir),
        "INDEX_DIR": str(tmp_path / "index"),
        "NO_ANSWER_THRESHOLD": FAKE_THRESHOLD,
    }


@pytest.fixture
def app(test_config):
    save_index(
        build_index(load_knowledge(test_config["KNOWLEDGE_DIR"]), FakeEmbedder()),
        test_config["INDEX_DIR"],
    )
    return create_app(test_config)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()
