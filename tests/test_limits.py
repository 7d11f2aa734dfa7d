"""Per-client rate limits on /api/chat and /api/feedback, and caps on everything a client sends."""

import logging
import threading
import time

import pytest
from pg_cluster import free_port

from bot.limits import SweptMemoryStorage, client_key, outage

ALICE = {"REMOTE_ADDR": "203.0.113.7"}
BOB = {"REMOTE_ADDR": "198.51.100.23"}


@pytest.fixture
def limited(app, make_app):
    return make_app(RATE_LIMIT="2 per minute;5 per day").test_client()


def ask_as(client, who, message="What is CRS?"):
    return client.post("/api/chat", json={"message": message}, environ_base=who)


def test_a_client_over_the_limit_gets_a_429_in_the_json_error_shape(limited):
    assert ask_as(limited, ALICE).status_code == 200
    assert ask_as(limited, ALICE).status_code == 200
    response = ask_as(limited, ALICE)
    assert response.status_code == 429
    assert response.get_json() == {
        "error": {
            "code": "rate_limited",
            "message": "Too many requests; please wait a moment and try again. If you have"
            " symptoms after CAR-T, do not wait: call your treatment team's 24-hour number, or"
            " 911 in an emergency. If you are thinking of ending your life, call or text 988.",
        },
        "contact": {
            "clinic_name": "",
            "clinic_phone": "",
            "emergency_number": "911",
            "crisis_line": "988",
        },
    }
    assert 0 < int(response.headers["Retry-After"]) <= 60


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("fever of 39.5 and confusion", "urgent"),
        ("I want to kill myself", "urgent"),  # the crisis reply, crisis line first
    ],
)
def test_help_is_never_rate_limited(limited, message, kind):
    for _ in range(3):
        ask_as(limited, ALICE)
    assert ask_as(limited, ALICE).status_code == 429
    reply = ask_as(limited, ALICE, message)
    assert reply.status_code == 200
    assert reply.get_json()["kind"] == kind
    assert ask_as(limited, ALICE, "What is CRS?").status_code == 429


def test_the_flood_limit_stops_everything_and_its_429_names_every_number(app, make_app):
    settings = {
        "FLOOD_LIMIT": "3 per minute",
        "CLINIC_NAME": "Lakeside",
        "CLINIC_PHONE": "555-0100",
    }
    client = make_app(**settings).test_client()
    for _ in range(3):
        assert ask_as(client, ALICE, "I can't breathe").status_code == 200
    response = ask_as(client, ALICE, "I can't breathe")
    assert response.status_code == 429
    body = response.get_json()
    assert body["error"]["code"] == "rate_limited"
    assert "Lakeside, 555-0100" in body["error"]["message"]
    assert "911" in body["error"]["message"] and "988" in body["error"]["message"]
    assert body["contact"] == {
        "clinic_name": "Lakeside",
        "clinic_phone": "555-0100",
        "emergency_number": "911",
        "crisis_line": "988",
    }


def test_limits_are_per_client_and_only_on_questions(limited):
    for _ in range(3):
        ask_as(limited, ALICE)
    assert ask_as(limited, ALICE).status_code == 429
    assert ask_as(limited, BOB).status_code == 200
    assert limited.get("/api/health", environ_base=ALICE).status_code == 200
    assert limited.get("/", environ_base=ALICE).status_code == 200


def test_ratings_have_their_own_limit_in_the_same_429_shape(make_app, app):
    client = make_app(RATE_LIMIT="2 per minute", FEEDBACK_RATE_LIMIT="3 per minute").test_client()
    reply_id = ask_as(client, ALICE).get_json()["id"]
    rate = {"id": reply_id, "rating": "up"}
    for _ in range(3):
        assert client.post("/api/feedback", json=rate, environ_base=ALICE).status_code == 200
    refused = client.post("/api/feedback", json=rate, environ_base=ALICE)
    assert refused.status_code == 429
    assert refused.get_json()["error"]["code"] == "rate_limited"
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    # Ratings spent none of the questions' budget, and Bob's ratings are his own.
    assert ask_as(client, ALICE).status_code == 200
    assert client.post("/api/feedback", json=rate, environ_base=BOB).status_code == 200


def test_the_rate_limit_key_is_not_the_address(app):
    with app.test_request_context(environ_base=ALICE):
        key = client_key()
        assert key == client_key()
    with app.test_request_context(environ_base=BOB):
        assert client_key() != key
    assert "203.0.113.7" not in key and len(key) == 32


def test_instances_sharing_a_secret_share_keys(make_app, app):
    keys = []
    for _ in range(2):
        shared = make_app(CLIENT_KEY_SECRET="s3cret")
        with shared.test_request_context(environ_base=ALICE):
            keys.append(client_key())
    assert keys[0] == keys[1]


def test_a_429_logs_no_address(limited, caplog):
    caplog.set_level(logging.DEBUG)
    for _ in range(3):
        ask_as(limited, ALICE)
    assert any("429" in r.getMessage() for r in caplog.records)
    assert not any("203.0.113.7" in r.getMessage() for r in caplog.records)


def test_a_store_outage_lets_questions_through_and_is_logged_once(
    make_app, app, caplog, monkeypatch
):
    monkeypatch.setattr(outage, "down", False)
    unreachable = f"redis://127.0.0.1:{free_port()}"
    client = make_app(RATELIMIT_STORAGE_URI=unreachable, RATE_LIMIT="1 per day").test_client()
    caplog.set_level(logging.DEBUG)
    for _ in range(3):
        assert ask_as(client, ALICE).status_code == 200
    said = [r.getMessage() for r in caplog.records if r.name.startswith(("bot.limits", "flask"))]
    assert said == [
        "rate-limit store unreachable (ConnectionError): requests are let through without"
        " limits until it answers again"
    ]
    # The next request the limiter can count says the store is back.
    assert ask_as(make_app().test_client(), ALICE).status_code == 200
    assert "rate-limit store answers again: limits apply" in caplog.text


@pytest.mark.parametrize("name", ["RATE_LIMIT", "FLOOD_LIMIT", "FEEDBACK_RATE_LIMIT"])
def test_a_bad_rate_limit_setting_stops_startup_with_a_clear_message(make_app, name):
    with pytest.raises(ValueError, match=f"{name}='lots' is not a rate limit"):
        make_app(**{name: "lots"})


def test_the_storage_setting_reaches_the_limiter(make_app):
    with pytest.raises(Exception, match="nosuch"):
        make_app(RATELIMIT_STORAGE_URI="nosuch://localhost")


@pytest.mark.parametrize(
    ("settings", "body", "status", "code"),
    [
        ({"MAX_MESSAGE_CHARS": 20}, {"message": "x" * 21}, 400, "message_too_long"),
        ({"MAX_MESSAGE_CHARS": 20}, {"message": "x" * 20}, 200, None),
        (
            {"MAX_HISTORY_ITEMS": 2},
            {"message": "hi", "history": [{"role": "user", "content": "a"}] * 3},
            400,
            "history_too_long",
        ),
        (
            {"MAX_MESSAGE_CHARS": 20},
            {"message": "hi", "history": [{"role": "assistant", "content": "x" * 81}]},
            400,
            "invalid_history",
        ),
        (
            {"MAX_MESSAGE_CHARS": 20},
            {"message": "hi", "history": [{"role": "assistant", "content": "x" * 80}]},
            200,
            None,
        ),
        ({"MAX_BODY_BYTES": 100}, {"message": "x" * 120}, 413, "body_too_large"),
    ],
)
def test_every_cap_follows_its_setting(make_app, app, settings, body, status, code):
    client = make_app(**settings).test_client()
    response = client.post("/api/chat", json=body)
    assert response.status_code == status
    if code:
        assert response.get_json()["error"]["code"] == code


def test_counting_a_question_starts_no_thread(limited, monkeypatch):
    started = []
    monkeypatch.setattr(threading.Thread, "start", lambda thread: started.append(thread))
    assert ask_as(limited, ALICE).status_code == 200
    assert ask_as(limited, ALICE).status_code == 200
    assert ask_as(limited, ALICE).status_code == 429
    assert started == []


def test_the_memory_store_sweeps_expired_counts_without_a_thread(monkeypatch):
    store = SweptMemoryStorage()
    store.incr("gone", expiry=0.001)
    store.incr("kept", expiry=60)
    time.sleep(0.01)
    store.next_sweep = 0  # the sweep is due
    monkeypatch.setattr(threading.Thread, "start", lambda thread: pytest.fail("thread started"))
    store.incr("kept", expiry=60)
    assert dict(store.storage) == {"kept": 2}
