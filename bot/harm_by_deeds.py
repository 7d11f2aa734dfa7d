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
# Not an accident in the kitchen, a treatment or a warm-up: a message saying so is no deed.
_NOT_ON_PURPOSE = (
    r"^(?![^\n]*\b(?:accident\w*|by mistake|mistakenly|spill\w*|slipp\w*|knock\w*|trip\w*"
    r"|cook\w*|drain\w*|making (?:tea|coffee|dinner|lunch|pasta|soup|food)|ice ?packs?"
    r"|cold ?packs?|heat ?packs?|heating pad|compress|cream|lotion|ointment|sunscreen|tape"
    r"|plaster|bandage|warm (?:it|them) up|to warm|massag\w*|physio\w*|cramps?|sinus\w*"
    r"|swelling|to (?:ease|soothe|relax|help) \w+)\b)[^\n]*"
)
# What shows on the skin when something was held or pressed there long enough.
_MARKED = (
    r"(?:went|turned|was|were|got|goes|turns|is|are|had gone|had turned)? ?(?:all )?(?:purple"
    r"|red raw|raw|black|blue|white|numb|blister\w*|bruis\w*|bled|bleed\w*|burn\w*|broke"
    r"|split|peel\w*|welt\w*)"
)
# Why, when the act is told with no mark: when it gets too much, when one can't cope.
_CANT_COPE = (
    r"(?:on purpose|deliberately|intentionally|when (?:i|he|she|they) (?:can't|cant|cannot"
    r"|couldn't|can not) (?:cope|take (?:it|any ?more)|handle (?:it|things|anything)|deal)"
    r"|when (?:i|he|she|they) (?:get|gets|got|feel|feels|felt) (?:so )?(?:overwhelmed|upset"
    r"|angry|panicky|worthless|numb))"
)
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
        rf"|overwhelming)|when the (?:\w+ )?thoughts|{_CANT_COPE}))\b",
        # Anything held, pressed or rubbed on the skin until it marks, or on purpose: "pressed
        # the straightener on my thigh till it went purple", "held a lit match to her palm when
        # she couldn't cope" (Mayo Clinic, NHS: burning, rubbing, scratching the skin); not an
        # ice pack on a knee or cream rubbed in.
        rf"{_NOT_ON_PURPOSE}\b(?:press\w*|held|hold\w*|put|putting|rubb\w*|scrap\w*|pinch\w*"
        r"|twist\w*|snapp\w*|flick\w*|squeez\w*|tied|tie|tying|ties|wrapp\w*|jabb\w*|poke\w*)\b"
        rf"[^.!?]{{0,40}}\b(?:on|to|against|into|over|around|round|across|under) {_OWN}"
        rf" (?:own )?(?:{_BODY}|palms?|fingers?|face|head)\b[^.!?]{{0,30}}?\b(?:(?:till|until|til)"
        rf" (?:it|they|the skin|{_OWN} skin|{_OWN} \w+) {_MARKED}|{_CANT_COPE})\b",
        # Scalding water or oil on one's own skin, poured or held under: "poured boiling water
        # on my arm", "held his hand under the scalding tap" (youth self-harm lists: burning the
        # skin with hot water); not a kettle spilt making tea.
        rf"{_NOT_ON_PURPOSE}\b(?:pour\w*|tipp\w*|splash\w*|threw|throw\w*)(?: \w+)? (?:boiling"
        rf"|scalding|scalding hot|very hot|hot) (?:kettle |pan )?(?:water|oil|tea|coffee)\b"
        rf"(?: \w+){{0,2}} (?:on|over|onto|down) {_OWN}(?:self| (?:own )?{_BODY})\b"
        rf"|{_NOT_ON_PURPOSE}\b(?:held|hold\w*|put|putting|stuck|dunk\w*|kept|keep\w*) {_OWN}"
        rf" {_BODY} (?:under|in) (?:the |a )?(?:boiling|scalding|scalding hot) (?:water|tap"
        r"|kettle|oil)\b",
        # Something heated held to the skin, whatever it is and wherever: "pressing a hot
        # teaspoon on my thigh" (NHS: burning the skin; Mayo Clinic: heated objects).
        rf"{_NOT_ON_PURPOSE}\b(?:press\w*|held|hold\w*|put|putting|touch\w*) (?:a|the|my|his"
        r"|her) (?:red[- ]hot|hot|heated|burning) (?!(?:water ?bottle|compress|pack|pad|blanket"
        r"|towel|flannel|cloth|washcloth|stone|rice|wheat|bean|cherry|tea|drink|cup|mug|soup"
        rf"|bath|shower|oil|wax)\b)\w+(?: \w+)? (?:on|to|against|into) {_OWN} (?:own )?(?:{_BODY}"
        r"|palms?|fingers?|face)\b",
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
        # Anyone's harm to themselves said to be meant, in English or Spanish: "my wife harms
        # herself deliberately", "mi hija se hace daño a propósito", "me quemo con el cigarro a
        # propósito" (988's Spanish line, NHS: self-harm is hurting oneself on purpose); not an
        # accident denied ("no se hace daño a propósito") or a haircut.
        r"(?<!n't )(?<!not )\b(?:hurt\w*|harm\w*|injur\w*|cut\w*|burn\w*|bit|bites|biting"
        r"|scratch\w*|punch\w*|hit|hits|hitting|starv\w*|scald\w*|bruis\w*) (?:my|him|her"
        r"|them)sel(?:f|ves)\b[^.!?]{0,40}\b(?:on purpose|deliberately|intentionally)\b",
        r"(?<!no )\b(?:se|me|te) (?:(?:est[aá]|estoy|sigue|sigo|ha|he|volvi[oó] a|volv[ií] a)"
        r" )?(?:hace|hago|hizo|hice|haciendo|hecho|hacer|lastim\w*|quem\w*|golpe\w*|cort[aoóe]"
        r"|cortando|rasgu[ñn]\w*|muerde|muerdo|mordi\w*|pega|pego|peg[oó]|ara[ñn]\w*)(?: da[ñn]o)?"
        r"\b(?![^.!?]{0,30}\b(?:pelo|cabello|u[ñn]as|barba|flequillo)\b)[^.!?]{0,40}"
        r"\b(?:a prop[oó]sito|adrede|intencionalmente|deliberadamente)\b",
        # A railway or a bridge and when a train passes, with no journey to make: "keep looking
        # up when the express comes through the crossing", "stood on the footbridge checking
        # the train times" (988 and Samaritans: researching a place and a time); not a commute,
        # a trip to the clinic or a child who loves trains.
        r"^(?![^\n]*\b(?:take|taking|took|catch|catching|change|transfer|commut\w*|get to|get"
        r" there|to the (?:clinic|hospital|appointment|center|centre|city)|ticket|journey|trip"
        r"|visit\w*|love|loves|spotting|trainspott\w*|photo\w*|camera|hobby|grandson|granddaughter"
        r"|kids|model)\b)[^\n]*\b(?:railway|railroad|rail line|tracks|level crossing|crossing"
        r"|bridge|footbridge|overpass|platform|viaduct)\b[^.!?]{0,80}\b(?:when the (?:next |last"
        r" |first |fast |\w+ )?(?:train|express|freight|goods train)s? (?:comes?|pass\w*|goes|runs?"
        r"|is due|gets|through)|train times|timetable|what time the (?:\w+ )?(?:train|express"
        r"|freight))"
        r"|^(?![^\n]*\b(?:take|taking|took|catch|catching|change|transfer|commut\w*|get to|get"
        r" there|to the (?:clinic|hospital|appointment|center|centre|city)|ticket|journey|trip"
        r"|visit\w*|love|loves|spotting|trainspott\w*|photo\w*|camera|hobby|grandson|granddaughter"
        r"|kids|model)\b)[^\n]*\b(?:when the (?:next |last |first |fast |\w+ )?(?:train|express"
        r"|freight)s? (?:comes?|pass\w*|goes|runs?|is due)|train times|timetable)\b[^.!?]{0,80}"
        r"\b(?:railway|railroad|rail line|tracks|level crossing|crossing|bridge|footbridge|overpass"
        r"|platform|viaduct)\b",
        # Wounds kept from healing, a poison swallowed (Mayo Clinic, youth self-harm lists:
        # interfering with healing, swallowing toxic substances): "picks her scabs open on
        # purpose", "drank some bleach"; not a toddler or a mistake.
        rf"\b(?:pick\w*|rip\w*|tear\w*|tore|reopen\w*|scratch\w*|open\w*) (?:open )?{_OWN}"
        r" (?:own )?(?:scabs?|wounds?|cuts?|stitches|scars?|sores?)(?: open| up)?\b[^.!?]{0,40}"
        r"\b(?:on purpose|deliberately|so (?:it|they) (?:bleeds?|won't heal|can't heal)|to make"
        r" (?:it|them) bleed|(?:until|till) (?:it|they) (?:bleeds?|bled)|when (?:i|he|she) can't"
        r" cope)\b",
        r"^(?![^\n]*\b(?:toddler|baby|kid|child|son is \d|daughter is \d|accident\w*|by mistake"
        r"|mistook|thought it was|dog|cat|puppy)\b)[^\n]*\b(?:drank|drunk|drink|drinking|swallow\w*"
        r"|downed|gulped) (?:some |a (?:cup|glass|mouthful|bottle) of |the )?(?:bleach|antifreeze"
        r"|weed ?killer|drain cleaner|rat poison|poison|disinfectant|lighter fluid|paint thinner"
        r"|lej[ií]a|cloro|veneno)\b",
        # A gun's ammunition or its safe's key within reach (988: access to firearms).
        r"^(?=[^\n]*\b(?:guns?|shotguns?|rifles?|pistols?|firearms?|escopeta|pistola)\b)[^\n]*"
        r"\b(?:know|knows|found|find) where (?:\w+ ){0,2}(?:keeps? |kept |hides? |hid )?(?:the |his"
        r" |her |my )?(?:cartridges|shells|rounds|bullets|ammo|key (?:to|for) (?:the|his|her)"
        r" (?:\w+ )?(?:safe|cabinet|cupboard|locker)|(?:gun ?)?safe (?:key|code|combination))\b",
        # Spanish: the head hit against a wall, or the skin burnt with what is at hand.
        r"\b(?:me|se|te) (?:golpe\w*|pega\w*|d[aoió]\w*) (?:la cabeza|cabezazos|golpes)"
        r"(?: \w+){0,2} contra (?:la|el|las|los) (?:pared\w*|suelo|puerta|mesa|piso)\b[^.!?]{0,40}"
        r"\b(?:cuando|a prop[oó]sito|una y otra vez|hasta (?:que|sangrar)|sin parar|no para)\b",
        r"\b(?:me|se|te) quem\w* (?:los |las |la |el |sus |mis )?(?:brazos?|piernas?|mu[ñn]ecas?"
        r"|muslos?|manos?|piel|panza|barriga)\w* con (?:el |un |una |la |los |las )?(?:cigarr\w*"
        r"|encendedor|mechero|f[oó]sforos?|cerillos?|cerillas?|plancha|agua hirviendo|cuchar\w*)",
        # An amount asked that would keep one from waking: "how many would make sure i never
        # come round".
        r"\bhow (?:many|much)\b[^.!?]{0,60}\b(?:so|make sure|to make sure|ensure|that) (?:i|he"
        r"|she) (?:never|don't|won't|wouldn't|do not|will not|didn't) (?:wake(?: up)?|woke(?: up)?"
        r"|(?:come|came) (?:round|around|to|back)|survive)\b",
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
