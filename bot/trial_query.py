"""Read a chat question about trials: which condition, which place, open ones only (no Flask)."""

from __future__ import annotations

import re

from .conditions import AUTOIMMUNE, SHORT_FORMS, any_of, named
from .places import Place, find_place
from .trials import TrialFilter

# The conditions the registry files trials under, read case-blind.
_CONDITION = any_of(AUTOIMMUNE, re.IGNORECASE)
TRIAL_WORDS = re.compile(r"\b(trials?|stud(y|ies))\b", re.IGNORECASE)
_NEAR_TRIAL = r"[^.?!]{0,40}\b(trials?|stud(y|ies))\b"
# Wording that asks to find trials, as opposed to asking about a trial ("did the trial...").
_SEARCHING = re.compile(
    r"\b(find|finding|look(ing)? for|search(ing)? for|near me|nearby|join|sign up|list of)\b"
    rf"|\b(is|are) there{_NEAR_TRIAL}|\bany{_NEAR_TRIAL}"
    r"|\b(what|which)\s+(\w+[\s-]+){0,2}(trials|studies)\b"
    r"|\b(trials|studies) (that are |which are )?(recruiting|enrolling|open)\b"
    r"|\b(recruiting|enrolling) (for|now|in|near|people|patients)\b|\bopen (trials|studies)\b",
    re.IGNORECASE,
)
# "trials in Germany", "a study near Chicago": a place tied to the trial.
_IN_PLACE = re.compile(r"\b(trials?|stud(y|ies))\b[^.?!]{0,40}\b(in|near|around)\b", re.IGNORECASE)
_OPEN_ONLY = re.compile(r"\b(recruiting|enrolling|open|accepting)\b", re.IGNORECASE)


def find_condition(text: str) -> str:
    """Return the condition a question names, or ""."""
    for match in _CONDITION.finditer(text):
        word = match.group()
        if word.lower() in SHORT_FORMS and not (word.isupper() or TRIAL_WORDS.search(text)):
            continue
        return named(match, AUTOIMMUNE).trial_key
    return ""


def read_trial_question(text: str) -> TrialFilter | None:
    """Return the trial search a question asks for, or None when it is not a trial search.

    A search asks to find trials ("is there a trial for MG in Texas", "trials recruiting for
    myositis", "lupus trials in Germany"); a question about a trial ("did the KYSA-8 trial
    have CRS?") or about trials in general ("how do trials work?") is left to the articles.
    """
    if not TRIAL_WORDS.search(text):
        return None
    place = find_place(text)
    if not (_SEARCHING.search(text) or (place and _IN_PLACE.search(text))):
        return None
    place = place or Place(country="")
    return TrialFilter(
        condition=find_condition(text),
        country=place.country,
        state=place.state,
        city=place.city,
        status="RECRUITING" if _OPEN_ONLY.search(text) else "",
    )
