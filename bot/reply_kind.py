"""What a chat reply is: one name per kind, shared by the domain, the store and the API."""

from __future__ import annotations

from enum import StrEnum


class ReplyKind(StrEnum):
    """The kind of a reply; its value is the `kind` the chat API sends and the store keeps."""

    ANSWER = "answer"  # quoted sentences with numbered sources
    NO_ANSWER = "no_answer"  # not covered (or out of scope): who to ask instead
    URGENT = "urgent"  # help now: the team's number, or the crisis line
