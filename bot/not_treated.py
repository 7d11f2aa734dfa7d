"""Someone else's sign, told by a writer who says that person is not the one treated.

A sign after CAR-T is the treatment team's to hear of now; a sign of someone who never had it
is not. A writer who says so ("my son has a fever of 38.4 with a cold, hes never had car t, can
he still hug me", "my wife (not the patient, i am) has a temp of 38.1", "my colleague had a
seizure at work, nothing to do with car t", "mi hija tiene gripe, ella no ha tenido car-t") asks
how to keep the patient safe, or tells news, and the urgent reply, which sends them to the
treatment team, answers neither. Read in words of who is treated: the other one's treatment
denied, or the writer named as the patient and the other not. Such a message keeps the urgent
reply when the writer tells a sign of their own, the other one is treated too, help is asked
for now, the sign is happening in front of the writer, or it is one no common illness explains
(a fit, confusion, slurring, a droop, breathing, blue lips, a faint) and nobody else has it in
hand: an emergency whoever has it. Functions take a normalized text (normalize.normalize).
"""

from __future__ import annotations

from .pattern_set import LazyPattern

_TREATMENT = (
    r"(?:car[- ]?t|cart|the cells|(?:any |the |that )?(?:t[- ])?cell (?:treatment|therapy)"
    r"|any (?:treatment|therapy)(?: like (?:mine|that|this|car[- ]?t))?"
    r"|(?:a|the) (?:treatment|therapy) like (?:mine|car[- ]?t)|anything like (?:car[- ]?t|cart"
    r"|mine))"
)
_NOT_YET = r"(?! (?:yet|until|till|next|soon|todav[ií]a|a[uú]n)\b)"
# "patient" of a temper, not of who is treated: "he's not a patient man" (whose_sign.py reads it
# too).
NOT_A_TEMPER = r"(?! (?:man|woman|person|guy|lady|sort|type|one)\b)"
# The other one, by pronoun: never the writer ("i haven't had car t" leaves the other one the
# patient).
_THEY = (
    r"(?:he|she|they|he's|she's|hes|shes|they're|they've|theyve|who|him|her|them|el|él|ella"
    r"|ellos)"
)
# Whose treatment is denied, and how: "he's never had car t", "she hasn't had any treatment",
# "who has never had anything like car-t", "not having car t", "(no car t, he's the carer)",
# "nothing to do with car t", "on rituximab not car-t", "(not the patient, i am)", "ella no es
# la paciente", "él no ha tenido car-t". Not "yet", "until" or "next": before the treatment, its
# conditioning is under way too.
_DENIED = LazyPattern(
    rf"\b{_THEY}(?: (?!i\b|i'm\b|im\b|i've\b)\w+){{0,3}}(?: has| have| is| was)?(?: also)?"
    r" (?:never|not|hasn't|hasnt|haven't|havent|isn't|isnt|wasn't|wasnt)(?: ever)?"
    rf" (?:had|having|getting|got|been on|been through|on|received) (?:\w+ )?{_TREATMENT}{_NOT_YET}"
    rf"|\b(?:and|but) not having {_TREATMENT}{_NOT_YET}"
    r"|[(,] ?no (?:car[- ]?t|cart|treatment)\b"
    # Not "never treated" nor "i'm the one who had car t" alone (round 48, taken back after
    # review49): "my husband, never treated with anything before car t last week, now has 39",
    # "im the one who had car t, my daughter is in the trial too and shes 39.4 now".
    r"|\bnothing to do with (?:me|car[- ]?t|cart|my (?:treatment|car[- ]?t|cart|cells)"
    r"|the (?:treatment|cells))\b"
    r"|\bon \w+,? (?:and )?not (?:car[- ]?t|cart)\b"
    r"|\bnot (?:car[- ]?t|cart)[- ]related\b"
    rf"|(?:[(,]|\bis|\b(?:he|she)(?:'s|s)) ?not the patient\b(?!'s){NOT_A_TEMPER}"
    r"(?:, (?:i am|i'm|im|me)\b\)?)?"
    r"|\b(?:i'm|im|i am) the (?:car[- ]?t |cart )?(?:patient|one (?:who had|being treated))"
    r",? not (?:him|her|them|my \w+)\b"
    r"|\b(?:el|él|ella|ellos) no (?:es (?:el|la) paciente|ha(?:n)? (?:tenido|recibido)"
    r" (?:el |la |ning[uú]n )?"
    rf"(?:car[- ]?t|tratamiento))\b{_NOT_YET}"
)
# Someone besides the writer named: kin or people of the writer's world.
_SOMEONE_ELSE = LazyPattern(
    r"\b(?:husband|wife|partner|son|sons|daughter|daughters|mom|mum|mother|dad|father|brother"
    r"|sister|twin|child|kid|kids|baby|toddler|toddlers|grandson|granddaughter|grandchild"
    r"|nephew|niece|cousin|aunt|uncle|nan|nana|gran|grandma|grandpa|friend|neighbou?r"
    r"|neighbou?r's|coworker|colleague|workmate|classmate|teammate|boss|carer|caregiver"
    r"|flatmate|roommate|housemate"
    r"|girlfriend|boyfriend|in-laws?|mother-in-law|father-in-law|hij[oa]|espos[oa]|marido"
    r"|madre|padre|herman[oa]|niet[oa]|sobrin[oa]|vecin[oa]|amig[oa])s?\b"
    # A child by their age: "my 4 year old has a temp of 38.9".
    r"|\b(?:my|our) \d{1,2}[- ]?(?:year|yr)[- ]?old\b"
)
# The writer's own sign told beside: "..., not the patient, and now i have a temp too".
_MY_OWN_SIGN = LazyPattern(
    r"\b(?:i|i'm|im|i've|ive|i am|me)\b(?: \S+){0,3} (?:fever\w*|temp|temps|temperature"
    r"|\d\d(?:\.\d)?|hot|shiver\w*|shak\w*|chills?|rigors?|vomit\w*|throw\w* up|threw up"
    r"|unwell|poorly|dizzy|faint\w*|confus\w*|breath\w*|cough\w*|rash|pain\w*|headache|bleed\w*"
    r"|diarrh\w*|seiz\w*|fits?|fitting|convuls\w*|nosebleeds?|collaps\w*|passed out)\b"
    r"|\bmy (?:own )?(?:temp\w*|fever|chest|breathing|heart|speech)\b|\btengo (?:fiebre|tos)"
)
# The other one treated too: "we both had car t", "she had her cells in may".
_ANOTHER_TREATED = LazyPattern(
    r"\b(?:both|we|we've|weve)(?: \w+){0,2} (?:had|got|received) (?:our |the )?(?:car[- ]?t|cart"
    r"|cells)|\b(?:his|her|their) (?:own )?(?:car[- ]?t|cart|cells|infusion)\b"
    r"|\b(?:he|she|they)(?:'s|s| has| have)? (?:also |too )?(?:had|got|received) (?:his |her"
    r" |their |the )?(?:car[- ]?t|cart|cells)\b"
)
# Help asked for now, or the sign happening in front of the writer ("can you help with that"
# asks the bot).
_NOW_AND_HERE = LazyPattern(
    r"\b(?:right now|just now|(?:please|need|get|send) help|help (?:me|him|her|us|please)|911"
    r"|999|what do i do|what should i do|should i call"
    r"|call (?:an|the) ambulance|is (?:having|not breathing|unconscious)|(?:he's|she's|hes|shes)"
    r" (?:having|not breathing|unconscious|on the floor)|on the floor)\b"
)
# A sign no common illness explains: an emergency whoever has it...
_GRAVE = LazyPattern(
    r"\b(?:confus\w*|muddled|floppy|limp|unresponsive|(?:won'?t|wont|can'?t|cant) (?:wake|rouse)"
    r"|seiz\w*|fit|fitting|blue|gr[ae]y|breath\w*|wheez\w*|chest pains?|collaps\w*|faint\w*"
    r"|passed out|passing out|black(?:ed|ing)? out|stiff neck|droop\w*|slurr\w*|drows\w*"
    r"|convuls\w*|desmay\w*|respirar|confundid[oa])\b"
)
# ... unless someone has it in hand or its everyday cause is named: "in a&e", "the gp is
# sorting it", "they said bells palsy", "she's epileptic", "with her uti", "he has dementia".
_IN_HAND = LazyPattern(
    r"\b(?:in (?:a&e|the er|er|hospital|itu|icu|resus)|(?:gp|doctor|doctors|midwife|paramedics"
    r"|nurse|they)(?:'s|s| is| are| was| were| has| have)? (?:\w+ )?(?:sorting|seeing|on it"
    r"|checking|checked|said|say|says|think|thinks|diagnosed|treating|came|took)|at (?:work"
    r"|school|church|the gym)|epilep\w*|diabet\w*|dementia|uti|water infection|asthma|copd"
    r"|stroke|bells palsy|low iron|anaemi\w*|anemi\w*|panic attack|blood pressure tablets"
    # A small child's fit with a fever: "a febrile convulsion", "febrile seizure".
    r"|febrile (?:convulsions?|seizures?|fits?)"
    r"|his normal|her normal)\b"
)


# An emergency told now, whoever has it and whatever everyday cause is named beside (review48:
# "my dad's confusion is not car-t related, he has dementia, but today he can't speak and his
# face is drooping"): a stroke's signs, blue or grey lips, no breath, the worst headache or a
# stiff neck, a collapse, a fit going on, no waking. No denial and no cause named calms these.
_EMERGENCY_NOW = LazyPattern(
    r"\b(?:(?:can'?t|cant|cannot|couldn'?t|unable to) (?:speak|talk|breathe|find (?:\w+ )?words"
    r"|move (?:his|her|their) (?:arm|leg|face))|(?:face|mouth|smile) (?:is |has )?(?:droop\w*"
    r"|dropp?(?:ed|ing)|lopsided)|droop\w* on one side|slurr\w*|speech is slurred"
    r"|(?:arm|leg|side) (?:is |has gone |went )?(?:weak|numb|dead)"
    r"|lips (?:are |is |look |have gone |went |turned )?(?:blue|gr[ae]y)|(?:blue|gr[ae]y) lips"
    r"|not breathing|stopped breathing|struggling to breathe|gasping"
    r"|worst headache|worst (?:\w+ ){0,3}(?:of (?:his|her|their|my) life|ever)"
    r"|neck is stiff|stiff neck|collaps\w*|unconscious|unresponsive"
    r"|(?:won'?t|wont|can'?t|cant) (?:wake|rouse)"
    r"|(?:having a (?:seizure|fit)|seizing|fitting|convulsing)"
    r"(?= (?:now|right now|and won'?t stop|on the floor)| and (?:won'?t|wont) stop)"
    r"|crushing)\b"
)

# ... unless it is in care's hands already or care has named it: "in a&e", "they said bells
# palsy", "a stroke they think". An everyday illness named beside (dementia, asthma, epilepsy)
# does not explain a new emergency away.
_CARED_FOR = LazyPattern(
    r"\b(?:in (?:a&e|the er|er|hospital|itu|icu|resus)|(?:gp|doctor|doctors|midwife|paramedics"
    r"|ambulance|nurse|they)(?:'s|s| is| are| was| were| has| have)? (?:\w+ )?(?:sorting|seeing"
    r"|on it|checking|checked|said|say|says|think|thinks|diagnosed|treating|came|took|here)"
    r"|bell'?s palsy|febrile (?:convulsions?|seizures?|fits?))\b"
)


# Every denial names the treatment, the patient or "nothing to do with": most messages name
# none of these, and the denials' search is spared.
_NAMED = LazyPattern(
    r"car[- ]?t\b|cart\b|treatment|therapy|cells|patient|paciente|tratamiento|nothing to do"
    r"|anything like"
)


def an_untreated_ones_sign(text: str) -> bool:
    """Tell whether a normalized text tells of a sign of someone the writer says is not the one
    treated, asking nothing of help now and telling no sign of the writer's own: "my son has a
    fever of 38.4 with a cold, hes never had car t, can he still hug me"."""
    return bool(
        _NAMED.search(text)
        and _DENIED.search(text)
        and _SOMEONE_ELSE.search(text)
        and not _ANOTHER_TREATED.search(text)
        and not _MY_OWN_SIGN.search(text)
        and not _NOW_AND_HERE.search(text)
        and not (_GRAVE.search(text) and not _IN_HAND.search(text))
        and not (_EMERGENCY_NOW.search(text) and not _CARED_FOR.search(text))
    )
