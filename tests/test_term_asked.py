"""A later message of a few words asking how long a thing takes, or whether CAR-T can be given
again (issue 19, round 48), what a term stands for or how the cells are made (round 49), read as
the guide asks it; the same words asking something else are left as they are."""

import pytest
from test_conversation import conversation

from bot.conversation import read_in_context
from bot.term_asked import (
    GIVEN_AGAIN,
    HOW_LONG_MAKING,
    HOW_MADE,
    HOW_MADE_FROM_OWN,
    WHY_MAKING_TAKES_LONG,
    asked_as_the_guide,
)


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
    ("message", "asked"),
    [
        ("ICANS stands for what?", "what does icans stand for?"),
        ("and LICATS is short for what?", "what does licats stand for?"),
        ("CAR-T is short for?", "what does car-t stand for?"),
        ("crs stands for?", "what does crs stand for?"),
        ("BCMA an acronym for?", "what does bcma stand for?"),
        # A pronoun names no term; a question that says more is read as it is.
        ("it stands for what", None),
        ("what it stands for matters to me", None),
        ("the team stands for patients first, right?", None),
    ],
)
def test_a_term_asked_what_it_stands_for_is_asked_so(message, asked):
    assert asked_as_the_guide(message) == asked


@pytest.mark.parametrize(
    ("message", "topic", "asked"),
    [
        ("How are they made?", "what is car-t", HOW_MADE),
        ("how is the car t made", "why would i test positive for hiv after car-t", HOW_MADE),
        ("walk me through how the cells get built", "which ones are studied", HOW_MADE),
        ("how do they make the cells", "what is autologous car-t", HOW_MADE),
        ("made how?", "my sister is having car-t for lupus", HOW_MADE),
        ("Cell manufacturing steps?", "what have early studies shown", HOW_MADE),
        ("how's it made", "can car-t help myositis", HOW_MADE),
        # Spanish "¿y cómo fabrican esas células en el laboratorio?", as read in English.
        ("and how make that cells in the laboratorio?", "what is car-t for lupus", HOW_MADE),
        ("how do they make it from my blood", "and car-t itself?", HOW_MADE_FROM_OWN),
        ("how make the cells with the mias?", "why test car-t in ms", HOW_MADE_FROM_OWN),
        # Another thing made, named or the topic: its own section says how.
        ("how is it made?", "what is ivig", None),
        ("how are they made?", "what is mrna car-t", None),
        ("and how do they make them?", "what is in vivo car-t", None),
        ("how are donor cells made", "what is off-the-shelf car-t", None),
        ("how is the vaccine made", "can i get vaccines after car-t", None),
        # Made, but no making of cells.
        ("how does it make you feel", "what is lymphodepleting chemo", None),
        ("how do they make you sick", "what is crs", None),
        ("how are decisions made", "who decides if i get car-t", None),
        ("will it make me throw up", "what is lymphodepleting chemo", None),
    ],
)
def test_how_the_cells_are_made_is_asked_in_the_guides_words(message, topic, asked):
    assert asked_as_the_guide(message, topic) == asked


@pytest.mark.parametrize(
    ("message", "topic", "asked"),
    [
        ("weeks to make them?", "and the kysa-8 study is what exactly", HOW_LONG_MAKING),
        ("whats the wait while they grow them", "and they make them out of my own blood??",
         HOW_LONG_MAKING),
        ("how long to make it", "what is car-t", HOW_LONG_MAKING),
        ("weeks to make cells?", "what is leukapheresis", HOW_LONG_MAKING),
        ("why so many weeks to grow them", "can car-t help sps", WHY_MAKING_TAKES_LONG),
        ("why weeks to make?", "what is autologous car-t", WHY_MAKING_TAKES_LONG),
        ("why does it take weeks to make", "what is car-t", WHY_MAKING_TAKES_LONG),
        # Donor cells are made ahead: their own article says so.
        ("why weeks to make?", "my own cells versus donor?", None),
        # Time to make something else.
        ("how long to make a decision", "what is a clinical trial", None),
        ("weeks to make up my mind?", "how do i join a trial", None),
        ("how long to make the appointment", "what is the eligibility workup", None),
        ("how long will it take to grow back", "will i lose my hair", None),
    ],
)  # fmt: skip
def test_how_long_making_takes_is_asked_in_the_guides_words(message, topic, asked):
    assert asked_as_the_guide(message, topic) == asked


@pytest.mark.parametrize(
    ("opening", "message", "query"),
    [
        ("what is car-t", "Infusion length?", "how long does the infusion take?"),
        ("why would i test positive for hiv after car-t", "how is the car t made", HOW_MADE),
        ("how could car-t help mg", "CAR-T is short for?", "what does car-t stand for?"),
        ("can car-t help lupus", "redo it then?", "can car-t be given again after a relapse?"),
    ],
)
def test_a_later_term_asked_is_read_as_the_guides_question(opening, message, query):
    assert query in read_in_context(message, conversation(opening)).query
    # A first message is read as written.
    assert read_in_context(message, []).query == message
