"""Flask commands for the reply store: `db` creates, migrates and purges it; `report` reads it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from . import reports
from .guide_loader import get_loader
from .records import get_records
from .store import StoreUnavailable, describe_url, utcnow

# One group for the store. Named `db`, as Flask-Migrate names it, so `flask db upgrade` reads
# as operators expect.
db = AppGroup(
    "db", help="Create, migrate and purge the database of replies, ratings and kept questions."
)
report = AppGroup("report", help="What patients asked that the guide could not answer.")

_since = click.option(
    "--since",
    type=click.IntRange(min=1),
    help="Only the last DAYS days (default: everything still kept).",
    metavar="DAYS",
)
_format = click.option(
    "--format", "fmt", type=click.Choice(reports.FORMATS), default="text", show_default=True
)


@db.command("upgrade")
def upgrade_command() -> None:
    """Create the tables or bring them to the newest revision (safe to run again)."""
    with _store_errors():
        revision = get_records().store.upgrade()
    url = describe_url(current_app.config["DATABASE_URL"])
    click.echo(f"Database ready at revision {revision}: {url}")


@db.command("revision")
@click.argument("message")
def revision_command(message: str) -> None:
    """Write a migration for what the models changed, compared with DATABASE_URL at head."""
    with _store_errors():
        try:
            path = get_records().store.new_revision(message)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(f"Wrote {path}; read it, then run `ruff format` on it.")


@db.command("purge")
def purge_command() -> None:
    """Delete stored text past RETENTION_DAYS, and what the feedback window no longer needs."""
    with _store_errors():
        purged = get_records().purge()
    config = current_app.config
    click.echo(
        f"Deleted {purged.deleted} replies (older than {config['RETENTION_DAYS']} days, or "
        f"unrated after {config['FEEDBACK_WINDOW_HOURS']} hours); removed the question from "
        f"{purged.forgotten} rated-up answers."
    )


@report.command("gaps")
@_since
@_format
@click.option(
    "--similarity",
    type=click.FloatRange(0.0, 1.0),
    default=reports.SAME_NEED,
    show_default=True,
    help="Least cosine similarity for two questions to count as the same need.",
)
def gaps_command(since: int | None, fmt: str, similarity: float) -> None:
    """Group unanswered and thumbs-down questions by meaning, largest group first."""
    with _store_errors():
        questions = get_records().store.gap_questions(_cutoff(since))
    gaps = reports.find_gaps(questions, get_loader().ready_embedder(), similarity)
    heading = (
        f"Content gaps {_period(since)}: {len(questions)} questions in {len(gaps)} groups "
        f"(similarity ≥ {similarity:.2f})"
    )
    click.echo(reports.render_gaps(gaps, fmt, heading))


@report.command("feedback")
@_since
@_format
def feedback_command(since: int | None, fmt: str) -> None:
    """Thumbs up and down per article the rated answers quoted."""
    with _store_errors():
        totals = get_records().store.feedback_by_article(_cutoff(since))
    heading = f"Feedback per article {_period(since)}"
    click.echo(reports.render_feedback(totals, fmt, heading))


def _cutoff(days: int | None) -> dt.datetime | None:
    return utcnow() - dt.timedelta(days=days) if days else None


def _period(days: int | None) -> str:
    return f"in the last {days} days" if days else "(everything kept)"


@contextmanager
def _store_errors() -> Iterator[None]:
    """Turn a database failure into a one-line error saying what to check."""
    try:
        yield
    except StoreUnavailable as exc:
        raise click.ClickException(
            f"the database cannot be used ({exc.detail}). "
            "Check DATABASE_URL and run `flask --app wsgi db upgrade`."
        ) from None


def init_app(app: Flask) -> None:
    for group in (db, report):
        app.cli.add_command(group)
