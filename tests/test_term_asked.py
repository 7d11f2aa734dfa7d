"""A later message of a few words asking how long a thing takes, or whether CAR-T can be given
again, read as the guide asks it (issue 19, round 48); the same words asking something else are
left as they are."""

import pytest
from test_conversation import conversation

from bot.conversation import read_in_context
from bot.term_asked import GIVEN_AGAIN, asked_as_the_guide


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("Infusion length?", "how long does the infusion take?"),
        ("length of each infusion?", "how long does the infusion take?"),
        ("collection duration?", "how long does the collection take?"),
        ("collection takes how long", "how long does the collection take?"),
        ("and the chemo, how long?", "how long does the chemo take?"),
        ("the drip itself, hours?", "how long does the drip itself take?"),
        ("nausea lasts how long?", "how long does the nausea last?"),
        ("manufacturing duration", "how long does the manufacturing take?"),
        # What names no thing is asked of the topic as before.
        ("how long?", None),
        ("stay there how long", None),
        ("away how long?", None),
        ("how long does it last", None),
        ("is it a long day", None),
    ],
)
def test_a_measure_asked_of_a_term_is_how_long_it_takes(message, asked):
    assert asked_as_the_guide(message) == asked


@pytest.mark.parametrize(
    "message",
    [
        "can they redo it?",
        "redo it then?",
        "could they do it again",
        "can they just do it again",
        "would they give me a second round then",
        "a second dose possible?",
        "one time or repeats?",
        "and if it wears off, again?",
        "can it be repeated?",
        "retreatment possible?",
    ],
)
def test_car_t_given_again_is_asked_in_the_guides_words(message):
    assert asked_as_the_guide(message, "can car-t help lupus") == (
        f"{message.rstrip(' ?.!')}, {GIVEN_AGAIN}"
    )


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        # Something that happens again, or is redone for its own reasons, is no second CAR-T.
        ("will it happen again", "what is crs"),
        ("can i get it again", "what is icans"),
        ("when do i redo my childhood vaccines", "do i need vaccines after car-t"),
        ("a second dose of the flu shot?", "can i get a flu shot"),
        ("do they repeat the ice test?", "what is the ice test"),
        ("can they redo it?", "which tests are done before car-t"),
        ("twice a week?", "how often are blood tests"),
        # mRNA CAR-T is given as a series: its own section answers.
        ("can it be repeated?", "what is mrna car-t"),
        ("can they do it again", "what is descartes-08"),
        # A long message tells more than a term asked.
        ("my sister had car-t and it came back so they want to redo it, what do we do", ""),
    ],
)
def test_other_things_again_are_not_car_t_given_again(message, topic):
    assert asked_as_the_guide(message, topic) is None


@pytest.mark.parametrize(
    ("opening", "message", "query"),
    [
        ("what is car-t", "Infusion length?", "how long does the infusion take?"),
        ("can car-t help lupus", "redo it then?", "can car-t be given again after a relapse?"),
    ],
)
def test_a_later_term_asked_is_read_as_the_guides_question(opening, message, query):
    assert query in read_in_context(message, conversation(opening)).query
    # A first message is read as written.
    assert read_in_context(message, []).query == message
