"""Urgent signs told as the picture they make, spelled out as the sign in place.

Written from the CRS and sepsis warning signs of the CAR-T discharge sheets (St. Jude, OncoLink),
the UK Sepsis Trust ("shivering, fever or very cold"), the NHS pages on fainting ("your vision
goes blurry or dark as you stand up") and the American Cancer Society's bleeding list (pink or
red urine), not from messages. Shaking chills are told by the shaking and how far warmth fails to
stop it (under blankets, in a coat in a warm room, cold with hot skin), or by how violent it is;
a near faint by sight going dark or grey as someone gets up, or a face going white with a fall
near. Each image is replaced where it stands by the sign's own words, so the rules' negation and
time ("not shaking under the duvet any more", "went grey when i stood up last week") read it as
they read the sign.
"""

from __future__ import annotations

from .pattern_set import LazyPattern
from .sign_course import SHAKING_CHILLS

NEAR_FAINT = "nearly fainting"
BLOOD_IN_URINE = "blood in the urine"

_SHAKING = r"(?:shak\w*|shiver\w*|shudder\w*|quak\w*|rattl\w*|trembl\w*|juddering)"
# What should warm someone: a shaking body under it is no cold room.
_WARMTH = (
    r"(?:blankets?|duvets?|covers|quilts?|comforters?|heated blanket|electric blanket"
    r"|heating pad|hot water bottle|(?:winter )?coats?|fleeces?|hoodies?|jumpers?|sweaters?"
    r"|bobble hat|hats?|layers)"
)
# Heat or a time of year when nobody shivers from the weather.
_WARM_ROOM = (
    r"(?:\d\d ?(?:degrees|f|c)\b[^.!?]{0,20}\b(?:in here|inside|in the room)|in (?:july|august))"
)
# A fright, a film, the cold outside or nerves: shaking for a reason of its own.
_NOT_CHILLS = LazyPattern(
    r"\b(?:nerv\w*|anxi\w*|scared|fright\w*|afraid|terrified|panic\w*|adrenaline"
    r"|laugh\w*|giggl\w*|rage|furious|angry|crying|sobbing|film|movie|snow|outside|swim\w*"
    r"|pool|sea|ocean|rain|bus stop|waiting room|air ?con\w*|fridge|ice bath|dog|cat|puppy"
    r"|washing machine|car|train|earthquake|excit\w*)\b"
)

_CHILLS = LazyPattern(
    r"(?:"
    # "shaking under three blankets", "rattling under the duvet"
    rf"\b{_SHAKING}(?: \w+){{0,3}} (?:under|in|beneath|despite)(?: \w+){{0,3}} {_WARMTH}\b"
    # "under the electric blanket on full and still quaking", "two hoodies, still shaking"
    rf"|\b{_WARMTH}\b[^.!?]{{0,40}}\b(?:still|and|but|yet) (?:\w+ )?{_SHAKING}"
    # "bundled in a winter coat shaking" in a warm room
    rf"|\b{_WARM_ROOM}[^.!?]{{0,60}}\b{_SHAKING}"
    # "shaking like a leaf", "violent shakes", "shuddering fits", "shaking in waves"
    rf"|\b{_SHAKING} like (?:a leaf|mad|crazy|jelly|a washing machine)"
    rf"|\b(?:uncontrollabl[ey]|violent(?:ly)?|big|huge|massive|full[- ]body) {_SHAKING}"
    rf"|\b{_SHAKING} (?:fits|attacks|spells|in waves|uncontrollably)"
    # "shaking so hard i dropped the thermometer", "so much i couldn't get it in my mouth"
    rf"|\b{_SHAKING} so (?:hard|much|badly|bad) (?:that )?(?:i|he|she)"
    r" (?:dropped|couldn't|couldnt|can't|cant) (?:the|get the|hold the|read the) thermometer"
    # "freezing but my skin is burning", "freezing then boiling", "says he's freezing but
    # his skin is hot"
    r"|\b(?:freezing|ice cold|cold to the bone)\b[^.!?]{0,40}\b(?:but|then|and)\b[^.!?]{0,25}"
    r"\b(?:boiling|burning|hot|roasting|on fire)\b"
    # "her lips are chattering"
    r"|\b(?:lips|chin)(?: (?:are|is|keep|keeps))? chatter\w*"
    # Spanish: "temblando de frío y no para", "tiritando bajo tres mantas"
    r"|\b(?:temblando|tiembla|tiemblo|tiritando|tirita|tirito) (?:de fr[ií]o )?"
    r"(?:y no (?:para|paro)|sin parar|bajo (?:las |dos |tres |cuatro |varias )?"
    r"(?:mantas|cobijas|frazadas|s[aá]banas))"
    r")"
)

# Sight going dark or grey as someone gets up, or sits up: "every time i stand the room goes
# black at the edges", "my vision greys out and i nearly go down".
_SIGHT_GOES = (
    r"(?:everything|the room|my vision|his vision|her vision|vision|my eyesight|the world"
    r"|my sight|it|all)(?: \w+)? (?:goes|went|going|turns|turned|greys|grays|greyed|grayed"
    r"|blacks|blacked|whites|whited|fades|faded|dims|dimmed)(?: out)?"
    r"(?: (?:black|dark|grey|gray|white|fuzzy|out|dim|starry|tunnel\w*))?"
)
_GETTING_UP = (
    r"(?:stand|stands|standing|stood|sit up|sits up|sitting up|sat up|get up|gets up|getting up"
    r"|got up|try to sit|tries to sit)"
)
_NOT_A_FAINT = LazyPattern(
    r"\b(?:power ?cut|lights? (?:went|go|goes)|bulb|screen|tv|telly|phone|film|movie|cinema"
    r"|sunset|eclipse|blinds|curtains)\b"
)
_FAINT = LazyPattern(
    r"(?:"
    rf"\b{_GETTING_UP}\b[^.!?]{{0,40}}\b{_SIGHT_GOES}"
    rf"|\b{_SIGHT_GOES}\b[^.!?]{{0,30}}\b(?:when|whenever|as|if|every time) (?:i|he|she|they)"
    rf" {_GETTING_UP}"
    # "goes white and has to sit back down or he falls", "went grey and nearly went down"
    r"|\b(?:goes|went|going|turns|turned) (?:white|grey|gray|pale|ashen)(?: as a sheet)?"
    r" and (?:has to|had to|have to|needs to|needed to) (?:sit|lie|lay) (?:back )?down"
    r"|\b(?:goes|went|going|turns|turned) (?:white|grey|gray|pale|ashen|dizzy)(?: \w+)?"
    r" and (?:nearly|almost) (?:fell|falls|fall|went down|goes down|go down|dropped|collapsed)"
    r")"
)

# Urine told by a colour blood gives it: "my wee has gone red", "his urine bag is pink".
_NOT_BLOOD = LazyPattern(r"\b(?:beet\w*|rhubarb|blackberr\w*|dye|food colou?ring)\b")
_RED_URINE = LazyPattern(
    r"\b(?:urine|wee|pee|piss)(?: bag)?(?: (?:is|was|has|has gone|have gone|'s|looks|looking"
    r"|gone|going|turned|turning|getting|come out|comes out|coming out|came out))+"
    r"(?: (?:a bit|quite|really|very|bright|light|dark|all))? (?:red|pink|rose|ros[eé]"
    r"|bloody|reddish|pinkish|the colou?r of (?:wine|rose|ros[eé]|cherry))\b"
)


# Vomit told by the blood seen in it (round 51): "the stuff i just brought up had red in it",
# "what i just threw up was bright red", "brought up sick with dark red bits"; not a red food
# or drink brought back up.
VOMITING_BLOOD = "vomiting blood"
_VOMIT = r"(?:threw up|throw\w* up|brought up|bring\w* up|vomit\w*|sick|puk\w*)"
_BLOOD_SEEN = (
    r"(?:(?:bright |dark |deep )?red|blood\w*|(?:dark|black) (?:bits|flecks|specks"
    r"|streaks|clots)|coffee grounds?)"
)
_BLOODY_VOMIT = LazyPattern(
    rf"\b{_VOMIT}(?: [\w']+){{0,3}}? (?:had|has|have|with|was|is|were|looked|looks|came up"
    r"|comes up|full of)(?: (?:a bit of|some|bits of|streaks of|all|kind of|quite))?"
    rf" {_BLOOD_SEEN}\b"
)
_RED_FOOD = LazyPattern(
    r"\b(?:beet\w*|rhubarb|blackberr\w*|dye|food colou?ring|wine|jell[oy]|red bull|ketchup"
    r"|tomato\w*|strawberr\w*|cherr\w*|raspberr\w*|juice|sauce|peppers?|lolly|popsicle|gatorade"
    r"|powerade|kool|punch|cranberr\w*|chilli|chili|curry|pasta)\b"
)


def spell_out_images(text: str) -> str:
    """Return a normalized text with each image of an urgent sign replaced by the sign's name.

    "can't stop shaking under three blankets" reads "can't stop shaking chills", "everything
    greyed out when i stood up" reads "nearly fainting", "my wee has gone red" reads "blood in
    the urine", "what i threw up was bright red" reads "what i vomiting blood", each where it
    was told.
    """
    # The image first: the words that unsay it are read only where it is told.
    if _CHILLS.search(text) and not _NOT_CHILLS.search(text):
        text = _CHILLS.sub(SHAKING_CHILLS, text)
    if _FAINT.search(text) and not _NOT_A_FAINT.search(text):
        text = _FAINT.sub(NEAR_FAINT, text)
    if _RED_URINE.search(text) and not _NOT_BLOOD.search(text):
        text = _RED_URINE.sub(BLOOD_IN_URINE, text)
    if _BLOODY_VOMIT.search(text) and not _RED_FOOD.search(text):
        text = _BLOODY_VOMIT.sub(VOMITING_BLOOD, text)
    return text
