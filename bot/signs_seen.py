"""Urgent signs told by what a carer sees or a home device reads, not by the sign's name.

Written from the public "when to call" and sepsis lists (UK Sepsis Trust and Sepsis Alliance:
"skin mottled or discoloured", "blue, grey or pale skin, lips or tongue; on darker skin look at
the palms, the inside of the lips and the nail beds", "breathing very fast", "passing no urine
in a day", "clammy"; CAR-T discharge sheets: shortness of breath at rest, somnolence, hard to
wake, low blood pressure, a fast heart rate), not from messages. A carer tells what is in front
of them: a colour, how the chest moves, a person who will not answer, how little they pass, how
the skin feels, the number on the oximeter, the watch or the cuff. Each pattern names the sign
it tells, so triage.py reads it for negation, time and questions like any other sign.
"""

from __future__ import annotations

from .pattern_set import LazyPattern

# An oximeter by what people call it: "the clip on her finger", "my finger thing".
OXIMETER = (
    r"(?:pulse ?ox\w*|oximeter|ox[ií]metro|saturaci[oó]n|(?:clip|probe|sensor|monitor|thing"
    r"|gadget) on (?:her|his|my|the|their) finger|finger (?:clip|probe|sensor|monitor|thing"
    # And the finger thing in Spanish: "el aparatito del dedo", "la pinza en el dedo".
    r"|gadget)|(?:aparat\w*|pinza\w*|sensor|cosit[ao]|cosa) (?:del|en el|de su|en su|de mi|en mi)"
    r" dedo)"
)
# Another measure's name, after which a number is not the oxygen: "spo2 98 hr 76".
OTHER_MEASURE = (
    r"(?:hr|pulse|heart|bp|blood|temp\w*|resp\w*|pulso|latidos|coraz[oó]n|tensi[oó]n|presi[oó]n)\b"
)

# Where the lists say to look; not toes, hands or feet, which go blue in the cold ("i'm
# freezing in this clinic, my toes are blue").
_WHERE_COLOUR_SHOWS = (
    r"(?:lips?|mouth|tongue|face|skin|nail ?beds?|nails|fingernails|fingertips|knees|legs"
    r"|palms)"
)
_DISCOLOURED = (
    r"(?:blue|bluish|blueish|grey|gray|greyish|grayish|ashen|dusky|purple|purplish|mottled"
    r"|marbled|blotchy|lacy)"
)
# Not a colour worn, dyed, painted or eaten: "blue from the slushie", "grey hoodie".
NOT_A_SIGN_COLOUR = (
    r"(?![^.!?\n]{0,30}\b(?:slushie|popsicle|ice pop|lolly|candy|sweets|blueberr\w*|dye|paint"
    r"|polish|painted|marker|ink|lipstick|makeup|crying|cried|cold water|swim\w*|pool|bruis\w*)\b)"
)
# Not breathing told of sleep apnoea: "he stops breathing for a few seconds, he has apnoea".
NOT_SNORING = r"(?![^.!?\n]{0,60}\b(?:snor\w*|apnea|apnoea|cpap|ronca\w*)\b)"

# A top number under 90 over a bottom number, as a cuff or a kiosk gives them.
_LOW_PRESSURE = (
    r"\b(?:[5-8]\d) ?(?:/|over|sobre) ?(?:[2-6]\d)\b(?! ?(?:chance|split|odds|shot|mix|ratio"
    r"|%|percent))"
)
# A sentence that gives the number as the person's usual ("her normal reading is 85/55").
_NOT_THEIR_USUAL = (
    r"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:normal|usual|usually|baseline|always|runs? low"
    r"|normalmente|siempre)\b)[^.!?\n]*?"
)
_STOOL = (
    r"stools?|poo|poos|poop|poops|bm|bms|bowel movements?|number twos?|caca|heces"
    r"|deposici[oó]n\w*|pop[oó]"
)
_MOUTH = r"(?:mouth|tongue|gums?|lips?|boca|lengua|enc[ií]as|labios?)"
_BLEEDS = r"(?:bleed\w*|bled|ooz\w*|sangr\w*)"
_FOR_HOURS = (
    r"(?:since (?:lunch|breakfast|dinner|tea|this morning|this afternoon|last night|noon|midday"
    r"|\d+ ?(?:am|pm|o'?clock)?|an? hour|(?:\w+ )?o'?clock)|for (?:the (?:last|past) )?(?:over )?"
    r"(?:an?|one|two|three|four|five|several|a few|a couple of|\d+) (?:hours?|hrs?)"
    r"|all (?:day|morning|afternoon|evening|night)|desde (?:el almuerzo|la comida|el desayuno"
    r"|esta ma[ñn]ana|anoche|el mediod[ií]a|hace (?:una|dos|tres|\d+) horas?)"
    r"|(?:hace|por) (?:una|dos|tres|\d+) horas?)"
)
_HEAD = r"headaches?|head|dolor de cabeza|cabeza"
# A blow, named: on its own it says sudden.
_BLOW = (
    r"(?:hammer[- ]?blow|sledge ?hammer|thunderclap|martillazo|like (?:a |an )?(?:bomb|explosion"
    r"|gunshot|bolt of lightning|lightning bolt)(?: went off)?|como (?:un|una) (?:martillazo|trueno"
    r"|rayo|balazo|bomba|explosi[oó]n))"
)
# A hit, likened: sudden only when said so ("pounding like a hammer" is an ordinary headache).
_LIKE_A_HIT = (
    r"(?:like (?:being |getting )?(?:hit|struck|smacked|whacked|kicked) (?:with|by|in the head"
    r" (?:with|by)) (?:a |an )?(?:hammer|bat|baseball bat|brick|rock|truck|club|plank)"
    r"|like a (?:hammer|ton of bricks)|como (?:un|una) (?:golpe|martillo|pedrada|patada))"
)
_SUDDEN = r"sudden\w*|out of nowhere|all at once|de repente|de golpe|de la nada|repentin\w*"

SEEN_SIGNS: tuple[tuple[str, LazyPattern], ...] = tuple(
    (name, LazyPattern(pattern))
    for name, pattern in (
        # A colour where blood shows: "her nail beds are going bluish", "his face has gone a weird
        # grey colour", "blotchy mottled knees", "a blue tinge around his mouth".
        (
            "blue lips or low oxygen",
            rf"\b(?:{_WHERE_COLOUR_SHOWS}(?: (?:is|are|look|looks|looking|went|gone|going|got"
            r"|getting|turned|turning|have|has|seem|seems|kind of|kinda|sort of|a bit|a little"
            r"|slightly|really|very|all|so|quite|more|weird|strange|funny|a|an|odd|pale|and|almost"
            r"|color|colour|gone|look|tinged|tinge|\w+ish)){0,5}"
            rf" {_DISCOLOURED}\b{NOT_A_SIGN_COLOUR}"
            rf"|{_DISCOLOURED} (?:tinge|tint|colou?r|look|cast|patches)(?: \w+){{0,2}}"
            rf" (?:to|on|around|in|of) (?:his|her|my|the|their) {_WHERE_COLOUR_SHOWS}\b"
            rf"|mottl\w*{NOT_A_SIGN_COLOUR}"
            r"|(?:labios|u[ñn]as|piel|cara|dedos)(?: \w+){0,3} (?:azul\w*|morad\w*|gris\w*"
            r"|moteada|marmórea|marmorea|amoratad\w*|cenizos?a?)"
            r"|(?:se (?:le |me )?(?:ve|puso|est[aá] poniendo)) (?:\w+ )?(?:gris|azul|morad[oa]))\b",
        ),
        # How the chest moves, seen from the bedside: "breaths quick and shallow", "panting
        # sitting in bed", "ribs sucking in", "using her neck muscles to breathe", "stops
        # breathing for a few seconds", "rattly, gurgly breathing".
        (
            "trouble breathing",
            r"\b(?:(?:breaths?|breathing|respirations?)(?: (?:are|is|have|has|been|getting|gotten"
            r"|really|very|so|all|kind of|kinda|\w+ly)){0,3} (?:quick|fast|rapid|shallow|short"
            r"|tiny|little) (?:and|&) (?:shallow|fast|quick|rapid)"
            r"|(?:quick|fast|rapid|shallow|short|tiny|little),? (?:shallow |fast |quick |rapid )?"
            r"(?:breaths?|breathing|panting)"
            r"|(?:is|he's|she's|i'm|keeps|kept|been|started|starting|just) panting\b"
            r"(?! (?:after|from|because|like a dog)\b)"
            r"|(?:ribs|chest|belly|stomach|tummy|neck)(?: \w+){0,2} (?:suck\w*|pull\w*|caving"
            r"|sinking) in\b"
            r"|using (?:his|her|my|their) (?:neck|shoulder|stomach|belly|tummy) (?:muscles )?to"
            r" breathe"
            r"|(?:stops?|stopped|stopping|pauses?|paused|pausing) (?:his |her |my )?breathing for"
            r"|(?:rattl\w*|gurgl\w*|grunt\w*)(?: \w+){0,2} (?:breath\w*|when (?:he|she) breathes)"
            r"|(?:breath\w*|chest)(?: \w+){0,3} (?:rattl\w*|gurgl\w*|grunt\w*)"
            r"|nostrils? flar\w*"
            r"|respira(?: \w+){0,2} (?:muy )?(?:r[aá]pido|agitad[oa]|corto|con dificultad)"
            r"|respiraci[oó]n (?:muy )?(?:r[aá]pida|superficial|agitada|entrecortada)"
            r"|(?:est[aá] )?jadeando|se le hunden las costillas)\b"
            f"{NOT_SNORING}",
        ),
        # Hard to rouse, slumped, not answering: "slumped over in the chair and won't answer
        # me", "i shook him and he barely opened his eyes"; not a phone, a text or a door.
        (
            "extreme sleepiness",
            r"\b(?:slump(?:ed|ing)? (?:over|sideways|forward|to one side|down in)"
            r"|(?:barely|hardly|won't|can't|couldn't|doesn't|didn't) (?:even )?(?:open|opens"
            r"|opened) (?:his|her|their) eyes"
            r"|(?:shook|shake|shaking|nudged|called) (?:him|her)(?: \w+){0,4} (?:and|but) (?:he"
            r"|she)"
            r" (?:barely|hardly|didn't|doesn't|won't|wouldn't|just)"
            r" (?:respond\w*|react\w*|moved?|stirr?\w*|wake|woke|open\w*|groan\w*|mumbl\w*)"
            r"|can't (?:get|rouse) (?:him|her|them) (?:up|to wake|awake)"
            r"|(?:won't|isn't|is not|not|doesn't|does not|didn't|wouldn't|stopped) (?:really )?"
            r"answer(?:ing)? (?:me|us|when|questions|anything|to (?:his|her) name)\b"
            r"(?![^.!?\n]{0,40}\b(?:phone|texts?|calls?|messages?|emails?|door|doorbell|about)\b)"
            r"|(?:no (?:me |nos |le )?(?:responde|contesta|reacciona)"
            r"|(?:cuesta|cost[oó]|no puedo) despertarl[oa]|desplomad[oa]))\b",
        ),
        # Passing little, or dark: "hardly peeing and it's dark orange", "urine very dark like
        # tea", "only peed once since yesterday".
        (
            "vomiting or diarrhoea, no fluids kept down",
            r"\b(?:(?:urine|pee|wee)(?: (?:is|was|has been|looks|looking|gone|going|getting|really"
            r"|very|so|quite)){0,3} (?:very |really |so |super )?(?:dark|brown|orange|amber"
            r"|concentrated)\b(?! (?:in the|first thing|every) morning\b)"
            r"|(?:very|really|super|quite) dark (?:urine|pee|wee)"
            r"|dark (?:brown|orange|amber) (?:urine|pee|wee)"
            r"|(?:hardly|barely|only a (?:tiny|little) bit|very little|not much|hardly any|barely"
            r" any|a tiny amount of|only a dribble of)(?: \w+){0,1} (?:urine|pee|wee|peeing|weeing"
            r"|going to the (?:toilet|bathroom|loo))"
            r"|(?:only|just) (?:peed|weed|urinated|gone|went|pees|wees)(?: \w+){0,1} (?:once|one"
            r" time|twice|a little)(?: \w+){0,3} (?:since|today|all day|in (?:\d+|twenty-four"
            r"|the last|a day|a whole day|24))"
            r"|casi no (?:orina|hace pis|ha orinado)|orina (?:muy )?(?:poco|oscura|muy oscura))\b",
        ),
        # Cold, clammy skin of shock: "ice cold and sweaty", "skin cool and damp", "a cold
        # sweat"; not cold feet in winter, nor a cold sweat about the scan.
        (
            "serious infection",
            r"\b(?:(?:skin|hands|feet|arms|legs|body|he|she|he's|she's|forehead)(?: [\w']+){0,4}"
            r" (?:ice[- ]?cold|cold|cool|freezing)(?: [\w']+){0,3} (?:and|but|yet) (?:[\w']+ )?"
            r"(?:sweaty|damp|wet|sticky|clammy|sweating|soaked|drenched)"
            r"|(?:sweaty|damp|wet|sticky|sweating|drenched)(?: \w+){0,3} (?:and|but|yet)"
            r" (?:\w+ )?(?:ice[- ]?cold|cold|cool|freezing) to (?:the )?touch"
            r"|(?:in|broke out in|breaking out in|covered in) (?:a )?cold sweats?"
            r"(?! (?:about|over|thinking|just|when|whenever|every)\b)"
            r"|sudor fr[ií]o|piel (?:\w+ )?fr[ií]a y (?:sudada|h[uú]meda|pegajosa|mojada))\b",
        ),
        # Grey, pale or white with the skin of shock: "he's gray and sweaty and just lying
        # there", "floppy and pale", "white as a sheet"; not hair going grey.
        (
            "blue lips or low oxygen",
            r"\b(?:(?:he's|she's|i'm|he is|she is|looks?|looking|gone|went|turned|face is|skin is)"
            r" (?:so |really |very |a bit |kind of |all |completely )?(?:grey|gray|ashen|pale"
            r"|white)"
            r",? (?:and |&)?(?:sweaty|clammy|cold|floppy|limp|drenched|sweating|shaking|cool)\b"
            r"|(?:sweaty|clammy|floppy|limp|cold),? (?:and |&)?(?:so |really |very )?(?:grey|gray"
            r"|ashen|pale)\b(?! (?:hair|haired|beard|streaks?)\b)"
            r"|(?:white|pale) as (?:a sheet|paper|a ghost|chalk|snow)"
            r"|(?:he's|she's|he is|she is|looks?|looking|gone|turned|went) (?:so |really |very"
            r" |kind of |a bit |all )?(?:grey|gray|ashen)\b(?! (?:hair|haired|beard|streaks?|at the"
            r"|around the temples|sweater|hoodie|shirt|jumper)\b)(?!,? (?:like|from) (?:his|her)"
            r" (?:dad|mum|mom|father|mother))"
            r"|(?:p[aá]lid[oa]|gris) y (?:sudad[oa]|fr[ií][oa]|sudoros[oa]))\b",
        ),
        # Breathing as it looks at rest: "breathing like she ran a marathon and she's just lying
        # in bed", "has to stop every few words to breathe", "sits bolt upright to get air",
        # "shoulders go up with every breath", "32 breaths a minute", "crackly wet breathing".
        (
            "trouble breathing",
            r"\b(?:(?:breath\w*|panting|puffing|huffing)(?: and \w+)? like (?:he|she|i|they|you)"
            r"(?:'s|'d|'ve| had| has| have)? (?:just )?(?:ran|run|running|been running|sprinted"
            r"|done|climbed)\b(?![^.!?\n]{0,40}\b(?:after|when|because|from) (?:the |a |my |his"
            r" |her )?(?:stairs|gym|walk|run|workout|exercise|hill)\b)"
            r"|stop\w* (?:after |between )?every (?:few|two|three|couple of"
            r"|\d) words? to (?:breathe"
            r"|catch)|every (?:word|sentence) takes a breath|can't (?:count|get) to (?:ten|10|five"
            r"|\d+) (?:in|on|without) (?:one|a) breath|no puede terminar (?:una|la) frase"
            r"|(?:sit|sits|sitting) (?:bolt )?upright to (?:breathe|get air|get (?:his|her"
            r"|my) breath)"
            r"|lean\w* (?:on|over|forward on) (?:the |a )?(?:table|chair|sink|counter|bed|knees)"
            r" to (?:breathe|get air)"
            r"|(?:shoulders|neck) (?:go|goes|going|rise|rises|rising|heave|heaves|heaving|pull\w*)"
            r"(?: up)? (?:with |on )?(?:every|each) breath"
            r"|suck\w* in (?:air )?(?:with|at) (?:his|her|the|my) (?:shoulders|neck)"
            r"|nostrils? (?:are |is |keep |keeps )?flar\w*"
            r"|(?:breath\w*|respirations?)(?: [\w']+){0,6} (?:[3-6]\d) (?:a|per|in a|in one|each)"
            r" (?:minute|min)\b"
            r"|(?:crackl\w*|wet|bubbl\w*|rattl\w*) (?:sound|noise|breath\w*)(?: [\w']+){0,3}"
            r" (?:when|every|each|as) (?:he|she|i|breath|they)"
            r"|(?:every|each) breath (?:has|makes|sounds)(?: a)? (?:crackl\w*|wet|bubbl\w*"
            r"|rattl\w*)"
            r"|(?:gulp\w*|grabbing|heaving|fighting) for (?:air|breath)"
            r"|breath\w* (?:feels? |is |are |getting |has gotten )?(?:so |really |very )?(?:weak"
            r"|shallow|tiny|heavy and fast|fast and heavy|noisy and fast|really noisy|very noisy)"
            r"|harder (?:time )?(?:to )?breath\w*|(?:only|can only) get half a breath"
            r"|respira rapid[ií]simo)\b"
            f"{NOT_SNORING}",
        ),
        # Hard to rouse, told as what it takes: "i can barely wake him", "had to shake him hard
        # and shout to wake him", "can't get her to stay awake", "slept 18 hours", "the lights
        # are on and nobody's home".
        (
            "extreme sleepiness",
            r"\b(?:(?:can|could) (?:barely|hardly|only just) (?:wake|rouse)"
            r"|(?:can't|couldn't|cannot) (?:really |properly |fully )(?:wake|rouse)"
            r"|(?:had|have|has) to (?:shake|shout at|yell at|pinch|slap)(?: [\w']+){0,5} to (?:wake"
            r"|get (?:him|her|them) (?:up|awake))"
            r"|(?:can't|cannot|couldn't) (?:get|keep) (?:him|her|them|me) (?:to stay )?awake"
            r"|(?:can't|cannot|couldn't) keep (?:him|her|me|them) awake"
            r"|(?:slept|sleeping|been asleep|asleep) (?:for )?(?:almost |nearly |over |about )?"
            r"(?:1[6-9]|2[0-4]|sixteen|seventeen|eighteen|nineteen|twenty) (?:hours|hrs)"
            r"|(?:didn't|did not|wouldn't|would not) respond\w*"
            r"|(?:gaz\w*|star\w*) (?:at|into) (?:the wall|nothing|space)\b[^.!?\n]{0,30}\bno"
            r" (?:answer|response|reaction)"
            r"|lights (?:are )?on (?:but|and) (?:nobody|no one|no-one)(?:'s| is)? (?:home|there)"
            r"|(?:awake|eyes (?:are )?open) but (?:he's|she's|he is|she is) not (?:there"
            r"|with us))\b",
        ),
        # Passing nothing, or little and dark: "need to pee but nothing comes out", "hasn't
        # been to the toilet for a wee all day", "a trickle of pee the colour of strong tea".
        (
            "vomiting or diarrhoea, no fluids kept down",
            r"\b(?:(?:pee|wee|urinat\w*)\w*(?: [\w']+){0,6} (?:nothing|hardly anything|only a"
            r" dribble|only drops) (?:comes?|came|is coming|will come) out"
            r"|(?:hasn't|haven't|hadn't|not) (?:been|gone) (?:to )?(?:the )?(?:toilet|loo|bathroom)"
            r" (?:for a |to )?(?:wee|pee)"
            r"|(?:only )?a trickle of (?:pee|wee|urine)|(?:what )?little (?:wee|pee|urine) (?:comes"
            r"|there is)|(?:peed|weed|urinated) (?:only )?once (?:all day|today|since|in)"
            r"|(?:brown|dark) as (?:strong )?(?:tea|cola|coke|coffee)"
            r"|(?:can't|cannot|couldn't|unable to) (?:pee|wee|urinate|pass (?:urine|water))"
            r"|(?:try|tries|trying|tried|strain\w*) to (?:pee|wee)(?: [\w']+){0,3} (?:and|&)"
            r" (?:nothing|hardly anything|only drops))\b",
        ),
        # Cold with the colour or the sweat of shock: "hands and feet cold and blotchy",
        # "sleepy and cold", "ice cold and mottled".
        (
            "serious infection",
            r"\b(?:(?:ice[- ]?cold|cold|freezing)(?: to (?:the )?touch)? and (?:blotchy|mottled"
            r"|grey|gray|pale|clammy|floppy)|(?:blotchy|mottled|floppy|sleepy|drowsy) and"
            r" (?:ice[- ]?cold|cold))\b",
        ),
        # An oximeter's number given later in the story: "put the pulse ox on her because she
        # looked tired, it says 89"; not past another measure's name ("pulse ox 98, hr 88").
        (
            "blue lips or low oxygen",
            rf"\b{OXIMETER}(?: (?!{OTHER_MEASURE})[\w',]+){{0,14}} (?:says|said|reads|read"
            r"|reading|showing|shows|showed|is at|was at|at|only|down to|dropped to|dipped to"
            r"|dips to|keeps dropping to|landing on|lands on|sitting at|sits at|stuck at|stuck on"
            r"|hovering at|hovering around|stays at|staying at|alarm went off|alarming) (?:only "
            r"|just |about |around |like |a )?(?:[5-8]\d"
            r"|9[0-2])\b(?! ?(?:/|bpm|beats|over|min|minutes|hours?|years|°|degrees|f\b|c\b))",
        ),
        # Oxygen in per cent on a home monitor or falling, and a device's alert: "the home
        # monitor reads 91%", "now 92% and dropping", "low oxygen alert, 87%", "my watch keeps
        # buzzing irregular rhythm".
        (
            "blue lips or low oxygen",
            r"\b(?:(?:monitor|machine|oximeter|pulse ?ox\w*|oxygen|o2|sats?|spo2)\b"
            r"(?![^.!?\n]{0,30}\b(?:battery|charge\w*)\b)[^.!?\n]{0,30}\b(?:[5-8]\d|9[0-2]) ?%"
            r"|\b(?:[5-8]\d|9[0-4]) ?%? (?:and |but )?(?:still )?(?:dropping|falling|going down"
            r"|sinking)\b|\blow (?:blood )?oxygen (?:alert|alarm|warning|notification)s?\b)",
        ),
        (
            "racing heart",
            r"\b(?:(?:irregular (?:rhythm|heart\w*)|afib|a-fib|atrial fibrillation|high heart rate"
            r"|heart rate (?:alert|alarm)) (?:alert|alarm|warning|notification)s?"
            r"|(?:alert|alarm|warning|notification|buzz\w*|says|said|shows|showed|flagg\w*"
            r"|detected)"
            r"(?: [\w']+){0,2} (?:for |of |about |saying )?(?:an? )?(?:irregular (?:rhythm"
            r"|heart\w*)|afib|a-fib|atrial fibrillation|high heart rate)"
            r"|heart\w*(?: [\w']+){0,3} (?:is |'s )?(?:thumping|hammering|banging|flopping"
            r"|flip-?flop\w*"
            r"|going like a (?:train|drum|hammer|freight train|jackhammer)|all over the place"
            r"|going crazy|going mad))\b",
        ),
        # A pulse or a top number told by its range: "hr in the 150s on the monitor", "systolic
        # in the low 80s", "bp machine keeps saying 80 something", "78 over something", and a
        # pulse read on a device several words after its name.
        (
            "low blood pressure or fast pulse",
            r"\b(?:(?:hr|heart rate|pulse|heart)(?: [\w']+){0,3} (?:in the )?(?:low |mid |high )?"
            r"(?:1[2-9]|2\d)0s\b"
            r"|(?:bp|blood pressure|pressure|systolic|top number|cuff|machine)(?: [\w']+){0,5}"
            r" (?:in the )?(?:low |mid |high )?(?:[4-8]0s|(?:[4-8]\d|90)(?:-| )?something"
            r"|(?:[4-8]\d|90) (?:over|/) ?something)\b"
            r"|(?:hr|heart rate|pulse) on (?:the|his|her|my|our) (?:monitor|watch|machine|oximeter"
            r"|fitbit|tracker)(?: [\w']+){0,7} (?:1[2-9]\d|2\d\d)\b(?! ?/| to \d))",
        ),
        # A watch or a home machine's number without the measure's name: "his watch says 134
        # and he's sitting still", "the omron says 84/52".
        (
            "low blood pressure or fast pulse",
            r"\b(?:watch|fitbit|garmin|oura|whoop|tracker)(?: \w+){0,3} (?:says|said|reads|read"
            r"|showing|shows|showed|is at|was at|keeps saying|alert\w*(?: \w+){0,2})"
            r" (?:about |around |over |like )?(?:1[2-9]\d|2\d\d)\b"
            r"(?! ?(?:steps|calories|cal|kcal|minutes|mins?|%|/|over|miles|km|points))"
            # Not on an effort: "my watch said 150 when i was on the treadmill".
            r"(?![^.!?\n]{0,40}\b(?:treadmill|run|running|ran|jog\w*|workout|work out|exercis\w*"
            r"|gym|walk\w*|hik\w*|bike|cycl\w*|stairs|swim\w*|spin class|dancing)\b)"
            r"|(?:machine|monitor|omron|cuff)(?: \w+){0,3} (?:says|said|reads|read|showing|shows"
            r"|showed|gave) (?:about |around |like )?(?:[4-8]\d|90) ?(?:/|over) ?\d{2,3}\b",
        ),
        # A low pressure given only as its two numbers, from any cuff or kiosk: "the kiosk at
        # the chemist read 84/52", "got 82 over 50 on the one at the supermarket", "la tensión
        # le marcó 85/50" (CAR-T discharge sheets: low blood pressure; a top number under 90).
        # Not odds or a split ("a 50/50 chance"), nor the same number twice.
        (
            "low blood pressure or fast pulse",
            rf"{_NOT_THEIR_USUAL}\b(?:kiosk|machine|monitor|cuff|omron|reading|readings|read|reads"
            r"|came up|came out"
            r"|gave|got|showed|shows|says|said|numbers?|checked|took|taken|measured|tensi[oó]n"
            r"|presi[oó]n|marca|marc[oó]|dio)\b[^.!?\n]{0,40}?\b(?!(\d\d) ?(?:/|over) ?\1\b)"
            rf"{_LOW_PRESSURE}"
            rf"|{_NOT_THEIR_USUAL}{_LOW_PRESSURE}[^.!?\n]{{0,20}}\b(?:on|from|at|en) (?:the|a|his"
            r"|her|my|la|el)"
            r" (?:\w+ )?(?:kiosk|machine|monitor|cuff|pharmacy|chemist|farmacia)\b",
        ),
        # Stool told by its look: black, shiny, sticky or like tar (melena: "black, tarry, sticky,
        # hard to flush"; NHS and Mayo Clinic); not after iron, bismuth or dark food.
        (
            "bleeding",
            rf"\b(?:{_STOOL})\b[^.!?\n]{{0,40}}?\b(?:tar|tarlike|tar-like|like tar|black"
            r" (?:and |as )?(?:sticky|shiny|glossy|tar\w*|coal)"
            r"|(?:sticky|shiny|glossy) (?:and )?black"
            r"|jet[- ]black|pitch[- ]black|(?:came|coming|comes) out (?:all |completely )?black"
            r"|negr[oa]s?(?: \w+){0,3} (?:como (?:el )?alquitr[aá]n|pegajos[oa]s?|brillantes?)"
            r"|alquitr[aá]n)\b"
            r"(?![^.!?\n]{0,60}\b(?:iron|ferrous|bismuth|pepto|blueberr\w*|licorice|liquorice"
            r"|charcoal|beets?|beetroot|oreos?|spinach|hierro)\b)",
        ),
        # A mouth, tongue or gums bleeding for hours: "his tongue has been bleeding since lunch",
        # "bleeding from her gums for two hours" (CAR-T sheets: bleeding that does not stop).
        (
            "bleeding",
            rf"\b(?:{_MOUTH}\b[^.!?\n]{{0,30}}?\b{_BLEEDS}|{_BLEEDS}\b[^.!?\n]{{0,30}}?\b{_MOUTH})"
            rf"\b[^.!?\n]{{0,25}}?\b{_FOR_HOURS}\b",
        ),
        # Sight doubled, told as it looks: "seeing two of everything", "the road looks double",
        # "ve todo doble" (stroke and ICANS lists: sudden double vision).
        (
            "stroke signs",
            r"\b(?:seeing|see|sees|saw) (?:two|2) of (?:everything|everyone|every \w+|things|you"
            r"|the \w+)\b|\b(?:everything|things|the (?:tv|screen|road|lines|cars|lights|text|words"
            r"|letters|print|faces|people|signs)|words|letters|faces|people|lines|lights)"
            r"(?: \w+){0,2} (?:looks?|looked|appears?|appeared|seems?|seemed|went|gone|going|are"
            r"|is) (?:all )?(?:double|doubled|in double)\b"
            r"|\bve(?:o|s|mos|n)? (?:todo |las cosas |a todos |dos de todo)?(?:doble|en doble)\b",
        ),
        # A headache that struck like a blow: "came on like a hammer blow", "headache out of
        # nowhere like being hit with a bat", "dolor de cabeza como un martillazo" (thunderclap
        # headache: sudden and severe, at its worst within a minute).
        (
            "worst headache",
            rf"\b(?:{_HEAD})\b[^.!?\n]{{0,50}}?\b{_BLOW}"
            rf"|(?:^|(?<=[.!?\n]))(?=[^.!?\n]*\b(?:{_SUDDEN}|(?:hit|struck|kicked in)"
            rf"(?: me| him| her)?)\b)(?![^.!?\n]*\b(?:slowly|gradually|building|tapping)\b)"
            rf"[^.!?\n]*?\b(?:{_HEAD})\b[^.!?\n]{{0,50}}?\b{_LIKE_A_HIT}",
        ),
    )
)

# A device named, then its number after a comma or a colon: "put the pulse ox on her because
# she looked tired, it says 89", "oximeter on my index finger: 88". The rules read a sign
# clause by clause, so the two are read as one clause.
_DEVICE_THEN_NUMBER = LazyPattern(
    rf"(\b(?:{OXIMETER}|watch|fitbit|garmin|monitor|cuff|machine|omron)\b[^.!?\n,:;]{{0,60}})"
    r"\s*[,:;]\s*(?=(?:and )?(?:it|that|which|the number|the reading)?\s*(?:says|said|reads|read"
    r"|shows|showed|showing|is showing|was showing|came up|gave|is|was|now)?\s*(?:only |just |about"
    r" |around |like )?\d)"
)


def join_device_readings(text: str) -> str:
    """Read a device and the number it gave after a comma or a colon as one clause."""
    return _DEVICE_THEN_NUMBER.sub(r"\1 ", text)
