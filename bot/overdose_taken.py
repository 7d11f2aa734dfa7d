"""An overdose already taken, by the writer or someone in their care: call 911 first, then the
crisis line.

Written from public guidance (988 Lifeline and SAMHSA: "if someone has taken an overdose, call
911"; NHS and Poison Control: do not wait for symptoms, some medicines harm hours later), not
from messages: the shapes are the act told as done, "taken an overdose", "overdosed", a whole
supply or a handful swallowed ("the lot", "the whole bottle", "everything in the packs", "30 of
my tablets"). An overdose asked about or planned ("if i took the whole bottle", "thinking of
overdosing") is a crisis the other rules read, with the crisis line first: nothing has been
swallowed yet. One taken by mistake, one told of long ago or already treated in hospital, and
a medicine taken as prescribed ("took all my meds this morning") are not read here.
"""

from __future__ import annotations

from .pattern_set import LazyPattern

# What a medicine comes as, and medicines by kind: a new brand reads as "tablets" beside it.
_MEDICINE = (
    r"(?:pills?|tablets?|tabs|meds|medicines?|medications?|capsules?|caps|painkillers"
    r"|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|insulin|opioids?|oxy\w*|morphine"
    r"|codeine|tramadol|fentanyl|gabapentin|pregabalin|baclofen|diazepam|valium|xanax|zopiclone"
    r"|antidepressants?|steroids?|prednisone|prednisolone|blister ?packs?|packets?|packs?|boxes"
    r"|bottles?|strips?|doses|\w+(?:azepam|azolam|oxetine|triptyline|azepine|olol|pril))"
)
# A whole supply or more than any dose: "the lot", "the whole bottle", "a handful", "30 of".
_AMOUNT = (
    r"(?:the lot|the rest|every(?:thing| (?:single )?(?:one|pill|tablet))|all of (?:them|it)"
    r"|the (?:whole|entire) (?:lot|bottle|box|pack|packet|strip|tub|jar|supply|prescription)"
    r"|an? (?:whole|entire|full) (?:bottle|box|pack|packet|strip|tub|jar)|a (?:bottle|box|tub"
    r"|jar) of|(?:a |two )?handfuls?|(?:two|three|four|five|several|\d) (?:boxes|packets|packs"
    r"|bottles|strips)|(?:about |like |over |maybe )?(?:[2-9]\d|1\d\d|twenty|thirty|forty|fifty)"
    r"(?! (?:minutes|mins|hours|hrs|seconds|secs|days|weeks|mg|mcg|ml|units|percent|years)\b)"
    r"|(?:way )?too many|loads|a load|a bunch|dozens)"
)
_OWN = r"(?:my|his|her|their|our|the|mum's|mom's|dad's)"
_TAKE = r"(?:swallowed|took|taken|downed|necked)"
_DONE = LazyPattern(
    # "has taken an overdose", "took an od", "overdosed", "od'd on her tablets".
    r"\b(?:taken|took|had|done|did) an? (?:overdose|od)\b|\b(?:overdosed|od'd)\b"
    # "took everything in the blister packs", "downed a bottle of pills", "30 of my tablets".
    rf"|\b{_TAKE} {_AMOUNT}\b[^.!?\n]{{0,40}}\b{_MEDICINE}\b"
    # "took the lot, sorry", "swallowed everything on purpose": the why told instead.
    rf"|\b{_TAKE} {_AMOUNT}\b[^\n]{{0,80}}\b(?:on purpose|sorry|goodbye|love you|to die"
    r"|to sleep forever|not to wake)\b"
    # "swallowed the whole week of steroids", "downed a month's supply of pills": a supply
    # counted in days, swallowed at once (not "took a week of steroids", a course).
    r"|\b(?:swallowed|downed|necked) (?:the (?:whole|entire) |an? (?:whole |full )?)"
    r"(?:week|fortnight|month)(?:'s|s')?(?: worth| supply)? of\b"
    rf"[^.!?\n]{{0,40}}\b{_MEDICINE}\b"
    # "swallowed the lot.": nothing else it could be.
    rf"|\b(?:swallowed|downed|necked) {_AMOUNT}(?=\s*(?:[.!,]|$))"
    # "took all my sleeping pills", "swallowed half of her tablets": not a day's dose.
    rf"|\b{_TAKE} (?:all|the whole|most|half) (?:of )?{_OWN}(?: [\w']+){{0,2}} {_MEDICINE}\b"
    r"(?![^.!?\n]{0,40}\b(?:this morning|today|tonight|as (?:prescribed|usual|normal|told)"
    r"|like (?:i'm|i am|you're|he's|she's) (?:supposed|meant)|on time|with (?:food|breakfast"
    r"|dinner|water)|for the (?:day|week))\b)"
)
# Asked about, supposed, denied or of anyone at all, not done: "if i took the lot", "would
# it", "i haven't taken", "what happens when someone has overdosed".
_NOT_DONE = LazyPattern(
    r"(?:\b(?:if|would|could|should|whether|case|might|never|not|almost|nearly|suppose"
    r"|hypothetically|pretend|someone|somebody|anyone|people|person|you)|n't)\b(?:\s+[\w']+){0,3}"
    r"\s*$"
)
# By mistake, long ago, or already seen to: no call to 911 now.
_OVER_OR_ACCIDENT = LazyPattern(
    r"\b(?:by (?:mistake|accident)|accidental\w*|mistakenly|double dose|(?:years?|months?"
    r"|weeks?) ago|last (?:year|month|week)|when (?:i|he|she) was (?:\d+|a (?:teen\w*|kid|child"
    r"|student))|as a (?:teen\w*|kid|child|student)|in (?:19|20)\d\d|back in|pumped|charcoal"
    r"|kept (?:me|him|her|them) in|discharged|years back)\b"
)
_CLAUSE = LazyPattern(r"[.!?\n,;:]")


def overdose_taken(text: str) -> bool:
    """Whether a normalized message tells of an overdose taken now or lately, not asked about,
    planned, taken by mistake, long over or already treated."""
    for match in _DONE.finditer(text):
        clause = _CLAUSE.split(text[: match.start()])[-1]
        if not _NOT_DONE.search(clause):
            return not _OVER_OR_ACCIDENT.search(text)
    return False
