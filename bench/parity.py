"""Answer quality of the int8 model against fp32: `python -m bench.parity` (or `make parity`).

Builds the index of knowledge/ twice in a temporary folder, once per ONNX_PRECISION, answers
every labelled question of each file (eval/*questions*.jsonl unless given) as `kb eval` does
(the reply a patient gets, at the configured NO_ANSWER_THRESHOLD), and prints per file and
split: hit@3, key fact in the answer, covered questions declined and off-topic questions
declined, with the difference in points. int8 is kept only while every difference is within
PARITY_POINTS. Rates only: no question is printed, so the held-back split stays unseen.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from bot import create_app
from bot.config import DEFAULTS, PROJECT_ROOT, from_environment
from bot.evaluation import SPLITS, by_split, load_questions, run, score

from .run import flask_command, save

PRECISIONS = ("int8", "fp32")
PARITY_POINTS = 0.5
METRICS = (
    ("hit@3", "hit_at_3"),
    ("key fact", "key_fact"),
    ("covered declined", "covered_declined"),
    ("off-topic declined", "off_topic_declined"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "questions",
        nargs="*",
        type=Path,
        default=sorted((PROJECT_ROOT / "eval").glob("*questions*.jsonl")),
        help="labelled question files (default: eval/*questions*.jsonl)",
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cart-parity-"))
    try:
        report = parity(work, args.questions)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    path = save(report, "parity", report["date"])
    print_table(report)
    print(f"\nWritten to {path}")


def parity(work: Path, files: list[Path]) -> dict:
    """Score every file's splits with each precision; return the rows of the table."""
    questions = {path.name: load_questions(path) for path in files}
    scores: dict[str, dict] = {}
    for precision in PRECISIONS:
        settings = {
            **from_environment(),
            "EMBEDDER": "onnx",
            "ONNX_PRECISION": precision,
            "INDEX_DIR": str(work / f"index-{precision}"),
        }
        flask_command({k: str(v) for k, v in settings.items()}, "kb", "build")
        guide = create_app({**DEFAULTS, **settings}).extensions["cartbot"].ready_guide()
        every_file = []
        for name, items in questions.items():
            outcomes = run(guide, items)
            every_file += outcomes
            _add(scores, name, outcomes, precision)
        _add(scores, "every file", every_file, precision)
    rows = []
    for group, row in scores.items():
        for label, field in METRICS:
            int8, fp32 = row["int8"][field], row["fp32"][field]
            difference = (int8 - fp32) * 100
            rows.append(
                {
                    "group": group,
                    "count": row["count"],
                    "metric": label,
                    "int8": int8,
                    "fp32": fp32,
                    "points": difference,
                    "within": abs(difference) <= PARITY_POINTS,
                }
            )
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "files": list(questions),
        "splits": [*SPLITS, "all"],
        "load_average": os.getloadavg(),
        "rows": rows,
    }


def _add(scores: dict, name: str, outcomes: list, precision: str) -> None:
    for split, figures in [*by_split(outcomes).items(), ("all", score(outcomes))]:
        row = scores.setdefault(f"{name} {split}", {"count": figures.count})
        row[precision] = dataclasses.asdict(figures)


def print_table(report: dict) -> None:
    load = " ".join(f"{x:.1f}" for x in report["load_average"])
    print(f"\nint8 against fp32, hybrid, {report['date']} (load average {load})\n")
    print(f"{'file and split':<44}{'n':>5}  {'metric':<20}{'int8':>7}{'fp32':>7}{'points':>8}")
    for row in report["rows"]:
        mark = "" if row["within"] else f"  beyond {PARITY_POINTS}"
        print(
            f"{row['group']:<44}{row['count']:>5}  {row['metric']:<20}{row['int8']:>7.3f}"
            f"{row['fp32']:>7.3f}{row['points']:>+8.1f}{mark}"
        )
    beyond = [r for r in report["rows"] if not r["within"]]
    verdict = "all within" if not beyond else f"{len(beyond)} beyond"
    print(f"\n{verdict} {PARITY_POINTS} points")


if __name__ == "__main__":
    main()
