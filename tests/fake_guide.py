"""The fixture knowledge base and the settings of a test app over it, shared by both conftests.

A module of its own because `from conftest import …` finds whichever conftest was loaded last.
"""

import json
from pathlib import Path

from bot import build
from bot.guide_loader import EXTENSION

FIXTURE_KNOWLEDGE = Path(__file__).parent / "fixtures" / "knowledge"
# The fake embedder's similarities run lower than the real model's.
FAKE_THRESHOLD = 0.2


def fake_config(knowledge: Path, where: Path, database_url: str) -> dict:
    """The settings of a test app over `knowledge` with the fake embedder, its index in `where`."""
    return {
        "TESTING": True,
        "EMBEDDER": "fake",
        "KNOWLEDGE_DIR": str(knowledge),
        "INDEX_DIR": str(where / "index"),
        "NO_ANSWER_THRESHOLD": FAKE_THRESHOLD,
        "DATABASE_URL": database_url,
        # The decision is trained on the real sets by `kb build`; tests that train it say so.
        # The triage layer on one small file: on every set, each build a test runs trained for
        # minutes (the learned layer's own tests train on them all).
        "TRIAGE_TRAINING": "eval/triage/original.jsonl",
        "DECLINE_TRAINING": "",
        "LEAD_TRAINING": "",
        "ASKED_BEFORE": "",
        "TRIAGE_ASKED": "",
    }


def build_trained_on(app, setting: str, lines: list[dict], folder: Path) -> build.Built:
    """A build of the test app's guide whose `setting` names two question sets of `lines`
    (written to `folder` as sets 3 and 4), each a fold of what the build trains and reports."""
    named = []
    for n in (3, 4):
        path = folder / f"questions-{n}.jsonl"
        path.write_text("".join(json.dumps(line) + "\n" for line in lines))
        named.append(str(path))
    config = {**app.config, setting: " ".join(named)}
    embedder = app.extensions[EXTENSION].ready_embedder()
    return build.build(config, build.read_sources(config), embedder)
