"""`kb eval` as plain functions: run the labelled sets through a guide, then render the scores."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from . import conversation_eval, evaluation
from .guide import Guide
from .retrieval import MODES

# Retrieval modes measured by their ranking alone: the reply is the hybrid mode's.
ABLATIONS = tuple(mode for mode in MODES if mode != "hybrid")


@dataclass(frozen=True)
class Calibration:
    """The threshold the tuning split suggests, and the tuning scores it gives."""

    threshold: float
    tuned: evaluation.Scores


@dataclass(frozen=True)
class QuestionReport:
    sets: dict[str, list[evaluation.EvalQuestion]]  # by set name, each reported apart
    threshold: float  # the no-answer threshold the replies were given at
    outcomes: dict[str, list[evaluation.Outcome]]  # by set: the replies, judged
    ablations: dict[str, dict[str, list[evaluation.Retrieved]]]  # by set, then ABLATIONS mode
    calibration: Calibration | None
    not_calibrated: str = ""  # why there is no calibration

    @property
    def hybrid(self) -> list[evaluation.Outcome]:
        """The outcomes of every set."""
        return [o for outcomes in self.outcomes.values() for o in outcomes]

    @property
    def tuning(self) -> list[evaluation.Outcome]:
        """The hybrid outcomes of the tuning splits: the only ones to tune on."""
        return [o for o in self.hybrid if o.question.split == evaluation.TUNING]


@dataclass(frozen=True)
class ConversationReport:
    path: Path
    outcomes: list[conversation_eval.TurnOutcome]


def load_question_sets(
    paths: Mapping[str, Iterable[Path | str]],
) -> dict[str, list[evaluation.EvalQuestion]]:
    """Read each named set of labelled question files as one list.

    Raises:
        ValueError: a file has an unusable line.
    """
    return {
        name: [q for path in files for q in evaluation.load_questions(path)]
        for name, files in paths.items()
    }


def evaluate_questions(
    guide: Guide, sets: dict[str, list[evaluation.EvalQuestion]]
) -> QuestionReport:
    """Ask each set of the guide and rank it in each ablation, then calibrate the threshold on
    every tuning split."""
    outcomes = {name: evaluation.run(guide, items) for name, items in sets.items()}
    ablations = {
        name: {mode: evaluation.retrieve(guide, items, mode) for mode in ABLATIONS}
        for name, items in sets.items()
    }
    threshold = guide.settings.no_answer_threshold
    report = QuestionReport(sets, threshold, outcomes, ablations, calibration=None)
    try:
        suggested = evaluation.calibrate_threshold(report.tuning)
    except ValueError as exc:
        return dataclasses.replace(report, not_calibrated=str(exc))
    items = [o.question for o in report.tuning]
    tuned = evaluation.score(evaluation.run(_at_threshold(guide, suggested), items))
    return dataclasses.replace(report, calibration=Calibration(suggested, tuned))


def _at_threshold(guide: Guide, threshold: float) -> Guide:
    """The same guide (index, model, triage layer) answering at another no-answer threshold."""
    other = copy.copy(guide)
    other.settings = dataclasses.replace(guide.settings, no_answer_threshold=threshold)
    return other


def evaluate_conversations(guide: Guide, path: Path | str) -> ConversationReport:
    """Replay the labelled conversations in a file.

    Raises:
        ValueError: the file has an unusable line.
    """
    flows = conversation_eval.load_flows(path)
    return ConversationReport(Path(path), conversation_eval.run(guide, flows))


def render_questions(report: QuestionReport, misses: bool = False) -> str:
    """Return the question scores per set and split (the replies, then each ablation's
    ranking), per topic, and the calibration."""
    lines = []
    for name, items in report.sets.items():
        answerable = sum(1 for q in items if q.answerable)
        lines.append(
            f"{name}: {len(items)} questions, {answerable} answerable, "
            f"{len(items) - answerable} uncovered"
        )
    lines += [
        f"no-answer threshold {report.threshold:.3f}\n",
        "hybrid: every question asked as a patient's first message (Guide.reply, no history),"
        " its reply\njudged; hit@1/hit@3/MRR rank the question alone. dense, lexical: that"
        " ranking alone.\nkey fact: the answer states one; lead: its first sentence does;"
        " first: that sentence is from\na labelled section; covered/off-topic: share declined"
        " (no_answer, or help now alone);\nmixing: answers quoting an unrelated article; help"
        " first: help now first, the answer below it\n(judged as that answer).\n",
        _scores_header("set, split", "mode"),
    ]
    for name, outcomes in report.outcomes.items():
        ablations = {
            mode: evaluation.by_split(retrieved, evaluation.retrieval)
            for mode, retrieved in report.ablations[name].items()
        }
        for split, scores in evaluation.by_split(outcomes).items():
            lines.append(_scores_row(f"{name} {split}", "hybrid", scores))
            for mode, by_split in ablations.items():
                lines.append(_retrieval_row(f"{name} {split}", mode, by_split[split]))
    lines.append(f"\nBy topic (hybrid, every set and split):\n{_scores_header('topic', '')}")
    for topic, scores in evaluation.by_topic(report.hybrid).items():
        lines.append(_scores_row(topic, "", scores))
    if report.calibration is None:
        lines.append(f"\nNo calibration: {report.not_calibrated}.")
    else:
        suggested, tuned = report.calibration.threshold, report.calibration.tuned
        lines.append(
            f"\nCalibrated on the tuning split of every set: {suggested:.3f} (covered declined "
            f"{tuned.covered_declined:.3f}, off-topic declined {tuned.off_topic_declined:.3f}); "
            "set NO_ANSWER_THRESHOLD to use it."
        )
    if misses:
        lines.append("\nKey facts missed by answers, by why (hybrid, every split):")
        lines.extend(_facts_missed(report))
        lines.append("\nMisses (hybrid, tuning split):")
        lines.extend(_misses(report.tuning))
    return "\n".join(lines)


def _facts_missed(report: QuestionReport) -> list[str]:
    """Per reason a key fact was missed, how many answers of each set, and in all."""
    lines = []
    for why in evaluation.FACT_MISSES:
        counts = {
            name: sum(1 for o in outcomes if o.fact_missed == why)
            for name, outcomes in report.outcomes.items()
        }
        sets = ", ".join(f"{name} {n}" for name, n in counts.items() if n)
        lines.append(f"{sum(counts.values()):>5}  {why}" + (f" ({sets})" if sets else ""))
    return lines


def render_conversations(report: ConversationReport) -> str:
    """Return the conversation scores by turn position."""
    return (
        f"\nConversations, by turn position ({report.path.name}):\n\n"
        f"{conversation_eval.table(report.outcomes)}"
    )


def _scores_header(first: str, second: str) -> str:
    return (
        f"{first:<16}{second:<9}{'n':>4}{'hit@1':>7}{'hit@3':>7}{'MRR':>7}{'key fact':>10}"
        f"{'lead':>6}{'first':>7}{'covered':>9}{'off-topic':>11}{'mixing':>8}{'help first':>12}"
    )


def _retrieval_row(first: str, second: str, r: evaluation.Retrieval) -> str:
    return f"{first:<16}{second:<9}{r.count:>4}{r.hit_at_1:>7.3f}{r.hit_at_3:>7.3f}{r.mrr:>7.3f}"


def _scores_row(first: str, second: str, s: evaluation.Scores) -> str:
    return (
        f"{_retrieval_row(first, second, s)}{s.key_fact:>10.3f}{s.fact_first:>6.3f}"
        f"{s.first_sentence:>7.3f}{s.covered_declined:>9.3f}{s.off_topic_declined:>11.3f}"
        f"{s.mixing:>8}{s.help_first:>12}"
    )


def _misses(outcomes: list[evaluation.Outcome]) -> list[str]:
    lines = []
    for o in outcomes:
        q = o.question
        problems = [
            name
            for name, missed in (
                ("declined", q.answerable and o.declined),
                ("answered", not q.answerable and not o.declined),
                (f"no key fact: {o.fact_missed}", bool(o.fact_missed)),
                ("first sentence", q.answerable and not o.declined and not o.first_from_label),
                ("mixing", o.mixes_articles),
                ("help now first", o.help_first),
            )
            if missed
        ]
        if problems:
            lines.append(f"- {q.question}  [{', '.join(problems)}; conf {o.confidence:.3f}]")
            lines.append(f"    expected {', '.join(sorted(q.expected)) or '(uncovered)'}")
            lines.append(f"    answer: {o.answer[:300]}")
    return lines
