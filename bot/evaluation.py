"""Measure retrieval and declining on labelled questions: `flask --app wsgi kb eval`."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .guide import PASSAGES_RETRIEVED, Guide
from .retrieval import Mode
from .triage import OUT_OF_SCOPE, triage

UNCOVERED = "uncovered"


@dataclass(frozen=True)
class EvalQuestion:
    question: str
    topic: str
    expected: frozenset[str]  # passage ids; empty when the base does not cover it

    @property
    def answerable(self) -> bool:
        return bool(self.expected)


@dataclass(frozen=True)
class Outcome:
    question: EvalQuestion
    rank: int | None  # 1-based rank of the first expected passage, None if not retrieved
    confidence: float
    declined: bool
    screened: bool = False  # declined by triage, whatever the threshold


@dataclass(frozen=True)
class Scores:
    hit_at_1: float
    hit_at_3: float
    mrr: float
    answered: float  # share of answerable questions not declined
    declined: float  # share of uncovered questions declined
    count: int


def load_questions(path: Path | str) -> list[EvalQuestion]:
    """Read labelled questions from JSON Lines.

    Raises:
        ValueError: a line that is not a labelled question, naming the file and line.
    """
    questions = []
    for number, line in enumerate(Path(path).read_text().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            expected = frozenset(
                f"{e['slug']}#{e['anchor']}" if e["anchor"] else e["slug"] for e in data["expected"]
            )
            questions.append(EvalQuestion(data["question"], data["topic"], expected))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(
                f"{Path(path).name}:{number}: not a labelled question ({exc})"
            ) from None
    return questions


def run(guide: Guide, questions: list[EvalQuestion], mode: Mode, threshold: float) -> list[Outcome]:
    """Rank every question with one retrieval mode and decide whether it is declined.

    A question is declined as the service declines it: out of scope by triage (instructions
    aimed at the bot), or no passage as close as the threshold.
    """
    outcomes = []
    for item in questions:
        ranking = guide.retriever.rank(item.question, k=PASSAGES_RETRIEVED, mode=mode)
        ids = [guide.index.passages[h.position].id for h in ranking.hits]
        rank = next((i for i, pid in enumerate(ids, start=1) if pid in item.expected), None)
        screened = triage(item.question).kind == OUT_OF_SCOPE
        declined = screened or ranking.confidence < threshold
        outcomes.append(Outcome(item, rank, ranking.confidence, declined, screened))
    return outcomes


def score(outcomes: list[Outcome]) -> Scores:
    answerable = [o for o in outcomes if o.question.answerable]
    uncovered = [o for o in outcomes if not o.question.answerable]

    def share(items: list[Outcome], test) -> float:
        return sum(1 for o in items if test(o)) / len(items) if items else 0.0

    return Scores(
        hit_at_1=share(answerable, lambda o: o.rank == 1),
        hit_at_3=share(answerable, lambda o: o.rank is not None and o.rank <= 3),
        mrr=sum(1 / o.rank for o in answerable if o.rank) / len(answerable) if answerable else 0.0,
        answered=share(answerable, lambda o: not o.declined),
        declined=share(uncovered, lambda o: o.declined),
        count=len(outcomes),
    )


def by_topic(outcomes: list[Outcome]) -> dict[str, Scores]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.question.topic].append(outcome)
    return {topic: score(items) for topic, items in sorted(groups.items())}


def calibrate_threshold(outcomes: list[Outcome]) -> float:
    """Return the no-answer threshold that best separates answerable from uncovered questions.

    Maximizes the mean of the answered share and the declined share (balanced accuracy).
    Candidates sit midway between observed confidences; among equally good ones the middle
    is taken, so the choice does not sit on the edge of one question.
    """
    # Questions triage declines do not depend on the threshold.
    outcomes = [o for o in outcomes if not o.screened]
    confidences = np.array(sorted({o.confidence for o in outcomes}))
    candidates = (confidences[:-1] + confidences[1:]) / 2 if len(confidences) > 1 else confidences
    answerable = np.array([o.confidence for o in outcomes if o.question.answerable])
    uncovered = np.array([o.confidence for o in outcomes if not o.question.answerable])
    if not len(answerable) or not len(uncovered):
        raise ValueError("calibration needs both answerable and uncovered questions")
    balanced = np.array(
        [((answerable >= t).mean() + (uncovered < t).mean()) / 2 for t in candidates]
    )
    best = np.flatnonzero(balanced == balanced.max())
    return float(candidates[best[len(best) // 2]])
