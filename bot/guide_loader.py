"""The model and the current index, loaded once per process and kept in app.extensions."""

from __future__ import annotations

import logging
import threading
import time

from flask import Flask, current_app

from .answer import STARTER_QUESTIONS, Contact
from .embedder import Embedder, QueryCache, make_embedder
from .guide import Guide, GuideSettings
from .index import IndexMissing, current_release, load_index
from .onnx_embedder import ModelMissing
from .trials import Trial, TrialError, load_trials

log = logging.getLogger(__name__)
EXTENSION = "cartbot"


class GuideLoader:
    """Holds the embedder and a Guide over the current index, once both are built."""

    def __init__(self, config: dict):
        self.config = config
        self.embedder: Embedder | None = None
        self.guide: Guide | None = None
        self.trials = _registry(config["TRIALS_DIR"])
        self._not_ready: IndexMissing | ModelMissing = IndexMissing("no index loaded yet")
        self._checked_at = float("-inf")
        self._broken_release: str | None = None
        self._swapping = threading.Lock()

    def ready_embedder(self) -> Embedder:
        """Return the embedder, made on first use.

        Raises:
            ModelMissing: when the ONNX export has not been made yet.
        """
        if self.embedder is None:
            embedder = make_embedder(
                self.config["EMBEDDER"],
                self.config["ONNX_DIR"],
                precision=self.config["ONNX_PRECISION"],
            )
            self.embedder = QueryCache(embedder, self.config["QUERY_CACHE_SIZE"])
        return self.embedder

    def load(self) -> None:
        """Load the current index; keep serving the previous one if it or the model is missing."""
        try:
            embedder = self.ready_embedder()
            index = load_index(self.config["INDEX_DIR"])
        except (ModelMissing, IndexMissing) as exc:
            log.warning("%s", exc)
            self._not_ready = exc
            return
        self.guide = Guide(index, embedder, guide_settings(self.config, self.trials))

    def warm_up(self) -> None:
        """Load what loads on first use (the ONNX session) and cache the starter questions."""
        if self.embedder is not None:
            for question in STARTER_QUESTIONS:
                self.embedder.encode([question])

    def refresh(self) -> None:
        """Swap in a newly published index, checking at most every INDEX_CHECK_SECONDS.

        The check is one readlink of `current`; the new index is loaded in full before it
        replaces the one in service, and one that fails to load is never retried.
        """
        now = time.monotonic()
        if now - self._checked_at < self.config["INDEX_CHECK_SECONDS"]:
            return
        self._checked_at = now
        release = current_release(self.config["INDEX_DIR"])
        serving = self.guide.index.manifest.build_id if self.guide else None
        if release in (None, serving, self._broken_release):
            return
        if not self._swapping.acquire(blocking=False):
            return  # another thread is loading it; keep answering from the current index
        try:
            embedder = self.ready_embedder()
            index = load_index(self.config["INDEX_DIR"])
            if index.manifest.model != embedder.name:
                raise ValueError(f"built with {index.manifest.model}, not {embedder.name}")
            guide = Guide(index, embedder, guide_settings(self.config, self.trials))
        except Exception:
            log.exception("index release %s not loaded; still serving %s", release, serving)
            self._broken_release = release
            return
        finally:
            self._swapping.release()
        self.guide = guide
        log.info("now serving index release %s (was %s)", index.manifest.build_id, serving)

    def ready_guide(self) -> Guide:
        """Return the guide over the index in service.

        Raises:
            IndexMissing: no index has been built (or it cannot be read).
            ModelMissing: the model's ONNX export has not been made.
        """
        if self.guide is None:
            raise self._not_ready
        return self.guide


def _registry(directory: str) -> tuple[Trial, ...]:
    """The trial registry; a broken file is logged and the chat keeps answering without trials.

    `flask trials check` (in `make check`) names the file and the problem.
    """
    try:
        return tuple(load_trials(directory))
    except TrialError as exc:
        log.error("trial registry not loaded: %s", exc)
        return ()


def guide_settings(config: dict, trials: tuple[Trial, ...] = ()) -> GuideSettings:
    return GuideSettings(
        no_answer_threshold=config["NO_ANSWER_THRESHOLD"],
        contact=Contact.from_settings(config),
        trials=trials,
    )


def init_app(app: Flask) -> None:
    loader = GuideLoader(app.config)
    loader.load()
    app.extensions[EXTENSION] = loader
    app.before_request(loader.refresh)


def warm_up(app: Flask) -> None:
    """Warm the app's loader up: in each gunicorn worker, after the fork, before any request."""
    app.extensions[EXTENSION].warm_up()


def get_loader() -> GuideLoader:
    return current_app.extensions[EXTENSION]
