"""Ranked passages -> an extractive answer whose sentences cite numbered sources."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .index import KnowledgeIndex
from .knowledge import Source
from .retrieval import Ranking

DISCLAIMER = (
    "This guide is for education only and is not medical advice. "
    "Your care team knows your situation and makes decisions about your care."
)
STARTER_QUESTIONS = (
    "What is CAR-T cell therapy?",
    "Why might CAR-T help autoimmune disease?",
    "What is cytokine release syndrome?",
    "Can I drive after CAR-T?",
    "How do I find a CAR-T clinical trial?",
)
MAX_SENTENCES = 4
MIN_SENTENCES = 2
PASSAGES_CONSIDERED = 3
# A passage or sentence joins the answer only if it is nearly as relevant as the best one.
PASSAGE_MARGIN = 0.08
SENTENCE_MARGIN = 0.12
NEAR_DUPLICATE = 0.95


@dataclass(frozen=True)
class Citation:
    n: int
    title: str
    section: str
    url: str
    snippet: str
    last_reviewed: str
    references: tuple[Source, ...]


@dataclass(frozen=True)
class Contact:
    """Where to get help: the treatment team, emergency services, the crisis line."""

    clinic_name: str
    clinic_phone: str
    emergency_number: str
    crisis_line: str

    @property
    def details(self) -> str:
        return ", ".join(d for d in (self.clinic_name, self.clinic_phone) if d)

    @property
    def care_team(self) -> str:
        return f"your care team ({self.details})" if self.details else "your care team"

    @property
    def treatment_team(self) -> str:
        number = "your treatment team's 24-hour number"
        return f"{number} ({self.details})" if self.details else number


@dataclass(frozen=True)
class Quote:
    """One quoted sentence of an answer and the passage it comes from."""

    passage: str  # passage id, "slug#anchor"
    text: str
    n: int  # its source number


@dataclass(frozen=True)
class Answer:
    kind: str  # "answer" | "no_answer" | "urgent"
    text: str
    sources: tuple[Citation, ...] = ()
    suggestions: tuple[str, ...] = ()
    confidence: float = 0.0
    passages: tuple[str, ...] = field(default=())  # ids considered, for maintainers
    scores: tuple[float, ...] = field(default=())  # their semantic similarity, same order
    contact: Contact | None = None  # shown with no_answer and urgent replies
    safety_note: str = ""  # "if this is happening now, call ...", kept apart from quoted text
    quotes: tuple[Quote, ...] = ()  # the sentences of text, in reading order


def compose_answer(
    index: KnowledgeIndex, ranking: Ranking, threshold: float, contact: Contact
) -> Answer:
    """Return the best 2-4 sentences with numbered sources, or a kind no_answer.

    Args:
        threshold: least dense similarity of the best passage for an answer.
        contact: who to ask instead, shown in a no_answer.
    """
    considered = tuple(index.passages[h.position].id for h in ranking.hits)
    scores = tuple(round(float(h.dense), 4) for h in ranking.hits)
    if not ranking.hits or ranking.confidence < threshold:
        return no_answer(contact, ranking.confidence, considered, scores)
    # The confident passage may rank below the first few by fused score; never leave it out,
    # and leave out passages far below it.
    confident = [h for h in ranking.hits if h.dense >= threshold]
    candidates = [h for h in confident if h.score >= confident[0].score - PASSAGE_MARGIN]
    candidates = candidates[:PASSAGES_CONSIDERED]
    chosen = _choose_sentences(index, ranking.query_vector, [h.position for h in candidates])
    numbers: dict[int, int] = {}
    quotes = []
    for position, sentence_index in chosen:
        n = numbers.setdefault(position, len(numbers) + 1)
        passage = index.passages[position]
        quotes.append(Quote(passage.id, _as_sentence(passage.sentences[sentence_index]), n))
    citations = tuple(_citation(index, position, n) for position, n in numbers.items())
    return Answer(
        kind="answer",
        text=" ".join(f"{q.text} [{q.n}]" for q in quotes),
        quotes=tuple(quotes),
        sources=citations,
        suggestions=_related_questions(index, list(numbers)),
        confidence=ranking.confidence,
        passages=considered,
        scores=scores,
    )


def no_answer(
    contact: Contact,
    confidence: float = 0.0,
    considered: tuple[str, ...] = (),
    scores: tuple[float, ...] = (),
) -> Answer:
    return Answer(
        kind="no_answer",
        text=(
            "I'm sorry, our CAR-T guide does not cover that question, "
            "and I would rather not guess. "
            f"Please ask {contact.care_team}; they know your situation. "
            "You can also try one of the questions below."
        ),
        suggestions=STARTER_QUESTIONS,
        confidence=confidence,
        passages=considered,
        scores=scores,
        contact=contact,
    )


def _choose_sentences(
    index: KnowledgeIndex, query_vector: np.ndarray, positions: list[int]
) -> list[tuple[int, int]]:
    rows = np.concatenate([index.sentence_rows(p) for p in positions])
    owners = index.sentence_owner[rows]
    vectors = index.sentence_vectors[rows]
    scores = vectors @ query_vector
    # Prefer the best passage a little: its sentences read better together.
    scores = scores + np.where(owners[:, 0] == positions[0], 0.03, 0.0)
    usable = [
        i
        for i in np.argsort(-scores)
        if _is_quotable(index.passages[owners[i, 0]].sentences[owners[i, 1]])
    ]
    if not usable:
        usable = list(np.argsort(-scores))
    best = scores[usable[0]]
    picked: list[int] = []
    for i in usable:
        if len(picked) >= MAX_SENTENCES:
            break
        if len(picked) >= MIN_SENTENCES and scores[i] < best - SENTENCE_MARGIN:
            break
        if any(float(vectors[i] @ vectors[j]) > NEAR_DUPLICATE for j in picked):
            continue
        picked.append(i)
    # Read in the order the passages ranked, and in article order within one.
    rank_of = {p: r for r, p in enumerate(positions)}
    ordered = sorted(picked, key=lambda i: (rank_of[owners[i, 0]], owners[i, 1]))
    return [(int(owners[i, 0]), int(owners[i, 1])) for i in ordered]


# Sentences about the page rather than the subject: signposts, pointers, list lead-ins.
_META_SENTENCE = re.compile(
    r"^(this page|our page|these pages|to learn more|for more|read more|see )|:$", re.IGNORECASE
)


def _is_quotable(sentence: str) -> bool:
    return (
        len(sentence.split()) >= 4
        and not sentence.endswith("?")
        and not _META_SENTENCE.search(sentence)
    )


def _as_sentence(text: str) -> str:
    return text if text[-1] in '.!?"”)' else f"{text}."


def _citation(index: KnowledgeIndex, position: int, n: int) -> Citation:
    passage = index.passages[position]
    article = index.articles[passage.slug]
    return Citation(
        n=n,
        title=article.title,
        section=passage.section,
        url=passage.url,
        snippet=_snippet(passage.text),
        last_reviewed=article.last_reviewed,
        references=article.sources,
    )


def _snippet(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _related_questions(index: KnowledgeIndex, used: list[int], limit: int = 3) -> tuple[str, ...]:
    """Return question-like headings near the answer, to suggest as next questions."""
    used_ids = {index.passages[p].id for p in used}
    questions: list[str] = []
    for position in used:
        article = index.articles[index.passages[position].slug]
        for passage in article.passages:
            heading = passage.section
            if passage.id in used_ids or not heading.endswith("?") or heading in questions:
                continue
            questions.append(heading)
    return tuple(questions[:limit])
