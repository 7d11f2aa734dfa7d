"""Forwarded headers count only from TRUSTED_PROXIES proxies; Host names only from TRUSTED_HOSTS."""

import pytest

QUESTION = {"message": "What is CAR-T?"}


def ask_from(client, forwarded_for: str):
    return client.post("/api/chat", json=QUESTION, headers={"X-Forwarded-For": forwarded_for})


@pytest.mark.parametrize(("proxies", "second_client_status"), [(1, 200), (0, 429)])
def test_the_client_address_comes_from_the_proxy_only_when_trusted(
    app, make_app, proxies, second_client_status
):
    client = make_app(TRUSTED_PROXIES=proxies, RATE_LIMIT="1 per minute").test_client()
    assert ask_from(client, "198.51.100.1").status_code == 200
    # Behind a proxy another address is another client; without one the header is forged.
    assert ask_from(client, "198.51.100.2").status_code == second_client_status


def test_a_negative_proxy_count_stops_start_up(app, make_app):
    with pytest.raises(ValueError, match="TRUSTED_PROXIES=-1"):
        make_app(TRUSTED_PROXIES=-1)


def test_only_trusted_host_names_are_answered(app, make_app):
    client = make_app(TRUSTED_HOSTS="guide.example.org").test_client()
    assert client.get("/api/health", headers={"Host": "guide.example.org"}).status_code == 200
    response = client.get("/api/health", headers={"Host": "evil.example"})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_request"
