"""A later message of a few words asking how long a thing takes, or whether CAR-T can be given
again, read as the guide asks it.

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
    if _AGAIN.search(message) and not _NOT_GIVEN_AGAIN.search(f"{message} {topic}"):
        return f"{message.rstrip(' ?.!')}, {GIVEN_AGAIN}"
    return None


def _term(said: str) -> str | None:
    """A term as said, lower case; None when it names no thing ("stay there")."""
    term = said.lower().strip(" -'\"")
    return term if term and _NOT_A_TERM.isdisjoint(term.split()) else None
