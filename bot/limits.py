"""Per-client rate limits on questions, counted without keeping anyone's IP address."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from flask import Flask, current_app, request
from flask_limiter import Limiter
from limits import parse_many

SECRET = "client_key_secret"


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


# A store outage (swallow_errors) lets questions through: never block someone reporting a fever.
limiter = Limiter(key_func=client_key, headers_enabled=True, swallow_errors=True)


def init_app(app: Flask) -> None:
    """Check the limit settings, pick the key secret and attach the limiter.

    Raises:
        ValueError: RATE_LIMIT or FLOOD_LIMIT is not in Flask-Limiter's notation.
    """
    for name in ("RATE_LIMIT", "FLOOD_LIMIT"):
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
