"""The embeddable widget: /widget.js for clinic sites, /embed for its panel, /demo to try it."""

from __future__ import annotations

import re

from flask import Blueprint, Flask, current_app, render_template, request

from .colours import DEFAULT_ACCENT, readable_accent

bp = Blueprint("widget", __name__)
EXTENSION = "cartbot.embed_policy"
DEFAULT_TITLE = "Ask about CAR-T"
TITLE_MAX_CHARS = 80
GREETING_MAX_CHARS = 500
# A CSP host-source with a scheme: https://clinic.example.org, https://*.example.org:8443
_ORIGIN = re.compile(r"^https?://(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$", re.IGNORECASE)


def frame_ancestors(allowed_origins: str) -> str:
    """Return the frame-ancestors sources: this site, then each allowed origin.

    Raises:
        ValueError: naming the first entry that is not an origin.
    """
    sources = ["'self'"]
    for entry in allowed_origins.split():
        origin = entry.removesuffix("/")
        if not _ORIGIN.match(origin):
            raise ValueError(
                f"EMBED_ALLOWED_ORIGINS: {entry!r} is not an origin. List origins such as"
                " https://clinic.example.org, separated by spaces."
            )
        sources.append(origin)
    return " ".join(sources)


def embed_policy(allowed_origins: str) -> str:
    """Return the Content-Security-Policy of /embed: no inline script, framed only where allowed."""
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            f"frame-ancestors {frame_ancestors(allowed_origins)}",
        )
    )


@bp.get("/widget.js")
def script():
    response = current_app.send_static_file("widget.js")
    # Clinic sites load it from their own origin, whatever the site-wide default.
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


@bp.get("/embed")
def embed():
    title = request.args.get("title", "").strip()[:TITLE_MAX_CHARS] or DEFAULT_TITLE
    greeting = request.args.get("greeting", "").strip()[:GREETING_MAX_CHARS]
    accent = readable_accent(request.args.get("accent", DEFAULT_ACCENT))
    page = render_template("embed.html", title=title, greeting=greeting, accent=accent)
    # Set in full here: a site-wide default policy would forbid the framing.
    return page, {"Content-Security-Policy": current_app.extensions[EXTENSION]}


@bp.get("/demo")
def demo():
    return render_template("demo.html")


def init_app(app: Flask) -> None:
    """Check the allowed origins once, at start-up, and keep the policy built from them."""
    app.extensions[EXTENSION] = embed_policy(app.config["EMBED_ALLOWED_ORIGINS"])
    app.register_blueprint(bp)
