"""How a sign is going, told without a sign's own words: a temperature still climbing, breath
lost on an effort that should cost none, a sign told by the image it makes, an effort that was
easy before. Each is spelled out as the sign it tells, so the rules read it as any other.

Written from the "when to call" lists (a rising temperature, breathlessness at rest, shaking
chills), not from messages: the words are those of the kind, so new phrasings of it read alike.
"""

from __future__ import annotations

from .pattern_set import LazyPattern

# Appended to the text: each reads as a sign of red_flags.SIGNS.
RISING_TEMPERATURE = "temperature rising now"
BREATHLESS_AT_REST = "short of breath at rest"
SHAKING_CHILLS = "shaking chills"

# A temperature named by its word, or a reading in the body's range.
_TEMPERATURE = LazyPattern(
    r"\b(?:temp|temps|temperature|fever\w*|thermometer|febrile|reading|readings)\b"
    r"|(?<![\w.])(?:3[6-9][.,]\d|9[89][.,]\d|100[.,]\d)\b"
)
_RISING = LazyPattern(
    r"\b(?:climbing|rising|creeping up|going up|gone up|goes up|went up|keeps? (?:going up|rising"
    r"|climbing|creeping)|higher and higher|getting higher|higher (?:than|every|each)"
    r"|up (?:again |a bit |a little )?(?:every|each|since|from|in the last) (?:hour|half hour"
    r"|\d+ min\w*|few min\w*|time|reading|check)|(?:a|another) (?:point|degree|notch) (?:higher"
    r"|up))\b"
)
# Said to have come back down, or asked about in general: "then back down", "does it rise".
_NOT_RISING_NOW = LazyPattern(
    r"\b(?:back down|came down|come down|coming down|went down|going down|gone down|then down"
    r"|settled|dropp\w*|normal again|back to normal|(?<!as )if|whether|in case|what if"
    r"|normal for|is it normal|usually|always|every evening|every night|after (?:a|the|my|his"
    r"|her) (?:hot |warm )?(?:shower|bath)|(?:does|do|can|will|would|could|should) (?:the |a |your"
    r" |my |his |her )?(?:temp|temps|temperature|fever)\w*)\b"
)

# A reading's time, in its own clause: "37.6 now, it was 37.1 an hour ago" is told newest first.
_CLAUSE_MARK = LazyPattern(r"[,.](?!\d)|[;!?\n]|\bbut\b")
_TOLD_NOW = LazyPattern(
    r"\b(?:now|right now|just now|currently|at the moment|this time|latest|newest)\b"
)
_TOLD_BEFORE = LazyPattern(
    r"\b(?:ago|earlier|before|was|were|first|this morning|last night|yesterday|at (?:lunch"
    r"|breakfast|noon|dinner|\d))\b"
)

_RISING_FLOOR = {"c": 37.3, "f": 99.1}
# Readings that go up by less, or only to this, may be the thermometer or the hour.
_CLEAR_RISE = {"c": 0.3, "f": 0.5}
# Readings set side by side as thresholds, not taken: "is 38 or 38.3 the cutoff".
_THRESHOLD_TALK = LazyPattern(
    r"\b(?:cut-?off|threshold|considered|count(?:s|ed)? as|under|over|above|below|limit)\b"
    r"|\d\s*(?:or|vs|versus)\s*\d"
)

# Breath or heartbeat lost on a trivial effort or at rest (lists: "short of breath at rest").
_BREATH_OR_HEART = (
    r"(?:out of breath|winded|puffed|puffing|panting|huffing|breathless|short of breath"
    r"|can't catch (?:my|his|her|their) breath|gasping|heart (?:is )?(?:racing|pounding)"
    # Stopping to get the breath back: "had to stop after 3 stairs to catch his breath".
    r"|(?:(?:stop|stops|stopped|stopping|sit|sits|sat) (?:down )?)?to (?:catch|get)"
    r" (?:my|his|her|their) breath)"
)
_TRIVIAL_EFFORT = (
    r"(?:(?:walk\w*|going|get\w*|go) (?:to|across|down to) (?:the )?(?:mailbox|letterbox|bathroom"
    r"|toilet|loo|kitchen|car|door|front door|end of the (?:drive|driveway|hall)|couch|sofa"
    r"|fridge|bedroom|next room)|brushing (?:my|his|her|their) (?:teeth|hair)|getting dressed"
    r"|putting on (?:my|his|her|their) (?:socks|shoes|shirt|clothes)|in the shower|showering"
    r"|talking|on the phone|sitting (?:still|down|up|here|in (?:my|his|her|the) chair)|lying"
    r" (?:down|still|in bed|flat)|at rest|resting|doing nothing|watching tv|from (?:the )?(?:bed"
    r"|couch|sofa|chair)|(?:just )?standing up|a few steps|across the room|eating"
    # A few stairs, not a flight: "after 3 stairs", "halfway up the first few steps".
    r"|(?:a few|a couple of|two|three|four|[2-5]|the first (?:few )?)(?: of the)? (?:stairs|steps)"
    r"|(?:one|a single|1) (?:stair|step)"
    # Talking itself: "can barely say three words without gasping".
    r"|(?:say|saying|speak|speaking|get out|getting out) (?:a few|two|three|four|[2-5]|more than"
    r" (?:a few|two|three|[2-5])) words|(?:finish|finishing|get through) a sentence)"
)
_EFFORT = LazyPattern(
    rf"\b{_BREATH_OR_HEART}\b(?: [\w']+){{0,4}} (?:(?:just|only|from|by|after|while|when)"
    rf" )?{_TRIVIAL_EFFORT}\b|\b{_TRIVIAL_EFFORT}\b(?: [\w']+){{0,5}} {_BREATH_OR_HEART}\b"
)
# An effort the person always found hard, a lifelong baseline: "always have, i'm 80".
_AS_EVER = LazyPattern(
    r"\b(?:always (?:have|has|had|been|do|does|get|gets)|for years|since (?:i was|childhood)"
    r"|(?:my|his|her) (?:normal|usual|baseline)|same as (?:always|usual|ever|before)"
    r"|nothing new|(?:doctor|team|neuro\w*|cardiologist) knows|(?:my|his|her) (?:copd|asthma|ild"
    r"|emphysema|heart failure))\b"
)
# "that was easy last week", "used to walk it no problem": the effort is new, not past.
_EASY_BEFORE = LazyPattern(
    r"(?:,\s*|\b(?:and|but)\s+)?\b(?:that|it|which|this|i|he|she)(?:'s| was| is| used to be"
    r"| could do (?:that|it)| used to do (?:that|it)| did (?:that|it))(?: \w+){0,2}"
    r" (?:easy|nothing|no problem|fine|a breeze|without (?:a thought|thinking|stopping))"
    r"(?: (?:last|a) (?:week|month|few days)| (?:before|yesterday|until recently))\b"
)

# A heartbeat told by its number and a posture at rest, with no measure named before it, in a
# message about the heart: "127 sat still", "i run fast with my pots but 145 lying down" (round
# 51). Named a pulse, so the sign's own bound (120 or more) reads it; a blood pressure's top
# number is no pulse.
_HEARTBEAT = LazyPattern(
    r"\b(?:heart\w*|pulse|hr|bpm|racing|pounding|palpitations?|pots|tachy\w*)\b"
)
_PRESSURE = LazyPattern(r"\b(?:bp|blood pressure|pressure|mmhg|systolic|cuff)\b")
_NUMBER_AT_REST = LazyPattern(
    r"(?<![\w./])(?=(?:1[2-9]\d|2[0-4]\d)\b(?: ?bpm| a min(?:ute)?| beats(?: a min(?:ute)?)?)?,?"
    r" (?:(?:while|when|just|and|even|all|i|i'm|i've|he|he's|she|she's|is|am|been|has|have) )*"
    r"(?:sat|sit|sits|sitting|lying|lie|lies|laying|lay"
    r"|resting|at rest|in bed|asleep|doing nothing|not moving|still)\b)"
)
_MEASURED_BEFORE = LazyPattern(
    r"\b(?:hr|heart rate|pulse|heart|bp|pressure|o2|oxygen|sats?|spo2|temp\w*)(?: [\w']+){0,4}"
    r"\s*$"
)
# A pulse up on an exercise: "my pulse hit 150 on the treadmill", "hr 135 while i was running".
# No sign, whatever it is now (the "when to call" lists ask for a fast heartbeat at rest).
PULSE_ON_EXERCISE = "pulse up on exercise"
_EXERCISE = (
    r"(?:treadmill|runs?|running|ran|jog\w*|gym|workout|work-?out|exercis\w*|spin(?:ning)?"
    r"|cycl\w*|bike|physio\w*|rehab|swim\w*|hik\w*|tennis|football|soccer|training|sports?"
    r"|race|dancing|zumba)"
)
_PULSE_ON_EXERCISE = LazyPattern(
    r"\b(?:hr|heart rate|pulse|heart)(?: [\w']+){0,3}? (?:1[2-9]\d|2\d\d)(?: ?bpm)?"
    r"(?: [\w']+){0,3}? (?:on|during|while|when|after|at|in|from) (?:the |a |my |his |her |i was"
    rf" |he was |she was |i'm |i am )?{_EXERCISE}\b"
)


def spell_out_pulse(text: str) -> str:
    """Return a normalized text with a pulse told by its number at rest named a pulse, and a
    pulse up on an exercise named so: "145 lying down" reads "pulse 145 lying down"."""
    text = _PULSE_ON_EXERCISE.sub(PULSE_ON_EXERCISE, text)
    if not _HEARTBEAT.search(text) or _PRESSURE.search(text):
        return text
    for at_rest in reversed(list(_NUMBER_AT_REST.finditer(text))):
        if not _MEASURED_BEFORE.search(text, 0, at_rest.start()):
            text = f"{text[: at_rest.start()]}pulse {text[at_rest.start() :]}"
    return text


# Shaking chills told by the image they make: teeth going, the bed shaking with them.
_CHILLS_IMAGE = LazyPattern(
    r"\b(?:teeth|jaw)(?: (?:is|are|keep|keeps|won't stop|going|started))*"
    r" (?:chatter\w*|clatter\w*|rattl\w*|knock\w*|bang\w*|clack\w*|click\w*|going like)"
    r"|shak\w* (?:so )?(?:hard|bad|badly|much)(?: \w+){0,3} (?:the )?(?:bed|chair|couch|sofa"
    r"|cup|mug|glass|table)(?: \w+){0,2} (?:rattl\w*|shak\w*|mov\w*|spill\w*|squeak\w*)"
)
# The whole body shaking, in the words people use for rigors: "the shakes came back" (not what
# "gave me the shakes"). Named in place, so "had the shakes last month, not since" stays past.
_SHAKES = LazyPattern(
    r"\b(?:(?<!me )the|body|whole[- ]body|full[- ]body) shakes\b|\bshaking (?:all over|from head to"
    r" (?:toe|foot))\b|\b(?:whole|entire) body (?:is |was |keeps |kept |started |starts )?shak\w*"
)


def spell_out_course(text: str, temperatures: list[tuple[float, str, int]]) -> str:
    """Return the text with each sign it tells by its course spelled out as that sign.

    Args:
        text: a normalized message.
        temperatures: the (value, "c" or "f", where) body temperatures it gives, in order.
    """
    in_time = _in_time_order(text, temperatures)
    text = _SHAKES.sub(SHAKING_CHILLS, text)
    # Searched again only where the substitution may have changed the text.
    effort = _EFFORT.search(text)
    text = _EASY_BEFORE.sub(" ", text) if effort else text
    added = []
    if _temperature_rising(text, in_time):
        added.append(RISING_TEMPERATURE)
    if effort and _EFFORT.search(text) and not _AS_EVER.search(text):
        added.append(BREATHLESS_AT_REST)
    if _CHILLS_IMAGE.search(text):
        added.append(SHAKING_CHILLS)
    return "; ".join([text, *added]) if added else text


def temperature_falling(text: str, temperatures: list[tuple[float, str, int]]) -> bool:
    """Tell whether a normalized text's readings, in time order, come down clearly ("37.9 an
    hour ago and now 37.5"): a fever easing, not a sign the layer may read into the numbers."""
    readings = _in_time_order(text, temperatures)
    if len(readings) < 2 or len({scale for _, scale in readings}) != 1:
        return False
    values = [v for v, _ in readings]
    return values == sorted(values, reverse=True) and (
        round(values[0] - values[-1], 1) >= _CLEAR_RISE[readings[0][1]]
    )


def _in_time_order(
    text: str, temperatures: list[tuple[float, str, int]]
) -> list[tuple[float, str]]:
    """Return the (value, scale) readings oldest first: in the order given, unless the first
    is told as now and a later one as before ("37.6 now, it was 37.1 an hour ago")."""
    readings = [(value, scale) for value, scale, _ in temperatures]
    times = [_clause_at(text, where) for *_, where in temperatures]
    if (
        len(times) > 1
        and _TOLD_NOW.search(times[0])
        and not _TOLD_BEFORE.search(times[0])
        and any(_TOLD_BEFORE.search(later) for later in times[1:])
    ):
        return readings[::-1]
    return readings


def _clause_at(text: str, where: int) -> str:
    """The clause of the text around a position (a decimal point ends none)."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, where)), default=0)
    end = _CLAUSE_MARK.search(text, where)
    return text[start : end.start() if end else len(text)]


def _temperature_rising(text: str, temperatures: list[tuple[float, str]]) -> bool:
    """Tell whether a temperature is said to climb now, in words ("and climbing") or by
    readings that go up ("37.4 at 6, 37.9 at 7"), from near a fever (a reading this low says
    nothing by climbing: "went up to 37.1")."""
    if _NOT_RISING_NOW.search(text):
        return False
    if temperatures and all(v < _RISING_FLOOR[scale] for v, scale in temperatures):
        return False
    if _TEMPERATURE.search(text) and _RISING.search(text):
        return True
    if len({scale for _, scale in temperatures}) != 1 or _THRESHOLD_TALK.search(text):
        return False
    values = [v for v, _ in temperatures]
    scale = temperatures[0][1]
    return (
        values == sorted(values)
        and round(values[-1] - values[0], 1) >= _CLEAR_RISE[scale]
        and values[-1] >= _RISING_FLOOR[scale] + _CLEAR_RISE[scale]
    )
