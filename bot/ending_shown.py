"""An ending or a self-harm shown by what is done, looked at or wished, not said: the crisis line.

Written from the warning signs the 988 Lifeline, Samaritans and the NHS list (a time picked,
a way looked for, a drop looked over, a wish to be with someone who has died, hurting oneself
and wanting it to hurt), not from messages. Five senses, each read by its parts:

- a day picked with nothing it could be for: a day or a date named, then "that's the day" or
  "that's when" ending its sentence, and no appointment, scan, party or trip in the message;
- joining the dead: a death told, and the writer or someone of theirs "joining her" with
  nothing after the wish ("joining her for lunch" is a meal, "can i join her?" a question);
- an edge looked over: "thinking how easy it would be", a drop looked over or down from a
  height, or the writer scared of themselves at an edge;
- the pain wanted from a deed on one's own body ("to make them hurt", "i like that it hurts");
- a body part held to a heat or a cold till it marks, or blows to oneself as a habit, or fresh
  cuts or burns seen on someone's body; an accident, first aid, a pet or sport kept off.
"""

from __future__ import annotations

from .pattern_set import LazyPattern, guarded, unless

# A day or a date picked: "the 14th", "friday", "new year's eve", "my birthday".
_A_DAY = (
    r"(?:the \d{1,2}(?:st|nd|rd|th)|(?:on |by )?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|new year'?s(?: eve| day)?|christmas(?: eve| day)?|my birthday"
    r"|(?:our|my) anniversary|tomorrow night|tonight|next week))"
)
# What a picked day is most often for: the care, a trip, a party. A day set for nothing named.
_AN_EVENT = (
    r"(?:infusion|cells|scan|appointment|clinic|results?|test|bloods|surgery|biopsy|discharge"
    r"|party|wedding|flight|holiday|trip|move|moving|collection|apheresis|trial|visit|review"
    r"|check\w*|dose|jab|vaccine|op|operation|match|game|final|concert|exam|interview|start\w*"
    r"|due|deadline|booked|ticket|coming|arriv\w*|home|back|work|shift|date night|dinner|meal"
    r"|celebrat\w*|tattoo|haircut|pay ?day|paid|benefits?)"
)

# Someone's death told: not "dead tired", "gone to the shops".
_A_DEATH = (
    r"\b(?:died|dies|death|passed (?:away|on)|funeral|ashes|grave|buried|cremat\w*"
    r"|didn't make it|put (?:him|her) (?:down|to sleep)|put to sleep|heaven"
    r"|(?:he's|she's|he is|she is) gone(?! to| out| home| back| off| for| now to)"
    r"|lost (?:him|her|my (?:wife|husband|son|daughter|mum|mom|dad|partner|friend|boy|girl)))\b"
)
_THE_DEAD = (
    r"(?:him|her|them|mum|mom|mam|dad|my (?:wife|husband|son|daughter|mum|mom|dad|mother"
    r"|father|brother|sister|partner|friend|boy|girl|baby))"
)
# The wish ends its clause: "joining her for lunch", "join him at the pub" are plans.
_JOINED = (
    rf"(?<!can i )(?<!could i )(?<!should i )(?<!may i )\bjoin(?:ing)? {_THE_DEAD}"
    r"(?= *(?:$|[.,;:!]|and\b|but\b|soon\b|now\b|that day\b|there\b|up there\b|in heaven\b"
    r"|one day\b|tonight\b|before\b|already\b|again\b))"
)

# A height with a drop.
_HEIGHT = (
    r"(?:edge|balcony|bridge|footbridge|overpass|cliff|roof|rooftop|ledge|top floor|top level"
    r"|\d+(?:st|nd|rd|th)[ -]floor|multi ?storey|car park|railings?|low wall|parapet|window"
    r"|platform|dam|pier|weir|viaduct)"
)
_LOOKED_OVER = (
    r"(?:look\w*|star\w*|peer\w*|gaz\w*) (?:over|down)\b(?! at (?:my|his|her|the|our) (?:phone"
    r"|feet|shoes|screen|book|lap|plate|hands?|knees?|chest|tummy|stomach|belly))"
    r"|look\w* at the drop|how far the drop"
)
_HOW_EASY = (
    r"\b(?:think\w*|thought|wonder\w*)(?: about)? how easy it (?:would|'d|could|might) be"
    r"(?= *(?:$|[.,;!?]|to (?:just )?(?:drive|step|jump|fall|let go|slip|go|end|roll|lean|walk"
    r"|climb|tip|swerve|not|disappear|stop|drown|take)\b))"
)

# One's own body, or someone's told by their pronoun.
_WHOSE = r"(?:my|his|her|their)"
_BODY = (
    r"(?:arms?|forearms?|legs?|thighs?|wrists?|skin|stomach|belly|tummy|hips?|chest|hands?"
    r"|feet|foot|ankles?|shoulders?|neck|face|cheeks?|head|fingers?|fingertips|palms?|shins?"
    r"|bruises|scars?|wounds?|cuts)"
)
# A heat or a cold that marks the skin; a cold tap or water is first aid.
_HEAT = (
    r"(?:hot tap|hot water|boiling water|kettle|hob(?: ring)?|iron|lighter|flame|candle"
    r"|radiator|oven door|cooker|straighteners|curling tongs|ice|ice cubes?|frozen \w+)"
)
_MARKED = (
    r"(?:till|until|so) (?:it|they|the skin|(?:my|his|her) \w+) (?:\w+ )?(?:blisters?|blistered"
    r"|burns?|burned|burnt|goes white|went white|welts?|welted|bleeds?|bled|is raw|went raw"
    r"|scalds?|scalded|hurts?)\b|\bon purpose\b|\bdeliberately\b|\bto hurt\b|\bpunish"
)
# The pain wanted for itself.
_PAIN_WANTED = (
    r"(?:\b(?:i|he|she|they) (?:like|likes|love|loves|want|wants|need|needs) (?:that )?it"
    r" (?:to )?hurts?\b|\bto make (?:it|them) hurt\b|\bso (?:that )?(?:it|they) hurts? more\b"
    r"|\b(?:till|until) it hurts enough\b|\b(?:i|he|she) want (?:it|them) to hurt\b)"
)
_BLOW = r"(?:hit|hits|hitting|slap\w*|punch\w*|smack\w*|thump\w*)"
_SELF = r"(?:my|him|her|them)sel(?:f|ves)"
# "hit myself on the cupboard door", "with the hammer": a knock, not a blow meant.
_NOT_ON_A_THING = r"(?! (?:on|with|against|into) (?:the|a|an|my|his|her) )"
_HABIT = (
    r"(?:\bagain\b|\bevery (?:night|day|time)\b|\bsince\b|\bwhen(?:ever)? (?:i|he|she)\b"
    r"|\bkeeps?\b|\bkept\b|\bstarted\b|\b(?:has|have|i've|he's|she's) been\b)"
)
_FRESH = r"(?:fresh|new|more)"
_WOUNDS = r"(?:cuts|cut marks|burns|burn marks|slashes|scratches)"
# Accidents, first aid, pets, sport, the clinic: the same words with no harm meant.
_CALM = unless(
    r"(?:accident\w*|by mistake|didn't mean|not on purpose|slipp\w*|tripp\w*|fell|cooking"
    r"|chopping|baking|gardening|garden|bramble\w*|shaving|cat|cats|kitten|dog|dogs|puppy"
    r"|clumsy|gym|workout|sport\w*|football|rugby|massage|physio\w*|stretch\w*|cold tap|cold water"
    r"|first aid|warm up|warm them|numb\w* (?:it|the pain)|swelling|sprain\w*|nurse|doctor"
    r"|surgery|operation|biopsy|toddler|baby)"
)

ENDING_SHOWN: tuple[LazyPattern, ...] = tuple(
    LazyPattern(guarded(p))
    for p in (
        # "friday. that's the day.", "the 3rd, that's when. all sorted": a day set, for nothing
        # the message names.
        unless(_AN_EVENT)
        + rf"(?:^|[.!?,;] *){_A_DAY}\b[^\n]{{0,80}}?(?:^|[.!?,;:] *)(?:that's|thats|that is"
        r"|it's|its) (?:the day|the night|the date|when)(?= *(?:$|[.!,;]|(?:then|it's sorted"
        r"|all sorted|decided|done)\b))",
        # "since she died i keep thinking about joining her", "the anniversary of his death is
        # next week and i plan to join him that day".
        rf"{_A_DEATH}[^\n]{{0,200}}?{_JOINED}",
        rf"{_JOINED}[^\n]{{0,200}}?{_A_DEATH}",
        # "sat at the top floor window thinking how easy it would be", "in the car park for an
        # hour thinking how easy it would be to drive into the wall".
        _HOW_EASY,
        # "i stop in the middle of the footbridge every day and look down", "been going up to
        # the top floor to look over the edge".
        unless(r"(?:view|fireworks|sunset|sea view|scenery|photo\w*|pictures?)")
        + rf"\b{_HEIGHT}\b[^.!?]{{0,80}}?(?:{_LOOKED_OVER})"
        rf"|(?:{_LOOKED_OVER})[^.!?]{{0,40}}?\b{_HEIGHT}\b",
        # "scared of myself near the balcony now": the fear is of oneself, not of a fall.
        rf"\b(?:scared|afraid|frightened|terrified) of (?:my|him|her)self\b[^.!?]{{0,60}}?"
        rf"\b{_HEIGHT}\b|\b{_HEIGHT}\b[^.!?]{{0,60}}?\b(?:scared|afraid|frightened|terrified)"
        r" of (?:my|him|her)self\b",
    )
)

HARM_SHOWN: tuple[LazyPattern, ...] = tuple(
    LazyPattern(guarded(p))
    for p in (
        # "i press on the bruises to make them hurt", "pressed the bruises on my legs, i like
        # that it hurts".
        _CALM + rf"\b{_WHOSE} (?:own |\w+ )?{_BODY}\b[^\n]{{0,120}}?{_PAIN_WANTED}"
        rf"|{_PAIN_WANTED}[^\n]{{0,80}}?\b{_WHOSE} (?:own )?{_BODY}\b"
        rf"|\b(?:press\w*|push\w*|dig\w*|squeez\w*|pinch\w*) (?:on |at |into )?(?:the|my|his|her)"
        rf" (?:\w+ )?bruises\b[^\n]{{0,100}}?{_PAIN_WANTED}",
        # "she holds her hand on the hob ring until it blisters", "ran my wrist under the hot
        # tap on purpose".
        _CALM + rf"\b{_WHOSE} (?:own )?{_BODY}\b[^.!?]{{0,30}}?\b(?:under|on|onto|against|in|into"
        rf"|to|with)(?: the| a| my| his| her)?(?: hot| boiling| red hot)? {_HEAT}\b[^.!?]{{0,50}}?"
        rf"(?:{_MARKED})"
        rf"|\b{_HEAT}\b[^.!?]{{0,30}}?\b(?:on|onto|against|to|under) {_WHOSE} (?:own )?{_BODY}\b"
        rf"[^.!?]{{0,50}}?(?:{_MARKED})",
        # "he punches himself in the head", "slapping myself again whenever i forget a word".
        _CALM + rf"\b{_BLOW} {_SELF} (?:in|on|round|across) the (?:face|head)\b"
        rf"|\b{_BLOW} {_SELF}\b{_NOT_ON_A_THING}[^.!?]{{0,50}}?{_HABIT}"
        rf"|{_HABIT}[^.!?]{{0,30}}?\b{_BLOW} {_SELF}\b{_NOT_ON_A_THING}",
        # "my daughter has fresh cuts on her wrists", "new burns on his arm again".
        _CALM + rf"\b{_FRESH} {_WOUNDS} (?:on|all over|up and down|across) {_WHOSE} (?:own )?"
        r"(?:arms?|forearms?|wrists?|thighs?|legs?|stomach|belly|tummy|hips?|chest|ankles?)\b",
    )
)
