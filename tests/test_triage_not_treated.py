"""Someone else's sign, told by a writer who says that person is not the one treated (round 43)."""

import pytest

from bot.reply_kind import ReplyKind
from bot.triage import CALM, ORDINARY, URGENT, triage, with_learned


@pytest.mark.parametrize(
    "message",
    [
        # The other one's treatment denied, in the writer's words.
        "my grandson has 38.7 and a runny nose, hes never had car t, can he still come for tea",
        "my sister has a temp of 38.2 with a cold, she hasn't had any treatment like mine",
        "my wife (not the patient, i am) has the flu and a temp of 38.6, should she sleep apart",
        "my dad (no car t, he's 79) keeps nodding off after lunch, is that just his age",
        "my brother keeps getting nosebleeds, nothing to do with car t, he picks at it",
        "my daughter is on methotrexate not car-t, she's got a fever of 38.4 today",
        "my mum is 80 and not having car t, shes a bit muddled with a water infection, the gp is"
        " sorting it",
        # A sign no common illness explains, in someone else's hands or with its cause named.
        "my workmate had a seizure at work, she's epileptic, nothing to do with car t",
        "mi hijo tiene fiebre y tos, él no ha tenido car-t, ¿puede dormir en casa?",
        "mi marido tiene 38,5 de fiebre pero él no es el paciente, soy yo",
    ],
)
def test_an_untreated_ones_sign_gets_no_urgent_reply(message):
    decision = triage(message)
    assert decision.kind == ORDINARY and decision.red_flags == CALM
    # Neither layer may call it urgent or crisis: the sign is the other one's.
    assert with_learned(decision, urgent=True, crisis=True, sure=True).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    [
        # Treatment denied only of the writer, or not yet had: the other one may be the patient.
        "my husband has a fever of 39, i haven't had car t",
        "my husband hasnt had car t yet, hes got a fever of 38.5 on the chemo",
        "I'm not the patient, my husband is. he has a fever of 39",
        "my husband isnt getting the treatment he needs, his fever is 39",
        "she said i have never had car t so my fever of 39 is nothing",
        # "never done anything like that" is how a change is told, not a treatment denied.
        "mum put her glasses in the microwave and switched it on, shes never done anything like"
        " that, car t was 9 days ago",
        # The writer's own sign beside, the other one treated too, help asked, the sign in front
        # of the writer, or one no common illness explains that nobody has in hand.
        "my son has a fever, hes never had car t, and now i have a temp of 38.3 too",
        "my husband and i both had car t, he has a fever of 39, hes not the patient this time",
        "my dad has a fever of 39, nothing to do with car t, what should i do",
        "my brother is having a seizure on the floor, hes never had car t",
        "my mum is confused and slurring, she's never had car t",
        "my husband (not the patient, i am) has a bad cough and is breathless",
    ],
)
def test_the_urgent_reply_stays_where_the_sign_may_be_the_patients_or_grave(message):
    assert triage(message).kind == URGENT


def test_the_reply_to_an_untreated_ones_fever_is_no_urgent_alert(ask):
    reply = ask("my son has a fever of 38.4 with a cold, hes never had car t, can he still hug me")
    assert reply["kind"] != ReplyKind.URGENT
    reply = ask("my son has a fever of 38.4 with a cold, he had car t last week")
    assert reply["kind"] == ReplyKind.URGENT


@pytest.mark.parametrize(
    "message",
    [
        # Round 44 (fa45): the denial in more of the writer's words, each urgent before.
        "mi madre tiene fiebre con la gripe, ella no ha recibido car-t, ¿puedo ir a verla?",
        "my brother has a temp of 38.7 with a chest cold, hes never had the cell treatment, can he"
        " stay over",
        "my 6 year old has 38.4 and a cough. shes not the patient, i am. can she sleep in my bed",
    ],
)
def test_the_other_ones_treatment_denied_in_other_words_gets_no_urgent_reply(message):
    decision = triage(message)
    assert decision.kind == ORDINARY and decision.red_flags == CALM


@pytest.mark.parametrize(
    "message",
    [
        # Treated, not denied: "received" and "the cell treatment" name the patient's own.
        "mi madre tiene fiebre de 38,7, ella ha recibido car-t hace una semana",
        "my 6 year old had the cell treatment for lupus and has 38.4 and a cough",
        "my brother has 38.9 and shakes, he had the t cell treatment 10 days ago",
        # Not had it yet, in Spanish: before CAR-T, its conditioning may be under way.
        "mi hijo tiene fiebre de 39, él no ha tenido el car-t todavía",
        "mi hija tiene 38,8 y escalofríos, ella no ha recibido las car-t aún",
    ],
)
def test_the_urgent_reply_stays_where_the_one_with_the_sign_was_treated(message):
    assert triage(message).kind == URGENT
