import pytest

from bot.triage import CRISIS, ORDINARY, URGENT, triage, with_learned


@pytest.mark.parametrize(
    "message",
    [
        "bye for now, you've been a lifesaver",
        "thanks so much for all the info, talk tomorrow",
        "this bot is really useful, cheers",
        "finally sleeping in my own bed, just wanted to say thanks",
        "feeling flat and fed up with being stuck indoors",
        "as a parent of a teen on car-t i feel helpless, i cant fix this",
    ],
)
def test_thanks_a_goodbye_until_next_time_or_low_mood_get_no_crisis_line(message):
    assert with_learned(triage(message), False, True).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    [
        "bye for now, you've been a lifesaver",
        "feeling flat and fed up with being stuck indoors",
        "as a parent of a teen on car-t i feel helpless, i cant fix this",
    ],
)
def test_a_sign_off_or_low_mood_is_not_urgent_for_the_layer(message):
    assert with_learned(triage(message), True, False, sure=True).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    [
        # Goodbyes with no next time and thanks for everything stay open to the layer.
        "thank you for everything, goodbye",
        "thanks for putting up with me, bye",
        "thanks, i wont be needing this anymore",
        "goodbye everyone",
        "im so low i want to die",
    ],
)
def test_a_goodbye_without_a_return_or_a_wish_to_die_stays_crisis(message):
    assert with_learned(triage(message), False, True).kind == CRISIS


@pytest.mark.parametrize(
    "message",
    [
        # A thanks or a good word told with a sign: the sign still counts for the layer.
        "team said his bloods were great on monday so probably nothing but hes 39 now",
        "thanks for the info, she is not making sense since lunch",
        "feeling low and my chest hurts",
    ],
)
def test_a_sign_told_with_thanks_or_a_mood_stays_urgent(message):
    assert with_learned(triage(message), True, False).kind == URGENT
