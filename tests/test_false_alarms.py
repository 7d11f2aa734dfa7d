"""Calm messages the triage gave help-now replies to (issue 10's false alarms), by class, with
the messages on the other side of each reading that must keep their help."""

import pytest

from bot.triage import CRISIS, ORDINARY, URGENT, triage, with_learned


@pytest.mark.parametrize(
    "message",
    [
        "ok bye, thanks for explaining the cells",
        "that's all for tonight, night",
        "thanks for the info, goodbye",
        "night night chatbot, off to bed with my hot water bottle",
        "bye for now, off to walk the dog",
        "thanks for the chat, night",
        "thank you very much, you've been very helpful, goodbye",
        "ok lovely, thank you, bye bye",
        "right, that's me done for tonight, ta",
        "thank you for all the answers tonight, i'll sleep better. goodnight",
    ],
)
def test_a_sign_off_to_the_chat_about_the_chat_gets_no_crisis_line(message):
    assert with_learned(triage(message), False, True).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    [
        "thank you and goodbye",
        "thanks for everything, bye",
        "goodbye everyone, off to bed",
        "bye for now, off to the river",
        "that's all for tonight, off to sleep forever",
        "this is the last time, thanks for the answers, bye",
        "thanks for explaining it, tell them i love them, bye",
        "just want to say goodbye, you've been more help than most people",
        "goodbye, you were kind",
        "thanks for your time, im done, bye",
    ],
)
def test_a_final_goodbye_stays_open_to_the_crisis_line(message):
    assert with_learned(triage(message), False, True).kind == CRISIS


@pytest.mark.parametrize(
    "message",
    [
        "the medical tv show had a girl with a stiff neck and meningitis",
        "my crime novel has a poisoning with blood in the vomit, gory",
        "my audiobook has a woman who loses her words after a head injury, made me think of icans",
    ],
)
def test_a_sign_a_story_holds_is_not_urgent(message):
    assert with_learned(triage(message), True, False, sure=True).kind == ORDINARY


def test_a_sign_seen_in_a_story_and_now_in_ones_own_stays_urgent():
    message = "the show had a guy with a stiff neck and now my husband has one too"
    assert triage(message).kind == URGENT


@pytest.mark.parametrize(
    "message",
    [
        "i had a seizure on day 8, i'm on keppra and fine since",
        "fainted once on the day i was discharged, not since, should i still mention it",
        "had blood in my wee for a day after the line went in, clear ever since",
        "i had a fever of 38.7 on day 2, they gave me tocilizumab and it went",
    ],
)
def test_a_sign_told_as_over_and_well_since_is_not_urgent(message):
    assert with_learned(triage(message), True, False).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    [
        "had a nosebleed yesterday, clear ever since but now bleeding again",
        "she had a seizure on day 8, fine since but now she is confused",
        "she had a fit this morning, fine since",
        "he has been confused ever since",
    ],
)
def test_a_sign_back_now_or_an_event_of_today_stays_urgent(message):
    assert triage(message).kind == URGENT


@pytest.mark.parametrize(
    "message",
    [
        "our au pair has been vomiting all day, should she stay away from me",
        "the postman collapsed on our drive, the ambulance has taken him, shaken up",
        "my coworker came in with a fever of 38.9 today",
        "a kid in my daughter's class has a high temperature",
        "my neighbour fainted in her garden, her son is with her now",
        "my son's friend fainted at football today, his mum took him home",
        "a lady at church collapsed during the service, they called an ambulance",
        "my niece has a nosebleed, she gets them a lot",
    ],
)
def test_a_sign_of_someone_outside_the_care_is_not_urgent(message):
    assert with_learned(triage(message), True, False, sure=True).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    [
        "my son's speech is slurred and slow like he's drunk and he hasnt had any",
        "the man i care for has a fever of 39",
        "our nanny collapsed, should i call an ambulance",
        "my coworker has a fever and i'm day 10 after car t",
        "my neighbour collapsed and is not breathing",
        "my wife collapsed, her son is with her, should i call an ambulance",
        "my dad has nosebleeds, he gets them a lot now since the cells",
    ],
)
def test_a_sign_of_the_cared_for_or_help_asked_now_stays_urgent(message):
    assert triage(message).kind == URGENT


@pytest.mark.parametrize(
    "message",
    [
        "i've had hiccups on and off today, more annoying than anything",
        "weird vivid dreams since i came home, nothing scary just odd",
        "sore arm where they put the line, nothing serious",
    ],
)
def test_a_minor_effect_judged_small_is_not_urgent(message):
    assert with_learned(triage(message), True, False).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    [
        "the headache isn't going away with tylenol and my vision keeps going blurry",
        "she is a bit muddled, nothing scary",
    ],
)
def test_a_red_flag_under_a_calm_word_stays_open_to_the_layer(message):
    assert with_learned(triage(message), True, False).kind == URGENT


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("el aparatito del dedo dice 98 y pulso 70, estoy sentado", ORDINARY),
        ("el aparatito del dedo dice 97 por ciento sentado en el sofá", ORDINARY),
        ("el aparatito del dedo dice 87 y luego 89 a mi esposo", URGENT),
    ],
)
def test_the_finger_oximeter_in_spanish_is_read_like_the_english(message, kind):
    assert with_learned(triage(message), True, False).kind == kind


def test_a_sore_spot_where_a_needle_went_is_not_urgent_unless_it_looks_infected():
    sore = "my arm is sore where they took blood"
    assert with_learned(triage(sore), True, False).kind == ORDINARY
    infected = "my arm is sore and red and hot where they put the line"
    assert with_learned(triage(infected), True, False).kind == URGENT
