"""The learned triage layer: trained deterministically, saved with the index, used by the guide."""

import dataclasses
import json
import os
import re
import subprocess
import sys

import numpy as np
import pytest

from bot import triage_model
from bot.config import DEFAULTS, PROJECT_ROOT
from bot.embedder import FakeEmbedder
from bot.index import build_index, load_index, save_index
from bot.knowledge import load_knowledge
from bot.triage import CRISIS, LEARNED, ORDINARY, URGENT
from bot.triage_model import (
    ASKED,
    RECALL_TARGET,
    SECOND,
    WORRY,
    Figures,
    TriageClassifier,
    Wording,
    assess,
    load_classifier,
    load_examples,
    read_questions,
    read_training,
    train,
    training_files,
)
from bot.triage_ngrams import ngrams

TRAINING = training_files(DEFAULTS["TRIAGE_TRAINING"], PROJECT_ROOT)


@pytest.fixture(scope="module")
def examples():
    return read_training(TRAINING)


def trained(examples):
    embedder = FakeEmbedder()
    return train(examples, embedder.encode([e.message for e in examples]), embedder.name)


@pytest.fixture(scope="module")
def layer(examples):
    return trained(examples)


@pytest.fixture(scope="module")
def few(examples):
    """The first four training files: what holds of any training, at a fraction of its time."""
    files = {str(path) for path in TRAINING[:4]}
    return [e for e in examples if e.source in files]


def test_training_is_deterministic_and_its_thresholds_are_set_for_recall(examples, layer, few):
    first, second = trained(few), trained(few)
    assert np.array_equal(first.weights, second.weights)
    assert np.array_equal(first.thresholds, second.thresholds)
    figures = layer.figures
    assert figures.examples == len(examples)
    assert figures.urgent >= 300 and figures.crisis >= 100
    assert 0 < figures.thresholds["urgent"] < 1 and 0 < figures.thresholds["crisis"] < 1
    assert figures.thresholds["crisis"] <= figures.thresholds[SECOND] < 1
    assert figures.thresholds[SECOND] <= figures.thresholds[ASKED] < 1
    assert figures.thresholds["urgent"] <= figures.thresholds[WORRY] < 1


def test_the_words_are_read_in_the_same_order_in_every_process():
    # The layer sums its word weights in this order, in training and in scoring; an order that
    # followed string hashing rounded differently from one process to the next.
    message = "fever of 39 and my lips look blue"
    script = f"from bot.triage_ngrams import ngrams; print(ngrams({message!r}))"
    orders = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=PROJECT_ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert orders == {f"{ngrams(message)}\n"}


def test_the_crisis_threshold_does_not_depend_on_what_the_rules_catch(few, layer, monkeypatch):
    # Round 8 set it on what the rules missed: as the rules caught more crisis messages the
    # crisis threshold rose (0.414 -> 0.500) and a fresh plan no rule knew lost its net.
    first = trained(few)
    rules = triage_model.triage

    # What the rules decide, not where they close the layer's call ("no word of crisis"): a
    # crisis message the rules read as urgent and close to crisis (one joined with set 26) is
    # left out of the layer's recall either way.
    def rules_that_catch_nothing(message):
        decision = rules(message)
        if decision.kind in (URGENT, CRISIS):
            return dataclasses.replace(decision, kind=ORDINARY)
        return decision

    monkeypatch.setattr(triage_model, "triage", rules_that_catch_nothing)
    blind = trained(few)
    assert blind.figures.thresholds[CRISIS] == first.figures.thresholds[CRISIS]
    assert blind.figures.alone[CRISIS] == first.figures.alone[CRISIS]
    # Held out, the calibration aims at the recall target but the false-alarm cap may stop it
    # short: with set 24 in training (round 29) this layer reached 0.967 of the 0.98 asked, with
    # set 26 (round 31) 0.955, with set 27 (round 32) 0.948, with sets 1-46 (round 50; this
    # test's fake embedder) 0.932, the served layer 0.932 too (`kb build` prints it); the rules
    # still stand in front of it (crisis held out with them: 0.978).
    assert layer.figures.alone[CRISIS] >= RECALL_TARGET[CRISIS] - 0.05


def test_a_clinic_may_train_on_a_single_labelled_file(examples):
    """One file cannot be held out whole: its thresholds come from folds within it."""
    one_file = [e for e in examples if e.source == examples[0].source]
    assert len({e.source for e in one_file}) == 1
    layer = trained(one_file)
    assert layer.figures.examples == len(one_file)


def test_calibration_holds_out_whole_training_files_by_their_path(examples):
    # Round 14: by name, every set's held_back.jsonl was held out as one fold (and both
    # tuning.jsonl as another), so with all the sets one fold held most of the data out.
    # Round 51: in FILE_FOLDS groups of files, each file in one group, whole.
    target = np.array([e.expected == URGENT for e in examples])
    folds = triage_model._folds(examples, target)
    assert len(folds) == triage_model.FILE_FOLDS < len(TRAINING)
    held = [{examples[i].source for i in rows} for _, rows in folds]
    assert sorted(source for sources in held for source in sources) == sorted(map(str, TRAINING))
    for rows, out in folds:
        assert not {examples[i].source for i in rows} & {examples[i].source for i in out}
    two = [e for e in examples if e.source in {str(TRAINING[0]), str(TRAINING[1])}]
    assert len(triage_model._folds(two, np.array([e.expected == URGENT for e in two]))) == 2


def test_the_default_training_files_are_labelled_sets_in_the_repository():
    # Every set on main has been scored and its misses published: the layer learns from all.
    assert all(path.is_file() for path in TRAINING)
    assert all(path.is_relative_to(PROJECT_ROOT / "eval" / "triage") for path in TRAINING)


def test_the_layer_trains_on_every_set_written_before_the_one_that_judges_it():
    # Round 27: sets 12-22 joined (measured leave-one-set-out, eval/HISTORY.md); round 28: set 23;
    # round 29: set 24; round 30: set 25; round 31: set 26; round 32: set 27;
    # round 33: set 28; round 35: sets 29 and 30; round 50: sets 31-46 (measured leave-one-set-out
    # over sets 31-45 in round 49, layer50), judged on set 47, written blind after them.
    sets = {path.parent.name for path in TRAINING if path.parent.name.startswith("v")}
    assert sets == {f"v{n}" for n in range(2, 47)}


def always(urgent: bool, crisis: bool, thresholds=(0.5, 0.5, 0.5, 0.5)) -> TriageClassifier:
    """A layer whose answer does not depend on the message."""
    bias = (20.0 if urgent else -20.0, 20.0 if crisis else -20.0)
    figures = Figures(
        0, 0, 0, dict(zip(("urgent", "crisis", SECOND, WORRY), thresholds, strict=True)), {}, 0.0
    )
    return TriageClassifier(
        FakeEmbedder.name,
        np.zeros((2, 256), np.float32),
        np.array(bias, dtype=np.float32),
        Wording({}, bias),
        np.array(thresholds),
        figures,
    )


def unsure(thresholds=(0.5, 0.4, 0.6, 0.6)) -> TriageClassifier:
    """A layer giving every message urgent and crisis probability 0.5: by default over the
    first crisis threshold (0.4), under the second (0.6), and under the urgent threshold for a
    worry (0.6)."""
    layer = always(False, False, thresholds)
    return dataclasses.replace(layer, bias=np.zeros(2, np.float32), wording=Wording({}, (0.0, 0.0)))


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        # Where the rules read a plain question or an urgent sign now, the second threshold.
        ("would it be cheaper", ORDINARY),
        ("and if im in a trial?", ORDINARY),
        ("me sangra la nariz desde hace una hora y no para", URGENT),
        # Elsewhere the first: the layer still calls crisis what no rule lists, and a wound the
        # rules read as urgent that was made on purpose gets the crisis line first.
        ("i'm in the garage with the car running", CRISIS),
        ("i scratched my arm open deliberately and it won't stop bleeding", CRISIS),
        ("scratched my arm open on the fence and it won't stop bleeding", URGENT),
        ("I have a fever of 39 and I hope it kills me", CRISIS),  # the rules' crisis stands
    ],
)
def test_a_plain_question_or_an_urgent_sign_needs_the_second_crisis_threshold(message, kind):
    assert assess(message, FakeEmbedder(), unsure()).kind == kind


@pytest.mark.parametrize(
    ("thresholds", "kind"),
    [
        # Round 33 (triage34): a plain question has its own threshold, the seventh, when the
        # layer has one; over it (0.55) the crisis line is not given, under the second (0.45) it
        # would be. A layer saved with six uses the second.
        ((0.5, 0.4, 0.45, 0.6, 0.9, 0.95, 0.55), ORDINARY),
        ((0.5, 0.4, 0.45, 0.6, 0.9, 0.95, 0.45), CRISIS),
        ((0.5, 0.4, 0.45, 0.6, 0.9, 0.95), CRISIS),
    ],
)
def test_a_plain_question_has_a_crisis_threshold_of_its_own(thresholds, kind):
    # The layer gives it 0.5; "forever" is a word of the crisis side. (Round 41: "will i need my
    # meds forever?" asks of the treatment's course now, and the layer's crisis call cannot stand
    # on it alone; bot/course_asked.py.)
    layer = dataclasses.replace(unsure(), thresholds=np.array(thresholds))
    assert assess("will i feel like this forever?", FakeEmbedder(), layer).kind == kind


def test_an_urgent_sign_keeps_the_second_threshold_not_the_plain_questions():
    layer = dataclasses.replace(
        unsure(), thresholds=np.array((0.5, 0.4, 0.45, 0.6, 0.9, 0.95, 0.9))
    )
    message = "i have a fever of 39 and honestly i'm tired of living like this"
    assert assess(message, FakeEmbedder(), layer).kind == CRISIS


@pytest.mark.parametrize(
    ("message", "sure", "kind"),
    [
        # Only a worry, no body word: a carer's odd act, a feeling. Urgent only when sure.
        ("he's been holding his phone upside down trying to call his sister", True, URGENT),
        ("he's been holding his phone upside down trying to call his sister", False, ORDINARY),
        ("worried sick about his infusion next week", False, ORDINARY),
        # The writer's own feeling about caring or money, read so by the rules: never.
        ("i can't breathe with all these bills piling up", True, ORDINARY),
        (
            "i lost my temper at my husband today over nothing and now i feel terrible",
            True,
            ORDINARY,
        ),
        # Calm or only asking: never the layer's to call urgent, however sure.
        ("no fever today, just worried about the bills", True, ORDINARY),
        ("what should i worry about after car-t?", True, ORDINARY),
    ],
)
def test_a_worry_needs_the_higher_urgent_threshold(message, sure, kind):
    # urgent probability 0.5: over the urgent threshold (0.4); the worry's is 0.45 or 0.55
    layer = unsure((0.4, 0.9, 0.9, 0.45 if sure else 0.55))
    assert assess(message, FakeEmbedder(), layer).kind == kind


@pytest.mark.parametrize(
    ("message", "layer", "kind"),
    [
        ("she is all yellow", always(True, False), URGENT),
        ("what are the signs of a fever?", always(True, False), ORDINARY),
        ("How much does CAR-T cost?", always(False, False), ORDINARY),
        ("I have a fever of 39 and I hope it kills me", always(False, True), CRISIS),
    ],
)
def test_assess_asks_the_layer_only_what_the_rules_leave_open(message, layer, kind):
    assert assess(message, FakeEmbedder(), layer).kind == kind


def test_the_layer_is_saved_with_the_index_and_serves_urgent_replies(
    test_config, knowledge_dir, make_app
):
    index = build_index(load_knowledge(knowledge_dir), FakeEmbedder())
    save_index(dataclasses.replace(index, triage=always(True, False)), test_config["INDEX_DIR"])
    loaded = load_index(test_config["INDEX_DIR"]).triage
    assert loaded.thresholds.tolist() == [0.5, 0.5, 0.5, 0.5]
    client = make_app().test_client()
    reply = client.post("/api/chat", json={"message": "she is all yellow"}).get_json()
    assert reply["kind"] == "urgent"
    assert "need a call right away" in reply["answer"]
    calm = client.post("/api/chat", json={"message": "What are the signs of a fever?"}).get_json()
    assert calm["kind"] == "answer"


def test_a_layer_trained_on_another_model_is_not_used(test_config, knowledge_dir, make_app):
    layer = dataclasses.replace(always(True, False), model="another-model")
    index = build_index(load_knowledge(knowledge_dir), FakeEmbedder())
    save_index(dataclasses.replace(index, triage=layer), test_config["INDEX_DIR"])
    client = make_app().test_client()
    reply = client.post("/api/chat", json={"message": "she is all yellow"}).get_json()
    assert reply["kind"] != "urgent"


def test_the_learned_sign_is_named(examples):
    decision = assess("she is all yellow", FakeEmbedder(), always(True, False))
    assert decision.signs == (LEARNED,)


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('{"message": "hi"}', "with 'message' and 'expected'"),
        ('{"message": "hi", "expected": "maybe"}', "one of urgent, crisis, none"),
        ("not json", "with 'message' and 'expected'"),
    ],
)
def test_a_bad_line_is_named_with_its_file_and_number(tmp_path, line, error):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"message": "fever", "expected": "urgent"}) + "\n" + line + "\n")
    with pytest.raises(ValueError, match=f"mine.jsonl:2: .*{error}"):
        load_examples(path)


def test_both_shapes_of_labelled_file_are_read(tmp_path):
    path = tmp_path / "both.jsonl"
    path.write_text(
        '{"text": "no fever", "label": "informational"}\n'
        '{"message": "cant breathe", "expected": "urgent", "category": "breathing"}\n'
    )
    old, new = load_examples(path)
    assert (old.expected, old.category) == ("none", "informational")
    assert (new.expected, new.category) == ("urgent", "breathing")


def client_with(layer, test_config, knowledge_dir, make_app):
    index = build_index(load_knowledge(knowledge_dir), FakeEmbedder())
    save_index(dataclasses.replace(index, triage=layer), test_config["INDEX_DIR"])
    return make_app().test_client()


@pytest.fixture
def layer_client(test_config, knowledge_dir, make_app):
    """A client whose learned layer says urgent to every message."""
    return client_with(always(True, False), test_config, knowledge_dir, make_app)


@pytest.fixture
def crisis_client(test_config, knowledge_dir, make_app):
    """A client whose learned layer says crisis to every message."""
    return client_with(always(False, True), test_config, knowledge_dir, make_app)


def test_a_decision_of_the_layer_alone_leads_with_help_and_still_answers(layer_client, ask):
    reply = ask("tell me how CRS is treated", client=layer_client)
    assert reply["kind"] == "urgent"
    assert reply["answer"].startswith("Symptoms like these after CAR-T need a call right away.")
    help_text, answer = reply["answer"].split(" If you were asking in general, our guide says: ")
    assert "call 911" in help_text
    assert "[1]" in answer and reply["sources"]
    assert reply["contact"]["emergency_number"] == "911"


def test_a_crisis_call_of_the_layer_alone_puts_the_crisis_line_first(crisis_client, ask):
    reply = ask("tell me how CRS is treated before i give up", client=crisis_client)
    assert reply["kind"] == "urgent"
    assert "988" in reply["answer"].split(". ")[0]
    assert "our guide says" in reply["answer"]


def test_an_urgent_sign_the_layer_alone_calls_crisis_gets_the_urgent_steps_then_988(
    crisis_client, ask
):
    # The rules read a sign now (a fever), the layer alone the crisis side: both, steps first.
    reply = ask("fever of 38.9 tonight and im so tired of all of it", client=crisis_client)
    assert reply["kind"] == "urgent"
    text = reply["answer"]
    assert text.startswith("Symptoms like these after CAR-T need a call right away.")
    assert "988" in text and text.index("call 911") < text.index("988")
    assert "our guide says" not in text  # the rules read a sign: help now alone, as ever


def test_a_crisis_call_of_the_layer_alone_on_a_plain_question_answers_first(crisis_client, ask):
    # A word from the crisis side but none of the crisis cues: the answer, and the crisis line
    # below it.
    reply = ask("how is CRS treated, is there any hope?", client=crisis_client)
    assert reply["kind"] == "answer"
    assert "[1]" in reply["answer"] and "988" not in reply["answer"]
    assert reply["safety_note"].startswith("If you are thinking about ending your life")
    assert "988" in reply["safety_note"]
    # No word of crisis at all ("do you need chemo for it"): the answer, and no crisis line.
    reply = ask("how is CRS treated?", client=crisis_client)
    assert reply["kind"] == "answer"
    assert "988" not in reply["answer"] and "988" not in (reply.get("safety_note") or "")
    # A question with a word from the crisis side keeps the crisis line first.
    for message in (
        "how is CRS treated if i overdose?",
        "which of my meds is most dangerous if you take loads at once?",
    ):
        reply = ask(message, client=crisis_client)
        assert reply["kind"] == "urgent"
        assert "988" in reply["answer"].split(". ")[0]


def test_the_crisis_line_follows_an_urgent_reply_the_no_crisis_word_gate_alone_kept_it_from():
    from bot.triage import triage
    from bot.triage_eval import BOTH, decision_of
    from bot.triage_model import _joined

    # Thresholds in _BARS order: urgent, crisis, second, worry, over calm, no word of crisis,
    # plain question, question head.
    bars = np.array([0.41, 0.39, 0.39, 0.76, 0.88, 0.69, 0.45, 0.30])
    # Words of our own: a sign the rules read now, and no word from the crisis side.
    message = "my chest pain is crushing and the kids are at my mums"
    rules = triage(message)
    assert rules.kind == URGENT and rules.crisis_unsaid
    # Under the crisis threshold: the urgent reply alone, as before.
    assert decision_of(_joined(rules, 0.0, 0.30, bars, message)) == URGENT
    # Over it, though under the gate's own threshold: the urgent steps, then the crisis line.
    both = _joined(rules, 0.0, 0.50, bars, message)
    assert decision_of(both) == BOTH and both.signs[1:] == rules.signs
    # No urgent reply, no crisis line from it: a message needing no help stays as it was.
    message = "the shed key is under the mat and the kids are at my mums"
    rules = triage(message)
    assert _joined(rules, 0.0, 0.50, bars, message).kind == ORDINARY


def test_a_short_message_needs_the_question_heads_own_short_threshold_for_a_crisis_call():
    from bot.triage import triage
    from bot.triage_model import SHORT_WORDS, _joined

    # Thresholds in _BARS order, then the question head's and its own for a short message.
    bars = np.array([0.41, 0.39, 0.39, 0.76, 0.88, 0.69, 0.45, 0.30, 0.51])
    # Words of our own: a short follow-up with a word from the crisis side, read alone.
    short = "so do they kill them all"
    assert len(short.split()) <= SHORT_WORDS
    rules = triage(short)
    assert rules.kind == ORDINARY
    # The head at 0.40: over its threshold for a long message, under the short one's.
    assert _joined(rules, 0.0, 0.60, bars, short, 0.40).kind == ORDINARY
    assert _joined(rules, 0.0, 0.60, bars, short, 0.55).kind == CRISIS
    # A layer saved without the short threshold keeps the head's one.
    assert _joined(rules, 0.0, 0.60, bars[:8], short, 0.40).kind == CRISIS
    longer = "so do they kill them all off for good, every single one of the cells i have"
    assert len(longer.split()) > SHORT_WORDS
    assert _joined(triage(longer), 0.0, 0.60, bars, longer, 0.40).kind == CRISIS


def test_a_rule_decision_gets_help_only(layer_client, ask):
    for message in ("I want to die", "fever of 39.4 since this morning"):
        reply = ask(message, client=layer_client)
        assert reply["kind"] == "urgent"
        assert reply["sources"] == [] and "our guide says" not in reply["answer"]


def test_the_layer_alone_never_calls_a_plain_question_urgent(layer_client, ask):
    reply = ask("Can I drive after CAR-T?", client=layer_client)
    assert reply["kind"] == "answer"


def test_a_saved_layer_loads_as_it_was_trained_and_says_the_same(layer, tmp_path):
    layer.save(tmp_path)
    loaded = load_classifier(tmp_path)
    assert loaded.wording == layer.wording  # each n-gram's weights the same floats
    assert np.array_equal(loaded.weights, layer.weights)
    assert np.array_equal(loaded.thresholds, layer.thresholds)
    embedder = FakeEmbedder()
    for message in ("he has a fever of 39 and is shaking", "i dont want to be here anymore"):
        vector = embedder.encode([message])[0]
        assert loaded.probabilities(vector, message) == layer.probabilities(vector, message)


def test_a_layer_saved_with_its_wording_in_json_is_not_used(layer, tmp_path):
    layer.save(tmp_path)
    data = json.loads((tmp_path / "triage.json").read_text())
    wording = {"weights": {gram: [0.1, 0.2] for gram in data["wording"]["grams"]}, "bias": [0, 0]}
    (tmp_path / "triage.json").write_text(json.dumps({**data, "wording": wording}))
    assert load_classifier(tmp_path) is None


def test_a_layer_saved_before_it_read_the_words_is_not_used(tmp_path):
    (tmp_path / "triage.json").write_text(json.dumps({"model": "m", "weights": [], "bias": []}))
    assert load_classifier(tmp_path) is None


@pytest.mark.parametrize("thresholds", [[0.5, 0.5], [0.5, 0.5, 0.5]])
def test_a_layer_saved_before_its_second_crisis_or_worry_threshold_is_not_used(
    tmp_path, thresholds
):
    always(True, False).save(tmp_path)
    data = json.loads((tmp_path / "triage.json").read_text())
    (tmp_path / "triage.json").write_text(json.dumps({**data, "thresholds": thresholds}))
    assert load_classifier(tmp_path) is None


def test_questions_and_conversation_turns_are_read_but_not_urgent_turns(tmp_path):
    questions, flows = tmp_path / "q.jsonl", tmp_path / "c.jsonl"
    questions.write_text('{"question": "can i drive after car-t", "expected": []}\n')
    turns = [
        {"message": "what is crs", "expected_kind": "answer"},
        {"message": "he has a fever of 39 now", "expected_kind": "urgent"},
        {"message": "and after that?", "expected_kind": "answer"},
    ]
    flows.write_text(json.dumps({"id": "f1", "turns": turns}) + "\n")
    assert read_questions([questions, flows]) == [
        "can i drive after car-t",
        "what is crs",
        "and after that?",
    ]
    questions.write_text('{"text": "hi"}\n')
    # One wording with the evaluation's files: the path as given, the line, what it should be.
    where = re.escape(str(questions))
    with pytest.raises(ValueError, match=rf"^{where}:1: not a question or conversation \("):
        read_questions([questions])


def test_an_edit_to_any_rule_module_makes_the_layer_stale(tmp_path, monkeypatch):
    # sign_again and plans_told are read by the rules through red_flags: a hand-kept list of
    # rule files missed them, so editing them left a layer trained on the old rules in place.
    bot = tmp_path / "bot"
    bot.mkdir()
    for path in triage_model._RULES:
        (bot / path.name).write_bytes(path.read_bytes())
    copies = [bot / path.name for path in triage_model._RULES]
    names = {path.name for path in copies}
    assert {"sign_again.py", "plans_told.py", "signs_as_images.py", "triage.py"} <= names
    monkeypatch.setattr(triage_model, "_RULES", tuple(copies))
    before = triage_model.training_hash([])
    (bot / "sign_again.py").write_text("# edited\n", encoding="utf-8")
    assert triage_model.training_hash([]) != before


def test_a_training_file_is_read_as_its_eval_sets_and_the_bank_as_none():
    root = PROJECT_ROOT / "eval" / "triage"
    assert triage_model._set_of(str(root / "v7" / "held_back.jsonl")) == "7"
    assert triage_model._set_of(str(root / "v2" / "tuning.jsonl")) == "2"
    assert triage_model._set_of(str(root / "held_back.jsonl")) == "1"
    assert triage_model._set_of(str(root / "exemplars.jsonl")) is None
    assert triage_model._set_of(str(root / "original.jsonl")) is None


def test_only_messages_read_as_needing_no_help_and_labelled_so_teach_the_crisis_side():
    labelled = [triage_model.Example("i just want it all to stop", CRISIS)]
    taught = triage_model._taught(
        labelled,
        ["how long do the cells last", "I just want it all to stop", "my temp is 39.4 now"],
    )
    assert taught.tolist() == [True, False, False]


@pytest.fixture(scope="module")
def two_sets():
    """The bank and sets 3 and 4, with set 3's plain questions and turns (TRIAGE_ASKED)."""
    root = PROJECT_ROOT / "eval" / "triage"
    examples = read_training([root / "exemplars.jsonl", root / "v3" / "held_back.jsonl"])
    examples += read_training([root / "v4" / "held_back.jsonl"])
    files = [PROJECT_ROOT / "eval" / f"{kind}-3.jsonl" for kind in ("questions", "conversations")]
    asked = [("3", message) for message in read_questions(files)]
    return examples, asked


def test_the_question_head_learns_the_eval_sets_plain_questions(two_sets, tmp_path):
    examples, asked = two_sets
    embedder = FakeEmbedder()
    vectors = embedder.encode([e.message for e in examples])
    asked_vectors = embedder.encode([m for _, m in asked])
    layer = train(
        examples, vectors, embedder.name, eval_questions=asked, eval_question_vectors=asked_vectors
    )
    head = layer.question_head
    # The head's threshold and, since round 38, its own for a short message, never under it;
    # since round 39 the urgent question head's (the tenth).
    assert head is not None and len(layer.thresholds) == 10
    assert 0 <= layer.figures.thresholds[triage_model.QUESTION_HEAD] < 1
    short = layer.figures.thresholds[triage_model.SHORT_HEAD]
    assert layer.figures.thresholds[triage_model.QUESTION_HEAD] <= short < 1
    # The layer's own crisis side is trained as without them; the head scores them lower.
    rows = list(zip([m for _, m in asked], asked_vectors, strict=True))
    crisis_side = np.mean([layer.probabilities(v, m)[1] for m, v in rows])
    assert np.mean([head.probability(v, m) for m, v in rows]) < crisis_side
    layer.save(tmp_path)
    loaded = load_classifier(tmp_path)
    assert loaded.question_head.wording == head.wording
    message, vector = rows[0]
    assert loaded.question_head.probability(vector, message) == head.probability(vector, message)
    urgent_head = layer.urgent_head
    assert urgent_head is not None and 0 <= layer.thresholds[triage_model.URGENT_HEAD_BAR] < 1
    # The layer's own urgent side is trained as without them; the urgent head scores them lower.
    urgent_side = np.mean([layer.probabilities(v, m)[0] for m, v in rows])
    assert np.mean([urgent_head.probability(v, m) for m, v in rows]) < urgent_side
    assert loaded.urgent_head.wording == urgent_head.wording
    told = urgent_head.probability(vector, message)
    assert loaded.urgent_head.probability(vector, message) == told
    # A layer saved before the urgent head (nine thresholds) loads without it.
    (tmp_path / triage_model.URGENT_WORDING_FILE).unlink()
    data = json.loads((tmp_path / triage_model.FILE_NAME).read_text())
    del data["urgent_head"]
    data["thresholds"] = data["thresholds"][:9]
    (tmp_path / triage_model.FILE_NAME).write_text(json.dumps(data))
    older = load_classifier(tmp_path)
    assert older.urgent_head is None and older.question_head is not None


def test_a_layer_without_eval_questions_has_no_question_head(layer):
    assert layer.question_head is None and layer.urgent_head is None
    assert len(layer.thresholds) == 7


@pytest.mark.parametrize("told, kind", [(0.2, ORDINARY), (0.6, URGENT)])
def test_a_story_asking_something_else_needs_the_urgent_head_for_an_urgent_call(told, kind):
    # Words of our own: a sign told in passing, then a question about something else.
    message = "my hands have been shaky since the infusion, is car t covered by medicare"
    rules = triage_model.triage(message)
    assert rules.kind == ORDINARY and rules.open_to_urgent
    assert triage_model._urgent_head_has_say(rules, message)
    bars = np.array([0.5, 0.4, 0.4, 0.8, 0.9, 0.7, 0.4, 0.5, 0.5, 0.4])
    assert triage_model._joined(rules, 0.7, 0.0, bars, message, None, told).kind == kind
    # A layer saved without the urgent head's threshold calls it as before.
    assert triage_model._joined(rules, 0.7, 0.0, bars[:9], message, None, told).kind == URGENT


@pytest.mark.parametrize(
    "message, has_say",
    [
        ("my hands have been shaky since the infusion, is car t covered by medicare", True),
        ("scleroderma and my lungs are involved, can car t help that", True),
        ("hair coming out in clumps since the cells went in?", True),
        # Asks nothing: the layer's urgent call stands on its own threshold.
        ("feel really rough and shivery since the cells went in", False),
        ("my temp is 39.2 and i'm shivering, should i call", False),  # the rules' urgent sign
    ],
)
def test_the_urgent_head_has_a_say_where_the_rules_read_none_and_something_is_asked(
    message, has_say
):
    rules = triage_model.triage(message)
    assert triage_model._urgent_head_has_say(rules, message) is has_say


def test_the_urgent_head_is_only_asked_when_an_urgent_call_could_stand(layer):
    _CountingHead.calls = 0
    head = _CountingHead(np.zeros(layer.weights.shape[1], np.float32), 0.0, {}, 0.0)
    bars = np.array([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.5], np.float32)
    served = dataclasses.replace(layer, urgent_head=head, thresholds=bars)
    vector = np.zeros(layer.weights.shape[1], np.float32)
    message = "my hands have been shaky since the infusion, is car t covered by medicare"
    decided = served.decide(vector, message, triage_model.triage(message))
    assert _CountingHead.calls == 0 and decided.kind == ORDINARY


@pytest.mark.parametrize("asked, kind", [(0.2, ORDINARY), (0.6, CRISIS)])
def test_a_plain_questions_crisis_call_needs_the_question_head(asked, kind):
    rules = triage_model.triage("will i feel like this forever?")
    assert rules.asks_only
    bars = np.array([0.5, 0.4, 0.4, 0.8, 0.9, 0.7, 0.4, 0.5])
    assert triage_model._joined(rules, 0.0, 0.9, bars, "x", asked).kind == kind
    assert triage_model._joined(rules, 0.0, 0.9, bars[:7], "x", asked).kind == CRISIS


@pytest.mark.parametrize(
    "message, has_say",
    [
        ("how long do the cells stay in me for good", True),  # a plain question
        ("has anybody died in the trials, did any of them die", True),
        # Read as needing no help but not as a plain question: round 35 gave it the head's say.
        ("everything feels pointless today", True),
        ("my temp is 39.2 and i'm shivering", False),  # the rules' urgent sign
        ("i want to kill myself", False),  # the rules' crisis
    ],
)
def test_the_question_head_has_a_say_wherever_the_rules_read_no_need_of_help(message, has_say):
    assert triage_model._head_has_say(triage_model.triage(message)) is has_say


class _CountingHead(triage_model.QuestionHead):
    calls = 0

    def probability_of(self, vector, grams):
        type(self).calls += 1
        return 0.0


@pytest.mark.parametrize("first, asked", [(0.0, 1), (1.0, 0)])
def test_the_question_head_is_only_asked_when_a_crisis_call_could_stand(layer, first, asked):
    """Every crisis threshold is at least the first: under it serving skips the head."""
    _CountingHead.calls = 0
    head = _CountingHead(np.zeros(layer.weights.shape[1], np.float32), 0.0, {}, 0.0)
    bars = np.array([0.5, first, first, 0.8, 0.9, 1.0, first, 0.5], np.float32)
    served = dataclasses.replace(layer, question_head=head, thresholds=bars)
    vector = np.zeros(layer.weights.shape[1], np.float32)
    message = "what should i pack for the hospital stay"
    decided = served.decide(vector, message, triage_model.triage(message))
    assert _CountingHead.calls == asked and decided.kind == ORDINARY
