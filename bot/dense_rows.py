"""The float32 rows a passage's dense score reads, gathered for a few passages in one take.

Retrieval scores in float32 only the passages the int8 pass leaves a chance to rank (about 10 of
443 on the bench's questions), and each score must be the one scoring every passage gives, to the
last bit: OpenBLAS multiplies a row by its place in a block of 4 rows, and the short block at
the end of a set on its own. Taking each of the four sets (passages, headings, sentences,
questions) apart cost about 70 numpy calls a question, most of it their bookkeeping; here the
blocks each passage reads are listed once, at start, as rows of the index's stacked matrix
(bot/index.py's `stack_vectors`: each set from a multiple of 4 rows), so a question's passages
take one gather and one product, and their best sentence and question one `reduceat`.
"""

from __future__ import annotations

import numpy as np

_BLOCK = np.arange(4)


class DenseRows:
    """For each passage, the whole blocks of stacked rows its dense score reads, and where its
    own rows sit among them (or among the short blocks' products).

    Args:
        starts: the first stacked row of the passage, heading, sentence and question sets.
        lengths: the rows of each set.
        sentence_bounds, question_bounds: rows [start, end) of each passage's sentences (one at
            least) and questions (none where start == end).
    """

    def __init__(
        self,
        starts: tuple[int, ...],
        lengths: tuple[int, ...],
        sentence_bounds: np.ndarray,
        question_bounds: np.ndarray,
    ):
        passages = len(sentence_bounds) - 1
        # The rows of each set's short last block, multiplied on their own as in the set's
        # product; a row there is picked as -1 - (its place among them all).
        short_first = [length - length % 4 for length in lengths]
        tail_place = np.cumsum([0] + [length % 4 for length in lengths]).tolist()
        self._tails = [
            np.arange(start + first, start + length)
            for start, first, length in zip(starts, short_first, lengths, strict=True)
            if first < length
        ]
        self.rows: list[np.ndarray] = []  # stacked rows read, whole blocks
        self.picks: list[np.ndarray] = []  # sentences, questions, passage, heading
        segments = []
        for position in range(passages):
            parts = (
                (2, int(sentence_bounds[position]), int(sentence_bounds[position + 1])),
                (3, int(question_bounds[position]), int(question_bounds[position + 1])),
                (0, position, position + 1),
                (1, position, position + 1),
            )
            read: list[int] = []
            picks: list[int] = []
            for part, first, end in parts:
                whole = min(end, short_first[part])
                if first < whole:
                    block = first & ~3
                    picks += range(len(read) + first - block, len(read) + whole - block)
                    read += range(starts[part] + block, starts[part] + ((whole + 3) & ~3))
                for row in range(max(first, short_first[part]), end):
                    picks.append(-1 - (tail_place[part] + row - short_first[part]))
            self.rows.append(np.array(read, dtype=np.int64))
            self.picks.append(np.array(picks, dtype=np.int64))
            sentences = parts[0][2] - parts[0][1]
            segments.append((0, sentences, sentences + parts[1][2] - parts[1][1]))
        self.read_counts = np.array([len(r) for r in self.rows], dtype=np.int64)
        self.pick_counts = np.array([len(p) for p in self.picks], dtype=np.int64)
        self.segments = np.array(segments, dtype=np.int64).reshape(passages, 3)
        self.asked = question_bounds[1:] > question_bounds[:-1]
        self.short = np.array([(p < 0).any() for p in self.picks], dtype=bool)

    def similarities(
        self, stacked: np.ndarray, positions: np.ndarray, query_vector: np.ndarray
    ) -> tuple[np.ndarray, ...]:
        """The passages' similarities to the query: their own, their heading's, their best
        sentence's and their best question's (-1 for none), as the products of every row of
        each set give them."""
        listed = positions.tolist()
        products = stacked[np.concatenate([self.rows[p] for p in listed])] @ query_vector
        reads, counts = self.read_counts[positions], self.pick_counts[positions]
        offsets = np.repeat(np.cumsum(reads) - reads, counts)
        picks = np.concatenate([self.picks[p] for p in listed])
        if self.short[positions].any():
            # Each short block in a product of its own, as at the end of its set's product.
            tails = [stacked[rows] @ query_vector for rows in self._tails]
            picks = np.where(picks >= 0, picks + offsets, len(products) - 1 - picks)
            products = np.concatenate((products, *tails))
        else:
            picks += offsets
        values = products[picks]
        segments = self.segments[positions]
        segments += (np.cumsum(counts) - counts)[:, None]  # where each passage's picks begin
        best = np.maximum.reduceat(values, segments.ravel()).reshape(-1, 3)
        question = np.where(self.asked[positions], best[:, 1], np.float32(-1.0))
        ends = segments[:, 2]
        return values[ends], values[ends + 1], best[:, 0], question
