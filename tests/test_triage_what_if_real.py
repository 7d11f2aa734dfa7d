"""A sign asked about as a what-if, then said to be real and now: help now (round 43, triage44)."""

import pytest

from bot.triage import URGENT, triage


@pytest.mark.parametrize(
    "message",
    [
        # The one asked about is the writer, or their own person.
        "hypothetically if someone had 38.7 a week after car t would that matter? asking because"
        " thats me tonight",
        "hypothetically if a person had 38.6 on day 5, is that bad now. asking for obvious reasons",
        "in theory, if your lips went a bit blue after the cells, is that bad. the someone is me"
        " right now",
        "for a friend: what if your speech comes out slurred after car-t. the friend is my husband"
        " and hes sitting here",
        "just curious, if a person was coughing up blood after cells, is that an emergency."
        " namely me, now",
        # The frame taken back, or the sign said to be happening.
        "imagine your chest pain spread to your jaw after car t, what then. not hypothetical",
        "theoretically what if my left arm went numb and floppy after cells. its happening",
        # The what-if's own yes, or a time of now alone after it.
        "what if he has 39.1, 6 days after car t. he does.",
        "if i said my neck was stiff with the worst headache of my life would you say go in?"
        " because it is",
        "if someone cant stop vomiting after cells... me. now",
        # Mine, or where the writer is.
        "in theory could a pulse go over 140 at rest after car t? mine just has",
        "how bad does breathlessness need to be after car-t to go in? like if you cant finish a"
        " sentence? thats roughly where i am",
    ],
)
def test_a_what_if_taken_back_gets_help_now(message):
    assert triage(message).kind == URGENT


@pytest.mark.parametrize(
    "message",
    [
        # A what-if that stays one: planning ahead, asked of the future, or for someone else.
        "what if i get a fever on holiday next summer, who do i call",
        "hypothetically if i get shaky chills in the middle of the night do i wake someone",
        "just planning ahead, what if i cant wake him up properly one morning",
        "what if i get a fever on holiday, who do i call. asking for my mum",
        "asking for a friend: what if someone gets a fever after car t? its me, i'm having it next"
        " month",
        # Named as the writer's own with no time of now: it may be asked ahead for oneself.
        "asking for a friend, what if your speech went funny. its me",
        # "It's me" or "it did" inside a longer thought is no turn.
        "what if i get a fever? its me again, thanks",
        "what if the fever comes back after they send us home? it did last time",
        # A plain question's own yes answers the question, not a what-if.
        "is black stool dangerous? it is, right?",
    ],
)
def test_a_what_if_that_stays_one_gets_its_answer(message):
    assert triage(message).kind != URGENT
