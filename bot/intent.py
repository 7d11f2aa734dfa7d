"""What a question asks for (treatment, duration, cost, ...), by cheap word rules.

The same rules read a patient's question and a section heading (headings are questions), so a
question can be matched to sections of its kind, and a sentence that states what the intent
asks for (a number of weeks for "how long") can lead the answer.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

from .pattern_set import LazyPattern


class Intent(StrEnum):
    DURATION = "duration"
    COST = "cost"
    TREATMENT = "treatment"
    TIMING = "timing"
    RESULTS = "results"
    RISK = "risk"
    DEFINITION = "definition"
    YES_NO = "yes/no"


def _words(pattern: str) -> LazyPattern:
    return LazyPattern(pattern, re.IGNORECASE)


# In priority order: "how long is the hospital stay" asks a duration before a yes/no or a what.
_QUESTION_RULES: tuple[tuple[Intent, LazyPattern], ...] = (
    (
        Intent.DURATION,
        _words(
            r"\bhow (long|many (hours|days|nights|weeks|months|years))\b|\bhow much time\b"
            r"|\blasts? (long|forever)\b"
        ),
    ),
    (
        Intent.COST,
        _words(
            r"\b(costs?|price|pay|pays|paid|afford|expensive|bills?|insurance|insurer"
            r"|medicare|medicaid|money|fundrais\w*)\b|\$"
        ),
    ),
    (
        Intent.TREATMENT,
        # "How many have been treated" counts who got it: a result, asked below.
        _words(
            r"\bhow (is|are|do|does|would|will|can|should)\b.*\btreat\w*|(?<!been )\btreated\b"
            r"|\bwhat do (they|doctors|you) (give|do)\b|\b(medicines?|drugs?) (for|used)\b"
            r"|\b(treat|manage|stop|calm)\b"
        ),
    ),
    (
        Intent.TIMING,
        _words(r"^(so )?when\b|\bwhen (do|does|can|will|should|is|are|did)\b|\bhow soon\b"),
    ),
    (
        Intent.RESULTS,
        _words(
            r"\bresults?\b|\b(does|did|will|do) (it|car[\s-]*t) work\b|\bwork(s|ed)? for\b"
            r"|\beffective\b|\bsuccess\w*"
            # How often it happens: "how rare are these cancers?" asks what "how often" does;
            # and how many were treated ("how many patients has it been tried in").
            r"|\bhow (common|often|likely|well|rare|frequent)\b"
            r"|\bhow many (people|patients|ppl|of them|with|have|had|got)\b"
            r"|\bchances?\b|\bpercent\b|\bshown?\b|\bremission\b"
            # A yes/no question on whether it helps asks for what came of it, not how or why.
            r"|^(so )?(does|did|do|could|can|would|will|has|have)\b(?!.*\b(why|how)\b)"
            r".*\b(help(s|ed)?|work(s|ed)?|improve\w*|tried|cure[sd]?|worth it)\b"
        ),
    ),
    (
        Intent.RISK,
        _words(
            r"\brisks?\b|\brisky\b|\bdanger\w*|\bsafe(ty)?\b|\bside[\s-]effects?\b|\bdie\b"
            r"|\bdeath\b|\bdeadly\b|\bserious\b|\bharm\w*"
        ),
    ),
    (
        Intent.DEFINITION,
        _words(
            r"^(so )?(what('?s| is| are)|whats|define)\b|\bmean(s|ing)?\b|\bstand for\b"
            # Asked after the thing is named: "my doctor said licats, what is that".
            r"|\b(what('?s| is)|whats) (that|this|it)( exactly| about)?\W*$"
        ),
    ),
    (
        Intent.YES_NO,
        _words(r"^(so )?(can|could|is|are|do|does|did|will|would|should|am|may|has|have)\b"),
    ),
)

_TIME_SPAN = (
    r"\b(\d+|one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|a few|several|many)"
    r"(\s*(to|-|or)\s*\d+)?\s*(hours?|days?|nights?|weeks?|months?|years?|minutes?)\b"
)
# What a sentence that answers each intent tends to contain.
_ANSWER_CUES: dict[Intent, LazyPattern] = {
    Intent.DURATION: _words(_TIME_SPAN),
    Intent.TIMING: _words(_TIME_SPAN + r"|\b(within|until|day \d+|first|before|after)\b"),
    Intent.COST: _words(r"\$|\b(costs?|pays?|paid|price|covers?|covered|insurance|free)\b"),
    Intent.TREATMENT: _words(
        r"\b(treat(s|ed)?|given|gives?|medicines?|drugs?|steroids?|tocilizumab|dexamethasone"
        r"|ivig|antibiotics?)\b"
    ),
    # A count or a share states a result; a year ("in 2022") or an age ("a 45-year-old woman")
    # does not.
    Intent.RESULTS: _words(
        r"%|\b(?!(?:19|20)\d\d\b|\d+[\s-]years?[\s-]old)\d"
        r"|\b(all|most|none|remission|improved|results?|percent)\b"
    ),
    Intent.RISK: _words(r"\b(risks?|rare|common|serious|severe|mild|side effects?|danger\w*)\b"),
    Intent.DEFINITION: _words(r"\b(is|are|means?|called|stands for)\b"),
    Intent.YES_NO: _words(r"^(yes|no|not)\b"),
}


# A reply asks it of the same text more than once (the guide, scope, ranking, the answer: 1,066
# calls for 600 eval questions): kept, each after the first is a lookup, not ~15 searches (~25 us).
@functools.lru_cache(maxsize=1024)
def question_intent(text: str) -> Intent | None:
    """Return what a question (or a question-like heading) asks for, or None."""
    text = " ".join(text.split())
    return next((intent for intent, rule in _QUESTION_RULES if rule.search(text)), None)


# Asked of the knowledge base's sentences, the same ones answer after answer (~27 a reply, each
# a search of a long pattern): kept, a repeat is a lookup.
@functools.lru_cache(maxsize=8192)
def answers_intent(sentence: str, intent: Intent | None) -> bool:
    """Whether a sentence states the kind of thing the intent asks for."""
    return intent is not None and bool(_ANSWER_CUES[intent].search(sentence))
