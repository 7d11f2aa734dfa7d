"""Self-harm told by the act and a reason of its own, with no word of harm or death: the crisis
line first.

Written from the self-harm pages of the NHS, Mind, Samaritans and Mayo Clinic, not from
messages: people hurt themselves to feel something, to punish themselves, out of anger or hatred
at themselves, to feel the pain instead of the thoughts, alone and hidden; by cutting,
scratching, burning, hitting or biting, or by taking more of a medicine or going without food
to hurt. Each pattern is the act on one's own body joined to such a reason or to the mark it
leaves, so a new object or body part reads alike. Near misses (a cut while cooking, a knock on a
cupboard, scratching a rash, skipping lunch for a scan) are tested in tests/test_triage.py.
"""

from __future__ import annotations

from .pattern_set import LazyPattern, guarded, unless

_OWN = r"(?:my|his|her|their)"
_BODY = (
    r"(?:arms?|forearms?|legs?|thighs?|wrists?|skin|stomach|belly|hips?|chest|hands?|feet|foot"
    r"|ankles?|shoulders?|neck|face|head|knuckles|fists?|fingers?|palms?|calf|calves|sides?)"
)
_HURTS = (
    r"(?:cut\w*|slash\w*|scratch\w*|scrap\w*|burn\w*|hit|hits|hitting|punch\w*|bit|bites|biting"
    r"|smash\w*|slam\w*|bash\w*|bang\w*|stab\w*|carv\w*|gouge\w*|pinch\w*|claw\w*|whack\w*"
    r"|pick\w*|did|do|does|doing)"
)
# Why, in the words the self-harm pages give: the pain wanted, a punishment, a feeling.
_FOR_ITSELF = (
    r"(?:on purpose|deliberately|intentionally|to punish (?:my|him|her)self|to hurt (?:my|him"
    r"|her)self|(?:i|he|she) (?:want|wants|wanted) (?:it|them) to hurt|(?:i|he|she) (?:want|wants"
    r"|wanted|need|needed) the pain|to feel (?:something|anything|the pain|pain|real|alive)"
    r"|(?:so|to) (?:i|he|she) (?:can|could) feel|(?:i|he|she) (?:deserve|deserves|deserved) it"
    r"|(?:angry|mad|furious|disgusted) (?:at|with) (?:my|him|her)self|(?:i|he|she) (?:hate|hates"
    r"|hated|loathe|loathes|loathed|can't stand) (?:my|him|her)self|when (?:i'm|im|i am|he's|she's)"
    r" alone|when (?:no one|nobody|no-one) (?:is|was|'s) (?:around|home|looking|watching)"
    r"|(?:i|he|she) (?:don't|dont|doesn't|doesnt|didn't) care|to make (?:it|them) bleed"
    r"|when it gets (?:bad|too much|dark))"
)
# The mark it leaves: bleeding, split, raw, purple.
_MARK = (
    r"(?:(?:till|until|til) (?:it|they|the skin|(?:my|his|her) \w+|they're|theyre|it's|its)"
    r" (?:\w+ )?(?:bleeds?|bled|bleeding|split|splits|raw|purple|bruised|black|blue|marked"
    r"|broke|blister\w*)|\braw\b)"
)
# A kitchen, a garden, a fall or a rash: not harm.
_NOT_HARM = unless(
    r"(?:accident\w*|by mistake|cook\w*|chopping|kitchen knife slipped|garden\w*"
    r"|fell|slipped|tripped|rash|itch\w*|eczema|hives|mosquito|bites? from|insect|shingles"
    r"|psoriasis|sunburn\w*|lighting|candles?|shav\w*|fireplace|bonfire|barbecue|bbq"
    r"|cupboard|shelf|door ?frame|ceiling|not on purpose|didn't mean"
    r"|wasn't on purpose)"
)


HARM_FOR_ITSELF: tuple[LazyPattern, ...] = tuple(
    LazyPattern(guarded(p))
    for p in (
        # The act on one's own body with its reason or its mark: "i bite the inside of my arm
        # till it bleeds when i'm angry at myself", "burning my wrist with a lighter when no
        # one is around", "i keep hitting my legs with a hairbrush till theyre purple".
        rf"{_NOT_HARM}\b{_HURTS} (?:(?:at|into|in) )?(?:the (?:inside|back|top) of )?{_OWN}"
        rf" (?:own )?{_BODY}\b[^.!?]{{0,60}}(?:{_FOR_ITSELF}|{_MARK})",
        rf"{_NOT_HARM}\b{_HURTS} (?:my|him|her)self\b[^.!?]{{0,60}}(?:{_FOR_ITSELF}|{_MARK})",
        # Burnt or cut with what burns or cuts, by one's own hand: "my husband is burning himself
        # with cigarettes on his arm"; nails dug in till they mark: "digging my nails into my
        # wrist so hard theres marks and blood".
        rf"{_NOT_HARM}\b(?:burn\w*|cut\w*|slash\w*|scratch\w*|carv\w*) (?:my|him|her)self with"
        r" (?:a |the |my |his |her )?(?:lit )?(?:cigarettes?|cigs?|lighters?|matches|match"
        r"|razors?|razor ?blades?|blades?|compass|scissors|glass|a broken \w+)\b",
        rf"{_NOT_HARM}\b(?:dig\w*|dug|press\w*|jab\w*) (?:my|his|her) (?:finger ?)?nails into"
        rf" {_OWN} {_BODY}\b[^.!?]{{0,40}}(?:\bmarks?\b|\bblood\b|\bbleed\w*|{_FOR_ITSELF}"
        rf"|{_MARK})",
        # A thing hit with bare fists till they split: "kept punching the shed door with my
        # bare fists till they split open".
        rf"{_NOT_HARM}\b(?:punch\w*|hit|hitting|smash\w*|bash\w*|slam\w*|bang\w*)(?: \w+){{0,4}}"
        rf"(?: with {_OWN} (?:bare )?(?:fists?|hands?|knuckles|head))?[^.!?]{{0,30}}{_MARK}",
        # A blade or scissors taken to one's own body: "took a pair of scissors to my legs",
        # "got the blade out of a razor, did my arms".
        rf"{_NOT_HARM}\b(?:took|take|taking|takes|put|putting) (?:a |the |my |his |her )?(?:pair"
        rf" of )?(?:scissors|razor|razor ?blade|blade|knife|compass|lighter)s? to {_OWN} {_BODY}\b",
        rf"{_NOT_HARM}\b(?:broke|broken|snapped|took) (?:open )?(?:a|the|my|his|her) (?:razor"
        rf"|sharpener|pencil sharpener)\b[^.!?]{{0,40}}\b(?:blade|did {_OWN} {_BODY}|cut)",
        # More of a medicine, or no food, to hurt or punish: "took extra steroids on purpose to
        # punish myself", "skipping meals to punish myself", "refused food on purpose, i want
        # to suffer".
        r"\b(?:took|take|taking|takes|swallowed|skipp\w*|refus\w*|stopp\w*|starv\w*|not eating"
        r"|haven't eaten|havent eaten)\b[^.!?]{0,50}\b(?:to (?:punish|hurt|harm) (?:my|him|her)self"
        r"|on purpose\b[^.!?]{0,40}\b(?:suffer|hurt|punish|pain|deserve))",
        r"\b(?:i|he|she) (?:want|wants|wanted) to suffer\b",
    )
)
