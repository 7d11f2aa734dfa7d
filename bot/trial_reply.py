"""A chat reply to a trial search: the finding-a-trial guidance, quoted, and the best matches."""

from __future__ import annotations

import dataclasses

from .answer import Answer, Contact, compose_answer
from .index import KnowledgeIndex
from .knowledge import Passage
from .retrieval import Ranking, Retriever
from .trial_query import TRIAL_WORDS
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

    The guidance applies to every trial search, so it is quoted however loosely it matches,
    unless a section on the trials of the condition searched for ranks above it ("Which
    CAR-T trials are testing MS?"); without either, the reply is the usual answer.
    """
    guidance = index.article_positions.get(GUIDANCE_SLUG, [])
    condition = [
        p
        for p in index.article_positions.get(wanted.condition or "", [])
        if _on_trials_of(index.passages[p], wanted)
    ]
    pool = [*guidance, *condition]
    # Ranked within the guidance and the condition's trial sections alone: the rest of a large
    # knowledge base is never scored.
    ranking = retriever.rank(message, k=max(len(pool), GUIDANCE_PASSAGES), within=pool or None)
    hits = [h for h in ranking.hits if index.passages[h.position].slug == GUIDANCE_SLUG]
    on_condition = [h for h in ranking.hits if h.position in condition]
    if on_condition and (not hits or on_condition[0].score > hits[0].score):
        hits = on_condition
    # Quoted by meaning alone: a trial search's words (places, diseases) are not what the
    # guidance says, so they pick none of its sentences.
    ranking = Ranking(ranking.query_vector, (hits or ranking.hits)[:GUIDANCE_PASSAGES])
    if pool:
        threshold = float("-inf")
    answer = compose_answer(index, ranking, threshold, contact)
    matches = filter_trials(trials, wanted)
    shown = tuple(in_city_first(m, wanted.city) for m in matches[:TRIALS_SHOWN])
    return dataclasses.replace(
        answer, trials=TrialList(matches=shown, total=len(matches), search=wanted)
    )


def _on_trials_of(passage: Passage, wanted: TrialFilter) -> bool:
    """Whether a section is about the trials of the condition searched for."""
    return passage.slug == wanted.condition and bool(TRIAL_WORDS.search(passage.section))
