"""The reply store in app.extensions: remember replies, accept ratings, purge on time."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from flask import Flask, current_app

from .answer import Answer
from .guide_loader import get_loader
from .index import knowledge_vocabulary
from .redact import Vocabulary, redact
from .reply_kind import ReplyKind
from .store import Purged, Reply, SourceScore, Store, StoreUnavailable, utcnow

log = logging.getLogger(__name__)
EXTENSION = "cartbot.records"
# Kinds whose question says something about the knowledge base; urgent and crisis
# messages are never kept.
KEPT_KINDS = (ReplyKind.ANSWER, ReplyKind.NO_ANSWER)
TOP_SOURCES = 3
PURGE_EVERY = dt.timedelta(hours=1)


def storable(text: str, known: Vocabulary) -> str:
    """Return the text redacted, in a form every database accepts."""
    # JSON may carry lone surrogates, which are not UTF-8, and PostgreSQL text refuses NUL.
    text = redact(text, known).encode("utf-8", "replace").decode("utf-8")
    return text.replace("\x00", "")


def reply_record(reply_id: str, message: str, answer: Answer, known: Vocabulary) -> Reply:
    """Return what a reply leaves behind: its kind, closest passages, the redacted question."""
    # No passages considered: triage answered before retrieval, so there is no content gap.
    keep = answer.kind in KEPT_KINDS and bool(answer.passages)
    cited = (c.url.removeprefix("/knowledge/").split("#", 1)[0] for c in answer.sources)
    return Reply(
        id=reply_id,
        kind=answer.kind,
        question=storable(message, known) if keep else None,
        sources=tuple(
            SourceScore(p, s) for p, s in zip(answer.passages, answer.scores, strict=False)
        )[:TOP_SOURCES],
        cited=tuple(dict.fromkeys(cited)),
    )


class Records:
    """The store with this app's retention settings; a store outage never stops a reply."""

    def __init__(self, store: Store, config: dict):
        self.store = store
        self.retention = dt.timedelta(days=config["RETENTION_DAYS"])
        self.window = dt.timedelta(hours=config["FEEDBACK_WINDOW_HOURS"])
        self._last_purge = utcnow()
        self._purging = threading.Lock()

    def known_words(self) -> Vocabulary:
        """Return the vocabulary of the index in service (none yet: mask every capital)."""
        guide = get_loader().guide
        # `kb build` saved it with the index: no first reply waits for it to be made.
        return guide.index.vocabulary if guide else knowledge_vocabulary(())

    def remember(self, reply_id: str, message: str, answer: Answer) -> None:
        """Store a reply for feedback; if that fails, log it without text and go on."""
        try:
            self.store.record(reply_record(reply_id, message, answer, self.known_words()))
            self._purge_when_due()
        except Exception as exc:  # an urgent reply must go out whatever the store does
            # The type only: a database error's text quotes the values it was given.
            kind = exc if isinstance(exc, StoreUnavailable) else type(exc).__name__
            log.warning("reply %s not stored: %s", reply_id, kind)

    def rate(self, reply_id: str, rating: str, comment: str | None) -> None:
        """Rate a recent reply, redacting the comment first.

        Raises:
            UnknownReply: no such reply within the feedback window.
            StoreUnavailable: the store cannot be reached.
        """
        comment = storable(comment, self.known_words()) if comment else None
        self.store.rate(reply_id, rating, comment, self.window)

    def purge(self) -> Purged:
        return self.store.purge(self.retention, self.window)

    def _purge_when_due(self) -> None:
        # Retention holds even where nobody schedules `flask db purge`.
        if utcnow() - self._last_purge < PURGE_EVERY or not self._purging.acquire(blocking=False):
            return
        try:
            self._last_purge = utcnow()
            self.purge()
        finally:
            self._purging.release()


def init_app(app: Flask) -> None:
    app.extensions[EXTENSION] = Records(Store(app.config["DATABASE_URL"]), app.config)


def get_records() -> Records:
    return current_app.extensions[EXTENSION]
