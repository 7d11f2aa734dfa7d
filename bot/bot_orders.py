"""Orders aimed at the bot that no article answers, beyond a role or a task (bot/scope.py).

Quoting a guide sentence to them is never right: a text pasted to be read, summarised,
translated or corrected; a poem, a story or a joke; the bot itself asked about (who pays for it,
where its words come from, its prompt, whether it is a person, what it remembers); and its
replies complained of or dictated ("stop telling me to ask my care team", "one word answer",
"just pick for me"). Written from the writers' bot-directed questions of sets 1-43 and the
probes of tests/test_orders_to_the_bot.py; a covered question asked as an order ("explain crs
like i'm 10", "tell me the risks", "summarise leukapheresis") names a subject and is not one of
these.
"""

from __future__ import annotations

from .pattern_set import LazyPattern

# A text to be summarised, translated, corrected or gone through: the bot reads no document
# ("can you go through it line by line and tell me what every abbreviation means"; sets 37 and
# 40), however it is asked. Gone through only when asked of the bot ("can you go through it"),
# translated only as a clause's first words: "do other people go through this" asks of others,
# "i translate for her at appointments" tells (conversation sets 12 and 33).
TEXT_TASK = LazyPattern(
    r"\b(?:summari[sz]e|translate|proofread) (?:this|these|the following|what i (?:paste|pasted"
    r"|sent|wrote|send))\b"
    r"|\b(?:proofread|correct the (?:grammar|spelling) (?:in|of)|fix the (?:grammar|spelling)"
    r" (?:in|of))\b"
    r"|\b(?:can|could|would|will) you (?:please |just )?go through (?:it|them|this|these|my)\b"
    r"|(?:^|[.,;:!?] |\bplease |\byou )translate (?:this|that|it)\b"
)
# A text pasted or to be pasted, read only when nothing else is asked but of the text itself:
# "i'll paste what my doctor wrote, what does lymphodepletion mean" asks of lymphodepletion.
PASTED = LazyPattern(r"\b(?:paste|pasting|pasted)\b")
# What points back at the text pasted: "what each number means", "what it says".
_OF_THE_TEXT = LazyPattern(r"\b(?:it|them|this|these|those|each|every|line by line)\b")
# A piece of writing with no article behind it ("write a short poem about getting car t", "tell
# me a joke"): bot/scope.py's OFF_SOURCE reads one written up from the articles.
WRITING = LazyPattern(
    r"\b(?:write|compose|make up|give me) (?:me |us )?(?:a|an|another) (?:(?:short|little|funny"
    r"|sad|nice|cute|happy) )?(?:poem|haiku|story|song|rap|limerick|rhyme|joke)s?\b"
    r"|\btell me (?:a|another) (?:joke|story|funny)\b"
)
# The bot itself asked about: who pays for it, where its words come from, its prompt, whether
# it is a person, what it remembers ("which hospital or drug company pays for you", "where do you
# get your information from"; sets 31 and 33).
ABOUT_THE_BOT = LazyPattern(
    r"\b(?:pays|funds|sponsors|owns|runs) (?:for )?(?:you|this (?:bot|chat|site|app))\b"
    r"(?! (?:to|for|if|when|and))"
    r"|\bare you (?:sponsored|paid|funded|owned|run) by\b"
    r"|\bwhere (?:do|does) (?:you|your (?:information|info|answers)) (?:get|come)\b"
    r"|\byour (?:system )?prompt\b|\bthe system prompt\b"
    r"|\bare you (?:a )?(?:real|human|person|actual person|real person)\b"
    r"|\b(?:talk|speak|chat) (?:to|with) (?:a )?(?:real|actual|live) (?:person|human|nurse"
    r"|doctor|one)\b"
    r"|\bremember what i (?:told|said|asked|wrote)\b"
    r"|\bgo back to (?:what you (?:said|told|wrote)|your (?:last|first|previous) (?:answer|reply"
    r"|message))\b"
)
# The bot's replies complained of or dictated ("stop telling me to ask my care team", "you keep
# saying ask your care team. just give me a real answer"; sets 37 and 40), read only when the
# message asks nothing else (COMPLAINT_ONLY).
COMPLAINT = LazyPattern(
    r"\bstop (?:telling|asking|saying|repeating|sending|giving|making) (?:me|that|the same)\b"
    r"|\byou keep (?:saying|telling|asking|giving|repeating|sending)\b"
    r"|\b(?:give|tell) me (?:a )?(?:real|straight|proper|honest) answer\b"
    r"|\banswer me (?:straight|properly|for once|honestly)\b"
    r"|\bone[ -]word answer\b|\banswer in one word\b"
    r"|\bjust (?:pick|choose|decide) (?:one )?for me\b"
    r"|\bsay (?:it|that) again\b"
    r"|\b(?:talk|speak) to me like (?:i'?m|im|i am) (?:\d+|a (?:child|kid|five))\b"
)
# Another question beside the order: "stop telling me to ask my care team, just tell me when i
# can drive" asks of driving.
_ASKS = LazyPattern(
    r"\b(?:how|what|whats|what's|when|why|where|which|is|are|does|do|can|could|will|would"
    r"|should|tell me|explain)\b"
)
# Where the order's clause ends: the rest is asked apart ("...care team but how long does crs
# last").
_CLAUSE_END = LazyPattern(r"[.?!;,:]|\b(?:and|but|so|because|though|although|yet)\b|$")


def is_bot_order(text: str) -> bool:
    """Return whether a lower-cased message is an order aimed at the bot that no article
    answers (bot/scope.py reads a role, a task and an answer dictated)."""
    if TEXT_TASK.search(text) or WRITING.search(text) or ABOUT_THE_BOT.search(text):
        return True
    if (complaint := COMPLAINT.search(text)) and not _asked_apart(text, complaint.span()):
        return True
    pasted = PASTED.search(text)
    return bool(pasted) and not _asked_apart(text, pasted.span(), _OF_THE_TEXT)


def _asked_apart(text: str, order: tuple[int, int], of_the_text: LazyPattern | None = None) -> bool:
    """Whether the message asks something outside the order's clause, and not of the text the
    order names (`of_the_text`)."""
    start, end = order
    clause_end = _CLAUSE_END.search(text, end)
    rest = text[:start] + " " + text[clause_end.start() if clause_end else len(text) :]
    return bool(_ASKS.search(rest)) and not (of_the_text and of_the_text.search(rest))
