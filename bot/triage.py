"""Urgent, crisis and out-of-scope decisions on a message, made before any retrieval.

Two layers. These readable rules do what rules do well: a sign of trouble (fever of 38 °C /
100.4 °F or more, confusion, trouble breathing, ...) counts only when the clause says it is
happening now: not negated ("no fever"), not over ("went away"), not long past, not asked
about ("what are the signs of CRS?"). The learned layer (triage_model.py) reads the question
vector and catches phrasings no rule lists; `with_learned` joins the two: crisis first, urgent
when either says so, except where the rules read every red flag as asked about, denied or over.
Measured with `flask --app wsgi triage eval` on the sets in eval/triage/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import normalize

CRISIS = "crisis"
URGENT = "urgent"
OUT_OF_SCOPE = "out_of_scope"
ORDINARY = "ordinary"

# Patient materials after CAR-T: call at 38.0 °C / 100.4 °F or more.
FEVER_CELSIUS = 38.0
FEVER_FAHRENHEIT = 100.4


# How the rules read the red flags a message names (vomiting, blue lips, a stiff neck, ...).
NOW = "now"  # at least one is happening now
UNCLEAR = "unclear"  # none is clearly happening now, and not every one is clearly calm
CALM = "calm"  # every one is asked about, denied or over: the learned layer may not overrule
LEARNED = "learned layer"  # the sign named when only the learned layer saw trouble


@dataclass(frozen=True)
class Triage:
    kind: str  # CRISIS | URGENT | OUT_OF_SCOPE | ORDINARY
    signs: tuple[str, ...] = ()  # the signs seen happening now, e.g. ("fever", "confusion")
    mentions_symptoms: bool = False  # about symptoms at all, happening now or not
    red_flags: str = ""  # NOW | UNCLEAR | CALM | "" (none named)

    @property
    def needs_help(self) -> bool:
        return self.kind in (CRISIS, URGENT)


def triage(message: str) -> Triage:
    """Decide by the rules whether a message needs help now, is out of scope, or can be answered."""
    text = normalize(message)
    mentions = bool(_SYMPTOM_WORDS.search(text))
    red_flags = red_flag_reading(text)
    if _SELF_HARM.search(text):
        return Triage(CRISIS, ("self-harm",), True, red_flags)
    signs = signs_happening_now(text)
    if signs:
        return Triage(URGENT, signs, True, NOW)
    if any(pattern.search(text) for pattern in _OUT_OF_SCOPE):
        return Triage(OUT_OF_SCOPE, (), mentions, red_flags)
    return Triage(ORDINARY, (), mentions or bool(red_flags), red_flags)


def with_learned(decision: Triage, urgent: bool, crisis: bool) -> Triage:
    """Join the rules' decision and the learned layer's: crisis first, then urgent.

    The layer may not call urgent a message whose red flags the rules read as asked about,
    denied or over ("what does black stool mean?", "no fever today").
    """
    if decision.kind == CRISIS or (decision.kind == URGENT and not crisis):
        return decision
    if crisis:
        return Triage(CRISIS, (LEARNED,), True, decision.red_flags)
    if urgent and decision.red_flags != CALM:
        return Triage(URGENT, (LEARNED,), True, decision.red_flags or NOW)
    return decision


def red_flag_reading(text: str) -> str:
    """Return NOW, UNCLEAR, CALM or "" (none named) for the red flags of a normalized text."""
    clauses = _clauses(text)
    readings = set()
    for number, clause in enumerate(clauses):
        following = clauses[number + 1] if number + 1 < len(clauses) else ""
        temperatures = [m for m in _READING.finditer(clause) if _temperature(m, clause, text)]
        for match in temperatures:
            # A temperature under the threshold is calm, whatever the layer makes of "99 F".
            if _is_fever_reading(match, clause, text):
                readings.add(_reading(clause, match.start(), match.end(), following, True))
            else:
                readings.add(CALM)
        if _NORMAL_OXYGEN.search(clause):
            readings.add(CALM)
            continue  # "O2 was 97 this morning"
        for match in _RED_FLAGS.finditer(clause):
            if temperatures and _TEMPERATURE_WORDS.fullmatch(match.group()):
                continue  # "temp 37.2 tonight": the reading says it
            readings.add(_reading(clause, match.start(), match.end(), following, False))
    for reading in (NOW, UNCLEAR, CALM):
        if reading in readings:
            return reading
    return ""


def signs_happening_now(text: str) -> tuple[str, ...]:
    """Return the names of urgent signs a normalized text describes as happening now."""
    clauses = _clauses(text)
    found: list[str] = []
    for number, clause in enumerate(clauses):
        following = clauses[number + 1] if number + 1 < len(clauses) else ""
        for name, start, end, is_reading in _signs(clause, text):
            if name not in found and _happening_now(clause, start, end, following, is_reading):
                found.append(name)
    return tuple(found)


# --- Self-harm: crisis line first, whatever else the message says -------------------------

_SELF_HARM = re.compile(
    r"\bsuicid\w*"
    r"|\bkill(?:ing|ed)? (?:my|him|her|them|your)sel(?:f|ves)\b"
    r"|\bcut(?:ting)? (?:my|him|her)self\b"
    r"|\bself[- ]?harm"
    r"|\b(?:want|wants|wanted|thinking|think|thoughts|urge|urges|feel like|plan|planning|going"
    r"|tempted|might)\b(?: \w+){0,3} (?:hurt|hurting|harm|harming|injure|injuring)"
    r" (?:my|him|her|them)sel(?:f|ves)\b"
    r"|\bend(?:ing)? (?:my|his|her|their) (?:own )?life\b|\bend it all\b|\btake my (?:own )?life\b"
    r"|(?<!n't )(?<!not )\b(?:want|wants|wanted|wish|wishing)(?: to)? die\b"
    r"|\bbetter off (?:dead|without me)\b"
    r"|\b(?:don't|do not) want to (?:live|be alive|wake up|go on)\b"
    r"|\bno reason (?:for me )?to (?:go on|live|keep going|be alive)"
    r"|\bpoint (?:of|in) (?:living|going on)\b|\bnot worth living\b"
    r"|\bcan't go on (?:living|anymore)\b"
    r"|\btake (?:all|a bunch)(?: of)? (?:my|his|her|the) (?:pills|meds|medications?|tablets)\b"
    r"|\b(?:going|plan|planning|want|wants|thinking|might)(?: to| about| of)? overdos\w*"
    r"|\boverdos\w* on (?:my|his|her|purpose)\b"
    r"|\bquiero morir|\bme quiero matar|\bmatarme\b|\bsuicidarme\b|\bno quiero vivir"
    r"|\bquitarme la vida|\bno quiero seguir"
    # Plans, means, goodbyes and hopelessness, from crisis-line warning-sign lists.
    r"|\b(?:end|ending) it(?: all)?\b(?! (?:was|is|will))|\buntil (?:i|he|she) die"
    r"|\bstop (?:existing|living)\b|\b(?:done|finished) (?:living|with life)\b"
    r"|\btired of (?:living|being alive|life)\b|\b(?:no|any|a) reason to (?:keep )?(?:living|live"
    r"|go on|be here)\b|\bdying would be (?:a relief|better|easier)"
    r"|\b(?:nobody|no one|no-one) would (?:care|miss me|notice)\b"
    r"|\bdisappear (?:forever|for good)\b|\bwish(?:es|ed)? (?:i|he|she) (?:was|were|would be)"
    r" dead\b|\bwish(?:es|ed)? (?:i|he|she) (?:would|could|will)? ?(?:not|never|didn't) wake up"
    r"|\bhow many (?:of )?(?:my |the |these |his |her )?(?:\w+ )?(?:tablets|pills)\b"
    r"|\benough (?:\w+ )?(?:pills|tablets|insulin)\b"
    r"|\b(?:jump\w*|driv\w*|throw\w* (?:my|him|her)self)(?: \w+){0,3} (?:off|from|in front of)\b"
    r"|\bengine running\b|\binject\w* (?:all|the whole|every)\b"
    r"|\b(?:stockpil\w*|sav(?:e|ed|ing) up|hoard\w*|hid(?:e|ing|den)|collect\w*)(?: \w+){0,3}"
    r" (?:pills|tablets|meds|medications?|oxycodone|opioids|insulin|sleeping)"
    r"|\b(?:pills|tablets|meds) (?:are )?lined up\b"
    r"|\bknife (?:\w+ ){0,3}(?:wrist|throat)|\b(?:cut|slit)\w* (?:my|his|her) wrists?"
    r"|\b(?:won't|will not|wont) be (?:here|around|alive)\b|\bgoodbye (?:note|letter)s?"
    r"|\b(?:said|saying|say) goodbye to\b|\bthis is goodbye\b|\bbye everyone\b"
    r"|\bgiv(?:e|ing|en) away (?:all )?(?:my|his|her) (?:things|stuff|belongings|possessions)"
    r"|\bwhere (?:i'm|i am) going\b"
    r"|\bbetter off (?:if|when) (?:i|he|she) (?:was|were|am|is) (?:gone|dead)"
    r"|\b(?:never|not) wake up\b|\bno way out\b|\bwant (?:it all|everything|this) to (?:stop|end)"
    r"|\b(?:shoot|hang|drown|poison|stab) (?:my|him|her|them)sel(?:f|ves)\b"
    r"|\bbought a (?:rope|gun)\b|\bways to die\b|\bhow to (?:die|end my life)\b"
    r"|\btake (?:all|every one|the whole \w+) (?:of )?(?:my|his|her|the) \w+"
)


# --- Urgent signs -----------------------------------------------------------------------

_SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "fever",
            r"\b(?:fevers?|feverish|febrile|high temp(?:erature)?|burning up"
            r"|running a temp(?:erature)?|fiebre|calentura)\b",
        ),
        (
            "shaking chills",
            r"\b(?:chills|rigou?rs|shivering|shivers|shaking uncontrollably|can't stop shaking"
            r"|teeth (?:are )?chattering)\b",
        ),
        (
            "confusion",
            r"\b(?:confused|confusion|disorient(?:at)?ed|delirious|not making sense"
            r"|talking nonsense|acting (?:strange|strangely|weird|odd)"
            r"|(?:doesn't|don't|does not) know where (?:he|she|i|they) (?:is|am|are)"
            r"|(?:doesn't|does not|didn't) recogni[sz]e|can't remember what day"
            r"|confundid[oa]|confusi[oó]n|desorientad[oa])\b",
        ),
        (
            "trouble speaking or writing",
            r"\b(?:(?:trouble|difficulty|problems?|a hard time|struggling) (?:with )?"
            r"(?:speaking|talking|finding (?:the |my |his |her )?words|writing|getting (?:the )?"
            r"words out)|can't (?:find|get out) (?:the |my )?(?:right )?words"
            r"|words (?:come|came|are coming|keep coming) out wrong|slurr(?:ed|ing)"
            r"|mix(?:ing|es|ed)? up (?:his |her |my |their )?words"
            r"|can't (?:speak|talk|write)|handwriting (?:is|looks|has|suddenly))",
        ),
        (
            "new tremor",
            r"\b(?:tremors?|trembling|hands? (?:are |is |have |has )?(?:started |begun )?shaking"
            r"|shaky hands?|(?:i'm|i am|he's|he is|she's|she is|keep|keeps|been) shaking)\b",
        ),
        (
            "extreme sleepiness",
            r"\b(?:(?:very|extremely|really|so|unusually|super|too) (?:sleepy|drowsy)"
            r"|can't (?:stay|keep) awake|hard to wake|won't wake|can't wake|(?:keeps?|kept)"
            r" (?:dozing|falling asleep|nodding off)|barely keep (?:my|his|her) eyes open)",
        ),
        ("seizure", r"\b(?:seizures?|seizing|convuls\w*|(?:had|having) a fit)\b"),
        (
            "trouble breathing",
            r"\b(?:can't (?:breathe?|catch (?:my|his|her) breath|get (?:enough )?air)"
            r"|(?:trouble|difficulty|problems?|a hard time|struggling|struggle) (?:with |to )?"
            r"breath(?:e|ing)?|short(?:ness)? of breath|breathless|gasping|hard to breathe?"
            r"|no (?:puedo|puede|podemos) respirar|falta de aire|me ahogo)",
        ),
        (
            "chest pain",
            r"\b(?:chest (?:pains?|hurts?|is (?:tight|hurting)|tightness|pressure)"
            r"|pain in (?:my|his|her|the) chest|tight chest|dolor (?:en el|de) pecho)\b",
        ),
        (
            "fainting",
            r"\b(?:faint(?:ed|ing)?|passed out|pass(?:ing)? out|blacked out|collapsed"
            r"|lost consciousness|unconscious)\b",
        ),
        ("dizziness", r"\b(?:dizzy|dizziness|light[- ]?headed(?:ness)?)\b"),
        (
            "racing heart",
            r"\b(?:heart (?:is )?(?:racing|pounding|beating (?:very |really |so )?fast)"
            r"|(?:racing|pounding) heart|palpitations)\b",
        ),
        (
            "worst headache",
            r"\b(?:worst headache|(?:severe|terrible|horrible|awful|excruciating|splitting|thunderclap)"
            r" headache|headache (?:is )?(?:the worst|unbearable))",
        ),
        (
            "sudden weakness",
            r"\b(?:sudden(?:ly)? (?:weak(?:ness)?|went weak|numb)|weak all of a sudden"
            r"|(?:face|mouth|smile) (?:is )?droop\w*|one side (?:is )?weak"
            r"|can't (?:move|lift|feel) (?:my|his|her) (?:arm|leg|hand|face)"
            r"|can't (?:stand|walk)|legs? (?:gave|give|giving) (?:out|way))",
        ),
        # From the "when to call" lists beyond CRS and ICANS: bleeding, fluids, stroke, infection.
        (
            "bleeding",
            r"\b(?:(?:bleed\w*|blood\w*)(?: [\w']+){0,10} (?:won't|will not|doesn't|does not|not)"
            r" stop|won't stop bleeding|still (?:bleeding|dripping)|(?:pouring|gushing|dripping)"
            r" blood|blood (?:coming|pouring|gushing) (?:out|from)"
            r"|(?:vomit\w*|throw\w* up|threw up|puk\w*|cough\w* up|spit\w*|pee\w*|poo\w*"
            r"|stools?|urine|urinat\w*|diarrh\w*|sick)(?: [\w']+){0,3} (?:blood|bloody)"
            r"|blood(?:y)? (?:\w+ ){0,3}(?:in|from|mixed in) (?:\w+ ){0,2}(?:vomit|sick|stool|poo"
            r"|poop|urine|pee|mouth|nose|toilet|diarrh\w*|spit)|coffee grounds?"
            r"|black (?:and )?(?:sticky |tarry )?(?:stools?|poo|poop)"
            r"|(?:stools?|poo|poop) (?:is |are )?(?:black|tarry)|tarry|nose ?bleed\w*"
            r"|nose (?:is |has been |keeps )?(?:bleeding"
            r"|pouring)|bruis\w*(?: [\w']+){0,4} (?:spreading|everywhere|all over|getting bigger"
            r"|out of nowhere)|petechiae|tiny red (?:dots|spots)|vomitando sangre|sangre)\b",
        ),
        (
            "vomiting or diarrhoea, no fluids kept down",
            r"\b(?:can't (?:even )?drink|can't (?:keep|hold) (?:anything|any \w+|water|fluids?|food|it|liquids?|drinks?)"
            r"(?: [\w']+)? down|can't (?:drink|eat)(?: [\w']+){0,3} without (?:throwing up|vomiting"
            r"|being sick)|can't stop (?:vomiting|throwing up|being sick|puking)"
            r"|(?:vomit\w*|throw\w* up|threw up|being sick|puk\w*|diarrh\w*|the runs)(?: [\w']+){0,4}"
            r" (?:all day|all night|every (?:hour|\d+ minutes)|since|\d+ times|\w+ times|non ?stop"
            r"|won't stop)|projectile|comes? (?:straight |right )?back up"
            r"|(?:no|not|haven't|hasn't|barely|only) (?:pee\w*|urinat\w*)(?: [\w']+){0,2}"
            r"|sunken)\b",
        ),
        (
            "headache with stiff neck",
            r"\b(?:stiff neck|neck (?:is |feels )?(?:so |really |very )?stiff|can't (?:bend|turn"
            r"|move) (?:my|his|her) neck|head (?:is )?(?:splitting|exploding|pounding|killing)"
            r"|headache (?:\w+ ){0,3}(?:light|vision|can't open|10/10|getting worse|worse)"
            r"|(?:sudden|excruciating|worst|10/10)(?: [\w']+){0,3} (?:headache|pain (?:in|at) the back"
            r" of (?:my|his|her) head)|holding (?:his|her|my) head)\b",
        ),
        (
            "stroke signs",
            r"\b(?:(?:face|smile|mouth|cara)(?: [\w']+){0,4} (?:droop\w*|crooked|sliding|won't move"
            r"|ca[ií]da|looks? (?:different|lopsided))|(?:arm|leg|hand|side|foot)(?: [\w']+){0,3}"
            r" (?:went|is|feels|gone|going) (?:numb|weak|heavy|dead)|can't (?:feel|move|lift) (?:my"
            r"|his|her) (?:\w+ )?(?:arm|leg|hand|side|face)|won't do what|(?:leg|foot) is dragging"
            r"|sudden(?:ly)? (?:trouble|loss|can't|numb\w*)|not lifting (?:that|his|her|my) arm"
            r"|no puede mover|vision (?:went|is going) (?:blurry|dark)|lost (?:the )?vision)\b",
        ),
        (
            "blue lips or low oxygen",
            r"\b(?:lips (?:\w+ ){0,3}(?:blue|grey|gray|purple|tingly)|(?:blue|grey|gray) lips"
            r"|(?:pulse ?ox\w*|o2|oxygen|sats?|spo2)(?: [\w']+){0,3} (?:[5-8]\d|9[0-2])\b"
            r"|winded|can't get (?:my|his|her|a) breath|breathing (?:very |really |so )?(?:fast"
            r"|shallow|hard)|can't (?:finish|say) (?:a sentence|more than)|can't lie flat"
            r"|breathing through a straw|air (?:isn't|is not|not) going in"
            r"|(?:breathing rate|breaths|respiratory rate)(?: [\w']+){0,3} (?:[3-6]\d))",
        ),
        (
            "low blood pressure or fast pulse",
            r"\b(?:(?:bp|blood pressure|pressure)(?:'s| is)?(?: [\w']+){0,3} (?:(?:[4-8]\d|90) ?(?:/"
            r"|over) ?\d{2,3}|(?:really |very |so )?low)|(?:hr|heart rate|pulse|heart)(?: [\w']+){0,3}"
            r" (?:1[2-9]\d|2\d\d)\b|crushing|squeezing (?:\w+ ){0,2}chest|keeled over|came (?:round"
            r"|to)|woozy)",
        ),
        (
            "strange thinking",
            r"\b(?:hallucinat\w*|seeing things|hearing (?:things|voices)|talking to people who"
            r"|(?:can't|couldn't) (?:seem to )?(?:remember|spell|read|understand|follow|answer|recogni[sz]e)"
            r" (?:\w+ )?"
            r"(?:our|my|his|her|the|what|a|simple|where|who|anything|me)|no (?:sabe|reconoce)"
            r"|calling me by|thinks it's (?:19|20)\d\d|speech is (?:weird|off|slurred|garbled"
            r"|strange)|words? (?:come|came|are coming) out (?:in the )?wrong|can't find (?:his|her"
            r"|their) words|handwriting(?: [\w']+){0,6} (?:scribble|messy|can't read)"
            r"|(?:so|very|too) (?:sleepy|drowsy) (?:\w+ ){0,3}(?:wake|awake)|won't wake)",
        ),
        (
            "serious infection",
            r"\b(?:(?:red|hot|swollen)(?: [\w']+){0,6} (?:spreading|oozing|leaking)"
            r"|(?:red|hot|swollen)(?: [\w']+){0,4} (?:around|near|at) (?:my|his|her|the) (?:line"
            r"|port|catheter|picc|wound|site)|redness (?:is )?spreading|red streak|(?:line|port|catheter|picc|wound|site)(?: [\w']+){0,4} (?:red|hot"
            r"|swollen|oozing|leaking|pus)|(?:burn\w*|sting\w*) when (?:i|he|she) pee"
            r"|(?:pee|peeing)(?: [\w']+){0,4} (?:burns|stings)|shingles|blist\w* rash"
            r"|rash (?:\w+ ){0,3}blist\w*|(?:can't|too painful to|hurts to|unable to) swallow"
            r"|(?:green|yellow|rust\w*|brown)(?: \w+)? (?:stuff"
            r"|phlegm|sputum|mucus)|clammy)\b",
        ),
        (
            "CRS",
            r"\b(?:think|thinks|sure|might|may)\b(?: \w+){0,2} (?:have|has|having|getting|got)"
            r" (?:crs|icans|cytokine release)",
        ),
    )
)

_READING = re.compile(
    r"(?<![\w.])(\d{2,3}(?:\.\d{1,2})?)(?![\d.]\d)\s*(°|degrees?|deg)?\s*"
    r"(c|f|celsius|fahrenheit|centigrade)?(?![a-z])"
)
_NOT_A_READING_AFTER = re.compile(
    r"\s*(?:years?|yrs?|yo|y/o|days?|weeks?|hours?|hrs?|minutes?|mins?|months?|mg|ml|kg|lbs?"
    r"|pounds|%|percent|bpm|beats|breaths|mmhg|/|x\b|times|people|patients)"
)
_NOT_A_READING_BEFORE = re.compile(r"(?:day|grade|age|aged|room|bed|ward|page|number|#|\$)\s*$")
_TEMPERATURE_WORDS = re.compile(
    r"\b(?:temp|temps|temperature|fever\w*|febrile|thermometer|degrees|burning up|reading)\b"
)


def _signs(clause: str, text: str) -> list[tuple[str, int, int, bool]]:
    """Return (name, start, end, is_reading) for each sign in a clause."""
    found = [(name, m.start(), m.end(), False) for name, p in _SIGNS for m in p.finditer(clause)]
    for match in _READING.finditer(clause):
        if _is_fever_reading(match, clause, text):
            found.append(("fever", match.start(), match.end(), True))
    return found


def _is_fever_reading(match: re.Match[str], clause: str, text: str) -> bool:
    temperature = _temperature(match, clause, text)
    if temperature is None:
        return False
    value, scale = temperature
    return value >= (FEVER_CELSIUS if scale == "c" else FEVER_FAHRENHEIT)


def _temperature(match: re.Match[str], clause: str, text: str) -> tuple[float, str] | None:
    """Return (value, "c" or "f") when a number reads as a body temperature, else None."""
    number, symbol, unit = match.groups()
    if _NOT_A_READING_AFTER.match(clause, match.end(1)) or _NOT_A_READING_BEFORE.search(
        clause[: match.start()]
    ):
        return None
    value = float(number)
    scale = unit[0] if unit else "c" if 34 <= value <= 43.5 else "f" if 93 <= value <= 110 else ""
    if not scale:
        return None
    plausible_alone = "." in number and (37.5 <= value <= 43 or 99.5 <= value <= 108)
    if not (symbol or unit or _TEMPERATURE_WORDS.search(text) or plausible_alone):
        return None
    return value, scale


# --- Is it happening now? -----------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"[!?;:\n,]+|\.(?!\d)|\b(?:but|though|although|however|except)\b")
_NEGATORS = frozenset({"no", "not", "never", "without", "none", "nor", "denies", "free", "sin"})
_AFFIRMING_NOT = frozenset({"can't", "couldn't", "won't"})  # part of signs: "can't breathe"
_RESOLVED = re.compile(
    r"\b(?:went away|gone|go(?:es)? away|went down|came down|come down|broke|resolved"
    r"|better now|is better|got better|back to normal|normal now|(?:is|'s|are|'re) fine"
    r"|fine now|ok now|okay now|stopped|disappeared|settled|cleared up|no longer|anymore"
    r"|is over|passed|turned out|handled|cleared|treated it|sorted)\b"
)
# "won't come down", "hasn't gone away": not resolved at all.
_NOT_RESOLVED = re.compile(r"(?:n't|not|never)(?: \w+)?\s*$")
# A clause that opens by denying: "no blood in my stool", "there's no swelling".
_DENIAL = re.compile(r"^\s*(?:no|not|never|without|sin|there's no|there is no|nothing)\b")
_REFERS_BACK = re.compile(
    r"^\s*(?:(?:and|but|now|so)\s+)*(?:it|it's|that|that's|which|this|they|they're|the \w+"
    r"|he|he's|she|she's)\b"
)
# Asked about, imagined or read about, not happening: "what are the signs of ...", "if I get".
_HYPOTHETICAL = re.compile(
    r"\b(?:if|in case|what if|whether|suppose|supposing|signs? of|symptoms? of|warning signs"
    r"|watch (?:out )?for|look(?:ing)? (?:out )?for|risks? of|chances? of|likelihood"
    r"|questions? about|wondering|curious|read (?:about|that)|heard (?:about|that)"
    r"|learn about|tell me about|info(?:rmation)? (?:on|about)"
    r"|how (?:do|will|would|can|could) (?:i|you|we) (?:know|tell)"
    r"|(?:worried|afraid|scared|nervous) (?:about|of) (?:getting|having|developing)"
    r"|when (?:i|you|he|she|they|we|people|patients|someone) (?:get|gets|have|has|develop))\b"
)
# About an animal, or a word quoted in an instruction: "my dog has a fever", "the word fever".
_NOT_ABOUT_A_PERSON = re.compile(
    r"\b(?:(?:dog|cat|pet|puppy|kitten|horse|bird|rabbit|hamster)s?|the word|repeat"
    r"|classify this|pretend|role-?play)\b"
)
_DISTANT_PAST = re.compile(
    r"\b(?:last (?:week|month|year)|(?:weeks?|months?|years?) ago"
    r"|before (?:my |the |i had )?(?:car-?t|cart|infusion|treatment)"
    r"|during (?:my|his|her|the) (?:hospital )?stay|as a (?:kid|child|toddler|baby|teen\w*)"
    r"|in the past|used to|back then|for (?:years|months)|in (?:19|20)\d\d|long (?:before|ago)"
    r"|ages ago|on the ward|in (?:the )?(?:hospital|icu))\b"
)
_PRESENT_VERB = re.compile(r"\b(?:is|are|am|have|has|feel|feels|keeps?|seems?|looks?)\b|'[sm]\b")
_NOW = re.compile(
    r"\b(?:still|again|now|right now|currently|at the moment|since|tonight"
    r"|this (?:morning|afternoon|evening)|today|for the (?:last|past)"
    r"|(?:an|one|two|few|a few|\d+) (?:hours?|minutes?|mins?) ago|just now|keeps|won't stop"
    r"|getting worse|please help|help me)\b"
)
_PERSON = (
    r"(?:i|he|she|they|we|(?:my|his|her|their|our)(?: \w+)?"
    r" (?:husband|wife|partner|son|daughter|mom|mum|mother|dad|father|brother|sister|child|kid"
    r"|baby|boyfriend|girlfriend|friend|grandma|grandpa|grandmother|grandfather|aunt|uncle"
    r"|patient|temp|temperature|fever|head|chest|heart|hands?|arms?|legs?|face|speech|words"
    r"|writing|handwriting|breathing|body|pulse)(?:'s)?)"
)
_STATE_VERB = (
    r"(?:am|is|are|was|were|have|has|had|got|feel|feels|felt|feeling|keep|keeps|kept|can't"
    r"|cannot|couldn't|can|started|starts|woke|been|seem|seems|looks?|developed|having|just"
    r"|think|thinks|passed|fainted|collapsed|went|won't|suddenly|really|still|says|said|hurts?"
    r"|reads?|hit|hits|shows?)"
)
# Someone is in this state: "I have a", "my husband is", "his temperature is", "I'm", "my fever".
_PERSON_NOW = re.compile(
    rf"\b(?:{_PERSON}(?: \S+){{0,3}}? {_STATE_VERB}\b|i'm|i've|he's|she's|they're|we're"
    r"|for me to|tengo|tiene|tienen|estoy|est[aá]n?|siento)|\b(?:my|his|her|our|their)(?: \w+)? $"
    r"|\bwith an? (?:\w+ )?(?:temp|temperature|fever) of $"
)
_QUESTION_START = re.compile(
    r"^\s*(?:(?:and|so|also|ok|okay|please|hi|hello)\s+)*(?:what|what's|which|how|why|when|where"
    r"|who|is|are|was|were|do|does|did|can|could|should|would|will|may|might|shall)(?=\s|$)"
)
# Words of a question about a topic rather than a report: "fever after car-t", "is it common".
_TOPIC = re.compile(
    r"\b(?:after car[- ]?t|after cart|after the infusion|common|cause[sd]?|treat(?:ed|ment)?"
    r"|side effects?|normal|mean|means|meaning|grade[sd]?|grading|counts?|considered|cut-?off"
    r"|threshold|define[sd]?|definition|call(?:ing)? at|how (?:high|long|often))\b"
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?")


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_BREAK.split(text) if c and c.strip()]


def _happening_now(clause: str, start: int, end: int, following: str, is_reading: bool) -> bool:
    return _reading(clause, start, end, following, is_reading) != CALM


def _reading(clause: str, start: int, end: int, following: str, is_reading: bool) -> str:
    """Return NOW, CALM (denied, over, long past, asked about) or UNCLEAR for one sign."""
    before, after = clause[:start], clause[end:]
    if _negated(before) or (_DENIAL.match(clause) and start > 0):  # not "no puedo respirar"
        return CALM
    if _resolved(after) or (_REFERS_BACK.match(following) and _resolved(following)):
        return CALM
    if _HYPOTHETICAL.search(clause) or _NOT_ABOUT_A_PERSON.search(clause):
        return CALM
    if _long_past(clause, start, end) and not _NOW.search(clause):
        return CALM
    recent_words = " ".join(_WORD.findall(before)[-8:])
    if _PERSON_NOW.search(recent_words + " " if before.strip() else "") or _NOW.search(clause):
        return NOW
    if _QUESTION_START.match(clause) or (not is_reading and _TOPIC.search(clause)):
        return CALM
    # A report without a subject: "cant breath", "temp 102 f", "worst headache ever".
    return NOW if is_reading or len(_WORD.findall(before)) <= 2 else UNCLEAR


def _resolved(text: str) -> bool:
    return any(not _NOT_RESOLVED.search(text[: m.start()]) for m in _RESOLVED.finditer(text))


def _long_past(clause: str, start: int, end: int) -> bool:
    """Tell whether a 'weeks ago' belongs to this sign, not to an earlier event."""
    for match in _DISTANT_PAST.finditer(clause):
        if match.start() >= end:
            return True  # "a seizure years ago"
        if match.end() <= start and not _PRESENT_VERB.search(clause[match.end() : start]):
            return True  # "last week I had a fever", not "CAR-T last week and his temp is"
    return False


def _negated(before: str) -> bool:
    words = _WORD.findall(before)[-6:]
    # "no fever or chills": the negation reaches over a list, not further.
    words = words if "or" in words[-3:] or "nor" in words[-3:] else words[-3:]
    return any(w in _NEGATORS or (w.endswith("n't") and w not in _AFFIRMING_NOT) for w in words)


# --- Out of scope: instructions aimed at the service, tasks it does not do ----------------

_OUT_OF_SCOPE: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        r"\b(?:ignore|disregard|forget|override|bypass)\b(?: \w+){0,3} (?:instructions?|rules"
        r"|prompts?|guidelines|safety|settings|restrictions|programming)\b",
        r"\b(?:ignore|disregard|forget) (?:all|everything) (?:above|previous|before|you)",
        r"\b(?:system|hidden|initial|original|secret|developer) (?:prompt|message|instructions?)",
        r"\byour (?:instructions|prompt|configuration|programming|training data)\b",
        r"\b(?:reveal|show|print|output|display|leak|dump)\b.{0,30}\b(?:api keys?|passwords?"
        r"|credentials|secrets|configuration|environment variables)\b",
        r"\byou are now\b|\bfrom now on,? (?:you|answer|respond|reply|always|only|act|say)\b",
        r"(?:^|\byou |\bplease |\bnow )act as\b|\brole-?play\b|\bpretend (?:to be|you are"
        r"|you're)\b|\bdeveloper mode\b|\bjailbreak|\bdan mode\b",
        r"\brepeat (?:the|all|everything)(?: \w+)? (?:above|before)\b",
        r"\[/?inst\]|</s>|<\|im_start\|>|^\s*system\s*:",
        r"^\s*(?:please |can you |could you )?(?:write|compose|generate|translate)\b",
        r"\btell me a joke\b",
    )
)

_SYMPTOM_WORDS = re.compile(
    r"\b(?:symptoms?|signs?|side effects?|crs|icans|cytokine release|neurotox\w*|fever\w*"
    r"|febrile|temp|temperature|chills|shivering|shaking|confus\w*|seizures?|tremors?"
    r"|breath\w*|chest pain|dizz\w*|faint\w*|headaches?|weak\w*|sleepy|drowsy|heart rate"
    r"|racing heart|palpitations)\b"
)

# Red flags from patients' "when to call" lists, named in any tense: what the safety net and
# the learned layer's veto look for. Wider than the signs above, which must be read as now.
_NORMAL_OXYGEN = re.compile(
    r"\b(?:o2|oxygen|sats?|spo2|pulse ?ox\w*)(?: [\w']+){0,3} (?:9[3-9]|100)\b(?! ?/)"
)
_RED_FLAGS = re.compile(
    r"\b(?:fevers?|feverish|febrile|temp|temperature|chills|shiver\w*|rigou?rs|confus\w*"
    r"|disorient\w*|seizures?|seizing|convuls\w*|fits?|tremors?|trembl\w*|shaking|shaky"
    r"|talk\w*|speak\w*|o2|sats|spo2|pulse ?ox\w*|hallucinat\w*|seeing things|hearing things|delirious|slurr\w*|speech|words|handwriting"
    r"|sleepy|drowsy|wake|awake|unresponsive|breath\w*|gasping|wheez\w*|oxygen|lips|blue|gr[ae]y"
    r"|chest|heart|pulse|palpitations|blood pressure|faint\w*|passed out|pass out|collaps\w*"
    r"|dizz\w*|light-?headed|bleed\w*|blood|bloody|nosebleeds?|bruis\w*|stools?|poop|vomit\w*"
    r"|throw(?:ing)? up|threw up|puk\w*|diarrh\w*|fluids|dehydrat\w*|pee|urine|headaches?"
    r"|stiff neck|neck|weak\w*|numb\w*|droop\w*|paralys\w*|move (?:my|his|her) (?:arm|leg|hand)"
    r"|vision|swollen|swelling|rash|infect\w*|pus|red streak|clammy|fiebre|respirar|sangre"
    r"|pecho|confundid[ao]|convulsi\w*|v[oó]mit\w*)\b"
)
