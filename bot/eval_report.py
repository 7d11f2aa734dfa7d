"""`kb eval` as plain functions: run the labelled sets through a guide, then render the scores."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import conversation_eval, evaluation
from .guide import Guide
from .retrieval import MODES


@dataclass(frozen=True)
class Calibration:
    """The threshold the tuning split suggests, and the tuning scores it gives."""

    threshold: float
    tuned: evaluation.Scores


@dataclass(frozen=True)
class QuestionReport:
    questions: list[evaluation.EvalQuestion]
    threshold: float  # the no-answer threshold the outcomes were judged with
    outcomes: dict[str, list[evaluation.Outcome]]  # by retrieval mode
    calibration: Calibration | None
    not_calibrated: str = ""  # why there is no calibration

    @property
    def tuning(self) -> list[evaluation.Outcome]:
        """The hybrid outcomes of the tuning split: the only ones to tune on."""
        return [o for o in self.outcomes["hybrid"] if o.question.split == evaluation.TUNING]


@dataclass(frozen=True)
class ConversationReport:
    path: Path
    outcomes: list[conversation_eval.TurnOutcome]


def evaluate_questions(
    guide: Guide, questions: list[evaluation.EvalQuestion], threshold: float
) -> QuestionReport:
    """Run the questions in every retrieval mode, then calibrate the threshold on tuning."""
    outcomes = {mode: evaluation.run(guide, questions, mode, threshold) for mode in MODES}
    tuning = [o for o in outcomes["hybrid"] if o.question.split == evaluation.TUNING]
    try:
        suggested = evaluation.calibrate_threshold(tuning)
    except ValueError as exc:
        return QuestionReport(questions, threshold, outcomes, None, str(exc))
    items = [q for q in questions if q.split == evaluation.TUNING]
    tuned = evaluation.score(evaluation.run(guide, items, "hybrid", suggested))
    return QuestionReport(questions, threshold, outcomes, Calibration(suggested, tuned))


def evaluate_conversations(guide: Guide, path: Path | str) -> ConversationReport:
    """Replay the labelled conversations in a file.

    Raises:
        ValueError: the file has an unusable line.
    """
    flows = conversation_eval.load_flows(path)
    return ConversationReport(Path(path), conversation_eval.run(guide, flows))


def render_questions(report: QuestionReport, misses: bool = False) -> str:
    """Return the question scores per split and mode, per topic, and the calibration."""
    items = report.questions
    answerable = sum(1 for q in items if q.answerable)
    lines = [
        f"{len(items)} questions: {answerable} answerable, {len(items) - answerable} uncovered; "
        f"no-answer threshold {report.threshold:.3f}\n",
        "key fact: the answer states one; first: its first sentence is from a labelled section;"
        "\ncovered/off-topic: share declined; mixing: answers quoting an unrelated article.\n",
        _scores_header("split", "mode"),
    ]
    for split in evaluation.SPLITS:
        for mode in MODES:
            scores = evaluation.by_split(report.outcomes[mode]).get(split)
            if scores:
                lines.append(_scores_row(split, mode, scores))
    lines.append(f"\nBy topic (hybrid, every split):\n{_scores_header('topic', '')}")
    for topic, scores in evaluation.by_topic(report.outcomes["hybrid"]).items():
        lines.append(_scores_row(topic, "", scores))
    if report.calibration is None:
        lines.append(f"\nNo calibration: {report.not_calibrated}.")
    else:
        suggested, tuned = report.calibration.threshold, report.calibration.tuned
        lines.append(
            f"\nCalibrated on the tuning split: {suggested:.3f} (covered declined "
            f"{tuned.covered_declined:.3f}, off-topic declined {tuned.off_topic_declined:.3f}); "
            "set NO_ANSWER_THRESHOLD to use it."
        )
    if misses:
        lines.append("\nMisses (hybrid, tuning split):")
        lines.extend(_misses(report.tuning))
    return "\n".join(lines)


def render_conversations(report: ConversationReport) -> str:
    """Return the conversation scores by turn position."""
    return (
        f"\nConversations, by turn position ({report.path.name}):\n\n"
        f"{conversation_eval.table(report.outcomes)}"
    )


def _scores_header(first: str, second: str) -> str:
    return (
        f"{first:<12}{second:<9}{'n':>4}{'hit@1':>7}{'hit@3':>7}{'MRR':>7}{'key fact':>10}"
        f"{'first':>7}{'covered':>9}{'off-topic':>11}{'mixing':>8}"
    )


def _scores_row(first: str, second: str, s: evaluation.Scores) -> str:
    return (
        f"{first:<12}{second:<9}{s.count:>4}{s.hit_at_1:>7.3f}{s.hit_at_3:>7.3f}{s.mrr:>7.3f}"
        f"{s.key_fact:>10.3f}{s.first_sentence:>7.3f}{s.covered_declined:>9.3f}"
        f"{s.off_topic_declined:>11.3f}{s.mixing:>8}"
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
                ("no key fact", q.key_facts and not o.declined and not o.states_key_fact),
                ("first sentence", q.answerable and not o.declined and not o.first_from_label),
                ("mixing", o.mixes_articles),
            )
            if missed
        ]
        if problems:
            lines.append(f"- {q.question}  [{', '.join(problems)}; conf {o.confidence:.3f}]")
            lines.append(f"    expected {', '.join(sorted(q.expected)) or '(uncovered)'}")
            lines.append(f"    answer: {o.answer[:300]}")
    return lines
