"""A sign asked about on a day of one's own course after CAR-T is one's own now: the learned
layer has its say, whatever cause the writer guesses (round 45, urgent46)."""

import pytest

from bot.course_day import a_course_day_told
from bot.normalize import normalize
from bot.triage import CALM, ORDINARY, URGENT, triage, with_learned


@pytest.mark.parametrize(
    "message",
    [
        # Put down to something else: normal, a tablet, a relapse, the cells taking.
        "extremely sleepy cant stay awake car-t day 6 normal?",
        "are seizures a side effect of levetiracetam? my husband just had one while on it, he's 9"
        " days post car t, it lasted a minute or so",
        "Is a temp of 101 a good sign? Like a sign the cells have taken? Day 6.",
        "is it normal to bruise this much on my legs? cart d9",
        # Handled at home: a fever told after the tablet taken for it.
        "calpol'd myself. was 38.7. cart d5",
        "Can you look at a picture of a bruise? It's the size of my hand on my thigh and I"
        " haven't banged it. 2 weeks post CAR-T.",
    ],
)
def test_a_sign_asked_about_on_ones_own_day_gets_help_when_the_layer_sees_trouble(message):
    rules = triage(message)
    assert rules.kind == ORDINARY  # the rules alone still call nothing
    assert rules.open_to_urgent  # but the layer may
    assert with_learned(rules, urgent=True, crisis=False).kind == URGENT


@pytest.mark.parametrize(
    "message",
    [
        # No day of one's course: a question about the sign in general.
        "is extreme sleepiness normal after car t?",
        "are seizures a side effect of levetiracetam?",
        # A list asked for ahead, not whether a sign is so.
        "5 weeks out from car t, what bleeding stuff am i supposed to be watching for",
        "dad is 9 days out, which temperatures are bad",
        # A sign told over, or a span that is no day of the course.
        "is it normal to have had a fever on day 6? he is fine now, 3 weeks post car t",
        "why can't you drive for 8 weeks after car t, is it the seizure risk",
    ],
)
def test_a_sign_asked_about_in_general_keeps_its_answer(message):
    rules = triage(message)
    assert rules.kind == ORDINARY
    assert with_learned(rules, urgent=True, crisis=False).kind == ORDINARY


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("car-t day 6", True),
        ("cart d5", True),
        ("he's 9 days post car t", True),
        ("i'm 10 days after car t", True),
        ("cells were given 8 days ago", True),
        ("12 days since my car t", True),
        ("a sign the cells have taken? day 6.", True),
        ("on day 3 i had a fever", False),
        ("it came back 10 days after car t", False),
        ("car-t day 3 was rough", False),
        ("drive for 8 weeks after car t", False),
    ],
)
def test_todays_day_in_the_course(text, told):
    assert a_course_day_told(normalize(text)) is told


def test_coins_for_the_car_park_are_no_sign_unchanged():
    message = (
        "the hospital car park is 4 quid an hour and ive got no change. my dad had car t and hes"
        " been confused all afternoon, he put his shoes in the oven"
    )
    assert triage(message).kind == URGENT
    assert triage("my skin is tight from the scleroderma, no change").red_flags in (CALM, "")
