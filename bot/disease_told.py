"""A disease's own signs, told as why someone asks about CAR-T before having had it.

"mg 8 years, on vyvgart and still crashing every few weeks, double vision by 4pm. what is this
aurora trial" tells the myasthenia that brings the question: double vision is what the disease
does, not a sign after CAR-T, and the writer has not had CAR-T. The urgent reply alone ("Symptoms
like these after CAR-T need a call right away") cost such openings their answer. The reading is
narrow: a nerve-and-muscle disease named whose own signs are weakness and sight (myasthenia,
myositis, MS and its kin, CIDP, stiff-person syndrome), only the signs of weakness and sight,
a question asked, and nothing said of CAR-T had, of a face or one side drooping or numb (a
stroke's signs, whatever the disease), of any other trouble or of worse, or of a change today.
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
# CAR-T had, or under way: its signs are the ones the urgent reply is for.
_CAR_T_HAD = LazyPattern(
    r"\b(?:after|since|post|following|from)(?: [\w']+){0,2} (?:car[- ]?t|cart|cells|infusion"
    r"|treatment)\b|\bday \d|\b(?:had|got|getting|received|get) (?:my |his |her |the |their )?"
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
    return bool(
        signs
        and OWN_SIGNS.issuperset(signs)
        and _DISEASE.search(text)
        and not _CAR_T_HAD.search(text)
        and not _ONE_SIDE.search(text)
        and not _OTHER_TROUBLE.search(text)
        and not _JUST_HAPPENED.search(text)
    )
