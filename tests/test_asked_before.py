import contextlib
import json

import numpy as np
import pytest
import threadpoolctl
from fake_guide import build_trained_on

from bot import asked_before
from bot.conversation_eval import load_flows
from bot.dense_bound import DenseBound
from bot.embedder import FakeEmbedder
from bot.evaluation import load_questions
from bot.guide_loader import EXTENSION
from bot.index import load_index
from bot.retrieval import _slack
from bot.sentence_choice import Labelled

IDS = ("crs#what", "crs#signs", "crs#treated")


def memory_questions() -> list[Labelled]:
    return [
        Labelled("3", "what does crs feel like", frozenset({"crs#signs"}), ()),
        Labelled("4", "what does crs feel like at first", frozenset({"crs#signs", "crs#what"}), ()),
        Labelled("4", "question on a section gone", frozenset({"crs#gone"}), ()),
    ]


def memory() -> asked_before.AskedBefore:
    return asked_before.build(memory_questions(), IDS, FakeEmbedder())


def test_a_question_near_labelled_ones_votes_for_their_sections():
    found = memory()
    assert len(found) == 2  # the question on no section of the index is left out
    votes = found.votes(FakeEmbedder().encode(["what does crs feel like"])[0], len(IDS))
    assert votes[1] > votes[0] > 0 == votes[2]


def test_a_set_left_out_has_no_say():
    found = memory()
    query = FakeEmbedder().encode(["what does crs feel like"])[0]
    with found.leaving_out("3"):
        without = found.votes(query, len(IDS))
    assert without[0] == without[1] > 0  # only set 4's question, shared by its two sections
    assert np.array_equal(found.votes(query, len(IDS)), memory().votes(query, len(IDS)))


def test_the_memory_is_saved_with_the_release(tmp_path):
    found = memory()
    found.save(tmp_path)
    again = asked_before.load(tmp_path)
    assert again.names == found.names
    assert np.array_equal(again.vectors, found.vectors)
    assert np.array_equal(again.positions, found.positions)
    assert np.array_equal(again.uncovered, found.uncovered)
    assert np.array_equal(again.uncovered_groups, found.uncovered_groups)
    assert asked_before.load(tmp_path / "missing") is None


def test_the_nearest_uncovered_question_is_weighed_without_its_own_set():
    uncovered = [("3", "best pizza in town"), ("5", "best pizza in the town")]
    found = asked_before.build(memory_questions(), IDS, FakeEmbedder(), uncovered=uncovered)
    assert len(found) == 2 and found.names == ("3", "4", "5")  # they vote for nothing
    query = FakeEmbedder().encode(["best pizza in town"])[0]
    assert found.nearest_uncovered(query) == pytest.approx(1.0)
    with found.leaving_out("3"):
        assert found.nearest_uncovered(query) < 1.0
    with found.leaving_out("5"):
        assert found.nearest_uncovered(query) == pytest.approx(1.0)
    assert memory().nearest_uncovered(query) == -1.0  # none kept
    # The nearest covered question's similarity rides with the vote, FLOOR when none is nearer.
    votes, nearest = found.votes_and_nearest(query, len(IDS))
    assert np.array_equal(votes, found.votes(query, len(IDS))) and nearest == asked_before.FLOOR
    covered = FakeEmbedder().encode(["what does crs feel like"])[0]
    assert found.votes_and_nearest(covered, len(IDS))[1] == pytest.approx(1.0)


def test_uncovered_first_questions_are_read_from_question_and_conversation_sets(tmp_path):
    lines = [
        {"question": "best pizza in town", "topic": "t", "expected": [], "key_facts": []},
        {"question": "what is crs", "topic": "t", "expected": [{"slug": "crs", "anchor": ""}]},
    ]
    questions = tmp_path / "questions-3.jsonl"
    questions.write_text("".join(json.dumps(line) + "\n" for line in lines))
    turn = {"message": "how do i fix my car", "expected": [], "key_facts": [], "switch": False}
    later = {**turn, "message": "and my bike?"}
    flow = {
        "id": "h1",
        "split": "held_back",
        "turns": [{**turn, "expected_kind": "no_answer"}, {**later, "expected_kind": "no_answer"}],
    }
    flows = tmp_path / "conversations-4.jsonl"
    flows.write_text(json.dumps(flow) + "\n")
    assert asked_before.read_uncovered([questions, flows]) == [
        ("3", "best pizza in town"),
        ("4", "how do i fix my car"),
    ]
    assert asked_before.read_uncovered_later([questions, flows]) == [("4", "and my bike?")]


def test_a_later_message_weighs_the_nearest_covered_and_uncovered_without_its_own_set(tmp_path):
    found = asked_before.build(
        memory_questions(),
        IDS,
        FakeEmbedder(),
        uncovered=[("5", "best pizza in town")],
        uncovered_later=[("3", "and my bike?"), ("5", "and my bike then?")],
    )
    assert found.names == ("3", "4", "5") and found.has_both()
    bike, crs = FakeEmbedder().encode(["and my bike?", "what does crs feel like"])
    assert found.nearest_uncovered_message(bike) == pytest.approx(1.0)
    assert found.nearest_uncovered_message(crs) < 1.0
    with found.leaving_out("3"):
        assert found.nearest_uncovered_message(bike) < 1.0
    assert found.covered_reaches(crs, 0.999) and not found.covered_reaches(bike, 0.999)
    with found.leaving_out("3"):  # set 4's question is near, not the same
        assert not found.covered_reaches(crs, 0.999) and found.covered_reaches(crs, 0.5)
    # Kept with the release; a memory without uncovered messages has none to weigh.
    found.save(tmp_path)
    again = asked_before.load(tmp_path)
    assert np.array_equal(again.uncovered_later, found.uncovered_later)
    assert np.array_equal(again.uncovered_later_groups, found.uncovered_later_groups)
    assert memory().nearest_uncovered_message(bike) == -1.0 and not memory().has_both()


def test_a_question_asked_as_labelled_ones_is_answered_from_their_section(app, tmp_path):
    asked = "is crs serious"
    loader = app.extensions[EXTENSION]
    loader.load()
    before = loader.guide.reply(asked).sources[0].url
    # Labelled, in sets 3 and 4, with another section of the article than the one that answers
    # it alone: asked again, it is answered from that section.
    anchors = ("what-are-the-signs-of-crs", "how-is-crs-treated")
    other = next(a for a in anchors if not before.endswith(f"#{a}"))
    section = {"slug": "cytokine-release-syndrome", "anchor": other}
    lines = [
        {"question": q, "topic": "t", "expected": [section], "key_facts": []}
        for q in (asked, "how serious is crs")
    ]
    built = build_trained_on(app, "ASKED_BEFORE", lines, tmp_path)
    assert built.recalled == 4  # two questions in each of sets 3 and 4
    assert load_index(app.config["INDEX_DIR"]).asked_before is not None
    loader.load()
    assert loader.guide.reply(asked).sources[0].url.endswith(f"#{other}")


def test_an_evaluated_set_is_scored_without_its_own_questions(tmp_path):
    line = {"question": "what does crs feel like", "topic": "t", "expected": [], "key_facts": []}
    path = tmp_path / "questions-3.jsonl"
    path.write_text(json.dumps(line) + "\n")
    (question,) = load_questions(path)
    found = memory()
    query = FakeEmbedder().encode([question.question])[0]
    with asked_before.held_out(found, question.group):
        without = found.votes(query, len(IDS))
    with found.leaving_out("3"):
        assert np.array_equal(without, found.votes(query, len(IDS)))
    assert not np.array_equal(without, found.votes(query, len(IDS)))
    with asked_before.held_out(None, question.group):  # a release without a memory
        pass
    turn = {"message": "and crs?", "expected": [], "key_facts": [], "switch": False}
    turn["expected_kind"] = "no_answer"
    flows = tmp_path / "conversations-5.jsonl"
    flows.write_text(json.dumps({"id": "h1", "split": "held_back", "turns": [turn]}) + "\n")
    assert [f.group for f in load_flows(flows)] == ["5"]


def clustered_memory(rows: int = 600, seed: int = 0) -> asked_before.AskedBefore:
    """Unit vectors in a few clusters, so many rows are near a question from one (0.73 apart);
    rows 4 and 5 are the same vector (a question labelled in two sets), and rows 10-39 too."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((6, 384)).astype(np.float32)
    vectors = centres[rng.integers(6, size=rows)] + 0.6 * rng.standard_normal((rows, 384))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    vectors[5] = vectors[4]
    vectors[10:40] = vectors[10]
    counts = rng.integers(1, 4, size=rows)
    return asked_before.AskedBefore(
        np.ascontiguousarray(vectors),
        np.concatenate(([0], np.cumsum(counts))).astype(np.int32),
        rng.integers(0, 40, size=counts.sum()).astype(np.int32),
        rng.integers(0, 3, size=rows).astype(np.int16),
        ("1", "2", "3"),
    )


def test_the_vote_narrowed_down_by_the_int8_pass_is_the_vote_over_every_row():
    found = clustered_memory()
    bound = DenseBound(found.vectors, memory_rows=len(found))
    rng = np.random.default_rng(1)
    questions = [found.vectors[i] + 0.01 * rng.standard_normal(384) for i in range(0, 600, 7)]
    # Two alike at the top; 30 alike, so the NEIGHBOURS-th nearest ties; no voter at all.
    questions += [found.vectors[4], found.vectors[10], -found.vectors[0]]
    narrowed = voters = 0
    for question in questions:
        question = (question / np.linalg.norm(question)).astype(np.float32)
        estimates, norm, error = bound.estimate(question)
        slack = worst_slack(bound, norm, error)
        for group in (None, "1", "3"):
            with found.leaving_out(group) if group else contextlib.nullcontext():
                every_row = found.votes(question, 40)
                assert np.array_equal(every_row, found.votes(question, 40, (estimates, slack)))
                # ...and so is the nearest one's similarity the decision reads (FLOOR at least).
                nearest = found.votes_and_nearest(question, 40)[1]
                assert nearest == found.votes_and_nearest(question, 40, (estimates, slack))[1]
                bounded = found._voters_bounded(question, estimates, slack)
                narrowed += bounded is not None
                voters += 0 if bounded is None else len(bounded[0])
    estimates, norm, error = bound.estimate(found.vectors[10])
    slack = worst_slack(bound, norm, error)
    assert found._voters_bounded(found.vectors[10], estimates, slack) is None  # the tie
    # Ties aside, the narrowed-down rows decided, with most of NEIGHBOURS voting.
    assert narrowed > len(questions) * 3 * 0.9
    assert voters > narrowed * asked_before.NEIGHBOURS / 2


@pytest.mark.parametrize("rows", [601, 602, 603, 604])
def test_the_nearest_uncovered_narrowed_down_by_the_int8_pass_has_the_bits_of_every_row(rows):
    # Every length of the short last block OpenBLAS multiplies alone, and none.
    found = clustered_memory(rows)
    found.uncovered, found.uncovered_groups = found.vectors, found.groups
    bound = DenseBound(found.vectors, uncovered_rows=rows)
    rng = np.random.default_rng(2)
    questions = [found.vectors[i] + 0.05 * rng.standard_normal(384) for i in range(0, rows, 5)]
    # The last rows (the short block), a tie at the top, and one near nothing.
    questions += [found.vectors[-1], found.vectors[-2], found.vectors[10], -found.vectors[0]]
    # One BLAS thread, as a worker runs (gunicorn.conf.py): more split the product of every row
    # among them, each part with blocks of its own.
    questions = [(q / np.linalg.norm(q)).astype(np.float32) for q in questions]
    with threadpoolctl.threadpool_limits(1, "blas"):
        compared = [pair for question in questions for pair in nearest_both(found, bound, question)]
    assert all(every_row == bounded for every_row, bounded in compared)
    # Every row of one set: left out, none is nearer than -1.
    found.uncovered_groups = np.zeros(rows, dtype=np.int16)
    assert nearest_both(found, bound, questions[0])[1] == (-1.0, -1.0)


@pytest.mark.parametrize("rows", [601, 602, 603, 604])
def test_a_covered_message_reaching_the_bar_is_found_in_chunks_to_the_last_bit(rows, monkeypatch):
    # Many chunks, the last with every length of the short block OpenBLAS multiplies alone.
    monkeypatch.setattr(asked_before, "REACH_CHUNK", 8)
    found = clustered_memory(rows)
    rng = np.random.default_rng(3)
    questions = [found.vectors[i] + 0.05 * rng.standard_normal(384) for i in range(0, rows, 7)]
    # The last row (in the short block), and one near nothing.
    questions += [found.vectors[-1], -found.vectors[0]]
    questions = [(q / np.linalg.norm(q)).astype(np.float32) for q in questions]
    reached = []
    # One BLAS thread, as a worker runs (see the test above).
    with threadpoolctl.threadpool_limits(1, "blas"):
        for question in questions:
            for group in (None, "1", "3", "9"):
                with found.leaving_out(group) if group else contextlib.nullcontext():
                    # The nearest row's similarity in the product of every row, and just above.
                    similarity = found.vectors @ question
                    similarity[found.groups == found._left_out] = -1.0
                    nearest = float(similarity.max())
                    above = float(np.nextafter(similarity.max(), np.float32(2)))
                    at, over = (found.covered_reaches(question, x) for x in (nearest, above))
                    reached.append((at, over))
    assert reached == [(True, False)] * len(questions) * 4
    # Every row of one set left out: none reaches past -1.
    found.groups = np.zeros(rows, dtype=np.int16)
    with found.leaving_out("1"):
        assert found.covered_reaches(questions[0], -1.0)
        assert not found.covered_reaches(questions[0], -0.99)


def worst_slack(bound: DenseBound, norm: float, error: float) -> float:
    """The one slack the retriever hands on: its rows' worst error and norm (retrieval._slack)."""
    return _slack(float(bound.row_errors.max()), float(bound.row_norms.max()), norm, error)


def nearest_both(found, bound, question) -> list[tuple[float, float]]:
    """The nearest uncovered similarity, of every row and narrowed down, with no set left out
    and with sets "1", "3" and "9" (none of its sets) left out."""
    estimates, norm, error = bound.estimate(question)
    slack = worst_slack(bound, norm, error)
    both = []
    for group in (None, "1", "3", "9"):
        with found.leaving_out(group) if group else contextlib.nullcontext():
            every_row = found.nearest_uncovered(question)
            bounded = found.nearest_uncovered(question, (estimates, slack))
            both.append((every_row, bounded))
    return both


def later_turns() -> asked_before.AskedBefore:
    asked = [Labelled("3", "what does crs feel like", frozenset({"crs#signs"}), ())]
    later = [
        asked_before.FollowUp(
            "3", "how is it treated", frozenset({"crs#treated"}), frozenset({"crs"})
        ),
        asked_before.FollowUp(
            "4", "how is it treated", frozenset({"crs#what"}), frozenset({"icans"})
        ),
        asked_before.FollowUp(
            "4", "on a section gone", frozenset({"crs#gone"}), frozenset({"crs"})
        ),
    ]
    return asked_before.build(asked, IDS, FakeEmbedder(), later)


def test_a_follow_up_votes_with_the_later_turns_asked_after_its_topic():
    found = later_turns()
    assert len(found.follow_ups) == 2  # the turn on no section of the index is left out
    message = FakeEmbedder().encode(["how is it treated"])[0]
    votes = found.follow_up_votes(message, frozenset({"crs"}), len(IDS))
    assert votes[2] > 0 == votes[0] == votes[1]  # not the turn asked after icans
    assert not found.follow_up_votes(message, frozenset(), len(IDS)).any()
    with found.leaving_out("3"):
        assert not found.follow_up_votes(message, frozenset({"crs"}), len(IDS)).any()


def test_the_later_turns_are_saved_with_the_release(tmp_path):
    found = later_turns()
    found.save(tmp_path)
    again = asked_before.load(tmp_path).follow_ups
    assert again.after == found.follow_ups.after
    assert np.array_equal(again.vectors, found.follow_ups.vectors)
    assert np.array_equal(again.positions, found.follow_ups.positions)


def test_later_turns_are_read_after_a_labelled_turn(tmp_path):
    path = tmp_path / "conversations-7.jsonl"
    turn = {"message": "", "expected": [], "key_facts": [], "switch": False}
    flow = {
        "id": "f1",
        "split": "held_back",
        "turns": [
            {**turn, "message": "what is crs", "expected_kind": "answer",
             "expected": [{"slug": "crs", "anchor": "what"}]},
            {**turn, "message": "and the weather", "expected_kind": "no_answer"},
            {**turn, "message": "how is it treated", "expected_kind": "answer",
             "expected": [{"slug": "crs", "anchor": "treated"}]},
        ],
    }  # fmt: skip
    path.write_text(json.dumps(flow) + "\n" + json.dumps({"question": "q"}) + "\n")
    (found,) = asked_before.read_follow_ups([path])
    assert found == asked_before.FollowUp(
        "7", "how is it treated", frozenset({"crs#treated"}), frozenset({"crs"})
    )
