"""What a patient does in the chat, shared by the browser tests."""

from __future__ import annotations

from playwright.sync_api import expect


def ask(chat, question: str) -> None:
    """Type a question into the chat (a page, or the widget's frame) and send it, once the chat
    can send it: Enter pressed before its script ran only made a new line."""
    expect(chat.get_by_role("button", name="Ask", exact=True)).to_be_enabled()
    chat.get_by_label("Your question").fill(question)
    chat.get_by_label("Your question").press("Enter")
