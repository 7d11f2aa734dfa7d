"""Urgent signs told sideways: in a clinician's words, through a task that went wrong, or as a
state something has "gone" into (round 44, urgent45)."""

import pytest

from bot.reply_kind import ReplyKind
from bot.sign_shown import without_an_offer
from bot.triage import CALM, ORDINARY, URGENT, triage, with_learned


@pytest.mark.parametrize(
    "message",
    [
        # A clinician who is the patient, or the carer, in the words of their trade.
        "staff nurse here, 8 days post car-t, haematemesis twice since teatime",
        "im a paramedic. frank haematuria since lunch, car t day 9",
        "doctor myself: melena this morning and im lightheaded",
        "my husband is an SLT and says my speech has paraphasic errors since an hour ago",
        "new expressive dysphasia in my mother, noticed 20 minutes ago, car-t last week",
        "retired anaesthetist, my wife is d+7 and I'd score her gcs 12 tonight",
        "his ice score is 7 out of 10 this evening, it was 10 this morning",
        "ice score 6/10 tonight, car-t day 5",
        "GCS has dropped in the last hour, hes d+10",
        "I'm a nurse, I'm hypotensive and tachycardic tonight, day 6 after the cells",
        "dysarthric since lunch, its me, im a speech therapist",
        "left-sided facial droop since 5pm, day 9",
        "his score is e 3 v 4 m 6 now, car t day 5",
    ],
)
def test_a_clinicians_words_for_a_red_flag_get_help_now(message):
    assert triage(message).kind == URGENT


@pytest.mark.parametrize(
    "message",
    [
        # The term asked about, denied or over: as the plain words would be.
        "what is haematuria",
        "does car t cause dysphasia?",
        "no haematemesis, no melaena, just tired",
        "had a syncopal episode on day 3 in hospital, fine since",
        "how do they work out the ICE score",
        "my sister is a nurse and says hypotension is common after car t, is that right?",
        "his ice score was 10/10 this morning, all good",
        "gcs 15 and chatty",
        # "ice" and "gcs" elsewhere are no score.
        "can i put an ice pack on 3 times a day for the bruise",
    ],
)
def test_a_clinicians_words_asked_denied_or_over_get_their_answer(message):
    assert triage(message).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    [
        # A task done every day that fails this time: the failure is a change.
        "did the wordsearch like every morning and i cant find a single word, the letters swim",
        "mum was knitting like always and then put the needles in the teapot",
        # What someone reads or writes, told as making no sense.
        "trying to read the recipe and none of the words make sense",
        "my boss says the emails ive sent today dont make sense, car t 3 weeks ago",
        # Gone into a state, not gone away.
        "his writing has gone all squiggly since tea",
        "my words have gone wrong today, cells last week",
    ],
)
def test_trouble_with_words_told_through_a_task_is_not_the_usual(message):
    decision = triage(message)
    assert decision.kind == URGENT or (decision.kind == ORDINARY and decision.red_flags != CALM)


@pytest.mark.parametrize(
    "message",
    [
        # The habit is the person's, with nothing failing; a form not understood; gone away.
        "dad did the sunday crossword in pen, as usual",
        "my ms legs are weak like every day, nothing new",
        "my ms legs are weak like every day and i used my cream",
        "the words on the consent form dont make sense to me, can you explain it",
        "none of it makes sense to me, why would car t help lupus",
        "the headache has gone, feel fine",
        "the rash has gone now",
    ],
)
def test_a_habit_a_form_or_a_sign_gone_away_stays_calm(message):
    decision = triage(message)
    assert decision.kind == ORDINARY
    # Calm, or a plain question: the learned layer may not call it urgent either.
    assert decision.red_flags in (CALM, "") or decision.asks_only


def test_the_reply_to_a_clinicians_red_flag_is_the_urgent_reply(ask):
    reply = ask("GP here, haematemesis x2 tonight, 9 days post car-t")
    assert reply["kind"] == ReplyKind.URGENT
    reply = ask("what does haematemesis mean")
    assert reply["kind"] != ReplyKind.URGENT


@pytest.mark.parametrize(
    "message",
    [
        "would a photo help? her shins are covered in little red dots, day 10 after car t",
        "can i send you a pic? hes got a bruise the size of a saucer, cells 9 days ago",
        "¿te mando una foto? tiene puntitos rojos en los brazos, día 11 del car-t",
        "¿te mando unas imágenes? tiene puntitos rojos en las piernas, día 10 del car-t",
    ],
)
def test_an_offer_to_show_a_sign_is_no_plain_question(message):
    # The offer asks of the chat; the learned layer keeps its say on the sign told.
    decision = triage(message)
    assert not decision.asks_only
    assert with_learned(decision, urgent=True, crisis=False).kind == URGENT


@pytest.mark.parametrize(
    "message",
    [
        "can i send you a photo of my rash or is it only text",
        "if i see a new rash should i send a photo or call",
        "can i send a photo of my infusion site to check its healing?",
    ],
)
def test_a_question_about_pictures_still_asks(message):
    decision = triage(message)
    assert decision.kind == ORDINARY
    assert with_learned(decision, urgent=True, crisis=False).kind == ORDINARY


def test_if_it_helps_is_an_offer_only_beside_a_picture():
    # "If it helps" offers a picture only when one is named before it in the sentence.
    assert without_an_offer("should i give him tylenol if it helps?") == (
        "should i give him tylenol if it helps?"
    )
    assert "photo" not in without_an_offer("here is a photo if it helps, red dots on his legs")
