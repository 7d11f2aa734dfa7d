"""The embeddable widget: /widget.js for clinic sites, /embed for its panel, /demo to try it.

The clinic's title and greeting reach the panel only by postMessage from widget.js on a page
the panel accepts (EMBED_ALLOWED_ORIGINS, or this site), never from /embed's address: a link
to /embed?greeting=... could otherwise make the guide seem to say anything.
"""

from __future__ import annotations

import re

from flask import Blueprint, Flask, current_app, render_template, request

from .colours import DEFAULT_ACCENT, readable_accent
from .pattern_set import LazyPattern

bp = Blueprint("widget", __name__)
EXTENSION = "cartbot.embed_policy"
ORIGINS = "cartbot.embed_origins"
DEFAULT_TITLE = "Ask about CAR-T"
# A CSP host-source with a scheme: https://clinic.example.org, https://*.example.org:8443
_ORIGIN = LazyPattern(r"^https?://(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$", re.IGNORECASE)


def allowed_origins(setting: str) -> list[str]:
    """Return the origins of EMBED_ALLOWED_ORIGINS, without trailing slashes.

    Raises:
        ValueError: naming the first entry that is not an origin.
    """
    origins = []
    for entry in setting.split():
        origin = entry.removesuffix("/")
        if not _ORIGIN.match(origin):
            raise ValueError(
                f"EMBED_ALLOWED_ORIGINS: {entry!r} is not an origin. List origins such as"
                " https://clinic.example.org, separated by spaces."
            )
        origins.append(origin)
    return origins


def frame_ancestors(setting: str) -> str:
    """Return the frame-ancestors sources: this site, then each allowed origin."""
    return " ".join(["'self'", *allowed_origins(setting)])


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
    accent = readable_accent(request.args.get("accent", DEFAULT_ACCENT))
    page = render_template(
        "embed.html",
        title=DEFAULT_TITLE,
        accent=accent,
        origins=" ".join(current_app.extensions[ORIGINS]),
    )
    # Set in full here: a site-wide default policy would forbid the framing.
    return page, {"Content-Security-Policy": current_app.extensions[EXTENSION]}


@bp.get("/demo")
def demo():
    return render_template("demo.html")


def init_app(app: Flask) -> None:
    """Check the allowed origins once, at start-up, and keep the policy built from them."""
    app.extensions[EXTENSION] = embed_policy(app.config["EMBED_ALLOWED_ORIGINS"])
    app.extensions[ORIGINS] = allowed_origins(app.config["EMBED_ALLOWED_ORIGINS"])
    app.register_blueprint(bp)
