import pytest


def test_chat_answers_with_numbered_sources(ask):
    reply = ask("What is cytokine release syndrome?")  # and checks it is a 200
    assert reply["kind"] == "answer"
    assert reply["id"]
    assert "[1]" in reply["answer"]
    first = reply["sources"][0]
    assert first["n"] == 1
    assert first["url"].startswith("/knowledge/cytokine-release-syndrome#")
    assert first["title"] == "Cytokine release syndrome (CRS)"
    assert first["last_reviewed"] == "2026-11-01"
    assert first["references"][0]["publisher"] == "Blood"
    assert reply["disclaimer"].startswith("This guide is for education only")


def test_answer_sentences_are_quoted_from_articles(ask, knowledge_dir):
    reply = ask("How is CRS treated?")
    corpus = " ".join(" ".join(p.read_text().split()) for p in knowledge_dir.glob("*.md"))
    import re

    sentences = [s.strip() for s in re.split(r"\s*\[\d+\]\s*", reply["answer"]) if s.strip()]
    assert 1 <= len(sentences) <= 4
    for sentence in sentences:
        assert sentence in corpus


def test_unrelated_question_gets_a_kind_no_answer(ask):
    reply = ask("Who won the football game yesterday?")
    assert reply["kind"] == "no_answer"
    assert reply["sources"] == []
    assert "care team" in reply["answer"]
    assert reply["suggestions"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, "missing_message"),
        ({"message": ""}, "empty_message"),
        ({"message": "   \n "}, "empty_message"),
        ({"message": 42}, "invalid_message"),
        ({"message": None}, "invalid_message"),
        ({"message": "x" * 1001}, "message_too_long"),
        ({"message": "hi", "history": "no"}, "invalid_history"),
        ({"message": "hi", "history": [{"role": "robot", "content": "x"}]}, "invalid_history"),
        ({"message": "hi", "history": [{"role": "user", "content": 5}]}, "invalid_history"),
        ({"message": "hi", "history": [{"role": "user", "content": "x"}] * 21}, "history_too_long"),
        (["message"], "invalid_request"),
    ],
)
def test_bad_requests_get_a_specific_json_error(client, body, code):
    response = client.post("/api/chat", json=body)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == code
    assert response.get_json()["error"]["message"]


def test_broken_json_is_a_400(client):
    response = client.post("/api/chat", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.get_json() == {
        "error": {"code": "invalid_json", "message": "The request body is not valid JSON."}
    }


def test_a_body_that_is_not_json_is_a_415(client):
    response = client.post("/api/chat", data="message=hi", content_type="text/plain")
    assert response.status_code == 415
    assert response.get_json()["error"]["code"] == "unsupported_media_type"


def test_an_oversized_body_is_a_413(client):
    response = client.post(
        "/api/chat", data='{"message": "' + "x" * 70_000 + '"}', content_type="application/json"
    )
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "body_too_large"


def test_wrong_method_and_unknown_api_path_use_the_json_shape(client):
    wrong = client.get("/api/chat")
    assert wrong.status_code == 405
    assert wrong.get_json()["error"]["code"] == "method_not_allowed"
    assert "POST" in wrong.headers["Allow"]
    missing = client.get("/api/nothing-here")
    assert missing.status_code == 404
    assert missing.get_json()["error"]["code"] == "not_found"


def test_health_reports_the_index(client):
    health = client.get("/api/health").get_json()
    assert health["status"] == "ok"
    assert health["passages"] == 8
    assert health["model"] == "fake-hashing"
    assert health["index_built"].endswith("+00:00")


def test_without_an_index_the_api_says_so(make_app):
    client = make_app().test_client()
    response = client.post("/api/chat", json={"message": "what is crs"})
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "index_missing"


def test_follow_up_is_read_with_the_previous_question(ask):
    history = [
        {"role": "user", "content": "Can I drive after CAR-T?"},
        {"role": "assistant", "content": "Not for 2 weeks."},
    ]
    reply = ask("what was the old rule?", history)
    assert reply["kind"] == "answer"
    assert reply["sources"][0]["url"].startswith("/knowledge/staying-near-the-center-and-driving")


def test_without_an_index_pages_say_so_in_html_and_the_cli_in_one_line(make_app):
    app = make_app()
    page = app.test_client().get("/knowledge/")
    assert page.status_code == 503
    assert page.mimetype == "text/html"
    assert "not built yet" in page.get_data(as_text=True)
    result = app.test_cli_runner().invoke(args=["kb", "eval"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no index at ")
    assert "Traceback" not in result.output
