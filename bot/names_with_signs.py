"""Names that hold sign words: a pet, a boat, a band, a café or a book named "Fever".

"our cat is called Fever", "a boat named Blood Moon", "the Blue Lips tribute band" and "lunch at
the Seizure Salad café" name a thing, not a sign. The reading is grammatical, not a list of
names: a name is what follows "is called", "named", "titled" or "known as" said of a thing
(not "he called me by my sister's name" or "called the remote a telephone", which tell of
confusion), or a run of capitalised words, or a quoted phrase, just before the kind of thing it
names ("band", "café", "boat", ...). Each name becomes "that name" before either layer reads the
words, so the rules see no sign in it and the learned layer's gates (triage.py) hold its call.
Functions take the message as written: the capitals are part of the reading.
"""

from __future__ import annotations

import re

PLACEHOLDER = "that name"

# The kinds of thing people name: pets, places to eat or drink, shops, boats, music, stories,
# teams, products. A capitalised or quoted name just before one of them is its name.
_KINDS = (
    r"(?:band|tribute band|group|choir|album|song|track|single|tour|gig|concert|festival|cafe|café"
    r"|restaurant|diner|bistro|pub|bar|inn|hotel|shop|store|bakery|salon|brand|label|candle"
    r"|perfume|beer|ale|cider|wine|gin|cocktail|sauce|salad|burger|pizza|sandwich|dish|menu"
    r"|boat|yacht|ship|ferry|horse|racehorse|team|club|fc|podcast|show|series|film|movie|book"
    r"|novel|game|app|ride|rollercoaster|roller coaster|street|road|lane|farm|estate|ward"
    r"|range|collection|blend|variety|rose)"
)
# Words that end a name or cannot start one: a clause goes on ("called Fever and she is
# sleeping"), or the calling is a person's act ("called me", "called the clinic").
_NOT_A_NAME = (
    r"(?i:and|but|or|because|so|which|who|that|when|while|since|after|before|then|is|was|has"
    r"|had|he|she|they|i|we|it|its|it's|near|in|on|at|for|with|me|him|her|us|them|you|back|out"
    r"|up|off|by)"
)
# Said of a thing: "is called", "was named", "a boat called", "nicknamed", "titled", "known as".
# Not after a person who does the calling ("my husband called the clinic", "she called the
# spoon the stirry one", "called me by my sister's name"): a form of "be" before it, or a thing
# brought in by "a" ("a pub called").
_NAMING = re.compile(
    r"(?i:\b(?:(?:is|was|are|were|'s|s|gets|got|been|being) (?:now |also |just )?"
    r"(?:called|named|nicknamed|titled|branded)"
    r"|(?:a|an) (?:[a-z]+ ){0,2}[a-z]+ (?:called|named|nicknamed|titled)"
    r"|nicknamed|known as|goes by|by the name(?: of)?|brand name|brand called)) "
    # The name: quoted, or one to four words, up to a clause break.
    r"(?P<name>[\"'“‘][^\"'”’]{1,40}[\"'”’]"
    rf"|(?!{_NOT_A_NAME}\b)[\w-]+(?: (?!{_NOT_A_NAME}\b)[\w-]+){{0,3}})"
)
# A capitalised run ("Seizure Salad", "Blue Lips") or a quoted phrase just before a kind of thing.
_NAME_BEFORE_KIND = re.compile(
    r"(?P<name>[\"“‘][^\"”’]{1,40}[\"”’]|[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})"
    rf" (?i:(?:tribute |cover |new |little )?{_KINDS})\b"
)


def without_names(message: str) -> tuple[str, tuple[str, ...]]:
    """Return a message with each name of a thing replaced by "that name", and the names."""
    if not _NAMING.search(message) and not _NAME_BEFORE_KIND.search(message):
        return message, ()
    names: list[str] = []

    def replace(match: re.Match[str]) -> str:
        names.append(match.group("name"))
        return _replace_name(match)

    text = _NAMING.sub(replace, message)
    text = _NAME_BEFORE_KIND.sub(
        lambda m: replace(m) if _more_than_a_first_word(m) else m.group(0), text
    )
    return text, tuple(names)


def _replace_name(match: re.Match[str]) -> str:
    """Return a match with its name replaced by the placeholder."""
    whole, start = match.group(0), match.start()
    return whole[: match.start("name") - start] + PLACEHOLDER + whole[match.end("name") - start :]


def _more_than_a_first_word(match: re.Match[str]) -> bool:
    """Whether a capitalised run is a name and not only the first word of a sentence: quoted,
    two words or more, or one word not opening a sentence."""
    name = match.group("name")
    if not name[0].isalpha() or " " in name:
        return True
    before = match.string[: match.start()].rstrip()
    return bool(before) and before[-1] not in ".!?"
