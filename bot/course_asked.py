"""The treatment's course asked about: words of the crisis side in their everyday sense.

A patient weighing CAR-T for an autoimmune disease asks what it promises and what it costs:
whether they can come off their medicines afterwards, how long the wallet card, the medicines or
the follow-up last ("do i keep it on me forever or just a while"), whether the treatment itself
can kill ("could car t for my lupus actually kill me"), whether it costs the chance of children,
whether to put a living will or life insurance in place before it. The crisis lexicon is wide on
purpose (stopping medicines, "forever", "life", dying, "carry") and the learned layer gave the
crisis line to 19 questions and turns of sets 1-36 (of 122) for such asking alone (round 41,
triage42). A message is read here only when it asks, the asked phrase names the treatment's
course, and nothing of the crisis side (`CRISIS_CUES`, `crisis_words`) is left once the phrase
is taken out: "if i stop my heart meds and take all the steroids at once will it kill me", "i
wont need them after friday", "will i feel like this forever?" are not; no crisis or urgent
example of sets 1-36 is.
"""

from __future__ import annotations

from .crisis_words import crisis_side
from .pattern_set import LazyPattern
from .red_flags import CRISIS_CUES

_WHOSE = r"(?:(?:my|her|his|their|the|all my|all her|all his|all their|all|other|usual) )"
_MEDICINES = (
    rf"(?:{_WHOSE}(?:\w+ )?(?:meds|medicines?|medications?|pills|tablets|drugs"
    r"|immunosuppressants?|steroids|infusions?)"
    # The disease's usual medicines by name: "stop her mycophenolate", "come off kesimpta".
    rf"|{_WHOSE}?(?:cellcept|mycophenolate|plaquenil|hydroxychloroquine|benlysta|ocrevus"
    r"|kesimpta|prednisone|prednisolone|rituximab|ivig|methotrexate|tacrolimus|azathioprine"
    r"|saphnelo|steroids))"
)
_TREATMENT = r"(?:car[- ]?t|cart|the (?:treatment|cells|infusion|therapy))"
_COURSE = LazyPattern(
    # Medicines stopped or kept around the treatment: "would i be off all my lupus meds
    # afterwards", "would i have to come off it beforehand", "did anybody get off their meds".
    r"\b(?:stop|stopping|quit|quitting|come off|coming off|get off|getting off|be off|go off|off"
    r"|keep taking|keep on|still (?:need|take|be on)|be on|stay on|end up on)"
    rf" (?:all (?:of )?)?{_MEDICINES}(?: (?:for good|forever|for life|completely|altogether))?"
    # ...or named before ("cellcept, do i need to come off it"): "it" only with the treatment's
    # time beside it, so "how do i stop it all" is not read.
    r"|\b(?:stop|quit|come off|get off|be off|keep taking|still (?:need|take)|stay on|end up on)"
    r" (?:it|them|those)(?: \w+){0,3} (?:before|beforehand|after|afterwards|first|during|through"
    r"|while|until|for good|forever|for life)\b"
    # How long a thing of the care lasts, the question's last words: "keep that in my wallet
    # forever or", "why do they want to check me for the rest of my life". A thing named: "will
    # i feel like this forever?" asks of the writer's state and is not read.
    r"|\b(?:cells?|card|wallet|purse|ivig|meds|medicines?|tablets|pills|check\w*|follow\w*"
    r"|see me|come back|coming back|bloods?|screening|study|stay\w* in|on it|carry|remission"
    r"|cure|fix|keep (?:it|that|them)|(?:in|on) me)\b[^.?!,;]{0,40}?"
    r" (?:for good|forever|the rest of (?:my|his|her|their|your) li(?:fe|ves)|for life"
    r"|for (?:15|fifteen) years)(?= or\b|\s*\?|\s*$)"
    # The treatment's own risk of death: "can car t kill me", "has anybody died in the trials".
    rf"|\b(?:could|can|will|would|might|does|did) {_TREATMENT}(?: for (?:my|his|her) \w+)?"
    r"(?: actually| really| ever)? (?:kill|kills|killed) (?:me|him|her|us|my \w+)"
    rf"|\b(?:likely|chance|odds|risk)(?: \w+){{0,4}} (?:dies|die|dying) (?:from|of|after|with)"
    rf" {_TREATMENT}"
    r"|\b(?:anybody|anyone|any one|people|patients) (?:\w+ )?died (?:in|on|during|from|after)"
    r" (?:the )?(?:\w+ ){0,4}(?:trials?|studies|study|car[- ]?t|treatment)"
    r"|\b(?:thing|things|what) (?:that )?(?:\w+ )?(?:kills|killed) (?:people|patients|you)"
    rf"(?: \w+){{0,2}} (?:after|from|with|on) {_TREATMENT}"
    # What it may cost of having children: "whats the chance i cant have kids after this??",
    # "if i ever did want to carry, how long would i wait after" (not "want to carry on").
    r"|\b(?:have|having|had) (?:kids|children|a baby|babies|another baby|more kids)\b"
    r"|\bconceiv\w*|\bpregnan\w*|\bfertil\w*|\b(?:want to|wanted to|able to) carry\b(?! on\b)"
    # Planning ahead of it: "should i do a living will before all this", "is it harder to get
    # life insurance after".
    r"|\b(?:a |my |our )?(?:living will|health ?care proxy|advance directive|life insurance)"
    r"(?: done| in place| sorted)? (?:before|ahead of)"
    r"|\bharder to get(?: \w+)? life insurance|\blife insurance(?: \w+){0,3} harder to get"
)


def the_course_named(text: str) -> bool:
    """Tell whether a normalized text names the treatment's course as asked about, with nothing
    of the crisis side besides (neither lexicon: "im pregnant and nobody knows, whats the
    easiest way out?" says more); whether it asks is the caller's to tell."""
    if not _COURSE.search(text):
        return False
    rest = _COURSE.sub(" ", text)
    return not (CRISIS_CUES.search(rest) or crisis_side(rest))
