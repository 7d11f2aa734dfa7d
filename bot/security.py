"""Security headers on every response; a response that sets its own policy keeps it."""

from __future__ import annotations

import functools

from flask import Flask, Response, request

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
# The guide uses none of these; a page that gets script in anyway cannot ask for them.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
}
# Pages and replies that carry a conversation: no copy in the browser's or a proxy's cache.
NO_STORE_PATHS = ("/", "/embed", "/admin")


@functools.lru_cache(maxsize=16)  # a few policies: this one, and the widget's
def frame_options(policy: str) -> str | None:
    """Return X-Frame-Options matching a policy's frame-ancestors, for browsers without CSP.

    None where it cannot say the same thing (a list of other origins).
    """
    for directive in policy.split(";"):
        name, _, sources = directive.strip().partition(" ")
        if name == "frame-ancestors":
            return {"'none'": "DENY", "'self'": "SAMEORIGIN"}.get(sources.strip())
    return None


def init_app(app: Flask) -> None:
    @app.after_request
    def set_security_headers(response: Response) -> Response:
        # A header the response set stays: the embeddable widget's route sends its own
        # frame-ancestors policy. Its names are looked at once: a `setdefault` per header
        # searched them three times (~0.1 ms a reply).
        headers = response.headers
        own = {name.lower() for name, _ in headers}
        for name, value in HEADERS.items():
            if name.lower() not in own:
                headers.add(name, value)
        framing = frame_options(headers["Content-Security-Policy"])
        if framing and "x-frame-options" not in own:
            headers.add("X-Frame-Options", framing)
        if request.path.startswith("/api/") or request.path in NO_STORE_PATHS:
            response.headers["Cache-Control"] = "no-store"
        return response
