"""Flask commands for maintainers, each wrapping plain functions."""

from __future__ import annotations

import os
import time
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from . import evaluation
from .config import PROJECT_ROOT
from .embedder import Embedder, make_embedder
from .embedding_cache import CachedEmbedder, cache_path
from .engine import Engine, get_engine
from .guide import PASSAGES_RETRIEVED
from .index import IndexMissing, build_index, read_manifest, save_index, stale_files
from .knowledge import KnowledgeError, load_knowledge
from .lint import check_knowledge
from .model import export_dir, packaged_model_dir
from .onnx_embedder import is_exported
from .retrieval import MODES

DEFAULT_QUESTIONS = PROJECT_ROOT / "eval" / "questions.jsonl"

kb = AppGroup("kb", help="Check, build and evaluate the knowledge base.")


@kb.command("build")
@click.option("--if-stale", is_flag=True, help="Build only when articles or the model changed.")
def build_command(if_stale: bool) -> None:
    """Build the search index from knowledge/ and switch serving to it."""
    config = current_app.config
    try:
        articles = load_knowledge(config["KNOWLEDGE_DIR"])
    except KnowledgeError as exc:
        raise click.ClickException(f"{exc}\nThe index was not changed.") from None
    engine = get_engine()
    embedder, missing_model = _build_embedder(engine)
    if if_stale:
        try:
            changed = missing_model + stale_files(
                read_manifest(config["INDEX_DIR"]), articles, embedder.name
            )
        except IndexMissing:
            changed = ["no index yet"]
        if not changed:
            click.echo("Index is up to date.")
            return
        click.echo(f"Rebuilding: {', '.join(changed[:5])}{' …' if len(changed) > 5 else ''}")
    started = time.perf_counter()
    # Only text not embedded before goes through the model: an edit re-embeds one article.
    # Keyed by backend too: two runtimes of one model give vectors that differ slightly.
    cached = CachedEmbedder(
        embedder, cache_path(config["INDEX_DIR"], f"{config['EMBEDDER']}-{embedder.name}")
    )
    index = build_index(articles, cached)
    cached.save()
    release = save_index(index, config["INDEX_DIR"])
    engine.load()
    click.echo(
        f"Built {len(articles)} articles, {index.manifest.passages} passages, "
        f"{index.manifest.sentences} sentences in {time.perf_counter() - started:.1f}s "
        f"({cached.embedded} texts embedded, {cached.reused} reused) -> {release}"
    )


@kb.command("check")
@click.argument("directory", required=False, type=click.Path(file_okay=False, exists=True))
def check_command(directory: str | None) -> None:
    """Check articles: front matter, sources, review dates, readability, links, sections."""
    directory = directory or current_app.config["KNOWLEDGE_DIR"]
    findings = check_knowledge(directory)
    for finding in findings:
        click.echo(str(finding), err=finding.severity == "error")
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    articles = len(list(Path(directory).glob("*.md")))
    click.echo(f"Checked {articles} articles: {errors} errors, {warnings} warnings.")
    if errors:
        raise SystemExit(1)


@kb.command("eval")
@click.option(
    "--questions",
    type=click.Path(dir_okay=False, exists=True),
    default=str(DEFAULT_QUESTIONS),
    show_default=True,
    help="Labelled questions, JSON Lines.",
)
def eval_command(questions: str) -> None:
    """Measure hit@1, hit@3, MRR and declining for hybrid, dense and lexical retrieval."""
    guide = get_engine().ready_guide()
    threshold = current_app.config["NO_ANSWER_THRESHOLD"]
    try:
        items = evaluation.load_questions(questions)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    answerable = sum(1 for q in items if q.answerable)
    click.echo(
        f"{len(items)} questions: {answerable} answerable, {len(items) - answerable} uncovered; "
        f"no-answer threshold {threshold:.3f}\n"
    )
    click.echo(f"{'mode':<10}{'hit@1':>7}{'hit@3':>7}{'MRR':>7}{'answered':>10}{'declined':>10}")
    outcomes = {}
    for mode in MODES:
        outcomes[mode] = evaluation.run(guide, items, mode, threshold)
        s = evaluation.score(outcomes[mode])
        click.echo(
            f"{mode:<10}{s.hit_at_1:>7.3f}{s.hit_at_3:>7.3f}{s.mrr:>7.3f}"
            f"{s.answered:>10.3f}{s.declined:>10.3f}"
        )
    click.echo(f"\nBy topic (hybrid):\n{'topic':<12}{'n':>4}{'hit@1':>7}{'hit@3':>7}{'MRR':>7}")
    for topic, s in evaluation.by_topic(outcomes["hybrid"]).items():
        if topic != evaluation.UNCOVERED:
            click.echo(f"{topic:<12}{s.count:>4}{s.hit_at_1:>7.3f}{s.hit_at_3:>7.3f}{s.mrr:>7.3f}")
    suggested = evaluation.calibrate_threshold(outcomes["hybrid"])
    tuned = evaluation.score(evaluation.run(guide, items, "hybrid", suggested))
    click.echo(
        f"\nCalibrated threshold: {suggested:.3f} (answered {tuned.answered:.3f}, "
        f"declined {tuned.declined:.3f}); set NO_ANSWER_THRESHOLD to use it."
    )
    missed = [o for o in outcomes["hybrid"] if o.question.answerable and not o.rank]
    if missed:
        click.echo(f"\nNot retrieved in the top {PASSAGES_RETRIEVED} (hybrid):")
        for outcome in missed:
            click.echo(
                f"  {outcome.question.question}  -> {', '.join(sorted(outcome.question.expected))}"
            )


def _build_embedder(engine: Engine) -> tuple[Embedder, list[str]]:
    """Return the embedder to build with, exporting the ONNX model first if it is missing.

    Returns:
        The embedder, and ["no ONNX model yet"] when the export was just made (that is stale).
    """
    config = engine.config
    if config["EMBEDDER"] != "onnx":
        return engine.ready_embedder(), []
    export = export_dir(config["ONNX_DIR"])
    missing_model = []
    if not is_exported(export):
        from .onnx_export import export_model  # imports torch: only when an export is due

        export_model(packaged_model_dir(), export)
        click.echo(f"Exported the model to ONNX -> {export}")
        missing_model = ["no ONNX model yet"]
    # Building is a batch job of its own: it may use every core (45 articles on 2 idle cores:
    # 16 -> 11 s), where each serving worker keeps to one.
    return make_embedder("onnx", config["ONNX_DIR"], threads=os.cpu_count() or 1), missing_model


def init_app(app: Flask) -> None:
    app.cli.add_command(kb)
