"""`kb build` as plain functions: read the sources, say what changed, embed, train and publish."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import asked_before, sentence_choice, triage_model
from .answer import LEAD_SENTENCE_FEATURES, Contact, lead_choices
from .config import PROJECT_ROOT
from .conversation import read_in_context
from .decline import read_labelled_questions
from .decline import train as train_decline
from .embedder import Embedder, make_embedder
from .embedding_cache import CachedEmbedder, cache_path
from .evaluation import states_any
from .guide import Guide, GuideSettings
from .index import (
    IndexMissing,
    asked_questions,
    build_index,
    read_manifest,
    save_index,
    stale_files,
    with_memory,
)
from .knowledge import Article, load_knowledge
from .model import export_dir, packaged_model_dir
from .onnx_embedder import is_exported
from .trials import TrialError, load_trials


@dataclass(frozen=True)
class Sources:
    """What an index is built from: the articles and the triage layer's labelled examples."""

    articles: list[Article]
    examples: list[triage_model.Example]
    questions: list[str]  # plain questions that set the layer's second crisis threshold
    examples_hash: str  # of the training files and the rules: a change means a stale index
    # (set, message) of the labelled sets the layer's crisis side learns as needing no help
    asked: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    # labelled first questions the answer-or-decline decision learns from: (set, text, covered)
    declines: list[tuple[str, str, bool]] = dataclasses.field(default_factory=list)
    # covered first questions the choice of the sentence an answer leads with learns from
    leads: list[sentence_choice.Labelled] = dataclasses.field(default_factory=list)
    # covered first questions labelled with their sections, kept as a memory of how patients ask
    recalled: list[sentence_choice.Labelled] = dataclasses.field(default_factory=list)
    # covered later turns of the labelled conversations, for a follow-up's vote
    followed: list[asked_before.FollowUp] = dataclasses.field(default_factory=list)
    # (set, message) of the uncovered first questions the memory keeps beside the covered ones
    unasked: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    # ...and its uncovered later turns (round 38, decline39)
    unasked_later: list[tuple[str, str]] = dataclasses.field(default_factory=list)


@dataclass(frozen=True)
class Built:
    """A published index: what went into it, what it cost, and its learned triage layer."""

    articles: int
    passages: int
    sentences: int
    seconds: float
    embedded: int  # texts the model had to embed
    reused: int  # texts whose vectors came from the cache
    release: Path
    triage: triage_model.Figures
    decline: str = ""  # the learned answer-or-decline decision's held-out figures
    lead: str = ""  # the learned choice of the sentence that leads: its held-out figures
    recalled: int = 0  # labelled questions kept as a memory of how patients ask
    recalled_seconds: float = 0.0  # what embedding them took


def read_sources(config: Mapping[str, Any]) -> Sources:
    """Read the articles and the triage training files.

    Raises:
        KnowledgeError: an article is broken.
        ValueError: a training file is missing or has an unusable line.
    """
    articles = load_knowledge(config["KNOWLEDGE_DIR"])
    training = triage_model.training_files(config["TRIAGE_TRAINING"], PROJECT_ROOT)
    asked = triage_model.training_files(config["TRIAGE_QUESTIONS"], PROJECT_ROOT)
    declining = triage_model.training_files(config["DECLINE_TRAINING"], PROJECT_ROOT)
    examples = triage_model.read_training(training)
    questions = triage_model.read_questions(asked)
    taught = triage_model.training_files(config["TRIAGE_ASKED"], PROJECT_ROOT)
    told = triage_model.read_asked_by_set(taught)
    declines = read_labelled_questions(declining)
    leading = triage_model.training_files(config["LEAD_TRAINING"], PROJECT_ROOT)
    leads = sentence_choice.read_questions(leading)
    remembered = triage_model.training_files(config["ASKED_BEFORE"], PROJECT_ROOT)
    recalled = sentence_choice.read_questions(remembered)
    followed = asked_before.read_follow_ups(remembered)
    unasked = asked_before.read_uncovered(remembered)
    unasked_later = asked_before.read_uncovered_later(remembered)
    # The decision learns from what the guide's code computes: a change to it is a change too.
    ranking = triage_model.modules_read(Path(__file__).with_name("guide.py"))
    hashed = triage_model.training_hash(
        [*training, *asked, *taught, *declining, *leading, *remembered, *ranking]
    )
    return Sources(
        articles,
        examples,
        questions,
        hashed,
        told,
        declines,
        leads,
        recalled,
        followed,
        unasked,
        unasked_later,
    )


def build_embedder(
    config: Mapping[str, Any], serving: Callable[[], Embedder]
) -> tuple[Embedder, Path | None]:
    """Return the embedder to build with, exporting the ONNX model first if it is missing.

    Args:
        serving: the serving embedder, used as it is by backends other than ONNX.

    Returns:
        The embedder, and the export's folder when it was just made (the index is then stale).
    """
    if config["EMBEDDER"] != "onnx":
        return serving(), None
    export = export_dir(config["ONNX_DIR"])
    exported = None
    if not is_exported(export):
        from .onnx_export import export_model  # imports torch: only when an export is due

        export_model(packaged_model_dir(), export)
        exported = export
    # Building is a batch job of its own: it may use every core (45 articles on 2 idle cores:
    # 16 -> 11 s), where each serving worker keeps to one.
    embedder = make_embedder(
        "onnx", config["ONNX_DIR"], threads=os.cpu_count() or 1, precision=config["ONNX_PRECISION"]
    )
    return embedder, exported


def changes(index_dir: Path | str, sources: Sources, model: str, exported: bool) -> list[str]:
    """Return what the current index was not built from (empty: it is up to date)."""
    try:
        manifest = read_manifest(index_dir)
    except IndexMissing:
        return ["no index yet"]
    changed = ["no ONNX model yet"] if exported else []
    changed += stale_files(manifest, sources.articles, model)
    if manifest.triage_examples != sources.examples_hash:
        changed.append("triage examples, declining questions or the code reading them")
    return changed


def embedding_key(config: Mapping[str, Any], embedder: Embedder) -> str:
    """Return what names the vectors an embedder makes, for the embedding cache.

    Keyed by backend (two runtimes of one model give vectors that differ slightly) and, for
    ONNX, by the export's folder (a new export, e.g. after EXPORT_VERSION or the model package
    changed, gives new vectors) and by precision.
    """
    key = f"{config['EMBEDDER']}-{embedder.name}"
    if config["EMBEDDER"] == "onnx":
        key += f"-{export_dir(config['ONNX_DIR']).name}-{config['ONNX_PRECISION']}"
    return key


def build(config: Mapping[str, Any], sources: Sources, embedder: Embedder) -> Built:
    """Embed what is new, train the triage layer and publish the index as the current release.

    Raises:
        ValueError: the triage layer cannot be trained on these examples (nothing is published).
    """
    started = time.perf_counter()
    # Only text not embedded before goes through the model: an edit re-embeds one article.
    cached = CachedEmbedder(
        embedder, cache_path(config["INDEX_DIR"], embedding_key(config, embedder))
    )
    index = build_index(sources.articles, cached)
    vectors = cached.encode([e.message for e in sources.examples])
    classifier = triage_model.train(
        sources.examples,
        vectors,
        embedder.name,
        sources.questions,
        cached.encode(sources.questions) if sources.questions else None,
        [q for _, q in asked_questions(index.passages, index.articles)],
        index.question_vectors,
        sources.asked,
        cached.encode([m for _, m in sources.asked]) if sources.asked else None,
    )
    manifest = dataclasses.replace(index.manifest, triage_examples=sources.examples_hash)
    index = dataclasses.replace(index, manifest=manifest, triage=classifier)
    recalling = time.perf_counter()
    memory = None
    if sources.recalled:
        ids = [p.id for p in index.passages]
        memory = asked_before.build(
            sources.recalled, ids, cached, sources.followed, sources.unasked, sources.unasked_later
        )
    recalled_seconds = time.perf_counter() - recalling
    if sources.declines:
        # Trained on what the guide computes over this very index, as served: with the memory
        # of labelled questions, each question's own set left out (bot/decline.py), so its
        # agreement with the ranking is one of the signals (round 35, follow36). A change to
        # ranking or triage refits it at the next build.
        served = with_memory(index, memory) if memory is not None else index
        guide = Guide(served, cached, _guide_settings(config))
        index = dataclasses.replace(index, decline=train_decline(guide, sources.declines))
    if sources.leads:
        # The lead is trained on rankings without the memory (eval/HISTORY.md, memory33).
        guide = Guide(index, cached, _guide_settings(config))
        items = [lead_items(guide, q) for q in sources.leads]
        chosen = sentence_choice.train(LEAD_SENTENCE_FEATURES, [i for i in items if i is not None])
        index = dataclasses.replace(index, lead_sentence=chosen)
    if memory is not None:
        index = with_memory(index, memory)
    cached.save()
    release = save_index(index, config["INDEX_DIR"])
    return Built(
        articles=len(sources.articles),
        passages=manifest.passages,
        sentences=manifest.sentences,
        seconds=time.perf_counter() - started,
        embedded=cached.embedded,
        reused=cached.reused,
        release=release,
        triage=classifier.figures,
        decline=index.decline.figures if index.decline else "",
        lead=index.lead_sentence.figures if index.lead_sentence else "",
        recalled=len(index.asked_before) if index.asked_before else 0,
        recalled_seconds=recalled_seconds,
    )


def lead_items(
    guide: Guide, question: sentence_choice.Labelled
) -> sentence_choice.Candidates | None:
    """A covered first question's sentences that may lead its answer, as the guide ranks it
    at the threshold that answers it (None: no choice, or no key facts to want)."""
    if not question.key_facts:
        return None
    reading = read_in_context(question.question, [], guide.retriever.knows)
    ranking = guide.section_ranking(question.question, reading)
    threshold = min(guide.settings.no_answer_threshold, ranking.confidence)
    found = lead_choices(guide.index, ranking, threshold)
    if found is None:
        return None
    rows, texts, hand = found
    wanted = np.array([states_any(t, question.key_facts) for t in texts])
    return sentence_choice.Candidates(question.set, rows, wanted, hand)


def _guide_settings(config: Mapping[str, Any]) -> GuideSettings:
    """The settings the service's guide has, its trials read as it reads them."""
    try:
        trials = tuple(load_trials(config["TRIALS_DIR"]))
    except TrialError:
        trials = ()
    return GuideSettings(config["NO_ANSWER_THRESHOLD"], Contact.from_settings(config), trials)
