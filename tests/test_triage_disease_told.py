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


@pytest.mark.parametrize(
    "message",
    [
        # Round 45 (fa46): other diseases' own signs, written for this test in the shape of sets
        # 24-40's openings given the urgent reply alone.
        "my wife has nmda encephalitis, the seizures settled on ivig but her memory is patchy."
        " is anyone trying car-t for it?",
        "scleroderma with ild, i get short of breath going up the stairs. could car t help my"
        " lungs?",
        "lupus and raynauds, my fingers go white and then blue when its cold out. does car-t"
        " help with that?",
        "i have ms and im dizzy most days anyway. would the brain side effects feel different?",
        "ive had seizures since a car crash years ago, would that rule me out of a car t trial?",
        "myositis. right now i cant lift my arms to brush my hair from the myositis. how long"
        " is the car t hospital stay?",
        "optic neuritis took most of my vision, i cant read small print. any car-t trials for"
        " nmosd?",
    ],
)
def test_other_diseases_own_signs_told_before_car_t_are_why_they_ask(message):
    decision = triage(message)
    assert decision.kind == ORDINARY and not decision.signs
    assert decision.red_flags == UNCLEAR and decision.mentions_symptoms


@pytest.mark.parametrize(
    "message",
    [
        # After CAR-T, or going on now, or at rest: the urgent reply's signs (round 45, fa46).
        "my wife has nmda encephalitis and had car t 10 days ago, she had a seizure this"
        " morning. is that the icans?",
        "my husband has lgi1 encephalitis and is having a seizure, can car t help him?",
        "scleroderma with ild, im breathless just sitting here and my lips look blue. can car"
        " t help?",
        "3 weeks after car t for lupus my fingers went blue when it was cold, is that normal?",
        "i have ms and since my infusion im so dizzy i cant stand. normal?",
        "she keeps having seizures since yesterday, would that rule her out of the trial?",
        "right now i cant lift my arms, i have myositis. what do i do?",
        # Reading told as failing with no sight lost: the words of ICANS.
        "i have nmosd, i wait tables and cant read the tickets. any car-t work in nmosd?",
    ],
)
def test_those_signs_after_car_t_or_going_on_now_stay_urgent(message):
    assert triage(message).kind == URGENT


def test_an_opening_telling_scarred_lungs_gets_no_urgent_reply_alone(ask):
    reply = ask(
        "scleroderma with ild, i get short of breath going up the stairs. could car t help my"
        " lungs?"
    )
    assert reply["kind"] != "urgent" and URGENT_STEPS not in reply["answer"]
    calling = reply["safety_note"] if reply["kind"] == "answer" else reply["answer"]
    assert calling.startswith("If this is happening")
