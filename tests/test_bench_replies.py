"""bench.replies: the check that a speed change alters no reply must see a changed one."""

import json

import pytest

from bench.replies import differences, replies, report
from bench.triage_check import decisions, messages

QUESTIONS = [
    {"question": "Can I drive after CAR-T?", "split": "tuning"},
    {"question": "How is CRS treated?", "split": "held_back"},
]
# A triage set's messages: help now for the first, whatever the guide knows; an answer for the
# second.
TRIAGE = [
    {
        "message": "I had CAR-T last week and now I have a fever of 39 and chills",
        "expected": "urgent",
    },
    {"message": "How is CRS treated?", "expected": "none"},
]
FLOW = {"messages": ["What is cytokine release syndrome?", "how is it treated"], "split": "tuning"}


@pytest.fixture
def eval_dir(tmp_path):
    """One questions file, one conversations file and one triage set, as eval/ has them."""
    folder = tmp_path / "eval"
    folder.mkdir()
    (folder / "questions.jsonl").write_text(
        "".join(
            json.dumps({**q, "topic": "t", "expected": [{"slug": "s", "anchor": ""}]}) + "\n"
            for q in QUESTIONS
        )
    )
    turns = [
        {"message": m, "expected": [], "key_facts": [], "switch": False, "expected_kind": "answer"}
        for m in FLOW["messages"]
    ]
    (folder / "conversations.jsonl").write_text(
        json.dumps({"id": "c1", "split": FLOW["split"], "turns": turns}) + "\n"
    )
    (folder / "triage" / "v2").mkdir(parents=True)
    (folder / "triage" / "v2" / "held_back.jsonl").write_text(
        "".join(json.dumps(example) + "\n" for example in TRIAGE)
    )
    return folder


def test_every_reply_is_kept_once_without_its_random_id(app, eval_dir):
    first, again = replies(app, eval_dir), replies(app, eval_dir)

    assert first == again  # the reply id is random: kept, it would differ every run
    assert sorted(first) == [
        "conversations.jsonl tuning 0.0",
        "conversations.jsonl tuning 0.1",
        "questions.jsonl held_back 1",
        "questions.jsonl tuning 0",
        "triage/v2/held_back.jsonl 0",
        "triage/v2/held_back.jsonl 1",
    ]
    bodies = [json.loads(text) for key, text in first.items() if not key.startswith("triage/")]
    assert all("id" not in body for body in bodies)
    assert [body["kind"] for body in bodies].count("answer") == 4
    # A triage message is kept with its decision, which the check must see change too.
    urgent, calm = first["triage/v2/held_back.jsonl 0"], first["triage/v2/held_back.jsonl 1"]
    assert urgent.startswith("Triage(kind='urgent'") and '"kind": "urgent"' in urgent
    assert calm.startswith("Triage(kind='ordinary'") and '"kind": "answer"' in calm


def test_a_changed_reply_is_counted_by_file_and_split_without_its_text(app, make_app, eval_dir):
    before = replies(app, eval_dir)
    declining = replies(make_app(NO_ANSWER_THRESHOLD=2.0), eval_dir)  # nothing is sure enough

    assert differences(before, before) == {
        "conversations.jsonl tuning": (2, 0),
        "questions.jsonl held_back": (1, 0),
        "questions.jsonl tuning": (1, 0),
        "triage/v2/held_back.jsonl": (2, 0),
    }
    groups = differences(before, declining)
    assert groups == {
        "conversations.jsonl tuning": (2, 2),
        "questions.jsonl held_back": (1, 1),
        "questions.jsonl tuning": (1, 1),
        "triage/v2/held_back.jsonl": (2, 1),  # help now is given whatever the guide knows
    }
    lines = report(groups)
    assert lines[-1] == "6 replies: 5 differ"
    messages = [q["question"] for q in QUESTIONS] + [e["message"] for e in TRIAGE]
    assert not any(m in "\n".join(lines) for m in messages)


def test_a_reply_on_one_side_only_differs():
    assert differences({"questions.jsonl tuning 0": "{}"}, {}) == {"questions.jsonl tuning": (1, 1)}
    assert report({"questions.jsonl tuning": (1, 0)})[-1] == "1 replies: all identical"


def test_the_triage_check_keeps_every_message_with_the_rules_and_the_layers_decisions(
    app, eval_dir
):
    found = messages(eval_dir)
    assert found == {
        "conversations.jsonl 0.0": FLOW["messages"][0],
        "conversations.jsonl 0.1": FLOW["messages"][1],
        "questions.jsonl 0": QUESTIONS[0]["question"],
        "questions.jsonl 1": QUESTIONS[1]["question"],
        "triage/v2/held_back.jsonl 0": TRIAGE[0]["message"],
        "triage/v2/held_back.jsonl 1": TRIAGE[1]["message"],
    }
    kept = decisions(app, found)
    rules, layer = kept["triage/v2/held_back.jsonl 0"].split(") ", 1)
    assert rules.startswith("Triage(kind='urgent'") and layer.startswith("Triage(kind='urgent'")
    changed = {**kept, "questions.jsonl 0": kept["questions.jsonl 0"].replace("ordinary", "x")}
    assert differences(kept, changed)["questions.jsonl"] == (2, 1)
