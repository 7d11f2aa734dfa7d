"""Whether to answer a question asked alone or decline it: a small logistic regression over
the cheap signals the guide computes for the question anyway, trained by `kb build` on the
labelled question sets (answerable vs uncovered) and judged leave-one-set-out.

The threshold on one number (Ranking.confidence) declined covered questions from the asker's
own life and answered near-topic ones, whichever way it moved: the signals below tell the two
apart better together than any one of them alone (eval/HISTORY.md, round 27, decline28).
Since round 35 (follow36) they include how the labelled questions nearest the question voted
(bot/asked_before.py): their vote agreeing with the ranking's best section is evidence the
question is covered, so the decision is trained on the rankings the memory votes in, each
question against the memory without its own set, as a question the memory never saw is served.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .asked_before import held_out as memory_held_out
from .conditions import ANY_CONDITION, CONDITIONS, named
from .decline_model import DECLINE_MAX_COVERED, SIGNALS, DeclineModel, middle_cut
from .intent import Intent, question_intent
from .json_lines import read_asked, set_name
from .lexical import lexical_tokens
from .reply_kind import ReplyKind
from .retrieval import Ranking, Retriever

if TYPE_CHECKING:
    from .guide import Decided, Guide

# The regularisation of the regression (scikit-learn's C, on standardised signals): chosen
# leave-one-set-out on sets 1-22.
REGULARISATION = 0.1
_CAR_T = ("car-t", "cart", "car t", "chimeric antigen")


def signals(
    retriever: Retriever,
    covered: frozenset[str],
    message: str,
    ranking: Ranking,
) -> tuple[float, ...]:
    """The signals of a question asked alone, from its ranking.

    Args:
        covered: the names of the conditions the guide covers (KnowledgeIndex.conditions).
    """
    hits = ranking.hits
    if not hits:
        return (0.0, 0.0, 0.0, 1.0, 0.0, -1.0) + (0.0,) * (len(SIGNALS) - 6)
    best = hits[0]
    gap = best.score - hits[1].score if len(hits) > 1 else 0.0
    # The best section's own questions, compared directly: Retriever.question_scores serves
    # many positions and cost ten times as much for one.
    index = retriever.index
    start, end = index.question_bounds[best.position], index.question_bounds[best.position + 1]
    questions = index.question_vectors[start:end]
    asked = float(np.max(questions @ ranking.query_vector)) if end > start else -1.0
    intent = question_intent(message)
    heading = retriever.heading_intents[best.position]
    kind = intent is not None and intent != Intent.YES_NO
    same = kind and heading == intent
    text = message.lower()
    names = {named(m, CONDITIONS).name for m in ANY_CONDITION.finditer(text)}
    tokens = lexical_tokens(message)
    weights = ranking.weights
    total = sum(weights.values())
    passages = index.passages
    dense = sorted((hit.dense for hit in hits), reverse=True)
    rare = sum(w for t, w in weights.items() if not retriever.knows(t)) / total if total else 0.0
    return (
        ranking.confidence,
        dense[0],
        gap,
        ranking.unknown,
        ranking.coverage,
        asked,
        float(same),
        float(kind and not same),
        float(any(c in text for c in _CAR_T)),
        float(bool(names & covered)),
        float(bool(names - covered)),
        math.log1p(len(tokens)),
        rare,
        sum(passages[h.position].slug == passages[best.position].slug for h in hits) / len(hits),
        dense[0] - (dense[1] if len(dense) > 1 else 0.0),
        sum(dense) / len(dense),
        math.log1p(best.lexical),
        ranking.unknown * len(tokens),
        *recalled(retriever, ranking),
    )


def recalled(retriever: Retriever, ranking: Ranking) -> tuple[float, float, float, float, float]:
    """How the labelled questions nearest a question voted (Ranking.votes) against its
    ranking's best hit: their vote for its section, whether that section has the most of it,
    the share of it on its article, and the whole vote; then how much nearer the nearest
    uncovered labelled question is than the nearest covered one; zeros where none voted."""
    votes = ranking.votes
    if votes is None or not ranking.hits:
        return (0.0, 0.0, 0.0, 0.0, 0.0)
    memory = retriever.index.asked_before
    uncovered = 0.0
    if memory is not None:
        nearest = memory.nearest_uncovered(ranking.query_vector, ranking.uncovered_bounds)
        uncovered = nearest - ranking.recalled_nearest
    total = float(votes.sum())
    if total <= 0.0:
        return (0.0, 0.0, 0.0, 0.0, uncovered)
    best = ranking.hits[0].position
    lead = float(votes[best])
    slug = retriever.index.passages[best].slug
    article = float(votes[list(retriever.index.article_positions[slug])].sum())
    return (lead, float(lead >= float(votes.max())), article / total, total, uncovered)


def fit(
    features: np.ndarray, covered: np.ndarray, regularisation: float = REGULARISATION
) -> DeclineModel:
    """Fit the regression and choose its cut on these questions (deterministic).

    Args:
        features: one row of SIGNALS per question.
        covered: per question, whether the guide covers it.
    """
    from sklearn.linear_model import LogisticRegression  # only at build time

    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale == 0] = 1.0
    x = (features - mean) / scale
    model = LogisticRegression(C=regularisation, class_weight="balanced", max_iter=1000)
    model.fit(x, covered)
    weights, bias = model.coef_[0], float(model.intercept_[0])
    found = DeclineModel(tuple(mean), tuple(scale), tuple(weights), bias, 0.5)
    p = np.array([found.probability(row) for row in features])
    return DeclineModel(found.mean, found.scale, found.weights, bias, choose_cut(p, covered))


def choose_cut(probability: np.ndarray, covered: np.ndarray) -> float:
    """Where a question is declined: below this probability of being covered. Chosen on the
    training questions as the no-answer threshold is (`middle_cut`): the most uncovered
    declined with at most DECLINE_MAX_COVERED of covered ones declined."""
    return middle_cut(
        np.unique(probability),
        probability[covered],
        probability[~covered],
        max_covered=DECLINE_MAX_COVERED,
    )


@dataclass(frozen=True)
class Labelled:
    """A labelled first question: its set, whether the guide covers it, and what the guide
    did with it today (the threshold and scope deciding)."""

    group: str  # the set it came from: a held-out fold is one set
    covered: bool
    decided: bool  # reached the answer-or-decline step (not triage's, scope's or a trial search)
    declined: bool  # declined by today's decision
    signals: tuple[float, ...]


def read_labelled_questions(paths: Sequence[Path]) -> list[tuple[str, str, bool]]:
    """The first questions of question and conversation sets, each with its set and whether
    the guide covers it; first turns labelled urgent are triage's and left out.

    Raises:
        ValueError: a line that is neither a labelled question nor a conversation.
    """
    return [(set_of(a.path), a.message, a.covered) for a in read_asked(paths) if a.first]


def set_of(path: Path) -> str:
    """The set a labelled file belongs to, by its number ("questions-7.jsonl": "set 7")."""
    return f"set {set_name(path)}"


def set_name_of(group: str) -> str:
    """The memory's name of a set (`set_of`'s "set 7": "7")."""
    return group.removeprefix("set ")


def held_out(items: Sequence[Labelled], regularisation: float = REGULARISATION) -> str:
    """Leave-one-set-out figures of the learned decision against today's, one line a set and
    the mean and worst set: covered declined, uncovered declined."""
    groups = sorted({i.group for i in items}, key=_set_order)
    lines, today, learned = [], [], []
    for group in groups:
        train = [i for i in items if i.group != group and i.decided]
        if len({i.covered for i in train}) < 2:
            lines.append(f"  {group}: too few questions without it to train on")
            continue
        held = [i for i in items if i.group == group]
        features, covered = (
            np.array([i.signals for i in train]),
            np.array([i.covered for i in train]),
        )
        model = fit(features, covered, regularisation)
        new = [not model.answers(i.signals) if i.decided else i.declined for i in held]
        before, after = _tally(held, [i.declined for i in held]), _tally(held, new)
        today.append(before)
        learned.append(after)
        lines.append(f"  {group}: today {_shown(before)}; learned {_shown(after)}")
    if today:
        lines.append(f"  mean and worst set: today {_summary(today)}; learned {_summary(learned)}")
    return "\n".join(lines)


def _tally(items: Sequence[Labelled], declined: Sequence[bool]) -> tuple[int, int, int, int]:
    covered = [d for i, d in zip(items, declined, strict=True) if i.covered]
    uncovered = [d for i, d in zip(items, declined, strict=True) if not i.covered]
    return sum(covered), len(covered), sum(uncovered), len(uncovered)


def _shown(tally: tuple[int, int, int, int]) -> str:
    return f"covered declined {tally[0]}/{tally[1]}, uncovered declined {tally[2]}/{tally[3]}"


def _summary(tallies: Sequence[tuple[int, int, int, int]]) -> str:
    covered = [t[0] / t[1] for t in tallies if t[1]]
    uncovered = [t[2] / t[3] for t in tallies if t[3]]
    return (
        f"covered declined {np.mean(covered):.3f} (worst {max(covered):.3f}),"
        f" uncovered declined {np.mean(uncovered):.3f} (worst {min(uncovered):.3f})"
    )


def _set_order(group: str) -> int:
    return int(group.split()[-1])


def train(guide: Guide, questions: Sequence[tuple[str, str, bool]]) -> DeclineModel:
    """Train the decision on labelled first questions, as the guide (without one) routes and
    ranks them, and record its held-out figures against the guide's own decision.

    Each question is asked against the memory of labelled questions without its own set's
    (`asked_before.held_out`), as a question the memory never saw is served: its own twin
    there would agree with its ranking every time.

    Args:
        guide: a guide over the index being built, with its memory of labelled questions and
            without a `decline`.
        questions: (set, question, covered) as read_labelled_questions gives them.

    Raises:
        ValueError: the questions lack a covered or an uncovered one reaching the decision.
    """
    items = []
    for group, message, covered in questions:
        seen: list[Decided] = []
        with memory_held_out(guide.index.asked_before, set_name_of(group)):
            reply = guide.reply(message, seen=seen)
        answered = reply.kind == ReplyKind.ANSWER or (
            reply.kind == ReplyKind.URGENT and bool(reply.quotes)
        )
        # Trial questions reach the step, but the trial search answers what it declines.
        step = next((d for d in seen if not d.trials), None)
        found = step.signals if step else ()
        items.append(Labelled(group, covered, step is not None, not answered, found))
    taught = [i for i in items if i.decided]
    if len({i.covered for i in taught}) < 2:
        raise ValueError("the learned decision needs covered and uncovered questions")
    model = fit(np.array([i.signals for i in taught]), np.array([i.covered for i in taught]))
    return dataclasses.replace(model, figures=held_out(items))
