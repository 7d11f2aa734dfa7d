"""Query -> ranked passages: dense (FAISS) and lexical (BM25), fused.

Measured on eval/questions.jsonl (`flask --app wsgi kb eval`): a weighted sum of the
dense similarity and the query-normalized BM25 score beat reciprocal rank fusion and either
retriever alone, so that is the hybrid ranking.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

import bm25s
import numpy as np
import Stemmer

from .embedder import Embedder
from .index import KnowledgeIndex
from .intent import question_intent

Mode = Literal["hybrid", "dense", "lexical"]
MODES: tuple[Mode, ...] = ("hybrid", "dense", "lexical")
LEXICAL_WEIGHT = 0.3
# Structural priors: an intro says what a page covers rather than answering, and a list of
# questions to ask answers only a question about what to ask.
INTRO_PENALTY = 0.06
QUESTION_LIST_PENALTY = 0.1
# A question worded like one a section is asked as (its heading, its asked_as) is close to
# that section even where the section's text words it differently; the match counts a little
# below a match with the text itself.
QUESTION_OFFSET = 0.1
# A section whose heading asks what the question asks (how long, how treated...) answers it.
INTENT_BONUS = 0.03
# Off-topic questions use words the guide never does ("tamoxifen", "lyme"): their share, times
# this, is taken off the confidence that decides whether to answer.
UNKNOWN_WORD_PENALTY = 0.5
# A covered question's rare words are in the passage that answers it ("double blind", "g-csf"),
# while an off-topic one shares only common words with it ("how long does a cold last"): the
# share of the query's word weight (IDF) the best passage uses, times this, is added to it.
COVERAGE_WEIGHT = 0.2
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
    query: str = ""  # the text ranked for, read again to choose the sentences
    unknown: float = 0.0  # share of the query's content words the knowledge base never uses
    coverage: float = 0.0  # share of the query's word weight (IDF) the best passage uses

    @property
    def confidence(self) -> float:
        """How sure the guide covers the question: the best passage's semantic similarity,
        less a penalty for words the guide never uses, plus one for rare words it shares."""
        best = max((hit.dense for hit in self.hits), default=0.0)
        return best + self._adjustment

    def confident_hits(self, threshold: float) -> list[Hit]:
        """The hits close enough to answer from: adjusted as the confidence is, at the threshold."""
        return [hit for hit in self.hits if hit.dense + self._adjustment >= threshold]

    @property
    def _adjustment(self) -> float:
        return COVERAGE_WEIGHT * self.coverage - UNKNOWN_WORD_PENALTY * self.unknown


class Retriever:
    """Rank the passages of one index for a query."""

    def __init__(self, index: KnowledgeIndex, embedder: Embedder):
        self.index = index
        self.embedder = embedder
        passages = index.passages
        self._bm25 = bm25s.BM25()
        asked_as = [index.articles[p.slug].asked_as.get(p.anchor, ()) for p in passages]
        documents = [
            lexical_tokens(" ".join((p.article_title, *p.headings, p.text, *asked)))
            for p, asked in zip(passages, asked_as, strict=True)
        ]
        self._bm25.index(documents, show_progress=False)
        self._words = [frozenset(d) for d in documents]
        self._frequency = Counter(word for words in self._words for word in words)
        self._intro = np.array([not p.anchor for p in passages])
        self._question_list = np.array([is_question_list(p.sentences) for p in passages])
        self._kinds = np.array([str(question_intent(p.section) or "") for p in passages])

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
        coverage = self.coverage(query, int(order[0]))
        return Ranking(query_vector, hits, query, self.unknown_share(query), coverage)

    def coverage(self, query: str, position: int) -> float:
        """Share of the query's word weight (IDF) that one passage uses (0.0 for no words).

        A word no passage uses weighs most, as the rarest of all.
        """
        passages = len(self._words) + 1
        weights = {
            t: math.log(passages / (self._frequency[t] + 0.5)) for t in set(lexical_tokens(query))
        }
        total = sum(weights.values())
        used = sum(w for t, w in weights.items() if t in self._words[position])
        return used / total if total else 0.0

    def unknown_share(self, query: str) -> float:
        """Share of the query's content words that no passage uses (1.0 for none at all)."""
        tokens = lexical_tokens(query)
        vocabulary = self._bm25.vocab_dict
        return sum(t not in vocabulary for t in tokens) / len(tokens) if tokens else 1.0

    def knows(self, word: str) -> bool:
        """Whether the knowledge base uses a word (after stemming)."""
        return any(token in self._bm25.vocab_dict for token in lexical_tokens(word))

    def dense_scores(self, query_vector: np.ndarray) -> np.ndarray:
        """Semantic similarity of the query to each passage.

        The mean of its similarity to the passage, its headings and its best sentence, or its
        match with a question the section is asked as (less an offset) when that is higher.
        """
        total = self.index.passage_index.ntotal
        similarities, ids = self.index.passage_index.search(query_vector.reshape(1, -1), total)
        passage = np.empty(total, dtype=np.float32)
        passage[ids[0]] = similarities[0]
        heading = self.index.heading_vectors @ query_vector
        best_sentence = np.maximum.reduceat(
            self.index.sentence_vectors @ query_vector, self.index.sentence_starts
        )
        return np.maximum(
            (passage + heading + best_sentence) / 3,
            self.question_scores(query_vector) - QUESTION_OFFSET,
        )

    def question_scores(self, query_vector: np.ndarray) -> np.ndarray:
        """Best similarity of the query to each section's questions (-1 for a section with none)."""
        best = np.full(len(self.index.passages), -1.0, dtype=np.float32)
        np.maximum.at(best, self.index.question_owner, self.index.question_vectors @ query_vector)
        return best

    def lexical_scores(self, query: str) -> np.ndarray:
        tokens = lexical_tokens(query)
        if not tokens:
            return np.zeros(len(self.index.passages), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def _priors(self, query: str) -> np.ndarray:
        penalty = INTRO_PENALTY * self._intro
        intent = question_intent(query)
        if intent is not None:
            penalty = penalty - INTENT_BONUS * (self._kinds == str(intent))
        if not _ASKS_WHAT_TO_ASK.search(query):
            penalty = penalty + QUESTION_LIST_PENALTY * self._question_list
        return penalty


def is_question_list(sentences: tuple[str, ...]) -> bool:
    """Whether a passage is mostly questions: a list of what to ask."""
    return sum(s.endswith("?") for s in sentences) * 2 >= len(sentences)
