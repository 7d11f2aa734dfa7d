"""The model and the current index, loaded once per process and kept in app.extensions."""

from __future__ import annotations

import logging

from flask import Flask, current_app

from .answer import Contact
from .embedder import Embedder, make_embedder
from .errors import ApiError
from .guide import Guide, GuideSettings
from .index import IndexMissing, load_index

log = logging.getLogger(__name__)
EXTENSION = "cartbot"


class Engine:
    """Holds the embedder and a Guide over the current index, if one is built."""

    def __init__(self, config: dict, embedder: Embedder):
        self.config = config
        self.embedder = embedder
        self.guide: Guide | None = None

    def load(self) -> None:
        """Load the current index; keep serving the previous one if there is none."""
        try:
            index = load_index(self.config["INDEX_DIR"])
        except IndexMissing as exc:
            log.warning("%s", exc)
            return
        self.guide = Guide(index, self.embedder, guide_settings(self.config))

    def ready_guide(self) -> Guide:
        if self.guide is None:
            raise ApiError(
                503,
                "index_missing",
                "The knowledge index is not built yet; please try again later.",
            )
        return self.guide


def guide_settings(config: dict) -> GuideSettings:
    contact = Contact(
        clinic_name=config["CLINIC_NAME"],
        clinic_phone=config["CLINIC_PHONE"],
        emergency_number=config["EMERGENCY_NUMBER"],
        crisis_line=config["CRISIS_LINE"],
    )
    return GuideSettings(no_answer_threshold=config["NO_ANSWER_THRESHOLD"], contact=contact)


def init_app(app: Flask) -> None:
    engine = Engine(app.config, make_embedder(app.config["EMBEDDER"]))
    engine.load()
    app.extensions[EXTENSION] = engine


def get_engine() -> Engine:
    return current_app.extensions[EXTENSION]
