"""Flask commands for maintainers, each wrapping plain functions."""

from __future__ import annotations

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from . import triage_model
from .config import PROJECT_ROOT
from .eval_sets import CONVERSATION_SETS, QUESTION_SETS
from .guide_loader import get_loader
from .index import IndexMissing
from .knowledge import KnowledgeError
from .onnx_embedder import ModelMissing
from .triage import triage

# The modules behind the commands are imported by the commands: every worker registers them,
# and importing them all (the linter's readability scores, the evaluation) slowed its start.

kb = AppGroup("kb", help="Check, build and evaluate the knowledge base.")
triage_group = AppGroup("triage", help="Measure the safety triage on labelled messages.")


@kb.command("build")
@click.option("--if-stale", is_flag=True, help="Build only when articles or the model changed.")
def build_command(if_stale: bool) -> None:
    """Build the search index from knowledge/ and switch serving to it."""
    from . import build

    config = current_app.config
    try:
        sources = build.read_sources(config)
    except (KnowledgeError, ValueError) as exc:
        raise click.ClickException(f"{exc}\nThe index was not changed.") from None
    loader = get_loader()
    embedder, exported = build.build_embedder(config, loader.ready_embedder)
    if exported:
        click.echo(f"Exported the model to ONNX -> {exported}")
    if if_stale:
        changed = build.changes(config["INDEX_DIR"], sources, embedder.name, bool(exported))
        if not changed:
            click.echo("Index is up to date.")
            return
        click.echo(f"Rebuilding: {', '.join(changed[:5])}{' …' if len(changed) > 5 else ''}")
    try:
        built = build.build(config, sources, embedder)
    except ValueError as exc:
        raise click.ClickException(f"{exc}\nThe index was not changed.") from None
    loader.load()
    click.echo(
        f"Built {built.articles} articles, {built.passages} passages, "
        f"{built.sentences} sentences in {built.seconds:.1f}s "
        f"({built.embedded} texts embedded, {built.reused} reused) -> {built.release}"
    )
    click.echo(triage_model.describe(built.triage))
    if built.recalled:
        click.echo(
            f"Kept {built.recalled} labelled questions as a memory of how patients ask"
            f" ({built.recalled_seconds:.1f}s)"
        )
    if built.decline:
        click.echo(f"Learned answer-or-decline decision, leave-one-set-out:\n{built.decline}")
    if built.lead:
        click.echo(f"Learned choice of the sentence that leads, leave-one-set-out:\n{built.lead}")


@kb.command("check")
@click.argument("directory", required=False, type=click.Path(file_okay=False, exists=True))
def check_command(directory: str | None) -> None:
    """Check articles: front matter, sources, review dates, readability, links, sections."""
    from .lint import check_knowledge

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
    multiple=True,
    help="Labelled questions, JSON Lines; repeat to score several files as one set. Default:"
    " each set named in bot/eval_sets.py, reported apart.",
)
@click.option(
    "--conversations",
    type=click.Path(dir_okay=False, exists=True),
    multiple=True,
    default=tuple(str(path) for path in CONVERSATION_SETS.values()),
    show_default=True,
    help="Labelled conversations, JSON Lines; scored per turn position, each file apart.",
)
@click.option(
    "--misses",
    is_flag=True,
    help="List the tuning questions whose reply misses, with the reply given.",
)
def eval_command(questions: tuple[str, ...], conversations: tuple[str, ...], misses: bool) -> None:
    """Measure the replies to questions and retrieval per mode, then conversations per turn."""
    from . import eval_report

    try:
        guide = get_loader().ready_guide()
    except (IndexMissing, ModelMissing) as exc:
        raise click.ClickException(str(exc)) from None
    try:
        sets = eval_report.load_question_sets({"given": questions} if questions else QUESTION_SETS)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    report = eval_report.evaluate_questions(guide, sets)
    click.echo(eval_report.render_questions(report, misses))
    for path in conversations:
        try:
            flows = eval_report.evaluate_conversations(guide, path)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(eval_report.render_conversations(flows))


@triage_group.command("eval")
@click.argument("file", type=click.Path(dir_okay=False, exists=True))
@click.option("--rules-only", is_flag=True, help="Leave out the learned layer.")
def triage_eval_command(file: str, rules_only: bool) -> None:
    """Run labelled messages (JSON Lines: message, expected) through the triage; print
    recall per category, the false-urgent rate, a confusion matrix and every miss."""
    from . import triage_eval

    try:
        examples = triage_model.load_examples(file)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if not examples:
        raise click.ClickException(f"{file} holds no messages")
    guide = get_loader().guide
    if rules_only:
        assess, layers = triage, "the rules only"
    elif guide is None or guide.classifier is None:
        raise click.ClickException(
            "no index with a learned triage layer: run `flask --app wsgi kb build`, or add"
            " --rules-only"
        )
    else:
        assess = guide.assess
        layers = f"rules + learned layer (index {guide.index.manifest.build_id})"
    report = triage_eval.evaluate(examples, assess)
    click.echo(f"{len(examples)} messages from {file}; {layers}\n")
    click.echo(triage_eval.render(report))


@triage_group.command("crossval")
@click.option(
    "--train-on",
    default=None,
    help="Eval sets the layer trains on, e.g. '1 2 3' (default: those in TRIAGE_TRAINING).",
)
@click.option(
    "--held-out",
    default=None,
    help="Sets held out together, one training a group: groups separated by spaces, sets in a"
    " group by commas, e.g. '31,32,33 34,35' (default: every eval set alone).",
)
@click.option(
    "--misses-of",
    default=None,
    help="Print the misses of these sets only, e.g. '1 2' ('' for none; default: every set),"
    " so a validation set's figures can be read without its messages.",
)
def triage_crossval_command(
    train_on: str | None, held_out: str | None, misses_of: str | None
) -> None:
    """Hold out each eval set (or group) in turn, train the layer without it as `kb build` does
    and score it: urgent and crisis recall and false alarms per set, their mean, and the misses."""
    from . import build, triage_crossval
    from .embedding_cache import CachedEmbedder, cache_path
    from .index import asked_questions

    config = current_app.config
    training = {str(p) for p in triage_model.training_files(config["TRIAGE_TRAINING"], Path())}
    names = (
        train_on.split()
        if train_on
        else [
            name
            for name, files in triage_crossval.SETS.items()
            if all(f"eval/triage/{f}" in training for f in files)
        ]
    )
    groups = (
        [group.split(",") for group in held_out.split()]
        if held_out
        else [[name] for name in triage_crossval.SETS]
    )
    shown = None if misses_of is None else set(misses_of.split())
    named = set(names) | {name for group in groups for name in group} | (shown or set())
    if unknown := named - set(triage_crossval.SETS):
        raise click.ClickException(f"no eval set {', '.join(sorted(unknown))}")
    guide = get_loader().guide
    if guide is None:
        raise click.ClickException(
            "no index: run `flask --app wsgi kb build` (the layer trains on its section questions)"
        )
    embedder, _ = build.build_embedder(config, get_loader().ready_embedder)
    # Its own cache file: the index's keeps only what the last build used.
    key = build.embedding_key(config, embedder) + "-crossval"
    cached = CachedEmbedder(embedder, cache_path(config["INDEX_DIR"], key))
    asked = triage_model.training_files(config["TRIAGE_QUESTIONS"], PROJECT_ROOT)
    taught = triage_model.training_files(config["TRIAGE_ASKED"], PROJECT_ROOT)
    results = triage_crossval.held_out_figures(
        PROJECT_ROOT / "eval" / "triage",
        names,
        cached.encode,
        embedder.name,
        triage_model.read_questions(asked),
        groups,
        triage_model.read_asked_by_set(taught),
        [q for _, q in asked_questions(guide.index.passages, guide.index.articles)],
        guide.index.question_vectors,
    )
    cached.save()
    click.echo(
        f"Layer trained on the exemplars, the old set and sets {' '.join(names)},"
        " less the sets held out\n"
    )
    click.echo(triage_crossval.render(results, shown))


def init_app(app: Flask) -> None:
    app.cli.add_command(kb)
    app.cli.add_command(triage_group)
