"""JSON endpoints: parse and bound the request, ask the guide, respond."""

from __future__ import annotations

import functools
import logging
import re
import time
import uuid
from pathlib import Path

import yaml
from flask import Blueprint, current_app, g, jsonify, request
from werkzeug.exceptions import RequestEntityTooLarge

from .answer import DISCLAIMER, STARTER_QUESTIONS, Answer, Citation
from .conversation import Section, Turn
from .errors import ApiError
from .guide_loader import get_loader
from .limits import count_question, feedback_limit, flood_limit, limited
from .records import get_records
from .store import RATINGS, StoreUnavailable, UnknownReply
from .text import clean_text, is_blank
from .trial_api import trial_filter_values, trial_json, trial_list_json

bp = Blueprint("api", __name__, url_prefix="/api")
log = logging.getLogger("bot.requests")
ROLES = ("user", "assistant")
# Assistant turns quote several sentences, so they may run longer than a message.
HISTORY_CONTENT_FACTOR = 4
REPLY_ID = re.compile(r"[0-9a-f]{32}")
OPENAPI = Path(__file__).with_name("openapi.yaml")
# An assistant turn may name the sections its reply cited; a reply cites at most a few.
MAX_TURN_SOURCES = 5
SOURCE_SLUG = re.compile(r"[a-z0-9_-]{1,100}")
SOURCE_ANCHOR = re.compile(r"[a-z0-9_-]{0,100}")


@bp.before_request
def _start_timer() -> None:
    g.started = time.perf_counter()


@bp.after_request
def _log_request(response):
    # Privacy: never the message text, only what the request did.
    elapsed_ms = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    log.info(
        "%s %s %s %.1fms kind=%s",
        request.method,
        request.path,
        response.status_code,
        elapsed_ms,
        g.get("reply_kind", "-"),
    )
    return response


@bp.post("/chat")
@limited(flood_limit)
def chat():
    body = _json_object()
    message = _message(body)
    history = _history(body.get("history"))
    guide = get_loader().ready_guide()
    decision = guide.assess(message)
    # Help is never rate-limited: only questions that can wait count against RATE_LIMIT.
    if not decision.needs_help:
        count_question()
    answer = guide.reply(message, history, decision)
    g.reply_kind = answer.kind
    body = reply_body(answer)
    get_records().remember(body["id"], message, answer)
    return jsonify(body)


@bp.post("/feedback")
@limited(feedback_limit)
def feedback():
    body = _json_object()
    reply_id, rating, comment = _reply_id(body), _rating(body), _comment(body)
    try:
        get_records().rate(reply_id, rating, comment)
    except UnknownReply:
        hours = current_app.config["FEEDBACK_WINDOW_HOURS"]
        raise ApiError(
            404,
            "unknown_reply",
            f"There is no reply with this id from the last {hours} hours to rate.",
        ) from None
    except StoreUnavailable as exc:
        log.error("feedback not stored: %s", exc)
        raise ApiError(
            503, "feedback_unavailable", "Feedback cannot be saved just now; please try later."
        ) from None
    return jsonify(id=reply_id, rating=rating)


@bp.get("/health")
def health():
    guide = get_loader().ready_guide()
    manifest = guide.index.manifest
    return jsonify(
        status="ok",
        passages=manifest.passages,
        articles=len(guide.index.articles),
        index_built=manifest.built_at,
        model=manifest.model,
    )


def reply_body(answer: Answer) -> dict:
    return {
        "id": uuid.uuid4().hex,
        "kind": answer.kind,
        "answer": answer.text,
        "sources": [citation_json(c) for c in answer.sources],
        "suggestions": list(answer.suggestions),
        "safety_note": answer.safety_note or None,
        "language_note": [vars(part) for part in answer.language_note] or None,
        "contact": dict(vars(answer.contact)) if answer.contact else None,
        "disclaimer": DISCLAIMER,
        "trials": [trial_json(m) for m in answer.trials.matches] if answer.trials else None,
        "trials_search": trial_list_json(answer.trials) if answer.trials else None,
    }


def citation_json(citation: Citation) -> dict:
    """A citation as the API sends it: its fields in order, its references as objects."""
    # What dataclasses.asdict gave, without its recursive deep copy: the body of a reply is
    # built in 10 us instead of 53 (bench questions, one core).
    return dict(vars(citation), references=[dict(vars(r)) for r in citation.references])


def _json_object() -> dict:
    if not request.is_json:
        raise ApiError(
            415, "unsupported_media_type", "Send the body as JSON (Content-Type: application/json)."
        )
    # A chunked body has no Content-Length to refuse it by: werkzeug stops reading at
    # MAX_CONTENT_LENGTH and hands over the truncated body, which would read as broken JSON.
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is None and len(request.get_data(cache=True)) >= limit:
        raise RequestEntityTooLarge()
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # nested deeper than the JSON parser can follow
        body = None
    if body is None:
        raise ApiError(400, "invalid_json", "The request body is not valid JSON.")
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_request", "The request body must be a JSON object.")
    return body


def _message(body: dict) -> str:
    limit = current_app.config["MAX_MESSAGE_CHARS"]
    if "message" not in body:
        raise ApiError(400, "missing_message", "Send your question in the 'message' field.")
    message = body["message"]
    if not isinstance(message, str):
        raise ApiError(400, "invalid_message", "'message' must be text.")
    message = clean_text(message).strip()
    if is_blank(message):
        raise ApiError(400, "empty_message", "Please type a question first.")
    if len(message) > limit:
        raise ApiError(
            400, "message_too_long", f"Please keep your question under {limit} characters."
        )
    return message


def _reply_id(body: dict) -> str:
    reply_id = body.get("id")
    if not isinstance(reply_id, str) or not REPLY_ID.fullmatch(reply_id):
        raise ApiError(400, "invalid_id", "'id' must be the id of a reply from /api/chat.")
    return reply_id


def _rating(body: dict) -> str:
    rating = body.get("rating")
    if rating not in RATINGS:
        raise ApiError(400, "invalid_rating", "'rating' must be up or down.")
    return rating


def _comment(body: dict) -> str | None:
    comment = body.get("comment")
    if comment is None:
        return None
    if not isinstance(comment, str):
        raise ApiError(400, "invalid_comment", "'comment' must be text.")
    limit = current_app.config["MAX_COMMENT_CHARS"]
    if len(comment) > limit:
        raise ApiError(
            400, "comment_too_long", f"Please keep your comment under {limit} characters."
        )
    comment = clean_text(comment).strip()
    return None if is_blank(comment) else comment


def _history(raw: object) -> list[Turn]:
    if raw is None:
        return []
    config = current_app.config
    if not isinstance(raw, list):
        raise ApiError(400, "invalid_history", "'history' must be a list of turns.")
    if len(raw) > config["MAX_HISTORY_ITEMS"]:
        raise ApiError(
            400, "history_too_long", f"Send at most {config['MAX_HISTORY_ITEMS']} turns of history."
        )
    limit = config["MAX_MESSAGE_CHARS"] * HISTORY_CONTENT_FACTOR
    turns = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or item.get("role") not in ROLES:
            raise ApiError(
                400,
                "invalid_history",
                f"History turn {number} needs a role of 'user' or 'assistant'.",
            )
        content = item.get("content")
        if not isinstance(content, str) or len(content) > limit:
            raise ApiError(
                400,
                "invalid_history",
                f"History turn {number} needs 'content' text of at most {limit} characters.",
            )
        turns.append(Turn(item["role"], clean_text(content), _sources(item, number)))
    return turns


def _sources(item: dict, number: int) -> tuple[Section, ...] | None:
    """Return the sections an assistant turn says its reply cited; None when it does not say
    (an empty list says the reply cited nothing, which ends the topic)."""
    raw = item.get("sources")
    if raw is None:
        return None
    if item["role"] != "assistant":
        raise ApiError(
            400, "invalid_history", f"History turn {number}: only assistant turns have 'sources'."
        )
    if not isinstance(raw, list) or len(raw) > MAX_TURN_SOURCES:
        raise ApiError(
            400,
            "invalid_history",
            f"History turn {number}: 'sources' must be a list of at most {MAX_TURN_SOURCES}.",
        )
    sections = []
    for source in raw:
        slug = source.get("slug") if isinstance(source, dict) else None
        anchor = source.get("anchor", "") if isinstance(source, dict) else None
        if not (
            isinstance(slug, str)
            and isinstance(anchor, str)
            and SOURCE_SLUG.fullmatch(slug)
            and SOURCE_ANCHOR.fullmatch(anchor)
        ):
            raise ApiError(
                400,
                "invalid_history",
                f"History turn {number}: each source needs a 'slug' and an 'anchor' "
                "as in its url, /knowledge/<slug>#<anchor>.",
            )
        sections.append(Section(slug, anchor))
    return tuple(sections)


@bp.get("/suggestions")
def suggestions():
    return jsonify(suggestions=list(STARTER_QUESTIONS))


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())


@functools.cache
def openapi_document() -> dict:
    """Return the API's OpenAPI 3.1 document, written by hand in bot/openapi.yaml.

    The trial filters' allowed values come from the registry's own tables, so the document
    and the code cannot disagree on them.
    """
    document = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
    for parameter in document["paths"]["/api/trials"]["get"]["parameters"]:
        parameter["schema"]["enum"] = trial_filter_values()[parameter["name"]]
    return document
