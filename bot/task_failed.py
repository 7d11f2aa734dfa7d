"""Trouble with words told through an everyday task that went wrong, spelled out as the sign.

After CAR-T, word-finding, reading and writing trouble (ICANS) is often first noticed in a task
that needs them: the daily crossword, a menu, emails at work. Written from the ICANS warning
signs of the discharge sheets (trouble reading, writing or finding words; the ICE score's
writing and naming items), not from messages. Two readings: what someone reads or writes told
as making no sense ("none of the words make sense", "sending emails that don't make sense") is
the sign; and a task done "like every day" that fails this time ("did the crossword like every
day and i cant make sense of the clues") is a change, so the habit is the task's, not the sign's
(triage reads "like always" as the person's usual, calm).
"""

from __future__ import annotations

from .clinical_words import WORDS_MIXED_UP
from .pattern_set import LazyPattern

_NO_SENSE = (
    r"(?:don't|dont|doesn't|doesnt|didn't|didnt|won't|wont|wouldn't|wouldnt) make (?:any )?sense"
)
# What someone reads or writes, told as making no sense, and not a thing the writer does not
# understand ("the consent form doesn't make sense to me" is a question about the form).
_READ_OR_WRITTEN_NO_SENSE = LazyPattern(
    r"\bnone of (?:the |these |those |my |his |her )?(?:words|letters|it|them) makes? sense\b"
    r"(?! to)"
    r"|\b(?:emails?|texts?|messages?|notes?|sentences|writing|what (?:i|he|she) (?:writes?"
    r"|wrote|types?|typed))(?: (?:that|which|i|he|she|have|has|been|sent|send|sending|write"
    rf"|wrote|writes|type|typed)){{0,3}} {_NO_SENSE}\b(?! to)"
)
# A habit of doing a task, told before the task fails this time.
_ROUTINE = LazyPattern(
    r"\b(?:like|as) (?:every (?:day|morning|night|evening|week)|always|usual|i always do|we always"
    r" do)\b"
)
# A thing put or written somewhere it does not go fails the task ("put the needles in the
# teapot", "wrote numbers in the crossword"); "used my cream" or "put my cream on" does not.
_FAILED_AFTER = LazyPattern(
    r"\b(?:and|but) (?:then |now |today )?(?:(?:i|he|she|they|my \w+) )?"
    r"(?:(?:cant|can't|cannot|couldnt|couldn't|wont|won't)\b"
    r"|(?:put|wrote) (?:\w+ ){1,3}(?:in|into) (?:the|a|his|her|my)\b)"
    r"|\binstead of\b"
)


def spell_out_task_failed(text: str) -> str:
    """Return a normalized text with reading or writing that makes no sense named as the sign,
    and a routine dropped where the task it is said of fails after it.

    "reading the menu and none of the words make sense" reads "reading the menu and mixing up
    words"; "tried to do the crossword like every day and i cant make sense of the clues"
    reads "tried to do the crossword and i cant make sense of the clues".
    """
    if "sense" in text and _READ_OR_WRITTEN_NO_SENSE.search(text):
        text = _READ_OR_WRITTEN_NO_SENSE.sub(WORDS_MIXED_UP, text)
    if a_routine_task_failed(text):
        routine = _ROUTINE.search(text)
        text = text[: routine.start()] + text[routine.end() :]
    return text


def a_routine_task_failed(text: str) -> bool:
    """Whether a normalized text tells a task done as usual failing after the habit is told."""
    routine = _ROUTINE.search(text)
    return bool(routine and _FAILED_AFTER.search(text[routine.end() :]))
