"""Every setting once: name, default and help, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("KNOWLEDGE_DIR", str(PROJECT_ROOT / "knowledge"), "Folder of markdown articles."),
    Setting("INDEX_DIR", str(PROJECT_ROOT / "instance" / "index"), "Where built indexes are kept."),
    Setting(
        "EMBEDDER",
        "onnx",
        "Embedding backend: 'onnx' (onnxruntime, no torch), 'sentence-transformers' (torch"
        " fallback), or 'fake' (tests only).",
    ),
    Setting(
        "ONNX_DIR",
        str(PROJECT_ROOT / "instance" / "onnx"),
        "Where `kb build` keeps the model's ONNX export, one folder per hash of the model files.",
    ),
    Setting(
        "QUERY_CACHE_SIZE",
        1024,
        "Question vectors each process remembers, for repeated questions; 0 turns it off.",
    ),
    Setting("MAX_MESSAGE_CHARS", 1000, "Longest message accepted, in characters."),
    Setting("MAX_HISTORY_ITEMS", 20, "Most conversation turns accepted with a message."),
    Setting("MAX_BODY_BYTES", 64 * 1024, "Largest request body accepted, in bytes."),
    Setting(
        "NO_ANSWER_THRESHOLD",
        0.42,
        "Least dense similarity of the best passage for an answer; below it the reply is"
        " no_answer. Calibrated by `flask kb eval`.",
    ),
    Setting("CLINIC_NAME", "", "The treatment team or clinic patients should contact, when set."),
    Setting("CLINIC_PHONE", "", "The treatment team's 24-hour phone number, shown when set."),
    Setting("EMERGENCY_NUMBER", "911", "Local emergency number."),
)

DEFAULTS = {s.name: s.default for s in SETTINGS}


def from_environment(environ: dict[str, str] | None = None) -> dict[str, object]:
    """Return settings from the environment, typed like their defaults."""
    environ = os.environ if environ is None else environ
    values: dict[str, object] = {}
    for setting in SETTINGS:
        raw = environ.get(setting.name)
        if raw is None:
            continue
        kind = type(setting.default)
        try:
            values[setting.name] = kind(raw) if kind is not str else raw
        except ValueError as exc:
            raise ValueError(f"setting {setting.name}={raw!r} is not a {kind.__name__}") from exc
    return values
