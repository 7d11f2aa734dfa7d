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


# The last labelled set the learned answer parts train on: widening them is this one number.
# Sets 1-46, measured leave-one-set-out over sets 31-46 against sets 1-30, kept by the rule
# written first (eval/HISTORY.md, round 50, memory51; round 49's sets 1-45 were not).
LAST_LABELLED_SET = 46


def labelled_sets(last: int) -> str:
    """The question and conversation sets 1 to `last`, as a setting's space-separated paths."""
    questions = ["eval/questions.jsonl", "eval/new-sections-questions.jsonl"]
    questions += [f"eval/questions-{n}.jsonl" for n in range(2, last + 1)]
    conversations = ["eval/conversations.jsonl"]
    conversations += [f"eval/conversations-{n}.jsonl" for n in range(2, last + 1)]
    return " ".join(questions + conversations)


# The tuning sets, never a fresh set before it is scored: what the answer parts of `kb build`
# fit on (the decision, the lead, the memory).
LABELLED_SETS = labelled_sets(LAST_LABELLED_SET)
# The last set the triage layer learns from, its triage messages and its questions alike: every
# set written before the fresh one that judges it (round 50: sets 31-46 joined, measured
# leave-one-set-out over sets 31-45 and on fresh set 47; eval/HISTORY.md).
LAST_TRIAGE_SET = 46

SETTINGS: tuple[Setting, ...] = (
    Setting("KNOWLEDGE_DIR", str(PROJECT_ROOT / "knowledge"), "Folder of markdown articles."),
    Setting(
        "TRIALS_DIR",
        str(PROJECT_ROOT / "knowledge" / "trials"),
        "Folder of curated trial files (one per NCT ID) behind /trials and the chat's trial lists.",
    ),
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
        "ONNX_PRECISION",
        "int8",
        "Weights of the ONNX model: 'int8' (quantized, about 4x faster a question) or 'fp32'."
        " The index is built with the same one: run `kb build` after changing it.",
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
        0.491,
        "Least confidence for an answer: the best passage's dense similarity, less a penalty"
        " for words the guide never uses, plus a bonus for the question's rare words it uses;"
        " below it the reply is no_answer. Calibrated by `flask kb eval`. A first question is"
        " answered or declined by the learned decision instead, when the index has one"
        " (DECLINE_TRAINING).",
    ),
    Setting("CLINIC_NAME", "", "The treatment team or clinic patients should contact, when set."),
    Setting("CLINIC_PHONE", "", "The treatment team's 24-hour phone number, shown when set."),
    Setting("EMERGENCY_NUMBER", "911", "Local emergency number."),
    Setting(
        "EMBED_ALLOWED_ORIGINS",
        "",
        "Clinic sites allowed to show the chat widget, as origins separated by spaces"
        " (https://clinic.example.org); this site itself is always allowed.",
    ),
    Setting(
        "CRISIS_LINE",
        "988",
        "Suicide and crisis line, given first to anyone who mentions self-harm.",
    ),
    Setting(
        "RATE_LIMIT",
        "30 per minute;500 per day",
        "Questions one client may send to /api/chat (`limits` notation, ';' between limits);"
        " messages triage finds urgent or in crisis are answered whatever the count.",
    ),
    Setting(
        "FLOOD_LIMIT",
        "120 per minute;3000 per day",
        "Hard cap on all requests one client may send to /api/chat, urgent ones included, checked"
        " before any work; its 429 carries the emergency, crisis and clinic numbers.",
    ),
    Setting(
        "TRIAGE_TRAINING",
        "eval/triage/exemplars.jsonl eval/triage/original.jsonl eval/triage/tuning.jsonl"
        " eval/triage/held_back.jsonl eval/triage/v2/tuning.jsonl eval/triage/v2/held_back.jsonl"
        + "".join(f" eval/triage/v{n}/held_back.jsonl" for n in range(3, LAST_TRIAGE_SET + 1)),
        "Labelled messages `kb build` trains the learned triage layer on (JSON Lines with"
        " 'message' and 'expected'), separated by spaces; relative to the project folder.",
    ),
    Setting(
        "TRIAGE_QUESTIONS",
        "eval/questions.jsonl eval/new-sections-questions.jsonl eval/questions-2.jsonl"
        " eval/questions-3.jsonl eval/questions-4.jsonl eval/conversations.jsonl"
        " eval/conversations-2.jsonl eval/conversations-3.jsonl eval/conversations-4.jsonl",
        "Question and conversation sets (JSON Lines, as in eval/) whose plain questions set the"
        " learned triage layer's higher crisis threshold for messages that only ask; not"
        " trained on. Separated by spaces; relative to the project folder.",
    ),
    Setting(
        "TRIAGE_ASKED",
        labelled_sets(LAST_TRIAGE_SET),
        "Question and conversation sets (JSON Lines, as in eval/) whose messages the rules read as"
        " needing no help train the learned triage layer's question head as needing no help"
        " (each set held out with its triage files when its threshold is set): where the rules"
        " read a message as needing no help, the layer's crisis call needs that head too. Never"
        " the validation set. Separated by spaces, relative to the project folder; empty for"
        " none.",
    ),
    Setting(
        "DECLINE_TRAINING",
        LABELLED_SETS,
        "Question and conversation sets (JSON Lines, as in eval/) whose first questions, covered"
        " or not, `kb build` trains the learned answer-or-decline decision on (bot/decline.py),"
        " each file's set a fold of its held-out figures; never the validation set. Separated by"
        " spaces, relative to the project folder; empty to leave the threshold deciding.",
    ),
    Setting(
        "LEAD_TRAINING",
        LABELLED_SETS,
        "Question and conversation sets (JSON Lines, as in eval/) whose covered first questions"
        " `kb build` fits the choice of the sentence an answer leads with on"
        " (bot/sentence_choice.py), each file's set a fold of its held-out figures; never the"
        " validation set. Separated by spaces, relative to the project folder; empty for the"
        " hand-set lead scores.",
    ),
    Setting(
        "ASKED_BEFORE",
        LABELLED_SETS,
        "Question and conversation sets (JSON Lines, as in eval/) whose covered first questions,"
        " labelled with their sections, `kb build` keeps as a memory of how patients ask: a"
        " question near labelled ones votes for their sections in the ranking"
        " (bot/asked_before.py), and its uncovered first questions, the nearest of which the"
        " answer-or-decline decision weighs against the nearest covered one; never the"
        " validation set. Separated by spaces, relative to the project folder; empty for none.",
    ),
    Setting(
        "FEEDBACK_RATE_LIMIT",
        "30 per minute;500 per day",
        "Ratings one client may send to /api/feedback, counted apart from questions.",
    ),
    Setting(
        "RATELIMIT_STORAGE_URI",
        "memory://",
        "Where rate-limit counts are kept: memory:// (per process) or redis://host:6379 to share"
        " them between workers and instances.",
    ),
    Setting(
        "CLIENT_KEY_SECRET",
        "",
        "Secret for the keyed hash that stands for a client's IP address in rate-limit counts;"
        " set the same value on instances sharing a Redis store. Empty: random per start.",
    ),
    Setting(
        "DATABASE_URL",
        f"sqlite:///{PROJECT_ROOT / 'instance' / 'cartbot.sqlite3'}",
        "Where replies, feedback and unanswered questions are stored (SQLAlchemy URL), e.g."
        " postgresql+psycopg://user:password@host/db to share one store between instances.",
    ),
    Setting(
        "RETENTION_DAYS",
        90,
        "Days stored questions, comments and ratings are kept; `flask db purge` deletes older.",
    ),
    Setting(
        "FEEDBACK_WINDOW_HOURS",
        24,
        "Hours a reply can be rated; after that an answered question with no thumbs-down is"
        " forgotten.",
    ),
    Setting("MAX_COMMENT_CHARS", 500, "Longest feedback comment accepted, in characters."),
    Setting(
        "INDEX_CHECK_SECONDS",
        2.0,
        "Least time between a worker's checks for a newly published index (0: every request).",
    ),
    Setting(
        "METRICS_TOKEN",
        "",
        "Bearer token Prometheus sends to read /metrics (Authorization: Bearer ...); empty: no"
        " /metrics.",
    ),
    Setting(
        "TRUSTED_PROXIES",
        0,
        "Reverse proxies in front of the app whose X-Forwarded-For, -Proto and -Host to believe"
        " (1 behind deploy/nginx.conf); 0 ignores those headers, as a client could forge them.",
    ),
    Setting(
        "TRUSTED_HOSTS",
        "",
        "Host names the app answers, separated by spaces (guide.example.org); other Host"
        " headers get 400. Empty: any.",
    ),
    Setting(
        "ADMIN_TOKEN",
        "",
        "Password (HTTP Basic, any user name) for the read-only /admin page, at least 32"
        " characters; empty: no page.",
    ),
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
