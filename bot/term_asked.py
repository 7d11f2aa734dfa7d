"""A later message of a few words asking how long a thing takes, what a term stands for, how the
cells are made (or how long and why so long), or whether CAR-T can be given again, read as the
guide asks it.

Patients ask the second and third question in shorthand: "length of each infusion?", "the drip
itself, hours?", "redo it then?". Read alone, "length" finds the hospital stay's "length" rather
than how long the infusion takes; read against the topic, "could they redo it" is asked of the
topic ("could they redo ms car-t": early MS results). Asked as the guide's headings ask it ("how
long does the infusion take?", "can car-t be given again after a relapse?"), it finds the
section that states the fact. Pure functions, no model runs.
"""

from __future__ import annotations

import re

from .pattern_set import LazyPattern

# A term of one to four words ("cd19", "lymphodepleting chemo"); "the", "each" and "a" before it
# are no part of it.
_TERM = r"(?:(?:the|each|a|an|one)\s+)?(?P<term>[a-z0-9][\w-]*(?:\s+[\w-]+){0,3}?)"
_OPENING = r"^\W*(?:(?:and|so|ok(?:ay)?|also)\W+)?"
# "infusion length?", "length of each infusion?", "collection duration", "the drip itself,
# hours?", "collection takes how long": how long a thing takes. A bare "how long?" is asked of
# the topic already (bot/conversation.py); "stay there how long" names no thing.
_MEASURE = (
    LazyPattern(
        rf"{_OPENING}{_TERM}\W*(?:length|duration|(?P<lasts>lasts?\s+)?(?:takes?\s+)?how\s+long"
        r"|hours)\W*$",
        re.IGNORECASE,
    ),
    LazyPattern(rf"{_OPENING}(?:length|duration)\s+of\s+{_TERM}\W*$", re.IGNORECASE),
)
# "ICANS stands for what?", "CAR-T is short for?": what a term stands for, which the glossary
# says; read against the topic, the topic's own "what is" section answers without it.
_STANDS_FOR = LazyPattern(
    rf"{_OPENING}{_TERM}\W*(?:is\s+)?(?:stands?\s+for|(?:is\s+)?short\s+for|an?\s+acronym\s+for)"
    r"(?:\s+what)?\W*$",
    re.IGNORECASE,
)
# "how are they made?", "how is the car t made", "walk me through how the cells get built", "how
# make the cells?" (Spanish "¿cómo fabrican las células?"): how the cells are made. What is made
# is the cells or CAR-T, or a pronoun; "how does it make you feel" asks no making of cells.
_MADE = "made|built|grown|manufactured|produced"
_MAKE = "make|build|grow|manufacture|produce"
_MADE_THING = (
    r"(?:it|they|them|(?:(?:the|that|those|these|my|our)\s+)?cells|car[\s-]?t(?:\s+cells)?)"
)
_HOW_MADE = (
    LazyPattern(
        rf"\bhow(?:'?s|\s+(?:are|is|were|was|do|does|did|will|would|can|could))?\s+(?:the\s+)?"
        rf"{_MADE_THING}\s+(?:(?:gets?|actually|exactly|even|then)\s+)*(?:{_MADE})\b"
        rf"|\b(?:{_MADE})\s+how\b|\bmanufactur\w*\s+(?:steps|process)\b",
        re.IGNORECASE,
    ),
    LazyPattern(
        rf"\bhow\s+(?:do|does|did|will|would|can|could|exactly)?\s*(?:they|you|the\s+lab)?\s*"
        rf"(?:{_MAKE})\s+{_MADE_THING}\b",
        re.IGNORECASE,
    ),
)
# "weeks to make them?", "whats the wait while they grow them", "why so many weeks to grow them",
# "why weeks to make?": how long making the cells takes, or why so long; read against the topic
# (KYSA-8, donor cells), the pronoun found the topic's article.
_MAKING_TIME = LazyPattern(
    r"\b(?P<why>why\b.*)?\b(?:weeks?|months?|how\s+long|so\s+long|the\s+wait)\b.*\b"
    r"(?:to|while\s+(?:they|you|the\s+lab))\s+(?:make|grow|build|manufacture)"
    rf"(?:\s+{_MADE_THING})?\W*$",
    re.IGNORECASE,
)
# Other things made that the guide says how: IVIG from donated plasma, mRNA and in vivo CAR-T,
# donor cells, a vaccine, the lentivirus. A pronoun may stand for them (the topic).
_MADE_OTHERWISE = LazyPattern(
    r"\b(?:ivig|immunoglobulin|plasma|antibod\w*|mrna|in[\s-]?vivo|inside|donors?|off[\s-]the"
    r"[\s-]shelf|allogeneic|vaccin\w*|lentivir\w*|virus|chemo\w*|drugs?|medicines?|steroids?"
    r"|tocilizumab|bispecific\w*)\b",
    re.IGNORECASE,
)
_NAMES_THE_CELLS = LazyPattern(r"\bcells?\b|\bcar[\s-]?t\b", re.IGNORECASE)
# "how do they make it from my blood": made from one's own cells is autologous CAR-T.
_FROM_OWN = LazyPattern(
    r"\b(?:my|your|his|her|our)\s+(?:own\s+)?(?:blood|cells)\b|\bown\s+cells\b|\bm[ií]as\b",
    re.IGNORECASE,
)
# The guide's questions, in words that point back at nothing.
HOW_MADE = "how are car-t cells made?"
HOW_MADE_FROM_OWN = "how are autologous car-t cells made from your own blood?"
HOW_LONG_MAKING = "how long does it take to make car-t cells?"
WHY_MAKING_TAKES_LONG = "why does making the car-t cells take so long?"
# "can they redo it", "redo it then?", "could they do it again", "a second round?", "one time or
# repeats?", "and if it wears off, again?": whether CAR-T can be given again. Not an event that
# happens again ("will it happen again", "can i get it again" of CRS), tests or chemo repeated,
# or a second dose of something named ("a second dose of the vaccine").
_AGAIN = LazyPattern(
    r"\b(?:re-?do|re-?treat\w*"
    r"|repeat(?:s|ed)?(?!\s+(?:the\s+|my\s+|that\s+)?(?:ice|chemo|questions?|myself|yourself))"
    r"|(?:do|give|try)\s+(?:it|car-?t|them|the\s+(?:cells|treatment|infusion))\s+"
    r"(?:again|twice|a\s+second\s+time)"
    r"|(?:a\s+)?(?:second|another)\s+(?:dose|round|infusion|course|go)(?!\s+of\b))\b"
    r"|,\s*again\W*$",
    re.IGNORECASE,
)
# mRNA CAR-T is given as a series by design: its own section says why. Vaccines and tests are
# redone for their own reasons ("when do i redo my childhood vaccines").
_NOT_GIVEN_AGAIN = LazyPattern(
    r"\bmrna\b|\bdescartes"
    r"|\b(?:vaccin\w*|shots?|jabs?|immuni[sz]\w*|tests?|scans?|labs?|bloods?)\b",
    re.IGNORECASE,
)
# In the guide's words, with nothing that points back ("the disease" would be read as the topic).
GIVEN_AGAIN = "can car-t be given again after a relapse?"
# Words that stand for the topic or name no thing: "stay there how long" asks of the topic.
_NOT_A_TERM = frozenset(
    """it that this they them those these i you he she we me my his her our your what how why
    when where who which does do did is are was be can could will would should here there away
    stuck for of in with to on at now then again whats""".split()  # noqa: SIM905
)
# A message of more words than this tells more than a term asked.
SHORT_WORDS = 8


def asked_as_the_guide(message: str, topic: str = "") -> str | None:
    """The guide's question a later message asks of a term in shorthand, or None.

    Args:
        topic: what the conversation was asking of (its last question), so "can it be repeated"
            after mRNA CAR-T is left to mRNA's own section.
    """
    if len(message.split()) > SHORT_WORDS:
        return None
    for pattern in _MEASURE:
        if (found := pattern.match(message)) and (term := _term(found["term"])):
            return (
                f"how long does the {term} {'last' if found.groupdict().get('lasts') else 'take'}?"
            )
    if (found := _STANDS_FOR.match(message)) and (term := _term(found["term"])):
        return f"what does {term} stand for?"
    if (timed := _MAKING_TIME.search(message)) and _of_the_cells(message, topic):
        return WHY_MAKING_TAKES_LONG if timed["why"] else HOW_LONG_MAKING
    if any(p.search(message) for p in _HOW_MADE) and _of_the_cells(message, topic):
        return HOW_MADE_FROM_OWN if _FROM_OWN.search(message) else HOW_MADE
    if _AGAIN.search(message) and not _NOT_GIVEN_AGAIN.search(f"{message} {topic}"):
        return f"{message.rstrip(' ?.!')}, {GIVEN_AGAIN}"
    return None


def _of_the_cells(message: str, topic: str) -> bool:
    """Whether the making asked is of the CAR-T cells: "how is the car t made" after HIV tests
    is; "how is it made?" after IVIG, or a message naming donor cells, is not."""
    said = message if _NAMES_THE_CELLS.search(message) else f"{message} {topic}"
    return not _MADE_OTHERWISE.search(said)


def _term(said: str) -> str | None:
    """A term as said, lower case; None when it names no thing ("stay there")."""
    term = said.lower().strip(" -'\"")
    return term if term and _NOT_A_TERM.isdisjoint(term.split()) else None
