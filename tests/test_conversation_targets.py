"""The conversation evaluation on the real model and knowledge base, as `kb eval` runs it.

Targets of issue 19, on the held-back flows: follow-ups (second turn and later) with a key fact
in the answer >= 85% and declined although covered <= 5%; topic switches carrying the old topic
<= 2%; first turns no worse than before. Measured on 2026-12-01 with the int8 model (held
back, 63 flows; before: the follow-up completed with the previous user message):

                      before    after
  first: key fact      0.648    0.648
  follow-ups: key fact 0.488    0.608   target 0.85: not reached
  follow-ups: declined 0.168    0.080   target 0.05: not reached
  switches carried     0.000    0.000   (0 of 12)

After main's knowledge base grew to 62 articles (its phrasings reworded), with the flows still
labelled against the 48-article base: first 0.593 (both), follow-ups key fact 0.440 -> 0.536,
declined 0.160 -> 0.080, switches carried 0 -> 1 of 12 (target 0.02: not reached).

The floors below hold what was measured, so a change that loses ground fails; they are not the
targets, which are reported as open.
"""

import pytest

from bot.config import DEFAULTS, PROJECT_ROOT
from bot.conversation_eval import by_position, load_flows, run
from bot.guide_loader import GuideLoader

FLOWS = PROJECT_ROOT / "eval" / "conversations.jsonl"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def guide():
    """The guide as served: the ONNX model and the index `make test` has just built."""
    loader = GuideLoader(DEFAULTS)
    loader.load()
    return loader.ready_guide()


@pytest.fixture(scope="module")
def scores(guide):
    """Per-position scores of the held-back flows."""
    flows = [f for f in load_flows(FLOWS) if f.split == "held_back"]
    return by_position(run(guide, flows))


def test_the_set_is_big_and_labelled_with_real_sections(guide):
    sections = {(p.slug, p.anchor) for p in guide.index.passages}
    flows = load_flows(FLOWS)
    assert len(flows) >= 80
    assert {f.split for f in flows} == {"tuning", "held_back"}
    for flow in flows:
        assert 2 <= len(flow.turns) <= 4, flow.id
        for turn in flow.turns:
            assert {(s.slug, s.anchor) for s in turn.expected} <= sections, flow.id


def test_follow_ups_find_the_key_fact(scores, report):
    follow_ups = scores["follow-ups"]
    report(
        f"conversations (held back): follow-ups key fact {follow_ups.key_fact:.3f}, "
        f"declined although covered {follow_ups.declined_covered:.3f}; "
        f"first turns key fact {scores['first'].key_fact:.3f}"
    )
    assert follow_ups.key_fact >= 0.53  # target 0.85; measured 0.536
    assert follow_ups.declined_covered <= 0.085  # target 0.05; measured 0.080


def test_a_new_question_does_not_carry_the_old_topic(scores):
    switches = scores["follow-ups"]
    assert switches.switches >= 10
    assert switches.carried <= 0.09  # target 0.02; measured 1 of 12 on the 62-article base


def test_first_turns_do_not_regress(scores):
    # A first turn has no history: it is read exactly as before. 0.574 on main's knowledge
    # base of 2026-12-01 15:30 (0.648 on the 48-article base, 0.593 on the first 62-article one).
    assert scores["first"].key_fact >= 0.57
    assert scores["first"].declined_covered <= 0.04  # 0.037 before and after
