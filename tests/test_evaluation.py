import re

import pytest

from bot.answer import Answer, Contact, Quote, no_answer
from bot.evaluation import (
    FACT_CUT_FOR_LENGTH,
    FACT_IN_OTHER_LABELLED,
    FACT_NOT_QUOTABLE,
    FACT_NOWHERE,
    FACT_PASSED_OVER,
    FACT_UNLABELLED,
    LED_FROM_OTHER_ARTICLE,
    LED_FROM_OTHER_SECTION,
    EvalQuestion,
    Outcome,
    calibrate_threshold,
    judge,
    load_questions,
    score,
    why_fact_missed,
)
from bot.knowledge import Passage
from bot.reply_kind import ReplyKind
from bot.safety_replies import GUIDE_SAYS

ANSWERABLE = EvalQuestion(
    "how is crs treated", "risks", frozenset({"crs#treatment"}), ("tocilizumab",)
)
UNCOVERED = EvalQuestion("write me a poem", "uncovered", frozenset())
CONTACT = Contact("the clinic", "555-0100", "911", "988")


def outcome(question, confidence, rank=1, screened=False, threshold=0.5):
    return Outcome(question, rank, confidence, screened or confidence < threshold, screened)


def reply(*quotes: tuple[str, str]) -> Answer:
    """An answer quoting (passage id, sentence) pairs, numbered by passage."""
    numbers: dict[str, int] = {}
    chosen = [Quote(p, text, numbers.setdefault(p, len(numbers) + 1)) for p, text in quotes]
    return Answer(
        kind=ReplyKind.ANSWER,
        text=" ".join(f"{q.text} [{q.n}]" for q in chosen),
        quotes=tuple(chosen),
        confidence=0.7,
    )


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
    assert scores.covered_declined == 0.25
    assert scores.off_topic_declined == 0.5


@pytest.mark.parametrize(
    ("answer", "key_fact", "first", "mixing"),
    [
        (reply(("crs#treatment", "Doctors give tocilizumab.")), True, True, False),
        (
            reply(
                ("crs#what", "CRS is a reaction."), ("crs#treatment", "Doctors give Tocilizumab.")
            ),
            True,
            False,
            False,
        ),
        (
            reply(("crs#treatment", "Doctors treat it."), ("myositis#relapse", "Yes, it can.")),
            False,
            True,
            True,
        ),
        (reply(("icans#treatment", "Steroids help.")), False, False, False),
    ],
)
def test_an_answer_is_judged_on_what_it_says_and_where_it_quotes(answer, key_fact, first, mixing):
    judged = judge(ANSWERABLE, answer, ["crs#what", "crs#treatment"])
    assert judged.rank == 2
    assert (judged.states_key_fact, judged.first_from_label, judged.mixes_articles) == (
        key_fact,
        first,
        mixing,
    )


HELP = "Symptoms like these after CAR-T need a call right away. Call the team now."


def test_help_now_first_is_judged_on_the_answer_below_it_and_counted_apart():
    answer = reply(("crs#treatment", "Doctors give tocilizumab."))
    urgent = Answer(ReplyKind.URGENT, f"{HELP}{GUIDE_SAYS}{answer.text}", quotes=answer.quotes)
    judged = judge(ANSWERABLE, urgent, ["crs#treatment"])
    assert (judged.declined, judged.help_first, judged.states_key_fact) == (False, True, True)
    assert judged.answer == answer.text
    assert score([judged]).help_first == 1


def test_help_now_alone_declines_before_ranking_whatever_the_threshold():
    judged = judge(ANSWERABLE, Answer(ReplyKind.URGENT, f"{HELP} Tocilizumab."), [])
    assert (judged.declined, judged.screened, judged.states_key_fact) == (True, True, False)


def test_a_no_answer_for_want_of_confidence_is_left_to_the_threshold():
    declined = no_answer(CONTACT, 0.4, considered=("crs#treatment",), scores=(0.4,))
    judged = judge(ANSWERABLE, declined, ["crs#treatment"])
    assert (judged.declined, judged.screened, judged.confidence) == (True, False, 0.4)


def passage(pid: str, *sentences: str) -> Passage:
    slug, _, anchor = pid.partition("#")
    return Passage(pid, slug, slug, (anchor,), anchor, " ".join(sentences), sentences, 1)


TREATED = "Doctors give tocilizumab for CRS."
GUIDE = [
    passage("crs#what", "CRS is a reaction to the cells.", "It can start days after."),
    passage("crs#treatment", "CRS is treated in hospital.", TREATED),
    passage("icans#treatment", "Steroids treat ICANS."),
]


@pytest.mark.parametrize(
    ("question", "guide", "answer", "why"),
    [
        (ANSWERABLE, GUIDE[:1], reply(("crs#what", "CRS is a reaction.")), FACT_NOWHERE),
        (
            EvalQuestion("q", "risks", frozenset({"crs#what"}), ("tocilizumab",)),
            GUIDE,
            reply(("crs#what", "CRS is a reaction.")),
            FACT_UNLABELLED,
        ),
        (ANSWERABLE, GUIDE, reply(("icans#treatment", "Steroids.")), LED_FROM_OTHER_ARTICLE),
        (ANSWERABLE, GUIDE, reply(("crs#what", "CRS is a reaction.")), LED_FROM_OTHER_SECTION),
        (
            EvalQuestion("q", "risks", frozenset({"crs#what", "crs#treatment"}), ("tocilizumab",)),
            GUIDE,
            reply(("crs#what", "CRS is a reaction.")),
            FACT_IN_OTHER_LABELLED,
        ),
        (
            ANSWERABLE,
            [passage("crs#treatment", "CRS is treated in hospital.", "Tocilizumab, and")],
            reply(("crs#treatment", "CRS is treated in hospital.")),
            FACT_NOT_QUOTABLE,
        ),
        (
            ANSWERABLE,
            GUIDE,
            reply(*[("crs#treatment", "CRS is treated in hospital.")] * 6),
            FACT_CUT_FOR_LENGTH,
        ),
        (
            ANSWERABLE,
            GUIDE,
            reply(("crs#treatment", "CRS is treated in hospital.")),
            FACT_PASSED_OVER,
        ),
    ],
)
def test_a_missed_key_fact_is_told_where_it_was_lost(question, guide, answer, why):
    assert why_fact_missed(guide, question, answer) == why


def test_a_key_fact_is_found_across_citation_marks_and_spacing():
    answer = reply(("crs#treatment", "The  drug is"), ("crs#treatment", "tocilizumab."))
    assert judge(ANSWERABLE, answer, []).states_key_fact


def test_calibration_meets_both_targets_when_it_can_and_ignores_screened():
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
    where = re.escape(str(path))
    with pytest.raises(ValueError, match=rf"^{where}:2: not a labelled question \('expected'\)"):
        load_questions(path)


def test_an_unknown_split_is_named(tmp_path):
    path = tmp_path / "questions.jsonl"
    path.write_text('{"question": "ok", "topic": "x", "expected": [], "split": "train"}\n')
    with pytest.raises(ValueError, match=r"questions\.jsonl:1: .*split must be one of"):
        load_questions(path)


def test_calibration_keeps_covered_questions_answered_when_both_targets_cannot_be_met():
    outcomes = [
        *(outcome(ANSWERABLE, c) for c in (0.3, 0.6, 0.7, 0.8)),
        *(outcome(UNCOVERED, c) for c in (0.2, 0.4)),
    ]
    # Declining the 0.4 off-topic question would decline a covered one too: decline only 0.2.
    assert 0.2 < calibrate_threshold(outcomes) < 0.3
