"""The path of a question: safety triage -> follow-up context -> retrieval -> extractive answer."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .answer import Answer, Contact, compose_answer
from .conversation import Turn, standalone_question
from .embedder import Embedder
from .help_now import help_now, out_of_scope, safety_note
from .index import KnowledgeIndex
from .retrieval import Retriever
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
        question = standalone_question(message, history or [])
        ranking = self.retriever.rank(question, k=PASSAGES_RETRIEVED)
        answer = compose_answer(self.index, ranking, self.settings.no_answer_threshold, contact)
        if answer.kind == "answer" and decision.mentions_symptoms:
            answer = dataclasses.replace(answer, safety_note=safety_note(contact))
        return answer
