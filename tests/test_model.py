"""Retrieval with the real embedding model on the small fixture knowledge base."""

import pytest
from fake_guide import FIXTURE_KNOWLEDGE

from bot.guide import Guide
from bot.index import build_index
from bot.knowledge import load_knowledge
from bot.reply_kind import ReplyKind
from bot.retrieval import Retriever

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def embedder(reference_embedder):
    return reference_embedder


@pytest.fixture(scope="module")
def index(embedder):
    return build_index(load_knowledge(FIXTURE_KNOWLEDGE), embedder)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "What is cytokine release syndrome?",
            "cytokine-release-syndrome#what-is-cytokine-release-syndrome",
        ),
        ("can i drive after car t", "staying-near-the-center-and-driving#can-i-drive-after-car-t"),
        ("how do doctors treat crs", "cytokine-release-syndrome#how-is-crs-treated"),
        ("how much is car-t", "cost-of-car-t#how-much-does-car-t-cost"),
        ("does the trial pay for hotels", "cost-of-car-t#who-pays-for-car-t-in-a-clinical-trial"),
        ("first signs of crs?", "cytokine-release-syndrome#what-are-the-signs-of-crs"),
    ],
)
@pytest.mark.parametrize("mode", ["hybrid", "dense"])
def test_expected_passage_ranks_first(index, embedder, question, passage, mode):
    hits = Retriever(index, embedder).rank(question, k=3, mode=mode).hits
    assert index.passages[hits[0].position].id == passage


def test_real_model_vectors_are_normalized(embedder):
    vectors = embedder.encode(["fever after car-t", "cost of treatment"])
    assert vectors.shape == (2, 384)
    assert abs(float((vectors[0] ** 2).sum()) - 1.0) < 1e-4


def test_unrelated_question_is_declined_with_the_default_threshold(index, embedder):
    from bot.config import DEFAULTS
    from bot.guide_loader import guide_settings

    guide = Guide(index, embedder, guide_settings(DEFAULTS))
    assert guide.reply("what's a good recipe for banana bread").kind == ReplyKind.NO_ANSWER
    assert guide.reply("What is cytokine release syndrome?").kind == ReplyKind.ANSWER
