"""The date of a CAR-T infusion told in Spanish, named so that the rules read it as the
treatment's date, not the date of the sign.

"le pusieron las células hace una semana y ahora tiene fiebre" is a fever a week after the
cells: the rules already leave out a "weeks ago" that follows the treatment's name ("CAR-T last
week and his temp is 38.5"), but they know the treatment only by its English names. A Spanish
name of the infusion followed by its date is given its English name, in place; the rest of the
message is read as written.
"""

from __future__ import annotations

from .calendar_words import SPANISH_WEEKDAY
from .pattern_set import LazyPattern

_ENGLISH = {"celulas": "cells", "infusion": "infusion", "tratamiento": "treatment",
            "trasplante": "transplant"}  # fmt: skip
_DATED_INFUSION = LazyPattern(
    r"\b(c[eé]lulas|infusi[oó]n|tratamiento|trasplante)\b(?= (?:[\w-]+ ){0,3}(?:hace \w+"
    rf"|(?:el|este|del) {SPANISH_WEEKDAY}|ayer|anteayer|antier|la semana pasada|el d[ií]a \d+"
    r"|el \d+)\b)"
)


def name_the_infusion(text: str) -> str:
    """Return a normalized text with a Spanish name of the infusion that is followed by its
    date put in English ("las células hace una semana" -> "las cells hace una semana")."""
    return _DATED_INFUSION.sub(lambda m: _ENGLISH[_plain(m.group(1))], text)


def _plain(word: str) -> str:
    return word.replace("é", "e").replace("ó", "o")
