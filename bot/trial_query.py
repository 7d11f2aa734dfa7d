"""Read a chat question about trials: which condition, which place, open ones only (no Flask)."""

from __future__ import annotations

import re

from .places import Place, find_place
from .trials import TrialFilter

# The words patients use for each condition; checked longest first, so "lupus nephritis"
# wins over "lupus" and "systemic sclerosis" is never read as "multiple sclerosis".
CONDITION_WORDS = {
    "lupus-nephritis": ("lupus nephritis", "lupus kidney", "kidney lupus"),
    "lupus": ("lupus", "sle", "systemic lupus erythematosus"),
    "multiple-sclerosis": ("multiple sclerosis", "ms"),
    "myasthenia-gravis": ("myasthenia gravis", "myasthenia", "mg", "gmg"),
    "myositis": (
        "myositis",
        "dermatomyositis",
        "polymyositis",
        "antisynthetase",
        "anti-synthetase",
        "inflammatory myopathy",
        "necrotizing myopathy",
        "jdm",
    ),
    "systemic-sclerosis": ("systemic sclerosis", "scleroderma", "ssc"),
    "stiff-person-syndrome": ("stiff person", "stiff-person", "stiff man", "sps"),
    "nmosd": ("nmosd", "neuromyelitis optica", "neuromyelitis", "nmo"),
    "anca-vasculitis": ("anca", "vasculitis", "aav"),
    "rheumatoid-arthritis": ("rheumatoid arthritis", "rheumatoid", "ra"),
    "sjogrens": ("sjogren", "sjögren", "sjogrens", "sjögrens", "sjogren's", "sjögren's"),
    "pemphigus": ("pemphigus",),
    "cidp": ("cidp", "chronic inflammatory demyelinating"),
    "mogad": ("mogad", "mog antibody"),
    "autoimmune-encephalitis": ("autoimmune encephalitis",),
    "membranous-nephropathy": ("membranous nephropathy",),
}
_WORD_TO_CONDITION = {w: key for key, words in CONDITION_WORDS.items() for w in words}
_CONDITION = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(w) for w in sorted(_WORD_TO_CONDITION, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
# Short forms that are also ordinary words or units need capitals ("MS", "RA", "MG"),
# except next to the word trial(s) ("mg trials").
_SHORT = {"ms", "ra", "mg", "sps", "nmo", "ssc", "sle", "aav", "jdm", "gmg", "anca"}
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
        word = match.group(1)
        if word.lower() in _SHORT and not (word.isupper() or TRIAL_WORDS.search(text)):
            continue
        return _WORD_TO_CONDITION[word.lower()]
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
