import pytest

from bot.spanish import in_english, is_spanish, left_as_written


@pytest.mark.parametrize(
    ("message", "english"),
    [
        ("cuánto cuesta", "how much does it cost"),
        (
            "y cuánto tiempo tendría que estar en el hospital",
            "and how long would have to stay in the hospital",
        ),
        ("es peligroso?", "is it dangerous?"),
        ("hay ayuda para pagar", "is there help to pay"),
        # Names shared with English pass as they are; accents may be left out.
        ("tenemos medicaid, lo cubre?", "we have medicaid, does it cover it?"),
        (
            "mi papa tiene miastenia, el car t funciona para eso?",
            "my dad has myasthenia, the car t work for that?",
        ),
        # Everyday words of the treatment and of life around it.
        (
            "¿y cuántos días se tiene que quedar internada?",
            "¿and how many days does she have to stay in the hospital?",
        ),
        ("¿se le va a caer el pelo?", "¿will her hair fall out?"),
        (
            "¿las células car-t se quedan en el cuerpo para siempre?",
            "¿the cells car-t stay in the body forever?",
        ),
        (
            "¿quién paga el car-t si estoy en un ensayo clínico?",
            "¿who pays the car-t if i am in a clinical trial?",
        ),
        ("mi seguro de medicaid paga car t?", "my insurance of medicaid pays car t?"),
        # A mixed message keeps its English.
        (
            "wait and the crs thing the doctor mentioned, qué es eso",
            "wait and the crs thing the doctor mentioned, what is that",
        ),
    ],
)
def test_a_spanish_question_is_read_in_english(message, english):
    assert is_spanish(message)
    assert in_english(message) == english


@pytest.mark.parametrize(
    "message",
    [
        "y is that",
        "is there a trial near me, im in el paso texas",
        "can hay fever meds be taken after car t",
        "my son is a bit scared, can he come with me",
        "ok different question. my wife and i want another baby in a couple of years",
    ],
)
def test_english_is_left_as_it_is(message):
    assert not is_spanish(message)
    assert in_english(message) == message


@pytest.mark.parametrize(
    ("message", "left"),
    [
        # What the reading knows is read in English; the rest is left as written.
        (
            "y el pelo? ella lo tiene largo hasta la cintura y le da miedo perderlo",
            {"largo", "hasta", "cintura", "da", "miedo", "perderlo"},
        ),
        # Names shared with English are left as written too.
        ("tenemos medicaid, lo cubre?", {"medicaid"}),
        ("cuánto cuesta", set()),
        # An English message is left as it is: nothing of it is a Spanish reading's gap.
        ("is there a trial near me, im in el paso texas", set()),
    ],
)
def test_the_words_a_spanish_reading_leaves_as_written(message, left):
    assert left_as_written(message) == left
