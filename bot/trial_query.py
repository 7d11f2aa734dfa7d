"""Read a chat question about trials: which condition, which place, open ones only (no Flask)."""

from __future__ import annotations

import re

from .conditions import AUTOIMMUNE, SHORT_FORMS, any_of, named
from .pattern_set import LazyPattern
from .places import Place, find_place
from .trials import TrialFilter

# The conditions the registry files trials under, read case-blind.
_CONDITION = any_of(AUTOIMMUNE, re.IGNORECASE)
TRIAL_WORDS = LazyPattern(r"\b(trials?|stud(y|ies))\b", re.IGNORECASE)
_NEAR_TRIAL = r"[^.?!]{0,40}\b(trials?|stud(y|ies))\b"
# Wording that asks to find trials, as opposed to asking about a trial ("did the trial...").
_SEARCHING = LazyPattern(
    r"\b(find|finding|look(ing)? for|search(ing)? for|near me|nearby|join|sign up|list of)\b"
    rf"|\b(is|are) there{_NEAR_TRIAL}|\bany{_NEAR_TRIAL}"
    r"|\b(what|which)\s+(\w+[\s-]+){0,2}(trials|studies)\b"
    r"|\b(trials|studies) (that are |which are )?(recruiting|enrolling|open)\b"
    r"|\b(recruiting|enrolling) (for|now|in|near|people|patients)\b|\bopen (trials|studies)\b",
    re.IGNORECASE,
)
# The asker's own request to find or list trials: "how do i find a trial", "where can we
# search", "trials near me", "open studies". Not "find out" (what a trial pays for, its
# results) and not what someone else looks for ("what are they looking for in the study").
_FINDING = LazyPattern(
    r"\b(i|we|me|to|you)\s+(\w+\s+){0,2}(find|look|search)(ing)?\b(?!\s+out)"
    r"|^\W*(find|look(ing)? for|search(ing)? for)\b|\blist of\b"
    r"|\b(near me|nearby|close to|around here)\b"
    r"|\b(trials|studies) (that are |which are )?(recruiting|enrolling|open)\b"
    r"|\b(recruiting|enrolling) (for|now|in|near|people|patients)\b|\bopen (trials|studies)\b",
    re.IGNORECASE,
)
# A question about trials in general, the frame a section answers: who may join and at what
# age, what it costs and who pays, whether one may leave, what the studies found or how safe
# they were.
_ABOUT_TRIALS = LazyPattern(
    r"\bwho\b[^.?!]{0,20}\b(join|eligible|qualif\w*|allowed|take part)\b"
    r"|\b(age (limit|cutoff|cut off)|(maximum|minimum|upper|lower) age|how old|too old|my age)\b"
    r"|\b(kids|children|child|teens|teenagers)\b"
    r"|\b(insurance|insured|pay|paid|cost|costs|bills?|afford)\b"
    r"|\b(drop out|leave|quit|withdraw)\b"
    r"|\b(died|die|death|deaths|neurotoxicity|side effects?|placebo|fake)\b"
    r"|\b(results|found|find out|worked|compare[ds]?|looking for in)\b",
    re.IGNORECASE,
)
# "Can I join a trial if I had cancer?", "I'm 72, can I still join?" ask whether one may, for
# the circumstance told; a plain "can I join a trial for it?" asks for one.
_MAY_JOIN = LazyPattern(
    r"\b(can|could|would|will)\b[^.?!]{0,25}\b(join|qualify|take (me|him|her|someone|them))\b",
    re.IGNORECASE,
)
_CIRCUMSTANCE = LazyPattern(r"\b(if|still|even|ago|\d{1,3})\b", re.IGNORECASE)
# "any studies on thinking": what research found on a topic, when it names no condition
# (studies on lupus are a search for them).
_ON_A_TOPIC = LazyPattern(r"\b(trials|studies) (on|about|of|looking at)\b", re.IGNORECASE)
# "trials in Germany", "a study near Chicago": a place tied to the trial.
_IN_PLACE = LazyPattern(r"\b(trials?|stud(y|ies))\b[^.?!]{0,40}\b(in|near|around)\b", re.IGNORECASE)
_OPEN_ONLY = LazyPattern(r"\b(recruiting|enrolling|open|accepting)\b", re.IGNORECASE)


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
    searching = _FINDING.search(text) or _SEARCHING.search(text)
    if not (searching or (place and _IN_PLACE.search(text))):
        return None
    place = place or Place(country="")
    return TrialFilter(
        condition=find_condition(text),
        country=place.country,
        state=place.state,
        city=place.city,
        status="RECRUITING" if _OPEN_ONLY.search(text) else "",
    )


def asks_about_trials(text: str) -> bool:
    """Whether a question asks what a section on trials in general answers, not to find one.

    "Who can join a trial?", "I'm 72, can I still join?", "will insurance pay if I'm in a
    trial?", "can I drop out?", "has anyone died in the trials?" ask who may join, at what
    age, what it costs, whether one may leave, what the studies found; "how do I find a trial
    that takes teenagers?" or "trials near me" ask to find one, whatever else they say.
    """
    if not TRIAL_WORDS.search(text) or _FINDING.search(text):
        return False
    if find_place(text) and _IN_PLACE.search(text):
        return False
    return bool(
        _ABOUT_TRIALS.search(text)
        or (_MAY_JOIN.search(text) and _CIRCUMSTANCE.search(text))
        or (not find_condition(text) and _ON_A_TOPIC.search(text))
    )
