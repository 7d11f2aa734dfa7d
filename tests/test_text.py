"""Text from clients is cleaned at the API boundary: what the tokenizer, store and terminal get."""

import io
import json

import pytest
from sqlalchemy import select

from bot.records import EXTENSION
from bot.store import REPLIES
from bot.text import clean_text, is_blank


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("nul\x00 and bell\x07", "nul and bell"),
        ("\x1b[2J\x1b]0;title\x07clear screen", "[2J]0;titleclear screen"),
        ("zero\u200bwidth\ufeff and \u202eoverride", "zerowidth and override"),
        ("tab\tand\nnewline kept", "tab\tand\nnewline kept"),
        ("👨\u200d👩\u200d👧 and می\u200cخواهم", "👨\u200d👩\u200d👧 and می\u200cخواهم"),
    ],
)
def test_clean_text(text, cleaned):
    assert clean_text(text) == cleaned


def test_of_ascii_only_printable_characters_tabs_and_newlines_are_kept():
    # A message of printable ASCII alone is returned as it is, unread: none of it is dropped.
    ascii_ = "".join(map(chr, range(128)))
    kept = "".join(c for c in ascii_ if c.isprintable() or c in "\t\n\r")
    assert clean_text(ascii_) == kept
    assert clean_text("How long is the hospital stay?") == "How long is the hospital stay?"


@pytest.mark.parametrize(
    ("text", "blank"),
    [("  \n\t", True), ("\u200c \u200d", True), (" a ", False), ("\u200ca", False)],
)
def test_only_spaces_and_joiners_are_blank(text, blank):
    assert is_blank(text) is blank


@pytest.mark.parametrize("text", ["\u200b\u200b", "\x00\x00", " \u200d\n", "\ufeff", ""])
def test_invisible_text_is_blank(text):
    assert is_blank(clean_text(text))


@pytest.mark.parametrize("message", ["\u200b\u200b\u200b", "\x00", "\x00 \u200b\ufeff\x1b"])
def test_a_message_of_only_invisible_characters_is_empty(client, message):
    response = client.post("/api/chat", json={"message": message})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "empty_message"


def test_a_lone_surrogate_is_answered_and_stored_as_a_replacement_character(app, client):
    history = [{"role": "user", "content": "what is \ud83d"}]
    response = client.post(
        "/api/chat", json={"message": "Can my dog visit the ward \udfff?", "history": history}
    )
    assert response.status_code == 200
    reply = response.get_json()
    response = client.post(
        "/api/feedback", json={"id": reply["id"], "rating": "down", "comment": "bad \x1b[31m\ud800"}
    )
    assert response.status_code == 200
    with app.extensions[EXTENSION].store.engine.connect() as connection:
        row = connection.execute(select(REPLIES)).one()
    assert (row.question, row.comment) == ("Can my dog visit the ward \ufffd?", "bad [31m\ufffd")


def test_a_comment_of_only_invisible_characters_is_no_comment(app, client):
    reply = client.post("/api/chat", json={"message": "Can my dog visit the ward?"}).get_json()
    response = client.post(
        "/api/feedback", json={"id": reply["id"], "rating": "down", "comment": "\u200b\x00"}
    )
    assert response.status_code == 200
    with app.extensions[EXTENSION].store.engine.connect() as connection:
        assert connection.execute(select(REPLIES.c.comment)).scalar_one() is None


@pytest.mark.parametrize("size", [100_000, 64 * 1024])
def test_a_chunked_body_over_the_limit_is_413_like_any_other(client, size):
    body = json.dumps({"message": "x" * size}).encode()
    response = client.post(
        "/api/chat",
        input_stream=io.BytesIO(body),
        content_type="application/json",
        headers={"Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "body_too_large"


def test_a_chunked_body_within_the_limit_is_answered(client):
    response = client.post(
        "/api/chat",
        input_stream=io.BytesIO(json.dumps({"message": "What is CRS?"}).encode()),
        content_type="application/json",
        headers={"Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert response.status_code == 200
