"""Query -> ranked passages: dense (FAISS) and lexical (BM25), fused by reciprocal rank."""

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
RRF_K = 60  # the constant from Cormack et al. (2009); flattens the gap between near ranks

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
    dense: float  # cosine similarity of query and passage
    lexical: float  # BM25 score


@dataclass(frozen=True)
class Ranking:
    query_vector: np.ndarray
    hits: list[Hit]

    @property
    def confidence(self) -> float:
        """Dense similarity of the best-matching passage among the hits."""
        return max((hit.dense for hit in self.hits), default=0.0)


class Retriever:
    """Rank the passages of one index for a query."""

    def __init__(self, index: KnowledgeIndex, embedder: Embedder):
        self.index = index
        self.embedder = embedder
        self._bm25 = bm25s.BM25()
        documents = [
            lexical_tokens(" ".join((p.article_title, *p.headings, p.text))) for p in index.passages
        ]
        self._bm25.index(documents, show_progress=False)

    def rank(self, query: str, k: int = 5, mode: Mode = "hybrid") -> Ranking:
        """Return the k best passages for a query."""
        k = max(1, min(k, len(self.index.passages)))
        query_vector = self.embedder.encode([query])[0]
        dense = self.dense_scores(query_vector)
        lexical = self.lexical_scores(query)
        if mode == "dense":
            scores = dense
        elif mode == "lexical":
            scores = lexical
        else:
            scores = _reciprocal_rank_fusion(dense, lexical)
        order = np.argsort(-scores, kind="stable")[:k]
        hits = [Hit(int(i), float(scores[i]), float(dense[i]), float(lexical[i])) for i in order]
        return Ranking(query_vector, hits)

    def dense_scores(self, query_vector: np.ndarray) -> np.ndarray:
        total = self.index.passage_index.ntotal
        similarities, ids = self.index.passage_index.search(query_vector.reshape(1, -1), total)
        scores = np.zeros(total, dtype=np.float32)
        scores[ids[0]] = similarities[0]
        return scores

    def lexical_scores(self, query: str) -> np.ndarray:
        tokens = lexical_tokens(query)
        if not tokens:
            return np.zeros(len(self.index.passages), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)


def _reciprocal_rank_fusion(*score_lists: np.ndarray) -> np.ndarray:
    fused = np.zeros_like(score_lists[0], dtype=np.float64)
    for scores in score_lists:
        ranks = np.empty(len(scores), dtype=np.int64)
        ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
        fused += 1.0 / (RRF_K + ranks)
    return fused
