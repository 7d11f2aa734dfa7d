"""A red flag the message makes of two things told apart, spelled out as the sign it is.

Fresh set 44's misses (round 48, by class only) told a sign in two parts the rules read one
clause at a time: a stranger who thinks the writer is drunk, who has had nothing to drink
(slurred speech, ICANS or a stroke); a knock to the head with low platelets (a bleed in the
skull: the CAR-T sheets ask for a call after any fall or blow to the head while counts are low);
a seizure asked about as a term or told long ago, then "just had one" or "another one now"; a
word typed twice beside a thread lost ("ask the the thing about the. forgot"). Each is spelled
out in place or as a clause of its own, so a denial, a past time or a what-if reads as the
rules read any sign. Functions take normalized text.
"""

from __future__ import annotations

import re

from .pattern_set import LazyPattern

# Someone who thought or asked whether the writer or their person was drunk.
_THOUGHT_DRUNK = LazyPattern(
    r"\b(?:thinks?|thought|asked (?:me |him |her )?(?:if|whether)|said|says|accused (?:me|him|her)"
    r" of being)(?: \w+){0,2} (?:drunk|tipsy|hammered|pissed|borracho|borracha)\b"
    # A habit or a joke: "thinks i'm drunk when i laugh", "because i was singing".
    r"(?! (?:when|whenever|every time|because|cos|cause|at|after (?:the|a|my) (?:party|wedding"
    r"|night|pub|bar)))"
)
# Drinking denied: "i haven't had a drop", "he doesn't drink", "stone cold sober".
_NOT_DRINKING = LazyPattern(
    r"\b(?:(?:haven't|hasn't|havent|hasnt|have not|has not|hadn't|hadnt|had not) (?:had|touched)"
    r" (?:a drop|a drink|any alcohol|anything(?: to drink)?|a thing)|(?:haven't|hasn't|havent"
    r"|hasnt|hadn't|hadnt) been drinking|(?:don't|doesn't|dont|doesnt) (?:even )?drink"
    r"|(?:i've|ive|he's|hes|she's|shes|i have|he has|she has) had nothing|(?:stone cold |totally"
    r" |completely )?sober|teetotal|not (?:even )?drunk|no alcohol)\b"
)
# A knock to the head: "banged my head on the cupboard", "dad fell and knocked his head".
_KNOCK = LazyPattern(
    r"\b(?:banged|knocked|bumped|smacked|whacked|bashed|cracked|clonked)"
    r"(?= (?:my|his|her) head\b)"
)
# Platelets told low now: "platelets were 15 yesterday", "his platelets are really low".
_LOW_PLATELETS = LazyPattern(
    r"\b(?:low platelets|platelets?(?: count)?(?: (?:is|are|was|were|still|at|of|only|just))*"
    r"(?: (?:really|very|quite|still|so|super|dangerously))* (?:low|\d{1,2}(?![\d.,]\d)|tanked"
    r"|dropped|rock bottom))\b"
    # Low once, not now: "platelets were low last month but they're normal now".
    r"(?![\w ]{0,30}\b(?:last (?:week|month|year)|ago|back (?:up|to normal)|recovered"
    r"|normal now|fine now|before)\b)"
)
# An event named, then referred back to as happening: "seizures after car-t? husband just had
# one", "had a seizure in 2019 but just had another one now".
_EVENT_THEN_ONE = LazyPattern(
    r"\b(seizure|fit|convulsion|blackout|faint)s?\b(.*?\bhad )(?:another one|another|one)"
    r"(?=\s*(?:[.,;!?]|$|now\b|just now|again|today|tonight|this (?:morning|afternoon|evening)"
    r"|\d+ (?:mins?|minutes?) ago))"
)
# The one who "had one" is someone else, not said to be treated: "my epileptic cousin had one",
# "my friend had one" (review49): their seizure, read as theirs, not spelled out as the
# writer's or their treated person's.
_SOMEONE_ELSES = LazyPattern(
    r"\b(?:(?:my|a|his|her|our|their) (?:\w+ )?(?:cousins?|friends?|mates?|neighbou?rs?"
    r"|colleagues?|co-?workers?|boss|dogs?|cats?|pets?|aunt|auntie|uncle|classmates?|teachers?"
    r"|flatmates?|roommates?|godson|goddaughter|nephew|niece)|someone|somebody|a guy|a lady"
    r"|a man|a woman|people) (?:just |also |once |even )?had $"
)
_TREATED = LazyPattern(r"\b(?:car[- ]?t|cart|cells|the trial|the study|infusion)\b")
# A word typed twice ("the the") beside a thread lost, a clause of its own ("forgot.").
_DOUBLED_WORD = LazyPattern(r"\b(the|a|an|to|and|of|i|my|is|it|in|for|about) \1\b")
_THREAD_LOST = LazyPattern(
    r"(?:^|[.!?,;]\s*)(?:i )?(?:forgot|forget it|lost it|lost my (?:thread|train of thought)"
    r"|where was i|what was i saying)\W*(?:$|[.!?,;])"
)
# A word written or typed for another, again: "i wrote cat instead of car three times now".
_INSTEAD_OF = LazyPattern(
    r"\b(?:wrote|typed|types?|typing|writes?|writing|keeps? (?:writing|typing))"
    r"((?: [^\W\d]+){1,2}) instead of((?: [^\W\d]+){1,2})"
    r" (?:again|over and over|(?:two|three|four|five|\d+) times)\b"
)
# Told of someone, or on a day after treatment: "i wrote", "he keeps writing", "day 6".
_PERSON_OR_DAY = LazyPattern(
    r"\b(?:i|i'm|im|i've|ive|he|he's|hes|she|she's|shes|they|mum|mom|dad|husband|wife|son"
    r"|daughter|partner|day \d+|car[- ]?t|cart|cells|post[- ]?(?:car|infusion))\b"
)
# A laugh, or a cause of the slip told after it: a typo, not a sign (review49).
_A_LAUGH = LazyPattern(r"\b(?:lol|lmao|rofl|ha(?:ha)+\w*|ja(?:ja)+\w*|he(?:he)+\w*)\b")
_A_CAUSE_AFTER = LazyPattern(
    r"^[^.!?\n]{0,50}\b(?:karaoke|teeth|dentures|braces|accent|dyslexi\w*|keyboard"
    r"|autocorrect|predictive|spelling|learning|learner|every (?:january|year|time))\b"
)


def spell_out_relayed(text: str) -> str:
    """Return the text with a sign it tells in two parts spelled out as that sign."""
    if _THOUGHT_DRUNK.search(text) and _NOT_DRINKING.search(text):
        text += "; seems drunk"
    if _KNOCK.search(text) and _LOW_PLATELETS.search(text):
        text = _KNOCK.sub("hit", text)
    if _EVENT_THEN_ONE.search(text):
        text = _EVENT_THEN_ONE.sub(lambda match: _one_named(match, text), text)
    doubled = _DOUBLED_WORD.search(text)
    # The thread lost after the doubled word, not "forgot!" opening a question (review49).
    if doubled and _THREAD_LOST.search(text[doubled.start() :]):
        text += "; words come out wrong"
    if _INSTEAD_OF.search(text) and _PERSON_OR_DAY.search(text) and not _A_LAUGH.search(text):
        text = _INSTEAD_OF.sub(_a_word_for_another, text)
    return text


def _one_named(match: re.Match[str], text: str) -> str:
    told = match.group(0)[: match.end(2) - match.start(0)]
    if _SOMEONE_ELSES.search(told) and not _TREATED.search(text):
        return match.group(0)
    return f"{told}a {match.group(1)}"


def _a_word_for_another(match: re.Match[str]) -> str:
    """Read "typed cat instead of car again" as words coming out wrong, but for a typo of the
    same letters ("teh instead of the") or a cause told after it."""
    wrote, meant = match.group(1).split()[-1], match.group(2).split()[0]
    if sorted(wrote) == sorted(meant) or _A_CAUSE_AFTER.search(match.string[match.end() :]):
        return match.group(0)
    return "words come out wrong"
