"""Text from clients made safe to read: no lone surrogates, no control or invisible characters."""

from __future__ import annotations

import re
import unicodedata

# Kept though invisible: joiners shape emoji sequences and Persian or Indic words.
_JOINERS = {"\u200c", "\u200d"}
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_WHITESPACE_CONTROLS = {"\t", "\n", "\r"}


def clean_text(text: str) -> str:
    """Return text a tokenizer, a database and a terminal can all take.

    Lone surrogates (valid in JSON, not in UTF-8) become U+FFFD; control characters other
    than tab and newlines, and invisible format characters (zero-width spaces, bidirectional
    overrides, byte-order marks) are dropped, so stored text cannot hide or reorder words.
    """
    if text.isascii() and text.isprintable():
        return text  # nearly every message: no character of any kind above (a test holds it)
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return "".join(
        char
        for char in text
        if char in _WHITESPACE_CONTROLS
        or char in _JOINERS
        or unicodedata.category(char) not in ("Cc", "Cf")
    )


def is_blank(text: str) -> bool:
    """Whether nothing readable is left: only spaces, joiners or the like."""
    if not any(joiner in text for joiner in _JOINERS):
        return not text.strip()
    return not "".join(char for char in text if char not in _JOINERS).strip()


# Terminal escape sequences whole (CSI "ESC [ 2 J", OSC "ESC ] 0 ; title BEL", two-byte ones),
# so no "[2J" debris is left when the ESC goes.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~])|\x9b[0-?]*[ -/]*[@-~]"
)


def printable(text: str) -> str:
    """Return stored text fit for one line of a terminal or a CSV cell: no escape sequences,
    control or invisible characters (they could clear the screen, retitle the window or hide
    words), line breaks as spaces."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    return "".join(
        " " if char in _WHITESPACE_CONTROLS else char
        for char in text
        if char in _WHITESPACE_CONTROLS
        or char in _JOINERS
        or unicodedata.category(char) not in ("Cc", "Cf")
    )
