"""`flask trials ...`: check the trial registry and update it from ClinicalTrials.gov."""

from __future__ import annotations

import datetime as dt

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from .trials import TrialError, load_trials, stale_trials

trials_cli = AppGroup("trials", help="Check and update the curated trial registry.")


@trials_cli.command("check")
def check_command() -> None:
    """Check every trial file, and that each was verified in the last year."""
    directory = current_app.config["TRIALS_DIR"]
    try:
        trials = load_trials(directory)
    except TrialError as exc:
        raise click.ClickException(str(exc)) from None
    stale = stale_trials(trials, dt.date.today())
    for line in stale:
        click.echo(line, err=True)
    if stale:
        raise click.ClickException(f"{len(stale)} trial(s) need checking against the registry.")
    click.echo(f"{len(trials)} trials OK in {directory}.")


@trials_cli.command("import")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("--fetch", is_flag=True, help="Ask the live ClinicalTrials.gov API instead of FILE.")
def import_command(file: str | None, fetch: bool) -> None:
    """Update registry facts from a ClinicalTrials.gov API v2 /studies response (JSON FILE)."""
    # Imported here: every start of the app imports this module, and only this command needs
    # the importer.
    from .trial_import import ImportFileError, import_response, read_response

    if bool(file) == fetch:
        raise click.UsageError("Give either FILE (a saved /studies response) or --fetch.")
    directory = current_app.config["TRIALS_DIR"]
    try:
        studies = _fetched(directory) if fetch else read_response(file)
        report = import_response(directory, studies, dt.date.today())
    except (ImportFileError, TrialError) as exc:
        raise click.ClickException(f"{exc}\nThe registry was not changed.") from None
    for line in report.lines():
        click.echo(line)


def _fetched(directory: str):
    from .trial_import import fetch_studies

    try:
        return fetch_studies(t.nct_id for t in load_trials(directory))
    except OSError as exc:
        raise click.ClickException(
            f"ClinicalTrials.gov could not be reached ({exc}).\nThe registry was not changed."
        ) from None


def init_app(app: Flask) -> None:
    app.cli.add_command(trials_cli)
