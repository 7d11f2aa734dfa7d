"""One exception family and one JSON error body for the whole API."""

from __future__ import annotations

import dataclasses

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from .answer import Contact
from .index import IndexMissing
from .onnx_embedder import ModelMissing


class ApiError(Exception):
    """An error a client can act on, rendered as the API's JSON error."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_body(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}


# Werkzeug's own errors, named for API clients.
_HTTP_CODES = {
    400: ("bad_request", "The request could not be understood."),
    401: ("unauthorized", "This page needs the maintainers' token."),
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This address does not accept that method."),
    413: ("body_too_large", "The request body is too large."),
    415: ("unsupported_media_type", "Send the body as JSON (Content-Type: application/json)."),
    429: ("rate_limited", "Too many requests; please wait a moment and try again."),
    500: ("internal_error", "Something went wrong on our side."),
    503: ("unavailable", "The service is not ready; please try again shortly."),
}


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def rate_limited_body(contact: Contact) -> dict:
    """Return the 429 body: the error, and where to get help that cannot wait."""
    code, message = _HTTP_CODES[429]
    urgent = (
        f" If you have symptoms after CAR-T, do not wait: call {contact.treatment_team}, or"
        f" {contact.emergency_number} in an emergency. If you are thinking of ending your"
        f" life, call or text {contact.crisis_line}."
    )
    return {**error_body(code, message + urgent), "contact": dataclasses.asdict(contact)}


def init_app(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def handle_api_error(error: ApiError):
        return jsonify(error_body(error.code, error.message)), error.status

    @app.errorhandler(IndexMissing)
    @app.errorhandler(ModelMissing)
    def handle_not_ready(error: IndexMissing | ModelMissing):
        # The exception names server paths for maintainers; clients get the plain reason.
        app.logger.warning("not ready: %s", error)
        message = "The knowledge index is not built yet; please try again later."
        if _wants_json():
            return jsonify(error_body("index_missing", message)), 503
        return render_template("error.html", status=503, message=message), 503

    @app.errorhandler(HTTPException)
    def handle_http_error(error: HTTPException):
        status = error.code or 500
        code, message = _HTTP_CODES.get(status, ("http_error", error.description or ""))
        if _wants_json() and status == 429:
            response = jsonify(rate_limited_body(Contact.from_settings(app.config)))
        elif _wants_json():
            response = jsonify(error_body(code, message))
        else:
            response = app.make_response(
                (render_template("error.html", status=status, message=message), status)
            )
        response.status_code = status
        # Keep the headers that tell a client what to do next.
        original = error.get_response().headers
        for name in ("Retry-After", "Allow", "WWW-Authenticate"):
            if name in original:
                response.headers[name] = original[name]
        return response

    @app.errorhandler(Exception)
    def handle_unexpected(error: Exception):
        app.logger.exception("unhandled error on %s %s", request.method, request.path)
        code, message = _HTTP_CODES[500]
        if _wants_json():
            return jsonify(error_body(code, message)), 500
        return render_template("error.html", status=500, message=message), 500
