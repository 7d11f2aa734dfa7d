"""One list of conditions for every reader of a message: scope, trial searches, follow-ups."""

import pytest

from bot.conditions import AUTOIMMUNE, conditions_had
from bot.conversation import Turn, read_in_context
from bot.trial_query import read_trial_question
from bot.trials import CONDITIONS as REGISTRY


def test_every_condition_trials_study_is_one_the_registry_files_trials_under():
    assert {c.trial_key for c in AUTOIMMUNE} == set(REGISTRY)


@pytest.mark.parametrize(
    ("word", "registry"),
    [
        ("dermatomyositis", "myositis"),
        ("rheumatoid arthritis", "rheumatoid-arthritis"),
        ("anca vasculitis", "anca-vasculitis"),
        ("lupus nephritis", "lupus-nephritis"),
    ],
)
def test_a_condition_a_trial_search_knows_is_one_a_follow_up_swaps_in(word, registry):
    history = [Turn("user", "can car t help ms"), Turn("assistant", "…")]
    assert read_in_context(f"what about {word}?", history).query == f"can car t help {word}"
    assert read_trial_question(f"are there trials for {word}").condition == registry


@pytest.mark.parametrize(
    ("history", "message"),
    [
        ([], "are there any car t trials for crohn's disease near me"),
        (["are there trials recruiting for lupus"], "what about crohn's?"),
    ],
)
def test_a_trial_search_for_a_condition_the_guide_does_not_cover_is_declined(ask, history, message):
    turns = []
    for earlier in history:
        turns += [{"role": "user", "content": earlier}, {"role": "assistant", "content": "…"}]
    reply = ask(message, turns)
    assert reply["kind"] == "no_answer"
    assert "does not cover Crohn's disease" in reply["answer"]
    assert reply["trials"] is None


@pytest.mark.parametrize(
    ("message", "had"),
    [
        ("grandpa is 68 with ms and diabetes, too old for a trial?", ["diabetes"]),
        ("car t for my son with type 1 diabetes, is that a thing", []),  # its subject
        ("does car t help ms and diabetes", []),  # asked of, not had
    ],
)
def test_a_condition_had_beside_a_covered_one_is_context(message, had):
    assert conditions_had(message, frozenset({"multiple sclerosis"})) == had
