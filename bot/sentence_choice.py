"""Which sentence an answer leads with, learned: one weight per feature (bot/answer.py's
LEAD_SENTENCE_FEATURES) of each sentence of the section the answer leads from that may lead,
fitted by `kb build` so a sentence stating one of a question's key facts takes the most of a
softmax over those sentences. Serving is one dot product per sentence that may lead.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .json_lines import read_labelled, set_name

SENTENCE_FILE = "sentence_choice.json"
# How strongly the fit keeps each (standardised) weight near none.
REGULARISATION = 0.01


@dataclass(frozen=True)
class SentenceModel:
    """The fitted weight of each feature, and the build's held-out figures (text)."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    figures: str = ""

    def choose(self, rows: np.ndarray) -> int:
        """The candidate sentence (row) scored best: the first of them on a tie."""
        return int(np.argmax(rows @ np.asarray(self.weights)))

    def save(self, release: Path) -> None:
        (release / SENTENCE_FILE).write_text(json.dumps(asdict(self), indent=1))

    @classmethod
    def load(cls, release: Path) -> SentenceModel | None:
        """The model saved with a release (None: a release built without one)."""
        try:
            data = json.loads((release / SENTENCE_FILE).read_text())
        except FileNotFoundError:
            return None
        return cls(tuple(data["features"]), tuple(data["weights"]), data.get("figures", ""))


def fit(
    rows: Sequence[np.ndarray], wanted: Sequence[np.ndarray], regularisation: float = REGULARISATION
) -> np.ndarray:
    """Weights that give each question's wanted sentences the most of a softmax over its
    candidate sentences, L2-regularised on standardised features.

    Args:
        rows: per question, a row per candidate sentence, a column per feature.
        wanted: per question, a boolean per candidate sentence (at least one true).

    Raises:
        ValueError: no question to fit on.
    """
    from scipy.optimize import minimize  # build time only

    if not rows:
        raise ValueError("no labelled question to fit the lead sentence on")
    every = np.concatenate(rows)
    scale = every.std(axis=0)
    scale[scale == 0] = 1.0
    width = max(len(r) for r in rows)
    block = np.zeros((len(rows), width, every.shape[1]))
    present = np.zeros((len(rows), width), dtype=bool)
    answer = np.zeros((len(rows), width), dtype=bool)
    for i, (r, w) in enumerate(zip(rows, wanted, strict=True)):
        block[i, : len(r)] = r / scale
        present[i, : len(r)] = True
        answer[i, : len(r)] = w

    def loss(weights: np.ndarray) -> tuple[float, np.ndarray]:
        scores = np.where(present, block @ weights, -np.inf)
        scores -= scores.max(axis=1, keepdims=True)
        each = np.exp(scores)
        answering = np.where(answer, each, 0.0)
        total, answered = each.sum(axis=1), answering.sum(axis=1)
        gradient = np.einsum("qc,qcf->f", answering / answered[:, None], block)
        gradient -= np.einsum("qc,qcf->f", each / total[:, None], block)
        value = -np.log(answered / total).mean() + regularisation * weights @ weights
        return value, -gradient / len(rows) + 2 * regularisation * weights

    start = np.zeros(every.shape[1])
    fitted = minimize(loss, start, jac=True, method="L-BFGS-B").x
    return fitted / scale


@dataclass(frozen=True)
class Labelled:
    """A first question the guide covers, its labelled sections (passage ids), the key facts a
    good answer states, and the set it came from."""

    set: str
    question: str
    expected: frozenset[str]
    key_facts: tuple[str, ...]


@dataclass(frozen=True)
class Candidates:
    """A labelled question's sentences that may lead: a row of features each, which state a
    key fact, and the one the hand-set lead scores pick."""

    set: str
    rows: np.ndarray
    wanted: np.ndarray  # bool per row: it states a key fact
    hand: int


def read_questions(paths: Sequence[Path]) -> list[Labelled]:
    """The covered questions of question files and the covered first turns of conversation
    files (their later turns are read with a history, which the build does not replay).

    Raises:
        ValueError: a line that is neither, naming the file and line.
    """
    found: list[Labelled] = []
    for path in paths:
        group = set_name(path)

        def parse(data: dict, _number: int, group: str = group) -> Labelled | None:
            asked = data["turns"][0] if "turns" in data else data
            if asked.get("expected_kind", "answer") != "answer":
                return None
            expected = frozenset(
                f"{e['slug']}#{e['anchor']}" if e["anchor"] else e["slug"]
                for e in asked["expected"]
            )
            message = asked["message"] if "turns" in data else asked["question"]
            return Labelled(group, message, expected, tuple(asked.get("key_facts") or ()))

        found += [q for q in read_labelled(path, parse, "labelled question") if q and q.expected]
    return found


def train(features: tuple[str, ...], items: Sequence[Candidates]) -> SentenceModel:
    """Fit on every question with a sentence to want, and score each set held out."""
    weights = fit(*_taught(items))
    return SentenceModel(features, tuple(float(w) for w in weights), held_out(items))


def _taught(items: Sequence[Candidates]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The questions the fit learns from: those where some sentences state a key fact, some not."""
    taught = [c for c in items if c.wanted.any() and not c.wanted.all()]
    return [c.rows for c in taught], [c.wanted for c in taught]


def held_out(items: Sequence[Candidates]) -> str:
    """Leave-one-set-out share of questions whose lead states a key fact, hand-set -> learned
    (mean of the sets and worst set)."""
    sets = sorted({c.set for c in items}, key=lambda s: (len(s), s))
    if len(sets) < 2:
        return ""
    hand, learned = [], []
    for name in sets:
        weights = fit(*_taught([c for c in items if c.set != name]))
        held = [c for c in items if c.set == name]
        hand.append(np.mean([c.wanted[c.hand] for c in held]))
        learned.append(np.mean([c.wanted[int(np.argmax(c.rows @ weights))] for c in held]))
    gain = np.array(learned) - np.array(hand)
    return (
        f"  key fact first (of questions with a choice of lead): {np.mean(hand):.3f} ->"
        f" {np.mean(learned):.3f} (mean of {len(sets)} sets), worst set {gain.min():+.3f},"
        f" sets better/worse {(gain > 0).sum()}/{(gain < 0).sum()}"
    )
