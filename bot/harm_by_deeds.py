"""Self-harm told by the act and the household thing used, and an illness left to run on
purpose: the crisis line first.

Written from the self-harm signs Samaritans, the NHS and 988 list (burning the skin with
something heated, hitting one's head again and again, stabbing or digging into the skin with
what is at hand) and from the warning sign of neglecting one's health on purpose, not from
messages: each pattern is the shape of the act, so a new object or body part reads alike. Its
near misses (a burn while cooking, "banging my head against a wall" with the insurer, a jab
with a needle at the clinic, a fever told to the team) are tested in tests/test_triage.py.
"""

from __future__ import annotations

from .pattern_set import LazyPattern

_BODY = (
    r"(?:arms?|forearms?|legs?|thighs?|wrists?|skin|stomach|belly|hips?|chest|hands?|feet|foot"
    r"|ankles?|shoulders?|neck)"
)
# What is heated on purpose to burn with: no one burns an arm on a spoon while cooking.
_HEATED = r"(?:spoon|knife|fork|coin|key|paper ?clip|nail|needle|pin|lighter|butter knife)"
_STABBING_THING = (
    r"(?:fork|pen|pencil|compass|scissors|screwdriver|nail file|safety pin|knife|skewer"
    r"|tweezers|paper ?clip)"
)
_OWN = r"(?:my|his|her|their)"
_ILLNESS = (
    r"(?:it|the (?:fever|infection|crs|icans|cancer|illness|disease|sepsis|lupus|bleeding"
    r"|symptoms?|pain))"
)

HARM_BY_DEEDS: tuple[LazyPattern, ...] = tuple(
    LazyPattern(p)
    for p in (
        # Burnt with something heated: "burned my arm with a hot spoon", "heated a knife on the
        # stove and held it to my thigh"; not "burned my hand on the stove making tea".
        rf"(?<!accidentally )\b(?:burn\w*|scald\w*|brand\w*) {_OWN}(?:self|selves| {_BODY})"
        rf" with (?:a |the |my |his |her )?(?:hot|heated|red hot|boiling) \w+(?: \w+)?\b"
        rf"|\b(?:heat\w*|warm\w*) (?:up )?(?:a|the|my|his|her) {_HEATED}\b[^.!?]{{0,50}}"
        rf"\b(?:to|on|against|into) {_OWN} {_BODY}\b",
        # The head hit again and again, or till it hurts: "i keep hitting my head on the wall",
        # "banged her head against the floor until it bled"; not a figure of speech with the
        # insurer, a fall or a low cupboard.
        rf"^(?![^\n]*\b(?:like|as if|insurance|insurer|paperwork|forms?|billing|phone|calls?"
        rf"|fell|fall|slipped|tripped|cupboard|shelf)\b)[^\n]*"
        rf"\b(?:(?:keep|keeps|kept|been|started|start|was|is|am|i'm) (?:hitting|banging|slamming"
        rf"|smashing|bashing) {_OWN} head (?:against|on|into) (?:the|a) (?:wall|floor|door"
        rf"|table|desk|mirror|headboard)s?"
        rf"|(?:hit|hits|hitting|bang\w*|slam\w*|smash\w*|bash\w*) {_OWN} head (?:against|on"
        rf"|into) (?:the|a)(?: \w+)? (?:wall|floor|door|table|desk|mirror|headboard)s?"
        rf"(?: [\w']+){{0,3}} (?:until|till|til|over and over|again and again|repeatedly"
        r"|on purpose|when (?:it|things|everything|life) (?:gets?|got) (?:too much|too hard|bad"
        r"|overwhelming)|when the (?:\w+ )?thoughts))\b",
        # Stabbed or dug into with what was at hand: "stabbed my leg with a fork", "dug a
        # compass into my arm"; not a needle at the clinic or a finger while sewing.
        rf"(?<!accidentally )\b(?:stab\w*|gouge\w*) {_OWN}(?:self| {_BODY}) with (?:a|the|my|his"
        rf"|her) {_STABBING_THING}\b(?! (?:by accident|accidentally)\b)"
        rf"|\b(?:stab\w*|dig\w*|dug|jam\w*|push\w*|press\w*) (?:a|the|my|his|her)"
        rf" {_STABBING_THING} into {_OWN} {_BODY}\b",
        # The illness left to run on purpose, untold, so that it ends things: "i'm not telling
        # the team about the fever, i want it to take me", "ignoring it, let it finish me".
        rf"\b(?:let|letting|want|wants|wanted|hop\w*|pray\w*|wish\w*) {_ILLNESS} (?:to )?"
        r"(?:just )?(?:take|kill|finish(?: off)?|win over) (?:me|him|her)\b"
        r"(?! (?:a |an |to |home|out|in |for |with|back|there|away|up|down|on |off|ages|long"
        r"|forever|some|all|\d))",
        r"\b(?:not|won't|wont|never|didn't|didnt|am not|i'm not|im not) (?:going to |gonna )?"
        r"(?:tell\w*|call\w*|ring\w*|report\w*)(?: [\w']+){0,4} (?:the team|the doctors?"
        r"|the nurses?|the hospital|anyone|anybody|my doctor|the clinic|them)\b[^.!?]{0,60}"
        r"\b(?:on purpose|deliberately|so (?:it|i) (?:can|will|gets?|get|could)"
        r" (?:take|kill|finish|die|go|be over|worse and))\b",
        # Means counted out or put by: "counted out 40 of my sleeping pills"; not a week's
        # organizer filled or a refill checked.
        r"\bcount\w*(?: out| up)? (?:\d+|all|every one|how many)(?: of)? (?:my|his|her|the)"
        r" (?:\w+ )?(?:pills|tablets|meds|painkillers|sleepers|capsules)\b"
        r"(?![^.!?]{0,60}\b(?:organi[sz]er|dosette|pill ?box|blister|for the week|weekly"
        r"|pharmacy|pharmacist|refill|missing|short|left over|to return|tracker|log|chart))",
        # Spanish, as 988's Spanish line hears it: a jump thought of, praying not to wake, or to
        # be taken.
        r"\b(?:pienso en|pensando en|pens[eé] en|quiero|voy a|me voy a|ganas de)"
        r" (?:tirarme|aventarme|lanzarme|arrojarme) (?:del|de un|de una|desde el|desde un"
        r"|desde la|por el|por la|al) (?:puente|edificio|balc[oó]n|techo|azotea|ventana|tren"
        r"|metro|r[ií]o|mar|acantilado)\b",
        r"\b(?:rez\w*|(?:le )?(?:pido|ruego|rogando|pidiendo) a dios)(?: \w+){0,3} que (?:ya )?"
        r"(?:me|se) (?:lleve|recoja)\b(?! (?:a |al |con |de |en |hasta |para ))",
        r"\b(?:rez\w*|oro|orando|(?:le )?(?:pido|ruego|rogando|pidiendo) a dios)(?: \w+){0,3}"
        r" (?:para |que )?(?:ya )?(?:no|nunca) (?:me )?(?:deje |dej[eé]s )?(?:volver a )?"
        r"(?:despertar\w*|despierte|amanecer|amanezca)\b(?! (?:a |al |el |la |los |las |tan"
        r" |temprano|antes|de noche))",
    )
)
