"""Labelled evaluation files: one JSON object a line, each turned into a dataclass."""

from __future__ import annotations

import json
from collections.abc import Callable
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
