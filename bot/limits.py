"""Per-client rate limits on questions and ratings, counted without keeping anyone's IP address."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time

from flask import Flask, Response, current_app, g, has_request_context, request
from flask_limiter import Limiter
from limits import parse_many
from limits.storage import MemoryStorage

SECRET = "client_key_secret"
log = logging.getLogger(__name__)


def client_key() -> str:
    """Return a keyed hash of the client's address: enough to count its requests, not to read."""
    address = (request.remote_addr or "").encode()
    return hmac.new(current_app.extensions[SECRET], address, hashlib.sha256).hexdigest()[:32]


def chat_limit() -> str:
    return current_app.config["RATE_LIMIT"]


def flood_limit() -> str:
    return current_app.config["FLOOD_LIMIT"]


def count_question() -> None:
    """Count a question against RATE_LIMIT.

    Raises:
        RateLimitExceeded: (a 429) when the client is over the limit.
    """
    with limiter.limit(chat_limit):
        pass


def feedback_limit() -> str:
    return current_app.config["FEEDBACK_RATE_LIMIT"]


class SweptMemoryStorage(MemoryStorage):
    """memory:// counts, with expired entries swept inline instead of by a new thread.

    The library's MemoryStorage starts a timer thread on most hits to drop expired counts
    (~0.2 ms of a ~5 ms uncached answer, measured). Counting stays the library's: it already
    ignores expired counts when it reads them, so the sweep only bounds memory, and once every
    SWEEP_SECONDS is enough. Registered for memory://, so RATELIMIT_STORAGE_URI is unchanged.
    """

    STORAGE_SCHEME = "memory"
    SWEEP_SECONDS = 1.0

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.next_sweep = time.monotonic() + self.SWEEP_SECONDS

    # Replaces MemoryStorage's private hook (limits is pinned; a test counts the threads).
    def _MemoryStorage__schedule_expiry(self) -> None:
        if time.monotonic() >= self.next_sweep:
            self.next_sweep = time.monotonic() + self.SWEEP_SECONDS
            self._MemoryStorage__expire_events()


# A store outage (swallow_errors) lets questions through: never block someone reporting a fever.
limiter = Limiter(key_func=client_key, headers_enabled=True, swallow_errors=True)


class StoreOutage(logging.Filter):
    """Say once per process that the rate-limit store is down, not on every request it is.

    Flask-Limiter logs each error it swallows, with a traceback, several times a request.
    """

    def __init__(self) -> None:
        super().__init__()
        self.down = False

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.getMessage().endswith("Swallowing error"):
            return True
        if has_request_context():
            g.limit_store_failed = True  # this request proves nothing about the store being back
        if not self.down:
            self.down = True
            error = type(record.exc_info[1]).__name__ if record.exc_info else "error"
            log.error(
                "rate-limit store unreachable (%s): requests are let through without limits"
                " until it answers again",
                error,
            )
        return False

    def answered(self, response: Response) -> Response:
        """After a request the limiter could count: the store is back, if it was down."""
        # A question is counted by two limits (flood, then RATE_LIMIT): any that failed
        # means the store is still down, whatever the other one managed.
        if self.down and limiter.current_limit is not None and not g.get("limit_store_failed"):
            self.down = False
            log.warning("rate-limit store answers again: limits apply")
        return response


outage = StoreOutage()


def init_app(app: Flask) -> None:
    """Check the limit settings, pick the key secret and attach the limiter.

    Raises:
        ValueError: RATE_LIMIT, FLOOD_LIMIT or FEEDBACK_RATE_LIMIT is not in Flask-Limiter's
            notation.
    """
    for name in ("RATE_LIMIT", "FLOOD_LIMIT", "FEEDBACK_RATE_LIMIT"):
        try:
            parse_many(app.config[name])
        except ValueError:
            raise ValueError(
                f"setting {name}={app.config[name]!r} is not a rate limit;"
                " write e.g. '30 per minute;500 per day'"
            ) from None
    secret = app.config["CLIENT_KEY_SECRET"]
    app.extensions[SECRET] = secret.encode() if secret else secrets.token_bytes(32)
    limiter.init_app(app)
    limiter.logger.addFilter(outage)  # once: a filter already there is not added again
    app.after_request(outage.answered)
