"""The evaluation set: retrieval quality and declining on the real knowledge base."""

import pytest

from bot.config import DEFAULTS, PROJECT_ROOT
from bot.embedder import SentenceTransformerEmbedder
from bot.engine import guide_settings
from bot.evaluation import load_questions, run, score
from bot.guide import Guide
from bot.index import IndexMissing, build_index, load_index, stale_files
from bot.knowledge import load_knowledge
from bot.retrieval import MODES

QUESTIONS = PROJECT_ROOT / "eval" / "questions.jsonl"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def guide():
    embedder = SentenceTransformerEmbedder()
    articles = load_knowledge(DEFAULTS["KNOWLEDGE_DIR"])
    try:
        # `make test` has just built the index; build one here only when it is not current.
        index = load_index(DEFAULTS["INDEX_DIR"])
        if stale_files(index.manifest, articles, embedder.name):
            raise IndexMissing("stale")
    except IndexMissing:
        index = build_index(articles, embedder)
    return Guide(index, embedder, guide_settings(DEFAULTS))


def test_the_set_is_big_and_labelled_with_real_sections(guide):
    questions = load_questions(QUESTIONS)
    passage_ids = {p.id for p in guide.index.passages}
    assert sum(q.answerable for q in questions) >= 150
    assert sum(not q.answerable for q in questions) >= 20
    for question in questions:
        assert question.expected <= passage_ids, question.question


@pytest.fixture(scope="module")
def scores(guide):
    questions = load_questions(QUESTIONS)
    threshold = DEFAULTS["NO_ANSWER_THRESHOLD"]
    return {mode: score(run(guide, questions, mode, threshold)) for mode in MODES}


def test_hybrid_retrieval_finds_the_answer_and_declines_the_rest(scores):
    assert scores["hybrid"].hit_at_3 >= 0.90
    assert scores["hybrid"].off_topic_declined >= 0.90


def test_fusion_beats_either_retriever_alone(scores):
    assert scores["hybrid"].mrr > scores["dense"].mrr
    assert scores["hybrid"].mrr > scores["lexical"].mrr
