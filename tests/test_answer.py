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


def test_a_confident_passage_ranked_fourth_still_answers():
    # Seen with the real model and by fuzzing ("what is crs 0", "0:1"): three weak passages
    # fused above the one whose dense similarity passed the threshold gave a 500.
    index = build_index(load_knowledge(FIXTURE_KNOWLEDGE), FakeEmbedder())
    ids = [p.id for p in index.passages]
    target = ids.index("cytokine-release-syndrome#what-is-cytokine-release-syndrome")
    weak = [i for i in range(len(ids)) if i != target][:3]
    hits = [Hit(i, 1.0 - rank / 10, dense=0.1, lexical=1.0) for rank, i in enumerate(weak)]
    hits.append(Hit(target, 0.5, dense=0.6, lexical=0.0))
    query = index.sentence_vectors[index.sentence_rows(target)[0]]
    answer = compose_answer(index, Ranking(query, hits), threshold=0.42, contact=CONTACT)
    assert answer.kind == "answer"
    assert [s.url for s in answer.sources] == [index.passages[target].url]


def test_no_answer_names_the_care_team():
    index = build_index(load_knowledge(FIXTURE_KNOWLEDGE), FakeEmbedder())
    weak = [Hit(position, 1.0, dense=0.1, lexical=1.0) for position in range(3)]
    answer = compose_answer(index, Ranking(np.zeros(256, dtype=np.float32), weak), 0.5, CONTACT)
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
