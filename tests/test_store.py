"""The reply store, on SQLite and on a real PostgreSQL server."""

import datetime as dt

import pytest

from bot.reply_kind import ReplyKind
from bot.store import Reply, SourceScore, Store, StoreUnavailable, UnknownReply, metadata

NOW = dt.datetime(2026, 11, 22, 12, 0)
DAY = dt.timedelta(days=1)
WINDOW = dt.timedelta(hours=24)
RETENTION = dt.timedelta(days=90)


@pytest.fixture
def database_url(any_database_url):
    return any_database_url


@pytest.fixture
def empty_store(database_url):
    store = Store(database_url)
    yield store
    store.engine.dispose()


@pytest.fixture
def store(empty_store):
    empty_store.upgrade()
    return empty_store


def reply(
    n: int, kind: str = ReplyKind.ANSWER, question: str | None = "a question", cited=("crs",)
):
    return Reply(
        id=f"{n:032x}",
        kind=kind,
        question=question,
        sources=(SourceScore("crs#what-is-crs", 0.52), SourceScore("cost-of-car-t", 0.31)),
        cited=cited if kind == ReplyKind.ANSWER else (),
    )


def test_a_rated_reply_round_trips(store):
    store.record(reply(1, question="how is crs treated"), at=NOW)
    store.rate(f"{1:032x}", "down", "It did not say how long", WINDOW, now=NOW + DAY / 2)
    [kept] = store.gap_questions()
    assert kept.question == "how is crs treated"
    assert kept.rating == "down"
    assert kept.kind == ReplyKind.ANSWER
    assert kept.sources == (
        SourceScore("crs#what-is-crs", 0.52),
        SourceScore("cost-of-car-t", 0.31),
    )
    assert kept.sources[0].article == "crs"
    [article] = store.feedback_by_article()
    assert (article.article, article.up, article.down) == ("crs", 0, 1)
    assert article.comments == ("It did not say how long",)


def test_gap_questions_are_no_answers_and_thumbs_down_only(store):
    store.record(reply(1, ReplyKind.NO_ANSWER, "can my dog visit"), at=NOW)
    store.record(reply(2, ReplyKind.ANSWER, "what is crs"), at=NOW)  # not rated: not a gap
    store.record(reply(3, ReplyKind.ANSWER, "what does it cost"), at=NOW)
    store.record(reply(4, ReplyKind.ANSWER, "can i drive"), at=NOW)
    store.record(reply(5, ReplyKind.URGENT, None), at=NOW)
    store.rate(f"{3:032x}", "up", None, WINDOW, now=NOW)
    store.rate(f"{4:032x}", "down", None, WINDOW, now=NOW)
    store.rate(f"{5:032x}", "down", None, WINDOW, now=NOW)
    assert [q.question for q in store.gap_questions()] == ["can my dog visit", "can i drive"]
    assert [q.question for q in store.gap_questions(since=NOW + DAY)] == []


def test_a_second_rating_replaces_the_first(store):
    store.record(reply(1), at=NOW)
    store.rate(f"{1:032x}", "up", None, WINDOW, now=NOW)
    store.rate(f"{1:032x}", "down", "changed my mind", WINDOW, now=NOW)
    [article] = store.feedback_by_article()
    assert (article.up, article.down, article.comments) == (0, 1, ("changed my mind",))


def test_only_known_recent_replies_can_be_rated(store):
    store.record(reply(1), at=NOW)
    with pytest.raises(UnknownReply):
        store.rate(f"{2:032x}", "up", None, WINDOW, now=NOW)
    with pytest.raises(UnknownReply):
        store.rate(f"{1:032x}", "up", None, WINDOW, now=NOW + 2 * DAY)
    with pytest.raises(ValueError, match="rating"):
        store.rate(f"{1:032x}", "meh", None, WINDOW, now=NOW)


def test_purge_keeps_only_what_maintainers_need_for_as_long_as_retention_allows(store):
    store.record(reply(1, ReplyKind.NO_ANSWER, "very old gap"), at=NOW - 91 * DAY)
    store.record(reply(2, ReplyKind.NO_ANSWER, "recent gap"), at=NOW - 2 * DAY)
    store.record(reply(3, ReplyKind.ANSWER, "answered, never rated"), at=NOW - 2 * DAY)
    store.record(reply(4, ReplyKind.ANSWER, "answered, rated up"), at=NOW - 2 * DAY)
    store.record(reply(5, ReplyKind.ANSWER, "answered, rated down"), at=NOW - 2 * DAY)
    store.record(reply(6, ReplyKind.ANSWER, "answered just now"), at=NOW - dt.timedelta(hours=1))
    store.record(reply(7, ReplyKind.NO_ANSWER, None), at=NOW - 2 * DAY)  # triage, not retrieval
    store.rate(f"{4:032x}", "up", "great", WINDOW, now=NOW - 2 * DAY)
    store.rate(f"{5:032x}", "down", None, WINDOW, now=NOW - 2 * DAY)

    purged = store.purge(RETENTION, WINDOW, now=NOW)

    assert (purged.deleted, purged.forgotten) == (3, 1)
    assert [q.question for q in store.gap_questions()] == ["recent gap", "answered, rated down"]
    # The thumbs-up still counts for its article, and the one still in its window can be rated.
    [article] = store.feedback_by_article()
    assert (article.up, article.down) == (1, 1)
    store.rate(f"{6:032x}", "down", None, WINDOW, now=NOW)
    assert store.purge(RETENTION, WINDOW, now=NOW) == type(purged)(0, 0)


def test_purge_deletes_everything_past_retention(store):
    store.record(reply(1, ReplyKind.ANSWER, "rated down long ago"), at=NOW - 100 * DAY)
    store.rate(f"{1:032x}", "down", "a comment", WINDOW + 100 * DAY, now=NOW - 100 * DAY)
    assert store.purge(RETENTION, WINDOW, now=NOW).deleted == 1
    assert store.gap_questions() == []
    assert store.feedback_by_article() == []


def test_feedback_is_counted_per_article_quoted(store):
    store.record(reply(1, cited=("crs", "cost-of-car-t")), at=NOW)
    store.record(reply(2, cited=("crs",)), at=NOW)
    store.record(reply(3, ReplyKind.NO_ANSWER, "off topic"), at=NOW)
    for n, rating in ((1, "up"), (2, "down"), (3, "down")):
        store.rate(f"{n:032x}", rating, None, WINDOW, now=NOW)
    totals = {t.article: (t.up, t.down) for t in store.feedback_by_article()}
    assert totals == {"crs": (1, 1), "cost-of-car-t": (1, 0), "(no answer)": (0, 1)}


def test_an_empty_database_upgraded_to_head_matches_the_models(empty_store):
    assert empty_store.differences() != []
    assert empty_store.upgrade() == "0001"
    assert empty_store.differences() == []


def test_upgrade_is_safe_to_run_again(store):
    store.record(reply(1), at=NOW)
    assert store.upgrade() == "0001"
    store.rate(f"{1:032x}", "up", None, WINDOW, now=NOW)


def test_tables_made_before_migrations_are_adopted_with_their_rows(empty_store):
    metadata.create_all(empty_store.engine)  # what `db init` did
    empty_store.record(reply(1), at=NOW)
    assert empty_store.upgrade() == "0001"
    empty_store.rate(f"{1:032x}", "down", None, WINDOW, now=NOW)
    assert [a.down for a in empty_store.feedback_by_article()] == [1]
    assert empty_store.differences() == []


def test_no_revision_is_written_when_the_models_match(store):
    with pytest.raises(ValueError, match="nothing to migrate"):
        store.new_revision("nothing changed")


def test_a_postgres_url_uses_the_installed_driver():
    store = Store("postgres://guide:secret@127.0.0.1:1/guide")
    assert store.engine.dialect.driver == "psycopg"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "DATABASE_URL is not a database URL"),
        ("nosuchdb://host/db", "names a database driver not installed"),
        ("mysql+nosuchdriver://host/db", "names a database driver not installed"),
    ],
)
def test_a_bad_database_url_is_named_at_start(url, message):
    with pytest.raises(ValueError, match=message):
        Store(url)


def test_a_database_failure_is_the_stores_own_error_naming_the_driver_error_only():
    store = Store("sqlite://")  # no tables
    with pytest.raises(StoreUnavailable) as failure:
        store.record(reply(1, question="my email is zelda@example.org"))
    assert str(failure.value) == "OperationalError"
    assert "no such table" in failure.value.detail
    assert "zelda" not in str(failure.value)
    store.engine.dispose()


def test_replies_recorded_by_threads_at_once_are_all_kept(tmp_path):
    # On SQLite one connection is kept for inserts; a thread finding it busy takes the pool's.
    import threading

    store = Store(f"sqlite:///{tmp_path / 'cartbot.sqlite3'}")
    store.upgrade()

    def record(start: int) -> None:
        for n in range(start, start + 20):
            store.record(reply(n), at=NOW)

    threads = [threading.Thread(target=record, args=(100 * t,)) for t in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    store.rate(f"{0:032x}", "down", None, WINDOW, now=NOW)
    assert len(store.gap_questions()) == 1
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM replies").scalar() == 80
    store.engine.dispose()


def test_a_kept_connection_that_failed_is_made_again(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'cartbot.sqlite3'}")  # no tables yet
    with pytest.raises(StoreUnavailable):
        store.record(reply(1))
    metadata.create_all(store.engine)
    store.record(reply(2), at=NOW)
    store.rate(f"{2:032x}", "up", None, WINDOW, now=NOW)
    store.engine.dispose()


def test_a_forked_process_records_on_its_own_connection(tmp_path):
    import os

    store = Store(f"sqlite:///{tmp_path / 'cartbot.sqlite3'}")
    store.upgrade()
    store.record(reply(1), at=NOW)  # the parent's connection is kept
    child = os.fork()
    if child == 0:  # never return into pytest from the child
        try:
            store.record(reply(2), at=NOW)
            os._exit(0)
        except BaseException:
            os._exit(1)
    assert os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]) == 0
    store.record(reply(3), at=NOW)  # the parent's kept connection still works
    for n in (1, 2, 3):
        store.rate(f"{n:032x}", "down", None, WINDOW, now=NOW)
    assert len(store.gap_questions()) == 3
    store.engine.dispose()
