"""A disease's own signs, told as why someone asks about CAR-T before having had it.

"mg 8 years, on vyvgart and still crashing every few weeks, double vision by 4pm. what is this
aurora trial" tells the myasthenia that brings the question: double vision is what the disease
does, not a sign after CAR-T, and the writer has not had CAR-T. The urgent reply alone ("Symptoms
like these after CAR-T need a call right away") cost such openings their answer. Each reading is
narrow: a disease named with only the signs it causes itself (a nerve-and-muscle disease's
weakness and sight; autoimmune encephalitis's seizures and memory; scarred lungs' breath short
on an effort; fingers white or purple in the cold; MS's dizziness), or seizures asked about as
what might keep someone out of CAR-T; a question asked; and nothing said of CAR-T had, of a face
or one side drooping or numb (a stroke's signs, whatever the disease), of any other trouble or
of worse, or of a change today (round 42; the other diseases round 45).
Functions take a normalized text (normalize.normalize).
"""

from __future__ import annotations

from .pattern_set import LazyPattern

# The signs (red_flags.SIGNS names) these diseases cause themselves: weak limbs, an eyelid, sight.
OWN_SIGNS = frozenset({"stroke signs", "sudden weakness"})
# Diseases whose own signs are those: not lupus or scleroderma, where weakness or lost sight
# may be a stroke.
_DISEASE = LazyPattern(
    r"\b(?:mg|g?myasthenia(?: gravis)?|ocular mg|\w*myositis|ibm|ms|rrms|ppms|spms"
    r"|multiple sclerosis|nmosd|neuromyelitis(?: optica)?|mogad|optic neuritis|cidp"
    r"|stiff[- ]?person(?: syndrome)?|sps)\b"
)
# Sight the disease took, told with the reading it stops ("two attacks took most of the sight in
# my left eye, i cant read the tickets"): the eye, not the words of ICANS.
_SIGHT_LOST = LazyPattern(r"\b(?:sight|vision|blind\w*|eyes?)\b")
_CANT_READ = LazyPattern(r"\b(?:can't|cant|cannot|unable to|hard to) read\b")
_THINKING = LazyPattern(
    r"\b(?:hallucinat\w*|seeing things|hearing|voices|nobody there|not there|words?|speech"
    r"|talk\w*|writ\w*|nonsense|make sense|makes sense)\b"
)
# The sign said to be the disease's, "right now" then its state, not a change: "right now I
# can't lift my arms above my shoulders from the dermatomyositis".
_FROM_THE_DISEASE = LazyPattern(
    rf"\b(?:from|because of|due to|with) (?:the |my |his |her |their )?{_DISEASE.pattern}"
)
_RIGHT_NOW = LazyPattern(r"\bright now\b")
# MS and its kin make people dizzy too (vertigo is among MS's commonest signs).
_MS = LazyPattern(r"\b(?:ms|rrms|ppms|spms|multiple sclerosis)\b")
# Autoimmune encephalitis (LGI1, NMDA receptor, CASPR2): seizures and memory are what it does.
_ENCEPHALITIS = LazyPattern(
    r"\b(?:(?:lgi-?1|nmda\w*|caspr-?2|gaba\w*|autoimmune|limbic) (?:\w+ )?encephalitis"
    r"|encephalitis)\b"
)
_ENCEPHALITIS_SIGNS = frozenset(
    {"seizure", "confusion", "strange thinking", "trouble speaking or writing"}
)
# Scarred lungs (scleroderma's interstitial lung disease): breath short on an effort is what
# they do, told with the effort ("winded on stairs").
_SCARRED_LUNGS = LazyPattern(
    r"\b(?:ild|interstitial lung disease|(?:lung|pulmonary) fibrosis|scar\w* (?:in |on )?"
    r"(?:my |his |her |the )?lungs?|lungs? (?:are |is )?scarr\w*)\b"
)
# What the rules name breath short on an effort ("winded on the stairs") or a colour of it.
_SHORT_OF_BREATH = frozenset({"trouble breathing", "blue lips or low oxygen"})
_ON_AN_EFFORT = LazyPattern(
    r"\b(?:on|up|climbing|with|doing|after) (?:the |a |any |two |2 |one )?(?:stairs|steps|hills?"
    r"|flights?|exercise|exertion|effort)\b|\bwhen i (?:walk|climb|exercise|rush|hurry)\w*"
)
# Fingers or toes gone white, blue or purple in the cold (Raynaud's, which scleroderma and lupus
# bring): the colour of the cold, not of a body short of air, when no lips, face or breath is told.
_COLD_FINGERS_DISEASE = LazyPattern(
    r"\b(?:scleroderma|systemic sclerosis|ssc|crest|lupus|sle|raynaud\w*)\b"
)
_RAYNAUD = LazyPattern(
    r"\braynaud\w*|\b(?:fingers?|toes?|hands?)\b.{0,60}\bcold\b"
    r"|\bcold\b.{0,60}\b(?:fingers?|toes?|hands?)\b"
)
_SHORT_OF_AIR = LazyPattern(
    r"\b(?:lips?|face|mouth|tongue|skin|chest|breath\w*|air|gasp\w*|oxygen|sats|wheez\w*)\b"
)
# A sign told as what might keep someone out of CAR-T or a trial: a condition they have, not a
# new sign after it ("i have seizures from an old head injury, does that rule me out").
_KEEPS_OUT = LazyPattern(
    r"\b(?:rules? (?:me|him|her|them|us|you) out|rule out|keep (?:me|him|her|them|us|you) out"
    r"|keeps? (?:me|him|her|them|us|you) (?:out|from)|disqualif\w*|(?:me|him|her|them|us) from"
    r" (?:getting|having|being)|(?:still )?(?:qualify|eligible|be accepted|get in|let (?:me|him"
    r"|her|them) in))\b"
)
# The words of each reading's own signs, which told beside them are not other trouble.
_SEIZURE_WORDS = LazyPattern(r"\b(?:seiz\w*|fits)\b")
_BREATH_WORDS = LazyPattern(r"\b(?:breath\w*|winded|puffed)\b")
_DIZZY_WORDS = LazyPattern(r"\bdizz\w*")
_ENCEPHALITIS_WORDS = LazyPattern(r"\b(?:seiz\w*|confus\w*|fits)\b")
# CAR-T had, or under way: its signs are the ones the urgent reply is for. "since car t can
# mess with the brain" gives a reason, not a time.
_CAR_T_HAD = LazyPattern(
    r"\b(?:after|since|post|following|from)(?: [\w']+){0,2} (?:car[- ]?t|cart|cells|infusion"
    r"|treatment)\b(?! (?:can|could|may|might)\b)|\bday \d|\b(?:had|got|getting|received|get)"
    r" (?:my |his |her |the |their )?"
    r"(?:car[- ]?t|cart|cells|infusion)\b|\b(?:weeks?|wks?|months?|days?) (?:out|post|after"
    r"|since|in)\b|\binfus\w*|\bcells (?:went|go|are going) in\b|\bicans\b|\bcrs\b"
)
# A stroke's signs, whatever the disease: a face, a mouth or one side drooping, numb or weak.
_ONE_SIDE = LazyPattern(
    r"\b(?:face|smile|mouth|cara)\b|\bone side\b|\b(?:left|right) side\b|\bnumb\w*|\bslurr\w*"
)
# Any other trouble told beside them, which the rules may not read as a sign ("cant stop
# shaking, 38.4 ... i cant walk far with the ms"), or a myasthenic crisis's (swallowing,
# breathing): then the weakness is not told as the disease's alone.
_OTHER_TROUBLE = LazyPattern(
    r"\b(?:fever\w*|temp\w*|3[6-9](?:[.,]\d)?|10[0-5](?:[.,]\d)?|chills|shak\w*|shiver\w*"
    r"|breath\w*|swallow\w*|chok\w*|vomit\w*|throw\w* up|bleed\w*|blood|confus\w*|seiz\w*"
    r"|faint\w*|pass(?:ed)? out|headaches?|dizz\w*|pain|can't stop|cant stop|worse|worst)\b"
)
# Lips, a face or skin gone blue, or breath short at rest: a lung's emergency, whatever scars it.
_AT_REST = LazyPattern(
    r"\b(?:lips|blue|grey|gray|at rest|sitting|lying|talking|can't breathe|cant breathe"
    r"|gasping)\b"
)
# A seizure going on, or many: an emergency whatever causes it.
_SEIZING_NOW = LazyPattern(
    r"\b(?:is|are|keeps?|kept|started|been|won't|wont|isn't|isnt) (?:\w+ )?(?:having|seizing"
    r"|fitting|stop\w*)\b|\bhaving (?:a |one )|\bcluster|\bback to back|\bon the floor\b"
)
# A change now, not the disease's course: "suddenly", "this morning", "an hour ago".
_JUST_HAPPENED = LazyPattern(
    r"\b(?:sudden\w*|all of a sudden|out of nowhere|just now|right now|this (?:morning"
    r"|afternoon|evening)|today|tonight|last night|since (?:yesterday|last night|this)"
    r"|(?:an?|one|two|few|a few|\d+) (?:hours?|hrs?|minutes?|mins?) ago|help me|please help"
    r"|emergency|ambulance|911|er)\b"
)


# A disease said not to respond to its treatment: "my myositis isnt responding to anything" is
# hard to treat, not a person who does not respond ("he's not responding to anything i say").
_HARD_TO_TREAT = LazyPattern(
    rf"({_DISEASE.pattern}|\b(?:lupus|sle|scleroderma|ssc|sclerosis)\b)"
    r" (?:(?:is|has|still|really|just) )*(?:not|isn't|isnt|hasn't|hasnt|never|doesn't|doesnt)"
    r"(?: been| really| even)? respond\w* (?:well )?to\b"
)


def spell_out_hard_to_treat(text: str) -> str:
    """Say a disease not responding to treatment as hard to treat, so no sign is read in it."""
    return _HARD_TO_TREAT.sub(r"\1 is hard to treat despite", text)


def the_disease_told(text: str, signs: tuple[str, ...]) -> bool:
    """Tell whether the urgent signs a normalized text names are its disease's own, told by
    someone who has not had CAR-T: "is there any car-t for mg? ive had it since 19 and the
    double vision makes closing at the coffee shop scary" (triage asks for a question too)."""
    if not signs or _CAR_T_HAD.search(text) or _ONE_SIDE.search(text):
        return False
    if _JUST_HAPPENED.search(_state_now(text)):
        return False
    return any(
        told(text, set(signs))
        for told in (
            _weakness_or_sight,
            _encephalitis,
            _scarred_lungs,
            _fingers_in_the_cold,
            _a_bar_to_car_t,
        )
    )


def _state_now(text: str) -> str:
    """Leave out "right now" where the sign is said to come from the disease."""
    return _RIGHT_NOW.sub(" ", text) if _FROM_THE_DISEASE.search(text) else text


def _beside(text: str, own_words: LazyPattern | None = None) -> bool:
    """Whether other trouble is told beside the signs, their own words left out."""
    return bool(_OTHER_TROUBLE.search(own_words.sub(" ", text) if own_words else text))


def _weakness_or_sight(text: str, signs: set[str]) -> bool:
    if not _DISEASE.search(text):
        return False
    if _MS.search(text) and signs <= OWN_SIGNS | {"dizziness"}:
        return not _beside(text, _DIZZY_WORDS)
    if "strange thinking" in signs and not _sight_read(text):
        return False
    return signs - {"strange thinking"} <= OWN_SIGNS and not _beside(text)


def _sight_read(text: str) -> bool:
    """Whether reading is told as failing by someone who says their sight is lost."""
    return bool(_SIGHT_LOST.search(text) and _CANT_READ.search(text) and not _THINKING.search(text))


def _encephalitis(text: str, signs: set[str]) -> bool:
    """ "at 70 he got LGI1 encephalitis, the seizures are better but his memory isn't"."""
    return (
        signs <= _ENCEPHALITIS_SIGNS
        and bool(_ENCEPHALITIS.search(text))
        and not _SEIZING_NOW.search(text)
        and not _beside(text, _ENCEPHALITIS_WORDS)
    )


def _scarred_lungs(text: str, signs: set[str]) -> bool:
    """ "ILD on the CT and I get winded on stairs now. would that keep me out of a trial"."""
    return (
        signs <= _SHORT_OF_BREATH
        and bool(_SCARRED_LUNGS.search(text) and _ON_AN_EFFORT.search(text))
        and not _AT_REST.search(text)
        and not _beside(text, _BREATH_WORDS)
    )


def _fingers_in_the_cold(text: str, signs: set[str]) -> bool:
    """ "scleroderma 11 yrs, my fingers go white then purple every time its cold"."""
    return (
        signs <= _SHORT_OF_BREATH
        and bool(_COLD_FINGERS_DISEASE.search(text) and _RAYNAUD.search(text))
        and not _SHORT_OF_AIR.search(text)
        and not _beside(text)
    )


def _a_bar_to_car_t(text: str, signs: set[str]) -> bool:
    """ "i have seizures from an old head injury, does that rule me out": a condition they have,
    asked about as what might keep them from CAR-T."""
    return (
        signs == {"seizure"}
        and bool(_KEEPS_OUT.search(text))
        and not _SEIZING_NOW.search(text)
        and not _beside(text, _SEIZURE_WORDS)
    )
