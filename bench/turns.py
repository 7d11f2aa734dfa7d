"""CPU time of a reply by stage, first turns and later turns apart, over labelled conversations.

Usage: python -m bench.turns [--rounds 1] [--json] FILE [FILE ...]

`bench.stages` times the bench's questions, each a first message. A later message reads its
topic, may rank several readings and weighs the labelled messages nearest it against its bar
(round 41: `covered_reaches` was its largest part outside the model run). This replays the
flows of conversation files (eval/conversations-N.jsonl; never the validation set) through
`Guide.reply` as `kb eval` does, each flow's set left out of the memory, and charges each turn's
CPU to the stages `bench.stages --detail` names and a few of a later message's own, every turn's
texts new to the question cache (as `bench.stages`'s "uncached"). No HTTP: the request's own
stages are `bench.stages`'s. Serves the index in INDEX_DIR.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import WORKER_THREADS  # noqa: F401  (sets one compute thread before numpy loads)
from .stages import DETAIL, STAGES, StageClock, install

# A later message's own parts: its bar against the labelled messages nearest it (round 38,
# decline39), and the later turns' vote for a follow-up's sections (round 34).
LATER = (
    ("bot.asked_before", "AskedBefore.covered_reaches", "covered reaches"),
    ("bot.asked_before", "AskedBefore.nearest_uncovered_message", "nearest uncovered message"),
    ("bot.asked_before", "AskedBefore.follow_up_votes", "follow-up votes"),
)
POSITIONS = ("first", "later")


@dataclass
class TimedGuide:
    """A guide whose every reply is timed by stage, kept under "first" or "later"."""

    guide: object  # bot.guide.Guide (imported late: the stages are wrapped before it loads)
    clock: StageClock
    turns: dict[str, list[dict[str, float]]] = field(
        default_factory=lambda: {position: [] for position in POSITIONS}
    )

    @property
    def index(self):
        return self.guide.index

    def reply(self, message: str, history: list):
        # Every text new to the process, as a new message's are; repeated within the turn,
        # the question cache hands them on, as in service.
        forget = getattr(self.guide.embedder, "forget", None)
        if forget is not None:
            forget()
        self.clock.reset()
        answer = self.guide.reply(message, history)
        later = any(turn.role == "user" for turn in history)
        self.turns["later" if later else "first"].append(self.clock.stop())
        return answer


def per_turn(passes: Sequence[dict[str, list[dict[str, float]]]]) -> dict[str, dict]:
    """Per position: each stage's mean CPU microseconds a turn (the median of the passes), the
    total's, and how many turns."""
    figures = {}
    for position in POSITIONS:
        timed = [turns[position] for turns in passes]
        if not timed[0]:
            continue
        stages = sorted({stage for turns in timed for totals in turns for stage in totals})
        means = [
            {s: sum(t.get(s, 0.0) for t in turns) * 1e6 / len(turns) for s in stages}
            for turns in timed
        ]
        figures[position] = {s: statistics.median(m[s] for m in means) for s in stages}
        figures[position]["total"] = statistics.median(sum(m.values()) for m in means)
        figures[position]["turns"] = len(timed[0])
    return figures


def measure(app, files: Sequence[Path], rounds: int, clock: StageClock) -> dict[str, dict]:
    """Replay every flow of the files once to warm up, then `rounds` times timed."""
    from bot.conversation_eval import load_flows, run

    flows = [flow for path in files for flow in load_flows(path)]
    with app.test_request_context():
        guide = app.extensions["cartbot"].ready_guide()
        run(guide, flows)
        passes = []
        for _ in range(rounds):
            timed = TimedGuide(guide, clock)
            run(timed, flows)
            passes.append(timed.turns)
    return per_turn(passes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="conversation files to replay")
    parser.add_argument("--rounds", type=int, default=1, help="timed replays of the flows")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    clock = StageClock()
    install(clock, STAGES + DETAIL + LATER)
    from bot import create_app

    figures = measure(create_app(), args.files, args.rounds, clock)
    figures["load_average"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(figures))
        return
    for position in POSITIONS:
        if position not in figures:
            continue
        stages = figures[position]
        print(f"{position} turns ({stages.pop('turns')})")
        for stage, us in sorted(stages.items(), key=lambda kv: -kv[1]):
            print(f"  {stage:<28}{us:>8.0f} us")
    print(f"load average {figures['load_average']:.1f}")


if __name__ == "__main__":
    main()
