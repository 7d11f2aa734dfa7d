"""Leave-one-set-out: each eval set scored by a layer that never trained on it or its copies."""

import hashlib
import json

import numpy as np

from bot.triage_crossval import SETS, held_out_figures, render

MESSAGES = {
    "urgent": [
        "fever of 39 and shaking",
        "she can't breathe",
        "he is confused and sleepy",
        "vomiting blood now",
        "my face is drooping",
        "chest pain right now",
    ],
    "crisis": [
        "i want to kill myself",
        "i have saved up pills to end it",
        "i want to die",
        "he said goodbye and has a gun",
        "better off dead",
        "no reason to live",
    ],
    "none": [
        "what is crs",
        "how much does it cost",
        "hi there",
        "can i drive after",
        "my temp is 36.8",
        "thanks for the help",
    ],
}


def encode(texts):
    """A stand-in for the embedder: one fixed unit vector per text."""
    rows = []
    for text in texts:
        seed = int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)
        row = np.random.default_rng(seed).normal(size=16)
        rows.append(row / np.linalg.norm(row))
    return np.asarray(rows, dtype=np.float32)


def write(path, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))


def write_sets(root, tag, extra=()):
    """Write every eval set under `root`: MESSAGES tagged by `tag(name, file)`, then `extra`."""
    for name, files in SETS.items():
        for file in files:
            tagged = [
                {"message": f"{m} {tag(name, file)}", "expected": kind}
                for kind, ms in MESSAGES.items()
                for m in ms
            ]
            write(root / file, [*tagged, *(row(name) for row in extra)])


BANK = [{"message": m, "expected": k} for k, ms in MESSAGES.items() for m in ms]


def test_each_set_is_scored_by_a_layer_trained_without_it_or_its_copied_exemplars(tmp_path):
    write_sets(tmp_path, lambda name, file: f"(set {name} {file})")
    copied = "i want to die (set 8 v8/held_back.jsonl)"  # an exemplar written from set 8
    write(tmp_path / "exemplars.jsonl", [*BANK, {"message": copied, "expected": "crisis"}])
    write(tmp_path / "original.jsonl", BANK)
    results = held_out_figures(
        tmp_path, ["1", "2", "8"], encode, "test", [], held_out=[["2"], ["8"]]
    )
    assert [r.name for r in results] == ["2", "8"]
    assert [r.exemplars_left_out for r in results] == [0, 1]
    assert {o.example.source for o in results[1].report.outcomes} == {
        str(tmp_path / "v8/held_back.jsonl")
    }
    assert len(results[1].report.outcomes) == 18


def test_the_table_can_leave_out_a_validation_sets_messages(tmp_path):
    def fever(name):
        # Mislabelled on purpose: the rules' urgent reply is a miss to print.
        return {"message": f"fever of 39.5 and shaking now set{name}", "expected": "none"}

    write_sets(tmp_path, lambda name, file: f"set{name}", [fever])
    write(tmp_path / "exemplars.jsonl", BANK)
    write(tmp_path / "original.jsonl", BANK)
    results = held_out_figures(tmp_path, ["1", "2"], encode, "test", [], held_out=[["1"], ["2"]])
    assert all(r.report.misses for r in results)
    table = render(results, {"1"})
    assert "set1" in table
    assert "set2" not in table
    assert [line.split()[0] for line in table.splitlines()[1:3]] == ["1", "2"]
    assert "set2" in render(results)


def test_a_group_is_held_out_of_one_training_with_its_questions_and_copies(tmp_path, monkeypatch):
    import bot.triage_crossval as crossval

    write_sets(tmp_path, lambda name, file: f"(set {name} {file})")
    copied = "i want to die (set 8 v8/held_back.jsonl)"
    write(tmp_path / "exemplars.jsonl", [*BANK, {"message": copied, "expected": "crisis"}])
    write(tmp_path / "original.jsonl", BANK)
    trained = []

    def train(examples, vectors, model, questions, question_vectors, *more):
        trained.append(({e.source for e in examples}, [m for _, m in more[2]]))
        return real_train(examples, vectors, model, questions, question_vectors, *more)

    real_train = crossval.train
    monkeypatch.setattr(crossval, "train", train)
    asked = [("1", "what is crs"), ("2", "can i drive after"), ("8", "how long is the stay")]
    results = held_out_figures(
        tmp_path, ["1", "2", "8"], encode, "test", [], held_out=[["2", "8"]], asked=asked
    )
    assert [r.name for r in results] == ["2", "8"]
    assert [r.exemplars_left_out for r in results] == [1, 1]
    [(sources, told)] = trained
    assert not any("v2/" in s or "v8/" in s for s in sources)
    assert told == ["what is crs"]
