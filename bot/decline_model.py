"""The learned decision to answer a question asked alone or decline it (bot/decline.py makes
its signals and trains it): saved with the index, read at microseconds a question."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DECLINE_FILE = "decline.json"
# The signals, in the order of a feature vector.
SIGNALS = (
    "confidence",  # Ranking.confidence: the best dense similarity, adjusted by word shares
    "dense",  # the best passage's dense similarity alone
    "gap",  # the best hit's ranking score less the next one's
    "unknown",  # share of the question's words the guide never uses
    "coverage",  # share of the question's rare-word weight (IDF) the best passage uses
    "asked_as",  # best similarity to a question the best section is asked as (heading, asked_as)
    "same_kind",  # the best section's heading asks what the question asks (how long, cost...)
    "open_kind",  # the question asks a kind (how long, cost...) and the heading does not
    "names_car_t",  # the question names the therapy
    "names_covered",  # the question names a condition the guide covers
    "names_uncovered",  # the question names a condition the guide does not cover
    "words",  # log of the question's word count
    "rare_share",  # share of the question's IDF weight on words the guide never uses
    "agreement",  # share of the hits in the best hit's article
    "dense_gap",  # the best dense similarity less the next best
    "mean_dense",  # the hits' mean dense similarity
    "lexical",  # log of the best hit's BM25 score
    "unknown_words",  # how many of the question's words the guide never uses
    # The labelled questions nearest this one (bot/asked_before.py, each set's own left out in
    # training) agreeing with the ranking: evidence the question is covered.
    "recalled_lead",  # their vote for the best hit's section
    "recalled_agrees",  # the best hit's section has the most of their vote
    "recalled_article",  # the share of their vote on the best hit's article
    "recalled_total",  # their whole vote: how many are near, and how near
    # The nearest uncovered labelled question's similarity less the nearest covered one's
    # (at least asked_before.FLOOR): evidence the question is not covered (round 37, decline38).
    "recalled_uncovered",
)


# The share of covered questions a cut may decline: the no-answer threshold's target
# (issue 11), and the learned decision's.
MAX_COVERED_DECLINED = 0.03
# The learned decision's cut declines at most this share of its training set's covered
# questions: with the memory's agreement among its signals (round 35, follow36) it tells
# covered from uncovered better, and held out over sets 1-30 (first questions and first turns)
# this cut declines fewer covered (228 -> 203 of 4,115) and answers fewer uncovered (274 -> 267
# of 1,557) than main's decision at 0.03; at 0.03 it answered 247 uncovered and declined 224
# covered, at 0.02 291 and 184 (eval/HISTORY.md, round 35). Since round 37 (decline38) the
# nearest uncovered labelled question is a signal too: at 0.025 it declined 8 more covered
# questions of sets 1-30 than main (held out: 130 -> 138 of 2,440) for 85 fewer uncovered
# answered; at 0.02 no more covered questions or first turns are declined than main's, and
# fewer uncovered ones are answered (eval/HISTORY.md, round 37).
DECLINE_MAX_COVERED = 0.02


def middle_cut(
    values: np.ndarray,
    answerable: np.ndarray,
    uncovered: np.ndarray,
    enough_uncovered: float = 1.0,
    max_covered: float = MAX_COVERED_DECLINED,
) -> float:
    """Of the cuts between sorted distinct `values`, the middle one of those declining at most
    `max_covered` of the answerable scores (or, when none does, the fewest) and the most
    uncovered ones, or at least `enough_uncovered` of them: the middle, so the choice does not
    sit on the edge of one question. A score below the cut is declined.
    """
    cuts = (values[:-1] + values[1:]) / 2 if len(values) > 1 else values
    covered_declined = np.array([(answerable < c).mean() for c in cuts])
    uncovered_declined = np.array([(uncovered < c).mean() for c in cuts])
    covered_met = covered_declined <= max_covered
    if not covered_met.any():
        covered_met = covered_declined == covered_declined.min()
    most = uncovered_declined[covered_met].max()
    meets = covered_met & (uncovered_declined >= min(most, enough_uncovered))
    best = np.flatnonzero(meets)
    return float(cuts[best[len(best) // 2]])


@dataclass(frozen=True)
class DeclineModel:
    """A logistic regression on standardised signals, and the probability it answers from."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    cut: float  # least probability of being covered that is answered
    figures: str = ""  # its held-out figures, as the build printed them

    def probability(self, signals: Sequence[float]) -> float:
        """The probability a question with these signals is covered."""
        z = self.bias + sum(
            w * (s - m) / d
            for w, s, m, d in zip(self.weights, signals, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def answers(self, signals: Sequence[float]) -> bool:
        """Whether a question with these signals is answered."""
        return self.probability(signals) >= self.cut

    def to_json(self) -> dict:
        return {
            "signals": list(SIGNALS),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
            "cut": self.cut,
            "figures": self.figures,
        }

    @classmethod
    def from_json(cls, data: dict) -> DeclineModel | None:
        """The model saved, or None when it was trained on other signals than these."""
        if tuple(data.get("signals", ())) != SIGNALS:
            return None
        return cls(
            tuple(data["mean"]),
            tuple(data["scale"]),
            tuple(data["weights"]),
            float(data["bias"]),
            float(data["cut"]),
            data.get("figures", ""),
        )

    def save(self, release: Path) -> None:
        (release / DECLINE_FILE).write_text(json.dumps(self.to_json(), indent=1))


def load_decline(release: Path) -> DeclineModel | None:
    """The model saved in a release, or None (an index built before it, or on other signals)."""
    path = release / DECLINE_FILE
    return DeclineModel.from_json(json.loads(path.read_text())) if path.exists() else None
