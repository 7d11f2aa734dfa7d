"""What a patient does in the chat, shared by the browser tests."""

from __future__ import annotations


def ask(chat, question: str) -> None:
    """Type a question into the chat (a page, or the widget's frame) and send it."""
    chat.get_by_label("Your question").fill(question)
    chat.get_by_label("Your question").press("Enter")
