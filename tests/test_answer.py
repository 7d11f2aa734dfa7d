from pathlib import Path

import numpy as np
import pytest

from bot.answer import Contact, _is_quotable, compose_answer
from bot.embedder import FakeEmbedder
from bot.index import build_index
from bot.knowledge import load_knowledge
from bot.retrieval import Hit, Ranking

FIXTURE_KNOWLEDGE = Path(__file__).parent / "fixtures" / "knowledge"
CONTACT = Contact("Lakeside CAR-T Team", "555-0100", "911", "988")


def test_no_answer_when_only_a_lower_ranked_passage_is_close_enough():
    # Found by fuzzing: "0:1" fused to three weak passages ahead of the one close passage.
    index = build_index(load_knowledge(FIXTURE_KNOWLEDGE), FakeEmbedder())
    weak = [Hit(position, 1.0, dense=0.1, lexical=1.0) for position in range(3)]
    ranking = Ranking(np.zeros(256, dtype=np.float32), [*weak, Hit(3, 0.5, dense=0.9, lexical=0)])
    answer = compose_answer(index, ranking, threshold=0.5, contact=CONTACT)
    assert answer.kind == "no_answer"
    assert "Lakeside CAR-T Team, 555-0100" in answer.text
    assert answer.contact == CONTACT


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
