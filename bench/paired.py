"""CPU by stage of an uncached /api/chat request, with and without environment settings, paired.

Usage: python -m bench.paired [--pairs 4] [--rounds 3] [--python PATH] [--base-python PATH]
       [NAME=VALUE ...]

Each pair runs `bench.stages` in two fresh processes, one with the settings and one without, in
turns (which goes first alternates): settings that glibc or a library reads as the process starts
(GLIBC_TUNABLES) cannot be switched inside one. `--python` names the interpreter of the "with"
side and `--base-python` that of "without" (both this one by default): two venvs over the same
code, e.g. `--base-python .venv/bin/python --python .venv-other/bin/python` (round 36).
On shared cores one run's total moves by ~10% from minute to minute, so a difference is read
from the pairs, each pair's two runs a minute apart, and not from two runs an hour apart.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Mapping

# A run of one side: its extra settings and its interpreter (None: this one).
Run = Callable[[Mapping[str, str], str | None], dict[str, float]]


def stages_run(rounds: int, compared: frozenset[str] = frozenset(), detail: bool = False) -> Run:
    """Return a function running `bench.stages` with extra settings, returning its figures.

    Args:
        compared: the names of the settings compared, left out of the environment both runs
            inherit (`make bench` sets GLIBC_TUNABLES), so "without" is without them.
        detail: time the smaller parts too (`bench.stages --detail`).
    """

    def run(settings: Mapping[str, str], python: str | None = None) -> dict[str, float]:
        command = [python or sys.executable, "-m", "bench.stages", "--json"]
        command += ["--rounds", str(rounds)]
        command += ["--detail"] if detail else []
        environment = {k: v for k, v in os.environ.items() if k not in compared}
        done = subprocess.run(
            command, env={**environment, **settings}, capture_output=True, text=True, check=True
        )
        return json.loads(done.stdout.strip().splitlines()[-1])

    return run


def paired(
    run: Run,
    settings: Mapping[str, str],
    pairs: int,
    pythons: tuple[str | None, str | None] = (None, None),
) -> list[tuple[dict, dict]]:
    """Return (without, with) figures for each pair, the side that runs first alternating.

    Args:
        pythons: the interpreters of "without" and "with" (None: this one).
    """
    results = []
    for number in range(pairs):
        if number % 2 == 0:
            without, with_ = run({}, pythons[0]), run(settings, pythons[1])
        else:
            with_, without = run(settings, pythons[1]), run({}, pythons[0])
        results.append((without, with_))
    return results


def summary(results: list[tuple[dict, dict]]) -> list[str]:
    """Lines: each stage's median CPU without and with, then each pair's change of the total."""
    stages = sorted(
        {k for pair in results for side in pair for k in side if k != "load_average"},
        key=lambda k: -statistics.median(pair[0].get(k, 0.0) for pair in results),
    )
    lines = [f"{'stage':<26}{'without':>9}{'with':>9}{'change':>9}  (us a request, medians)"]
    for stage in stages:
        without = statistics.median(pair[0].get(stage, 0.0) for pair in results)
        with_ = statistics.median(pair[1].get(stage, 0.0) for pair in results)
        lines.append(f"{stage:<26}{without:>9.0f}{with_:>9.0f}{with_ - without:>+9.0f}")
    changes = [pair[1]["total"] - pair[0]["total"] for pair in results]
    loads = [side["load_average"] for pair in results for side in pair if "load_average" in side]
    lines.append(
        "total's change by pair: "
        + ", ".join(f"{c:+.0f}" for c in changes)
        + f" us; median {statistics.median(changes):+.0f} us"
        + (f" (load average {min(loads):.1f}-{max(loads):.1f})" if loads else "")
    )
    return lines


def setting(text: str) -> tuple[str, str]:
    name, equals, value = text.partition("=")
    if not equals or not name:
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME=VALUE")
    return name, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("settings", nargs="*", type=setting, help="NAME=VALUE, set for 'with'")
    parser.add_argument("--python", help="the interpreter of 'with' (default: this one)")
    parser.add_argument("--base-python", help="the interpreter of 'without' (default: this one)")
    parser.add_argument("--pairs", type=int, default=4, help="pairs of runs")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the questions a run")
    parser.add_argument("--detail", action="store_true", help="time smaller parts too")
    args = parser.parse_args()
    settings = dict(args.settings)
    run = stages_run(args.rounds, frozenset(settings), args.detail)
    results = paired(run, settings, args.pairs, (args.base_python, args.python))
    print("\n".join(summary(results)))


if __name__ == "__main__":
    main()
