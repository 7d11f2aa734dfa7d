"""Labelled evaluation files: one JSON object a line, each turned into a dataclass."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_SET_NUMBER = re.compile(r"-(\d+)\.jsonl$")


def read_labelled(path: Path | str, parse: Callable[[dict, int], T], what: str) -> list[T]:
    """Parse every non-blank line of a JSON Lines file.

    Args:
        parse: turns one line's object (and its line number) into an item; raises ValueError,
            KeyError, TypeError or AttributeError for a line that is not what it should be.
        what: what a line should be, for the error ("labelled question").

    Raises:
        ValueError: a missing file, or the first unusable line, naming the file, the line and
            the problem, the path as given: "eval/questions-7.jsonl:3: not a labelled question
            ('expected')".
    """
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"no {what} file at {path}")
    items: list[T] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(parse(json.loads(line), number))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path}:{number}: not a {what} ({exc})") from None
    return items


def set_name(path: Path | str) -> str:
    """A labelled file's set: its number ("questions-5.jsonl" -> "5"), "1" for set 1's files."""
    found = _SET_NUMBER.search(Path(path).name)
    return found.group(1) if found else "1"


# A conversation turn of this kind is triage's (help now), not a question asked.
URGENT_KIND = "urgent"


@dataclass(frozen=True)
class Asked:
    """A message of a question set or a conversation set, and its labels."""

    path: Path  # the set it came from
    message: str
    covered: bool  # the guide covers it (sections expected, or an answer)
    first: bool  # asked alone: a question set's, or a conversation's first turn


def read_asked(paths: Iterable[Path | str]) -> list[Asked]:
    """Read the messages of question sets ({"question", "expected"}) and conversation sets
    ({"turns"}), in order, leaving out turns labelled urgent.

    Raises:
        ValueError: a missing file, or a line of neither shape (naming the file and line).
    """
    found: list[Asked] = []
    for path in map(Path, paths):
        # A conversation's line holds several messages: one list a line, joined.
        for messages in read_labelled(
            path, functools.partial(_asked, path), "question or conversation"
        ):
            found += messages
    return found


def _asked(path: Path, item: dict, _number: int) -> list[Asked]:
    if "turns" in item:
        return [
            Asked(path, t["message"], t["expected_kind"] == "answer", n == 1)
            for n, t in enumerate(item["turns"], 1)
            if t["expected_kind"] != URGENT_KIND
        ]
    return [Asked(path, item["question"], bool(item["expected"]), True)]
