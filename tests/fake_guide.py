"""The fixture knowledge base and the settings of a test app over it, shared by both conftests.

A module of its own because `from conftest import …` finds whichever conftest was loaded last.
"""

from pathlib import Path

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
        "DECLINE_TRAINING": "",
        "LEAD_TRAINING": "",
    }
