"""The lexical (BM25) index: weighted by bm25s at `kb build`, saved with the release and read
by serving with numpy alone, so a worker neither imports bm25s (and scipy) nor re-indexes."""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import Stemmer

LEXICAL_FILE = "lexical.npz"
# bm25s.stopwords.STOPWORDS_EN, which the index was first built with (a test holds them equal).
STOPWORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
        "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
        "these", "they", "this", "to", "was", "will", "with",
    }
)  # fmt: skip
_STEMMER = Stemmer.Stemmer("english")
# Patients write the therapy's name many ways; fold them to one token.
_CAR_T = re.compile(r"\bcar[\s\-]*t(?:[\s\-]*cells?)?\b|\bcarts?\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def lexical_tokens(text: str) -> list[str]:
    """Return the stemmed content words of a text, as BM25 sees it."""
    return list(_tokens(text))


def stems(words: list[str]) -> list[str]:
    """Return each word's stem, uncached (for many one-off words, such as spelling edits)."""
    return _STEMMER.stemWords(words)


# The knowledge base's sentences are tokenized again for every answer that quotes from them:
# kept, they cost a lookup (a new question's text is a miss, as it would be anyway).
@functools.lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    text = _CAR_T.sub(" cart ", text.lower())
    return tuple(_STEMMER.stemWords([w for w in _WORD.findall(text) if w not in STOPWORDS]))


@dataclass(frozen=True)
class LexicalIndex:
    """BM25 weights of every (word, passage) pair, stored by word (compressed columns)."""

    vocabulary: dict[str, int]  # word -> column
    weights: np.ndarray  # float32, each column's passages in turn
    passages: np.ndarray  # int32, the passage of each weight
    columns: np.ndarray  # column c is [columns[c], columns[c + 1])
    count: int  # passages

    def scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every passage for a query's tokens, as bm25s's get_scores gives it."""
        scores = np.zeros(self.count, dtype=np.float32)
        for token in tokens:  # a word twice counts twice, in the same order as bm25s adds
            if (column := self.vocabulary.get(token)) is not None:
                start, end = self.columns[column], self.columns[column + 1]
                scores[self.passages[start:end]] += self.weights[start:end]
        return scores

    def passages_using(self, token: str) -> np.ndarray:
        """The passages that use a word."""
        column = self.vocabulary.get(token)
        if column is None:
            return self.passages[:0]
        return self.passages[self.columns[column] : self.columns[column + 1]]

    def frequency(self, token: str) -> int:
        """How many passages use a word."""
        column = self.vocabulary.get(token)
        return 0 if column is None else int(self.columns[column + 1] - self.columns[column])

    def word_weights(self, text: str) -> dict[str, float]:
        """The text's content words, each weighted by its rarity in the guide (IDF).

        A word no passage uses weighs most, as the rarest of all.
        """
        passages = self.count + 1
        return {
            t: math.log(passages / (self.frequency(t) + 0.5)) for t in set(lexical_tokens(text))
        }

    def passage_words(self) -> list[frozenset[str]]:
        """Return the words of each passage, in passage order."""
        words = np.array(sorted(self.vocabulary, key=self.vocabulary.__getitem__), dtype=object)
        column = np.repeat(np.arange(len(self.columns) - 1), np.diff(self.columns))
        order = np.argsort(self.passages, kind="stable")
        bounds = np.searchsorted(self.passages[order], np.arange(self.count + 1))
        return [frozenset(words[column[order[a:b]]]) for a, b in itertools.pairwise(bounds)]

    def save(self, release: Path) -> None:
        words = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez(
            release / LEXICAL_FILE,
            words=np.asarray(words, dtype=str),
            weights=self.weights,
            passages=self.passages,
            columns=self.columns,
            count=np.asarray(self.count),
        )


def build_lexical(documents: list[list[str]]) -> LexicalIndex:
    """Weigh the words of each passage's tokens with bm25s (its defaults: Lucene's BM25)."""
    import bm25s  # build time only: it imports scipy

    bm25 = bm25s.BM25()
    bm25.index(documents, show_progress=False)
    # bm25s numbers the words in set order, which changes with each process's string hashing:
    # columns in word order make two builds of the same articles write the same file. Its
    # vocabulary also holds "", which has no column and which no query token can be.
    indptr = np.asarray(bm25.scores["indptr"], dtype=np.int64)
    words = sorted(w for w, column in bm25.vocab_dict.items() if column < len(indptr) - 1)
    old = np.array([bm25.vocab_dict[word] for word in words], dtype=np.int64)
    starts, ends = indptr[old], indptr[old + 1]
    take = np.concatenate([np.arange(a, b) for a, b in zip(starts, ends, strict=True)])
    return LexicalIndex(
        vocabulary={word: column for column, word in enumerate(words)},
        weights=np.asarray(bm25.scores["data"], dtype=np.float32)[take],
        passages=np.asarray(bm25.scores["indices"], dtype=np.int32)[take],
        columns=np.concatenate(([0], np.cumsum(ends - starts))),
        count=int(bm25.scores["num_docs"]),
    )


def load_lexical(release: Path) -> LexicalIndex:
    with np.load(release / LEXICAL_FILE, allow_pickle=False) as data:
        words = data["words"].tolist()
        return LexicalIndex(
            vocabulary={word: column for column, word in enumerate(words)},
            weights=data["weights"],
            passages=data["passages"],
            columns=data["columns"],
            count=int(data["count"]),
        )
