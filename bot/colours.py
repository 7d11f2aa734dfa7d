"""Accent colours a clinic chooses, kept readable under white text (WCAG 2.1 AA)."""

from __future__ import annotations

import re

DEFAULT_ACCENT = "#005eb8"
MIN_CONTRAST = 4.5
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
# Darken in steps of 5% until white text passes; static/widget.js does the same, step for step.
DARKEN_STEPS = 20


def parse_hex(value: str) -> tuple[int, int, int] | None:
    """Return the RGB of '#rgb' or '#rrggbb', or None for anything else."""
    if not _HEX.match(value or ""):
        return None
    digits = value[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    channels = []
    for value in rgb:
        c = value / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast_with_white(rgb: tuple[int, int, int]) -> float:
    return 1.05 / (relative_luminance(rgb) + 0.05)


def readable_accent(value: str) -> str:
    """Return the accent as '#rrggbb', darkened until white text on it reaches 4.5:1.

    Anything that is not a hex colour gives the default accent.
    """
    rgb = parse_hex(value)
    if rgb is None:
        return DEFAULT_ACCENT
    for step in range(DARKEN_STEPS):
        factor = 1 - step / DARKEN_STEPS
        # int(x + 0.5) rounds halves up, like JavaScript's Math.round.
        darker = tuple(int(channel * factor + 0.5) for channel in rgb)
        if contrast_with_white(darker) >= MIN_CONTRAST:
            return "#{:02x}{:02x}{:02x}".format(*darker)
    return "#000000"
