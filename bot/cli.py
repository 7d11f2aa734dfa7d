"""Flask commands for maintainers, each wrapping plain functions."""

from __future__ import annotations

import time

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from .engine import get_engine
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
    missing_model = []
    export = export_dir(config["ONNX_DIR"])
    if config["EMBEDDER"] == "onnx" and not is_exported(export):
        from .onnx_export import export_model  # imports torch: only when an export is due

        export_model(packaged_model_dir(), export)
        click.echo(f"Exported the model to ONNX -> {export}")
        missing_model = ["no ONNX model yet"]
    embedder = engine.ready_embedder()
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


def init_app(app: Flask) -> None:
    app.cli.add_command(kb)
