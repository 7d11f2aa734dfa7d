"""Flask commands for maintainers, each wrapping plain functions."""

from __future__ import annotations

import os
import time

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from .embedder import Embedder, make_embedder
from .engine import Engine, get_engine
from .index import IndexMissing, build_index, read_manifest, save_index, stale_files
from .knowledge import KnowledgeError, load_knowledge
from .model import export_dir, packaged_model_dir
from .onnx_embedder import is_exported

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
    index = build_index(articles, embedder)
    release = save_index(index, config["INDEX_DIR"])
    engine.load()
    click.echo(
        f"Built {len(articles)} articles, {index.manifest.passages} passages, "
        f"{index.manifest.sentences} sentences in {time.perf_counter() - started:.1f}s -> {release}"
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
