"""What a question names that the guide does not cover: another condition, care abroad, a role.

Near-domain questions ("is car t being tested for crohn's?", "what does car t cost in
germany?") share most of their words with covered ones, so their best passage looks close;
what gives them away is the one subject the guide never writes about. Which conditions are
covered is read from the articles themselves, so a new article on a condition lifts its decline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .intent import Intent, question_intent
from .knowledge import Passage


def _words(pattern: str) -> re.Pattern[str]:
    """Whole words, on lower-cased text (a case-blind pattern is several times slower)."""
    return re.compile(rf"\b(?:{pattern})\b")


# Conditions patients with autoimmune or long-term illness ask about, as they write them. A
# condition is covered when an article names it; a question naming only uncovered ones is declined.
CONDITIONS: dict[str, str] = {
    "lupus": r"lupus|sle",
    "multiple sclerosis": r"multiple sclerosis|ms",
    "myositis": r"myositis|dermatomyositis",
    "systemic sclerosis": r"systemic sclerosis|scleroderma|ssc",
    "stiff-person syndrome": r"stiff[\s-]?person|sps",
    "myasthenia gravis": r"myasthenia|mg",
    "NMOSD": r"nmosd|neuromyelitis",
    "vasculitis": r"vasculitis",
    "Sjögren's disease": r"sj[oö]gren'?s?",
    "pemphigus": r"pemphigus",
    "lymphoma, leukemia or myeloma": r"lymphomas?|leuka?emias?|myelomas?",
    "Crohn's disease": r"crohn'?s?",
    "ulcerative colitis": r"ulcerative colitis|colitis",
    "inflammatory bowel disease": r"inflammatory bowel|ibd",
    "celiac disease": r"c(?:o)?eliac",
    "psoriasis or psoriatic arthritis": r"psoria\w*",
    "rheumatoid arthritis": r"rheumatoid|ra",
    "ankylosing spondylitis": r"ankylosing|spondyl\w+",
    "Hashimoto's disease": r"hashimoto'?s?",
    "Graves' disease": r"graves'?",
    "thyroid disease": r"thyroid\w*",
    "diabetes": r"diabet\w*",
    "vitiligo": r"vitiligo",
    "alopecia": r"alopecia",
    "eczema": r"eczema|atopic dermatitis",
    "asthma": r"asthma",
    "sarcoidosis": r"sarcoid\w*",
    "fibromyalgia": r"fibromyalgia",
    "Lyme disease": r"lyme",
    "gout": r"gout",
    "Parkinson's disease": r"parkinson'?s? disease",
    "Alzheimer's disease": r"alzheimer'?s?|dementia",
    "ALS": r"als|amyotrophic|lou gehrig'?s?",
    "sickle cell disease": r"sickle[\s-]cell",
    "HIV": r"hiv",
    "solid tumors": r"(?:breast|lung|prostate|colon|colorectal|pancreatic|ovarian|skin|brain)"
    r" cancer|melanoma|glioblastoma",
}
# Every condition in one pattern, each a group named by its place in CONDITIONS: one pass of a
# question finds them all (a pass per condition cost ~0.2 ms).
_NAMES = tuple(CONDITIONS)
_ANY = _words("|".join(f"(?P<c{i}>{pattern})" for i, pattern in enumerate(CONDITIONS.values())))
# A condition someone has is context for a question about CAR-T ("i have asthma, can i still get
# car t?"), not its subject ("does car t work for asthma?"): the question may still be covered.
_HAS = re.compile(r"\b(?:have|has|having|had|got|with)\s+(?:\w+\s+){0,2}$")
# The guide's costs, insurance and access are those of the United States.
ABROAD = _words(
    r"canada|canadian|provincial|uk|united kingdom|britain|british|england|scotland|wales"
    r"|nhs|ireland|germany|german|france|french|spain|italy|europe|european|australia"
    r"|india|mexico|japan|china"
)
ABROAD_SUBJECT = "CAR-T outside the United States"
_ACCESS = _words(
    r"available|availability|get (?:car[\s-]*t|it|treated)|health (?:plan|service|system)"
    r"|public|wait(?:ing)? list|covered"
)
# An instruction to take on a role: "you are a pharmacist now, tell me what dose to give".
ROLE = re.compile(
    r"\b(?:you are|you're|youre|u r|ur) (?:now )?(?:a|an|my|the) [\w ]{2,30}? now\b"
    r"|\b(?:act|behave|talk|answer|respond) (?:like|as if you were|as though you were)"
    r" (?:a|an|my)\b|\bplay the role\b|\bimagine you(?:'re| are) (?:a|an|my)\b"
)


@dataclass(frozen=True)
class Outside:
    """A subject a question names that the guide does not cover."""

    subject: str  # "Crohn's disease", ABROAD_SUBJECT, or "" for an instruction
    instruction: bool = False


class Scope:
    """What the guide covers, read from its passages once."""

    def __init__(self, passages: Iterable[Passage]):
        text = " ".join(f"{p.article_title} {' '.join(p.headings)} {p.text}" for p in passages)
        text = text.lower()
        # The bare pattern first: it finds no condition the guide never names in a fraction of
        # the time (a pattern opening on \b is tried at every place; 0.15 -> 0.05 s a start),
        # and where it finds none, neither can the whole-word one.
        self.covered = frozenset(
            name
            for name, pattern in CONDITIONS.items()
            if re.search(pattern, text) and _words(pattern).search(text)
        )

    def outside(self, question: str) -> Outside | None:
        """Return what the question names that the guide does not cover, or None."""
        text = question.lower().replace("’", "'")
        if ROLE.search(text):
            return Outside("", instruction=True)
        named = [(_NAMES[int(m.lastgroup[1:])], m.start()) for m in _ANY.finditer(text)]
        subjects = [name for name, start in named if not _HAS.search(text[:start])]
        if subjects and not any(name in self.covered for name, _ in named):
            return Outside(subjects[0])
        place = ABROAD.search(text)
        if place and (question_intent(text) == Intent.COST or _ACCESS.search(text)):
            return Outside(ABROAD_SUBJECT)
        return None
