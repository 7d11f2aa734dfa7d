"""A read-only page for maintainers: the index in service, content gaps and feedback."""

from __future__ import annotations

import datetime as dt
import hmac
import logging

from flask import Blueprint, Flask, abort, current_app, render_template, request
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Unauthorized

from .guide_loader import get_loader
from .limits import client_key, limited
from .records import get_records
from .reports import find_gaps
from .store import StoreUnavailable, utcnow

bp = Blueprint("admin", __name__)
log = logging.getLogger(__name__)
RECENT_DAYS = 30
# Grouping embeds each question in the request: bound it well inside the worker timeout.
MOST_QUESTIONS = 500
# 32 random characters are beyond guessing at any rate; the limit stops a shorter one being
# tried quickly, and the log shows that someone is trying.
SHORTEST_TOKEN = 32
FAILED_ATTEMPTS_LIMIT = "10 per minute;100 per day"


@bp.get("/admin")
@limited(FAILED_ATTEMPTS_LIMIT, deduct_when=lambda r: r.status_code == 401)
def admin_page():
    _require_token()
    loader = get_loader()
    since = utcnow() - dt.timedelta(days=RECENT_DAYS)
    store = get_records().store
    try:
        questions = store.gap_questions(since)[-MOST_QUESTIONS:]
        feedback = store.feedback_by_article(since)
    except StoreUnavailable:
        abort(503)
    html = render_template(
        "admin.html",
        days=RECENT_DAYS,
        manifest=loader.guide.index.manifest if loader.guide else None,
        questions=len(questions),
        gaps=find_gaps(questions, loader.ready_embedder()),
        feedback=feedback,
    )
    # Patients' (redacted) words: keep them out of shared caches and search engines.
    return html, {"Cache-Control": "no-store", "X-Robots-Tag": "noindex"}


def _require_token() -> None:
    token = current_app.config["ADMIN_TOKEN"]
    if not token:
        abort(404)  # no token set: there is no admin page
    given = request.authorization.password if request.authorization else None
    if given is None or not hmac.compare_digest(given.encode(), token.encode()):
        if given is not None:
            # Never the token tried, nor the address: the client's keyed hash, to see a pattern.
            log.warning("admin: wrong token from client %s", client_key()[:12])
        raise Unauthorized(
            www_authenticate=WWWAuthenticate("basic", {"realm": "CAR-T Guide maintainers"})
        )


def init_app(app: Flask) -> None:
    """Check ADMIN_TOKEN and add the page.

    Raises:
        ValueError: ADMIN_TOKEN is set but shorter than SHORTEST_TOKEN characters.
    """
    token = app.config["ADMIN_TOKEN"]
    if token and len(token) < SHORTEST_TOKEN:
        raise ValueError(
            f"setting ADMIN_TOKEN is {len(token)} characters; use at least {SHORTEST_TOKEN},"
            " e.g. from: python -c 'import secrets; print(secrets.token_urlsafe(32))'"
        )
    app.register_blueprint(bp)
