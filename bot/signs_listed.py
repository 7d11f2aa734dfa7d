"""Signs read off a sheet, a card or a warning: the paper's list, not anyone's signs now.

CAR-T discharge sheets, wallet cards and the boxed warning list the signs to call for; a writer
who quotes the list ("the fridge sheet says call for fever, confusion, trouble speaking. do i
need to memorise it?") tells no sign. Set 44 gave such lists the urgent reply (round 48). The
list ends where the writer turns to someone ("... and my husband can't tell me what day it
is"), and a list told back as someone's ("which is what he has", "he's got two of them now")
stays a sign.
"""

from .pattern_set import LazyPattern
from .red_flags import RED_FLAGS

# Anyone the writer may tell of: a pronoun, kin or the people of the writer's world. The
# writer's own "i", "my", "we" or "our" only outside a question to the bot ("do i carry it?")
# and a thing of theirs ("in my wallet"); checked apart (_SOMEONE_OUTSIDE).
_PERSON = (
    r"(?:he|she|they|him|her|his|them|their|he's|she's|hes|shes|they're|theyre|mum|mom|mam"
    r"|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|grandma|grandpa"
    r"|grandad|granddad|granny|gran|nan|nana|grandson|granddaughter|baby|child|kid|toddler"
    r"|boy|girl|friend|flatmate|patient|uncle|aunt|auntie|niece|nephew|cousin)"
)
# A person or a state told outside the paper's list (review49: "booklet says call for trouble
# speaking. he can barely get a word out", "the sheet says call for confusion. he put the milk
# in the oven", "card says call for a temp over 38, 38.9 on our thermometer"): the list's signs
# may be theirs, so they are read as told. A reading is any figure.
_SOMEONE_OUTSIDE = LazyPattern(
    rf"\b{_PERSON}s?\b|\d"
    r"|(?<!\bdo )(?<!\bshould )(?<!\bcan )(?<!\bshall )(?<!\bwill )(?<!\bwould )(?<!\bmust )"
    r"(?<!\bcould )(?<!\bdid )\b(?:i|we)\b"
    r"|\b(?:me|us|myself)\b"
    r"|\b(?:my|our)\b(?! (?:\w+ )?(?:wallet|purse|bag|pocket|phone|fridge|notes|folder|copy"
    r"|paperwork|discharge|sheet|card|leaflet|booklet|handout|pamphlet|brochure|pack|kitchen)\b)"
    r"|\b(?:can't|cant|cannot|won't|wont|doesn't|doesnt|isn't|isnt|barely|hardly|keeps|kept"
    r"|went|gone|getting|got|feels?|feeling|felt|seems?|looks?|worse|started|began|temp"
    r"|temperature|thermometer|reading|degrees|boiling|burning)\b"
)

# A paper and what it says to call for, then the list up to the clause's end or a person.
_LISTED = LazyPattern(
    r"\b(?:sheet|card|leaflet|booklet|handout|pamphlet|brochure|magnet|poster|label|warning"
    r"|checklist|paperwork|insert)s? (?:says?|said|lists?|listed|mentions?|mentioned|names?"
    r"|warns? (?:about|of)|includes?)"
    r"(?: to)?(?: (?:call|ring|phone|watch|look out)(?: (?:us|them|the team|the unit))?)?"
    r"(?: (?:for|if|about|with|out for))?"
    r"[^.?!;\n]*?"
    r"(?=[.?!;\n]|$| - | (?:and|but|so|or) (?:i|i'm|im|i've|ive|he|she|he's|she's|hes|shes|they"
    r"|my|his|her|our|we|it|it's|its|now)\b"
    # A comma before a reading or a person ends the list too (review49): "card says call for a
    # temp over 38, 38.9 on our thermometer", "..., my wife went rigid".
    rf"|, ?(?:\d|{_PERSON}\b))"
)
# Anyone's state told beside the list, or a time it began: the signs are read as told ("the
# leaflet says sudden weakness. my left leg buckled 20 min ago", "i have exactly that since
# 3pm", "which is what he has"). A question to the bot ("do i carry it?") tells no state.
_TOLD_AS_SOMEONES = LazyPattern(
    r"\b(?:which|that's|thats|that is|this is|these are|those are|like that|like this|exactly"
    r"|(?:all|most|both|some|two|three|one) of (?:them|those|these|that)"
    r"|(?:has|have|had|got|gets|get|ticks?|checks?) (?:it|that|them|those|these|all|both|two"
    r"|three|most|some|every|each|one|an? (?:episode|bad one))"
    r"|i'm|im|i've|ive|i have|i had|i feel|i felt|i am|i was|i keep|i kept|i can't|i cant"
    r"|(?:he|she|they)(?:'s|s|'ve| has| have| had| is| are| was| were| keeps| kept| can't| cant"
    r"| feels| looks)|mine|mines"
    r"|my (?:\w+ ){1,2}(?:is|are|was|were|has|had|went|keeps|kept|feels|looks|gone|started)"
    r"|since|ago|for (?:the )?(?:last|past)|all (?:day|night|morning)"
    r"|now|right now|just|today|tonight|this (?:morning|afternoon|evening)|currently)\b"
)

# Someone, or a state, inside what reads as the list: "the sheet says call for confusion, mum
# doesn't know what year it is" tells mum's confusion.
_A_STATE_IN_THE_LIST = LazyPattern(
    r"\b(?:mum|mom|mam|mother|dad|father|husband|wife|partner|son|daughter|brother|sister"
    r"|grandma|grandpa|gran|nan|baby|child|kid|he|she|they|i|doesn't|doesnt|does not|don't|dont"
    r"|won't|wont|can't|cant|cannot|isn't|isnt|keeps|is|are|was|were|has|have|had)\b"
)


def without_a_list(text: str) -> tuple[str, bool]:
    """Return a normalized text without the signs a paper lists, unless they are told back as
    someone's or beside a now, or anything outside the list tells of a person, a state or a
    reading, and whether a list of signs was taken out."""
    listed = _LISTED.search(text)
    if (
        not listed
        or not RED_FLAGS.search(listed.group())
        or _A_STATE_IN_THE_LIST.search(listed.group())
        or _TOLD_AS_SOMEONES.search(text)
    ):
        return text, False
    rest = _LISTED.sub(" ", text)
    if _SOMEONE_OUTSIDE.search(rest):
        return text, False
    return rest, True
