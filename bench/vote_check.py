"""The memory's vote narrowed down by the int8 pass against the vote over every row, to the bit.

Usage: python -m bench.vote_check [--compare FILE]

Replays what `bench.replies` asks (every question, conversation turn and triage message of
eval/) through the served index in INDEX_DIR, and at every vote the retriever takes compares the
voters and their similarities `AskedBefore._voters_bounded` finds with those of `_voters` (the
float32 product of every row), with no set left out and with each set of the memory left out
in turn, as `kb eval` scores a set; and at every decision that reads the nearest uncovered
question, its similarity found from the rows the int8 pass leaves
(`AskedBefore._nearest_uncovered_bounded`) with that of the product of every row, the same way
(round 38). With --compare, the replies are also compared with those
`python -m bench.replies save FILE` kept (as `bench.replies compare` does, in the same pass).
Prints counts only (no message text); exits 1 on a difference.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from bot import create_app
from bot.asked_before import FLOOR, AskedBefore

from .replies import differences, replies, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, help="replies `bench.replies save` kept")
    args = parser.parse_args()
    checked = {"votes": 0, "compared": 0, "differ": 0, "ties": 0}
    narrowed = AskedBefore._voters_bounded

    def compared(memory, query_vector, estimates, slack):
        found = narrowed(memory, query_vector, estimates, slack)
        checked["votes"] += 1
        before = memory._left_out
        try:
            for left_out in (None, *range(len(memory.names))):
                memory._left_out = left_out
                every_row = memory._voters(query_vector)
                bounded = narrowed(memory, query_vector, estimates, slack)
                checked["compared"] += 1
                if bounded is None:
                    checked["ties"] += 1
                    continue
                rows, similarity = every_row
                above = similarity > FLOOR
                same = np.array_equal(rows[above], bounded[0]) and np.array_equal(
                    similarity[above].view(np.uint32), bounded[1].view(np.uint32)
                )
                checked["differ"] += not same
        finally:
            memory._left_out = before
        return found

    unbounded = AskedBefore.nearest_uncovered
    nearest_checked = {"decisions": 0, "compared": 0, "differ": 0}

    def nearest_compared(memory, query_vector, estimated=None):
        found = unbounded(memory, query_vector, estimated)
        if estimated is None:
            return found
        nearest_checked["decisions"] += 1
        before = memory._left_out
        try:
            for left_out in (None, *range(len(memory.names))):
                memory._left_out = left_out
                every_row = np.float32(unbounded(memory, query_vector))
                bounded = np.float32(unbounded(memory, query_vector, estimated))
                nearest_checked["compared"] += 1
                nearest_checked["differ"] += every_row.view(np.uint32) != bounded.view(np.uint32)
        finally:
            memory._left_out = before
        return found

    AskedBefore._voters_bounded = compared
    AskedBefore.nearest_uncovered = nearest_compared
    app = create_app()
    kept = replies(app)
    retriever = app.extensions["cartbot"].ready_guide().retriever
    if retriever._memory_rows is None:
        sys.exit("the served index's int8 copy has no memory rows: nothing was narrowed down")
    print(
        f"{len(kept)} replies; {checked['votes']} votes narrowed down, {checked['compared']}"
        f" compared with the vote over every row (each set left out in turn):"
        f" {checked['differ']} differ, {checked['ties']} ties left to the vote over every row"
    )
    print(
        f"{nearest_checked['decisions']} nearest uncovered narrowed down,"
        f" {nearest_checked['compared']} compared with the product of every row (each set left"
        f" out in turn): {nearest_checked['differ']} differ"
    )
    failed = bool(checked["differ"] or not checked["votes"])
    failed |= bool(nearest_checked["differ"] or not nearest_checked["decisions"])
    if args.compare:
        groups = differences(json.loads(args.compare.read_text()), kept)
        print("\n".join(report(groups)))
        failed |= any(differ for _, differ in groups.values())
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
