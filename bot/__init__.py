"""CAR-T Patient Guide: a sourced, extractive answer service for patients and families."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def _no_collection(freeze: bool = False) -> Iterator[None]:
    """Pause the cycle collector while start-up makes what lives as long as the process.

    Its collections in passing traverse every object made so far, again and again: ~10% of a
    cold start, for nothing to free. `freeze` moves what was made out of its reach for good
    (`gc.freeze()`): a paused collector still counts what is made, so the first allocation after
    it resumes would otherwise start a collection of all of it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


# The modules' objects live as long as the process: frozen, as wsgi.py freezes the app's. Left
# young, they took one collection of ~120,000 objects, ~5% of a cold start.
with _no_collection(freeze=True):
    from flask import Flask

    from . import (
        admin,
        api,
        cli,
        config,
        errors,
        guide_loader,
        limits,
        metrics,
        pages,
        proxy,
        records,
        records_cli,
        security,
        trial_api,
        trial_pages,
        trials_cli,
        widget,
    )
    from .answer import DISCLAIMER


def create_app(test_config: dict | None = None) -> Flask:
    """Create the app: settings, resources, blueprints."""
    with _no_collection():
        return _create_app(test_config)


def _create_app(test_config: dict | None) -> Flask:
    app = Flask(
        __name__,
        static_folder=str(config.PROJECT_ROOT / "static"),
        static_url_path="/static",
    )
    app.config.from_mapping(config.DEFAULTS)
    # As in flaskr: a test config replaces the environment, so a developer's exported
    # settings never change a test's result.
    app.config.update(config.from_environment() if test_config is None else test_config)
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_BODY_BYTES"]
    app.json.sort_keys = False
    app.jinja_env.globals["disclaimer"] = DISCLAIMER

    errors.init_app(app)
    metrics.init_app(app)
    proxy.init_app(app)
    security.init_app(app)
    limits.init_app(app)
    guide_loader.init_app(app)
    records.init_app(app)
    cli.init_app(app)
    records_cli.init_app(app)
    trials_cli.init_app(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    admin.init_app(app)
    app.register_blueprint(trial_pages.bp)
    app.register_blueprint(trial_api.bp)
    widget.init_app(app)
    return app
