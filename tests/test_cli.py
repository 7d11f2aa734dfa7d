import json
from pathlib import Path

from bot import build
from bot.embedder import FakeEmbedder
from bot.eval_report import evaluate_questions, render_questions
from bot.evaluation import FACT_NOWHERE, EvalQuestion
from bot.guide_loader import EXTENSION
from bot.retrieval import MODES


def current_build(index_dir: str) -> str:
    return json.loads((Path(index_dir) / "current" / "manifest.json").read_text())["build_id"]


def test_build_reports_what_it_built(runner, app):
    result = runner.invoke(args=["kb", "build"])
    assert result.exit_code == 0, result.output
    assert "Built 3 articles, 8 passages" in result.output


def test_building_is_a_function_that_returns_what_it_published(app):
    config = app.config
    sources = build.read_sources(config)
    built = build.build(config, sources, FakeEmbedder())
    assert (built.articles, built.passages) == (3, 8)
    assert built.embedded > 0 and built.release.name == current_build(config["INDEX_DIR"])
    assert build.changes(config["INDEX_DIR"], sources, FakeEmbedder.name, exported=False) == []


def test_build_if_stale_skips_an_up_to_date_index(runner):
    # The fixture's index has no triage layer: the first build trains one.
    first = runner.invoke(args=["kb", "build", "--if-stale"])
    rebuilt = "Rebuilding: triage examples, declining questions or the code reading them"
    assert rebuilt in first.output
    result = runner.invoke(args=["kb", "build", "--if-stale"])
    assert result.exit_code == 0
    assert "up to date" in result.output


def test_build_if_stale_rebuilds_after_an_edit(runner, knowledge_dir):
    path = knowledge_dir / "cost-of-car-t.md"
    path.write_text(path.read_text() + "\nPrices change over time.\n")
    result = runner.invoke(args=["kb", "build", "--if-stale"])
    assert "Rebuilding: cost-of-car-t.md" in result.output
    assert "Built 3 articles" in result.output


def test_a_broken_article_stops_the_build_and_keeps_the_index(runner, app, client, knowledge_dir):
    before = current_build(app.config["INDEX_DIR"])
    (knowledge_dir / "broken.md").write_text("---\ntitle: [oops\n---\nbody\n")
    result = runner.invoke(args=["kb", "build"])
    assert result.exit_code != 0
    assert "broken.md" in result.output and "not valid YAML" in result.output
    assert "The index was not changed." in result.output
    assert current_build(app.config["INDEX_DIR"]) == before
    reply = client.post("/api/chat", json={"message": "How is CRS treated?"})
    assert reply.get_json()["kind"] == "answer"


def test_evaluating_judges_the_reply_and_ranks_each_ablation(app):
    guide = app.extensions[EXTENSION].ready_guide()
    treated = "cytokine-release-syndrome#how-is-crs-treated"
    question = EvalQuestion("How is CRS treated?", "risks", frozenset({treated}))
    report = evaluate_questions(guide, {"one": [question]})
    assert report.outcomes["one"][0].rank == 1
    assert not report.outcomes["one"][0].declined
    assert set(report.ablations["one"]) == set(MODES) - {"hybrid"}
    rendered = render_questions(report)
    assert rendered.startswith("one: 1 questions, 1 answerable, 0 uncovered")
    assert f"no-answer threshold {app.config['NO_ANSWER_THRESHOLD']:.3f}" in rendered


def test_misses_count_why_key_facts_were_left_out(app):
    guide = app.extensions[EXTENSION].ready_guide()
    treated = "cytokine-release-syndrome#how-is-crs-treated"
    question = EvalQuestion(
        "How is CRS treated?", "risks", frozenset({treated}), ("a fact the guide never states",)
    )
    report = evaluate_questions(guide, {"one": [question]})
    assert report.outcomes["one"][0].fact_missed == FACT_NOWHERE
    assert f"    1  {FACT_NOWHERE} (one 1)" in render_questions(report, misses=True)
