"""A sign told only as coming back: what the team treated before, happening again now.

The CAR-T discharge sheets (St. Jude, OncoLink, the Explore CAR T pages) tell patients and
carers to call if CRS or neurotoxicity signs come back after they settled, not only the first
time. People tell it without naming the sign: "it's happening again like on day 3", "the crs is
back", "same as when they admitted him". Each shape here is a return said of now, joined to the
course of the treatment (a day number, an admission, CRS or ICANS, "last time"); spelled out in
place, so a return denied ("it's not happening again") or asked about reads as the rules read
any sign.
"""

from __future__ import annotations

import re

from .pattern_set import LazyPattern

BACK_AGAIN = "a sign treated before back again now"

_RETURNS = (
    r"(?:(?:it's|its|it is|this is|that's|thats|the same thing(?:'s| is)?|same thing(?:'s| is)?"
    r"|everything(?:'s| is)?) (?:happening|starting|kicking off|coming on|coming back|back)"
    r"(?: (?:all )?over)?(?: again)?|(?:it|the same thing|same thing)"
    r" (?:has |have )?(?:started|come|came|kicked off) (?:back|again)(?: again)?"
    r"|(?:happening|starting|kicking off) (?:all over )?again)"
)
# The course it returns from: a day counted, an admission, CRS or ICANS, the last time.
_BEFORE = (
    r"(?:like|same as|as|just like|the way it was)"
    r" (?:on |at |in |it was on |it did on |it was in )?"
    r"(?:day \d+|the first (?:week|few days|time)|last time|before|the hospital|hospital"
    r"|the ward|(?:the )?icu)"
    r"|when (?:she|he|i|they|we|you) (?:had|got|were|was) (?:the )?(?:crs|icans|fever|admitted"
    r"|in hospital|in the hospital|readmitted)"
    r"|when they (?:admitted|readmitted|kept|took) (?:him|her|me|us|them)"
)
# CRS or ICANS itself said to be back.
_NAMED_BACK = (
    r"\b(?:(?:the |her |his |my )?(?:crs|icans|cytokine release(?: syndrome)?)"
    r" (?:is|'s|has|have|seems|seems to be)(?: come| coming)? (?:back|returned|returning)"
    r"|(?:the |her |his |my )?(?:crs|icans) (?:came|has come|is coming) back"
    r"|(?:got|getting|having|has|have) (?:crs|icans) again)\b"
)

# Back to something, or back from somewhere: no sign.
_NOT_A_RETURN = r"(?! (?:to|from|home|in (?:the|a|my|his|her)|on (?:the|track)|at|with|under|normal"
_NOT_A_RETURN += r"|down|up|off|results?|labs?|negative|clear|fine|ok|okay|well)\b)"
_RETURNS_NOW = LazyPattern(rf"\b{_RETURNS}\b{_NOT_A_RETURN}")
_COURSE = LazyPattern(rf"\b(?:{_BEFORE})\b")
_AGAIN_NAMED = LazyPattern(rf"{_NAMED_BACK}{_NOT_A_RETURN}")
# A named sign told back ("heart racing again at 128, like before", "his heart rate has gone
# back up to 125 like it was on the ward"): the time compared with is the course it returns
# from, not the sign's date ("on the ward") nor the person's usual ("like before"). Not "like
# before the infusion", which is the person's usual before the treatment.
_COMPARED = LazyPattern(
    rf",? ?\b(?:{_BEFORE})\b(?! (?:the|my|his|her|their|car|cart|infusion|treatment|cells"
    r"|chemo|all|i|he|she|we|they|it)\b)"
)
_TOLD_BACK = LazyPattern(
    r"\b(?:again|back (?:up|down|at|over|under)|(?:is|'s|are|has|have|it's|its|comes?|came"
    r"|coming|gone|went) back)\b(?! to\b)"
)

SIGNS_AGAIN: tuple[tuple[str, LazyPattern], ...] = (
    (BACK_AGAIN, LazyPattern(rf"\b{BACK_AGAIN}\b")),
)


def spell_out_again(text: str) -> str:
    """Return a normalized text with a return of a treated sign spelled out as that sign.

    "it's happening again like on day 3" reads "a sign treated before back again now like on
    day 3".
    """
    text = _AGAIN_NAMED.sub(BACK_AGAIN, text)
    if _COURSE.search(text):
        text = _RETURNS_NOW.sub(BACK_AGAIN, text)
        text = _COMPARED.sub(_again_if_told_back, text)
    return text


def _again_if_told_back(compared: re.Match[str]) -> str:
    """A comparison with the course as "again" when a return is told before it."""
    told_back = _TOLD_BACK.search(compared.string, 0, compared.start())
    return " again" if told_back else compared.group()


# A sign's return told after its end: "it's back now", "came back tonight", "started again",
# "back up to 38.9"; not a result, a place or a return to normal ("came back clear", "came back
# completely").
_RETURN = LazyPattern(
    r"\b(?:(?:it's|its|it is|it has|is|has|he's|she's|they're|are|they) (?:come )?back"
    r"|(?:came|come|comes|coming) back|back again|returned|returning|back up"
    r"|(?:started|starting|kicked off|kicking off|spiking|spiked|shot|crept|creeping|going|went)"
    r" (?:up )?again)\b"
    r"(?! (?:to (?:normal|(?:him|her|my|them)sel(?:f|ves)|the|a|my|his|her)|from|home|negative"
    r"|clear|fine|ok|okay|normal|results?|labs?|in (?:the|a)|on track|with|completely|fully"
    r"|properly|by|the next day|at (?:work|school|home|the|my|his|her))\b)"
)
# Something else than the sign come back, told just before: "my appetite is coming back", "my
# blood results came back today", "the hair loss started again" (round 46's review).
_ELSE_BACK = LazyPattern(
    r"\b(?:appetite|results?|labs?|bloods?|tests?|scans?|humou?r|hair(?: loss)?|energy"
    r"|strength|colou?r|sleep|smile|taste|smell|mojo|spark|periods?|hunger|confidence"
    r"|sense of \w+)(?: (?:is|are|was|were|has|have|'s))?\s*$"
)
# A return denied or asked about: "hasn't come back", "can it come back", "likely to return".
_NO_RETURN = LazyPattern(
    r"(?:n't|\bnt|\bnot|\bnever|\bno longer|\bcan|\bcould|\bwill|\bwould|\bmight|\bmay|\bdoes"
    r"|\bdo|\bdid|\bto|\bif|\bin case|\bwhether)(?: \w+){0,2}\s*$"
)
# An end told as before the return: "came back tonight after it settled on day 4".
_ENDED_BEFORE = LazyPattern(
    r"\bafter (?:it|that|he|she|they|going|being)(?:'d| had| was| has)? [^.,;!?\n]{0,40}"
)
# What comes back when a lost ability recovers: "his handwriting ..., its back now".
_ABILITY = LazyPattern(
    r"\b(?:writing|handwriting|speech|talking|words|name|memory|balance|vision|sight|eyesight"
    r"|hearing|appetite|taste|smell|strength|feeling|sensation|energy|voice|colou?r)\b"
)


def told_since_return(text: str, sign: str = "") -> str | None:
    """Return what a normalized text tells after the last return of a sign ("went away with
    calpol but it's back now" -> " now"), an end told as before it ("after it settled") taken
    out, or None when it tells no return: none denied or asked about ("hasn't come back", "can
    it come back"), nor of an ability the `sign`'s clause names, which comes back as it heals."""
    if _ABILITY.search(sign):
        return None
    text = _ENDED_BEFORE.sub(" ", text)
    returns = [
        m
        for m in _RETURN.finditer(text)
        if not _NO_RETURN.search(text, 0, m.start()) and not _ELSE_BACK.search(text, 0, m.start())
    ]
    return text[returns[-1].end() :] if returns else None
