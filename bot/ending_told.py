"""An ending told with no word of dying: the crisis line first.

Written from the warning signs the 988 Lifeline, Samaritans and AFSP list (talk of wanting to
die or of not being here, a time or a condition set for it, a loss felt as the end of one's own
reason to live, survivor's guilt after someone else's death, frightening urges), not from
messages. Three senses, each read by its parts rather than by a sentence:

- an ending set on a result or a date: a bad result or a day named, then the writer's own going
  ("i'm done", "i go", "i won't still be here") said as a decision ("decided", "my decision",
  "permanently", "i'll make sure of it"), or in Spanish a bad result and "me iré" with nowhere
  to go; "if the scan's clear i'm out of here" and "done with hospitals" name no ending of the
  writer;
- a death near the writer, then a wish of their own to be dead or gone ("it should have been
  me", "wish it was me", "i don't want to be here without her", "so am i, soon"): the death comes
  first, so "if i died" or "should have died" is no one else's death;
- an urge or a voice pushing the writer over an edge or in front of something ("a pull to step
  off the platform", "a voice telling me to let go on the stairs"), the urge feared or kept from.

And "what's the point of me" ending its clause, a life's worth asked of itself.
"""

from __future__ import annotations

from .calendar_words import WEEKDAY
from .pattern_set import LazyPattern

# The writer's going: said of "i", never of a treatment, a stay or a plan ("i'm done with
# hospitals", "i'm out of here", "i go home").
_CLAUSE_END = r"(?= *(?:$|[.,;:!?=)\-]|and\b|then\b|for good\b|permanently\b|for real\b))"
_GOING = (
    r"(?:i(?:'m| am) (?:done|out|gone|finished|off)|i (?:go|leave|check out|clock out|end it)"
    r"|(?:that's|that is|thats) it for me|(?:i'll|i will|ill) be (?:gone|done)"
    r"|(?:done|gone) by (?:midnight|morning|tonight|the weekend|new year\w*|\w+day))" + _CLAUSE_END
)
# Going that needs no decision beside it: "that's when i go", "i won't still be here".
_GOING_FOR_SURE = (
    r"(?:(?:that's|thats|that is) (?:when|the day) i (?:go|leave|check out|end it)\b"
    r"|\bi (?:won't|will not) still be (?:here|around|alive)\b)"
)
# Said as a decision already made.
_DECIDED = (
    r"\b(?:decided(?! to)|my decision|made (?:up )?my mind(?: up)?(?! to)|mind(?: is|'s)? made up"
    r"|permanently|for good|properly|i mean it|no going back|(?:i'll|ill|i will) make sure(?: of"
    r" it)?|my choice|(?:that's|it's|thats|its) final)\b"
)
# A result or a day the going is set on.
_RESULT = (
    r"(?:results?|scans?|bloods?|blood tests?|tests?|biopsy|mri|pet|panel|counts?|numbers"
    r"|levels|antibodies|b ?cells|letter|appeal|answer|decision)"
)
# Bad news; "back" only of the illness ("it's back"), not counts come back up.
_BAD = (
    r"(?:bad|no|worse|positive|failed|didn't work|hasn't worked|not good|not working|relapse\w*"
    r"|(?:is|are|has come|have come|came|comes|coming) back(?! up| to normal| down| fine| ok"
    r"| clear| good| normal| negative))"
)
_SET_ON = (
    rf"(?:\b(?:if|when|once|after)\b[^.!?]{{0,50}}\b{_RESULT}\b[^.!?]{{0,30}}\b{_BAD}\b"
    rf"|\b(?:bad|poor|more bad) {_RESULT}\b|\b{_RESULT} (?:says?|said|shows?|comes? back|is|are)"
    rf" {_BAD}\b"
    rf"|(?:^|[.!?] *)(?:on |by |after )?(?:{WEEKDAY}|new year'?s(?: eve| day)?"
    r"|christmas(?: day| eve)?|my birthday|midnight)\b)"
)

# Someone else's death: "bed 4 died", "she didn't make it", "he's gone." Not the writer's own
# ("if i died", "should have died", "wish i'd died").
_NOT_ONESELF = (
    r"(?!(?:i|i'd|id|d|i've|ive|if|we|you|nearly|almost|have|had|could|would|should|might|to)\b)"
)
_A_DEATH = (
    rf"(?:\b{_NOT_ONESELF}[\w']+ (?:died|passed away|didn't make it|did not make it|didn't survive)"
    r"|\b(?:he's|she's|he is|she is) gone(?= *(?:$|[.,;!]|and\b|now\b|for good\b))"
    r"|\blost (?:him|her)\b|\bfuneral\b)"
)
# Then the writer's own wish to be dead or gone, ending its clause ("it should have been me",
# not "it should have been me who drove").
_ENDS = r"(?= *(?:$|[.,;:!?]|and\b|but\b|if\b|instead\b|not (?:him|her|them)\b|now\b|any ?more\b))"
_WISH_FOR_ONESELF = (
    r"(?:\bwish (?:it|that) (?:was|were|had been|'d been) me\b|\bshould(?: have|'ve| of) been"
    r" me\b|\bshould(?: have|'ve| of) (?:gone|died) (?:too|instead|with (?:him|her|them)|first)\b"
    r"|\bwish (?:we'd|we had|we could have) swapped\b"
    r"|\b(?:don't|do not) want to (?:be here|be alive|live|go on|carry on|stay)\b"
    r"(?:(?: \w+){0,3} without (?:him|her|them)\b)?"
    r"|\bwant to (?:go|be) (?:where|with|to) (?:him|her|them|he|she|they)\b"
    r"|\b(?:i'd|i would|id) hurry (?:it|this|mine) up\b|\bso (?:am|will) i(?: be)?\b[^.!?]{0,15}"
    r"\bsoon\b|\b(?:i'm|he's|she's) (?:'?overdue'?|next)"
    rf"|\bi should go too\b){_ENDS}"
)
# An urge or a voice toward a fall or a step in front of something.
_URGE = (
    r"(?:\burges?|\bpull|\bpart of me|\bsomething in me)(?: \w+){0,4} (?:to|wants me to|wants to)"
    r" (?:just )?(?:jump|step|let go|throw myself|fall|swerve|climb over|walk (?:into|off|out)"
    r"|go over)\b"
)
_VOICE = (
    r"\bvoices? (?:\w+ ){0,3}(?:telling|tells|told|saying|says) (?:me|him|her) to (?:just )?(?:jump"
    r"|step|let go|throw|fall|swerve|climb|walk (?:into|off|out)|go over)\b"
)
# The urge feared or kept from, before or after it in the line: an urge to jump in the sea for a
# swim is no crisis.
_FEARED = (
    r"(?:^|(?<=\n))(?=[^\n]*\b(?:scar\w*|frighten\w*|terrif\w*|afraid|don't want to|don't trust"
    r"|getting (?:worse|stronger|louder)|stopped going|stay away|keep away|gave (?:\w+ ){0,3}keys"
    r"|give (?:\w+ ){0,3}keys|can't stop)\b)[^\n]*?"
)
_EDGE = (
    r"\b(?:edge|platform|stairs|staircase|balcony|bridge|train|tracks?|bus|road|traffic|river"
    r"|window|cliff|roof|ledge|motorway|lorry|truck|car park)\b"
)

ENDING_TOLD: tuple[LazyPattern, ...] = tuple(
    LazyPattern(p)
    for p in (
        # "if the biopsy's bad on thursday i go. decided.", "one more bad result and i'm done,
        # properly done".
        rf"{_SET_ON}[^\n]{{0,60}}?\b(?:{_GOING}|{_GOING_FOR_SURE})(?=[^\n]*{_DECIDED})",
        rf"{_SET_ON}[^\n]{{0,60}}?{_GOING_FOR_SURE}",
        # A going set on nothing but made sure of: "i won't still be here in 14 months, i'll
        # make sure of it".
        rf"{_GOING_FOR_SURE}[^\n]{{0,40}}{_DECIDED}",
        # Spanish: "la resonancia ha salido mal, me iré antes de que empiece", never "me iré a
        # casa" or "a otro hospital".
        r"\b(?:biopsias?|resonancias?|resultados?|an[aá]lisis|esc[aá]ner|pruebas?|pet)\b"
        r"(?: \w+){0,3} (?:mal|positiv\w*|peor)\b[^\n]{0,80}?\bme (?:ir[eé]|voy)(?= *(?:$|[.,;!]"
        r"|antes\b|para siempre\b|y no\b))",
        # "bed 4 died. wish it was me", "she didn't make it and i don't want to be here without
        # her".
        rf"{_A_DEATH}[^\n]{{0,160}}?{_WISH_FOR_ONESELF}",
        # "car t failed. so whats the point of me"
        rf"\b(?:what's|whats|what is) the point (?:of|in) me\b(?: (?:now|being here))?{_ENDS}",
        # "every time i'm on the platform there's a pull to step off", "a voice telling me to
        # just let go on the stairs".
        rf"{_FEARED}(?:{_URGE}(?=[^\n]*{_EDGE})|{_EDGE}[^\n]{{0,80}}{_URGE})",
        rf"{_VOICE}(?=[^\n]*{_EDGE})|{_EDGE}[^\n]{{0,80}}{_VOICE}",
    )
)
