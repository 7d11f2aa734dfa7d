"""Security headers, and user text that always comes back inert."""

import re
from pathlib import Path

import pytest

from bot.security import CONTENT_SECURITY_POLICY

STATIC = Path(__file__).parent.parent / "static"
TEMPLATES = Path(__file__).parent.parent / "bot" / "templates"
XSS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "<svg/onload=alert(1)>",
    "</textarea><script>fetch('//evil')</script>",
]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/knowledge/",
        "/knowledge/cytokine-release-syndrome",
        "/static/chat.js",
        "/api/health",
        "/api/nothing",
        "/knowledge/missing",
    ],
)
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["Permissions-Policy"].startswith("camera=(), microphone=()")
    # The same rule for browsers that predate frame-ancestors.
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.parametrize(
    ("path", "method", "no_store"),
    [
        ("/api/chat", "post", True),
        ("/api/health", "get", True),
        ("/api/nothing", "get", True),
        ("/", "get", True),
        ("/embed", "get", True),
        ("/knowledge/cytokine-release-syndrome", "get", False),
        ("/static/chat.js", "get", False),
    ],
)
def test_conversations_are_never_cached(client, path, method, no_store):
    response = getattr(client, method)(path, json={"message": "What is CRS?"})
    assert (response.headers.get("Cache-Control") == "no-store") is no_store


@pytest.mark.parametrize(
    ("ancestors", "header"),
    [("'none'", "DENY"), ("'self'", "SAMEORIGIN"), ("'self' https://clinic.example", None)],
)
def test_x_frame_options_follows_frame_ancestors(make_app, app, ancestors, header):
    framed_app = make_app()

    @framed_app.get("/framed")
    def framed():
        return "page", 200, {"Content-Security-Policy": f"frame-ancestors {ancestors}"}

    assert framed_app.test_client().get("/framed").headers.get("X-Frame-Options") == header


def test_the_policy_allows_no_inline_script_and_no_foreign_framing():
    policy = dict(part.split(" ", 1) for part in CONTENT_SECURITY_POLICY.split("; "))
    assert policy["script-src"] == "'self'"
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert policy["frame-ancestors"] == "'self'"
    assert policy["base-uri"] == "'none'"


def test_a_route_with_its_own_policy_keeps_it(make_app, app):
    # The embeddable widget's route sets frame-ancestors from its allowed origins.
    embed_app = make_app()
    own = "default-src 'self'; frame-ancestors https://clinic.example"

    @embed_app.get("/embed-test")
    def embed():
        return "widget", 200, {"Content-Security-Policy": own}

    response = embed_app.test_client().get("/embed-test")
    assert response.headers["Content-Security-Policy"] == own
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_pages_have_no_inline_script_or_style_the_policy_would_block():
    for path in [*STATIC.glob("*.html"), *TEMPLATES.glob("*.html")]:
        html = path.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path.name
        assert not re.search(r"\son[a-z]+\s*=", html), path.name
        assert not re.search(r"\sstyle\s*=|<style", html), path.name


@pytest.mark.parametrize("name", ["dom.js", "chat.js", "summary.js"])
def test_page_scripts_set_text_never_html(name):
    # Their elements come from dom.js, which sets text as text.
    assert "node.textContent = text" in (STATIC / "dom.js").read_text()
    script = (STATIC / name).read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


@pytest.mark.parametrize("payload", XSS)
def test_xss_in_a_question_comes_back_as_inert_json(client, payload):
    history = [{"role": "user", "content": payload}, {"role": "assistant", "content": payload}]
    response = client.post(
        "/api/chat", json={"message": f"what is CRS {payload}", "history": history}
    )
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert payload not in response.get_data(as_text=True)


@pytest.mark.parametrize("payload", XSS)
def test_xss_in_a_page_address_is_escaped(client, payload):
    for path in (f"/knowledge/{payload}", f"/knowledge/?q={payload}", f"/{payload}"):
        page = client.get(path).get_data(as_text=True)
        assert payload not in page
        assert "<script>alert" not in page and "onerror=alert" not in page


def test_xss_in_an_api_error_is_not_echoed(client):
    response = client.post("/api/chat", json={"message": "<script>alert(1)</script>" * 200})
    assert response.status_code == 400
    assert "<script>" not in response.get_data(as_text=True)
