import pytest

from bot.answer import _is_quotable


@pytest.mark.parametrize(
    ("sentence", "quotable"),
    [
        ("CRS usually starts in the first three days.", True),
        ("This page explains what CRS is.", False),
        ("To learn more, see the page on ICANS.", False),
        ("The total bill for CAR-T can include:", False),
        ("How is CRS treated?", False),
        ("Call now.", False),
    ],
)
def test_only_sentences_that_answer_are_quoted(sentence, quotable):
    assert _is_quotable(sentence) is quotable
