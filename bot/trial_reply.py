"""A chat reply to a trial search: the finding-a-trial guidance, quoted, and the best matches."""

from __future__ import annotations

import dataclasses

from .answer import Answer, Contact, compose_answer
from .index import KnowledgeIndex
from .retrieval import Ranking, Retriever
from .trials import Trial, TrialFilter, TrialList, filter_trials, in_city_first

GUIDANCE_SLUG = "finding-a-trial"
GUIDANCE_PASSAGES = 3
TRIALS_SHOWN = 5


def trial_answer(
    index: KnowledgeIndex,
    retriever: Retriever,
    trials: tuple[Trial, ...],
    wanted: TrialFilter,
    message: str,
    threshold: float,
    contact: Contact,
) -> Answer:
    """Quote the guidance on finding a trial that best fits the message, and list trials.

    The guidance applies to every trial search, so it is quoted however loosely it matches;
    without that article the reply is the usual answer to the message.
    """
    guidance = index.article_positions.get(GUIDANCE_SLUG)
    # Ranked within the guidance alone: the rest of a large knowledge base is never scored.
    ranking = retriever.rank(message, k=GUIDANCE_PASSAGES, within=guidance)
    # Quoted by meaning alone: a trial search's words (places, diseases) are not what the
    # guidance says, so they pick none of its sentences.
    ranking = Ranking(ranking.query_vector, ranking.hits)
    if guidance:
        threshold = float("-inf")
    answer = compose_answer(index, ranking, threshold, contact)
    matches = filter_trials(trials, wanted)
    shown = tuple(in_city_first(m, wanted.city) for m in matches[:TRIALS_SHOWN])
    return dataclasses.replace(
        answer, trials=TrialList(matches=shown, total=len(matches), search=wanted)
    )
