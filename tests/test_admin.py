"""The read-only /admin page: behind a token, the same figures as the reports."""

import base64

import pytest

from bot import create_app

TOKEN = "correct horse battery staple"


@pytest.fixture
def admin(app, test_config):
    return create_app({**test_config, "ADMIN_TOKEN": TOKEN}).test_client()


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
