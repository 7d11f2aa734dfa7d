"""`flask db upgrade`, `db purge`, `report gaps` and `report feedback` on a populated store."""

import csv
import datetime as dt
import io
import json
import re

import numpy as np
import pytest

from bot.records import EXTENSION
from bot.reply_kind import ReplyKind
from bot.reports import SAME_NEED, group_by_meaning
from bot.store import Reply, SourceScore, utcnow

PETS = ("Can my dog visit me in the ward?", "Can my dog come to visit?", "dog visit ward rules")
PARKING = (
    "Is parking at the hospital free?",
    "How much does hospital parking cost?",
    "Hospital parking for caregivers",
)
WIFI = "Is there wifi in the rooms?"


@pytest.fixture
def database_url(any_database_url):
    return any_database_url


@pytest.fixture
def store(app):
    return app.extensions[EXTENSION].store


def keep(
    store, n, question, kind=ReplyKind.NO_ANSWER, rating=None, source="staying-near-the-center"
):
    reply_id = f"{n:032x}"
    store.record(
        Reply(reply_id, kind, question, (SourceScore(f"{source}#where", 0.4 + n / 100),)),
        at=utcnow() - dt.timedelta(hours=1),
    )
    if rating:
        store.rate(reply_id, rating, None, dt.timedelta(hours=24))


@pytest.fixture
def populated(store):
    for n, question in enumerate(PETS):
        keep(store, n, question)
    for n, question in enumerate(PARKING, start=10):
        keep(store, n, question, kind=ReplyKind.ANSWER, rating="down", source="cost-of-car-t")
    keep(store, 20, WIFI)
    return store


def test_db_upgrade_creates_the_tables_and_can_run_again(runner, tmp_path, make_app):
    app = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'new.sqlite3'}")
    runner = app.test_cli_runner()
    for _ in range(2):
        result = runner.invoke(args=["db", "upgrade"])
        assert result.exit_code == 0, result.output
        assert f"revision 0001: sqlite:///{tmp_path / 'new.sqlite3'}" in result.output


def test_db_revision_says_when_there_is_nothing_to_migrate(runner):
    result = runner.invoke(args=["db", "revision", "no change"])
    assert result.exit_code == 1
    assert "nothing to migrate" in result.output


def test_db_upgrade_hides_the_password(make_app):
    url = "postgresql+psycopg://guide:s3cret@127.0.0.1:1/nothing"
    result = make_app(DATABASE_URL=url).test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 1
    assert "the database cannot be used" in result.output
    assert "Check DATABASE_URL" in result.output
    assert "s3cret" not in result.output


def test_gaps_groups_similar_questions_largest_first(runner, populated):
    result = runner.invoke(args=["report", "gaps", "--similarity", "0.5"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "7 questions in 3 groups" in out
    _, first, second, third = re.split(r"\n\d\. ", out)
    assert first.startswith("3 questions: 3 not answered, 0% thumbs-down")
    assert all(q in first for q in PETS)
    assert "staying-near-the-center (3, similarity 0.41)" in first
    assert second.startswith("3 questions: 0 not answered, 100% thumbs-down")
    assert all(q in second for q in PARKING)
    assert "cost-of-car-t (3, similarity" in second
    assert third.startswith("1 question: 1 not answered") and WIFI in third


def test_gaps_as_json_and_csv(runner, populated):
    result = runner.invoke(args=["report", "gaps", "--similarity", "0.5", "--format", "json"])
    groups = json.loads(result.output)["groups"]
    assert [g["count"] for g in groups] == [3, 3, 1]
    assert set(groups[1]["examples"]) == set(PARKING)
    assert groups[1]["thumbs_down_share"] == 1.0
    assert groups[1]["closest"][0]["article"] == "cost-of-car-t"
    result = runner.invoke(args=["report", "gaps", "--similarity", "0.5", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["count"] for r in rows] == ["3", "3", "1"]
    assert rows[2]["examples"] == WIFI


def test_gaps_since_leaves_out_older_questions(runner, store):
    store.record(
        Reply(f"{1:032x}", ReplyKind.NO_ANSWER, "old question", ()),
        at=utcnow() - dt.timedelta(days=10),
    )
    store.record(Reply(f"{2:032x}", ReplyKind.NO_ANSWER, "new question", ()))
    result = runner.invoke(args=["report", "gaps", "--since", "7"])
    assert "in the last 7 days: 1 questions in 1 groups" in result.output
    assert "new question" in result.output and "old question" not in result.output
    assert "closest articles: none" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "gaps", "--since", "0"], "0 is not in the range x>=1"),
        (["report", "gaps", "--format", "xml"], "'xml' is not one of"),
        (["report", "gaps", "--similarity", "2"], "2.0 is not in the range"),
    ],
)
def test_bad_report_options_are_named(runner, args, message):
    result = runner.invoke(args=args)
    assert result.exit_code == 2
    assert message in result.output


def test_an_empty_store_says_there_is_nothing_yet(runner):
    assert "No stored questions" in runner.invoke(args=["report", "gaps"]).output
    assert "No ratings yet." in runner.invoke(args=["report", "feedback"]).output


def test_a_csv_cell_never_starts_a_formula(runner, store):
    store.record(Reply(f"{1:032x}", ReplyKind.NO_ANSWER, '=HYPERLINK("http://x")', ()))
    result = runner.invoke(args=["report", "gaps", "--format", "csv"])
    [row] = csv.DictReader(io.StringIO(result.output))
    assert row["examples"].startswith("'=")


def test_feedback_report_totals_per_article(runner, client):
    ids = {}
    for question in ("How is CRS treated?", "What are the signs of CRS?", "Can I drive?"):
        ids[question] = client.post("/api/chat", json={"message": question}).get_json()["id"]
    for question, rating in zip(ids, ("up", "down", "up"), strict=True):
        body = {"id": ids[question], "rating": rating, "comment": f"about {question}"}
        assert client.post("/api/feedback", json=body).status_code == 200
    result = runner.invoke(args=["report", "feedback", "--format", "json"])
    totals = {a["article"]: (a["up"], a["down"]) for a in json.loads(result.output)["articles"]}
    assert totals["cytokine-release-syndrome"] == (1, 1)
    assert totals["staying-near-the-center-and-driving"][0] == 1
    text = runner.invoke(args=["report", "feedback"]).output
    assert "cytokine-release-syndrome" in text and "“about What are the signs of CRS?”" in text
    rows = list(
        csv.DictReader(
            io.StringIO(runner.invoke(args=["report", "feedback", "--format", "csv"]).output)
        )
    )
    assert {"article", "up", "down"} == set(rows[0])


def test_one_command_group_looks_after_the_store(runner):
    listed = runner.invoke(args=["db", "--help"]).output
    assert all(command in listed for command in ("upgrade", "revision", "purge"))
    assert runner.invoke(args=["store", "purge"]).exit_code != 0


def test_db_purge_deletes_text_older_than_retention(runner, store, test_config):
    old = utcnow() - dt.timedelta(days=91)
    store.record(Reply(f"{1:032x}", ReplyKind.NO_ANSWER, "asked long ago", ()), at=old)
    store.record(
        Reply(f"{2:032x}", ReplyKind.NO_ANSWER, "asked last week", ()),
        at=old + dt.timedelta(days=84),
    )
    result = runner.invoke(args=["db", "purge"])
    assert result.exit_code == 0, result.output
    assert "Deleted 1 replies (older than 90 days" in result.output
    assert [q.question for q in store.gap_questions()] == ["asked last week"]


def test_retention_days_is_a_setting(store, make_app):
    short = make_app(RETENTION_DAYS=5)
    store.record(
        Reply(f"{1:032x}", ReplyKind.NO_ANSWER, "asked last week", ()),
        at=utcnow() - dt.timedelta(days=7),
    )
    result = short.test_cli_runner().invoke(args=["db", "purge"])
    assert "Deleted 1 replies (older than 5 days" in result.output
    assert store.gap_questions() == []


def test_greedy_grouping_joins_the_nearest_group_above_the_threshold():
    vectors = np.array([[1, 0, 0], [0.9, 0.44, 0], [0, 0, 1], [0, 0.2, 0.98]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    assert group_by_meaning(vectors, 0.8) == [[0, 1], [2, 3]]
    assert group_by_meaning(vectors, 0.99) == [[0], [1], [2], [3]]


@pytest.mark.model
def test_the_real_model_groups_paraphrases_at_the_default_threshold(reference_embedder):
    from bot.reports import find_gaps
    from bot.store import StoredQuestion

    questions = [
        "Can my dog visit me in hospital?",
        "Where can my family park at the hospital?",
        "Are pets allowed to visit patients?",
        "Is parking free for caregivers?",
        "Is there wifi in the patient rooms?",
        "Could my cat come see me on the ward?",
        "How much does hospital parking cost?",
    ]
    stored = [
        StoredQuestion(str(n), utcnow(), ReplyKind.NO_ANSWER, q, (), None)
        for n, q in enumerate(questions)
    ]
    gaps = find_gaps(stored, reference_embedder, SAME_NEED)
    assert [set(g.examples) for g in gaps] == [
        {questions[0], questions[2], questions[5]},
        {questions[1], questions[3], questions[6]},
        {questions[4]},
    ]


HOSTILE = "clear\x1b[2J\x1b[H title\x1b]0;owned\x07 hidden\x1b[8m red\x9b31m \u202eevil\rbell\x07"


@pytest.mark.parametrize("fmt", ["text", "csv"])
def test_stored_text_cannot_drive_the_terminal(runner, store, fmt):
    # Stored before the API cleaned text, or by any other way in: reports print it inert.
    store.record(
        Reply(f"{1:032x}", ReplyKind.ANSWER, HOSTILE, (SourceScore("crs#what", 0.5),), ("crs",))
    )
    store.rate(f"{1:032x}", "down", HOSTILE, dt.timedelta(hours=1))
    for report in ("gaps", "feedback"):
        output = runner.invoke(args=["report", report, "--format", fmt]).output
        assert not any(ord(char) < 32 and char != "\n" for char in output), repr(output)
        assert not any(0x7F <= ord(char) <= 0x9F or char == "\u202e" for char in output)
        assert "[2J" not in output and "owned" not in output
    assert "“clear title hidden red evil bell”" in runner.invoke(args=["report", "gaps"]).output
