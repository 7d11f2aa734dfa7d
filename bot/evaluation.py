"""Measure retrieval, answers and declining on labelled questions: `flask --app wsgi kb eval`.

The judging is split from the running so other flows (a conversation, turn by turn) can judge
each reply they get with `judge` and total the outcomes with `score`.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .answer import MAX_ANSWER_CHARS, MAX_SENTENCES, Answer, compose_answer, is_quotable, no_answer
from .guide import PASSAGES_RETRIEVED, Guide
from .json_lines import read_labelled
from .knowledge import Passage
from .reply_kind import ReplyKind
from .retrieval import Mode
from .triage import OUT_OF_SCOPE, triage

UNCOVERED = "uncovered"
TUNING = "tuning"
HELD_BACK = "held_back"
SPLITS = (TUNING, HELD_BACK)
# Targets of issue 11, used to calibrate the no-answer threshold.
MAX_COVERED_DECLINED = 0.03
MIN_OFF_TOPIC_DECLINED = 0.95


@dataclass(frozen=True)
class EvalQuestion:
    question: str
    topic: str
    expected: frozenset[str]  # passage ids; empty when the base does not cover it
    key_facts: tuple[str, ...] = ()  # any one of them stated means the answer says it
    split: str = TUNING  # "tuning" | "held_back": tune on the first, score the second at the end
    source: str = ""

    @property
    def answerable(self) -> bool:
        return bool(self.expected)

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(e.split("#", 1)[0] for e in self.expected)


@dataclass(frozen=True)
class Outcome:
    question: EvalQuestion
    rank: int | None  # 1-based rank of the first expected passage, None if not retrieved
    confidence: float
    declined: bool
    screened: bool = False  # declined by triage, whatever the threshold
    states_key_fact: bool = False
    leads_with_key_fact: bool = False  # the answer's first sentence states one
    first_from_label: bool = False  # the answer's first sentence is from an expected section
    mixes_articles: bool = False  # quotes an article with no expected section beside one with
    answer: str = ""
    fact_missed: str = ""  # why an answer leaves out every key fact (FACT_MISSES), else ""


@dataclass(frozen=True)
class Scores:
    hit_at_1: float
    hit_at_3: float
    mrr: float
    key_fact: float  # share of questions with key facts whose answer states one
    fact_first: float  # share of those whose answer's first sentence states one
    first_sentence: float  # share of answerable questions answered first from a labelled section
    covered_declined: float  # share of answerable questions declined
    off_topic_declined: float  # share of uncovered questions declined
    mixing: int  # answers quoting an unrelated article beside a related one
    count: int


def load_questions(path: Path | str) -> list[EvalQuestion]:
    """Read labelled questions from JSON Lines.

    Raises:
        ValueError: a line that is not a labelled question, naming the file and line.
    """
    return read_labelled(path, _question, "labelled question")


def _question(data: dict, _number: int) -> EvalQuestion:
    expected = frozenset(
        f"{e['slug']}#{e['anchor']}" if e["anchor"] else e["slug"] for e in data["expected"]
    )
    key_facts = tuple(data.get("key_facts") or ())
    split = data.get("split", TUNING)
    if split not in SPLITS or not all(isinstance(f, str) and f for f in key_facts):
        raise ValueError(f"split must be one of {', '.join(SPLITS)}; key facts text")
    return EvalQuestion(
        data["question"], data["topic"], expected, key_facts, split, data.get("source", "")
    )


def run(guide: Guide, questions: list[EvalQuestion], mode: Mode, threshold: float) -> list[Outcome]:
    """Answer every question with one retrieval mode, as the service would, and judge the answer.

    A question is declined as the service declines it: out of scope by triage (instructions
    aimed at the bot), naming what the guide does not cover (bot/scope.py), or nothing close
    enough to answer.
    """
    contact = guide.settings.contact
    outcomes = []
    for item in questions:
        ranking = guide.retriever.rank(item.question, k=PASSAGES_RETRIEVED, mode=mode)
        ranking = guide.retriever.with_named_things(ranking, item.question)
        ranked = [guide.index.passages[h.position].id for h in ranking.hits]
        outside = guide.scope.outside(item.question)
        screened = triage(item.question).kind == OUT_OF_SCOPE or outside is not None
        if screened:
            answer = no_answer(contact, ranking.confidence)
        else:
            answer = compose_answer(guide.index, ranking, threshold, contact)
        outcome = judge(item, answer, ranked, screened)
        if item.key_facts and not outcome.declined and not outcome.states_key_fact:
            why = why_fact_missed(guide.index.passages, item, answer)
            outcome = dataclasses.replace(outcome, fact_missed=why)
        outcomes.append(outcome)
    return outcomes


def judge(item: EvalQuestion, answer: Answer, ranked: list[str], screened: bool = False) -> Outcome:
    """Judge one reply against its labels.

    Args:
        ranked: the passage ids retrieval returned, best first.
        screened: whether triage declined the question before retrieval.
    """
    rank = next((i for i, pid in enumerate(ranked, start=1) if pid in item.expected), None)
    answered = answer.kind == ReplyKind.ANSWER
    cited = {q.passage.split("#", 1)[0] for q in answer.quotes}
    lead = answer.quotes[0] if answer.quotes else None
    return Outcome(
        question=item,
        rank=rank,
        confidence=answer.confidence,
        declined=not answered,
        screened=screened,
        states_key_fact=answered and states_any(answer.text, item.key_facts),
        leads_with_key_fact=lead is not None and states_any(lead.text, item.key_facts),
        first_from_label=lead is not None and lead.passage in item.expected,
        mixes_articles=(
            item.answerable and bool(cited & item.articles) and bool(cited - item.articles)
        ),
        answer=answer.text,
    )


# Why an answer leaves out every key fact, in the order they are told apart: where the guide
# states the fact, then which section the answer leads from, then what became of the sentence.
FACT_NOWHERE = "the fact in no sentence of the guide"
FACT_UNLABELLED = "the fact only outside the labelled sections"
LED_FROM_OTHER_ARTICLE = "led from another article"
LED_FROM_OTHER_SECTION = "led from another section of a labelled article"
FACT_IN_OTHER_LABELLED = "the fact in another labelled section than the one leading"
FACT_NOT_QUOTABLE = "the fact's sentence not quotable alone"
FACT_CUT_FOR_LENGTH = "the fact's sentence left out for length"
FACT_PASSED_OVER = "other sentences of the section quoted"
FACT_MISSES = (
    FACT_NOWHERE,
    FACT_UNLABELLED,
    LED_FROM_OTHER_ARTICLE,
    LED_FROM_OTHER_SECTION,
    FACT_IN_OTHER_LABELLED,
    FACT_NOT_QUOTABLE,
    FACT_CUT_FOR_LENGTH,
    FACT_PASSED_OVER,
)


def why_fact_missed(passages: list[Passage], item: EvalQuestion, answer: Answer) -> str:
    """Return why an answer states no key fact (one of FACT_MISSES): a maintainer's reading of
    where the answer was lost, between the section retrieved and the sentences quoted."""
    stating = [(p.id, s) for p in passages for s in p.sentences if states_any(s, item.key_facts)]
    labelled = [(pid, s) for pid, s in stating if pid in item.expected]
    lead = answer.quotes[0].passage
    in_lead = [s for pid, s in labelled if pid == lead]
    length = sum(len(q.text) + 1 for q in answer.quotes)
    if not stating:
        return FACT_NOWHERE
    if not labelled:
        return FACT_UNLABELLED
    if lead not in item.expected:
        led_from_labelled = lead.split("#", 1)[0] in item.articles
        return LED_FROM_OTHER_SECTION if led_from_labelled else LED_FROM_OTHER_ARTICLE
    if not in_lead:
        return FACT_IN_OTHER_LABELLED
    if not any(is_quotable(s) for s in in_lead):
        return FACT_NOT_QUOTABLE
    room = MAX_ANSWER_CHARS - length
    if len(answer.quotes) >= MAX_SENTENCES or all(len(s) > room for s in in_lead):
        return FACT_CUT_FOR_LENGTH
    return FACT_PASSED_OVER


_CITATION_MARK = re.compile(r"\s*\[\d+\]")


def states_any(text: str, facts: tuple[str, ...]) -> bool:
    """Whether the answer text states one of the facts (case and spacing aside)."""
    plain = _normal(_CITATION_MARK.sub("", text))
    return any(_normal(fact) in plain for fact in facts)


def _normal(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    return " ".join(text.split())


def score(outcomes: list[Outcome]) -> Scores:
    answerable = [o for o in outcomes if o.question.answerable]
    with_facts = [o for o in answerable if o.question.key_facts]
    uncovered = [o for o in outcomes if not o.question.answerable]

    def share(items: list[Outcome], test: Callable[[Outcome], bool]) -> float:
        return sum(1 for o in items if test(o)) / len(items) if items else 0.0

    return Scores(
        hit_at_1=share(answerable, lambda o: o.rank == 1),
        hit_at_3=share(answerable, lambda o: o.rank is not None and o.rank <= 3),
        mrr=sum(1 / o.rank for o in answerable if o.rank) / len(answerable) if answerable else 0.0,
        key_fact=share(with_facts, lambda o: o.states_key_fact),
        fact_first=share(with_facts, lambda o: o.leads_with_key_fact),
        first_sentence=share(answerable, lambda o: o.first_from_label),
        covered_declined=share(answerable, lambda o: o.declined),
        off_topic_declined=share(uncovered, lambda o: o.declined),
        mixing=sum(1 for o in answerable if o.mixes_articles),
        count=len(outcomes),
    )


def by_split(outcomes: list[Outcome]) -> dict[str, Scores]:
    """Scores of each split present, in SPLITS order."""
    return _grouped(outcomes, lambda o: o.question.split, order=SPLITS)


def by_topic(outcomes: list[Outcome]) -> dict[str, Scores]:
    return _grouped(outcomes, lambda o: o.question.topic)


def _grouped(
    outcomes: list[Outcome], key: Callable[[Outcome], str], order: tuple[str, ...] = ()
) -> dict[str, Scores]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[key(outcome)].append(outcome)
    names = [n for n in order if n in groups] + sorted(set(groups) - set(order))
    return {name: score(groups[name]) for name in names}


def calibrate_threshold(outcomes: list[Outcome]) -> float:
    """Return the no-answer threshold that declines off-topic questions but not covered ones.

    Among thresholds that meet both targets (covered declined <= 3%, off-topic declined
    >= 95%) the middle one is taken, so the choice does not sit on the edge of one question.
    When none meets both, the covered target comes first: a declined covered question loses
    its answer, while an answered off-topic one still quotes only cited guide sentences. Of the
    thresholds that decline at most 3% of covered questions, those declining the most off-topic
    ones are kept, and the middle one taken. Pass only tuning outcomes: the held-back split
    must not choose it.
    """
    # Questions triage declines are declined whatever the threshold.
    confidences = np.array(sorted({o.confidence for o in outcomes if not o.screened}))
    candidates = (confidences[:-1] + confidences[1:]) / 2 if len(confidences) > 1 else confidences

    def confidence(o: Outcome) -> float:
        return -np.inf if o.screened else o.confidence

    answerable = np.array([confidence(o) for o in outcomes if o.question.answerable])
    uncovered = np.array([confidence(o) for o in outcomes if not o.question.answerable])
    if not len(answerable) or not len(uncovered):
        raise ValueError("calibration needs both answerable and uncovered questions")
    covered_declined = np.array([(answerable < t).mean() for t in candidates])
    off_topic_declined = np.array([(uncovered < t).mean() for t in candidates])
    covered_met = covered_declined <= MAX_COVERED_DECLINED
    if not covered_met.any():
        covered_met = covered_declined == covered_declined.min()
    most = off_topic_declined[covered_met].max()
    meets = covered_met & (off_topic_declined >= min(most, MIN_OFF_TOPIC_DECLINED))
    best = np.flatnonzero(meets)
    return float(candidates[best[len(best) // 2]])
