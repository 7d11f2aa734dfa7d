"""The path of a question: safety triage -> follow-up context -> retrieval -> extractive answer."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .answer import Answer, Contact, compose_answer
from .conversation import Turn, read_in_context
from .embedder import Embedder
from .help_now import help_now, out_of_scope, safety_note
from .index import KnowledgeIndex
from .retrieval import Ranking, Retriever
from .triage import CRISIS, OUT_OF_SCOPE, URGENT, triage

PASSAGES_RETRIEVED = 5


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

        A follow-up ("does it hurt?") is ranked as asked of the topic's subject. A complete
        question is ranked alone, and against the topic only when it finds nothing alone
        ("who gets left out?"), so a new question is never bent toward the old topic.
        """
        reading = read_in_context(message, history, self.retriever.knows)
        if reading.follow_up:
            return self.retriever.rank(reading.query, k=PASSAGES_RETRIEVED)
        ranking = self.retriever.rank(message, k=PASSAGES_RETRIEVED)
        if reading.fallback and ranking.confidence < self.settings.no_answer_threshold:
            contextual = self.retriever.rank(reading.fallback, k=PASSAGES_RETRIEVED)
            if contextual.confidence > ranking.confidence:
                return contextual
        return ranking
