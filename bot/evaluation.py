"""Measure retrieval, answers and declining on labelled questions: `flask --app wsgi kb eval`.

Two paths, each measuring what it can. The answer figures judge the reply a patient gets:
every question is asked of `Guide.reply` with no history (triage and its learned layer, scope,
the Spanish reading, the trial search, the answer). The retrieval figures (hit@1, hit@3, MRR)
rank the question alone, in each retrieval mode: `Guide.reply` has no mode, so the ablations
(dense only, lexical only) measure retrieval and nothing after it.

The judging is split from the running so other flows can judge each reply they get with
`judge` and total the outcomes with `score`.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np

from .answer import MAX_ANSWER_CHARS, MAX_SENTENCES, Answer, is_quotable
from .asked_before import held_out
from .decline_model import middle_cut
from .guide import PASSAGES_RETRIEVED, Guide
from .json_lines import read_labelled, set_name
from .knowledge import Passage
from .reply_kind import ReplyKind
from .retrieval import Mode
from .safety_replies import GUIDE_SAYS

UNCOVERED = "uncovered"
TUNING = "tuning"
HELD_BACK = "held_back"
SPLITS = (TUNING, HELD_BACK)
# Targets of issue 11, used to calibrate the no-answer threshold.
MIN_OFF_TOPIC_DECLINED = 0.95


@dataclass(frozen=True)
class EvalQuestion:
    question: str
    topic: str
    expected: frozenset[str]  # passage ids; empty when the base does not cover it
    key_facts: tuple[str, ...] = ()  # any one of them stated means the answer says it
    split: str = TUNING  # "tuning" | "held_back": tune on the first, score the second at the end
    source: str = ""
    group: str = ""  # its labelled set ("7"): scored against the memory of the others

    @property
    def answerable(self) -> bool:
        return bool(self.expected)

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(e.split("#", 1)[0] for e in self.expected)


@dataclass(frozen=True)
class Retrieved:
    question: EvalQuestion
    rank: int | None  # 1-based rank of the first expected passage, None if not retrieved


@dataclass(frozen=True)
class Outcome(Retrieved):
    """A question's hybrid ranking, and the reply it got judged against its labels."""

    confidence: float
    declined: bool  # not covered, out of scope, or help now alone
    screened: bool = False  # declined before any passage was ranked, whatever the threshold
    help_first: bool = False  # help now first, the answer below it (judged as the answer)
    states_key_fact: bool = False
    leads_with_key_fact: bool = False  # the answer's first sentence states one
    first_from_label: bool = False  # the answer's first sentence is from an expected section
    mixes_articles: bool = False  # quotes an article with no expected section beside one with
    answer: str = ""  # the text judged: the reply's, or the answer below help now
    fact_missed: str = ""  # why an answer leaves out every key fact (FACT_MISSES), else ""


@dataclass(frozen=True)
class Retrieval:
    hit_at_1: float
    hit_at_3: float
    mrr: float
    count: int


@dataclass(frozen=True)
class Scores(Retrieval):
    key_fact: float  # share of questions with key facts whose answer states one
    fact_first: float  # share of those whose answer's first sentence states one
    first_sentence: float  # share of answerable questions answered first from a labelled section
    covered_declined: float  # share of answerable questions declined
    off_topic_declined: float  # share of uncovered questions declined
    mixing: int  # answers quoting an unrelated article beside a related one
    help_first: int  # replies giving help now first, the answer below it


def load_questions(path: Path | str) -> list[EvalQuestion]:
    """Read labelled questions from JSON Lines.

    Raises:
        ValueError: a line that is not a labelled question, naming the file and line.
    """
    questions = read_labelled(path, _question, "labelled question")
    return [dataclasses.replace(q, group=set_name(path)) for q in questions]


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


def retrieve(guide: Guide, questions: list[EvalQuestion], mode: Mode) -> list[Retrieved]:
    """Rank every question alone in one retrieval mode, as the service ranks a first message."""
    found = []
    for item in questions:
        with held_out(guide.index.asked_before, item.group):
            found.append(Retrieved(item, _rank(item, ranked(guide, item.question, mode))))
    return found


def ranked(guide: Guide, question: str, mode: Mode) -> list[str]:
    """The passage ids one retrieval mode returns for a question, best first."""
    ranking = guide.retriever.rank(question, k=PASSAGES_RETRIEVED, mode=mode)
    ranking = guide.retriever.with_named_things(ranking, question)
    return [guide.index.passages[h.position].id for h in ranking.hits]


def run(guide: Guide, questions: list[EvalQuestion]) -> list[Outcome]:
    """Ask every question as a patient's first message and judge the reply the guide gives,
    at its own no-answer threshold; each is ranked alone too, in hybrid mode, for retrieval."""
    outcomes = []
    for item in questions:
        with held_out(guide.index.asked_before, item.group):
            reply = guide.reply(item.question)
            outcome = judge(item, reply, ranked(guide, item.question, "hybrid"))
        if item.key_facts and not outcome.declined and not outcome.states_key_fact:
            why = why_fact_missed(guide.index.passages, item, reply)
            outcome = dataclasses.replace(outcome, fact_missed=why)
        outcomes.append(outcome)
    return outcomes


def judge(item: EvalQuestion, reply: Answer, ranked: list[str]) -> Outcome:
    """Judge one reply against its labels.

    An answer is judged on its text; help now first with the answer below it on the answer's
    text, and counted apart; help now alone, like a no_answer, declines.

    Args:
        ranked: the passage ids retrieval returned, best first.
    """
    help_first = reply.kind == ReplyKind.URGENT and bool(reply.quotes)
    answered = reply.kind == ReplyKind.ANSWER or help_first
    text = reply.text.partition(GUIDE_SAYS)[2] if help_first else reply.text
    cited = {q.passage.split("#", 1)[0] for q in reply.quotes}
    lead = reply.quotes[0] if reply.quotes else None
    return Outcome(
        question=item,
        rank=_rank(item, ranked),
        confidence=reply.confidence,
        declined=not answered,
        # Triage and scope decline before any passage is ranked: no threshold answers them.
        screened=not answered and not reply.passages,
        help_first=help_first,
        states_key_fact=answered and states_any(text, item.key_facts),
        leads_with_key_fact=lead is not None and states_any(lead.text, item.key_facts),
        first_from_label=lead is not None and lead.passage in item.expected,
        mixes_articles=(
            item.answerable and bool(cited & item.articles) and bool(cited - item.articles)
        ),
        answer=text,
    )


def _rank(item: EvalQuestion, ranked: list[str]) -> int | None:
    return next((i for i, pid in enumerate(ranked, start=1) if pid in item.expected), None)


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


def retrieval(items: Sequence[Retrieved]) -> Retrieval:
    """hit@1, hit@3 and MRR over the answerable questions."""
    ranks = [o.rank for o in items if o.question.answerable]
    n = len(ranks)
    return Retrieval(
        hit_at_1=sum(1 for r in ranks if r == 1) / n if n else 0.0,
        hit_at_3=sum(1 for r in ranks if r is not None and r <= 3) / n if n else 0.0,
        mrr=sum(1 / r for r in ranks if r) / n if n else 0.0,
        count=len(items),
    )


def score(outcomes: list[Outcome]) -> Scores:
    answerable = [o for o in outcomes if o.question.answerable]
    with_facts = [o for o in answerable if o.question.key_facts]
    uncovered = [o for o in outcomes if not o.question.answerable]

    def share(items: list[Outcome], test: Callable[[Outcome], bool]) -> float:
        return sum(1 for o in items if test(o)) / len(items) if items else 0.0

    return Scores(
        **dataclasses.asdict(retrieval(outcomes)),
        key_fact=share(with_facts, lambda o: o.states_key_fact),
        fact_first=share(with_facts, lambda o: o.leads_with_key_fact),
        first_sentence=share(answerable, lambda o: o.first_from_label),
        covered_declined=share(answerable, lambda o: o.declined),
        off_topic_declined=share(uncovered, lambda o: o.declined),
        mixing=sum(1 for o in answerable if o.mixes_articles),
        help_first=sum(1 for o in outcomes if o.help_first),
    )


_Item = TypeVar("_Item", bound=Retrieved)
_Measured = TypeVar("_Measured")


def by_split(
    items: Sequence[_Item], measure: Callable[[list[_Item]], _Measured] = score
) -> dict[str, _Measured]:
    """Scores of each split present, in SPLITS order: `score` for outcomes, or `retrieval`."""
    return _grouped(items, lambda o: o.question.split, measure, order=SPLITS)


def by_topic(outcomes: list[Outcome]) -> dict[str, Scores]:
    return _grouped(outcomes, lambda o: o.question.topic, score)


def _grouped(
    items: Sequence[_Item],
    key: Callable[[_Item], str],
    measure: Callable[[list[_Item]], _Measured],
    order: tuple[str, ...] = (),
) -> dict[str, _Measured]:
    groups: dict[str, list[_Item]] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    names = [n for n in order if n in groups] + sorted(set(groups) - set(order))
    return {name: measure(groups[name]) for name in names}


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
    # Replies declined before ranking (triage, scope) are declined whatever the threshold.
    confidences = np.array(sorted({o.confidence for o in outcomes if not o.screened}))

    def confidence(o: Outcome) -> float:
        return -np.inf if o.screened else o.confidence

    answerable = np.array([confidence(o) for o in outcomes if o.question.answerable])
    uncovered = np.array([confidence(o) for o in outcomes if not o.question.answerable])
    if not len(answerable) or not len(uncovered):
        raise ValueError("calibration needs both answerable and uncovered questions")
    return middle_cut(confidences, answerable, uncovered, MIN_OFF_TOPIC_DECLINED)
