"""Scoring conversations turn by turn, on the fixture knowledge base."""

import json
import re

import pytest

from bot.conversation_eval import by_position, load_flows, run
from bot.guide_loader import get_loader

FLOW = {
    "id": "f1",
    "split": "tuning",
    "turns": [
        {
            "message": "What is CRS?",
            "expected": [{"slug": "cytokine-release-syndrome", "anchor": ""}],
            "key_facts": ["body-wide inflammation"],
            "switch": False,
            "expected_kind": "answer",
        },
        {
            "message": "how is it treated?",
            "expected": [{"slug": "cytokine-release-syndrome", "anchor": "how-is-crs-treated"}],
            "key_facts": ["blocks the signal"],
            "switch": False,
            "expected_kind": "answer",
        },
        {
            "message": "How much does CAR-T cost?",
            "expected": [{"slug": "cost-of-car-t", "anchor": "how-much-does-car-t-cost"}],
            "key_facts": ["no such phrase anywhere"],
            "switch": True,
            "expected_kind": "answer",
        },
    ],
}


def write_flows(path, *flows) -> str:
    path.write_text("".join(json.dumps(f) + "\n" for f in flows))
    return str(path)


def test_turns_are_scored_by_position(app, tmp_path):
    flows = load_flows(write_flows(tmp_path / "flows.jsonl", FLOW))
    with app.app_context():
        outcomes = run(get_loader().ready_guide(), flows)
    scores = by_position(outcomes)
    assert outcomes[1].cited & flows[0].turns[1].expected
    assert (scores["second"].key_fact, scores["second"].declined_covered) == (1.0, 0.0)
    assert scores["third+"].key_fact == 0.0  # the switch's key fact is not in the fixture
    assert (scores["third+"].switches, scores["third+"].carried) == (1, 0.0)
    assert scores["follow-ups"].turns == 2


def test_kb_eval_prints_the_conversation_table(runner, tmp_path):
    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        json.dumps(
            {
                "question": "how is crs treated",
                "topic": "risks",
                "expected": [{"slug": "cytokine-release-syndrome", "anchor": "how-is-crs-treated"}],
            }
        )
        + "\n"
        + json.dumps({"question": "weather in paris", "topic": "uncovered", "expected": []})
        + "\n"
    )
    flows = write_flows(tmp_path / "flows.jsonl", FLOW, {**FLOW, "split": "held_back"})
    fresh = write_flows(tmp_path / "flows-2.jsonl", FLOW, FLOW)
    sets = ["--conversations", flows, "--conversations", fresh]
    result = runner.invoke(args=["kb", "eval", "--questions", str(questions), *sets])
    assert result.exit_code == 0, result.output
    first, second = result.output.split("Conversations, by turn position")[1:]
    assert first.startswith(" (flows.jsonl)") and second.startswith(" (flows-2.jsonl)")
    assert "tuning (1 flows)" in first and "held_back (1 flows)" in first
    assert "tuning (2 flows)" in second
    assert "second" in first and "third+" in first


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"split": "test"}, "split must be one of"),
        ({"turns": []}, "split must be one of"),
        ({"turns": [{**FLOW["turns"][0], "expected_kind": "maybe"}]}, "expected_kind must be"),
        ({"turns": [{"message": "hi"}]}, "'expected_kind'"),
    ],
)
def test_a_malformed_flow_is_named_by_file_and_line(tmp_path, change, problem):
    path = write_flows(tmp_path / "flows.jsonl", FLOW, {**FLOW, **change})
    # The path as given, so a maintainer finds the file among the sets.
    where = re.escape(str(path))
    with pytest.raises(ValueError, match=rf"^{where}:2: not a labelled flow .*{problem}"):
        load_flows(path)
