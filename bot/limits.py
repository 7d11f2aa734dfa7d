"""Per-client rate limits on questions and ratings, counted without keeping anyone's IP address.

Counted with the `limits` library directly (fixed windows, as Flask-Limiter counted them, under
the same store keys, so instances on one Redis share counts): Flask-Limiter 4.1 parsed every limit
string again on each check, three checks a question, ~14% of a request under the profiler.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from flask import Flask, Response, current_app, g, request
from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage, Storage, storage_from_string
from werkzeug.exceptions import TooManyRequests

SECRET = "client_key_secret"
STORE = "rate_limit_store"
log = logging.getLogger(__name__)


def client_key() -> str:
    """Return a keyed hash of the client's address: enough to count its requests, not to read.

    Worked out once a request: a question is counted by two limits (flood, then RATE_LIMIT).
    """
    key = g.get("client_key")
    if key is None:
        address = (request.remote_addr or "").encode()
        secret = current_app.extensions[SECRET]
        key = g.client_key = hmac.new(secret, address, hashlib.sha256).hexdigest()[:32]
    return key


def chat_limit() -> str:
    return current_app.config["RATE_LIMIT"]


def flood_limit() -> str:
    return current_app.config["FLOOD_LIMIT"]


def feedback_limit() -> str:
    return current_app.config["FEEDBACK_RATE_LIMIT"]


@functools.cache
def parse_limits(text: str) -> tuple[RateLimitItem, ...]:
    """Parse '30 per minute;500 per day' once; the shortest window first, as it is checked.

    Raises:
        ValueError: the text is not in the `limits` notation.
    """
    return tuple(sorted(parse_many(text), key=lambda item: item.GRANULARITY.seconds))


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


@dataclass(frozen=True)
class Window:
    """Where one limit stands for this client after this request: what the headers say."""

    limit: RateLimitItem
    used: int
    resets_at: float

    def headers(self) -> dict[str, str]:
        reset = int(self.resets_at + 1)
        return {
            "X-RateLimit-Limit": str(self.limit.amount),
            "X-RateLimit-Remaining": str(max(0, self.limit.amount - self.used)),
            "X-RateLimit-Reset": str(reset),
            "Retry-After": str(int(reset - time.time())),
        }


class StoreOutage:
    """Say once per process that the rate-limit store is down, not on every request it is."""

    def __init__(self) -> None:
        self.down = False

    def failed(self, error: Exception) -> None:
        g.limit_store_failed = True  # this request proves nothing about the store being back
        if not self.down:
            self.down = True
            log.error(
                "rate-limit store unreachable (%s): requests are let through without limits"
                " until it answers again",
                type(error).__name__,
            )

    def answered(self) -> None:
        """After a request the store counted: the store is back, if it was down."""
        # A question is counted by two limits (flood, then RATE_LIMIT): any that failed
        # means the store is still down, whatever the other one managed.
        if self.down and not g.get("limit_store_failed"):
            self.down = False
            log.warning("rate-limit store answers again: limits apply")


outage = StoreOutage()


def check(text: str, *, count: bool = True) -> None:
    """Count this request against each limit in `text` (or, with count=False, only look).

    Keys are Flask-Limiter's (client, endpoint, limit), so counts carry across a deploy and
    stay shared between instances. A store outage lets the request through: never block
    someone reporting a fever.

    Raises:
        TooManyRequests: the client is over one of the limits.
    """
    shown = None
    for window in _windows(text, count):
        shown = shown or window
        # Counted, the request itself may fill the limit; looked at, it must leave room.
        if window.used > window.limit.amount - (0 if count else 1):
            g.limit_window = window
            raise TooManyRequests()
    if shown is not None:
        g.limit_window = shown


def _windows(text: str, count: bool) -> Iterator[Window]:
    store: Storage = current_app.extensions[STORE]
    client, scope = client_key(), request.endpoint or ""
    for limit in parse_limits(text):
        key = limit.key_for(client, scope)
        try:
            used = store.incr(key, limit.get_expiry()) if count else store.get(key)
            resets_at = store.get_expiry(key)
        except Exception as error:  # the store's own errors (Redis, network): fail open
            outage.failed(error)
            return
        yield Window(limit, used, resets_at)


def limited(
    limit: Callable[[], str] | str, *, deduct_when: Callable[[Response], bool] | None = None
):
    """Decorate a view: check `limit` (a string, or a function of the app's settings) first.

    With `deduct_when`, the request is only looked at before the view, and counted after it
    when its response passes (the admin page counts wrong tokens, not visits).
    """

    def decorate(view):
        @functools.wraps(view)
        def limited_view(*args, **kwargs):
            text = limit() if callable(limit) else limit
            check(text, count=deduct_when is None)
            if deduct_when is not None:
                g.limit_deduction = (text, deduct_when)
            return view(*args, **kwargs)

        return limited_view

    return decorate


def count_question() -> None:
    """Count a question against RATE_LIMIT.

    Raises:
        TooManyRequests: (a 429) when the client is over the limit.
    """
    check(chat_limit())


def _after(response: Response) -> Response:
    deduction = g.pop("limit_deduction", None)
    if deduction and deduction[1](response):
        # Counted after the answer, so never refused here: the next request is.
        counted = list(_windows(deduction[0], count=True))
        if counted:
            g.limit_window = counted[0]
    window = g.get("limit_window")
    if window is not None:
        response.headers.update(window.headers())
        outage.answered()
    return response


def init_app(app: Flask) -> None:
    """Check the limit settings, pick the key secret and open the count store.

    Raises:
        ValueError: RATE_LIMIT, FLOOD_LIMIT or FEEDBACK_RATE_LIMIT is not in the `limits`
            notation, or RATELIMIT_STORAGE_URI names no store the library knows.
    """
    for name in ("RATE_LIMIT", "FLOOD_LIMIT", "FEEDBACK_RATE_LIMIT"):
        try:
            parse_limits(app.config[name])
        except ValueError:
            raise ValueError(
                f"setting {name}={app.config[name]!r} is not a rate limit;"
                " write e.g. '30 per minute;500 per day'"
            ) from None
    secret = app.config["CLIENT_KEY_SECRET"]
    app.extensions[SECRET] = secret.encode() if secret else secrets.token_bytes(32)
    app.extensions[STORE] = storage_from_string(app.config["RATELIMIT_STORAGE_URI"])
    app.after_request(_after)
