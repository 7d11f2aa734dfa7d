"""A knowledge base grown to N times its size, for the cost curve of `make bench`.

Each copy of an article gets its own slug and title, and its sentences are reworded a
little (a different set of word swaps per copy), so the copies embed as near neighbours
of the original rather than as exact duplicates the embedding cache would skip.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

# Everyday words and a plain alternative; copy k swaps the pairs whose bit k is set.
_SWAPS = (
    ("often", "frequently"), ("after", "following"), ("doctors", "physicians"),
    ("people", "patients"), ("about", "around"), ("usually", "mostly"), ("can", "may"),
    ("most", "many"), ("before", "ahead of"), ("help", "support"), ("very", "really"),
    ("start", "begin"), ("need", "require"), ("team", "staff"), ("small", "little"),
    ("large", "big"),
)  # fmt: skip
# Words in nearly every sentence; each copy swaps all of them, its own way.
_FREQUENT = ("the", "a", "and", "is", "of", "you", "your", "to")
_FILLERS = ("this", "one", "plus", "seems", "for", "one", "one's", "into", "that", "each")


def grow_knowledge(source: Path, target: Path, factor: int) -> Path:
    """Write `factor` copies of every article in source to target; return target."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.md")):
        text = path.read_text()
        (target / path.name).write_text(text)
        front, body = text.removeprefix("---\n").split("\n---\n", 1)
        meta = yaml.safe_load(front)
        for copy in range(1, factor):
            copied = {**meta, "title": f"{meta['title']} (copy {copy})"}
            (target / f"{path.stem}-copy-{copy}.md").write_text(
                f"---\n{yaml.safe_dump(copied, sort_keys=False)}---\n{_reword(body, copy)}"
            )
    return target


def _reword(body: str, copy: int) -> str:
    """Reword the text of a body, never its headings: `asked_as` names sections by anchor."""
    return "".join(
        line if line.startswith("#") else _reword_text(line, copy)
        for line in body.splitlines(keepends=True)
    )


def _reword_text(body: str, copy: int) -> str:
    for number, word in enumerate(_FREQUENT):
        if (copy + number) % 3:
            body = re.sub(rf"\b{word}\b", _FILLERS[(copy + number) % len(_FILLERS)], body)
    for bit, (word, other) in enumerate(_SWAPS):
        if copy >> (bit % 5) & 1 or bit % 5 == copy % 5:
            body = re.sub(rf"\b{word}\b", other, body)
    return body
