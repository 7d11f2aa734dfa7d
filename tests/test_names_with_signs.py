import pytest

from bot.names_with_signs import without_names
from bot.triage import CRISIS, ORDINARY, URGENT, triage, with_learned


@pytest.mark.parametrize(
    "message",
    [
        "our cat is called Fever",
        "we went to see the Blue Lips tribute band last night",
        "lunch at the Seizure Salad cafe was lovely",
        "my boat is called Blood Moon",
        "there's a pub called the Black Stool near us",
        "reading a novel titled 'The Bleeding Sky', any good?",
    ],
)
def test_a_sign_word_in_a_things_name_is_not_urgent_for_either_layer(message):
    # The learned layer says urgent too: the name alone must keep the reply ordinary.
    assert with_learned(triage(message), True, False).kind == ORDINARY


@pytest.mark.parametrize(
    "message", ["my band is called Dead Lungs lol", "our boat is named Final Goodbye"]
)
def test_a_crisis_word_only_in_a_things_name_gets_no_crisis_line(message):
    assert with_learned(triage(message), False, True).kind == ORDINARY


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        # A name and a sign of one's own: the sign still counts.
        ("our cat is called Fever and i have a temp of 39.1", URGENT),
        (
            "the Blue Lips tribute band was great but now my lips are blue and i cant breathe",
            URGENT,
        ),
        # Calling someone by a wrong name is confusion, not a name of a thing.
        ("he called me by my sister's name and doesnt know what day it is", URGENT),
        ("she called the spoon 'the stirry one' and couldnt find the word", URGENT),
        ("cant remember what this hotel is called and im scared", URGENT),
        ("my husband called the clinic, he has a fever of 39", URGENT),
        ("we named the dog Lucky, i want to kill myself tonight", CRISIS),
    ],
)
def test_a_sign_outside_the_name_still_counts(message, kind):
    assert with_learned(triage(message), False, False).kind == kind


def test_only_the_name_is_replaced():
    assert without_names("our cat is called Fever and she sleeps a lot") == (
        "our cat is called that name and she sleeps a lot",
        ("Fever",),
    )
    assert without_names("he called me by my sister's name") == (
        "he called me by my sister's name",
        (),
    )
