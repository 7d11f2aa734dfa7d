import pytest

from bot.evaluation import EvalQuestion, Outcome, calibrate_threshold, load_questions, score

ANSWERABLE = EvalQuestion("how is crs treated", "risks", frozenset({"crs#treatment"}))
UNCOVERED = EvalQuestion("write me a poem", "uncovered", frozenset())


def outcome(question, confidence, rank=1, screened=False, threshold=0.5):
    return Outcome(question, rank, confidence, screened or confidence < threshold, screened)


def test_scores_count_hits_and_declines():
    outcomes = [
        outcome(ANSWERABLE, 0.8, rank=1),
        outcome(ANSWERABLE, 0.7, rank=3),
        outcome(ANSWERABLE, 0.6, rank=None),
        outcome(ANSWERABLE, 0.4, rank=2),
        outcome(UNCOVERED, 0.3, rank=None),
        outcome(UNCOVERED, 0.6, rank=None),
    ]
    scores = score(outcomes)
    assert scores.hit_at_1 == 0.25
    assert scores.hit_at_3 == 0.75
    assert round(scores.mrr, 4) == round((1 + 1 / 3 + 1 / 2) / 4, 4)
    assert scores.answered == 0.75
    assert scores.declined == 0.5


def test_calibration_separates_answerable_from_uncovered_and_ignores_screened():
    outcomes = [
        *(outcome(ANSWERABLE, c) for c in (0.55, 0.6, 0.7, 0.8)),
        *(outcome(UNCOVERED, c) for c in (0.2, 0.3, 0.4)),
        outcome(UNCOVERED, 0.9, screened=True),
    ]
    threshold = calibrate_threshold(outcomes)
    assert 0.4 < threshold < 0.55


def test_a_malformed_question_line_is_named(tmp_path):
    path = tmp_path / "questions.jsonl"
    path.write_text('{"question": "ok", "topic": "x", "expected": []}\n{"question": "no topic"}\n')
    with pytest.raises(ValueError, match=r"^questions\.jsonl:2: not a labelled question"):
        load_questions(path)
