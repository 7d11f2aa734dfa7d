"""Embeddings kept by a hash of the exact text embedded, so a rebuild embeds only new text."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import zipfile
from pathlib import Path

import numpy as np

from .embedder import Embedder

log = logging.getLogger(__name__)
# Bump when the same model gives a text another vector, so no older vector is reused.
CACHE_VERSION = 2  # 2: every text embedded alone (bot/onnx_embedder.py)


def cache_path(index_dir: Path | str, embedder_key: str) -> Path:
    """Return where one embedder's vectors are kept (key: its backend and model name)."""
    return Path(index_dir) / "embeddings" / (re.sub(r"[^\w.-]", "_", embedder_key) + ".npz")


def text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode()).hexdigest().encode()


class CachedEmbedder:
    """An Embedder that looks each text up by content hash before asking the model."""

    def __init__(self, embedder: Embedder, path: Path | str):
        self.embedder = embedder
        self.name = embedder.name
        self.dimension = embedder.dimension
        self.words = embedder.words
        self.path = Path(path)
        self.embedded = 0  # distinct texts the model had to embed
        self.reused = 0  # texts answered from the cache
        self._known = self._read()
        self._used: set[bytes] = set()

    def encode(self, texts: list[str]) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._known}
        if missing:
            vectors = self.embedder.encode(list(missing.values()))
            self._known.update(zip(missing, vectors, strict=True))
        self.embedded += len(missing)
        self.reused += len(texts) - len(missing)
        self._used.update(keys)
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._known[k] for k in keys]).astype(np.float32, copy=False)

    def save(self) -> None:
        """Write the vectors this build used (text no longer in any article is dropped)."""
        keys = sorted(self._used)
        vectors = (
            np.stack([self._known[k] for k in keys])
            if keys
            else np.zeros((0, self.dimension), dtype=np.float32)
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        staging = self.path.parent / f".{self.path.stem}.{os.getpid()}.tmp.npz"
        np.savez(
            staging,
            keys=np.asarray(keys, dtype="S64"),
            vectors=vectors.astype(np.float32),
            model=np.asarray(self.name),
            version=np.asarray(CACHE_VERSION),
        )
        os.replace(staging, self.path)

    def _read(self) -> dict[bytes, np.ndarray]:
        if not self.path.exists():
            return {}
        try:
            with np.load(self.path, allow_pickle=False) as data:
                model, keys, vectors = str(data["model"]), data["keys"], data["vectors"]
                version = int(data["version"]) if "version" in data.files else 1
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            log.warning("embedding cache %s unreadable (%s): embedding everything", self.path, exc)
            return {}
        if model != self.name or version != CACHE_VERSION or vectors.shape[1:] != (self.dimension,):
            return {}
        return dict(zip(keys.tolist(), vectors, strict=True))
