from html.parser import HTMLParser

import pytest

from bot.colours import DEFAULT_ACCENT, contrast_with_white, parse_hex, readable_accent


class PageParts(HTMLParser):
    """Collect what a strict Content-Security-Policy would refuse, and the script tags."""

    def __init__(self):
        super().__init__()
        self.scripts: list[dict] = []
        self.inline: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            self.scripts.append(attributes)
            self._in_script = "src" not in attributes
        for name in attributes:
            if name.startswith("on") or name == "style":
                self.inline.append(f"<{tag} {name}>")
        if tag == "style":
            self.inline.append("<style>")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline.append(f"<script>{data[:40]}")


def parts(response) -> PageParts:
    parser = PageParts()
    parser.feed(response.get_data(as_text=True))
    return parser


def policy(response) -> dict[str, str]:
    directives = (
        d.strip().split(" ", 1) for d in response.headers["Content-Security-Policy"].split(";")
    )
    return {name: value for name, value in directives}


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/embed",
        "/embed?title=T&greeting=Hello",
        "/demo",
        "/knowledge/",
        "/knowledge/cytokine-release-syndrome",
    ],
)
def test_pages_have_no_inline_script_or_style(client, path):
    found = parts(client.get(path))
    assert found.inline == []
    assert all("src" in script for script in found.scripts)


def test_embed_may_be_framed_only_by_this_site_by_default(client):
    response = client.get("/embed")
    assert response.status_code == 200
    assert policy(response) == {
        "default-src": "'self'",
        "script-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'none'",
        "form-action": "'self'",
        "frame-ancestors": "'self'",
    }


def test_embed_may_be_framed_by_the_listed_clinics(app, make_app):
    origins = " https://clinic.example.org/  https://*.health.example:8443 "
    response = make_app(EMBED_ALLOWED_ORIGINS=origins).test_client().get("/embed")
    assert policy(response)["frame-ancestors"] == (
        "'self' https://clinic.example.org https://*.health.example:8443"
    )


@pytest.mark.parametrize(
    "entry",
    [
        "clinic.example.org",
        "https://clinic.example.org,https://other.example.org",
        "https://clinic.example.org/patients",
        "'unsafe-inline'",
        "*",
        "https://clinic.example.org;script-src",
    ],
)
def test_an_allowed_origin_that_is_not_an_origin_stops_start_up_with_its_name(app, entry, make_app):
    with pytest.raises(ValueError, match="EMBED_ALLOWED_ORIGINS") as error:
        make_app(EMBED_ALLOWED_ORIGINS=f"https://fine.example.org {entry}")
    assert repr(entry) in str(error.value)
    assert "https://clinic.example.org, separated by spaces" in str(error.value)


def test_embed_takes_no_title_or_greeting_from_its_address(client):
    # A link could otherwise make the guide "say" a fake phone number on its own origin.
    page = client.get(
        "/embed", query_string={"title": "Fake title", "greeting": "Call 555-0100 now"}
    ).get_data(as_text=True)
    assert "Fake title" not in page and "555-0100" not in page
    assert '<h1 id="title" class="visually-hidden">Ask about CAR-T</h1>' in page
    assert '<div id="clinic-greeting" class="clinic-greeting" hidden>' in page


def test_embed_tells_its_script_which_sites_may_set_the_greeting(app, make_app):
    origins = "https://clinic.example.org/ https://*.example.net"
    page = (
        make_app(EMBED_ALLOWED_ORIGINS=origins).test_client().get("/embed").get_data(as_text=True)
    )
    assert 'data-origins="https://clinic.example.org https://*.example.net"' in page


@pytest.mark.parametrize(
    ("asked", "used"),
    [
        ("#005eb8", "#005eb8"),
        ("#ffff00", readable_accent("#ffff00")),
        ("red", DEFAULT_ACCENT),
        ('#000"><script>', DEFAULT_ACCENT),
    ],
)
def test_embed_uses_a_readable_accent(client, asked, used):
    page = client.get("/embed", query_string={"accent": asked}).get_data(as_text=True)
    assert f'data-accent="{used}"' in page


def test_widget_script_is_small_and_may_be_loaded_by_any_site(client):
    response = client.get("/widget.js")
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.headers["Cross-Origin-Resource-Policy"] == "cross-origin"
    # The tag goes on clinics' pages: keep it small, and free of any other host.
    body = response.get_data(as_text=True)
    assert len(response.get_data()) < 8 * 1024
    assert "http" not in body.replace("https://GUIDE-HOST", "")


def test_demo_embeds_the_widget_with_one_tag(client):
    found = parts(client.get("/demo"))
    assert len(found.scripts) == 1
    tag = found.scripts[0]
    assert tag["src"] == "/widget.js"
    assert "async" in tag
    assert {"data-title", "data-accent", "data-position", "data-greeting", "data-open"} <= set(tag)


def test_chat_page_links_the_current_page(client):
    page = client.get("/").get_data(as_text=True)
    assert '<a href="/" aria-current="page">Ask a question</a>' in page
    assert 'maxlength="1000"' in page


@pytest.mark.parametrize(
    ("colour", "ratio"),
    [("#ffffff", 1.0), ("#000000", 21.0), ("#005eb8", 6.38), ("#767676", 4.54), ("#777777", 4.48)],
)
def test_contrast_with_white_follows_wcag(colour, ratio):
    assert contrast_with_white(parse_hex(colour)) == pytest.approx(ratio, abs=0.01)


@pytest.mark.parametrize(
    ("accent", "readable"),
    [
        ("#005eb8", "#005eb8"),  # already passes: kept as it is
        ("#05B", "#0055bb"),  # short form
        ("#777777", "#717171"),  # just short: darkened one step
        ("#ffff00", "#737300"),
        ("#ffffff", "#737373"),
        ("", DEFAULT_ACCENT),
        ("blue", DEFAULT_ACCENT),
        ("#12345", DEFAULT_ACCENT),
        ("#0000ff;x", DEFAULT_ACCENT),
    ],
)
def test_readable_accent_keeps_white_text_at_4_5_to_1(accent, readable):
    assert readable_accent(accent) == readable
    assert contrast_with_white(parse_hex(readable)) >= 4.5
