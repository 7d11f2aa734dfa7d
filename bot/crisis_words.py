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
