"""A disease's own signs told as why someone asks about CAR-T: the answer, not the urgent reply
alone (issue 11, round 42)."""

import pytest

from bot.triage import ORDINARY, UNCLEAR, URGENT, triage

URGENT_STEPS = "Symptoms like these after CAR-T need a call right away."


@pytest.mark.parametrize(
    "message",
    [
        # Held out over sets 1-37, these openings got the urgent reply alone.
        "mg 8 years, on vyvgart and still crashing every few weeks, double vision by 4pm. what is"
        " this aurora trial my neuro keeps mentioning",
        "is there any car-t for mg? ive had it since 19, im 26 now and the double vision makes"
        " closing at the coffee shop scary",
        "lobstering out of stonington 30 yrs, MG mostly double vision and my eyelid. whats the"
        " AURORA trial",
        "whats the aurora trial, is it for myasthenia? I teach zumba and my legs give out halfway"
        " through class now",
        # Written for this test.
        "my son has mogad and the last attack left him blind in one eye. is car-t being looked at"
        " for it?",
        "ocular mg, double vision when im tired. how long is the hospital stay for car-t?",
    ],
)
def test_a_diseases_own_signs_told_before_car_t_are_why_they_ask(message):
    decision = triage(message)
    assert decision.kind == ORDINARY and not decision.signs
    # Not calm: a decline still leads with where to call, an answer still has its note.
    assert decision.red_flags == UNCLEAR and decision.mentions_symptoms


@pytest.mark.parametrize(
    "message",
    [
        # After CAR-T, the same signs are the urgent reply's.
        "I have myasthenia, 3 days after car t and now double vision, normal?",
        "mg patient, had my cells 2 weeks ago and my legs give out. is that the treatment?",
        # A change now, a face or one side, a fever or breathing beside them: a sign now.
        "I have MG and suddenly I have double vision and can't lift my arm, what do I do",
        "my husband has MS and his face is drooping on one side, is that a relapse?",
        "mg, double vision and i cant swallow or catch my breath, is this a crisis?",
        "cant stop shaking, 38.4, and i cant walk far on my own with the ms. how do i get there",
        "my myositis is much worse, i can't stand up from the floor. should i call someone?",
        # No disease of weakness or sight named: a stroke's signs are never someone's disease.
        "i have lupus and my legs gave out twice, is car t for lupus still an option?",
    ],
)
def test_the_same_signs_after_car_t_or_beside_other_trouble_stay_urgent(message):
    assert triage(message).kind == URGENT


def test_the_opening_gets_no_urgent_reply_alone_and_still_says_where_to_call(ask):
    reply = ask(
        "is there any car-t for mg? ive had it since 19, im 26 now and the double vision"
        " makes closing at the coffee shop scary"
    )
    assert reply["kind"] != "urgent" and URGENT_STEPS not in reply["answer"]
    # An answer has the line on calling below it; a decline leads with it.
    calling = reply["safety_note"] if reply["kind"] == "answer" else reply["answer"]
    assert calling.startswith("If this is happening")


@pytest.mark.parametrize(
    "message, kind",
    [
        # A disease that does not respond to its treatment is hard to treat (sets 9 and 14).
        (
            "Im 71 and my myositis isnt responding to anything, would a car t study still take"
            " someone my age",
            ORDINARY,
        ),
        (
            "my dermatomyositis isnt responding to anything, have myositis patients done well"
            " with car t",
            ORDINARY,
        ),
        ("her lupus has not responded to rituximab, is car t next?", ORDINARY),
        # A person who does not respond is urgent, whatever disease they have.
        ("my dad has ms and isnt responding to anything i say", URGENT),
        ("my husband with lupus is not responding, what do i do", URGENT),
    ],
)
def test_a_disease_not_responding_to_treatment_is_no_person_unresponsive(message, kind):
    assert triage(message).kind == kind
