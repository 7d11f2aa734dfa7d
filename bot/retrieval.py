"""Query -> ranked passages: dense (FAISS) and lexical (BM25), fused.

Measured on eval/questions.jsonl (`flask --app wsgi kb eval`): a weighted sum of the
dense similarity and the query-normalized BM25 score beat reciprocal rank fusion and either
retriever alone, so that is the hybrid ranking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import bm25s
import numpy as np
import Stemmer

from .embedder import Embedder
from .index import KnowledgeIndex

Mode = Literal["hybrid", "dense", "lexical"]
MODES: tuple[Mode, ...] = ("hybrid", "dense", "lexical")
LEXICAL_WEIGHT = 0.2
# Structural priors: an intro says what a page covers rather than answering, and a list of
# questions to ask answers only a question about what to ask.
INTRO_PENALTY = 0.06
QUESTION_LIST_PENALTY = 0.1
_ASKS_WHAT_TO_ASK = re.compile(r"\b(ask|questions?)\b", re.IGNORECASE)

_STEMMER = Stemmer.Stemmer("english")
_STOPWORDS = frozenset(bm25s.stopwords.STOPWORDS_EN)
# Patients write the therapy's name many ways; fold them to one token.
_CAR_T = re.compile(r"\bcar[\s\-]*t(?:[\s\-]*cells?)?\b|\bcarts?\b", re.IGNORECASE)


def lexical_tokens(text: str) -> list[str]:
    """Return the stemmed content words of a text, as BM25 sees it."""
    text = _CAR_T.sub(" cart ", text.lower())
    words = [w for w in re.findall(r"\w+", text) if w not in _STOPWORDS]
    return _STEMMER.stemWords(words)


@dataclass(frozen=True)
class Hit:
    position: int  # index into KnowledgeIndex.passages
    score: float  # the ranking score of the mode used
    dense: float  # semantic similarity of query and passage
    lexical: float  # BM25 score


@dataclass(frozen=True)
class Ranking:
    query_vector: np.ndarray
    hits: list[Hit]

    @property
    def confidence(self) -> float:
        """Semantic similarity of the best-matching passage among the hits."""
        return max((hit.dense for hit in self.hits), default=0.0)


class Retriever:
    """Rank the passages of one index for a query."""

    def __init__(self, index: KnowledgeIndex, embedder: Embedder):
        self.index = index
        self.embedder = embedder
        passages = index.passages
        self._bm25 = bm25s.BM25()
        self._bm25.index(
            [lexical_tokens(" ".join((p.article_title, *p.headings, p.text))) for p in passages],
            show_progress=False,
        )
        self._intro = np.array([not p.anchor for p in passages])
        self._question_list = np.array([_is_question_list(p.sentences) for p in passages])

    def rank(self, query: str, k: int = 5, mode: Mode = "hybrid") -> Ranking:
        """Return the k best passages for a query."""
        k = max(1, min(k, len(self.index.passages)))
        query_vector = self.embedder.encode([query])[0]
        dense = self.dense_scores(query_vector)
        lexical = self.lexical_scores(query)
        if mode == "lexical":
            scores = lexical
        else:
            top = lexical.max()
            fused = dense + LEXICAL_WEIGHT * (lexical / top if top > 0 else lexical)
            scores = (dense if mode == "dense" else fused) - self._priors(query)
        order = np.argsort(-scores, kind="stable")[:k]
        hits = [Hit(int(i), float(scores[i]), float(dense[i]), float(lexical[i])) for i in order]
        return Ranking(query_vector, hits)

    def knows(self, word: str) -> bool:
        """Whether the knowledge base uses a word (after stemming)."""
        return any(token in self._bm25.vocab_dict for token in lexical_tokens(word))

    def dense_scores(self, query_vector: np.ndarray) -> np.ndarray:
        """Mean similarity of the query to each passage, its headings and its best sentence."""
        total = self.index.passage_index.ntotal
        similarities, ids = self.index.passage_index.search(query_vector.reshape(1, -1), total)
        passage = np.empty(total, dtype=np.float32)
        passage[ids[0]] = similarities[0]
        heading = self.index.heading_vectors @ query_vector
        best_sentence = np.maximum.reduceat(
            self.index.sentence_vectors @ query_vector, self.index.sentence_starts
        )
        return (passage + heading + best_sentence) / 3

    def lexical_scores(self, query: str) -> np.ndarray:
        tokens = lexical_tokens(query)
        if not tokens:
            return np.zeros(len(self.index.passages), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def _priors(self, query: str) -> np.ndarray:
        penalty = INTRO_PENALTY * self._intro
        if not _ASKS_WHAT_TO_ASK.search(query):
            penalty = penalty + QUESTION_LIST_PENALTY * self._question_list
        return penalty


def _is_question_list(sentences: tuple[str, ...]) -> bool:
    return sum(s.endswith("?") for s in sentences) * 2 >= len(sentences)
