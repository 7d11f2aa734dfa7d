"""Measure conversations turn by turn: `flask --app wsgi kb eval --conversations FILE`.

Each flow is replayed as the chat page sends it: every turn carries the history so far, the
guide's own replies included with the sections they cited. Turns are scored by their position
(first, second, third and later), because a follow-up of two words is the hard case.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from .answer import Answer
from .asked_before import held_out
from .conversation import Section, Turn
from .guide import Guide
from .json_lines import read_labelled, set_name
from .reply_kind import ReplyKind

KINDS = tuple(k.value for k in ReplyKind)
SPLITS = ("tuning", "held_back")
POSITIONS = ("first", "second", "third+")


@dataclass(frozen=True)
class FlowTurn:
    message: str
    expected: frozenset[Section]  # sections that answer it; empty when not covered
    key_facts: tuple[str, ...]  # any one of them in the answer counts
    switch: bool  # a new complete question: must not carry the old topic
    expected_kind: ReplyKind


@dataclass(frozen=True)
class Flow:
    id: str
    split: str
    turns: tuple[FlowTurn, ...]
    group: str = ""  # its labelled set ("7"): replayed against the memory of the others


@dataclass(frozen=True)
class TurnOutcome:
    flow: Flow
    number: int  # 1-based position in the flow
    reply: Answer
    cited: frozenset[Section]

    @property
    def turn(self) -> FlowTurn:
        return self.flow.turns[self.number - 1]

    @property
    def position(self) -> str:
        return POSITIONS[min(self.number, len(POSITIONS)) - 1]

    @property
    def covered(self) -> bool:
        return self.turn.expected_kind == ReplyKind.ANSWER

    @property
    def key_fact(self) -> bool:
        return self.reply.kind == ReplyKind.ANSWER and any(
            _plain(fact) in _plain(self.reply.text) for fact in self.turn.key_facts
        )

    @property
    def declined_covered(self) -> bool:
        return self.covered and self.reply.kind == ReplyKind.NO_ANSWER

    @property
    def carried(self) -> bool:
        """A topic switch answered from an article only earlier turns were about, and not
        from a section that answers it."""
        if (
            not self.turn.switch
            or self.reply.kind != ReplyKind.ANSWER
            or self.cited & self.turn.expected
        ):
            return False
        earlier = {s.slug for t in self.flow.turns[: self.number - 1] for s in t.expected}
        old = earlier - {s.slug for s in self.turn.expected}
        return any(s.slug in old for s in self.cited)


@dataclass(frozen=True)
class PositionScores:
    turns: int
    covered: int
    key_fact: float  # share of covered turns whose answer holds a key fact
    declined_covered: float  # share of covered turns declined
    cited_expected: float  # share of covered turns citing an expected section
    kind_right: float  # share of all turns whose reply kind is the expected one
    switches: int
    carried: float  # share of topic switches that carried the old topic


def load_flows(path: Path | str) -> list[Flow]:
    """Read labelled conversations from JSON Lines.

    Raises:
        ValueError: a line that is not a labelled flow, naming the file and line.
    """
    flows = read_labelled(path, _flow, "labelled flow")
    return [dataclasses.replace(f, group=set_name(path)) for f in flows]


def _flow(data: dict, number: int) -> Flow:
    turns = tuple(_flow_turn(t) for t in data["turns"])
    if data["split"] not in SPLITS or not turns:
        raise ValueError(f"split must be one of {SPLITS}, with turns")
    return Flow(str(data.get("id", f"line {number}")), data["split"], turns)


def _flow_turn(data: dict) -> FlowTurn:
    if data["expected_kind"] not in KINDS:
        raise ValueError(f"expected_kind must be one of {KINDS}")
    return FlowTurn(
        message=data["message"],
        expected=frozenset(Section(e["slug"], e["anchor"] or "") for e in data["expected"]),
        key_facts=tuple(data["key_facts"]),
        switch=bool(data["switch"]),
        expected_kind=ReplyKind(data["expected_kind"]),
    )


def run(guide: Guide, flows: list[Flow]) -> list[TurnOutcome]:
    """Replay every flow through the guide, as the chat page would send it."""
    by_url = {p.url: Section(p.slug, p.anchor) for p in guide.index.passages}
    outcomes = []
    for flow in flows:
        history: list[Turn] = []
        for number, turn in enumerate(flow.turns, start=1):
            with held_out(guide.index.asked_before, flow.group):
                reply = guide.reply(turn.message, history)
            cited = tuple(by_url[c.url] for c in reply.sources)
            outcomes.append(TurnOutcome(flow, number, reply, frozenset(cited)))
            history += [Turn("user", turn.message), Turn("assistant", reply.text, cited)]
    return outcomes


def score(outcomes: list[TurnOutcome]) -> PositionScores:
    covered = [o for o in outcomes if o.covered]
    switches = [o for o in outcomes if o.turn.switch]

    def share(items: list[TurnOutcome], test) -> float:
        return sum(1 for o in items if test(o)) / len(items) if items else 0.0

    return PositionScores(
        turns=len(outcomes),
        covered=len(covered),
        key_fact=share(covered, lambda o: o.key_fact),
        declined_covered=share(covered, lambda o: o.declined_covered),
        cited_expected=share(covered, lambda o: bool(o.cited & o.turn.expected)),
        kind_right=share(outcomes, lambda o: o.reply.kind == o.turn.expected_kind),
        switches=len(switches),
        carried=share(switches, lambda o: o.carried),
    )


def by_position(outcomes: list[TurnOutcome]) -> dict[str, PositionScores]:
    """Scores for first turns, second turns, third and later turns, and follow-ups (2nd+)."""
    groups = {p: [o for o in outcomes if o.position == p] for p in POSITIONS}
    groups["follow-ups"] = [o for o in outcomes if o.number > 1]
    return {name: score(items) for name, items in groups.items()}


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def table(outcomes: list[TurnOutcome]) -> str:
    """Return the per-position scores of each split as a plain-text table."""
    lines = []
    for split in SPLITS:
        mine = [o for o in outcomes if o.flow.split == split]
        flows = len({id(o.flow) for o in mine})
        lines.append(f"{split} ({flows} flows)")
        lines.append(
            f"{'turns':<11}{'n':>4}{'covered':>8}{'key fact':>9}{'declined':>9}"
            f"{'cited':>7}{'kind ok':>8}{'switches':>9}{'carried':>8}"
        )
        for name, s in by_position(mine).items():
            lines.append(
                f"{name:<11}{s.turns:>4}{s.covered:>8}{s.key_fact:>9.3f}"
                f"{s.declined_covered:>9.3f}{s.cited_expected:>7.3f}{s.kind_right:>8.3f}"
                f"{s.switches:>9}{s.carried:>8.3f}"
            )
        lines.append("")
    return "\n".join(lines)
