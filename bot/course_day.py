"""Today's place in the course after CAR-T, told by the writer: "car-t day 6", "cart d5",
"9 days post car t", "2 weeks post CAR-T", "cells were given 8 days ago".

A sign asked about ("extremely sleepy cant stay awake car-t day 6 normal?", "are seizures a
side effect of levetiracetam? my husband just had one ... he's 9 days post car t") reads to the
rules as a question about the sign in general, so they read it calm and the learned layer may not
call it urgent. Nobody dates a question in general by where they are in their own course: the day
told says the sign is theirs, now, whatever cause they guess (a relapse, a new tablet, the cells
taking). The rules still do not call it urgent on their own; the learned layer gets its say
(triage._reading). A day that places a sign back in the course ("on day 3", "by day 8",
"since day 2") tells of then, not of today; a question of what or which ("5 weeks out, what
bleeding should we watch for") asks for a list ahead, not whether a sign is so.
"""

from __future__ import annotations

from .calendar_words import WEEKDAY
from .pattern_set import LazyPattern

_TREATMENT = r"(?:car[- ]?t|cart|car tee|(?:t[- ])?cells?|infusion|cell therapy)"
_SPAN = r"\d{1,3} (?:days?|weeks?|wks?)"
_COURSE_DAY = LazyPattern(
    # "car-t day 6", "cart d5", "car t, day 14": the treatment, then today's day.
    rf"\b{_TREATMENT}[ ,:-]{{1,3}}(?:day|d) ?\d{{1,3}}\b(?! (?:was|were|had)\b)"
    # "cells were given 8 days ago", "car t 3 weeks ago", "had my t cells back 12 days ago".
    rf"|\b{_TREATMENT}(?: [\w']+){{0,3}} {_SPAN} ago\b"
    # A day alone as its own sentence: "... a sign the cells have taken? day 6."
    r"|(?:^|[.?!] )day \d{1,3}\s*(?:[.!?]|$)"
)
# The treatment dated by the week or its day, no number said: "car t last week", "cells on
# thursday".
_TREATMENT_DATED = LazyPattern(
    rf"\b{_TREATMENT} (?:(?:was|were|given|done) )?(?:on {WEEKDAY}|last (?:week|wk|{WEEKDAY})"
    r"|a week ago)\b"
)
# "day 10 after car t", "day 6 post", "9 days post car t", "2 weeks out from the cells"; and
# "i'm 10 days after car t", not "it came back 10 days after".
_DAYS_ON = LazyPattern(
    rf"\b(?:day \d{{1,3}} (?:post|after|out|since)|{_SPAN} (?:post|out|since))\b"
    rf"|\b(?:i'm|im|i am|we're|he's|hes|she's|shes|he is|she is|now|today|only|just) {_SPAN}"
    r" after\b"
)
# A day placed back in the course, not today's: "on day 3", "by day 8", "since day 2".
_PLACED = LazyPattern(r"\b(?:on|by|in|from|until|till|since|around|at|before|after|of|to|for)\s*$")


def a_course_day_told(text: str) -> bool:
    """Tell whether a normalized text tells where someone is in the course after CAR-T today."""
    if _TREATMENT_DATED.search(text):
        return True
    if not any(c.isdigit() for c in text):
        return False  # every other way of telling the day has its number
    if _COURSE_DAY.search(text):
        return True
    return any(not _PLACED.search(text, 0, m.start()) for m in _DAYS_ON.finditer(text))


_ASKS_WHAT = LazyPattern(
    r"^\s*(?:(?:and|so|also|ok|okay|please|hi|hello)\s+)*(?:what|whats|what's|which|how|why"
    r"|when|where|who)\b"
)


def asked_whether(clause: str) -> bool:
    """Tell whether a normalized clause asks whether something is so ("is it normal", "are
    seizures a side effect of ...", "normal?"), not what, which or how."""
    return not _ASKS_WHAT.match(clause)
