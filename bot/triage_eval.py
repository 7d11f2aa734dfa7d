"""Score the triage on labelled messages: recall per category, false-urgent rate, every miss."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from .triage import CRISIS, URGENT, Triage, triage
from .triage_model import EXPECTED, NONE, Example

# A combined reply (Triage.sign_first: the urgent steps, then the crisis line) counts as both:
# an urgent message gets help now and its urgent steps, a crisis message keeps the crisis line.
BOTH = "urgent+crisis"
DECISIONS = (URGENT, CRISIS, BOTH, NONE)  # what a message was routed to


@dataclass(frozen=True)
class Outcome:
    example: Example
    decided: str  # URGENT | CRISIS | BOTH | NONE
    by_rules: str  # what the rules alone decided

    @property
    def right(self) -> bool:
        """Crisis must get the crisis line (alone or after urgent steps); urgent gets help now,
        any reply; none neither."""
        expected = self.example.expected
        if expected == URGENT:
            return self.decided in (URGENT, CRISIS, BOTH)
        if expected == CRISIS:
            return self.decided in (CRISIS, BOTH)
        return self.decided == expected

    @property
    def learned(self) -> bool:
        """Whether the learned layer changed the rules' decision."""
        return self.decided != self.by_rules


@dataclass(frozen=True)
class CategoryScore:
    category: str
    expected: str
    count: int
    right: int

    @property
    def recall(self) -> float:
        return self.right / self.count


@dataclass(frozen=True)
class TriageReport:
    outcomes: tuple[Outcome, ...]

    def _share(self, expected: str, test: Callable[[Outcome], bool]) -> float:
        chosen = [o for o in self.outcomes if o.example.expected == expected]
        return sum(map(test, chosen)) / len(chosen) if chosen else float("nan")

    @property
    def urgent_recall(self) -> float:
        return self._share(URGENT, lambda o: o.right)

    @property
    def crisis_recall(self) -> float:
        return self._share(CRISIS, lambda o: o.right)

    @property
    def false_urgent(self) -> float:
        """Share of messages expected to need no help that got the urgent or crisis reply."""
        return self._share(NONE, lambda o: not o.right)

    @cached_property
    def categories(self) -> list[CategoryScore]:
        groups: dict[tuple[str, str], list[Outcome]] = {}
        for outcome in self.outcomes:
            key = (outcome.example.category, outcome.example.expected)
            groups.setdefault(key, []).append(outcome)
        return [
            CategoryScore(category, expected, len(group), sum(o.right for o in group))
            for (category, expected), group in sorted(
                groups.items(), key=lambda item: (DECISIONS.index(item[0][1]), item[0][0])
            )
        ]

    @cached_property
    def confusion(self) -> Counter[tuple[str, str]]:
        """(expected, decided) -> messages."""
        return Counter((o.example.expected, o.decided) for o in self.outcomes)

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.right]

    @property
    def learned_catches(self) -> list[Outcome]:
        """Messages the learned layer got right where the rules alone did not."""
        return [o for o in self.outcomes if o.learned and o.right]

    @property
    def learned_errors(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.learned and not o.right]


def decision_of(result: Triage) -> str:
    if result.kind == CRISIS and result.sign_first:
        return BOTH
    return result.kind if result.kind in (URGENT, CRISIS) else NONE


def evaluate(examples: list[Example], assess: Callable[[str], Triage]) -> TriageReport:
    """Run each message through `assess` (and through the rules alone, to compare)."""
    return TriageReport(
        tuple(
            Outcome(e, decision_of(assess(e.message)), decision_of(triage(e.message)))
            for e in examples
        )
    )


def render(report: TriageReport) -> str:
    """Return the report as text for a terminal."""
    # A clinic's category names can be long: the column grows so a name never runs into its label.
    width = max([24] + [len(c.category) + 2 for c in report.categories])
    lines = [f"{'category':<{width}}{'expected':<10}{'n':>5}{'right':>7}{'recall':>9}"]
    for c in report.categories:
        lines.append(
            f"{c.category:<{width}}{c.expected:<10}{c.count:>5}{c.right:>7}{c.recall:>9.1%}"
        )
    flagged = sum(1 for o in report.outcomes if o.example.expected == NONE and not o.right)
    calm = sum(1 for o in report.outcomes if o.example.expected == NONE)
    lines += [
        "",
        f"urgent recall {report.urgent_recall:.1%} (urgent or crisis reply), crisis recall"
        f" {report.crisis_recall:.1%}, false-urgent {report.false_urgent:.1%}"
        f" ({flagged} of {calm} that need no help now)",
        "",
        "confusion (rows: expected, columns: decided)",
        f"{'':<10}" + "".join(f"{d:>14}" for d in DECISIONS),
    ]
    for expected in EXPECTED:
        counts = "".join(f"{report.confusion[(expected, d)]:>14}" for d in DECISIONS)
        lines.append(f"{expected:<10}{counts}")
    lines += [
        "",
        f"learned layer: {len(report.learned_catches)} right that the rules alone got wrong,"
        f" {len(report.learned_errors)} wrong that the rules alone got right",
    ]
    for title, outcomes in (
        ("caught by the learned layer", report.learned_catches),
        ("misses", report.misses),
    ):
        if outcomes:
            lines += ["", f"{title} ({len(outcomes)}):"]
            lines += [
                f"  expected {o.example.expected}, got {o.decided} [{o.example.category}]:"
                f" {o.example.message!r}"
                for o in outcomes
            ]
    return "\n".join(lines)
