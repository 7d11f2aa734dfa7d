"""The conditions patients ask about, as they write them: one list for every reader of a message.

Scope declines a question naming only conditions no article names, a trial search files the
condition under the registry's key, and a follow-up ("what about ms?") swaps one condition for
another. Each reads the same words, so a condition added here is known to all three.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .pattern_set import LazyPattern


@dataclass(frozen=True)
class Condition:
    name: str  # as a reply names it: "multiple sclerosis"
    words: str  # how patients write it: alternatives of a regular expression, lower case
    trial_key: str = ""  # its key in the trial registry (bot/trials.py CONDITIONS), if any


# More specific names come first: at one place in a message the first that matches wins, so
# "lupus nephritis" is not read as "lupus". Autoimmune conditions CAR-T trials study carry a
# trial key; the others are conditions patients with long-term illness ask about.
CONDITIONS: tuple[Condition, ...] = (
    Condition("lupus nephritis", r"lupus nephritis|lupus kidney|kidney lupus", "lupus-nephritis"),
    Condition("lupus", r"systemic lupus erythematosus|lupus|sle", "lupus"),
    Condition("multiple sclerosis", r"multiple sclerosis|ms", "multiple-sclerosis"),
    Condition("myasthenia gravis", r"myasthenia gravis|myasthenia|g?mg", "myasthenia-gravis"),
    Condition(
        "myositis",
        r"(?:dermato|poly)?myositis|anti-?synthetase|(?:inflammatory|necrotizing) myopathy|jdm",
        "myositis",
    ),
    Condition("systemic sclerosis", r"systemic sclerosis|scleroderma|ssc", "systemic-sclerosis"),
    Condition(
        "stiff-person syndrome",
        r"stiff[\s-]?(?:person|man)(?: syndrome)?|sps",
        "stiff-person-syndrome",
    ),
    Condition("NMOSD", r"nmosd|neuromyelitis(?: optica)?|nmo", "nmosd"),
    Condition("vasculitis", r"anca(?:[\s-]vasculitis)?|vasculitis|aav", "anca-vasculitis"),
    Condition("rheumatoid arthritis", r"rheumatoid(?: arthritis)?|ra", "rheumatoid-arthritis"),
    Condition("Sjögren's disease", r"sj[oö]gren'?s?", "sjogrens"),
    Condition("pemphigus", r"pemphigus(?: vulgaris)?", "pemphigus"),
    Condition("CIDP", r"cidp|chronic inflammatory demyelinating", "cidp"),
    Condition("MOGAD", r"mogad|mog antibody", "mogad"),
    Condition("autoimmune encephalitis", r"autoimmune encephalitis", "autoimmune-encephalitis"),
    Condition("membranous nephropathy", r"membranous nephropathy", "membranous-nephropathy"),
    Condition("lymphoma, leukemia or myeloma", r"lymphomas?|leuka?emias?|myelomas?"),
    Condition("Crohn's disease", r"crohn'?s?"),
    Condition("ulcerative colitis", r"ulcerative colitis|colitis"),
    Condition("inflammatory bowel disease", r"inflammatory bowel|ibd"),
    Condition("celiac disease", r"c(?:o)?eliac"),
    Condition("psoriasis or psoriatic arthritis", r"psoria\w*"),
    Condition("ankylosing spondylitis", r"ankylosing|spondyl\w+"),
    Condition("Hashimoto's disease", r"hashimoto'?s?"),
    Condition("Graves' disease", r"graves'?"),
    Condition("thyroid disease", r"thyroid\w*"),
    Condition("diabetes", r"diabet\w*"),
    Condition("vitiligo", r"vitiligo"),
    Condition("alopecia", r"alopecia"),
    Condition("eczema", r"eczema|atopic dermatitis"),
    Condition("asthma", r"asthma"),
    Condition("sarcoidosis", r"sarcoid\w*"),
    Condition("fibromyalgia", r"fibromyalgia"),
    Condition(
        "chronic fatigue syndrome",
        r"chronic fatigue(?: syndrome)?|me/cfs|cfs|myalgic encephalomyelitis",
    ),
    Condition("POTS", r"pots syndrome|postural orthostatic\w*"),
    Condition("Ehlers-Danlos syndrome", r"ehlers[\s-]?danlos"),
    Condition("autoimmune hepatitis", r"autoimmune hepatitis"),
    Condition("Behçet's disease", r"beh[cç]et'?s?"),
    Condition("Addison's disease", r"addison'?s?"),
    Condition("Lyme disease", r"lyme"),
    # "Long haulers" have long COVID; a long-haul trucker or flight does not.
    Condition(
        "long COVID",
        r"long[\s-]?covid|post[\s-]?covid(?: syndrome)?|long[\s-]haulers"
        r"|covid long[\s-]haulers?|long[\s-]haul(?:ers?)? covid",
    ),
    Condition("gout", r"gout"),
    Condition("Parkinson's disease", r"parkinson'?s? disease"),
    Condition("Alzheimer's disease", r"alzheimer'?s?|dementia"),
    Condition("ALS", r"als|amyotrophic|lou gehrig'?s?"),
    Condition("sickle cell disease", r"sickle[\s-]cell"),
    Condition("HIV", r"hiv"),
    Condition(
        "solid tumors",
        r"(?:breast|lung|prostate|colon|colorectal|pancreatic|ovarian|skin|brain) cancer"
        r"|melanoma|glioblastoma",
    ),
)
# The conditions CAR-T trials for autoimmune disease study: the ones a follow-up swaps.
AUTOIMMUNE: tuple[Condition, ...] = tuple(c for c in CONDITIONS if c.trial_key)
# Short forms that are also ordinary words or units ("ms", "ra", "mg"): a trial search reads
# them only in capitals or beside the word trial(s).
SHORT_FORMS = frozenset({"ms", "ra", "mg", "gmg", "sps", "nmo", "ssc", "sle", "aav", "jdm", "anca"})


def any_of(conditions: Iterable[Condition], flags: int = 0) -> LazyPattern:
    """One pattern for all the conditions, each a group named by its place (c0, c1, ...).

    One pass then finds every condition (a pass each costs ~0.2 ms); `named` reads a match.
    """
    groups = "|".join(f"(?P<c{i}>{c.words})" for i, c in enumerate(conditions))
    return LazyPattern(rf"(?<![\w-])(?:{groups})(?![\w-])", flags)


def named(match: re.Match[str], conditions: tuple[Condition, ...]) -> Condition:
    """The condition an `any_of` match found."""
    return conditions[int(match.lastgroup[1:])]


# Every condition in one pattern.
ANY_CONDITION = any_of(CONDITIONS)
# A condition someone has is context for a question about CAR-T ("i have asthma, can i still get
# car t?", "grandpa is 68 with ms and diabetes, too old for a trial?"), not its subject ("does
# car t work for asthma?").
HAD = LazyPattern(r"\b(?:have|has|having|had|got|with)\s+(?:\w+\s+){0,2}$")


def conditions_had(text: str, covered: frozenset[str]) -> list[str]:
    """The words naming each condition the text (lower case) says someone has, when it names one
    of the `covered` too: the question is then of that one ("grandpa is 68 with ms and diabetes,
    too old for a trial?"), while alone the other may be its subject ("car t for my son with
    type 1 diabetes, is that a thing")."""
    found = [(named(m, CONDITIONS).name, m) for m in ANY_CONDITION.finditer(text)]
    if not any(name in covered for name, _ in found):
        return []
    return [m.group() for name, m in found if name not in covered and HAD.search(text[: m.start()])]
