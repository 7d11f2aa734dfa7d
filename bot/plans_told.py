"""A plan told by its place, its time or its means, with no word of intent: the crisis line first.

Written from 988's and SAMHSA's warning signs (making a plan, looking for a way, a place or a
date; gathering the means; putting affairs in order; saying goodbye as if for good) and the
Columbia protocol's questions on a method, a time and a place, not from messages. Each pattern
is the shape of a step already taken: a height or a place chosen or looked up, a date picked
with nothing to hold on it, means gathered in one place, things given away with no need left
for them, a going told by the hour. Near misses (a date for the wedding, a bridge on the way to
clinic, pills counted into the week's organiser, a last night in hospital) are tested in
tests/test_triage_told_plainly.py.
"""

from __future__ import annotations

from .calendar_words import WEEKDAY
from .pattern_set import LazyPattern, guarded, unless

_CHOSE = (
    r"(?:picked|chosen|chose|found|worked out|working out|decided on|figured out|looked up"
    r"|looking up|checked|checking|scouted|know|googled|googling)"
)
# Places people fall from or into.
_HEIGHT = (
    r"(?:bridge|overpass|footbridge|viaduct|cliff(?: path| edge)?|roof|rooftop|top floor|balcony"
    r"|ledge|beam|quarry|reservoir|tracks|railway line|multi-?storey|parking garage|car park roof"
    r"|tower block|drop)"
)
# A trip, a view, a walk or a job: a place for something else.
_NOT_A_PLAN = (
    r"(?:park(?:ing)? (?:space|spot|spaces)|closed|roadworks|traffic|detour|diversion|view"
    r"|photo\w*|picnic|wedding|hike|hiking|walk(?:ing)? the dog|leak\w*|repair\w*|fix\w*"
    r"|gutter\w*|solar|insulat\w*|builder\w*|roofer|painting|fishing|bird\w*|sunset|sunrise"
    r"|kayak\w*|swim\w*|toll|bus stop|is it safe|wheelchair|accessible|lift|elevator|quickest"
    r"|fastest|shortest|the way to|directions|how to get|get to)"
)
# Events a date is picked for.
_NOT_A_DATE = (
    r"(?:for (?:the|my|our|his|her|a)|infusion|apheresis|leukapheresis|collection|appointment"
    r"|surgery|scan|wedding|party|trip|holiday|vacation|move|moving|visit|procedure|transplant"
    r"|admission|meeting|dinner|lunch|funeral for|christening|baptism|reunion|flight|start|begin"
    r"|consult\w*|biopsy|clinic|trial|screening|enrol\w*|the nurse|the team|the doctor)"
)
_MEANS = (
    r"(?:pills|tablets|meds|medications?|medicines?|painkillers|oxy\w*|morphine|insulin"
    r"|prescriptions|sleeping (?:pills|tablets)|sleepers|paracetamol|tylenol|opioids)"
)
# A week's organiser or a return to the pharmacy: means sorted for taking as prescribed.
_NOT_GATHERED = (
    r"(?:organi[sz]er|dosette|pill ?box|blister|for the week|weekly|pharmacy|pharmacist|refill"
    r"|to return|return them|dispos\w*|take back|drop off|sharps|tracker|log|chart|nurse asked"
    r"|missing|expired|travel|trip|flight|suitcase|carry[- ]on)"
)

# What a time comes for, or a time looked forward to: "infusion tomorrow, its nearly time",
# "the baby's due, it's time", "so excited, its nearly time".
_NOT_A_TIME = (
    rf"(?:{_NOT_A_DATE}|excited|can'?t wait|nervous|scared|labou?r|due|baby|day \d+|cells? day"
    r"|vet|put to sleep|put (?:him|her|it) down|dog|cat|pet)"
)

# Letters for a form, an appeal or the holidays.
_NOT_A_GOODBYE = (
    r"(?:insurance|insurer|appeal|thank[- ]you|christmas|birthday cards?|cards|school|work"
    r"|employer|disability|forms?|benefits|grant|reference|complaint|council|landlord|bank"
    r"|sign|signed off|doctor's|gp|referral|pen ?pal|santa)"
)


PLANS_TOLD: tuple[LazyPattern, ...] = tuple(
    LazyPattern(guarded(p))
    for p in (
        # A height or a place chosen or looked up: "i've picked the bridge", "worked out which
        # cliff path", "looked up which bridge near the hospital is highest", "how far the drop
        # is from the overpass".
        rf"{unless(_NOT_A_PLAN)}"
        rf"\b{_CHOSE} (?:out )?(?:which|the|a|what) (?:\w+ ){{0,2}}{_HEIGHT}s?\b"
        rf"(?![^.!?]{{0,30}}\b(?:is closed|to park|for parking|on the way to (?:the )?(?:clinic"
        r"|hospital)|to get to))",
        rf"{unless(_NOT_A_PLAN)}"
        rf"\b{_CHOSE}\b[^.!?]{{0,40}}\b(?:highest|tallest|how (?:high|tall|far down|deep)"
        rf"|how far the drop)\b[^.!?]{{0,40}}\b{_HEIGHT}s?\b"
        rf"|\b{_CHOSE}\b[^.!?]{{0,40}}\b{_HEIGHT}s?\b[^.!?]{{0,40}}\b(?:is (?:the )?highest"
        r"|is (?:the )?tallest|how (?:high|tall|far down|deep) (?:it|the \w+) is|how far the drop)",
        # A date or a night picked with nothing to hold on it: "picked the date, it's the day
        # after my birthday", "i've chosen friday night".
        rf"{unless(_NOT_A_DATE)}"
        rf"\b(?:picked|chosen|chose|set|decided on|fixed|settled on)"
        r" (?:a|the|my) (?:date|day"
        r"|night|time)\b(?! (?:for|of|to|when|with|we|they)\b)",
        rf"{unless(_NOT_A_DATE)}"
        rf"\b(?:picked|chosen|chose|decided on|settled on) {WEEKDAY}(?: night)?\b"
        r"(?! (?:for|to|as|because|since)\b)",
        # Means gathered in one place, or put by night after night: "all my oxy lined up on the
        # table", "the prednisone and the morphine together in a cup", "filled a bag with the old
        # prescriptions to take at once", "putting aside a sleeping tablet every night".
        rf"{unless(_NOT_GATHERED)}"
        rf"\b{_MEANS}\b[^.!?]{{0,40}}\b(?:lined up|counted out|laid out|all (?:together )?in (?:one"
        r"|a) (?:cup|glass|bowl|bag|pile)|together in (?:a|one) (?:cup|glass|bowl|bag|pile)"
        r"|in one (?:cup|glass|bowl|pile)|stashed|hidden away|saved up|stockpiled|hoarded)\b",
        rf"{unless(_NOT_GATHERED)}"
        rf"\b(?:filled|fill|put|putting|poured|tipped) (?:a|the|my|one) (?:bag|cup|glass|bowl)"
        rf" with\b[^.!?]{{0,40}}\b{_MEANS}\b[^.!?]{{0,30}}\b(?:at once|all at once|together|in one"
        r" go)\b",
        rf"{unless(_NOT_GATHERED)}"
        rf"\b(?:put|putting|putting aside|set|setting|saving|saved|kept|keeping|hid|hiding)"
        rf" (?:aside |away |back )?(?:one|a|two|some|an extra)(?: of)? (?:my |his |her )?(?:\w+ )?"
        rf"{_MEANS}\b[^.!?]{{0,20}}\b(?:every|each) (?:night|day|evening|morning)\b",
        # Things given up with no need left for them, or a going told by the hour: "put my
        # passwords in an envelope for my sister, won't need them", "there wont be a need for
        # them after friday", "i'm going tonight", "you won't hear from me after today".
        r"\b(?:gave|given|giving|sold|selling|rehomed|rehoming|handed|passwords|will|funeral"
        r"|note|letters?)\b[^.!?]{0,60}[.,;]\s*(?:i )?"
        r"(?:won't|wont|will not|shan't) (?:be )?need(?:ing)? (?:them|it|those|any of it)\b"
        r"(?! (?:in|at|where|since|because|now|after the|on the|for the|till|until|anymore"
        r" now)\b)",
        r"\b(?:there|they)(?:'ll| will)? (?:won't|wont|will not|will be no) (?:be )?(?:a |any )?"
        r"need (?:for|of) (?:them|it|those|me)\b[^.!?]{0,10}\b(?:after|by|past) (?:today|tonight"
        rf"|tomorrow|this week|the weekend|{WEEKDAY})\b",
        rf"\b(?:i'm|im|i am) going (?:tonight|today|this weekend|on {WEEKDAY})"
        r"\s*(?:$|[.!,;]\s*(?:$|goodbye|bye|take care|love"
        r"|sorry|thank))",
        r"\bbefore i go (?:tonight|today)\s*(?:$|[.!,;])",
        # Letters left where they will be found: "wrote the letters, they're on the table".
        rf"{unless(_NOT_A_GOODBYE)}"
        rf"\b(?:wrote|written|writing|left|finished|signed) (?:the |my |a"
        r" few |some |all the )?(?:letters|notes|goodbye letters|last letters)\b[^.!?]{0,40}"
        r"\b(?:on the (?:table|bed|desk|side|pillow|dresser|mantel\w*)|for (?:everyone|each of"
        r"|my (?:kids|children|family|wife|husband|partner|son|daughter|mum|mom|dad)|the kids))\b",
        r"\b(?:you|they|anyone|nobody)(?: \w+)? (?:won't|wont|will not|will never) hear from me"
        r" (?:again|after (?:today|tonight|this))\b",
        r"\b(?:this is|it's|its|tonight is|today is) my last (?:night|day)\b(?! (?:in|at|on|of"
        r"|here|before|with|home|off|at work|of work|shift|of school|of term|of treatment)\b)",
        # A time come with nothing it is time for, the message's last words: "said my goodbyes.
        # it's time", "its nearly time now" (not "it's time for my infusion", "time to go home").
        rf"{unless(_NOT_A_TIME)}"
        r"(?:^|[.,;:!'\"]\s*)(?:and |so )?(?:it's|its|it is) (?:nearly |almost |finally |now )?"
        r"(?:the )?time(?: now)?\s*[.!'\"]*\s*$",
        # A pact to die with another, or going together told as the way out: "we made a pact to
        # go together", "talked about going together, we just want it peaceful".
        r"\b(?:suicide pact|pact (?:to|that|so) (?:we|i|both|go|die|end|help each other (?:go|die))"
        r"|(?:made|make|have|had|got) (?:a|our) pact\b[^.!?]{0,40}\b(?:go|die|end|together))\b",
        r"\b(?:talked|talking|agreed|decided|planning|planned|plan) (?:about |on |to )?(?:going|go"
        r"|dying|die|ending it|end it|ending things|end things|leaving|leave) together\b"
        r"(?! (?:to|on|for|at|with|next|this|in)\b)",
    )
)
