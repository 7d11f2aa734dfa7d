"""A crisis said in other words than the crisis line's: the crisis line first.

Written from the warning signs the 988 Lifeline, Samaritans and NHS list (being tired of life,
self-harm that is getting worse, looking at or keeping a means, saying goodbye as if for the
last time, thinking about not being here), not from messages. Each is read by its frame, a
wish about one's own life or a means held with intent, and each has a calm sense kept off:

- worn out, weary or exhausted with living or with life itself, the clause ending there ("worn
  out with living, and not the sleepy kind"); not with living somewhere or with something
  ("tired of living out of a suitcase", "tired of living with the rash");
- hurt done again and deeper than before ("did it again in the shower. deeper this time",
  "the razor again tonight. deeper."), not an accident, a splinter, a voice or a colour;
- a store of pills stared or sat looking at for a while, or counted with no dose in view
  ("sat looking at the pills in the drawer for an hour"), not checked for a dose or a date;
- a goodbye with no return ("signing off permanently", "bye for good", "goodbye forever"),
  not a goodbye for tonight or from a group or a page;
- thoughts about not being here, around or alive, or not existing ("3am thoughts are about
  not being here"), not about being away for a trip, a date or a visit.
"""

from __future__ import annotations

from .pattern_set import LazyPattern

# Away for a while, not gone: "not being here for christmas", "not being around next week",
# "not waking up from the sedation", "not being here anymore, moving back to the uk".
_AWAY = (
    r"(?! *(?:for|next|at|on|when|during|while|because|tomorrow|tonight|this|in|to|with"
    r"|after|before|till|until|so|if|by|as|from|under)\b)"
    r"(?![^\n]*\b(?:mov(?:e|ed|ing)|relocat\w*|emigrat\w*|trip|holiday|vacation|travel\w*)\b)"
)
# A group or a page left, not the chat or a life: "signing off for good from the facebook group"
# (red_flags.py reads the same goodbye said "for good").
LEFT_A_GROUP = (
    r"(?:from|on|of) (?:the|that|this|my|our)"
    r" (?!(?:\w+ )?(?:chat|bot|world|life|existence|living)\b)\w+"
)
# A site or app left, not a life: "signing off permanently from twitter".
_PLATFORM = (
    r"(?:twitter|x|facebook|fb|instagram|insta|tiktok|reddit|social media|whatsapp|snapchat"
    r"|youtube|threads|bluesky|discord|the internet|online)"
)
# A pile of medicine kept at home.
_STORE = (
    r"(?:pills?|tablets?|meds|medicines?|medications?|stash|pill stash|painkillers"
    r"|sleeping pills|sleepers|oxy\w*|morphine|opioids?|tramadol)"
)
_THE_STORE = rf"(?:(?:my|his|her|the|that|a|all the|all my) )?(?:\w+ ){{0,2}}{_STORE}"
# Pills looked at for a reason, or by someone not in crisis.
_READ_FOR = (
    r"(?:label|dose|dosage|expir\w*|wrong|which|check\w*|colou?r|organi[sz]er|to see if"
    r"|to make sure|the name|list|schedule|chart|leaflet|instructions|timetable|work out"
    r"|working out|figure out|dog|cat|puppy|kids?|toddler|baby|grandkids?|look (?:the same|alike"
    r"|identical)|tell (?:them|which) |apart|same colou?r|same shape|identical)"
)

CRISIS_OTHERWISE: tuple[LazyPattern, ...] = tuple(
    LazyPattern(p)
    for p in (
        # "worn out with living", "weary of living", "exhausted by life itself", "so worn out
        # from living this life": life itself, the clause ending there.
        r"\b(?:tired|worn out|worn down|weary|exhausted|drained|sick|fed up)"
        r" (?:of|with|from|by) (?:(?:living(?: this life)?|being alive|existing|life itself)"
        r"(?= *(?:$|[.,;:!]|and\b|but\b|not\b|now\b|anymore\b|any more\b|honestly\b|-))"
        # Life alone is often a busy one ("exhausted by life, with two kids"): its end firmer.
        r"|(?:this |my )?life(?= *(?:$|[.;!]|anymore\b|any more\b|honestly\b|itself\b)))",
        # "did it again in the shower. deeper this time", "cut again last night, deeper than
        # before", "the marks on his legs are deeper this time".
        r"^(?![^\n]*\b(?:accident\w*|slipped|shaving|chopping|cooking|splinter|onions?|knife"
        r" slipped|voice|breath\w*|sleep\w*|red|colou?r|tan|cough\w*|stitches? came|socks?"
        r"|stockings?|straps?|wrinkles?|bandage|plaster|tape|eczema|itch\w*|rash|bites?|psoriasis"
        r"|scabs?|squats?|lunges?|stretch\w*|physio\w*|exercis\w*|yoga|pilates|workouts?"
        r"|(?:the|my|our|his|her) (?:car(?![- ]?t\b)|van|truck|bike|paint\w*|floor|table)"
        r"|(?:cat|dog|kitten|puppy|pet|bird|baby|toddler) (?:scratch\w*|bit\w*|nipp\w*)"
        r"|scratched by)\b)"
        r"[^\n]*\b(?:did it|done it|doing it|do it|cut\w*|the (?:razor|blades?|lighter)|burn\w*"
        r"|marks|scratch\w*)\b[^\n]{0,40}\bagain\b[^\n]{0,60}\bdeeper\b"
        r"|^(?![^\n]*\b(?:accident\w*|slipped|shaving|chopping|cooking)\b)[^\n]*\b(?:burn\w*"
        r"|cut\w*) (?:my|his|her) \w+ again\b[^\n]{0,40}\b(?:lighter|cigarette|razor|blade)"
        r"[^\n]{0,30}\bworse than (?:last time|before)\b",
        # "sat looking at the pills in the drawer for an hour", "keeps staring at my pill stash
        # all evening": a store looked at for a while by the writer or their own, not a label
        # read, a schedule worked out or a child's or a pet's look.
        rf"^(?![^\n]*\b{_READ_FOR}\b)[^\n]*\b(?:star(?:e|es|ed|ing)|gaz\w*|look(?:ed|ing|s)?|sat"
        rf"|sit|sitting) (?:(?:looking|staring) )?at {_THE_STORE}\b[^\n]{{0,40}}\b(?:for (?:an"
        r" hour|hours|ages|a long time|\w+ minutes)|all (?:evening|night|day|afternoon|morning)"
        r"|every (?:night|evening|day)|again|tonight)\b"
        rf"|^(?![^\n]*\b{_READ_FOR}\b)[^\n]*\b(?:i|he|she) (?:keep|keeps|kept) (?:looking|staring)"
        rf" at {_THE_STORE}\b"
        rf"|\b{_STORE} (?:by|under|next to|beside) (?:my|his|her) (?:bed|pillow)\b[^.!?\n]{{0,20}}"
        r"\bcount(?:s|ed|ing)? (?:them|it)\b(?! (?:to|so|for|because)\b)",
        # "signing off permanently", "bye for good", "goodbye forever", "logging off for ever":
        # a goodbye with no return, not from a group or a page.
        r"\b(?:signing|logging|checking|clocking) (?:off|out) (?:permanently|forever|for ever"
        rf"|for the (?:very )?last time)\b(?! (?:{LEFT_A_GROUP}|(?:from|on|of) {_PLATFORM}))"
        r"|\b(?:bye|goodbye|farewell)\b,? (?:for good|forever|for ever|permanently)\b"
        rf"(?! (?:to|from) (?:(?:the|that|this|my|our) \w+|{_PLATFORM}))"
        # Said to a thing left behind: "bye forever, picc line!", "the port came out. bye
        # forever".
        r"(?![^\n]*\b(?:port|picc|line|catheter|drain|cast|brace|wig|steroids|chemo|wheelchair"
        r"|crutches|removed|discharged|came out|taken out|sores?|ulcers?|hiccups?|rash|nausea"
        r"|vomit\w*|headaches?|migraines?|cough\w*|itch\w*|diarrh\w*|constipation|fatigue"
        rf"|mucositis|{_PLATFORM})\b)",
        # "3am thoughts are about not being here", "thinking about not being around anymore",
        # "his night thoughts are all about not existing".
        r"\b(?:think|thinks|thinking|thought|thoughts)\b[^.!?\n]{0,30}?\b(?:about|of|is)"
        r" (?:not (?:being (?:here|around|alive)|existing|waking up)|no longer (?:being )?"
        r"(?:here|around|alive)|(?:disappearing|being gone)(?! *(?:off|into|from|all|on|over|out"
        rf"|away|abroad|overseas|somewhere)\b)){_AWAY}",
    )
)
