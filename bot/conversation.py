"""Follow-up questions read in the light of the previous user turn."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Conditions patients name; a follow-up that names another swaps it in.
CONDITIONS = re.compile(
    r"\b(multiple sclerosis|ms|lupus|sle|lupus nephritis|stiff[\s-]*person(?: syndrome)?|sps"
    r"|myasthenia(?: gravis)?|mg|myositis|systemic sclerosis|scleroderma|ssc|nmosd|vasculitis"
    r"|leukemia|lymphoma|myeloma|cancer)\b",
    re.IGNORECASE,
)
# Words that carry no topic: a follow-up made only of these ("why?", "tell me more") refers back.
_FUNCTION_WORDS = frozenset(
    """a about after again also am an and any are as at be before being but by can could did do
    does for from had has have how i if in is it its just me more my no not now of on one or our
    so some such tell than that the their them then there these they this those to too use was
    we were what whats when where which who why will with would yes you your""".split()  # noqa: SIM905
)
SHORT_MESSAGE_WORDS = 4


@dataclass(frozen=True)
class Turn:
    role: str  # "user" | "assistant"
    content: str


def context_question(
    message: str, history: list[Turn], known_word: Callable[[str], bool] = lambda _: True
) -> str | None:
    """Return the message completed by the previous user question, or None if there is none.

    Args:
        known_word: whether the knowledge base uses a word. A message whose topic words are
            all unknown ("what's the weather?") is a new, off-topic question, not a follow-up,
            and must not borrow the previous question's topic.
    """
    previous = next((t.content for t in reversed(history) if t.role == "user"), "")
    if not previous:
        return None
    topic_words = [w for w in re.findall(r"\w+", message.lower()) if w not in _FUNCTION_WORDS]
    if topic_words and not any(known_word(w) for w in topic_words):
        return None
    if CONDITIONS.search(message):
        previous = CONDITIONS.sub(" ", previous)
    return " ".join(f"{message} {previous}".split())


def is_short(message: str) -> bool:
    """Whether a message is too short to stand alone ("and for lupus?", "why?")."""
    return len(re.findall(r"\w+", message)) <= SHORT_MESSAGE_WORDS
