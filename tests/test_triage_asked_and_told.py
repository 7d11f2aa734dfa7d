"""A sign told beside a question about something else, and the learned layer over a calm
reading, or a message with no word of crisis, when it is sure (round 26, recall27; round 28,
triage29); a sign asked about and then told as going on now (round 31, triage32)."""

import numpy as np
import pytest

from bot.asked_and_told import parts_told
from bot.layer_over_gates import crisis_over_the_gate, over_the_gate
from bot.triage import CRISIS, LEARNED, ORDINARY, URGENT, triage, with_learned


@pytest.mark.parametrize(
    "message, kind",
    [
        # The question's topic (a pet) made the whole read as someone else's sign.
        ("can my cat sleep on the bed now? my temperature is 101 F", URGENT),
        ("Can the dog sleep on the bed yet? Also I have a fever of 38.9", URGENT),
        # The question alone, or a sign over, gets the answer.
        ("can my cat sleep on the bed now? she likes it there", ORDINARY),
        ("can my cat sleep on the bed now? my temperature was 101 last week, fine since", ORDINARY),
        ("can my cat sleep on the bed now? my temperature is 36.8", ORDINARY),
        ("my cat has a temperature of 39.5, can she sleep on the bed?", ORDINARY),
    ],
)
def test_a_sign_beside_a_question_is_read_on_its_own(message, kind):
    assert triage(message).kind == kind


@pytest.mark.parametrize(
    "message, parts",
    [
        ("what time is clinic? he is burning up", ["he is burning up"]),
        ("where do i park, also my head hurts", ["my head hurts"]),
        ("he is burning up and shaking", []),  # nothing asked
        ("what time is clinic? and where do i park?", []),  # nothing told
    ],
)
def test_parts_told_are_those_beside_a_question(message, parts):
    assert parts_told(message) == parts


BARS = np.array([0.5, 0.5, 0.6, 0.8, 0.9])
SURE_OVER_CALM = "he keeps going dizzy and grey when he stands and nearly went down in the kitchen"


@pytest.mark.parametrize(
    "message, urgent, crisis, kind",
    [
        # Read calm by the rules ("nearly went down" as a fever gone down): sure is enough.
        (SURE_OVER_CALM, 0.95, 0.0, URGENT),
        (SURE_OVER_CALM, 0.85, 0.0, ORDINARY),
        # A reading in the normal range, an animal's or an outsider's sign keep the gate
        # however sure the layer is.
        ("her pulse is 84 while resting", 0.99, 0.0, ORDINARY),
        ("my dog is breathing fast and wont eat", 0.99, 0.0, ORDINARY),
        ("my neighbour has the flu and a fever of 39", 0.99, 0.0, ORDINARY),
        # The crisis call's gates are not overruled here: no crisis word, a question, a figure
        # of speech (a sure call with no crisis word is crisis_over_the_gate's, below).
        ("ive rubbed my knuckles raw on the brick wall to feel something", 0.0, 0.99, ORDINARY),
        ("why would they give it to me", 0.0, 0.99, ORDINARY),
        ("this traffic is killing me", 0.0, 0.99, ORDINARY),
    ],
)
def test_the_layer_overrules_a_calm_reading_only_when_sure(message, urgent, crisis, kind):
    rules = triage(message)
    assert rules.kind == ORDINARY
    joined = with_learned(rules, urgent >= BARS[0], crisis >= BARS[1], urgent >= BARS[3])
    decision = over_the_gate(rules, joined, urgent, BARS, message)
    assert decision.kind == kind
    if kind != ORDINARY:
        assert decision.signs == (LEARNED,)


def test_a_layer_saved_without_the_threshold_over_a_calm_reading_keeps_it_calm():
    rules = triage(SURE_OVER_CALM)
    assert over_the_gate(rules, rules, 1.0, BARS[:4], SURE_OVER_CALM) == rules


SURE_BARS = np.array([0.5, 0.5, 0.6, 0.8, 0.9, 0.95])
MEANS_TOLD = "ive put all my warfarin in a jar and im going to take the lot"


@pytest.mark.parametrize(
    "message, crisis, kind",
    [
        # Means or a date told with no word of crisis: the crisis line when the layer is sure.
        (MEANS_TOLD, 0.97, CRISIS),
        ("ive picked the 12th, after my last clinic", 0.97, CRISIS),
        (MEANS_TOLD, 0.9, ORDINARY),  # over the first crisis threshold, under this one
        # A figure of speech and a strong feeling about money keep their gate however sure
        # the layer is.
        ("this traffic is killing me", 0.99, ORDINARY),
        ("i can't breathe with all these bills piling up", 0.99, ORDINARY),
    ],
)
def test_the_layer_calls_crisis_with_no_word_of_crisis_only_when_sure(message, crisis, kind):
    rules = triage(message)
    joined = with_learned(rules, False, crisis >= SURE_BARS[1], False)
    decision = crisis_over_the_gate(rules, joined, crisis, SURE_BARS)
    assert decision.kind == kind
    if kind == CRISIS:
        assert decision.signs == (LEARNED,)


def test_a_layer_saved_without_the_threshold_over_no_crisis_word_keeps_its_call():
    rules = triage(MEANS_TOLD)
    assert crisis_over_the_gate(rules, rules, 1.0, SURE_BARS[:5]) == rules


@pytest.mark.parametrize(
    "message, kind",
    [
        # A sign asked about, then told as someone's, going on now, in a later clause.
        (
            "is there a proper medical name for twitching in my face? ive had it since i woke up",
            URGENT,
        ),
        ("what is a stiff neck a sign of? ive had it since this morning", URGENT),
        ("whats the word for a nosebleed that wont stop, it started last night", URGENT),
        (
            "how long can you leave a nosebleed before ringing, this ones been going 50 minutes",
            URGENT,
        ),
        # Asked about only, over, or long past: the answer.
        ("is there a proper medical name for twitching in my face?", ORDINARY),
        ("what is a stiff neck a sign of? i had it as a kid", ORDINARY),
        ("what is a nosebleed called? it has been fine since", ORDINARY),
        ("is there a name for a stiff neck, ive had it for years", ORDINARY),
    ],
)
def test_a_sign_asked_about_and_told_as_going_on_now_is_urgent(message, kind):
    assert triage(message).kind == kind


@pytest.mark.parametrize(
    "message, told_beside",
    [
        # A part told beside a practical question that the rules leave open to the layer.
        (
            "can i go to the car boot sale? ps my wee has been bright red the last two times",
            True,
        ),
        (
            "do i take my blood pressure readings in? they were 82/50 and then 79/48 just now",
            True,
        ),
        # Nothing told, a part read calm or someone else's: the question gate stays shut.
        ("what time is clinic? and where do i park?", False),
        ("where do i park for clinic? my mum is driving me", False),
        ("how long do the cells stay in me for good", False),
    ],
)
def test_a_part_told_beside_a_question_is_marked(message, told_beside):
    rules = triage(message)
    assert rules.kind == ORDINARY and rules.asks_only
    assert rules.told_beside is told_beside


@pytest.mark.parametrize("urgent, sure, kind", [(0.9, True, URGENT), (0.6, False, ORDINARY)])
def test_a_part_told_beside_a_question_is_the_layers_to_call_only_when_sure(urgent, sure, kind):
    """Round 35 (triage36): the layer's urgent call on such a message needs its threshold for a
    worry (`sure`), as the plain questions beside it still ask with no trouble told."""
    rules = triage("can i go to the car boot sale sunday? ps my wee has been bright red twice")
    assert rules.told_beside
    assert with_learned(rules, urgent >= 0.5, False, sure).kind == kind


@pytest.mark.parametrize(
    "message, kind",
    [
        # A sign asked of a friend or of "someone", then revealed as the writer's own, now.
        ("asking for a friend, what if someone had a seizure... ok its me, right now", URGENT),
        (
            "asking for a friend: what do you do if your lips go blue? ok fine its me. right now",
            URGENT,
        ),
        ("what if someone got a stiff neck and a fever? ok its my husband, since lunch", URGENT),
        # Revealed but over, or no time told, or a greeting: the answer.
        (
            "if i vomit once, does that count? its me, it was this morning, fine now",
            ORDINARY,
        ),
        ("asking for a friend, what if your speech went funny. its me", ORDINARY),
        ("hypothetically if his lips went blue what would you do", ORDINARY),
        ("hi its me again", ORDINARY),
    ],
)
def test_a_sign_asked_for_someone_then_revealed_as_ones_own_now_is_urgent(message, kind):
    assert triage(message).kind == kind
