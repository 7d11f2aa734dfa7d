"""Labelled evaluation files: one JSON object a line, each turned into a dataclass."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def read_labelled(path: Path | str, parse: Callable[[dict, int], T], what: str) -> list[T]:
    """Parse every non-blank line of a JSON Lines file.

    Args:
        parse: turns one line's object (and its line number) into an item; raises ValueError,
            KeyError, TypeError or AttributeError for a line that is not one.
        what: what a line should be, for the error ("labelled question").

    Raises:
        ValueError: naming the file, the line and the problem of the first unusable line.
    """
    items = []
    for number, line in enumerate(Path(path).read_text().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(parse(json.loads(line), number))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{Path(path).name}:{number}: not a {what} ({exc})") from None
    return items


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
    found = []
    for path in map(Path, paths):
        if not path.is_file():
            raise ValueError(f"no question file at {path}")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if "turns" in item:
                    found += [
                        Asked(path, t["message"], t["expected_kind"] == "answer", n == 1)
                        for n, t in enumerate(item["turns"], 1)
                        if t["expected_kind"] != URGENT_KIND
                    ]
                else:
                    found.append(Asked(path, item["question"], bool(item["expected"]), True))
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(
                    f"{path}:{number}: expected a question or a conversation ({error})"
                ) from None
    return found
