"""Flask commands for maintainers, each wrapping plain functions."""

from __future__ import annotations

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from . import build, conversation_eval, evaluation, triage_eval, triage_model
from .config import PROJECT_ROOT
from .guide import Guide
from .guide_loader import get_loader
from .index import IndexMissing
from .knowledge import KnowledgeError
from .lint import check_knowledge
from .onnx_embedder import ModelMissing
from .retrieval import MODES
from .triage import triage

DEFAULT_QUESTIONS = PROJECT_ROOT / "eval" / "questions.jsonl"
DEFAULT_CONVERSATIONS = PROJECT_ROOT / "eval" / "conversations.jsonl"

kb = AppGroup("kb", help="Check, build and evaluate the knowledge base.")
triage_group = AppGroup("triage", help="Measure the safety triage on labelled messages.")


@kb.command("build")
@click.option("--if-stale", is_flag=True, help="Build only when articles or the model changed.")
def build_command(if_stale: bool) -> None:
    """Build the search index from knowledge/ and switch serving to it."""
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
@click.option(
    "--conversations",
    type=click.Path(dir_okay=False, exists=True),
    default=str(DEFAULT_CONVERSATIONS),
    show_default=True,
    help="Labelled conversations, JSON Lines; scored per turn position.",
)
@click.option(
    "--misses",
    is_flag=True,
    help="List the tuning questions whose hybrid answer misses, with the answer given.",
)
def eval_command(questions: str, conversations: str, misses: bool) -> None:
    """Measure retrieval, answers and declining per mode, then conversations per turn position."""
    try:
        guide = get_loader().ready_guide()
    except (IndexMissing, ModelMissing) as exc:
        raise click.ClickException(str(exc)) from None
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
    outcomes = {mode: evaluation.run(guide, items, mode, threshold) for mode in MODES}
    click.echo(
        "key fact: the answer states one; first: its first sentence is from a labelled section;"
        "\ncovered/off-topic: share declined; mixing: answers quoting an unrelated article.\n"
    )
    click.echo(_scores_header("split", "mode"))
    for split in evaluation.SPLITS:
        for mode in MODES:
            scores = evaluation.by_split(outcomes[mode]).get(split)
            if scores:
                click.echo(_scores_row(split, mode, scores))
    click.echo(f"\nBy topic (hybrid, every split):\n{_scores_header('topic', '')}")
    for topic, scores in evaluation.by_topic(outcomes["hybrid"]).items():
        click.echo(_scores_row(topic, "", scores))
    tuning = [o for o in outcomes["hybrid"] if o.question.split == evaluation.TUNING]
    try:
        suggested = evaluation.calibrate_threshold(tuning)
    except ValueError as exc:
        click.echo(f"\nNo calibration: {exc}.")
    else:
        tuned = evaluation.score(evaluation.run(guide, _tuning(items), "hybrid", suggested))
        click.echo(
            f"\nCalibrated on the tuning split: {suggested:.3f} (covered declined "
            f"{tuned.covered_declined:.3f}, off-topic declined {tuned.off_topic_declined:.3f}); "
            "set NO_ANSWER_THRESHOLD to use it."
        )
    if misses:
        click.echo("\nMisses (hybrid, tuning split):")
        for line in _misses(tuning):
            click.echo(line)
    _conversation_section(guide, conversations)


def _tuning(items: list[evaluation.EvalQuestion]) -> list[evaluation.EvalQuestion]:
    return [q for q in items if q.split == evaluation.TUNING]


def _scores_header(first: str, second: str) -> str:
    return (
        f"{first:<12}{second:<9}{'n':>4}{'hit@1':>7}{'hit@3':>7}{'MRR':>7}{'key fact':>10}"
        f"{'first':>7}{'covered':>9}{'off-topic':>11}{'mixing':>8}"
    )


def _scores_row(first: str, second: str, s: evaluation.Scores) -> str:
    return (
        f"{first:<12}{second:<9}{s.count:>4}{s.hit_at_1:>7.3f}{s.hit_at_3:>7.3f}{s.mrr:>7.3f}"
        f"{s.key_fact:>10.3f}{s.first_sentence:>7.3f}{s.covered_declined:>9.3f}"
        f"{s.off_topic_declined:>11.3f}{s.mixing:>8}"
    )


def _misses(outcomes: list[evaluation.Outcome]) -> list[str]:
    lines = []
    for o in outcomes:
        q = o.question
        problems = [
            name
            for name, missed in (
                ("declined", q.answerable and o.declined),
                ("answered", not q.answerable and not o.declined),
                ("no key fact", q.key_facts and not o.declined and not o.states_key_fact),
                ("first sentence", q.answerable and not o.declined and not o.first_from_label),
                ("mixing", o.mixes_articles),
            )
            if missed
        ]
        if problems:
            lines.append(f"- {q.question}  [{', '.join(problems)}; conf {o.confidence:.3f}]")
            lines.append(f"    expected {', '.join(sorted(q.expected)) or '(uncovered)'}")
            lines.append(f"    answer: {o.answer[:300]}")
    return lines


def _conversation_section(guide: Guide, path: str) -> None:
    try:
        flows = conversation_eval.load_flows(path)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    outcomes = conversation_eval.run(guide, flows)
    click.echo(f"\nConversations, by turn position ({Path(path).name}):\n")
    click.echo(conversation_eval.table(outcomes))


@triage_group.command("eval")
@click.argument("file", type=click.Path(dir_okay=False, exists=True))
@click.option("--rules-only", is_flag=True, help="Leave out the learned layer.")
def triage_eval_command(file: str, rules_only: bool) -> None:
    """Run labelled messages (JSON Lines: message, expected) through the triage; print
    recall per category, the false-urgent rate, a confusion matrix and every miss."""
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


def init_app(app: Flask) -> None:
    app.cli.add_command(kb)
    app.cli.add_command(triage_group)
