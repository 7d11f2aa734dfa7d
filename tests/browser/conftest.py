"""Real-browser fixtures: the guide and a fictional clinic site on free local ports, and
Debian's headless Chromium driven by Playwright (one browser for the whole session)."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_guide import FIXTURE_KNOWLEDGE, fake_config
from flask import Flask
from werkzeug.serving import make_server

from bot import create_app
from bot.embedder import FakeEmbedder
from bot.index import build_index, save_index
from bot.knowledge import load_knowledge
from bot.records import EXTENSION

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PROJECT = Path(__file__).resolve().parents[2]
AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = PROJECT / "test-artifacts"
DESKTOP = {"width": 1280, "height": 800}


class LiveServer:
    """A WSGI app served from a thread on 127.0.0.1, on a port the OS picks."""

    def __init__(self, app):
        # Port 0: other test runs may be using any fixed port on this machine.
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.server.shutdown()
        self.thread.join(timeout=5)


class Clinic:
    """A clinic's website on another origin that embeds the guide with one tag.

    Its pages carry a strict policy of their own (no inline style or script), as a careful
    clinic's would; only the guide's origin may run scripts and be framed.
    """

    def __init__(self):
        self.pages: dict[str, str] = {}
        self.guide = ""
        self.app = Flask("clinic")
        self.app.add_url_rule("/<name>", "page", self._page)

    def _page(self, name: str):
        csp = f"default-src 'self'; script-src {self.guide}; frame-src {self.guide}"
        return self.pages[name], {"Content-Security-Policy": csp}

    def add(self, name: str, **attributes: str) -> None:
        data = " ".join(f'data-{key}="{html.escape(value)}"' for key, value in attributes.items())
        self.pages[name] = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            "<title>Example clinic</title></head><body><h1>Example clinic</h1>"
            '<p><a href="#top">A link on the clinic page</a></p>'
            f'<script src="{self.guide}/widget.js" async {data}></script></body></html>'
        )


@pytest.fixture(scope="session")
def clinic() -> Iterator[tuple[Clinic, LiveServer]]:
    site = Clinic()
    with LiveServer(site.app) as server:
        yield site, server


@pytest.fixture(scope="session")
def guide(tmp_path_factory, clinic) -> Iterator[str]:
    """The guide, on the fixture knowledge base with the fake embedder; returns its URL."""
    site, clinic_server = clinic
    where = tmp_path_factory.mktemp("guide")
    save_index(build_index(load_knowledge(FIXTURE_KNOWLEDGE), FakeEmbedder()), where / "index")
    app = create_app(
        {
            **fake_config(FIXTURE_KNOWLEDGE, where, f"sqlite:///{where / 'cartbot.sqlite3'}"),
            "CLINIC_NAME": "the Riverbend CAR-T team",
            "CLINIC_PHONE": "+1 (555) 010-0200",
            # The clinic by its IP address only: http://localhost:PORT is another origin.
            "EMBED_ALLOWED_ORIGINS": clinic_server.url,
        }
    )
    app.extensions[EXTENSION].store.upgrade()
    with LiveServer(app) as server:
        site.guide = server.url
        yield server.url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: `make test` installs it (apt-get install chromium).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser):
    """Open browser contexts (a desktop window unless told), all closed after the test."""
    contexts = []

    def open_context(**options):
        context = browser.new_context(**{"viewport": DESKTOP, **options})
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def console_errors(page) -> list[str]:
    """The errors the page and its frames log, Content-Security-Policy refusals among them."""
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    return errors


@pytest.fixture
def axe_page(new_context):
    """A page that may inject axe-core into every frame, the panel's strict policy aside."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: `make test` installs it (npm ci).")
    return new_context(bypass_csp=True).new_page()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def axe_violations():
    """Return a scan of a page and all its frames with axe-core: its violations, briefly."""

    def scan(page) -> list[dict]:
        for frame in page.frames:
            frame.add_script_tag(path=AXE)
        results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in results["violations"]
        ]

    return scan


@pytest.fixture(scope="session")
def trial_guide(tmp_path_factory) -> Iterator[str]:
    """The guide with the real guidance on finding a trial, which trial searches quote."""
    knowledge = tmp_path_factory.mktemp("trial-knowledge")
    for article in [*FIXTURE_KNOWLEDGE.glob("*.md"), PROJECT / "knowledge" / "finding-a-trial.md"]:
        (knowledge / article.name).write_bytes(article.read_bytes())
    where = tmp_path_factory.mktemp("trial-guide")
    save_index(build_index(load_knowledge(knowledge), FakeEmbedder()), where / "index")
    app = create_app(fake_config(knowledge, where, f"sqlite:///{where / 'cartbot.sqlite3'}"))
    app.extensions[EXTENSION].store.upgrade()
    with LiveServer(app) as server:
        yield server.url
