"""Follow-up questions read in the light of the previous user turn."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Conditions patients name; a follow-up that names another swaps it in.
CONDITIONS = re.compile(
    r"\b(multiple sclerosis|ms|lupus|sle|lupus nephritis|stiff[\s-]*person(?: syndrome)?|sps"
    r"|myasthenia(?: gravis)?|mg|myositis|systemic sclerosis|scleroderma|ssc|nmosd|vasculitis"
    r"|leukemia|lymphoma|myeloma|cancer)\b",
    re.IGNORECASE,
)
_REFERRING_START = re.compile(
    r"^(and|but|so|also|then|what about|how about|what if|same for|is that|does that|is it"
    r"|are they)\b",
    re.IGNORECASE,
)
_REFERRING_WORD = re.compile(
    r"\b(it|its|that|this|they|them|those|these|there|one)\b", re.IGNORECASE
)
SHORT_FOLLOW_UP_WORDS = 4
REFERRING_FOLLOW_UP_WORDS = 10


@dataclass(frozen=True)
class Turn:
    role: str  # "user" | "assistant"
    content: str


def standalone_question(message: str, history: list[Turn]) -> str:
    """Return the question to search: the message, completed by the last one if it refers back."""
    previous = next((t.content for t in reversed(history) if t.role == "user"), "")
    if not previous or not is_follow_up(message):
        return message
    if CONDITIONS.search(message):
        previous = CONDITIONS.sub(" ", previous)
    return " ".join(f"{message} {previous}".split())


def is_follow_up(message: str) -> bool:
    words = re.findall(r"\w+", message)
    if len(words) <= SHORT_FOLLOW_UP_WORDS or _REFERRING_START.match(message.strip()):
        return True
    return len(words) <= REFERRING_FOLLOW_UP_WORDS and bool(_REFERRING_WORD.search(message))
