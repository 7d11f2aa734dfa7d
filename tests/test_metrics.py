"""/metrics: off by default, behind a token, counts and timings without text or addresses."""

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.guide_loader import EXTENSION

TOKEN = "scrape-s3cret"
ADDRESS = {"REMOTE_ADDR": "203.0.113.9"}
QUESTION = "What is cytokine release syndrome, Zelda Quill asks?"


@pytest.fixture
def test_config(test_config):
    return {**test_config, "METRICS_TOKEN": TOKEN, "RATE_LIMIT": "2 per minute"}


def scrape(client) -> str:
    response = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    assert response.content_type.startswith("text/plain")
    return response.get_data(as_text=True)


def value(text: str, name: str, **labels: str) -> float:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return sample.value
    return 0.0


def test_there_are_no_metrics_without_a_token(make_app):
    client = make_app(METRICS_TOKEN="").test_client()
    assert client.get("/metrics").status_code == 404


@pytest.mark.parametrize("authorization", [None, "Bearer wrong", f"Basic {TOKEN}"])
def test_metrics_need_the_token(client, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    response = client.get("/metrics", headers=headers)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].lower().startswith("bearer")


def test_requests_replies_refusals_and_the_release_are_counted(app, client):
    before = scrape(client)
    for _ in range(3):
        client.post("/api/chat", json={"message": QUESTION}, environ_base=ADDRESS)
    client.get("/no/such/page")
    after = scrape(client)

    def grew(name, **labels):
        return value(after, name, **labels) - value(before, name, **labels)

    chat = {"route": "/api/chat", "method": "POST"}
    assert grew("cartbot_requests_total", status="200", **chat) == 2
    assert grew("cartbot_requests_total", status="429", **chat) == 1
    assert grew("cartbot_rate_limited_total", route="/api/chat") == 1
    assert grew("cartbot_replies_total", kind="answer") == 2
    assert grew("cartbot_requests_total", route="unmatched", status="404") == 1
    assert grew("cartbot_request_duration_seconds_count", route="/api/chat") == 3
    release = app.extensions[EXTENSION].guide.index.manifest.build_id
    assert value(after, "cartbot_index_release", release=release) == 1
    assert "Zelda" not in after and "cytokine" not in after
    assert ADDRESS["REMOTE_ADDR"] not in after
