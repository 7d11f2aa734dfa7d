"""Security headers on every response; a response that sets its own policy keeps it."""

from __future__ import annotations

from flask import Flask, Response

# No inline script or style anywhere: chat.js and style.css are files under /static.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors 'self'",
        "base-uri 'none'",
        "form-action 'self'",
    )
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


def init_app(app: Flask) -> None:
    @app.after_request
    def set_security_headers(response: Response) -> Response:
        # setdefault: the embeddable widget's route sends its own frame-ancestors policy.
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response
