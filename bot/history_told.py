"""A sign told as history: placed back in the course or the calendar, and told with its end.

"my writing went wobbly for two days in week one and then came back", "the week after my
infusion i couldnt find my words for about 2 days. all good since", "en la primera semana tuve
escalofríos, desde entonces nada": the writer tells what happened and that it ended, and asks
about it (will it come back, what was it, should I mention it). Nothing is going on to call the
team about now. Read as history only when every clause naming a sign now is gone: nothing told
as going on, again, back, still or worse, no time of today or last night (an episode of last
night may not be over: a fever "gone" with paracetamol is hidden, not ended), no medicine that
hides a fever, and no help asked. Functions take a normalized text (normalize.normalize).
"""

from __future__ import annotations

from .calendar_words import MONTH_OR_MES, WEEKDAY
from .pattern_set import LazyPattern
from .red_flags import RED_FLAGS

_TREATMENT = r"(?:my |his |her |the )?(?:infusion|cells|car[- ]?t|cart|treatment|transplant)"
# When the episode was: a day or week of the course, a stay in hospital, a month or season, or
# weeks and months back. Not yesterday, last night or this morning: those may still be going on.
_BACK_THEN = LazyPattern(
    # "on day 6" told of, not "im on day 6" or "car t day 4": the day it is now.
    r"\b(?:(?<!\bim )(?<!\bi'm )(?<!\bam )(?<!\bis )(?<!\bare )(?<!\bnow )(?:on|around|by|about"
    r"|from) day \d{1,3}"
    r"|(?:in |during )?(?:week|wk) (?:one|two|1|2)\b"
    r"|(?:in |during )?the (?:first|second|third) (?:week|fortnight|few days|days|night|month)"
    r"|(?:in |during )?(?:my|his|her) (?:first|second|third) (?:week|fortnight)"
    rf"|the (?:night|day|morning|evening|week|days?) (?:after|of|before) {_TREATMENT}"
    rf"|the (?:week|fortnight|month|days) after {_TREATMENT}"
    r"|(?:during|on|after) (?:my |his |her |the )?(?:infusion|hospital stay|stay|admission)"
    r"|(?:on|in) the ward|in (?:hospital|intensive care|icu|itu|hdu|a&e)"
    r"|when (?:i|he|she|we) (?:was|were) (?:in|inpatient|an inpatient|admitted|on the ward)"
    r"|while (?:i|he|she) (?:was|were) in|looking back"
    r"|(?:back )?in (?:the )?(?:spring|summer|autumn|fall|winter)|(?:back )?in "
    + MONTH_OR_MES
    + r"|\w+ (?:weeks?|fortnights?|months?|years?) (?:ago|back)|the week before last"
    r"|last (?:month|year|spring|summer|autumn|winter)"
    rf"|on {WEEKDAY}"
    r"|(?:la|las) primera?s? (?:semanas?|noches?|d[ií]as)|en (?:el )?"
    + MONTH_OR_MES
    + r"|hace (?:\w+ )?(?:semanas|meses|una semana|un mes))\b"
)
# The end told: gone, passed, settled, fine since, come back to normal, a normal number now.
_ENDED = LazyPattern(
    r"\b(?:went (?:away|by|after|off)|(?:all|long) gone(?: now)?"
    r"|gone(?: now)?(?=\s*(?:[.,;!?\n]|$|by|after))"
    # "stopped with pressure", "it passed": the sign's end, not "passed black motions".
    r"|(?:(?:it|that|this|they|which|and|then|but|had) (?:\w+ )?|(?<=[,.;] ))(?:passed|settled"
    r"|stopped|resolved|cleared(?: up)?)\b"
    r"|(?:that's|thats|that is|it's|its|it is|is|was) (?:all )?over(?: now)?(?=\s*(?:[.,;!?\n]|$))"
    r"|the end of it|sorted|perked up|got better"
    r"|(?:fine|well|good|ok|okay|normal|clear|nothing|(?:\w+[- ])?free)(?: ever)? since"
    r"|(?:been|has been|have been|'s been|s been) (?:fine|well|good|ok|okay|normal|clear)"
    r"(?: ever since| since| for (?:a|\w+) (?:weeks?|months?|years?))?"
    r"|(?:i'm|im|i am|he's|hes|she's|shes) (?:fine|well)(?=\s*(?:[.,;!?\n]|$))"
    r"|(?:i|we) feel (?:\w+ )?(?:well|fine|great|good) now"
    r"|been (?:completely |totally )?(?:him|her|my)self|(?:him|her|my)self again|(?:his|her) "
    r"\w+ self(?: ever since)?|back to normal"
    r"|(?:hasn't|hasnt|has not|never) (?:come back|happened again|returned)"
    r"|(?:i'm|im|i am|he's|hes|she's|shes|we're|doing) (?:\w+ )?(?:fine|well|great|good) now"
    r"|(?:is|it's|its|it is|was|all) (?:clear|normal|fine|good) now|now (?:clear|normal|fine)"
    # A pulse or a blood pressure back in range now: "its 70 now", "now its 124/78".
    r"|(?:it's|its|it is) (?:[5-9]\d|1\d\d/\d+) now|now (?:it's|its|it is) (?:[5-9]\d|1\d\d/\d+)"
    r"(?![.\d])"
    r"|now (?:i'm|im|i am|he's|hes|she's|shes) (?:walking|eating|back|doing|fine|well)"
    r"|(?:came|come) back (?:the next day|by|after)|(?:words|writing|speech|name) came back"
    r"|ya (?:est[aá]|estoy) (?:normal|bien)|desde entonces (?:nada|bien|normal)"
    r"|se (?:me |le )?pas[oó])"
)
# Not over: a time of now or of last night, a sign again, back, still, worse or new, a medicine
# that hides a fever, help asked. Searched with the end's own words taken out ("its 70 now").
_GOING_ON = LazyPattern(
    r"\b(?:now|today|tonight|this (?:morning|afternoon|evening|week)|last night|yesterday"
    r"|right now|currently|at the moment|still|again|keeps?|keep \w+ing|worse|worsening"
    r"|back|since|started|starting|new|just now|just started"
    r"|paracetamol|tylenol|acetaminophen|ibuprofen|calpol|panadol|nurofen|advil|motrin"
    r"|help|911|999|ambulance|a&e now|hoy|ahora|todav[ií]a|otra vez|de nuevo)\b"
)
# A question of whether it could come back: asked, not told ("will it happen again").
_ASKED_AGAIN = LazyPattern(
    r"\b(?:will|can|could|might|would|does|do|is|should) (?:it|that|this|they|he|she|i|we)"
    r"(?: \w+){0,3}? (?:come back|happen again|return|get it again|go back|be back|again)\b"
    r"|\b(?:in case|if) (?:it|that|this) (?:comes back|happens again)\b"
)
# A present tense of someone whose sign it would be: "i have", "he is", "my chest is".
_NOW_OF_SOMEONE = LazyPattern(
    r"\b(?:i have|i've got|ive got|i've|ive|i am|i'm|im|i feel|he is|he's|hes|she is|she's"
    r"|shes|he has|she has|they are|my \w+ (?:is|are|has|feels))\b"
)


# The treatment's own date is not the sign's: "my first since car t a fortnight back".
_TREATMENT_DATE = LazyPattern(
    r"\b(?:car[- ]?t|cart|cells|infusion|treatment|transplant)(?: \w+){0,2}? (?:a|\w+)"
    r" (?:days?|weeks?|fortnights?|months?) (?:ago|back)\b"
)
# What a person can do, lost and come back: "my writing went wobbly ... and then came back";
# a sign that "came back" is another matter.
_ABILITY = LazyPattern(
    r"\b(?:writing|handwriting|words|speech|voice|name|names|strength|memory|balance|taste"
    r"|appetite|sight|vision)\b"
)
_CAME_BACK = LazyPattern(
    r"\b(?:came|come) back(?= (?:the next day|by|after|within|on|in)\b|\s*(?:[.,;!?\n]|$))"
)
# A clause that names a sign must tell it in the past: "had", "was", "went", a verb in -ed
# that is not itself a sign's word ("needed oxygen", not "confused"). "shaking all over" or
# "temp 38.8" beside the history is going on.
_PAST_WORD = LazyPattern(
    r"\b(?:was|were|wasn't|wasnt|went|had|got|gave|did|didn't|didnt|took|felt|kept|came|made"
    r"|couldn't|couldnt|could not|hit|reached|peaked|up to|spiked|tuve|tuvo|ten[ií]a|fue|estuvo)\b"
)
_ED_WORD = LazyPattern(r"\b\w+ed\b")
_FEVER_NUMBER = LazyPattern(r"\b(?:3[89]|4[01])(?:\.\d)?\b|\b(?:99\.[5-9]|10[0-5])(?:\.\d)?\b")
_SENTENCE = LazyPattern(r"(?<=[.!?\n])\s*")
_CLAUSE = LazyPattern(r"[.,!?;\n]+|\bbut\b")


def _told_in_the_past(clause: str) -> bool:
    if _PAST_WORD.search(clause):
        return True
    return not _FEVER_NUMBER.search(clause) and any(
        not RED_FLAGS.fullmatch(word) for word in _ED_WORD.findall(clause)
    )


def told_over(text: str) -> bool:
    """Tell whether a normalized text tells a sign as history: placed back in the course or the
    calendar, told with its end, and nothing of it going on now ("on day 6 i couldn't write my
    name but it came back the next day")."""
    text = _TREATMENT_DATE.sub(" ", text)
    ended = _ENDED.search(text) or (_ABILITY.search(text) and _CAME_BACK.search(text))
    if not (ended and _BACK_THEN.search(text)):
        return False
    rest = _ASKED_AGAIN.sub(" ", _ENDED.sub(" ", _BACK_THEN.sub(" ", text)))
    if _ABILITY.search(text):
        rest = _CAME_BACK.sub(" ", rest)
    # "is it safe to blow my nose hard now?": a question that names no sign tells nothing on.
    rest = " ".join(
        part
        for part in _SENTENCE.split(rest)
        if not (part.endswith("?") and not RED_FLAGS.search(part))
    )
    if _GOING_ON.search(rest):
        return False
    # "..., it settled. i'm breathless", "... passed. shaking all over": a sign told in the
    # present beside the history.
    return not any(
        RED_FLAGS.search(clause)
        and (_NOW_OF_SOMEONE.search(clause) or not _told_in_the_past(clause))
        for clause in _CLAUSE.split(rest)
    )
