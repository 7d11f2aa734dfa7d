"""A sign told as history: its time back in the course and its end told (round 44, fa45)."""

import pytest

from bot.reply_kind import ReplyKind
from bot.triage import CALM, ORDINARY, URGENT, triage, with_learned


@pytest.mark.parametrize(
    "message",
    [
        # Each of these was given the urgent reply before round 44.
        "my speech went slurry for a day in week two and then came back, is that icans",
        "in week one my handwriting went to pieces for a day, it came back. could it happen again?",
        "the rigors i got the night after my infusion were awful, so glad thats all over",
        "mum had a fit on the ward in her second week, shes been seizure free since, can she fly",
        "my dad was very sleepy around day 8 and they moved him to hdu, he perked up and has been"
        " his cheeky self ever since",
        "la primera semana tuve escalofríos y fiebre, desde entonces nada. ¿es normal?",
        "en agosto tuve sangre en la orina dos días, ya está normal",
        "had a pounding headache on day 4 and they did a ct, all gone now. what would cause it",
    ],
)
def test_a_sign_told_as_history_gets_no_urgent_reply(message):
    decision = triage(message)
    assert decision.kind == ORDINARY and not decision.signs


def test_the_learned_layer_keeps_its_say_on_a_sign_told_as_history():
    # Unclear, not calm: a sign the layer reads as going on still gets help.
    decision = triage("the rigors i got the night after my infusion were awful, so glad thats over")
    assert decision.kind == ORDINARY and decision.red_flags != CALM
    assert with_learned(decision, urgent=True, crisis=False, sure=True).kind == URGENT


@pytest.mark.parametrize(
    "message",
    [
        # The sign back, still there, or a new one told now beside the history.
        "i had a fever on day 2 that went away, now its back at 38.7",
        "on day 3 my temp settled but this morning im shaking again",
        "the first week i was confused, it passed, but today im mixing up words again",
        "the headache from the first week went away but i now have a stiff neck and a pounding"
        " head",
        "she was drowsy on day 5, perked up, but shes really hard to wake tonight",
        "my breathing was bad on the ward, it settled, but i'm breathless walking to the loo",
        "fever on day 2 resolved, im on day 9 and my temp is 38.4",
        # A sign beside the history with no word of time: told as now, not in the past.
        "had fever on day 2, it settled. temp 38.8",
        "had a fever on day 2, all gone now. but im shaking again tonight",
        "the shakes from the first week passed. shaking all over",
        "in week one i was muddled for a day, it passed, so confused",
        "my bp dropped on day 4 on the ward, it settled, bp 78/45",
        # "day 4" of the course now is no time back then; the treatment's date is not the sign's.
        "38.6 and shaking all over. car t day 4",
        "my first walk since car t a fortnight back, the physio said i was shaking and my temp"
        " says 38.6",
    ],
)
def test_the_urgent_reply_stays_where_the_sign_goes_on(message):
    assert triage(message).kind == URGENT


def test_the_reply_to_a_sign_told_as_history_is_no_urgent_alert(ask):
    reply = ask("the rigors i got the night after my infusion were awful, so glad thats all over")
    assert reply["kind"] != ReplyKind.URGENT
    reply = ask("the rigors i got the night after my infusion were awful, now theyre back")
    assert reply["kind"] == ReplyKind.URGENT
