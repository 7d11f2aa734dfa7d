"""The embedding model behind one small interface."""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path
from typing import Protocol

import numpy as np

from .model import MODEL_NAME, export_dir, packaged_model_dir
from .onnx_embedder import OnnxEmbedder, whole_words

BACKENDS = ("onnx", "sentence-transformers", "fake")


class Embedder(Protocol):
    name: str
    dimension: int
    # The tokenizer's whole words (everyday English ones), or none where it has no such list.
    words: frozenset[str]

    def encode(self, texts: list[str]) -> np.ndarray:
        """Return one L2-normalized float32 row per text."""


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 with torch: the fallback backend, and the reference for the export."""

    name = MODEL_NAME

    def __init__(self) -> None:
        model_dir = packaged_model_dir()  # sets HF_HUB_OFFLINE before the import below
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(model_dir), device="cpu")
        self.dimension = self._model.get_embedding_dimension()
        self.words = whole_words(self._model.tokenizer.get_vocab())

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(
            list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


_FAKE_STOPWORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from",
        "how", "i", "in", "is", "it", "me", "my", "of", "on", "or", "the", "to", "was", "what",
        "when", "who", "why", "will", "with", "you", "your",
    }
)  # fmt: skip


class FakeEmbedder:
    """Deterministic bag-of-words hashing vectors: fast, stable tests with no model.

    It keeps every text it is asked to embed (`embedded`), so tests can count model calls.
    """

    name = "fake-hashing"

    def __init__(
        self, dimension: int = 256, name: str = name, words: frozenset[str] = frozenset()
    ) -> None:
        self.dimension = dimension
        self.name = name
        self.words = words
        self.embedded: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.embedded.extend(texts)
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                if word in _FAKE_STOPWORDS:
                    continue
                digest = hashlib.blake2b(word[:6].encode(), digest_size=8).digest()
                slot = int.from_bytes(digest[:4], "little") % self.dimension
                vectors[row, slot] += 1.0 if digest[4] & 1 else -1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)


class QueryCache:
    """Remember the vectors of recent single texts: suggested questions repeat a lot."""

    def __init__(self, embedder: Embedder, size: int):
        self._embedder = embedder
        self.name = embedder.name
        self.dimension = embedder.dimension
        self.words = embedder.words
        self._vector = functools.lru_cache(maxsize=size)(self._encode_one)

    def encode(self, texts: list[str]) -> np.ndarray:
        if len(texts) != 1:
            return self._embedder.encode(texts)
        return self._vector(texts[0])[np.newaxis]

    def forget(self) -> None:
        """Drop every vector kept (bench.turns: each turn's texts are new, as in service)."""
        self._vector.cache_clear()

    def _encode_one(self, text: str) -> np.ndarray:
        vector = self._embedder.encode([text])[0]
        vector.setflags(write=False)  # shared by every later caller
        return vector


def make_embedder(
    backend: str, onnx_dir: Path | str, threads: int = 1, precision: str = "int8"
) -> Embedder:
    """Return the embedder a setting names.

    Args:
        threads: compute threads of the ONNX backend; serving keeps one per worker.
        precision: weights of the ONNX backend, "int8" or "fp32".

    Raises:
        ValueError: for an unknown backend name.
        ModelMissing: for "onnx" when `kb build` has not exported the model yet.
    """
    if backend == "onnx":
        return OnnxEmbedder(export_dir(onnx_dir), threads, precision)
    if backend == "sentence-transformers":
        return SentenceTransformerEmbedder()
    if backend == "fake":
        return FakeEmbedder()
    choices = ", ".join(repr(b) for b in BACKENDS)
    raise ValueError(f"unknown EMBEDDER {backend!r}: use one of {choices}")
