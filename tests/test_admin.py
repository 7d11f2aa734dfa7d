"""The read-only /admin page: behind a token, the same figures as the reports."""

import base64
import logging

import pytest

TOKEN = "correct horse battery staple and a long line"


@pytest.fixture
def admin(app, make_app):
    return make_app(ADMIN_TOKEN=TOKEN).test_client()


def basic(password: str, user: str = "maintainer") -> dict:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_without_a_token_setting_there_is_no_admin_page(client):
    assert client.get("/admin").status_code == 404


@pytest.mark.parametrize("headers", [{}, basic("wrong"), {"Authorization": f"Bearer {TOKEN}"}])
def test_the_page_asks_for_the_token(admin, headers):
    response = admin.get("/admin", headers=headers)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == 'Basic realm="CAR-T Guide maintainers"'
    assert "Maintainers" not in response.get_data(as_text=True)


def test_the_page_shows_the_index_gaps_and_feedback_escaped(admin):
    asked = admin.post("/api/chat", json={"message": "Can my dog visit the ward?"})
    assert asked.get_json()["kind"] == "no_answer"
    answered = admin.post("/api/chat", json={"message": "How is CRS <b>treated</b>?"}).get_json()
    body = {"id": answered["id"], "rating": "down", "comment": "<i>vague</i>"}
    assert admin.post("/api/feedback", json=body).status_code == 200
    response = admin.get("/admin", headers=basic(TOKEN))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    page = response.get_data(as_text=True)
    assert "Index in service" in page and "<dd>3</dd>" in page
    assert "latest 2 questions that got no answer or a thumbs-down" in page
    assert "“Can my dog visit the ward?”" in page
    assert "“How is CRS &lt;b&gt;treated&lt;/b&gt;?”" in page
    assert "“&lt;i&gt;vague&lt;/i&gt;”" in page
    assert "<b>treated" not in page and "<i>vague" not in page
    assert '<th scope="row">cytokine-release-syndrome</th><td>0</td><td>1</td>' in page


@pytest.mark.parametrize("token", ["short", "x" * 31])
def test_a_short_token_stops_start_up_with_what_to_do(app, make_app, token):
    expected = f"ADMIN_TOKEN is {len(token)} characters; use at least 32"
    with pytest.raises(ValueError, match=expected):
        make_app(ADMIN_TOKEN=token)


def test_wrong_tokens_are_limited_and_logged_without_the_token_or_address(admin, caplog):
    caplog.set_level(logging.INFO)
    guesser = {"REMOTE_ADDR": "192.0.2.44"}
    for n in range(10):
        response = admin.get("/admin", headers=basic(f"guess-{n}"), environ_base=guesser)
        assert response.status_code == 401
    # The eleventh try is refused whatever it is, the right token included.
    response = admin.get("/admin", headers=basic(TOKEN), environ_base=guesser)
    assert response.status_code == 429
    assert "Retry-After" in response.headers
    # Another client, and the right token, are not held up by the guesser.
    assert admin.get("/admin", headers=basic(TOKEN)).status_code == 200
    warnings = [r.getMessage() for r in caplog.records if "admin: wrong token" in r.getMessage()]
    assert len(warnings) == 10
    assert "guess-" not in caplog.text and "192.0.2.44" not in caplog.text


def test_the_right_token_does_not_count_towards_the_limit(admin):
    for _ in range(12):
        assert admin.get("/admin", headers=basic(TOKEN)).status_code == 200
