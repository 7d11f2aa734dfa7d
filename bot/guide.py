"""The path of a question: follow-up context -> retrieval -> extractive answer."""

from __future__ import annotations

from dataclasses import dataclass

from .answer import Answer, compose_answer
from .conversation import Turn, standalone_question
from .embedder import Embedder
from .index import KnowledgeIndex
from .retrieval import Retriever

PASSAGES_RETRIEVED = 5


@dataclass(frozen=True)
class GuideSettings:
    no_answer_threshold: float
    contact: str


class Guide:
    """Answer patients' questions from one knowledge index."""

    def __init__(self, index: KnowledgeIndex, embedder: Embedder, settings: GuideSettings):
        self.index = index
        self.settings = settings
        self.retriever = Retriever(index, embedder)

    def reply(self, message: str, history: list[Turn] | None = None) -> Answer:
        question = standalone_question(message, history or [])
        ranking = self.retriever.rank(question, k=PASSAGES_RETRIEVED)
        return compose_answer(
            self.index, ranking, self.settings.no_answer_threshold, self.settings.contact
        )
