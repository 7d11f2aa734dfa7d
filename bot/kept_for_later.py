"""Means kept back for a chosen night, and death in slang hoped for soon: the crisis line first.

Written from the warning signs the 988 Lifeline, NIMH and AFSP list, not from messages:
"looking for a way to kill oneself, such as stockpiling pills" and talk of wanting to die,
which people now often put in slang that hides the word ("unalive", "worm food", "logging out
for good"). What is kept may be any medicine under any brand, so the reading is the keeping and
what it is kept for (the night one decides, to take at once), not the medicine's name; the slang
counts only said of oneself with a wish or a hope that it is soon, so "that laptop is worm food"
stays a figure of speech. Near misses (a weekly organizer, leftovers kept for the pharmacy, a
dosing question, a gadget "logged out for good") are tested in tests/test_triage.py. A wish to
be with someone who died, soon or "again" (988: talking of wanting to die, of joining the dead),
counts only where the message says that person is dead, so a wife in hospital for a week or a
mother flying in tomorrow stays calm.
"""

from __future__ import annotations

from .pattern_set import LazyPattern

_KEEPING = (
    r"(?:kept|keep|keeps|keeping|sav(?:e|es|ed|ing)|stash\w*|hid|hide|hides|hiding|hidden"
    r"|hoard\w*|stor(?:e|es|ed|ing)|collect\w*|squirrel\w*|put (?:\w+ ){0,3}(?:aside|away|by)"
    r"|set (?:\w+ ){0,3}aside|held onto|holding onto|counted|counting|stockpil\w*)"
)
# The night chosen, said with no other purpose after it ("for the night i decide", not "for the
# night i decide to celebrate").
_CHOSEN_NIGHT = (
    r"(?:for|until|till) (?:the|that|a) (?:night|day|time|moment|evening|weekend) (?:i|he|she)"
    r" (?:finally )?(?:decide|decides|choose|chooses|am ready|'m ready|is ready|'s ready"
    r"|can't take (?:it|any ?more)|give up|gives up)"
    r"|for when (?:i|he|she) (?:finally )?(?:decide|decides|'m ready|am ready|is ready|'s ready"
    r"|can't take (?:it|any ?more)|give up|gives up)"
)
_THEN = r"(?=\s*(?:$|[.,!;]|and\b|to (?:do it|go|end|stop|finish|check out|leave)\b))"
_MEDICINES = (
    r"(?:pills|tablets|meds|medicines?|medications?|prescriptions?|scripts|bottles|packets"
    r"|boxes|blister packs|capsules|patches|vials)"
)
_ALL_AT_ONCE = (
    r"to (?:take|swallow|down|have) (?:them |it |the lot )?(?:all )?(?:at once|in one go"
    r"|together|at the same time|in one night)"
)
# Death in slang, said of oneself.
_SLANG = (
    r"(?:worm ?food|dirt ?nap|(?:permanent|eternal|forever|long|big) (?:nap|sleep|logout|log ?off"
    r"|vacation|holiday)|six (?:feet|foot) under|push\w* up (?:the )?daisies|kick\w* the bucket"
    r"|bit(?:e|ing)? the dust|meet(?:ing)? my maker|cash\w* in my chips"
    r"|(?:log|logs|logging|logged|sign|signing|tap|tapping|bow|bowing) out (?:for good|forever"
    r"|permanently|of (?:this )?life)|permanent(?:ly)? (?:log ?out|logging out|log(?:ging)? off"
    r"|exit)|final (?:exit|logout|curtain)|rage ?quit\w* (?:life|everything|existence))"
)
_OF_ONESELF = r"(?:i'll|ill|i will|i'd|i would|i'm|im|i am|i|me|myself)"
# A joke, or death as the measure of a wait ("i'll be six feet under before the insurer pays").
_NOT_MEANT = r"^(?![^\n]*\b(?:lol|lmao|rofl|haha\w*|jk|joking|kidding)\b)"
_NOT_A_WAIT = r"(?! (?:before|by the time|waiting)\b)"
_HOPED = (
    r"(?:hope|hopes|hoping|hopefully|wish\w*|pray\w*|can't wait|cant wait|ready|want|wanna"
    r"|looking forward|bring on|let me|please|thinking (?:of|about)|plan\w*|soon|sooner"
    r"|tonight|any day now|can't come soon enough|cant come soon enough)"
)

_KIN = (
    r"(?:wife|husband|mum|mom|mother|mam|dad|father|son|daughter|partner|brother|sister|baby"
    r"|boy|girl|grandma|grandpa|nan|nana|gran|granny|fianc[eé]e?|best friend)"
)
_WITH_THE_DEAD = (
    r"(?:want|wants|wanna|wish\w*|long\w*|ready|hope|hoping|can't wait|cant wait|pray\w*"
    r"|just want)(?: \w+){0,2} (?:to )?(?:be with|join|go (?:to|and) (?:be with|see)|see|meet|hold)"
    rf" (?:my|our) (?:late |dead |)?{_KIN}\b"
)
# Said to be dead, and no "one day": "she's been gone two years", "in heaven".
_DEAD = (
    r"(?=[^\n]*\b(?:late|dead|died|passed|gone (?:\w+ ){0,2}(?:years?|months?|weeks?)|lost (?:her"
    r"|him|them)|heaven|grave|up there|other side|in the ground)\b)"
    r"(?![^\n]*\b(?:one day|someday|some day|eventually|when my time comes|when it's my time)\b)"
)

KEPT_FOR_LATER: tuple[LazyPattern, ...] = tuple(
    LazyPattern(p)
    for p in (
        # Any medicine kept for the night chosen: "been keeping my oxycodone, 40 now, for the
        # night i decide"; not a weekly organizer or a refill.
        rf"\b{_KEEPING}\b[^.!?]{{0,60}}?\b(?:{_CHOSEN_NIGHT}){_THEN}",
        # Old prescriptions kept to take at once: "kept all my old prescriptions to take at
        # once"; not "can i take my morning tablets all at once".
        rf"\b{_KEEPING}\b[^.!?]{{0,50}}\b{_MEDICINES}\b[^.!?]{{0,30}}\b{_ALL_AT_ONCE}\b",
        # Slang for one's own death, wished or hoped soon: "i'll be worm food soon, fingers
        # crossed", "thinking of taking the permanent nap", "permanent logout can't come soon
        # enough".
        rf"{_NOT_MEANT}(?=[^\n]*\b{_HOPED}\b)[^\n]*\b{_OF_ONESELF}\b(?: [\w']+){{0,4}}"
        rf" {_SLANG}\b{_NOT_A_WAIT}"
        rf"|{_NOT_MEANT}[^\n]*\b{_HOPED}\b(?: [\w']+){{0,6}} (?:the |a |my )?{_SLANG}\b"
        rf"{_NOT_A_WAIT}"
        rf"|{_NOT_MEANT}[^\n]*\b{_SLANG}\b(?: [\w']+){{0,3}} (?:can't|cant) come soon enough\b",
        # To be with someone dead, soon or again: "i just want to be with my wife again, she's
        # been gone two years", "want to join my mum in heaven soon".
        rf"^{_DEAD}[^\n]*\b{_WITH_THE_DEAD}(?:[^.!?]{{0,30}}\b(?:again|soon|now|tonight"
        r"|in heaven|up there|on the other side)\b)",
    )
)
