"""The triage on the independent evaluation set, with the real model, and `flask triage eval`."""

import functools
import json
import re

import pytest

from bot.config import DEFAULTS, PROJECT_ROOT
from bot.embedder import QueryCache
from bot.triage import triage
from bot.triage_eval import evaluate
from bot.triage_model import (
    assess,
    load_examples,
    read_training,
    train,
    training_files,
)

SETS = PROJECT_ROOT / "eval" / "triage"


@pytest.fixture(scope="module")
def assess_with_model(serving_embedder):
    """The rules and a layer trained as `kb build` trains it, on the serving (ONNX) model."""
    embedder = QueryCache(serving_embedder, 4096)
    examples = read_training(training_files(DEFAULTS["TRIAGE_TRAINING"], PROJECT_ROOT))
    vectors = embedder.encode([e.message for e in examples])
    classifier = train(examples, vectors, embedder.name)
    return functools.partial(assess, embedder=embedder, classifier=classifier)


def figures(report) -> str:
    return (
        f"urgent recall {report.urgent_recall:.1%}, crisis recall {report.crisis_recall:.1%},"
        f" false-urgent {report.false_urgent:.1%}"
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "urgent", "crisis"),
    [
        # The halves the rules and the layer were tuned on: no regression.
        ("tuning.jsonl", 0.99, 1.0),
        ("original.jsonl", 1.0, 1.0),
        # Never tuned on: scored once, when the work was done, and it misses the targets
        # (urgent 94-95%, crisis 83-85%, false-urgent 5.6-6.3%, as the build's threads round
        # the int8 vectors). Tuning on it now would make it one more tuning set; a strict
        # xfail keeps the miss in sight.
        pytest.param(
            "held_back.jsonl",
            0.99,
            1.0,
            marks=pytest.mark.xfail(strict=True, reason="held-back half below the targets"),
        ),
    ],
)
def test_the_triage_holds_its_targets(assess_with_model, report, name, urgent, crisis):
    result = evaluate(load_examples(SETS / name), assess_with_model)
    report(
        f"triage {name}: {figures(result)}; learned layer caught {len(result.learned_catches)}"
        f" the rules missed"
    )
    misses = [(o.example.message, o.decided) for o in result.misses]
    assert result.urgent_recall >= urgent, misses
    assert result.crisis_recall >= crisis, misses
    assert result.false_urgent <= 0.03, misses


@pytest.mark.model
def test_the_held_back_half_does_not_fall_below_what_was_measured(assess_with_model):
    result = evaluate(load_examples(SETS / "held_back.jsonl"), assess_with_model)
    # The lowest figures measured (the deployed index's and this fixture's layer).
    assert result.urgent_recall >= 0.94
    assert result.crisis_recall >= 0.82
    assert result.false_urgent <= 0.065


@pytest.mark.model
def test_bad_input_never_breaks_the_learned_layer(assess_with_model):
    for message in ["", "🙂🙂🙂", "x" * 5000, "I CAN'T BREATHE", "tengo fiebre and my head hurts"]:
        assert assess_with_model(message).kind in ("urgent", "crisis", "ordinary", "out_of_scope")
    assert assess_with_model("I CAN'T BREATHE").kind == "urgent"


def test_triage_eval_prints_recall_the_false_urgent_rate_a_confusion_matrix_and_misses(
    runner, tmp_path
):
    path = tmp_path / "clinic.jsonl"
    lines = [
        {"message": "fever of 39.5 and confusion", "expected": "urgent", "category": "fever"},
        {"message": "she is all yellow", "expected": "urgent", "category": "liver"},
        {"message": "I want to kill myself", "expected": "crisis", "category": "crisis"},
        {"message": "How much does CAR-T cost?", "expected": "none", "category": "ordinary"},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = runner.invoke(args=["triage", "eval", str(path), "--rules-only"])
    assert result.exit_code == 0, result.output
    assert "4 messages" in result.output and "the rules only" in result.output
    assert "liver                   urgent        1      0     0.0%" in result.output
    assert "urgent recall 50.0% (urgent or crisis reply), crisis recall 100.0%" in result.output
    assert "false-urgent 0.0% (0 of 1 that need no help now)" in result.output
    assert re.search(r"^urgent +1 +0 +1$", result.output, re.M)  # a row of the confusion matrix
    assert "expected urgent, got none [liver]: 'she is all yellow'" in result.output


def test_triage_eval_without_a_learned_layer_says_what_to_do(runner, tmp_path):
    path = tmp_path / "clinic.jsonl"
    path.write_text('{"message": "hi", "expected": "none"}\n')
    result = runner.invoke(args=["triage", "eval", str(path)])
    assert result.exit_code != 0
    assert "run `flask --app wsgi kb build`, or add --rules-only" in result.output


def test_triage_eval_names_a_bad_line(runner, tmp_path):
    path = tmp_path / "clinic.jsonl"
    path.write_text('{"message": "hi", "expected": "soon"}\n')
    result = runner.invoke(args=["triage", "eval", str(path), "--rules-only"])
    assert result.exit_code != 0
    assert "clinic.jsonl:1: 'message' must be text and 'expected' one of" in result.output


def test_evaluate_compares_the_layers_with_the_rules_alone():
    examples = load_examples(SETS / "original.jsonl")
    report = evaluate(examples, triage)
    assert report.learned_catches == [] and report.learned_errors == []
    assert sum(report.confusion.values()) == len(examples)
