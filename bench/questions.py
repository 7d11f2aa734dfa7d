"""The questions the benchmark asks, taken from the knowledge base so they grow with it."""

from __future__ import annotations

from pathlib import Path

from bot.answer import STARTER_QUESTIONS
from bot.knowledge import load_knowledge

# The first question of a cold start, in process (bench.cold_start) and through gunicorn.
FIRST_QUESTION = "What is CAR-T cell therapy?"

# Questions the guide should decline, so the no_answer path is measured too.
OUT_OF_SCOPE = (
    "Who won the football game yesterday?",
    "What's a good recipe for banana bread?",
    "How do I renew my passport?",
)


def benchmark_questions(knowledge_dir: Path | str) -> list[str]:
    """Return starter questions, every question-like heading, and a few out-of-scope ones."""
    headings = [
        passage.section
        for article in load_knowledge(knowledge_dir)
        for passage in article.passages
        if passage.section.endswith("?")
    ]
    return list(dict.fromkeys([*STARTER_QUESTIONS, *headings, *OUT_OF_SCOPE]))
