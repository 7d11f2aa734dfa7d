"""Care asked for a sign: what the writer can do, take or give for it at home, how to bring it
down, whether it can wait till the morning.

"what can i do at home for a temp of 38.6 and shivering, 7 days after car-t" reads to the rules
as a question about the sign, so they read it calm, while "temp of 38.6 and shivering, 7 days
after car-t" is urgent. People ask how to look after a sign they have: the question of what to
do, take or give for it, or how to bring it down, asks for care now, not what the sign is.
Asking whether it may wait ("can i just lie down and see if it goes overnight", "ok till
morning?") asks the same: how to look after it at home tonight (round 47).
Told as now (a reading over the line, a day of one's own course told as today, "now",
"tonight", "since"), the sign is theirs, now, however it is asked; a what-if ("what if i get a
fever on day 7", "if my temp goes over 38, what can i do") or a question of care in general
("what can i do at home for a fever after car-t", "how do they bring a fever down in
hospital") tells no such thing (triage._reading).
Functions take a normalized text (normalize.normalize).
"""

from __future__ import annotations

from .pattern_set import LazyPattern

# "you" asks of anyone ("what should you do for a temperature of 38 after car t"): a question
# of care in general, not the writer's own sign (round 46's review).
_WHO = r"(?:i|we)"
# "what can i do at home for", "what else can we give him for", "what should i take for".
_WHAT_FOR = (
    rf"(?:what|whats|what's)(?: else)? (?:can|could|should|do|shall|would) {_WHO}"
    r" (?:do|take|give|try|use|have)(?: [\w']+){0,3} (?:for|about|with)"
)
# "how do i bring my fever down", "how can we get his temp down", "how do i cool him down",
# "how do i stop this nosebleed", "how do i treat this at home".
_HOW = (
    rf"how (?:do|can|could|should|would|shall) {_WHO} (?:bring|get|keep|cool|treat|manage"
    r"|handle|lower|reduce|ease|break|stop|settle|calm|control|deal with|help with|sort)"
)
# "should i just take paracetamol", "can i give her ibuprofen", "is it ok to take tylenol".
_A_FEVER_MEDICINE = (
    r"(?:paracetamol|tylenol|acetaminophen|ibuprofen|calpol|panadol|nurofen|advil|motrin"
    r"|something|anything)"
)
_TAKE = (
    rf"(?:should|can|could|do|shall) {_WHO} (?:just )?(?:take|give|try|use)(?: [\w']+){{0,2}}"
    rf" {_A_FEVER_MEDICINE}"
    rf"|(?:is it|it's|its) (?:ok|okay|alright|fine|safe) to (?:just )?(?:take|give)"
    rf"(?: [\w']+){{0,2}} {_A_FEVER_MEDICINE}"
)
# "is there anything i can do", "any home remedies for", "can i treat this at home".
_AT_HOME = (
    rf"(?:is there )?anything {_WHO} can (?:do|take|give|try)|home remed(?:y|ies)"
    rf"|(?:can|could|should) {_WHO} (?:treat|manage|handle|sort) (?:this|it|that)(?: \w+)? at home"
)
# Waiting it out at home is care asked too: "can i just go to bed and see if the breathlessness
# settles", "can i leave it till the morning", "ok to sleep on it", "can it wait till monday".
_WAIT_IT_OUT = (
    rf"(?:can|could|should|shall|may) {_WHO} (?:just )?(?:wait|leave (?:it|this|that)"
    r"|sleep (?:on|it off)|go to bed|go to sleep|lie down|rest|hold off|ride (?:it|this) out"
    r"|see (?:if|how))|(?:ok|okay|alright|fine|safe) (?:to )?(?:wait|leave (?:it|this)"
    r"|sleep on|hold off)|(?:ok|okay|alright|fine) (?:till|until|to leave|for now)"
    r"|can (?:it|this|that) wait"
)
_CARE_ASKED = LazyPattern(rf"\b(?:{_WHAT_FOR}|{_HOW}|{_TAKE}|{_AT_HOME}|{_WAIT_IT_OUT})\b")
_MEDICINE_ASKED = LazyPattern(rf"\b(?:{_TAKE})\b")


def care_asked(clause: str) -> bool:
    """Tell whether a normalized clause asks what the writer can do, take or give for a sign,
    how to bring it down or whether it may wait: "what can i do at home for", "how do i bring
    it down", "should i just take paracetamol", "can i leave it till the morning" (not "how do
    they bring a fever down in hospital")."""
    return bool(_CARE_ASKED.search(clause))


def medicine_asked(clause: str) -> bool:
    """Tell whether a normalized clause asks whether a fever medicine may be taken or given
    ("can i take tylenol for a temp of 38 after car-t or will it hide a fever"): a reading in it
    alone does not tell the sign as now, a question many ask before they need it (round 46's
    review)."""
    return bool(_MEDICINE_ASKED.search(clause))
