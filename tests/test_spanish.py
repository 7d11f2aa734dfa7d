import pytest

from bot.spanish import in_english, is_spanish, left_as_written
from bot.spanish_words import verb_forms

# The guide's words, as `Retriever.knows` tells them (the real one stems; these are whole words).
GUIDE_WORDS = frozenset(
    "results patients systemic sclerosis myositis criteria exclusion hospital lupus sale".split()  # noqa: SIM905
)


def knows(word: str) -> bool:
    return word in GUIDE_WORDS


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
            "and how many days does she have to stay in the hospital?",
        ),
        ("¿se le va a caer el pelo?", "will her hair fall out?"),
        (
            "¿las células car-t se quedan en el cuerpo para siempre?",
            "the cells car-t stay in the body forever?",
        ),
        (
            "¿quién paga el car-t si estoy en un ensayo clínico?",
            "who pays the car-t if i am in a clinical trial?",
        ),
        ("mi seguro de medicaid paga car t?", "my insurance of medicaid pays car t?"),
        # Round 47: no opening mark ("¿y el hotel?" continues the topic as "and the hotel?"
        # does), "de" phrases of place and time, and the words of daily care a later turn names.
        ("¿y el hotel?", "and the hotel?"),
        (
            "¿cuánto tiempo tenemos que quedarnos cerca del centro?",
            "how long we have to stay near the center?",
        ),
        (
            "¿y cuánto tiempo pueden estar bajos los conteos?",
            "and how long can stay low the counts?",
        ),
        ("¿me ponen un catéter especial?", "me give a catheter especial?"),
        ("¿las compañías farmacéuticas ayudan a pagar?", "the drug companies help a pay?"),
        ("¿cómo guardo la comida que sobra?", "how store the food what be left over?"),
        ("¿y las vacunas vivas?", "and the live vaccines?"),
        ("¿y eso cuánto vale?", "and that how much does it cost?"),
        ("¿me pueden correr del trabajo por faltar?", "me can fire from work for miss?"),
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
            {"largo", "cintura"},
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


@pytest.mark.parametrize(
    ("message", "english"),
    [
        # Any form of a verb patients ask with reads as the English verb (round 41).
        ("¿y donde nos podemos quedar?", "and where can stay?"),
        ("y cuánto costaría si lo aprueban", "and how much cost if it approve"),
        ("¿lo pagan ellos o tengo que pagarlo yo?", "it pay they or do i have to pay i?"),
        # The family, and the plural or other gender of a listed word.
        ("mi nieta vive conmigo, es peligrosa?", "my granddaughter live with me, is dangerous?"),
        # A word the guide uses in English, from its Spanish cousin.
        (
            "mi hermana tiene esclerosis sistémica, qué resultados ha tenido",
            "my sister has sclerosis systemic, what results have have",
        ),
        ("que significa criterios de exclusion?", "what mean criteria of exclusion?"),
        ("¿y la miositis en los pacientes mayores?", "and the myositis in the patients old?"),
        # ...but not a short one: "caro" is not "car".
        ("un hotel es muy caro", "a hotel is very expensive"),
    ],
)
def test_a_spanish_word_is_read_by_its_family_or_its_english_cousin(message, english):
    assert is_spanish(message, knows)
    assert in_english(message, knows) == english


@pytest.mark.parametrize(
    "message",
    [
        # Told by a letter English does not write, with one more Spanish word.
        "y hay ensayos en méxico?",
        "hay intérpretes en el hospital",
        # ...or by the forms of a verb.
        "y cuanto costaria si lo aprueban",
    ],
)
def test_a_short_spanish_question_is_told_as_spanish(message):
    assert is_spanish(message, knows)


@pytest.mark.parametrize(
    "message",
    [
        "where do parents stay if its far away, we're in el paso",
        "Yá'át'ééh. I'm 29, Navajo, live outside Gallup",
        "is the café at the center open after the sale",
    ],
)
def test_a_name_or_an_accent_alone_does_not_make_english_spanish(message):
    assert not is_spanish(message, knows)
    assert in_english(message, knows) == message


def test_every_form_of_a_listed_verb_reads_as_its_english():
    forms = verb_forms()
    assert {forms[f] for f in ("pago", "pagan", "pagaria", "pagarlo", "pagando")} == {"pay"}
    assert {forms[f] for f in ("puedo", "podemos", "podria", "pudo")} == {"can"}
