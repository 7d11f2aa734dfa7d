"""Whose sign a message tells of: the patient's, or an animal's or an outsider's.

A carer writes about the person they look after, and the usual patients are a spouse, a parent
or a child. A sign told of a pet ("the dog is limping on her back leg") or of someone outside
that circle whose illness the writer only weighs as a risk to themselves ("my cousin has a
temp of 39 with the flu, should i skip her wedding") needs no call to the treatment team. The
fresh sets' false alarms were of these kinds (set 14: pets, a sister's flu, an aunt's stomach
bug), so the reading is of who and why, in words, not of the sentences seen. Functions take a
normalized text (normalize.normalize).
"""

from __future__ import annotations

from .not_treated import NOT_A_TEMPER, an_untreated_ones_sign
from .pattern_set import LazyPattern

ANIMALS = (
    r"(?:dog|dogs|doggy|puppy|pup|cat|cats|kitty|kitten|pet|pets|horse|pony|bird|birds|budgie"
    r"|parrot|parakeet|canary|rabbit|bunny|hamster|guinea pig|gerbil|ferret|tortoise|turtle"
    r"|lizard|gecko|snake|fish|goldfish|chicken|chickens|hen|hens|goat|perro|perra|gato|gata"
    r"|mascota|labrador|retriever|terrier|spaniel|poodle|collie|beagle|dachshund|chihuahua"
    r"|greyhound|pug)"
)
_ANIMAL = LazyPattern(rf"\b{ANIMALS}\b")
# A person in the message besides its pronouns (which may stand for the animal: "is she sick"):
# the writer as a subject, anyone named by kin or role.
_PERSON = LazyPattern(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|we|we're|us|myself|husband|wife|partner|son|daughter|mom"
    r"|mum|mother|dad|father|brother|sister|child|kid|kids|baby|boy|girl|grandma|grandpa"
    r"|grandmother|grandfather|granny|nan|aunt|uncle|friend|neighbou?r|patient|man|woman|lady"
    r"|guy|nurse|teen|toddler|year old|hijo|hija|esposo|esposa|mam[aá]|pap[aá]|yo)\b"
    # A body only a person has, or a pronoun that speaks or thinks: "the cat scratch on my
    # hand", "jumped on his lap and he screamed", "she keeps saying cat when she means car".
    r"|\b(?:my|his|her|their) (?:\w+ )?(?:hands?|arms?|face|chest|lap|fingers?|lips|mouth"
    r"|speech|words|writing)\b"
    r"|\b(?:he|she|they)(?:'s| \w+)? (?:says?|said|saying|screamed|shouted|thinks?|told|asked"
    r"|means?|meant|talk\w*|speak\w*)\b"
)
_PRONOUN = LazyPattern(r"\b(?:he|she|they|he's|she's|they're|his|her|their|him|them)\b")
# The animal did something to a person: "the dog knocked her over", "the cat bit him".
_ANIMAL_ACTS_ON = LazyPattern(
    rf"\b{ANIMALS} (?:\w+ ){{0,2}}(?:me|him|us|them|her(?= (?:over|down|off|up|out|and|then"
    r"|so|when|while|in|on|at|to)\b|\s*(?:[.,;!?]|$)))\b"
)


def names_a_person(text: str) -> bool:
    """Tell whether a normalized text names a person: the writer, kin or a role, a body only a
    person has, or a pronoun that speaks or thinks (a bare "she" may be the cat)."""
    return bool(_PERSON.search(text))


def about_an_animal(text: str) -> bool:
    """Tell whether a normalized text tells only of an animal: an animal named, no person, and
    the animal doing nothing to anyone ("the dog knocked her over and now she can't move her
    left arm" tells of her)."""
    animal = _ANIMAL.search(text)
    return bool(
        animal
        and not names_a_person(text)
        # "she called the cat by my name": a pronoun before any animal is named is a person's.
        and not _PRONOUN.search(text[: animal.start()])
        and not _ANIMAL_ACTS_ON.search(text)
    )


# The opening words before whoever the message tells of first: "so", "ok", "hi", "well"...
_OPENING = r"^\W*(?:(?:so|ok|hi|hey|um|well)\W+)*"
# People outside the circle a carer looks after, named first in the message.
_OUTSIDER = LazyPattern(
    rf"{_OPENING}(?:my|our|a|the) (?:\w+'s )?(?:\w+ )?(?:cousin"
    r"|neighbou?r|coworker|co-worker|colleague|boss|friend|aunt|auntie|uncle|niece|nephew"
    r"|classmate|ex|ex-husband|ex-wife|ex husband|ex wife"
    # Someone of an outsider's or of kin's: "my sister's baby", "my son's teacher".
    r"|(?:friend|sister|brother|cousin|neighbou?r|aunt|uncle|coworker|boss|grandson"
    r"|granddaughter|son|daughter)'s \w+"
    r"|teacher|sister|brother|in-laws|(?:sister|brother|mother|father)(?:-in-law| in law)"
    r"|kid in \w+ \w+ class"
    r"|(?:man|woman|lady|guy|kid) (?:at|on|in|next door))\b"
    # And in Spanish: "mi vecina tiene gripe, puedo visitarla".
    r"|^\W*(?:mi|mis|nuestr[oa]s?|una?|el|la) (?:vecin[oa]s?|amig[oa]s?|prim[oa]s?|compañer[oa]s?"
    r"|jef[ea]s?|t[ií][oa]s?|cuñad[oa]s?|sobrin[oa]s?)\b"
)
# People of the writer's world with a household of their own: "a friend's baby", "my boss's wife".
_ANOTHER = r"(?:friend|neighbou?r|coworker|co-worker|colleague|boss|cousin)"
# People outside the care by what they do or are to the writer, not by kin: a trade or a
# service, a faith or a club, a neighbour's household, a stranger. Named first, as whose sign
# it is: "the vicar collapsed during the service", "our postman had a fit in the street". The
# care's own (a doctor, a nurse, a carer) are left out: they tell of the patient.
_ROLES = (
    r"(?:postman|postwoman|postie|mailman|mail carrier|milkman|courier|delivery (?:man|guy|driver)"
    r"|driver|taxi driver|cabbie|bus driver|plumber|electrician|builder|handyman|gardener"
    r"|cleaner|window cleaner|hairdresser|hairstylist|barber|cashier|shopkeeper|waiter"
    r"|waitress|barista|bartender|receptionist|security guard|caretaker|janitor|mechanic"
    r"|landlord|landlady|tenant|lodger|roommate|flatmate|housemate|vicar|priest|pastor|minister"
    # Help in the house, and those the writer minds for a living: "our au pair", "the baby i
    # childmind" (not "the man i care for", who may be the patient).
    r"|au pair|nanny|babysitter|childminder|housekeeper|maid|dog walker|dog sitter|pet sitter"
    r"|(?:baby|babies|child|children|kid|kids|boy|girl|twins) i (?:childmind|babysit|mind|nanny"
    r"|tutor|teach|coach)"
    r"|rabbi|imam|reverend|deacon|nun|monk|choir \w+|organist|stranger|passer-?by|acquaintance"
    r"|(?:golf|tennis|bridge|chess|walking|running|gym|dance|business|squash|bowls) (?:partner"
    r"|buddy|mate|friend)|teammate|team mate|bandmate|classmate|schoolmate|boss|manager"
    r"|employee|student|teacher|coach|tutor|instructor|referee|footballer"
    r"|(?:man|woman|lady|guy|boy|girl|lad|kid|baby|family|couple|child) (?:next door|across the"
    r" (?:road|street|hall)|upstairs|downstairs|at (?:(?:the|a|my|our) )?\w+(?: \w+)?|on the \w+))"
)
_BY_ROLE = LazyPattern(
    r"^\W*(?:(?:so|ok|hi|hey|um|well|today|yesterday|this morning|last night|on \w+day)\W+)*"
    rf"(?:my|our|a|an|the|this|that|one|some) (?:\w+ )?{_ROLES}(?:'s \w+)?\b"
    # Someone of another's household, named by what they are to them: "a friend's baby", "our
    # neighbour's son", "my boss's wife".
    rf"|{_OPENING}(?:my|our|a|the) (?:\w+ )?{_ANOTHER}'s (?:\w+ )?(?:baby|son|daughter|kid|child"
    r"|toddler|husband|wife|partner|mom|mum|dad|mother|father)\b"
)
# Someone of another's circle, the possessive written with or without its apostrophe: "my best
# friends baby", "my husband's golf partner", "our neighbours son", "my daughters teacher".
# The kin before the possessive may be the patient, so their outsider's sign is the outsider's
# only when nothing after it tells of the writer or their own people (_WRITER_OR_KIN) or of a
# he or she who may be the kin.
_OF_ANOTHERS_CIRCLE = LazyPattern(
    rf"{_OPENING}(?:my|our|a|the) (?:\w+ )?{_ANOTHER}(?:'s|s) (?:\w+ )?(?:baby|son|daughter|kid"
    r"|child|toddler|husband|wife|partner|mom|mum|dad|mother|father|boyfriend|girlfriend)\b"
    rf"|{_OPENING}(?:my|our) (?:husband|wife|partner|son|daughter"
    rf"|mom|mum|mother|dad|father|brother|sister)(?:'s|s) (?:\w+ )?{_ROLES}\b"
)
# Named first, someone of the writer's work or street, or of another's household, who is no kin
# of theirs: "my coworker came in with a fever of 38.9", "a kid in my daughter's class has a
# high temperature", "my friend's little boy has a temperature, she's keeping him off school".
# A he or she after them is theirs, not the writer's patient; the writer or their own people
# named after them make the sign maybe theirs (_WRITER_OR_KIN).
_NO_KIN_FIRST = LazyPattern(
    rf"{_OPENING}(?:my|our|a|the|one of my) (?:\w+ )?(?:coworkers?|co-workers?|colleagues?|boss"
    r"|neighbou?rs?|classmates?|workmates?)\b(?!'s|s\b)"
    rf"|{_OPENING}(?:a|one|some|the|two) (?:\w+ )?(?:kids?|child|children|boys?|girls?|babies|baby)"
    r" (?:in|at|from) (?:my|his|her|our|the) (?:\w+ )?(?:\w+'s )?(?:class|school|nursery|daycare"
    r"|team|street|office|work|playgroup|group)\b"
    rf"|{_OPENING}(?:my|our|a|the) (?:\w+ )?{_ANOTHER}(?:'s|s) (?:\w+ )?(?:baby|son|daughter|kid"
    r"|child|toddler|boy|girl)\b"
)
_HE_OR_SHE = LazyPattern(r"\b(?:he|she|him|her|his|he's|she's|hes|shes)\b")


def _opens_on_another(text: str, named: LazyPattern, *of_mine: LazyPattern) -> bool:
    """Tell whether a normalized text opens on someone `named` finds, nothing after them is
    what `of_mine` find (the writer, their own people), and nothing is happening before the
    writer now ("my neighbour's husband is having a seizure on the floor")."""
    other = named.search(text)
    return bool(
        other
        and not any(p.search(text[other.end() :]) for p in of_mine)
        and not _IN_FRONT_OF_ME.search(text)
    )


# The writer or their own people named after the role: then the sign may be theirs ("the
# hairdresser said i was slurring", "the postman found my husband on the floor").
_WRITER_OR_KIN = LazyPattern(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|myself"
    # Kin, but not the other's own: "her son is with her now" is the neighbour's son.
    r"|(?<!\bher )(?<!\bhis )(?<!\btheir )(?:husband|wife|partner|son|daughter"
    r"|mom|mum|mother|dad|father|brother|sister|grandma|grandpa|patient))\b"
)
# Happening where the writer is: "my neighbour's husband is having a seizure on the floor".
_IN_FRONT_OF_ME = LazyPattern(
    # Not "he's teething": a baby's teeth coming through, not a scene.
    r"\b(?:is|are|he's|she's|they're|hes|shes|theyre) (?:(?!teething\b)\w+ing|not breathing"
    r"|unconscious"
    r"|on the (?:floor|ground))\b|\b(?:right|just) now\b"
)
# The writer weighs the outsider's illness as a risk to themselves, or names its common cause.
_RISK_TO_ME = LazyPattern(
    r"\b(?:stay away|keep away|keep (?:my )?distance|visit|go (?:to (?:her|his|their)|over"
    r"|round|near)|be around|near me|catch|contagious|infectious|spread|pass it|safe to"
    r"|safe for me|at risk|exposed|exposure|cancel|skip|babysit|hug|stay (?:home|in|off work)"
    r"|work from home|go (?:in )?to work|see (?:her|him|them)"
    r"|visitar\w*|ver(?:la|lo|los|las)|contagi\w*|acercar\w*|abrazar\w*)\b"
)
_COMMON_CAUSE = LazyPattern(
    r"\b(?:flu|a cold|covid|stomach bug|tummy bug|bug going round|norovirus|noro|food poisoning"
    r"|strep|chickenpox|chicken pox|shingles|measles|rsv|low (?:blood )?sugars?|hangover|a virus"
    r"|hay ?fever|heat ?stroke|gripe|resfriado|resfr[ií]o|catarro"
    # A lifelong condition or a common trigger of theirs, not a new sign: "my uncle has
    # parkinsons tremor", "my sister keeps fainting at the sight of blood".
    r"|parkinson'?s|diabetes|diabetic|epilepsy|epileptic|migraines?|cataracts?|glaucoma"
    r"|arthritis|asthma|copd|emphysema|dementia|alzheimer'?s|allerg(?:y|ies)"
    r"|(?:the )?sight of (?:blood|needles)|needle phobia|scared of needles"
    # Their usual: "my niece has a nosebleed, she gets them a lot".
    r"|(?:gets|has|had|get) (?:them|it|these|those) (?:a lot|all the time|often|regularly"
    r"|every \w+))\b"
)
# Told as news from somewhere else, in others' hands: "the lady at the pharmacy fainted,
# paramedics came", "my son's teacher had a seizure in class", "she's taking him to the doctor".
_ELSEWHERE = LazyPattern(
    r"\b(?:at work|in class|at school|at (?:the )?(?:pharmacy|store|shop|supermarket|bank|gym"
    r"|office|church|game|party|wedding|funeral|park|pool|club|pub|match|service|mass)"
    # A pastime's gathering: "had a fit at football practice", "fainted at choir rehearsal".
    r"|at (?:\w+ )?(?:practice|training|rehearsal|club|lessons?|class|camp)"
    r"|(?:paramedics|the ambulance|an ambulance)(?: has| have| had)? (?:came|come|arrived|took"
    r"|taken)"
    # Someone else with them, or already calling: "his mum took him home", "they called an
    # ambulance", "her husband is with her".
    r"|(?:his|her|their) (?:\w+ )?(?:mum|mom|dad|mother|father|parents?|wife|husband|partner|son"
    r"|daughter|family|kids) (?:took|is taking|came for|picked up|is with|was with|are with)"
    r"|(?:they|someone|somebody|staff|the staff|people) (?:called|rang|phoned) (?:an ambulance"
    r"|the ambulance|911|999|112|paramedics)"
    r"|(?:she's|he's|they're|she is|he is|they are) (?:taking|driving) (?:him|her|them) to)\b"
)
# The writer says so: "my dad (he isnt the patient) has a nosebleed", "my brother gets
# nosebleeds a lot, he's not a patient", "my son has a fever, he's not the one being treated".
NOT_THE_PATIENT = LazyPattern(
    r"\b(?:he|she|they|who)(?:'s|s| is|'re| are| was)? (?:not|isn't|isnt|aren't|arent|wasn't"
    # Not "he's not a patient man".
    rf"|wasnt)(?: (?:a|the|my|our))? patient\b{NOT_A_TEMPER}"
    r"|\bnot the one (?:being |getting |who (?:had|got) )?treated\b"
)
# Any word that puts the outsider in the writer's care after all: the treatment, its days.
_IN_TREATMENT = LazyPattern(
    r"\b(?:car[- ]?t|cart|infusion|cells|transplant|chemo|day \d+|days? (?:post|out|after)"
    r"|post (?:car|infusion)|crs|icans|lymphoma|myeloma|leuka?emia|lupus|trial)\b"
)
# The writer asks what to do for them now: then it is theirs to call about.
_HELP_NOW = LazyPattern(
    r"\b(?:right now|just now|help|911|er|a&e|what do i do|what should i do|should i call"
    # Not an ambulance that has come and gone with them: "the ambulance has taken him".
    r"|(?<!\bcalled an )(?<!\bcalled the )(?<!\brang an )(?<!\brang the )(?<!\bphoned an )"
    r"(?<!\bphoned the )ambulance(?!(?: has| have| had)? (?:came|come|arrived|took|taken)\b))\b"
)


# The writer says the treatment is theirs ("i had car t 5 weeks ago", "im the one who had car t",
# "im 6 weeks after car t", "i had my cells", "yo tuve el car-t"), or that the other one never
# had it ("hes not had car t", "shes never had car t"; not "not had it yet").
_TREATED = r"(?:car[- ]?t|cart|cells|infusion|the treatment)"
_KIN_OR_KNOWN = (
    r"(?:husband|wife|partner|son|daughter|mom|mum|mother|dad|father|brother|sister|child|kid"
    r"|kids|baby|toddler|grandson|granddaughter|grandchild|grandkids?|nephew|niece|cousin|aunt"
    r"|uncle|friend|neighbou?r|coworker|co-worker|colleague|boss|flatmate|roommate|housemate"
    r"|carer|caregiver|lodger|hij[oa]s?|espos[oa]|marido|mujer|madre|padre|herman[oa]|niet[oa]s?"
    r"|sobrin[oa]|vecin[oa]|amig[oa]|compañer[oa])"
)
_WRITER_TREATED = LazyPattern(
    rf"\b(?:i|i've|ive)(?: \w+)? (?:had|got|received|finished) (?:my |the |a )?(?:\w+ )?{_TREATED}"
    r"|\b(?:i'm|im|i am) the (?:patient(?!'?s\b)|one (?:who (?:had|got|was)|being treated|treated))"
    r"\b"
    rf"|\b(?:i'm|im|i am) (?:\w+ ){{0,3}}(?:post|after|out from|since) (?:my |the )?{_TREATED}"
    rf"|\b(?:after|since|from) my {_TREATED}|\bmy {_TREATED} (?:was|is)\b"
    r"|\b(?:he|she|they|he's|she's|hes|shes|they've|he has|she has)(?: \w+)? (?:not|never|hasn't"
    rf"|hasnt|haven't|havent|isn't|isnt) (?:had |been |on |having |getting )?(?:\w+ )?{_TREATED}"
    r"(?! (?:yet|until|till|next|soon)\b)"
    r"|\b(?:me hicieron|yo tuve|tuve) (?:el |la |los |las )?(?:car[- ]?t|c[eé]lulas|infusi[oó]n)"
)
# Someone else named first, kin or not: "my wife's got shingles", "grandson has a cold".
_SOMEONE_ELSE_FIRST = LazyPattern(
    rf"{_OPENING}(?:(?:my|our|a|the|another|mi|mis|nuestr[oa]s?|el|la) )?(?:\w+ )?"
    rf"{_KIN_OR_KNOWN}(?:'s|s)?\b"
    # A child by their age: "my 1 year old has 38.3".
    r"|^\W*(?:my|our) \d{1,2}[- ]?(?:year|yr|month)[- ]?old\b"
)
# The other one treated too: "my husband and i both had car t", "she had her cells in may".
_ANOTHER_TREATED = LazyPattern(
    rf"\b(?:his|her|their|our) (?:own )?{_TREATED}|\b(?:both|we|we've|weve|and i)(?: \w+){{0,2}}"
    rf" (?:had|got|received|finished) (?:our |the |a )?(?:\w+ )?{_TREATED}"
    rf"|\b(?:he|she|they|{_KIN_OR_KNOWN})(?:'s|s| has| have|'ve)? (?:also |too )?(?:had|got"
    rf"|received|finished) (?:his |her |their |the |a )?(?:\w+ )?{_TREATED}"
)
# What the writer weighs: catching it, being near, visiting, their care of the other one.
_MY_RISK = LazyPattern(
    r"\b(?:around me|near me|(?:working|be) with me|catch\w*|stay away|keep away"
    r"|keep (?:my )?distance"
    r"|risk|risky|dangerous|safe|contagious|infectious|spare room|masks?|look after|visit\w*"
    r"|cuddl\w*|hug|hugs|hugging|kiss\w*"
    r"|come (?:to see|round|over|to (?:the|my|our) house)|sleep in|move out|tener cuidado"
    r"|contagi\w*|venir|visitar\w*)\b"
)
# A sign no catching explains, an emergency whoever has it: "temp of 39 and floppy", "blue lips".
_GRAVE = LazyPattern(
    r"\b(?:confus\w*|floppy|limp|unresponsive|(?:won'?t|wont|can'?t|cant) (?:wake|rouse)|seiz\w*"
    r"|fitting|blue|gr[ae]y|breath\w*|chest pain|collaps\w*|faint\w*|passed out|bleed\w*|blood"
    r"|stiff neck|droop\w*|slurr\w*|drows\w*|sangr\w*|respirar|convuls\w*|desmay\w*)\b"
)
# The writer's own sign told beside: "i had car t, my son has a cold and now i have a temp".
_MY_OWN_SIGN = LazyPattern(
    r"\b(?:i|i'm|im|i've|ive|i am|i'd|me)\b(?: \S+){0,3} (?:fever\w*|temp|temps|temperature"
    r"|\d\d(?:\.\d)?|hot|shiver\w*|shak\w*|chills?|rigors?|sick|vomit\w*|throw\w* up|threw up"
    r"|unwell|ill|poorly|rough|awful|dizzy|faint\w*|confus\w*|muddled|drows\w*|sleepy"
    r"|breath\w*|cough\w*|rash|pain\w*|ache\w*|headache|bleed\w*|diarrh\w*)\b"
    r"|\bmy (?:own )?(?:temp\w*|fever|chest|head|throat|breathing|heart|stomach|tummy|skin"
    r"|speech)\b|\btengo (?:fiebre|tos|escalofr\w*)"
)


def a_risk_to_the_treated_writer(text: str) -> bool:
    """Tell whether a normalized text tells of someone else's illness, kin or not, the writer
    being the one treated and weighing it as a risk to themselves, with no sign of their own
    and none that catching could not explain: "my husband has shingles, im 6 weeks after car t,
    is that dangerous for me"."""
    return bool(
        _SOMEONE_ELSE_FIRST.search(text)
        and _WRITER_TREATED.search(text)
        and _MY_RISK.search(text)
        and not _ANOTHER_TREATED.search(text)
        and not _GRAVE.search(text)
        and not _MY_OWN_SIGN.search(text)
        and not _IN_FRONT_OF_ME.search(text)
    )


def an_outsiders_illness(text: str) -> bool:
    """Tell whether a normalized text tells of an illness of someone outside the writer's care
    (a cousin, a coworker, a sister) weighed as a risk to the writer or put down to a common
    cause, with no word of the treatment and no call for help now: "my sister has a fever of
    38.5 with the flu, should she stay away from me". "my sister had car t ten days ago and
    now she can't find her words" is the patient's. Or of anyone's, kin too, where the writer
    says they are the one treated and weighs it as a risk to themselves (round 40), or says the
    other one is not the one treated (round 43, not_treated.py)."""
    outsider = (_OUTSIDER.search(text) or _BY_ROLE.search(text)) and (
        _RISK_TO_ME.search(text) or _COMMON_CAUSE.search(text) or _ELSEWHERE.search(text)
    )
    by_role = _opens_on_another(text, _BY_ROLE, _WRITER_OR_KIN)
    # The kin before the possessive may be the patient: a he or she after them may be too.
    of_anothers_circle = _opens_on_another(text, _OF_ANOTHERS_CIRCLE, _WRITER_OR_KIN, _HE_OR_SHE)
    no_kin = _opens_on_another(text, _NO_KIN_FIRST, _WRITER_OR_KIN)
    outside = (
        outsider or by_role or of_anothers_circle or no_kin or NOT_THE_PATIENT.search(text)
    ) and not _IN_TREATMENT.search(text)
    theirs = (outside or a_risk_to_the_treated_writer(text)) and not _HELP_NOW.search(text)
    return bool(theirs or an_untreated_ones_sign(text))
