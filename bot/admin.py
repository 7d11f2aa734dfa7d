"""A read-only page for maintainers: the index in service, content gaps and feedback."""

from __future__ import annotations

import datetime as dt
import hmac

from flask import Blueprint, abort, current_app, render_template, request
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Unauthorized

from .engine import get_engine
from .records import get_records
from .reports import find_gaps
from .store import StoreUnavailable, utcnow

bp = Blueprint("admin", __name__)
RECENT_DAYS = 30
# Grouping embeds each question in the request: bound it well inside the worker timeout.
MOST_QUESTIONS = 500


@bp.get("/admin")
def admin_page():
    _require_token()
    engine = get_engine()
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
        manifest=engine.guide.index.manifest if engine.guide else None,
        questions=len(questions),
        gaps=find_gaps(questions, engine.ready_embedder()),
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
        raise Unauthorized(
            www_authenticate=WWWAuthenticate("basic", {"realm": "CAR-T Guide maintainers"})
        )
