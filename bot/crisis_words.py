"""The crisis side in words: what a message must hold for the learned layer's crisis call.

The learned layer gave the crisis line to messages with nothing of crisis in them (fresh set
15: a fish tank, tomato seedlings, "happy turkey day", "am i gonna go bald"). Its call stands
only on a message holding some word or phrase of this lexicon. The lexicon is written from
crisis-line guidance on the warning signs of suicide and self-harm (988 Lifeline, Samaritans,
AFSP, NIMH), not from messages: talk of dying or not being here, of no hope, no future or
being a burden, of a means, a place, a time or a plan, of goodbyes and affairs put in order,
passive wishes ("if the bus hit me"), self-injury, online slang, and their Spanish. It is wide
on purpose: a word here only lets the layer's call stand; a false crisis line costs trust, a
missed crisis costs a life. A list of words cannot keep up with how people say it (fourth
round: a gate of death words let 9 of 80 fresh crisis messages through), so each entry is a
family of wordings, not one sentence.
"""

from __future__ import annotations

from .pattern_set import LazyPattern, by_first_letter

# Each group names a warning sign of the guidance it comes from.
_GROUPS = (
    # Dying, death and killing; the slang that hides the word (unalive, kms, ctb, sewerslide).
    r"die|dies|dying|died|dead|death\w*|deadly|kill\w*|suicid\w*|sui|unaliv\w*|kms|kys|ctb"
    r"|sewer ?slide|self[- ]?delet\w*|end (?:it|me|my|things|everything|this|all)|ending|the end"
    r"|game over"
    # Misspelt and disguised: "sucide", "su1cide", "kil my self", "hopless", "burdon".
    r"|su[i1!]?c[i1!]d\w*|suicd\w*|suisid\w*|ded|dieing|dyin|kil|my ?self|myslef|overdo[se]e?\w*"
    r"|over dos\w*|hopeles\w*|hopless\w*|worthles|worhtless|burd[oa]n"
    r"|grave|coffin|casket|funeral|buried|bury|cemetery|afterlife|heaven|god|pray\w*"
    # Not being here, not waking, being taken.
    r"|not (?:be |being |going to be )?(?:here|around|alive|a later|any later)|being here"
    r"|(?:wasn'?t|weren'?t|isn'?t|am not|i'?m not) (?:here|around|alive)"
    r"|no later|no longer|(?:i'm|im|i'll|ill|i will|be|i am) gone|go away|disappear\w*|vanish"
    r"|exist\w*|cease|sleep (?:forever|for good|and (?:never|not))|long sleep|asleep and"
    r"|stay\w* asleep|(?:never|not|don't|dont|didn't|didnt|won't|wont|no)(?: \w+){0,2}"
    r" (?:wake|waking|woke|woken|open them)|never (?:open|see|get up)|close my eyes|eyes closed"
    r"|rest|peace\w*|(?:take|takes|took|taken|taking) me|let me go|finish\w* (?:me|it)"
    r"|put me (?:out|down)|check(?:ing)? out|clock(?:ing)? out|hit me|run me over|runs me over"
    r"|for good|over with|be over|it over|to be over|alive|living|life|lives|live|stop me"
    r"|(?:it|this|everything|all|heart|breathing)(?: \w+){0,3} stop\w*|make it stop"
    r"|stop\w* (?:being|existing|living|breathing|eating|taking|fighting)"
    # No hope, no future, no way out, can't go on.
    r"|hope\w*|point\w*|purpose|future|no way (?:out|forward)|ways? out|trapped"
    r"|can'?t (?:go on|take"
    r"|do (?:this|it)|keep"
    r"|cope|handle|bear|carry on|face)|cannot|giv(?:e|es|ing) up|gave up|want(?:s|ed|ing)? out"
    r"|tired of"
    r"|sick of|done|enough|nothing (?:left|matters|to live)|no reason|why bother|escape|relief"
    r"|no more|anymore|any more|another day|one more day|forever|ever again"
    r"|empty|numb|hollow|unbearable|suffer\w*|misery|miserable"
    # A burden, worthless, to blame.
    r"|burden|better off|without me|worthless|useless|waste|failure|hate (?:myself|me|my)"
    r"|deserve\w*|blame|my fault|fault|nobody|no one|no-one|noone|alone"
    # Goodbyes and affairs put in order: notes, wills, passwords, things given away.
    r"|goodbyes?|bye|farewell|last (?:time|thing|one|message|words?|night|day)|one last|final"
    r"|notes?|letters?|(?:my|a|the) will|wills|passwords?"
    r"|accounts|(?:give|gave|giving|given) (?:away|my|him|her|them)|new home|better home"
    r"|after (?:today|tonight|this)"
    r"|won'?t (?:be|need|hear|see|go|make|wake|have|bother)|hear from me|take care|look after"
    r"|sorry|forgive\w*|thank\w*|love you|tell (?:them|her|him|my|everyone)|miss me|remember me"
    # A time, a date, a plan, a decision.
    r"|tonight|this weekend|tomorrow|before morning|the date|a date|plan|plans|planned|planning"
    r"|ready|decided"
    r"|made up my mind|mind made up|it'?s time|time to|do it|go through with|when i'?m gone"
    # Looking up a way: "looked up how much", "googling what amount".
    r"|(?:look\w* up|search\w*|googl\w*|read\w* up|research\w*) (?:on |for )?(?:how|what|which)"
    # Means: medicines and amounts, poisons, weapons, rope, heights, roads, water, fire, gas.
    r"|pills?|tablets?|meds|medicines?|medications?|overdos\w*|od|fatal|lethal"
    r"|stockpil\w*|sav(?:e|ed|ing) up|hoard\w*|tylenol|acetaminophen"
    r"|paracetamol|ibuprofen|aspirin|insulin|opioids?|oxy|oxys|oxies|oxycodone|oxycontin"
    r"|morphine|fentanyl|xanax|ambien"
    r"|poison\w*|bleach|antifreeze|weed ?killer|pesticide|helium|\w*guns?|pistols?|rifles?"
    r"|crossbows?"
    r"|firearms?|shoot|rope"
    r"|cord|noose|hang\w*|beam|belt|jump\w*|bridge|roof|rooftop|ledge|balcony|overpass|cliff"
    r"|drop|height|tall|window|tracks?|train|garage|exhaust|car running|carbon monoxide"
    r"|drive into|drove into|crash\w*|swerv\w*|tree|bus|buses|trucks?|traffic|lorry|lorries"
    r"|drown\w*|lake"
    r"|river|ocean|sea|tides?|burn\w*|knife|knives|blades?|razors?|scissors"
    # Self-injury: cutting, burning, hitting, scratching, picking wounds open.
    r"|cut|cuts|cutting|slit|wrists?|scratch\w*|punch\w*|hit(?:ting)? (?:my|myself|the wall)"
    r"|bang\w* my head|head against|stitches|on purpose|hurt\w*|harm\w*|injur\w*"
    r"|starv\w*|stop eating|stop taking|myself|himself|herself|themselves"
    # Hurt meant, and what burns: "deliberately", "a propósito", "boiling water on my arm".
    r"|deliberately|intentionally|a prop[oó]sito|adrede|scald\w*|boiling|lighter|cigarettes?"
    r"|cigarros?|quem\w*"
    # Death in slang, said of oneself: "worm food", "the permanent nap", "logging out for good".
    r"|worm ?food|dirt ?nap|six (?:feet|foot) under|daisies|kick\w* the bucket|log ?out|logout"
    r"|log(?:ging|ged|s)? (?:out|off)|(?:permanent|eternal|forever|long|big) (?:nap|sleep)"
    # Passive wishes: "i wouldn't mind if", "it would be easier", "i'd rather be".
    r"|wish\w*|rather|would(?:n't| not)? (?:mind|care|be (?:sad|mad|upset))|easier"
    r"|(?:be|been|feel) better (?:if|for|without)"
    r"|happy if|fine if|ok if|okay if|grateful if|be grateful|glad if|don'?t want|dont want"
    r"|want to go"
    # Kept from the team or the family: "im not telling my team", "dont tell anyone", "between us".
    r"|(?:not|never|won'?t|wont|don'?t|dont|didn'?t|didnt|haven'?t|havent|do not) tell\w*"
    r"|(?:not|never) (?:told|telling)|secret\w*|between (?:us|you and me)|nobody knows"
    # An attempt told after it happened: "took the whole bottle", "woke up anyway", "tried".
    r"|(?:whole|entire|full) (?:bottle|box|pack|packet|strip|jar|tub|blister)|woke up anyway"
    r"|still here|didn'?t work|attempt\w*"
    # A choice made, on one's own terms, a pact: "ive made my choice".
    r"|(?:made|make) (?:my|the|a) (?:choice|decision)|my (?:own )?choice|own terms|pact"
    # Spanish: dying and killing, not waking, an ending, a burden, goodbyes, means and cutting.
    r"|morir\w*|muer[aeo]s?|muert\w*|muri\w*|matar\w*|mate|suicid\w*|vida|viv[aeoi]\w*"
    r"|despert\w*|despiert\w*"
    r"|amanec\w*|dormir\w* (?:para siempre|y no)|dormirme|duerm\w*|desaparec\w*|acab\w*"
    r"|terminar\w*|termine|para siempre|nunca"
    r"|seguir|ganas|carga|culpa|mejor (?:sin|si|muert\w*)|estar[ií]a\w* mejor|sin m[ií]|adi[oó]s"
    r"|despid\w*|despedi\w*|carta\w*|regal\w*"
    r"|estar|estuviera|ya no|no puedo|no aguanto|sentido|nada|nadie|solo|sola|harto|harta"
    r"|cansad[oa]|triste|ojal[aá]|dios|pastillas|comprimidos|calmantes|medicinas|sobredosis"
    r"|veneno\w*|encendedor|mechero|pistola|arma|cuchillo|cuchillas?|navaja|cuerda|puente|saltar"
    r"|tirar\w*|cort\w*|hacerme|da[ñn]o"
    r"|lastim\w*|quitarme|sangr\w*|vale la pena|caso|salida|irme|gracias por todo"
)
CRISIS_SIDE = LazyPattern(by_first_letter(rf"\b(?:{_GROUPS})\b"))


def crisis_side(text: str) -> bool:
    """Tell whether a normalized text holds any word or phrase from the crisis side."""
    return bool(CRISIS_SIDE.search(text))


# Hurt done to oneself and said to be meant: when the rules read its wound as an urgent sign
# ("burned my arm on purpose, it's blistering"), the layer's crisis call needs only its first
# threshold, so the crisis line comes first (triage_model.crisis_threshold).
SELF_INJURY = LazyPattern(
    r"\b(?:on purpose|deliberately|intentionally|a prop[oó]sito|adrede|self[- ]?harm\w*"
    r"|self[- ]?injur\w*|when (?:i|he|she|they) (?:can't|cant|cannot|couldn't) cope)\b"
)


def tells_of_self_injury(text: str) -> bool:
    """Tell whether a normalized text says a hurt was meant or names self-harm."""
    return bool(SELF_INJURY.search(text))


# The crisis side's core: a wish to die or not to be here, a plan, a time or a means, a goodbye
# or affairs put in order, self-harm, no hope or a burden, said as such (988 Lifeline and
# Samaritans warning signs), without the lexicon's wider words that also tell a body sign or
# its worry: a cut finger, a leg that "feels dead", "sin sentido" and "nada" of talk that makes
# no sense, "tonight", "don't want to bother them", "nobody there", a knife and fork. Where the
# rules read an urgent sign, or the layer's urgent call stands too, the layer's crisis call
# needs a word of the core (triage_model._a_sign_not_a_crisis): otherwise the sign gets the
# urgent reply (911 and the team), not the crisis line.
_CORE = (
    # Dying and killing, said of oneself; the slang and misspellings of the lexicon.
    r"die|dies|dying|death|deaths|kill\w*|suicid\w*|sui|unaliv\w*|kms|kys|ctb|sewer ?slide"
    r"|self[- ]?delet\w*|su[i1!]?c[i1!]d\w*|suicd\w*|suisid\w*|dieing|overdo[se]e?\w*|over dos\w*"
    r"|(?:be|being|been|am|i'm|im|better off|rather be|wish\w* i (?:was|were)|was|were) dead"
    r"|(?:should|could|would|wish|had|have) (?:\w+ )?(?:have )?died"
    r"|end (?:it|me|my|things|everything|this|all)|ending (?:it|my|things|everything)|game over"
    r"|grave|coffin|casket|afterlife|heaven|worm ?food|dirt ?nap|six (?:feet|foot) under"
    r"|kick\w* the bucket|(?:permanent|eternal|forever|long|big) (?:nap|sleep)"
    r"|log(?:ging|ged|s)? (?:out|off) for good"
    # Not being here, not waking, wanting it over.
    r"|not (?:be |being |going to be )?(?:here|around|alive)"
    r"|(?:wasn'?t|weren'?t|am not|i'?m not) (?:here|around|alive)|no longer (?:be |being )?here"
    r"|(?:i'm|im|i'll|ill|i will|be|i am) gone|when i'?m gone|disappear\w*|vanish\w*"
    r"|(?:stop|not|cease to) exist\w*|sleep (?:forever|for good|and (?:never|not))"
    r"|(?:hope|wish|pray\w*|want\w*|rather|like) (?:\w+ ){0,4}(?:not |never )(?:wake|waking)"
    r"|never (?:wake|waking|woke)|not (?:to )?wake up"
    r"|(?:maybe|hopefully|with (?:any )?luck|if i'?m lucky|good) i (?:\w+ )?(?:won'?t|wont|will not"
    r"|don'?t|dont|never) wake|(?:take|takes|took|taking) me (?:away|now)"
    r"|let me go|put me (?:out|down)|run me over|runs me over|over with|make it (?:all )?stop"
    r"|(?:want|wish|need)\w* (?:\w+ ){0,3}(?:to be over|to end)"
    r"|(?:no|not worth|don'?t want to|do not want to|stop|tired of|sick of|done with)"
    r" (?:\w+ )?(?:live|living|life|alive|being here|existing|go on|going on)"
    # No hope, no way out, a burden.
    r"|hope ?less\w*|hopeles\w*|hopless\w*|no hope|no point|pointless|what'?s the point"
    r"|no (?:purpose|future|reason (?:to|for))|no way (?:out|forward)|ways? out|trapped"
    r"|can'?t (?:go on|take (?:it|this|any ?more)|do (?:this|it) any ?more|carry on|keep going)"
    r"|giv(?:e|es|ing) up|gave up|want(?:s|ed|ing)? out|nothing (?:left|matters|to live)"
    r"|why bother|(?:tired|sick) of (?:it all|everything|fighting|being)"
    r"|burden|burd[oa]n|better off|without me|worthless|worhtless|hate (?:myself|me|my life)"
    # Goodbyes and affairs put in order.
    r"|goodbyes?|farewell|one last|last words|(?:write|wrote|written|made|make|sort\w*|updat\w*)"
    r" (?:out )?(?:my|a) will|passwords?|(?:give|gave|giving|given) (?:away|my \w+ away)"
    r"|new home for|so (?:they|she|he|you|someone)(?:'ll| will) know what to do"
    r"|(?:left|leave|leaving) (?:the |a |my )?(?:spare )?keys? (?:with|next door|for|under)"
    r"|after (?:today|tonight)|won'?t be (?:here|around|a (?:problem|burden))"
    r"|hear from me|forgive me|miss me|remember me|i love you"
    r"|tell (?:them|her|him|everyone|my \w+) (?:i|that i)"
    # A plan, a time, a decision, a way looked up.
    r"|plan|plans|planned|planning|decided|made up my mind|mind made up|it'?s (?:\w+ )?time"
    r"|time to go|go through with|(?:i'?m|i am) ready"
    r"|(?:look\w* up|search\w*|googl\w*|read\w* up|research\w*) (?:on |for )?(?:how|what|which)"
    # Means: an amount of medicine gathered or taken, weapons, a height, a road, water, gas.
    r"|(?:all|whole|every|enough|handful|lots|box|boxes|bottles?|packets?|stash|saved|spare"
    r"|extra|\d+) (?:\w+ ){0,3}(?:pills?|tablets?|meds|medicines?|medications?|paracetamol"
    r"|tylenol|insulin|opioids?|oxy\w*|morphine|fentanyl|xanax|ambien)"
    r"|od|fatal|lethal|stockpil\w*|sav(?:e|ed|ing) up|hoard\w*"
    r"|poison\w*|bleach|antifreeze|weed ?killer|pesticide|helium|\w*guns?|pistols?|rifles?"
    r"|crossbows?|firearms?|shoot (?:myself|me)|rope|noose|hang (?:myself|himself|herself)"
    r"|hanging (?:myself|himself|herself)|jump\w* (?:off|from|in front)|bridge|roof|rooftop"
    r"|ledge|balcony|overpass|cliff|(?:look\w*|stare\w*) (?:over|down|at) (?:the )?(?:edge|drop)"
    r"|in front of (?:a|the) (?:train|bus|lorry|truck|car)"
    r"|railway|exhaust|car running|carbon monoxide|drive into|drove into|swerv\w*"
    r"|into (?:the )?traffic|drown\w*|tides?|slurry|(?:the )?(?:gas|fumes) (?:in there )?(?:works"
    r"|would)"
    # Self-injury and hurt meant.
    r"|razors?|blades?|(?:knife|knives|scissors|lighter|cigarettes?) (?:to|on|into|across"
    r"|against) my|(?:cut|cutting|burn\w*|scratch\w*|hit|hitting|punch\w*|hurt\w*|harm\w*"
    r"|injur\w*|scald\w*|starv\w*) (?:myself|himself|herself|themselves)"
    r"|cut(?:ting)? (?:my|his|her) (?:arms?|wrists?|legs?|thighs?|skin)|slit|wrists?"
    r"|(?:punch\w*|hit\w*) (?:the|a) walls?|bang\w* my head (?:against|on purpose)"
    r"|head against|self[- ]?harm\w*|self[- ]?injur\w*|on purpose|deliberately|intentionally"
    r"|a prop[oó]sito|adrede|stop (?:eating|taking)|(?:bit|bite|bites|biting) (?:my|the inside)"
    r"|(?:till|until) (?:it|they|i|the skin) (?:bleed\w*|bled|break\w*|hurt\w*)"
    r"|(?:till|until) i (?:nearly |almost )?(?:black|pass) out"
    r"|to make (?:it|them) hurt|hasta (?:hacerme )?sangr\w*"
    # The illness let do it: help refused while ill, the sign hoped to finish it.
    r"|(?:not|never|won'?t|wont|no) (?:\w+ )?(?:ringing|calling|ring|call|telling|going to"
    r" (?:ring|call|tell)) (?:anyone|anybody|no ?one|them|the team)|(?:told|tell|telling) no ?one"
    r"|keeping (?:it )?quiet|no hospital|let it (?:happen|take|win)|letting it|finish\w* me"
    r"|(?:if|hope|hoping|let|wish|pray)\w*(?: \w+){0,5} (?:take|takes|took|taking) (?:hold of )?me"
    r"|hope (?:it|this|the \w+) (?:doesn'?t|does not|never|won'?t) stop\w*"
    r"|(?:don'?t|do not) want to (?:survive|get better|recover)"
    r"|(?:no|nunca) (?:voy a|pienso|quiero) (?:llamar|dec[ií]r\w*)|no se lo (?:voy a|pienso) decir"
    r"|a nadie|me lleve|(?:sea|ser) el final|pase lo que (?:tenga|tiene) que pasar"
    # Passive wishes.
    r"|wish\w* (?:i|it|this|they) (?:was|were|wasn'?t|weren'?t|would|could|had|didn'?t)"
    r"|rather (?:be|not|die)|(?:wouldn'?t|would not) (?:mind|care) if|easier (?:if|for|without)"
    r"|(?:be|been|feel) better (?:if|for|without)"
    r"|(?:happy|fine|ok|okay|glad|grateful) if (?:i|it all|this|the)"
    r"|don'?t want to (?:be here|be alive|exist|wake|go on|carry on|fight|do this)"
    # Kept secret, an attempt, a choice.
    r"|(?:not|never|won'?t|wont|don'?t|dont|didn'?t|didnt|haven'?t|havent|do not) tell\w*"
    r"|(?:not|never) (?:told|telling)|secret\w*|between (?:us|you and me)|nobody knows"
    r"|(?:whole|entire|full) (?:bottle|box|pack|packet|strip|jar|tub|blister)|woke up anyway"
    r"|attempt\w*|tried to (?:end|kill|hurt|overdose)"
    r"|(?:made|make) (?:my|the|a) (?:choice|decision)|my (?:own )?choice|own terms|pact"
    # Spanish.
    r"|morir\w*|muero|muera|muerte|muert[oa]s? (?:en vida|ya)|matar\w*|quitarme la vida"
    r"|no (?:quiero|quisiera) (?:vivir|seguir|despertar|estar)|ganas de (?:vivir|morir|seguir)"
    r"|sin ganas|para siempre|acabar con (?:todo|mi vida|esto)|no (?:volver a )?despertar"
    r"|dormir y no|mejor (?:sin m[ií]|muert\w*)|estar[ií]a\w* mejor|(?:una|ser) carga"
    r"|adi[oó]s|despid\w*|despedi\w*|regal\w* (?:mis|todo)|(?:todas|mis) (?:las )?pastillas"
    r"|sobredosis|veneno\w*|pistola|arma|cuerda|puente|saltar|tirarme|cortarme|me corto"
    r"|hacerme da[ñn]o|lastimarme|me quem\w*|no aguanto m[aá]s|no puedo m[aá]s"
    r"|ya no (?:puedo|quiero|aguanto)|sin sentido (?:seguir|vivir)|(?:seguir|vivir) no tiene"
    r"|ojal[aá] (?:no|me muera)|gracias por todo"
)
CRISIS_CORE = LazyPattern(by_first_letter(rf"\b(?:{_CORE})\b"))


def crisis_core(text: str) -> bool:
    """Tell whether a normalized text holds a word of the crisis side's core."""
    return bool(CRISIS_CORE.search(text))
