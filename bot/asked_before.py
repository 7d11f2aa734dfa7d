"""Questions already labelled with their sections, as a memory of how patients ask.

The tuning sets hold thousands of covered questions and first turns, each labelled with the
sections that answer it. A question near many of them labelled with one section is likely asked
of that section, as a question near one of its `asked_as` phrasings is: the neighbours' labels
vote, each by how near it is, and the ranking adds the vote to a section's score
(bot/retrieval.py). `kb build` embeds them once (through the embedding cache) from the files
ASKED_BEFORE names and saves them with the release.

Leave-one-set-out over sets 1-27 (each set scored with the memory of the others), mean of sets,
at WEIGHT 0.08: hit@1 0.760 -> 0.803, hit@3 0.916 -> 0.932, key fact 0.762 -> 0.778 (worst set
-0.025), conversation first turns 0.707 -> 0.737, follow-ups 0.697 -> 0.699, uncovered answered
173 -> 173 of 1,164, covered declined 119 -> 123 of 2,273. The confidence that decides whether
to answer reads the dense similarity, which the vote leaves alone (eval/HISTORY.md, round 32,
memory33); since round 35 the decision also reads whether the vote agrees with the ranking, and
is trained on the rankings the memory votes in, each question without its own set's
(bot/decline.py). `kb eval` and the tests score each labelled set against the memory of the
other sets (`held_out`).

Since round 37 (decline38) the memory keeps the sets' uncovered first questions too, which vote
for nothing: how much nearer the question is to the nearest of them than to the nearest covered
one is a signal of the decision (held out over sets 1-30, uncovered first messages answered
267 -> 183 of 1,557 for covered declined 203 -> 200 of 4,115; eval/HISTORY.md, round 37).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .embedder import Embedder
from .json_lines import read_asked, read_labelled, set_name

if TYPE_CHECKING:
    from .sentence_choice import Labelled

# The nearest labelled questions that vote, and the similarity below which one has no say:
# each adds (similarity - FLOOR), shared among its labelled sections.
NEIGHBOURS = 20
FLOOR = 0.5
# What the vote weighs beside the ranking score (the dense similarity plus the lexical part).
WEIGHT = 0.08
FILE = "asked-before.npz"
# The later turns of the labelled conversations vote too, for a follow-up read with its topic,
# by how near the message alone is to them, among those asked after a turn labelled with an
# article that answered the topic ("how long?" after CRS, not after leukapheresis): without that
# gate the vote moved 152 key facts each way (round 34, follow35). Added to a follow-up's
# candidates before they lean toward the topic, by this much: held out over sets 1-28 (each
# set against the turns of the others), follow-ups with the key fact +56 / -11 at 0.3,
# +78 / -19 at 0.6, +102 / -28 at 1.0, +123 / -45 at 2.0 (eval/HISTORY.md, round 34).
FOLLOW_UP_WEIGHT = 1.0
# Whether a covered labelled message reaches a later message's bar (`covered_reaches`) is read
# in chunks of rows, the first of this many (a multiple of 4) and each next twice the last,
# stopping at the first chunk that reaches: over conversation sets 31-36 (each flow's set left
# out), the first row that reaches is the 119th of 4,598 later turns at the median, and only
# one later message in ten reads every row (round 41, speed42).
REACH_CHUNK = 128
_BLOCK = np.arange(4)


@dataclass(frozen=True)
class FollowUp:
    """A covered later turn of a labelled conversation: its message, its labelled sections
    (passage ids), the articles the turn before it was labelled with, and its set."""

    set: str
    message: str
    expected: frozenset[str]
    after: frozenset[str]  # slugs


@dataclass
class FollowUps:
    """The later turns' vectors, each turn's labelled passage positions (as AskedBefore's) and
    the articles (slugs) the turn before it was asked of."""

    vectors: np.ndarray
    starts: np.ndarray
    positions: np.ndarray
    groups: np.ndarray  # row -> index into the memory's names
    after: tuple[frozenset[str], ...]

    def __len__(self) -> int:
        return len(self.vectors)

    def asked_after(self, topic: frozenset[str]) -> np.ndarray:
        """Whether each turn was asked after a turn on an article of the topic (slugs): a new
        array, from each article's rows, listed once (not each turn's articles at every
        follow-up: ~0.3 ms a follow-up for 4,600 turns)."""
        found = np.zeros(len(self), dtype=bool)
        for slug in topic:
            rows = self._rows_after.get(slug)
            if rows is not None:
                found[rows] = True
        return found

    @functools.cached_property
    def _rows_after(self) -> dict[str, np.ndarray]:
        rows: dict[str, list[int]] = {}
        for row, slugs in enumerate(self.after):
            for slug in slugs:
                rows.setdefault(slug, []).append(row)
        return {slug: np.array(found, dtype=np.int64) for slug, found in rows.items()}


@dataclass
class AskedBefore:
    """The labelled questions' vectors, and for each the passage positions it is labelled with."""

    vectors: np.ndarray  # one row per labelled question, float32
    starts: np.ndarray  # row i's sections are positions[starts[i]:starts[i + 1]]
    positions: np.ndarray
    groups: np.ndarray  # row -> index into names: the set it came from
    names: tuple[str, ...]
    # A set whose questions have no say (the build, replaying its questions): None for none.
    _left_out: int | None = field(default=None, repr=False)
    # The later turns of the labelled conversations (a follow-up's vote), when kept.
    follow_ups: FollowUps | None = None
    # The uncovered first questions of the same sets (no sections: they never vote), and the
    # set of each (an index into names), for `nearest_uncovered`.
    uncovered: np.ndarray | None = None
    uncovered_groups: np.ndarray | None = None
    # The uncovered later turns of the same sets' conversations, and the set of each: with the
    # rest, what `nearest_labelled` reads for a later message (round 38, decline39).
    uncovered_later: np.ndarray | None = None
    uncovered_later_groups: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.vectors)

    def votes(
        self,
        query_vector: np.ndarray,
        passages: int,
        estimated: tuple[np.ndarray, float] | None = None,
    ) -> np.ndarray:
        """Each passage's vote from the NEIGHBOURS labelled questions nearest the query.

        `estimated`: each row's similarity to the query as the int8 pass estimates it, and the
        most any may be off (bot/dense_bound.py), when that pass had the memory's rows; the
        float32 products are then taken only of the rows that could vote.
        """
        return self.votes_and_nearest(query_vector, passages, estimated)[0]

    def votes_and_nearest(
        self,
        query_vector: np.ndarray,
        passages: int,
        estimated: tuple[np.ndarray, float] | None = None,
    ) -> tuple[np.ndarray, float]:
        """`votes`, and the similarity of the nearest labelled question (FLOOR when none is
        nearer: the bounded product does not take the rows below it)."""
        if not len(self.vectors):
            return np.zeros(passages, dtype=np.float32), FLOOR
        found = None if estimated is None else self._voters_bounded(query_vector, *estimated)
        if found is None:
            found = self._voters(query_vector)
        rows, similarity = found
        nearest = max(FLOOR, float(similarity.max())) if len(similarity) else FLOOR
        said = similarity - FLOOR
        rows, said = rows[said > 0], said[said > 0]
        counts = self.starts[rows + 1] - self.starts[rows]
        first = np.repeat(self.starts[rows] - np.cumsum(counts) + counts, counts)
        labelled = self.positions[first + np.arange(counts.sum())]
        shares = np.repeat(said / counts, counts)
        votes = np.bincount(labelled, weights=shares, minlength=passages).astype(np.float32)
        return votes, nearest

    def nearest_uncovered(
        self,
        query_vector: np.ndarray,
        estimated: tuple[np.ndarray, float] | None = None,
    ) -> float:
        """The similarity of the nearest uncovered labelled question (its set's left out when
        one is), -1.0 for none.

        `estimated`: each uncovered row's similarity as the int8 pass estimates it, and the most
        any may be off (bot/dense_bound.py), when that pass had their rows; the float32 product
        is then taken only of the rows that could be the nearest, with the same bits.
        """
        if self.uncovered is None or not len(self.uncovered):
            return -1.0
        if estimated is not None:
            return self._nearest_uncovered_bounded(query_vector, *estimated)
        # BLAS, unlike `_voters` (whose bounded products must give the same bits as the whole
        # one): a worker runs one compute thread (gunicorn.conf.py), and there the product of
        # ~1,700 rows takes ~45 us against einsum's ~100.
        similarity = self.uncovered @ query_vector
        if self._left_out is not None:
            similarity[self.uncovered_groups == self._left_out] = -1.0
        return float(similarity.max())

    def nearest_uncovered_message(self, message_vector: np.ndarray) -> float:
        """The similarity of the nearest uncovered labelled message, a first question or a
        later turn (their set's left out when one is), -1.0 for none."""
        kept = (
            (self.uncovered, self.uncovered_groups),
            (self.uncovered_later, self.uncovered_later_groups),
        )
        return max(
            (self._nearest(rows, groups, message_vector) for rows, groups in kept), default=-1.0
        )

    def covered_reaches(self, message_vector: np.ndarray, least: float) -> bool:
        """Whether a covered labelled message (a later turn, then a first question; their set's
        left out when one is) is at least `least` similar: the first questions' rows are read
        only when no later turn is (about 5% of the labelled later turns, round 38)."""
        later = self.follow_ups
        kept = [(self.vectors, self.groups)]
        if later is not None:
            kept.insert(0, (later.vectors, later.groups))
        return any(self._reaches(rows, groups, message_vector, least) for rows, groups in kept)

    def has_both(self) -> bool:
        """Whether the memory keeps covered and uncovered messages, both to weigh."""
        uncovered = sum(
            len(rows) for rows in (self.uncovered, self.uncovered_later) if rows is not None
        )
        return bool(len(self.vectors) and uncovered)

    def _nearest(
        self, rows: np.ndarray | None, groups: np.ndarray | None, vector: np.ndarray
    ) -> float:
        if rows is None or not len(rows):
            return -1.0
        # BLAS, as `nearest_uncovered`: a worker runs one compute thread (gunicorn.conf.py),
        # and there it is several times faster than einsum.
        similarity = rows @ vector
        if self._left_out is not None:
            similarity[groups == self._left_out] = -1.0
        return float(similarity.max())

    def _reaches(
        self, rows: np.ndarray | None, groups: np.ndarray | None, vector: np.ndarray, least: float
    ) -> bool:
        """`_nearest(rows, groups, vector) >= least`, from the rows' products in chunks (see
        REACH_CHUNK), stopping at the first chunk that reaches: reading 7 MB of float32 rows
        took ~0.7 ms of a later message, mostly from memory.

        Each chunk starts at a multiple of 4 rows and the last takes the short block with the
        whole one before it, so each row's product has the bits the product of every row
        gives it (see `_nearest_uncovered_bounded`), and the largest of the chunks' largest is
        the largest of all.
        """
        if rows is None or not len(rows):
            return self._nearest(rows, groups, vector) >= least
        count, start, size = len(rows), 0, REACH_CHUNK
        while start < count:
            stop = start + size if start + size + 4 <= count else count
            chunk_groups = None if groups is None else groups[start:stop]
            if self._nearest(rows[start:stop], chunk_groups, vector) >= least:
                return True
            start, size = stop, size * 2
        return False

    def _nearest_uncovered_bounded(
        self, query_vector: np.ndarray, estimates: np.ndarray, slack: float
    ) -> float:
        """`nearest_uncovered` from the products of only the rows whose estimate is within twice
        the slack of the best estimate (no row off by more than `slack`): the nearest row is
        among them, its similarity to the last bit.

        OpenBLAS's product multiplies each row by its place in a block of 4 rows, and the short
        block at the end on its own (bot/dense_rows.py): the rows are taken in their whole
        blocks, so each has the bits the product of every row gives it (`python -m
        bench.vote_check` compares the two at every decision of every evaluation question, turn
        and message, each set left out in turn; tests/test_asked_before.py on made-up vectors).
        Reading 2.4 MB of float32 rows took ~200 us of a request just after the model's run had
        pushed them out of cache; the int8 pass reads a quarter of it, in the same run. The few
        rows near the top (about 4 of 1,557) are listed in Python: numpy's calls on arrays this
        small cost more in their bookkeeping than in their work (round 39: ~34 -> ~14 us).
        """
        left_out = None
        if self._left_out is not None:
            left_out = self.uncovered_groups == self._left_out
            if left_out.all():
                return -1.0
            estimates = np.where(left_out, np.float32(-np.inf), estimates)
        count = len(self.uncovered)
        whole = count - count % 4
        if not whole:
            return self.nearest_uncovered(query_vector)
        # The nearest row's estimate is at least the best estimate less twice the slack. The
        # float32 rounding of the reach is far inside ROUNDING_MARGIN, which the slack holds.
        reach = float(estimates.max()) - 2 * slack
        blocks = sorted({row >> 2 for row in np.flatnonzero(estimates >= reach).tolist()})
        short = bool(blocks) and blocks[-1] * 4 >= whole
        if short:
            # The short last block goes last, as in the product of every row, after one whole
            # block at least: numpy takes a product of one row as a dot product, other bits.
            blocks = blocks[:-1] or [whole // 4 - 1]
        taken = [row for block in blocks for row in range(block * 4, block * 4 + 4)]
        if short:
            taken += range(whole, count)
        similarity = self.uncovered[taken] @ query_vector
        if left_out is not None:
            similarity[left_out[taken]] = -1.0
            if left_out.any():
                return max(float(similarity.max()), -1.0)
        return float(similarity.max())

    def follow_up_votes(
        self, message_vector: np.ndarray, topic: frozenset[str], passages: int
    ) -> np.ndarray:
        """Each passage's vote from the NEIGHBOURS later turns nearest a follow-up's message
        alone, of those asked after a turn on an article of the topic (`topic`, slugs)."""
        later = self.follow_ups
        votes = np.zeros(passages, dtype=np.float32)
        if later is None or not len(later) or not topic:
            return votes
        asked_after = later.asked_after(topic)
        if self._left_out is not None:
            asked_after &= later.groups != self._left_out
        # Only the rows that may vote are multiplied: einsum sums each row alone, so each has
        # the bits the product of every row gives it.
        rows = np.flatnonzero(asked_after)
        products = np.einsum("ij,j->i", later.vectors[rows], message_vector)
        similarity = np.full(len(later), -1.0, dtype=products.dtype)
        similarity[rows] = products
        count = min(NEIGHBOURS, len(similarity))
        for row in np.argpartition(-similarity, count - 1)[:count]:
            said = similarity[row] - FLOOR
            if said > 0:
                labelled = later.positions[later.starts[row] : later.starts[row + 1]]
                votes[labelled] += said / len(labelled)
        return votes

    def _voters(self, query_vector: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The NEIGHBOURS rows nearest the query, ascending, and their similarities."""
        # Not BLAS: a product this size spreads over its threads, which contend with the
        # rest of the machine (~10 ms on 2 busy cores, against ~0.2 ms on one).
        similarity = np.einsum("ij,j->i", self.vectors, query_vector)
        if self._left_out is not None:
            similarity[self.groups == self._left_out] = -1.0
        count = min(NEIGHBOURS, len(similarity))
        nearest = np.sort(np.argpartition(-similarity, count - 1)[:count])
        return nearest, similarity[nearest]

    def _voters_bounded(
        self, query_vector: np.ndarray, estimates: np.ndarray, slack: float
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """The rows `_voters` gives that are above FLOOR (the only ones that vote), ascending,
        with their similarities to the last bit, from the float32 products of only the rows
        whose estimate leaves them a chance (none off by more than `slack`): above FLOOR, and
        not below NEIGHBOURS rows for certain. None where two rows tie for the last place, which
        `_voters` breaks by argpartition's order.

        The same bits as `_voters`: numpy's einsum sums each row alone, so a row's product is
        the same among the gathered rows as among all (`python -m bench.vote_check` compares
        the two at every vote of every evaluation question, turn and message, each set left out
        in turn; tests/test_asked_before.py on made-up vectors, ties and sets left out).
        """
        if self._left_out is not None:  # scored -1 by `_voters`: they never vote
            estimates = np.where(self.groups == self._left_out, np.float32(-np.inf), estimates)
        rows = np.flatnonzero(estimates >= FLOOR - slack)
        count = min(NEIGHBOURS, len(estimates))
        if len(rows) > count:
            # At least `count` of these rows are at or above the count-th best estimate less
            # the slack, so a row surely below that (its estimate less than it by more than
            # the slack) is not among the nearest.
            kept = estimates[rows]
            kth = float(np.partition(kept, len(rows) - count)[len(rows) - count])
            rows = rows[kept >= kth - 2 * slack]
        similarity = np.einsum("ij,j->i", self.vectors[rows], query_vector)
        above = similarity > FLOOR
        if np.count_nonzero(above) > count:
            ranked = np.sort(similarity[above])
            last = ranked[-count]
            if ranked[-count - 1] == last:
                return None
            above &= similarity >= last
        return rows[above], similarity[above]

    @contextlib.contextmanager
    def leaving_out(self, group: str) -> Iterator[None]:
        """Vote without one set's questions (none left out for a set it does not hold)."""
        before = self._left_out
        self._left_out = self.names.index(group) if group in self.names else -1
        try:
            yield
        finally:
            self._left_out = before

    def save(self, release: Path) -> None:
        later = self.follow_ups
        kept = {}
        if later is not None:
            kept = {
                "after_vectors": later.vectors,
                "after_starts": later.starts,
                "after_positions": later.positions,
                "after_groups": later.groups,
                "after_slugs": np.array([" ".join(sorted(a)) for a in later.after], dtype=str),
            }
        if self.uncovered is not None:
            kept["uncovered"] = self.uncovered
            kept["uncovered_groups"] = self.uncovered_groups
        if self.uncovered_later is not None:
            kept["uncovered_later"] = self.uncovered_later
            kept["uncovered_later_groups"] = self.uncovered_later_groups
        np.savez(
            release / FILE,
            vectors=self.vectors,
            starts=self.starts,
            positions=self.positions,
            groups=self.groups,
            names=np.array(self.names, dtype=str),
            **kept,
        )


def held_out(memory: AskedBefore | None, group: str) -> contextlib.AbstractContextManager[None]:
    """Score a labelled set against the memory of the other sets: its own questions, each its
    own twin there, have no say (the figures of `kb eval` and the tests stay held out)."""
    return memory.leaving_out(group) if memory is not None else contextlib.nullcontext()


def load(release: Path) -> AskedBefore | None:
    """The memory saved with a release, or None for a release without one."""
    path = release / FILE
    if not path.is_file():
        return None
    with np.load(path) as data:
        later = None
        if "after_vectors" in data:
            later = FollowUps(
                data["after_vectors"],
                data["after_starts"],
                data["after_positions"],
                data["after_groups"],
                tuple(frozenset(str(a).split()) for a in data["after_slugs"]),
            )
        return AskedBefore(
            data["vectors"],
            data["starts"],
            data["positions"],
            data["groups"],
            tuple(str(n) for n in data["names"]),
            follow_ups=later,
            uncovered=data.get("uncovered"),
            uncovered_groups=data.get("uncovered_groups"),
            uncovered_later=data.get("uncovered_later"),
            uncovered_later_groups=data.get("uncovered_later_groups"),
        )


def read_follow_ups(paths: Sequence[Path]) -> list[FollowUp]:
    """The covered later turns of the conversation files among `paths`, each after a turn
    labelled with sections (the last such turn before it gives the articles it follows up).

    Raises:
        ValueError: a line that is neither a question nor a flow, naming the file and line.
    """
    found: list[FollowUp] = []
    for path in paths:
        group = set_name(path)

        def parse(data: dict, _number: int, group: str = group) -> list[FollowUp]:
            turns, after, later = data.get("turns") or (), frozenset(), []
            for number, turn in enumerate(turns, start=1):
                expected = frozenset(
                    f"{e['slug']}#{e['anchor']}" if e["anchor"] else e["slug"]
                    for e in turn["expected"]
                )
                if number > 1 and after and expected and turn["expected_kind"] == "answer":
                    later.append(FollowUp(group, turn["message"], expected, after))
                if expected:
                    after = frozenset(e["slug"] for e in turn["expected"])
            return later

        found += [f for flow in read_labelled(path, parse, "question or flow") for f in flow]
    return found


def read_uncovered(paths: Sequence[Path]) -> list[tuple[str, str]]:
    """The uncovered first questions of the question and conversation files among `paths`
    (question sets' and conversations' first turns, urgent ones left out): (set, message).

    Raises:
        ValueError: a missing file, or a line of neither shape.
    """
    return [(set_name(a.path), a.message) for a in read_asked(paths) if a.first and not a.covered]


def read_uncovered_later(paths: Sequence[Path]) -> list[tuple[str, str]]:
    """The uncovered later turns of the conversation files among `paths` (turns labelled
    no_answer after the first; urgent ones left out): (set, message).

    Raises:
        ValueError: a missing file, or a line of neither shape.
    """
    return [
        (set_name(a.path), a.message) for a in read_asked(paths) if not a.first and not a.covered
    ]


def build(
    asked: Sequence[Labelled],
    ids: Sequence[str],
    embedder: Embedder,
    follow_ups: Sequence[FollowUp] = (),
    uncovered: Sequence[tuple[str, str]] = (),
    uncovered_later: Sequence[tuple[str, str]] = (),
) -> AskedBefore:
    """Embed the labelled questions (as `sentence_choice.read_questions` reads them), later
    turns (as `read_follow_ups` reads them) whose sections the index has (others are left
    out), uncovered first questions (as `read_uncovered` reads them) and uncovered later turns
    (as `read_uncovered_later` reads them)."""
    where = {pid: i for i, pid in enumerate(ids)}
    kept = [(a, sorted(where[e] for e in a.expected if e in where)) for a in asked]
    kept = [(a, found) for a, found in kept if found]
    later = [(f, sorted(where[e] for e in f.expected if e in where)) for f in follow_ups]
    later = [(f, found) for f, found in later if found]
    names = tuple(
        dict.fromkeys(
            [
                *(a.set for a, _ in kept),
                *(f.set for f, _ in later),
                *(g for g, _ in uncovered),
                *(g for g, _ in uncovered_later),
            ]
        )
    )
    vectors = (
        embedder.encode([a.question for a, _ in kept])
        if kept
        else np.zeros((0, embedder.dimension), dtype=np.float32)
    )
    after = (
        embedder.encode([f.message for f, _ in later])
        if later
        else np.zeros((0, embedder.dimension), dtype=np.float32)
    )
    unasked = (
        embedder.encode([m for _, m in uncovered])
        if uncovered
        else np.zeros((0, embedder.dimension), dtype=np.float32)
    )
    unasked_later = (
        embedder.encode([m for _, m in uncovered_later])
        if uncovered_later
        else np.zeros((0, embedder.dimension), dtype=np.float32)
    )
    return AskedBefore(
        np.ascontiguousarray(vectors, dtype=np.float32),
        np.cumsum([0] + [len(found) for _, found in kept]).astype(np.int32),
        np.array([p for _, found in kept for p in found], dtype=np.int32),
        np.array([names.index(a.set) for a, _ in kept], dtype=np.int16),
        names,
        follow_ups=FollowUps(
            np.ascontiguousarray(after, dtype=np.float32),
            np.cumsum([0] + [len(found) for _, found in later]).astype(np.int32),
            np.array([p for _, found in later for p in found], dtype=np.int32),
            np.array([names.index(f.set) for f, _ in later], dtype=np.int16),
            tuple(f.after for f, _ in later),
        ),
        uncovered=np.ascontiguousarray(unasked, dtype=np.float32),
        uncovered_groups=np.array([names.index(g) for g, _ in uncovered], dtype=np.int16),
        uncovered_later=np.ascontiguousarray(unasked_later, dtype=np.float32),
        uncovered_later_groups=np.array(
            [names.index(g) for g, _ in uncovered_later], dtype=np.int16
        ),
    )
