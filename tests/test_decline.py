"""The learned decision to answer a first question or decline it (bot/decline.py)."""

import dataclasses
import json

import numpy as np
import pytest
from fake_guide import build_trained_on

from bot import build, decline
from bot.conversation import Turn
from bot.decline import choose_cut, fit, read_labelled_questions, recalled
from bot.decline_model import DECLINE_MAX_COVERED, SIGNALS, DeclineModel, load_decline
from bot.guide_loader import EXTENSION

# A model that gives every question the same probability of being covered, one half.
_FLAT = DeclineModel((0.0,) * len(SIGNALS), (1.0,) * len(SIGNALS), (0.0,) * len(SIGNALS), 0.0, 0.5)


def _questions(*pairs):
    return "\n".join(json.dumps(p) for p in pairs)


def test_a_model_is_read_back_as_saved_and_not_over_other_signals(tmp_path):
    model = DeclineModel(
        tuple(range(len(SIGNALS))), (2.0,) * len(SIGNALS), (0.5,) * len(SIGNALS), -1.0, 0.3, "x"
    )
    model.save(tmp_path)
    assert load_decline(tmp_path) == model
    saved = json.loads((tmp_path / "decline.json").read_text())
    (tmp_path / "decline.json").write_text(json.dumps({**saved, "signals": ["confidence"]}))
    assert load_decline(tmp_path) is None
    assert load_decline(tmp_path / "missing") is None


def test_fitting_is_deterministic_and_the_cut_keeps_covered_questions():
    rng = np.random.default_rng(0)
    covered = np.array([True] * 60 + [False] * 40)
    features = rng.normal(size=(100, len(SIGNALS)))
    # Confidence tells them apart (1.75, not 1.5, since a 23rd column of noise in round 37:
    # with it this draw declined 0.775 of uncovered at 1.5).
    features[:, 0] += np.where(covered, 1.75, -1.75)
    first, second = fit(features, covered), fit(features, covered)
    assert first == second
    answered = np.array([first.answers(row) for row in features])
    assert (~answered[covered]).mean() <= DECLINE_MAX_COVERED  # covered declined, at most it
    assert (~answered[~covered]).mean() > 0.8


def test_the_cut_declines_the_most_uncovered_with_few_covered_declined():
    probability = np.array([0.9] * 20 + [0.35] + [0.3, 0.2, 0.1])
    covered = np.array([True] * 21 + [False] * 3)
    cut = choose_cut(probability, covered)
    # All three uncovered declined; declining the covered one at 0.35 too would be 1 in 21.
    assert 0.3 < cut < 0.35


def test_first_questions_are_read_from_question_and_conversation_sets(tmp_path):
    questions = tmp_path / "questions-7.jsonl"
    questions.write_text(
        _questions(
            {"question": "what is crs", "topic": "t", "expected": [{"slug": "a", "anchor": ""}]},
            {"question": "who won the game", "topic": "t", "expected": []},
        )
    )
    turn = {"expected": [], "switch": False}
    conversations = tmp_path / "conversations.jsonl"
    conversations.write_text(
        _questions(
            {"turns": [{**turn, "message": "chest pain now", "expected_kind": "urgent"}]},
            {"turns": [{**turn, "message": "tattoo after?", "expected_kind": "no_answer"}]},
        )
    )
    assert read_labelled_questions([questions, conversations]) == [
        ("set 7", "what is crs", True),
        ("set 7", "who won the game", False),
        ("set 1", "tattoo after?", False),
    ]
    (tmp_path / "broken.jsonl").write_text('{"question": "no labels"}')
    with pytest.raises(ValueError, match=r"broken\.jsonl:1"):
        read_labelled_questions([tmp_path / "broken.jsonl"])


@pytest.mark.parametrize(("cut", "kind"), [(0.4, "answer"), (0.6, "no_answer")])
def test_a_first_question_is_answered_or_declined_as_the_model_decides(app, ask, cut, kind):
    guide = app.extensions[EXTENSION].ready_guide()
    guide.decline = DeclineModel(_FLAT.mean, _FLAT.scale, _FLAT.weights, 0.0, cut)
    # Covered, and answered by the threshold: the model alone declines it at 0.6.
    assert ask("What is cytokine release syndrome?")["kind"] == kind


def test_a_model_answering_below_the_threshold_quotes_the_best_section(app, ask):
    guide = app.extensions[EXTENSION].ready_guide()
    guide.decline = DeclineModel(_FLAT.mean, _FLAT.scale, _FLAT.weights, 0.0, 0.4)
    guide.settings = type(guide.settings)(2.0, guide.settings.contact)  # above any confidence
    reply = ask("How is CRS treated?")
    assert reply["kind"] == "answer"
    assert reply["sources"][0]["url"].startswith("/knowledge/cytokine-release-syndrome#")


def test_a_follow_up_is_left_to_the_threshold(app, ask):
    guide = app.extensions[EXTENSION].ready_guide()
    guide.decline = DeclineModel(_FLAT.mean, _FLAT.scale, _FLAT.weights, 0.0, 0.6)
    history = [
        {"role": "user", "content": "What is cytokine release syndrome?"},
        {"role": "assistant", "content": "CRS is an immune reaction."},
    ]
    assert ask("How is CRS treated?", history)["kind"] == "answer"


@pytest.mark.parametrize(
    ("message", "history", "first"),
    [
        ("How is CRS treated?", [], True),
        ("how long does it last?", [Turn("user", "What is cytokine release syndrome?")], False),
    ],
)
def test_the_step_tells_what_it_read_and_the_reply_is_the_same(app, message, history, first):
    guide = app.extensions[EXTENSION].ready_guide()
    seen = []
    reply = guide.reply(message, history, seen=seen)
    assert reply == guide.reply(message, history)
    (step,) = seen
    assert step.first is first and not step.trials
    # What the build trains on is what the model reads when it serves.
    assert len(step.signals) == (len(SIGNALS) if first else 0)


@pytest.mark.parametrize(
    ("message", "kind"), [("I have a fever of 39 and chills", "urgent"), ("trials for lupus", None)]
)
def test_triage_and_the_trial_search_answer_without_the_step(app, message, kind):
    guide = app.extensions[EXTENSION].ready_guide()
    seen = []
    reply = guide.reply(message, seen=seen)
    assert kind is None or reply.kind == kind
    assert [s for s in seen if not s.trials] == []


def test_the_build_trains_the_decision_from_the_files_named(app, tmp_path):
    anchor = {"slug": "cytokine-release-syndrome", "anchor": ""}
    lines = [
        *[{"question": q, "topic": "t", "expected": [anchor]} for q in _COVERED],
        *[{"question": q, "topic": "t", "expected": []} for q in _UNCOVERED],
    ]
    built = build_trained_on(app, "DECLINE_TRAINING", lines, tmp_path)
    assert "set 3: today covered declined 0/3" in built.decline
    assert "mean and worst set" in built.decline
    assert load_decline(built.release) is not None
    assert build.read_sources(app.config).declines == []  # the test app trains none


_COVERED = ["What is cytokine release syndrome?", "How is CRS treated?", "what does crs feel like"]
_UNCOVERED = ["Who won the football game yesterday?", "best pizza in town", "how do i fix my car"]


def test_the_memory_agreeing_with_the_ranking_is_read(app):
    guide = app.extensions[EXTENSION].ready_guide()
    ranking = guide.retriever.rank("How is CRS treated?")
    best = ranking.hits[0].position
    slug = guide.index.passages[best].slug
    elsewhere = next(i for i, p in enumerate(guide.index.passages) if p.slug != slug)
    votes = np.zeros(len(guide.index.passages), dtype=np.float32)
    votes[best], votes[elsewhere] = 0.3, 0.1
    agreeing = recalled(guide.retriever, dataclasses.replace(ranking, votes=votes))
    # The test index has no memory of uncovered questions to weigh: 0.0 for the last.
    assert agreeing == pytest.approx((0.3, 1.0, 0.75, 0.4, 0.0))
    votes[elsewhere] = 0.5
    (lead, agrees, share, total, _) = recalled(
        guide.retriever, dataclasses.replace(ranking, votes=votes)
    )
    assert (lead, agrees, share, total) == pytest.approx((0.3, 0.0, 0.375, 0.8))
    # No memory, or none near enough to vote: nothing to agree with.
    assert recalled(guide.retriever, dataclasses.replace(ranking, votes=None)) == (0.0,) * 5
    silent = dataclasses.replace(ranking, votes=np.zeros_like(votes))
    assert recalled(guide.retriever, silent) == (0.0,) * 5
    empty = dataclasses.replace(ranking, hits=[], votes=votes)
    assert recalled(guide.retriever, empty) == (0.0,) * 5


def test_the_decision_is_trained_against_the_memory_without_each_sets_own(
    app, tmp_path, monkeypatch
):
    anchor = {"slug": "cytokine-release-syndrome", "anchor": ""}
    lines = [
        *[{"question": q, "topic": "t", "expected": [anchor], "key_facts": []} for q in _COVERED],
        *[{"question": q, "topic": "t", "expected": [], "key_facts": []} for q in _UNCOVERED],
    ]
    left_out = []
    held_out = decline.memory_held_out

    def recording(memory, group):
        left_out.append((memory is not None, group))
        return held_out(memory, group)

    monkeypatch.setattr(decline, "memory_held_out", recording)
    named = []
    for n in (3, 4):
        path = tmp_path / f"questions-{n}.jsonl"
        path.write_text("".join(json.dumps(line) + "\n" for line in lines))
        named.append(str(path))
    files = " ".join(named)
    config = {**app.config, "DECLINE_TRAINING": files, "ASKED_BEFORE": files}
    embedder = app.extensions[EXTENSION].ready_embedder()
    built = build.build(config, build.read_sources(config), embedder)
    # Every question asked with the memory present and its own set left out of it.
    assert sorted(set(left_out)) == [(True, "3"), (True, "4")]
    assert len(left_out) == 2 * len(lines)
    assert load_decline(built.release) is not None
