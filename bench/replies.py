"""Replies to every evaluation question, kept to check a speed change alters none of them.

Usage: python -m bench.replies save FILE | python -m bench.replies compare FILE

Asks every question of eval/*questions*.jsonl, replays every flow of
eval/*conversations*.jsonl (both splits: question text only, no label is read) and sends every
message of eval/triage/ (each set's files) through the served index in INDEX_DIR, and keeps each
reply's JSON as the API sends it, less its random id; a triage message's decision is kept with
its reply. `compare` prints how many replies differ per file and split (no question text), so a
held-back item is never shown; a speed change must leave every reply byte-identical.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from flask import Flask

from bot import create_app
from bot.api import reply_body
from bot.config import PROJECT_ROOT
from bot.conversation_eval import load_flows, run
from bot.evaluation import load_questions
from bot.triage_model import load_examples

EVAL_DIR = PROJECT_ROOT / "eval"


def replies(app: Flask, eval_dir: Path = EVAL_DIR) -> dict[str, str]:
    """Return each reply's JSON, keyed "file split number[.turn]" ("file number" for triage)."""
    guide = app.extensions["cartbot"].ready_guide()
    kept = {}
    with app.test_request_context():
        for path in sorted(eval_dir.glob("*questions*.jsonl")):
            for number, item in enumerate(load_questions(path)):
                kept[f"{path.name} {item.split} {number}"] = _json(guide.reply(item.question))
        for path in sorted(eval_dir.glob("*conversations*.jsonl")):
            for number, flow in enumerate(load_flows(path)):
                for outcome in run(guide, [flow]):  # replayed as `kb eval` replays it
                    key = f"{path.name} {flow.split} {number}.{outcome.number - 1}"
                    kept[key] = _json(outcome.reply)
        for path in sorted((eval_dir / "triage").rglob("*.jsonl")):
            name = path.relative_to(eval_dir).as_posix()
            for number, example in enumerate(load_examples(path)):
                decision = guide.assess(example.message)
                reply = _json(guide.reply(example.message, decision=decision))
                kept[f"{name} {number}"] = f"{decision!r} {reply}"
    return kept


def _json(answer) -> str:
    body = reply_body(answer)
    del body["id"]
    return json.dumps(body, sort_keys=True, ensure_ascii=False)


def differences(before: dict[str, str], now: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Per "file split": how many replies, and how many differ (or exist on one side only)."""
    groups: dict[str, list[int]] = {}
    for key in before.keys() | now.keys():
        counts = groups.setdefault(key.rsplit(" ", 1)[0], [0, 0])
        counts[0] += 1
        counts[1] += before.get(key) != now.get(key)
    return {group: (count, differ) for group, (count, differ) in sorted(groups.items())}


def report(groups: dict[str, tuple[int, int]]) -> list[str]:
    """Lines naming each file and split with its counts, then the verdict; no question text."""
    lines = [f"{group:<44}{count:>5} replies, {differ:>4} differ" for group, (count, differ) in
             groups.items()]  # fmt: skip
    total = sum(count for count, _ in groups.values())
    differing = sum(differ for _, differ in groups.values())
    lines.append(f"{total} replies: {f'{differing} differ' if differing else 'all identical'}")
    return lines


def save_or_compare(description: str, outputs: Callable[[], dict[str, str]], noun: str) -> None:
    """The command line of a check: `save FILE` keeps what `outputs` gives now, `compare FILE`
    prints the counts that differ from the saved ones and exits 1 if any do."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    now = outputs()
    if args.action == "save":
        args.file.write_text(json.dumps(now))
        print(f"{len(now)} {noun} saved to {args.file}")
        return
    groups = differences(json.loads(args.file.read_text()), now)
    print("\n".join(line.replace(" replies", f" {noun}") for line in report(groups)))
    sys.exit(1 if any(differ for _, differ in groups.values()) else 0)


def main() -> None:
    save_or_compare(__doc__.splitlines()[0], lambda: replies(create_app()), "replies")


if __name__ == "__main__":
    main()
