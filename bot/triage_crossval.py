"""Leave-one-set-out: how the triage does on an eval set the learned layer never trained on.

Every eval set has been seen, so scoring a set the layer trained on flatters it. Here each set
(or group of sets, when one training per set takes too long) is held out in turn: the layer is
trained as `kb build` trains it on the exemplar bank (less any exemplar copied or paraphrased
from the held-out sets), the old set and the other sets of the chosen training list, its
question heads on the other sets' questions and turns (TRIAGE_ASKED) and the guide's section
questions, then each held-out set is scored with the rules and that layer. The mean over sets
estimates how the triage does on the next set nobody tuned it to. The rules were mended from
every set's misses, so this measures the layer, not the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .normalize import normalize
from .triage import CRISIS
from .triage_eval import TriageReport, evaluate
from .triage_model import Example, TriageClassifier, assess_vector, load_examples, train

# The eval sets, by name: the files each is made of, under eval/triage.
SETS = {
    "1": ("tuning.jsonl", "held_back.jsonl"),
    "2": ("v2/tuning.jsonl", "v2/held_back.jsonl"),
    **{str(n): (f"v{n}/held_back.jsonl",) for n in range(3, 48)},
}
BACKGROUND = ("exemplars.jsonl", "original.jsonl")  # always trained on, less copies of the set
# An exemplar this close to a held-out message (cosine of the question vectors) was written
# from it, and would let the set leak into its own training.
COPY = 0.9


@dataclass(frozen=True)
class HeldOut:
    name: str
    report: TriageReport
    exemplars_left_out: int  # of the bank, as copies of the sets held out with it


def held_out_figures(
    root: Path,
    train_on: Sequence[str],
    encode: Callable[[list[str]], np.ndarray],
    model: str,
    questions: list[str],
    held_out: Sequence[Sequence[str]] = tuple((name,) for name in SETS),
    asked: Sequence[tuple[str, str]] = (),
    sections: list[str] = (),
    section_vectors: np.ndarray | None = None,
) -> list[HeldOut]:
    """Score each set of each group in `held_out` with a layer trained on `train_on` less the group.

    Args:
        root: the folder of the eval sets (eval/triage).
        train_on: names of SETS the shipped layer trains on.
        encode: the serving embedder's encode (normalized rows).
        questions: the plain questions that set the second crisis threshold, as shipped.
        held_out: groups of SETS names, each held out of one training and scored by it.
        asked: (set, message) of the question and conversation sets the question heads train
            on (TRIAGE_ASKED); a held-out group's own are left out.
        sections: the guide's section questions, as `kb build` passes them; with their rows.
    """
    background = {name: load_examples(root / name) for name in BACKGROUND}
    sets = {
        name: [e for f in files for e in load_examples(root / f)] for name, files in SETS.items()
    }
    question_vectors = encode(questions) if questions else None
    bank = background["exemplars.jsonl"]
    bank_vectors = encode([e.message for e in bank])
    results = []
    for group in held_out:
        held = {name: sets[name] for name in group}
        held_vectors = {name: encode([e.message for e in held[name]]) for name in group}
        held_texts = {normalize(e.message) for examples in held.values() for e in examples}
        copied = (bank_vectors @ np.concatenate(list(held_vectors.values())).T).max(axis=1) >= COPY
        kept = [
            e
            for e, c in zip(bank, copied, strict=True)
            if not c and normalize(e.message) not in held_texts
        ]
        examples: list[Example] = [*kept, *background["original.jsonl"]]
        for other in train_on:
            if other not in group:
                examples += sets[other]
        told = [(name, message) for name, message in asked if name not in group]
        layer = train(
            examples,
            encode([e.message for e in examples]),
            model,
            questions,
            question_vectors,
            sections,
            section_vectors,
            told,
            encode([message for _, message in told]) if told else None,
        )
        results += [
            HeldOut(name, score(held[name], held_vectors[name], layer), len(bank) - len(kept))
            for name in group
        ]
    return results


def score(examples: list[Example], vectors: np.ndarray, layer: TriageClassifier) -> TriageReport:
    """Score labelled messages with the rules and a layer, given their question vectors."""
    by_message = dict(zip((e.message for e in examples), vectors, strict=True))
    return evaluate(examples, lambda message: assess_vector(message, by_message[message], layer))


def render(results: list[HeldOut], misses_of: set[str] | None = None) -> str:
    """Return a table: per held-out set, urgent and crisis recall and the false-alarm rate, then
    the misses of the sets in `misses_of` (of every set when None)."""
    lines = [f"{'set':<5}{'urgent':>14}{'crisis':>12}{'false alarms':>18}{'crisis replies':>16}"]
    shares = []
    for r in results:
        outcomes = r.report.outcomes
        counts = {
            kind: [o for o in outcomes if o.example.expected == kind]
            for kind in ("urgent", "crisis", "none")
        }
        urgent = sum(o.right for o in counts["urgent"])
        crisis = sum(o.right for o in counts["crisis"])
        alarms = [o for o in counts["none"] if not o.right]
        wrong_help = sum(o.decided == CRISIS for o in counts["urgent"])
        shares.append((r.report.urgent_recall, r.report.crisis_recall, r.report.false_urgent))
        lines.append(
            f"{r.name:<5}{urgent:>6}/{len(counts['urgent']):<4}{r.report.urgent_recall:>4.0%}"
            f"{crisis:>5}/{len(counts['crisis']):<3}{r.report.crisis_recall:>4.0%}"
            f"{len(alarms):>8}/{len(counts['none']):<4}{r.report.false_urgent:>6.1%}"
            f"{wrong_help:>16}"
        )
    mean = np.mean(shares, axis=0)
    lines.append(f"mean{mean[0]:>16.1%}{mean[1]:>12.1%}{mean[2]:>18.1%}")
    left_out = ", ".join(f"set {r.name} {r.exemplars_left_out}" for r in results)
    lines.append(f"exemplars left out as copies of the held-out sets: {left_out}")
    for r in results:
        if misses_of is not None and r.name not in misses_of:
            continue
        for o in r.report.misses:
            lines.append(
                f"set {r.name}: expected {o.example.expected}, got {o.decided}"
                f" ({'layer' if o.learned else 'rules'}): {o.example.message!r}"
            )
    return "\n".join(lines)
