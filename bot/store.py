"""Replies, their ratings and the questions kept for maintainers, in one SQL table.

Every chat reply leaves one row, so that any worker or instance sharing the database can
accept feedback on it. The question text is kept (redacted by the caller) only where a
maintainer needs it: retrieval found nothing good enough (no_answer), or the reply may
still be rated. Answered questions without a thumbs-down are forgotten once the feedback
window closes, and everything goes after the retention period (`Store.purge`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import QueuePool

from .reply_kind import ReplyKind

RATINGS = ("up", "down")
NOT_ANSWERED = "(no answer)"  # the article column for rated replies that quoted nothing
MIGRATIONS = Path(__file__).parent / "migrations"
# The revision matching the tables `flask db init` created before there were migrations.
BASELINE = "0001"
F = TypeVar("F", bound=Callable)


class StoreUnavailable(RuntimeError):
    """The database cannot be used just now.

    Its text is the driver's error class ("OperationalError"), safe to log: a database
    error's own words can quote the values it was given. `detail` has those words, for a
    maintainer at the command line.
    """

    def __init__(self, kind: str, detail: str):
        super().__init__(kind)
        self.detail = detail


def _unavailable_on_database_error(method: F) -> F:
    """Turn the storage library's errors into StoreUnavailable, so callers need not know it."""

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except SQLAlchemyError as exc:
            driver_error = getattr(exc, "orig", None) or exc
            # The driver's words ("no such table: replies"), never the statement and its values.
            raise StoreUnavailable(type(driver_error).__name__, str(driver_error)) from None

    return wrapper  # type: ignore[return-value]


def describe_url(url: str) -> str:
    """Return a database URL with its password hidden, for messages."""
    return make_url(url).render_as_string(hide_password=True)


# SQLAlchemy Core only: importing its ORM took ~5% of a cold start, for one table.
metadata = MetaData()
REPLIES = Table(
    "replies",
    metadata,
    Column("id", String(32), primary_key=True),
    # Naive UTC everywhere: SQLite keeps no time zone, PostgreSQL would add one.
    Column("created_at", DateTime, nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("question", Text),  # redacted; None once not needed
    Column("sources", JSON, nullable=False),  # [{"passage": id, "score": float}], best first
    Column("cited", JSON, nullable=False),  # article slugs the answer quoted
    Column("rating", String(4)),
    Column("comment", Text),  # redacted
    Column("rated_at", DateTime),
)


# Built once: making the statement again for every reply cost a quarter of recording it.
_INSERT_REPLY = insert(REPLIES)


_REPLY_KEYS = ("id", "created_at", "kind", "question", "sources", "cited")


class _DriverInsert:
    """The reply insert as SQLAlchemy would run it, handed to the driver directly.

    The same SQL text and the same values (each column's own bind processor: the JSON
    serializer, SQLite's date-time text), committed on its own; SQLAlchemy's Connection,
    Transaction and result objects are left out, and so is the pool's checkout and reset at
    every reply: one connection, made by the engine's pool (its connect arguments and pragmas),
    is kept for this process's inserts. On SQLite these were about half of the 300-360 us that
    recording a reply cost an uncached answer (bench.paired, round 34). Nothing waits in memory:
    a reply's row is committed before its answer is sent, as before.
    """

    def __init__(self, dialect, keys: tuple[str, ...], keep: bool):
        compiled = _INSERT_REPLY.compile(dialect=dialect, column_keys=list(keys))
        if not dialect.positional or tuple(compiled.positiontup) != keys:
            raise ValueError("the reply insert does not take its values in column order")
        self.sql = compiled.string
        self.processors = tuple(
            (key, REPLIES.c[key].type.dialect_impl(dialect).bind_processor(dialect)) for key in keys
        )
        self.driver_error = dialect.loaded_dbapi.Error
        self.keep = keep  # a connection for inserts: for a database file, not one in memory
        self._kept = None  # (process id, the pool's connection detached from it), once made
        self._keeping = threading.Lock()

    def run(self, engine: Engine, row: dict) -> None:
        """Insert one row and commit.

        Raises:
            StoreUnavailable: the driver's error, as SQLAlchemy's would have been turned.
        """
        values = tuple(
            process(row[key]) if process else row[key] for key, process in self.processors
        )
        # An in-memory database is its connection's own: one taken out of the pool would be
        # another, empty database. Another thread inserting just now takes one from the pool.
        if not self.keep or not self._keeping.acquire(blocking=False):
            pooled = engine.raw_connection()  # SQLAlchemy's errors if it cannot connect
            try:
                self._insert(pooled, values)
            finally:
                pooled.close()  # back to the pool, which rolls back whatever is left open
            return
        try:
            connection = self._connection(engine)
            try:
                self._insert(connection, values)
            except StoreUnavailable:
                self._kept = None  # made again at the next reply
                with contextlib.suppress(self.driver_error):
                    connection.close()
                raise
        finally:
            self._keeping.release()

    def _insert(self, connection, values: tuple) -> None:
        try:
            cursor = connection.cursor()
            try:
                cursor.execute(self.sql, values)
            finally:
                cursor.close()
            connection.commit()
        except self.driver_error as exc:
            raise StoreUnavailable(type(exc).__name__, str(exc)) from None

    def _connection(self, engine: Engine):
        kept = self._kept
        if kept is not None and kept[0] == os.getpid():
            return kept[1]
        if kept is not None:
            # Made before a fork: the parent's. SQLite must not close it in this process.
            _INHERITED.append(kept[1])
        pooled = engine.raw_connection()  # SQLAlchemy's errors if it cannot connect
        pooled.detach()
        connection = pooled.dbapi_connection
        self._kept = (os.getpid(), connection)
        return connection


# Connections a forked process inherited: kept referenced so that they are never closed in it.
_INHERITED: list = []


class UnknownReply(LookupError):
    """No reply with this id can be rated: never made, or past the feedback window."""


@dataclass(frozen=True)
class SourceScore:
    passage: str  # "<article slug>#<anchor>"
    score: float  # semantic similarity to the question

    @property
    def article(self) -> str:
        return self.passage.split("#", 1)[0]


@dataclass(frozen=True)
class Reply:
    """What one chat reply leaves for feedback and for maintainers."""

    id: str
    kind: str
    question: str | None  # already redacted; None when it is not to be kept
    sources: tuple[SourceScore, ...] = ()
    cited: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredQuestion:
    id: str
    created_at: dt.datetime
    kind: str
    question: str
    sources: tuple[SourceScore, ...]
    rating: str | None


@dataclass(frozen=True)
class ArticleFeedback:
    article: str
    up: int
    down: int
    comments: tuple[str, ...]  # latest first


@dataclass(frozen=True)
class Purged:
    deleted: int  # rows removed: past retention, or unrated and not worth keeping
    forgotten: int  # questions removed from rows whose rating is kept


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Store:
    """The reply table behind a SQLAlchemy URL: SQLite by default, PostgreSQL to share."""

    def __init__(self, url: str):
        """Connect lazily to a SQLAlchemy URL.

        Raises:
            ValueError: the URL is not one SQLAlchemy can use.
        """
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise ValueError("setting DATABASE_URL is not a database URL") from None
        # Hosts hand out postgres:// URLs; psycopg (3) is the driver installed.
        if parsed.drivername in ("postgres", "postgresql"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        options: dict = {}
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                # Owner-only: patients' (redacted) words. SQLite gives its journal and WAL
                # files the database file's permissions.
                database = Path(parsed.database)
                database.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                database.touch(mode=0o600, exist_ok=True)
            # Two gunicorn workers write to one file: wait for the lock rather than fail.
            options["connect_args"] = {"timeout": 10}
        else:
            options["pool_pre_ping"] = True
        try:
            self.engine: Engine = create_engine(parsed, **options)
        except (NoSuchModuleError, ImportError) as exc:
            raise ValueError(
                f"setting DATABASE_URL names a database driver not installed: {exc}"
            ) from None
        self._sqlite_insert: _DriverInsert | None = None
        if parsed.get_backend_name() == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            # SQLAlchemy pools a database file's connections (QueuePool), not an in-memory one's.
            in_file = isinstance(self.engine.pool, QueuePool)
            self._sqlite_insert = _DriverInsert(self.engine.dialect, _REPLY_KEYS, keep=in_file)
        # Gunicorn forks workers from a preloaded app: a child must not reuse the
        # parent's pooled connections (SQLAlchemy's advice for multiprocessing).
        engine = weakref.ref(self.engine)
        os.register_at_fork(after_in_child=lambda: _forget_parent_connections(engine()))

    @_unavailable_on_database_error
    def upgrade(self) -> str:
        """Bring the tables to the newest revision and return it; safe to run again."""
        # Alembic is imported by the maintenance commands only: it took 0.3 s of every start.
        from alembic import command
        from alembic.runtime.migration import MigrationContext

        with self.engine.begin() as connection:
            config = _migrations(connection)
            tables = inspect(connection).get_table_names()
            if REPLIES.name in tables and "alembic_version" not in tables:
                command.stamp(config, BASELINE)
            command.upgrade(config, "head")
            return MigrationContext.configure(connection).get_current_revision()

    @_unavailable_on_database_error
    def new_revision(self, message: str) -> Path:
        """Write a migration from the difference between the models and this database.

        Returns:
            The new revision's file, numbered after the newest one.

        Raises:
            ValueError: the database is not at the newest revision, or matches the models.
        """
        from alembic import command
        from alembic.script import ScriptDirectory
        from alembic.util import CommandError

        with self.engine.begin() as connection:
            config = _migrations(connection)
            if not self.differences():
                raise ValueError("the models match the database: there is nothing to migrate")
            number = len(list(ScriptDirectory.from_config(config).walk_revisions())) + 1
            try:
                script = command.revision(
                    config, message=message, autogenerate=True, rev_id=f"{number:04d}"
                )
            except CommandError as exc:  # e.g. "Target database is not up to date."
                raise ValueError(str(exc)) from None
        return Path(script.path)

    @_unavailable_on_database_error
    def differences(self) -> list:
        """Return how the tables differ from the models (Alembic's diff; empty when they match)."""
        from alembic.autogenerate import compare_metadata
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return compare_metadata(MigrationContext.configure(connection), metadata)

    @_unavailable_on_database_error
    def record(self, reply: Reply, at: dt.datetime | None = None) -> None:
        """Keep a reply so it can be rated later."""
        row = {
            "id": reply.id,
            "created_at": at or utcnow(),
            "kind": reply.kind,
            "question": reply.question,
            "sources": [{"passage": s.passage, "score": s.score} for s in reply.sources],
            "cited": list(reply.cited),
        }
        if self._sqlite_insert is not None:
            self._sqlite_insert.run(self.engine, row)
            return
        # A Core insert: this runs on every chat reply, and the ORM unit of work cost ~1 ms.
        with self.engine.begin() as connection:
            connection.execute(_INSERT_REPLY, [row])

    @_unavailable_on_database_error
    def rate(
        self,
        reply_id: str,
        rating: str,
        comment: str | None,
        window: dt.timedelta,
        now: dt.datetime | None = None,
    ) -> None:
        """Set or replace the rating of a recent reply.

        Args:
            comment: already redacted, or None.
            window: how long after the reply a rating is accepted.

        Raises:
            UnknownReply: no such reply, or it is older than the window.
        """
        if rating not in RATINGS:
            raise ValueError(f"rating must be one of {RATINGS}, not {rating!r}")
        now = now or utcnow()
        with self.engine.begin() as connection:
            rated = connection.execute(
                update(REPLIES)
                .where(REPLIES.c.id == reply_id, REPLIES.c.created_at >= now - window)
                .values(rating=rating, comment=comment, rated_at=now)
            )
            if rated.rowcount != 1:
                raise UnknownReply(reply_id)

    @_unavailable_on_database_error
    def purge(
        self, retention: dt.timedelta, window: dt.timedelta, now: dt.datetime | None = None
    ) -> Purged:
        """Delete what is past retention, and what is no longer needed after the window."""
        now = now or utcnow()
        row = REPLIES.c
        closed = row.created_at < now - window
        with self.engine.begin() as connection:
            old = connection.execute(delete(REPLIES).where(row.created_at < now - retention))
            unrated = connection.execute(
                delete(REPLIES).where(
                    closed,
                    row.rating.is_(None),
                    (row.kind != ReplyKind.NO_ANSWER) | row.question.is_(None),
                )
            )
            # A thumbs-up on an answer counts for the article; its question is not a gap.
            forgotten = connection.execute(
                update(REPLIES)
                .where(
                    closed,
                    row.rating == "up",
                    row.kind != ReplyKind.NO_ANSWER,
                    row.question.is_not(None),
                )
                .values(question=None)
            )
        return Purged(deleted=old.rowcount + unrated.rowcount, forgotten=forgotten.rowcount)

    @_unavailable_on_database_error
    def gap_questions(self, since: dt.datetime | None = None) -> list[StoredQuestion]:
        """Return the kept questions that went unanswered or got a thumbs-down, oldest first."""
        row = REPLIES.c
        query = (
            select(REPLIES)
            .where(
                row.question.is_not(None),
                (row.kind == ReplyKind.NO_ANSWER) | (row.rating == "down"),
            )
            .order_by(row.created_at, row.id)
        )
        if since is not None:
            query = query.where(row.created_at >= since)
        with self.engine.connect() as connection:
            return [
                StoredQuestion(
                    id=row.id,
                    created_at=row.created_at,
                    kind=row.kind,
                    question=row.question or "",
                    sources=_sources(row.sources),
                    rating=row.rating,
                )
                for row in connection.execute(query)
            ]

    @_unavailable_on_database_error
    def feedback_by_article(self, since: dt.datetime | None = None) -> list[ArticleFeedback]:
        """Return thumbs up and down per article quoted, most thumbs-down first."""
        query = select(REPLIES).where(REPLIES.c.rating.is_not(None))
        if since is not None:
            query = query.where(REPLIES.c.rated_at >= since)
        up: dict[str, int] = defaultdict(int)
        down: dict[str, int] = defaultdict(int)
        comments: dict[str, list[tuple[dt.datetime, str]]] = defaultdict(list)
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                for article in row.cited or [NOT_ANSWERED]:
                    (up if row.rating == "up" else down)[article] += 1
                    if row.comment:
                        comments[article].append((row.rated_at, row.comment))
        articles = sorted(up.keys() | down.keys(), key=lambda a: (-down[a], -up[a], a))
        return [
            ArticleFeedback(
                article=a,
                up=up[a],
                down=down[a],
                comments=tuple(text for _, text in sorted(comments[a], reverse=True)),
            )
            for a in articles
        ]


def _sources(raw: list) -> tuple[SourceScore, ...]:
    return tuple(SourceScore(passage=s["passage"], score=float(s["score"])) for s in raw or [])


def _migrations(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _forget_parent_connections(engine: Engine | None) -> None:
    if engine is not None:
        engine.dispose(close=False)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the workers read while one writes; NORMAL sync is safe with WAL and fast.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
