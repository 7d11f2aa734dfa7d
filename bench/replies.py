"""Replies to every evaluation question, kept to check a speed change alters none of them.

Usage: python -m bench.replies save FILE | python -m bench.replies compare FILE

Asks every question of eval/*questions*.jsonl and replays every flow of
eval/*conversations*.jsonl (both splits: question text only, no label is read) through the
served index in INDEX_DIR, and keeps each reply's JSON as the API sends it, less its random id.
`compare` prints how many replies differ per file and split (no question text), so a held-back
item is never shown; a speed change must leave every reply byte-identical.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot import create_app
from bot.api import reply_body
from bot.config import PROJECT_ROOT
from bot.conversation_eval import load_flows, run
from bot.evaluation import load_questions


def replies() -> dict[str, str]:
    """Return each reply's JSON, keyed "file split number[.turn]"."""
    app = create_app()
    guide = app.extensions["cartbot"].ready_guide()
    kept = {}
    with app.test_request_context():
        for path in sorted((PROJECT_ROOT / "eval").glob("*questions*.jsonl")):
            for number, item in enumerate(load_questions(path)):
                kept[f"{path.name} {item.split} {number}"] = _json(guide.reply(item.question))
        for path in sorted((PROJECT_ROOT / "eval").glob("*conversations*.jsonl")):
            for number, flow in enumerate(load_flows(path)):
                for outcome in run(guide, [flow]):  # replayed as `kb eval` replays it
                    key = f"{path.name} {flow.split} {number}.{outcome.number - 1}"
                    kept[key] = _json(outcome.reply)
    return kept


def _json(answer) -> str:
    body = reply_body(answer)
    del body["id"]
    return json.dumps(body, sort_keys=True, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    now = replies()
    if args.action == "save":
        args.file.write_text(json.dumps(now))
        print(f"{len(now)} replies saved to {args.file}")
        return
    before = json.loads(args.file.read_text())
    groups: dict[str, list[int]] = {}
    for key in before.keys() | now.keys():
        group = key.rsplit(" ", 1)[0]
        counts = groups.setdefault(group, [0, 0])
        counts[0] += 1
        counts[1] += before.get(key) != now.get(key)
    for group, (count, differ) in sorted(groups.items()):
        print(f"{group:<44}{count:>5} replies, {differ:>4} differ")
    differing = sum(d for _, d in groups.values())
    print(f"{len(now)} replies: {'all identical' if not differing else f'{differing} differ'}")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
