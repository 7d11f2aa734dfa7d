"""Every message's triage, kept to check a speed change of the rules alters no decision.

Usage: python -m bench.triage_check save FILE | python -m bench.triage_check compare FILE

Reads every message of eval/triage/ (each set's files), every question of eval/*questions*.jsonl
and every turn of eval/*conversations*.jsonl (both splits; no label is read), and keeps for each
the rules' decision (`triage`, every field) and the decision with the learned layer
(`Guide.assess`, on the served index in INDEX_DIR). `compare` prints how many differ per file
(no message text), so a held-back item is never shown; a speed change must leave all identical.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from bot import create_app
from bot.config import PROJECT_ROOT
from bot.conversation_eval import load_flows
from bot.evaluation import load_questions
from bot.triage import triage
from bot.triage_model import load_examples

from .replies import save_or_compare

EVAL_DIR = PROJECT_ROOT / "eval"


def messages(eval_dir: Path = EVAL_DIR) -> dict[str, str]:
    """Each message, keyed "file number[.turn]"."""
    found = {}
    for path in sorted((eval_dir / "triage").rglob("*.jsonl")):
        name = path.relative_to(eval_dir).as_posix()
        for number, example in enumerate(load_examples(path)):
            found[f"{name} {number}"] = example.message
    for path in sorted(eval_dir.glob("*questions*.jsonl")):
        for number, item in enumerate(load_questions(path)):
            found[f"{path.name} {number}"] = item.question
    for path in sorted(eval_dir.glob("*conversations*.jsonl")):
        for number, flow in enumerate(load_flows(path)):
            for turn_number, turn in enumerate(flow.turns):
                found[f"{path.name} {number}.{turn_number}"] = turn.message
    return found


def decisions(app: Flask, found: dict[str, str]) -> dict[str, str]:
    """The rules' decision and the learned layer's on each message, as their reprs."""
    guide = app.extensions["cartbot"].ready_guide()
    return {key: f"{triage(text)!r} {guide.assess(text)!r}" for key, text in found.items()}


def main() -> None:
    save_or_compare(
        __doc__.splitlines()[0], lambda: decisions(create_app(), messages()), "messages"
    )


if __name__ == "__main__":
    main()
