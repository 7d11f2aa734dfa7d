"""The path of a question: safety triage -> follow-up context -> retrieval -> extractive answer."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .answer import Answer, Contact, compose_answer
from .conversation import Section, Turn, read_in_context
from .embedder import Embedder
from .help_now import help_now, out_of_scope, safety_note
from .index import KnowledgeIndex
from .retrieval import Hit, Ranking, Retriever
from .triage import CRISIS, OUT_OF_SCOPE, URGENT, triage

PASSAGES_RETRIEVED = 5
# A follow-up prefers the articles that answered its topic, by this much of the fused score;
# reranked among this many passages, so the prior needs no second search.
TOPIC_PRIOR = 0.0
TOPIC_CANDIDATES = 20


@dataclass(frozen=True)
class GuideSettings:
    no_answer_threshold: float
    contact: Contact


class Guide:
    """Answer patients' questions from one knowledge index."""

    def __init__(self, index: KnowledgeIndex, embedder: Embedder, settings: GuideSettings):
        self.index = index
        self.settings = settings
        self.retriever = Retriever(index, embedder)

    def reply(self, message: str, history: list[Turn] | None = None) -> Answer:
        contact = self.settings.contact
        # Safety first: only the message is read here; history is client-supplied context.
        decision = triage(message)
        if decision.kind in (CRISIS, URGENT):
            return help_now(decision, contact)
        if decision.kind == OUT_OF_SCOPE:
            return out_of_scope(contact)
        ranking = self.rank_in_context(message, history or [])
        answer = compose_answer(self.index, ranking, self.settings.no_answer_threshold, contact)
        if answer.kind == "answer" and decision.mentions_symptoms:
            answer = dataclasses.replace(answer, safety_note=safety_note(contact))
        return answer

    def rank_in_context(self, message: str, history: list[Turn]) -> Ranking:
        """Rank for the message, read against the topic of the conversation.

        A follow-up ("does it hurt?") is ranked as asked of the topic's subject, preferring
        the articles that answered it; a complete question is ranked alone, and against the
        topic only when it finds nothing alone.
        """
        reading = read_in_context(message, history, self.retriever.knows)
        if reading.follow_up:
            return self._rank_on_topic(reading.query, reading.carried)
        ranking = self.retriever.rank(message, k=PASSAGES_RETRIEVED)
        if reading.fallback and ranking.confidence < self.settings.no_answer_threshold:
            contextual = self._rank_on_topic(reading.fallback, reading.carried)
            if contextual.confidence > ranking.confidence:
                return contextual
        return ranking

    def _rank_on_topic(self, query: str, carried: tuple[Section, ...]) -> Ranking:
        ranking = self.retriever.rank(query, k=TOPIC_CANDIDATES)
        slugs = {s.slug for s in carried}
        hits = [
            Hit(h.position, h.score + TOPIC_PRIOR, h.dense, h.lexical)
            if self.index.passages[h.position].slug in slugs
            else h
            for h in ranking.hits
        ]
        hits.sort(key=lambda h: -h.score)
        return Ranking(ranking.query_vector, hits[:PASSAGES_RETRIEVED])
