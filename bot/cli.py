"""Flask commands for maintainers, each wrapping plain functions."""

from __future__ import annotations

import time

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from .engine import get_engine
from .index import IndexMissing, build_index, read_manifest, save_index, stale_files
from .knowledge import KnowledgeError, load_knowledge

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
    if if_stale:
        try:
            changed = stale_files(
                read_manifest(config["INDEX_DIR"]), articles, engine.embedder.name
            )
        except IndexMissing:
            changed = ["no index yet"]
        if not changed:
            click.echo("Index is up to date.")
            return
        click.echo(f"Rebuilding: {', '.join(changed[:5])}{' …' if len(changed) > 5 else ''}")
    started = time.perf_counter()
    index = build_index(articles, engine.embedder)
    release = save_index(index, config["INDEX_DIR"])
    engine.load()
    click.echo(
        f"Built {len(articles)} articles, {index.manifest.passages} passages, "
        f"{index.manifest.sentences} sentences in {time.perf_counter() - started:.1f}s -> {release}"
    )


def init_app(app: Flask) -> None:
    app.cli.add_command(kb)
