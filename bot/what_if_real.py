"""A sign asked about as a what-if, then said by the writer to be real and happening now.

"hypothetically if a person couldnt stop shivering, would that be bad? asking because thats me
right now", "what if its 39.3 day 4 cart. it is.", "if i said i passed out on the stairs tonight
would you tell me to go in? because i did": the frame ("hypothetically", "what if", "in theory",
"for a friend") is how a frightened person asks, and a later clause takes it back. The rules
read the frame as a sign asked about, not happening; such a turn, in a clause after the sign's,
says it is the writer's or their own person's, now. A what-if that stays one ("what if i get a
fever on holiday, who do i call") has no turn and stays calm, and so does one set ahead in time
("its me, i'm having it next month"). Each turn is a whole clause, or opens one, so an "it's me"
or a "right now" inside a longer thought ("it's me again, thanks") is no turn. Functions take
normalized text (normalize.normalize), the later clauses one a line (triage._reading).
"""

from __future__ import annotations

import re

from .pattern_set import LazyPattern

# Words a turn may open with: "ok", "fine", "because", "(".
_OPENER = (
    r"^\W*(?:(?:ok|okay|fine|well|alright|so|and|but|because|cos|coz|cause|actually|honestly"
    r"|truth is|the truth is|asking|lol|haha|yes|yeah)\W+)*"
)
# Whose the sign is: the writer, or one of their own people.
_OWN = (
    r"(?:me|him|her|us|mine|my (?:\w+ )?(?:husband|wife|partner|son|daughter|mum|mom|mother"
    r"|dad|father|brother|sister|boyfriend|girlfriend|child|kid|baby|grandma|grandpa|nan))"
)
_NOW = (
    r"(?:right now|rn|now|just now|as we speak|at the moment|currently|tonight|today"
    r"|this (?:morning|afternoon|evening))"
)
# Turns that take the frame back: the what-if denied, the sign happening, "mine", where one is.
_TURN = re.compile(
    # "not hypothetical", "its not theoretical", "not a story".
    rf"{_OPENER}(?:(?:it's|its|it is|this is|this isn't|i'm) )?not (?:really |actually |so |"
    r"that |just )?(?:hypothetical(?:ly)?|theoretical(?:ly)?|in theory|a what[- ]if|for a friend"
    r"|asking for a friend|a story)\W*$"
    # "its happening", "it's happening now", "happening to me rn".
    rf"|{_OPENER}(?:(?:it|this|that)(?:'s|s| is) (?:actually |really |already )?happening"
    rf"(?: to {_OWN})?|happening to {_OWN})(?: (?:right )?now| rn| tonight| today)?\W*$"
    # "mine just has".
    r"|^\W*(?:and )?mine (?:just |already |now )?(?:has|have|is|did|does)\W*$"
    # "that's roughly where i am".
    r"|\b(?:that's|thats|that is|this is) (?:roughly |about |basically |pretty much |exactly"
    r" |kind of |sort of )?where (?:i am|i'm|he is|he's|she is|she's|we are|we're)\W*$",
    re.M,
)
# The one asked about named as the writer or their own person: "its me", "the friend is my wife
# and she's next to me", "he is me", "namely me", "asking for me", "for obvious reasons" (the
# idiom says the one asked about is the writer), "soy yo". Only with a time of now told, or a
# present going on ("my husband is typing this"): "what if your speech went funny. its me" may
# ask ahead for oneself (`triage._REVEALED`, the reveal read before, asks the same).
_REVEALED = re.compile(
    rf"{_OPENER}(?:(?:it's|its|it is|that's|thats|that is|this is) (?:actually |really |"
    rf"honestly |roughly |basically |obviously )?{_OWN}|(?:the|this|that) (?:\w+ )?(?:person"
    r"|friend|someone|somebody|man|woman|lady|guy|patient|one|character) (?:is|was)"
    rf" (?:actually |really )?{_OWN}|(?:he|she|they) (?:is|are) me|namely {_OWN}"
    r"|(?:asking )?for (?:me|mine|myself|(?:the )?obvious reasons?|personal reasons)"
    r"|(?:bueno )?(?:soy yo|es para m[ií]))(?: (?:and|y) .*)?"
    rf"(?: {_NOW})?\W*$",
    re.M,
)
# A time of now, a present going on, or the one revealed beside the writer ("the friend is my
# wife and she's next to me", round 51).
_NOW_TOLD = re.compile(
    rf"\b{_NOW}\b|(?:\bis|'s|\bare|'re|\bam|'m) (?:\w+ing|(?:right )?(?:next to|beside|here"
    r" with|with) me)\b"
)
# Turns that answer a what-if asked in the sign's own clause ("what if its 39.3"): its "yes"
# ("it is.", "because i did"), or a time of now alone ("me. now", "for example right now").
# After a plain question they would answer the question ("is black stool bad? it is, right?").
_YES_NOW = re.compile(
    r"^\W*(?:(?:and|but|well|yes|yeah|because|cos|coz|cause)\W+)*(?:it|i|he|she|they)"
    r" (?:is|am|are|does|do|did|has|have)\W*$"
    rf"|^\W*(?:and |but |so )?(?:(?:for example|for instance|like|e\.?g\.?) )?{_NOW}\W*$",
    re.M,
)
# The sign's clause asks a what-if: a turn is read only after one (and the search is spared on
# every other clause with a sign, nearly all of them).
_WHAT_IF = LazyPattern(
    r"\b(?:if|suppose|supposing|imagine|say|hypothetical(?:ly)?|theoretical(?:ly)?|in theory"
    r"|curious|wondering)\b"
)
# A time ahead or a plan: the what-if is still one ("its me, i'm having it next month").
_AHEAD = re.compile(
    r"\b(?:next (?:week|month|year|time|summer|winter|spring|autumn|fall)|in (?:a|one|two|three"
    r"|a few|\d+) (?:weeks?|months?)|(?:i'm|im|i am|he's|she's|we're) having (?:it|the cells"
    r"|car-?t|the infusion)|going to have|booked|planning|plan ahead|prepared|one day|someday"
    r"|later on|down the line|before (?:i|we|he|she) (?:go|start|have|get))\b"
)


def made_real(clause: str, following: str) -> bool:
    """Tell whether a clause after a sign's clause takes back the what-if it was asked in: the
    sign is the writer's or their own person's, now ("its happening", "the friend is me", "it
    is.", "me. now").

    Args:
        clause: the sign's clause, normalized.
        following: the clauses after it, one a line.
    """
    if not following or not _WHAT_IF.search(clause):
        return False
    # Searched as plain patterns, once over the later clauses (a line each, `re.M`): a text
    # new to the lazy patterns' gates costs a pass over all of their pieces.
    if not (
        _TURN.search(following)
        or _YES_NOW.search(following)
        or (_REVEALED.search(following) and _NOW_TOLD.search(f"{clause}\n{following}"))
    ):
        return False
    return not (_AHEAD.search(clause) or _AHEAD.search(following))
