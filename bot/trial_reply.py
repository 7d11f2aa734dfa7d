"""A chat reply to a trial search: the finding-a-trial guidance, quoted, and the best matches."""

from __future__ import annotations

import dataclasses
import re

from .answer import Answer, Contact, compose_answer
from .index import KnowledgeIndex
from .knowledge import Passage
from .retrieval import Ranking, Retriever
from .trial_query import TRIAL_WORDS
from .trials import Trial, TrialFilter, TrialList, filter_trials, in_city_first

GUIDANCE_SLUG = "finding-a-trial"
GUIDANCE_PASSAGES = 3
# A section heading on how far something has got in people: "How far along is in vivo CAR-T
# research?", "Has off-the-shelf CAR-T been used in autoimmune disease?".
RESEARCH_WORDS = re.compile(
    r"\b(?:trials?|stud(?:y|ies)|research|been\s+(?:used|tried|tested))\b", re.IGNORECASE
)
TRIALS_SHOWN = 5


def trial_answer(
    index: KnowledgeIndex,
    retriever: Retriever,
    trials: tuple[Trial, ...],
    wanted: TrialFilter,
    message: str,
    threshold: float,
    contact: Contact,
    topic: frozenset[str] = frozenset(),
) -> Answer:
    """Quote the guidance on finding a trial that best fits the message, and list trials.

    The guidance applies to every trial search, so it is quoted however loosely it matches,
    unless a section on the trials of the condition searched for ranks above it ("Which
    CAR-T trials are testing MS?"), or, for a search following up a topic, a section of the
    topic's articles on how far its research has got ("any trials" after in vivo CAR-T: "How
    far along is in vivo CAR-T research?"); without either, the reply is the usual answer.
    """
    guidance = index.article_positions.get(GUIDANCE_SLUG, [])
    condition = [
        p
        for p in index.article_positions.get(wanted.condition or "", [])
        if _on_trials_of(index.passages[p], wanted)
    ] + [
        p
        for slug in sorted(topic - {GUIDANCE_SLUG, wanted.condition or ""})
        for p in index.article_positions.get(slug, [])
        if RESEARCH_WORDS.search(index.passages[p].section)
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
