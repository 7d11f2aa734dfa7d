import dataclasses
import json

import numpy as np
import pytest
from fake_guide import FIXTURE_KNOWLEDGE, build_trained_on
from test_answer import CONTACT, ranking_for

from bot import build
from bot.answer import LEAD_SENTENCE_FEATURES, compose_answer, lead_choices
from bot.embedder import FakeEmbedder
from bot.index import build_index
from bot.knowledge import load_knowledge
from bot.sentence_choice import Candidates, SentenceModel, fit, read_questions, train

SECTION = "cytokine-release-syndrome#what-is-cytokine-release-syndrome"


def weighing(**weights: float) -> SentenceModel:
    return SentenceModel(
        LEAD_SENTENCE_FEATURES, tuple(weights.get(f, 0.0) for f in LEAD_SENTENCE_FEATURES)
    )


@pytest.fixture(scope="module")
def index():
    return build_index(load_knowledge(FIXTURE_KNOWLEDGE), FakeEmbedder())


@pytest.mark.parametrize(
    ("lead", "first"),
    [
        # The hand-set lead scores lead with the definition for "what is it"...
        (None, "Cytokine release syndrome (CRS) is body-wide inflammation"),
        (weighing(hand_set=1.0), "Cytokine release syndrome (CRS) is body-wide inflammation"),
        # ...and weights that favour a sentence later in the section lead with that one.
        (weighing(place=1.0), "CRS usually starts in the first three days"),
    ],
)
@pytest.mark.parametrize("asked_alone", [True, False])
def test_the_learned_lead_decides_which_sentence_comes_first(index, lead, first, asked_alone):
    ranking = ranking_for(index, "what is it", [SECTION])
    answer = compose_answer(index, ranking, 0.42, CONTACT, asked_alone=asked_alone, lead=lead)
    assert answer.quotes[0].text.startswith(first)
    # The lead changes only the order: the same sentences are quoted.
    alone = compose_answer(index, ranking, 0.42, CONTACT, asked_alone=asked_alone)
    assert sorted(q.text for q in answer.quotes) == sorted(q.text for q in alone.quotes)


def test_the_build_reads_the_sentences_that_may_lead_and_the_hand_set_one(index):
    found = lead_choices(index, ranking_for(index, "what is it", [SECTION]), 0.42)
    assert found is not None
    rows, texts, hand = found
    assert rows.shape == (2, len(LEAD_SENTENCE_FEATURES))
    assert texts[hand].startswith("Cytokine release syndrome (CRS) is")
    assert lead_choices(index, ranking_for(index, "what is it", [SECTION]), 2.0) is None


def test_the_build_weighs_the_sentences_of_the_section_the_answer_leads_from(index):
    # The lead is learned on the section a first question's answer leads from: the one its
    # ranking puts first, though another is more alike (round 43, first44).
    ids = [p.id for p in index.passages]
    first, alike = "cost-of-car-t#how-much-does-car-t-cost", SECTION
    ranking = ranking_for(index, "what is it", [first, alike], scores=[1.2, 0.6])
    ranking.hits[0] = dataclasses.replace(ranking.hits[0], dense=0.3)
    found = lead_choices(index, ranking, 0.42)
    assert found is not None
    _, texts, _ = found
    assert set(texts) <= set(index.passages[ids.index(first)].sentences)
    answer = compose_answer(index, ranking, 0.42, CONTACT)
    assert answer.quotes[0].passage == first


def test_the_fit_learns_which_feature_marks_the_wanted_sentence():
    rng = np.random.default_rng(0)
    rows, wants = [], []
    for _ in range(200):
        row = rng.normal(size=(4, 3))
        row[:, 1] = 0.0
        target = rng.integers(4)
        row[target, 1] = 1.0  # the second feature marks it; the others are noise
        rows.append(row)
        wants.append(np.arange(4) == target)
    model = SentenceModel(("a", "b", "c"), tuple(fit(rows, wants)))
    assert np.argmax(np.abs(model.weights)) == 1
    assert all(model.choose(r) == int(np.argmax(w)) for r, w in zip(rows, wants, strict=True))


def test_covered_first_questions_are_read_with_their_set(tmp_path):
    asked = tmp_path / "questions-7.jsonl"
    section = {"slug": "crs", "anchor": "how-is-crs-treated"}
    asked.write_text(
        json.dumps({"question": "crs treatment?", "expected": [section], "key_facts": ["x"]})
        + "\n"
        + json.dumps({"question": "the weather?", "expected": []})
        + "\n"
    )
    talked = tmp_path / "conversations.jsonl"
    turn = {"message": "what is crs", "expected": [{"slug": "crs", "anchor": ""}]}
    urgent = {"message": "i can't breathe", "expected": [], "expected_kind": "urgent"}
    talked.write_text(
        json.dumps({"turns": [{**turn, "expected_kind": "answer", "key_facts": []}]})
        + "\n"
        + json.dumps({"turns": [urgent]})
        + "\n"
    )
    found = read_questions([asked, talked])
    assert [(q.set, q.question, sorted(q.expected)) for q in found] == [
        ("7", "crs treatment?", ["crs#how-is-crs-treated"]),
        ("1", "what is crs", ["crs"]),
    ]


def test_a_saved_model_loads_as_it_was(tmp_path):
    model = SentenceModel(LEAD_SENTENCE_FEATURES, tuple(range(len(LEAD_SENTENCE_FEATURES))), "x")
    model.save(tmp_path)
    assert SentenceModel.load(tmp_path) == model
    assert SentenceModel.load(tmp_path / "missing") is None


def test_the_build_prints_each_set_held_out_against_the_hand_set_lead():
    rng = np.random.default_rng(1)
    items = []
    for n in range(60):
        rows = rng.normal(size=(3, 2))
        rows[:, 1] = [0.0, 1.0, 0.0]  # the second sentence states the key fact
        items.append(Candidates(str(n % 3 + 1), rows, np.array([False, True, False]), 0))
    model = train(("a", "b"), items)
    assert model.figures == (
        "  key fact first (of questions with a choice of lead): 0.000 -> 1.000 (mean of 3 sets),"
        " worst set +1.000, sets better/worse 3/0"
    )


def test_the_build_fits_the_lead_from_the_files_named(app, tmp_path):
    section = {"slug": "cytokine-release-syndrome", "anchor": "what-is-cytokine-release-syndrome"}
    asked = [
        ("what is crs", "body-wide inflammation"),
        ("when does crs start", "first three days"),
        ("how soon after the infusion does crs begin", "first three days"),
    ]
    lines = [
        {"question": q, "topic": "t", "expected": [section], "key_facts": [fact]}
        for q, fact in asked
    ]
    built = build_trained_on(app, "LEAD_TRAINING", lines, tmp_path)
    assert "key fact first" in built.lead
    assert "(mean of 2 sets)" in built.lead
    assert SentenceModel.load(built.release) is not None
    assert build.read_sources(app.config).leads == []  # the test app fits none
