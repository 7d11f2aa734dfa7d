"""bench.turns: each replayed turn is timed under its position, the replies untouched."""

import json

from bench.stages import StageClock
from bench.turns import TimedGuide, measure, per_turn
from bot.conversation_eval import load_flows, run

MESSAGES = ["What is cytokine release syndrome?", "how is it treated", "does it last long"]


def test_first_and_later_turns_are_timed_apart(app, tmp_path):
    turns = [
        {"message": m, "expected": [], "key_facts": [], "switch": False, "expected_kind": "answer"}
        for m in MESSAGES
    ]
    path = tmp_path / "conversations-9.jsonl"
    path.write_text(json.dumps({"id": "c1", "split": "tuning", "turns": turns}) + "\n")

    figures = measure(app, [path], rounds=2, clock=StageClock())

    assert figures["first"]["turns"] == 1 and figures["later"]["turns"] == 2
    assert figures["later"]["total"] > 0 and figures["later"]["glue"] > 0
    # Timed, the guide gives the replies it gives untimed.
    with app.test_request_context():
        guide = app.extensions["cartbot"].ready_guide()
        flows = load_flows(path)
        plain = [o.reply.text for o in run(guide, flows)]
        timed = [o.reply.text for o in run(TimedGuide(guide, StageClock()), flows)]
    assert timed == plain


def test_each_stage_is_the_median_of_the_passes_mean_a_turn():
    passes = [
        {"first": [{"model": 1e-3}], "later": [{"model": 2e-3}, {"model": 4e-3, "vote": 2e-3}]},
        {"first": [{"model": 3e-3}], "later": [{"model": 2e-3}, {"model": 2e-3}]},
        {"first": [{"model": 2e-3}], "later": [{"model": 4e-3}, {"model": 4e-3}]},
    ]
    figures = per_turn(passes)
    assert figures["first"] == {"model": 2000.0, "total": 2000.0, "turns": 1}
    # later: model means 3,000 / 2,000 / 4,000 us; the vote 1,000 / 0 / 0; totals 4,000 /
    # 2,000 / 4,000
    assert figures["later"] == {"model": 3000.0, "vote": 0.0, "total": 4000.0, "turns": 2}
