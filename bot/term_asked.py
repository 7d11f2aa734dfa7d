"""A later message of a few words asking of a term, read as the guide asks it.

Patients ask the second and third question in shorthand: "leukapheresis meaning?", "and cd19
means", "length of each infusion?", "redo it then?". Read against the topic, such a message is
asked of what was answered before ("leukapheresis meaning of car-t"), and "length" finds the
hospital stay's "length" rather than how long the infusion takes. Asked as the guide's headings
ask it ("what does leukapheresis mean?", "how long does the infusion take?", "can car-t be given
again if the disease comes back?"), it finds the section that states the fact. Pure functions.
"""

from __future__ import annotations

import re

from .pattern_set import LazyPattern

# A term of one to four words ("cd19", "lymphodepleting chemo"); "the", "each" and "a" before it
# are no part of it.
_TERM = r"(?:(?:the|each|a|an|one)\s+)?(?P<term>[a-z0-9][\w-]*(?:\s+[\w-]+){0,3}?)"
_OPENING = r"^\W*(?:(?:and|so|ok(?:ay)?|also)\W+)?"
_PLEASE = r"(?:\W+please)?\W*"
# "leukapheresis meaning?", "and cd19 means", "lymphodepleting means what", "ICANS definition
# please", "meaning of LICATS?", "define refractory", "what mean CD19?" (the English reading of
# "¿qué significa CD19?").
_MEANING = (
    LazyPattern(
        rf"{_OPENING}{_TERM}\W*(?:meaning|means?|definition|stands?\s+for)(?:\s+what)?"
        r"(?:\s+(?:exactly|please))?\W*$",
        re.IGNORECASE,
    ),
    LazyPattern(
        rf"{_OPENING}(?:what(?:'?s|\s+is)\s+)?(?:the\s+)?(?:meaning|definition)\s+of\s+{_TERM}"
        rf"{_PLEASE}$",
        re.IGNORECASE,
    ),
    LazyPattern(rf"{_OPENING}(?:define|what\s+means?)\s+{_TERM}{_PLEASE}$", re.IGNORECASE),
)
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
    r"\b(?:re-?do|re-?treat\w*|repeat(?:s|ed)?(?!\s+(?:the\s+|my\s+|that\s+)?(?:tests?|scans?|ice"
    r"|bloods?|labs?|chemo|questions?|myself|yourself))"
    r"|(?:do|give|try)\s+(?:it|car-?t|them|the\s+(?:cells|treatment|infusion))\s+"
    r"(?:again|twice|a\s+second\s+time)"
    r"|(?:a\s+)?(?:second|another)\s+(?:dose|round|infusion|course|go)(?!\s+of\b))\b"
    r"|,\s*again\W*$",
    re.IGNORECASE,
)
# mRNA CAR-T is given as a series by design: its own section says why.
_SERIES = LazyPattern(r"\bmrna\b|\bdescartes", re.IGNORECASE)
# In the guide's words, with nothing that points back ("the disease" would be read as the topic).
GIVEN_AGAIN = "can car-t be given again after a relapse?"
# Words that stand for the topic or name no thing: "does that mean permanent" asks of the topic.
_NOT_A_TERM = frozenset(
    """it that this they them those these i you he she we me my his her our your what how why
    when where who which does do did is are was be can could will would should here there away
    stuck for of in with to on at now then again whats""".split()  # noqa: SIM905
)
# "chart says refractory, meaning?": the term is what the paper says, not the paper.
_SAYS = LazyPattern(r"^.*\b(?:says|said|reads|shows|lists|called)\s+", re.IGNORECASE)
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
    for pattern in _MEANING:
        if term := _term(pattern, message):
            return f"what does {term} mean?"
    for pattern in _MEASURE:
        if term := _term(pattern, message):
            lasts = pattern.match(message).groupdict().get("lasts")
            return f"how long does the {term} {'last' if lasts else 'take'}?"
    if _AGAIN.search(message) and not _SERIES.search(f"{message} {topic}"):
        return f"{message.rstrip(' ?.!')}, {GIVEN_AGAIN}"
    return None


def _term(pattern: LazyPattern, message: str) -> str | None:
    """The term a pattern finds in a message, lower case; None when it names no thing."""
    found = pattern.match(message)
    if not found:
        return None
    term = _SAYS.sub("", found["term"].lower()).strip(" -'\"")
    return term if term and _NOT_A_TERM.isdisjoint(term.split()) else None
