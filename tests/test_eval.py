"""The evaluation sets on the real knowledge base, as served: retrieval, answers and declining.

The guide here is the one `make test` serves: the ONNX int8 embedder and the index `make index`
has just built (rebuilt here only when stale). The targets of issue 11 on the held-back split
are key fact >= 0.90, first sentence from a labelled section >= 0.85, covered declined
<= 0.03, off-topic declined >= 0.95, no answer mixing articles. The floors below hold what was
measured, a little under it, so a change that loses ground fails; the targets not yet met are
strict xfails carrying the figures, so meeting one turns the run red until it is asserted.
"""

import pytest

from bot.config import DEFAULTS
from bot.embedder import QueryCache, make_embedder
from bot.engine import guide_settings
from bot.evaluation import HELD_BACK, QUESTION_FILES, SPLITS, TUNING, by_split, load_questions, run
from bot.guide import Guide
from bot.index import IndexMissing, build_index, load_index, stale_files
from bot.knowledge import load_knowledge
from bot.retrieval import MODES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def guide():
    served = make_embedder(
        DEFAULTS["EMBEDDER"], DEFAULTS["ONNX_DIR"], precision=DEFAULTS["ONNX_PRECISION"]
    )
    # Each question is ranked once per mode: embed it once.
    embedder = QueryCache(served, 4096)
    articles = load_knowledge(DEFAULTS["KNOWLEDGE_DIR"])
    try:
        index = load_index(DEFAULTS["INDEX_DIR"])
        if stale_files(index.manifest, articles, embedder.name):
            raise IndexMissing("stale")
    except IndexMissing:
        index = build_index(articles, embedder)
    return Guide(index, embedder, guide_settings(DEFAULTS))


@pytest.fixture(scope="module")
def questions():
    return [q for path in QUESTION_FILES for q in load_questions(path)]


def test_the_sets_are_big_and_labelled_with_real_sections(guide, questions):
    passage_ids = {p.id for p in guide.index.passages}
    answerable = [q for q in questions if q.answerable]
    assert len(answerable) >= 500
    assert sum(not q.answerable for q in questions) >= 50
    assert {q.split for q in questions} == set(SPLITS)
    for question in questions:
        assert question.expected <= passage_ids, question.question
    assert all(q.key_facts for q in answerable)


@pytest.fixture(scope="module")
def scores(guide, questions):
    threshold = DEFAULTS["NO_ANSWER_THRESHOLD"]
    return {mode: by_split(run(guide, questions, mode, threshold)) for mode in MODES}


@pytest.fixture(scope="module")
def held_back(scores, report):
    for split in SPLITS:
        s = scores["hybrid"][split]
        report(
            f"answers ({split}, hybrid, {s.count} questions): key fact {s.key_fact:.1%}, first "
            f"sentence from a labelled section {s.first_sentence:.1%}, covered declined "
            f"{s.covered_declined:.1%}, off-topic declined {s.off_topic_declined:.1%}, "
            f"mixing {s.mixing}; hit@1 {s.hit_at_1:.3f}, hit@3 {s.hit_at_3:.3f}"
        )
    return scores["hybrid"][HELD_BACK]


def test_held_back_answers_hold_the_measured_floors(held_back):
    assert held_back.key_fact >= 0.63
    assert held_back.first_sentence >= 0.69
    assert held_back.mixing == 0


def test_held_back_covered_questions_are_rarely_declined(held_back):
    assert held_back.covered_declined <= 0.03


def test_held_back_off_topic_questions_hold_the_measured_floor(held_back):
    assert held_back.off_topic_declined >= 0.77


@pytest.mark.xfail(strict=True, reason="measured 2026-12-01: held back key fact 0.66 < 0.90")
def test_held_back_answers_state_the_key_fact(held_back):
    assert held_back.key_fact >= 0.90


@pytest.mark.xfail(strict=True, reason="measured 2026-12-01: held back first 0.73 < 0.85")
def test_held_back_answers_lead_from_a_labelled_section(held_back):
    assert held_back.first_sentence >= 0.85


@pytest.mark.xfail(strict=True, reason="measured 2026-12-01: held back off-topic 0.79 < 0.95")
def test_held_back_off_topic_questions_are_declined(held_back):
    assert held_back.off_topic_declined >= 0.95


def test_fusion_beats_either_retriever_alone(scores):
    for split in (TUNING, HELD_BACK):
        assert scores["hybrid"][split].mrr > scores["dense"][split].mrr
        assert scores["hybrid"][split].mrr > scores["lexical"][split].mrr
