"""The OpenAPI document: a valid 3.1 document, and the API keeps to it under generated requests."""

from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from openapi_spec_validator import validate
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig

from bot.reply_kind import ReplyKind

# Generated requests per operation and mode, at most: the two POST operations, each with
# valid and invalid bodies, carry the count (a GET without parameters has one request to send).
EXAMPLES = 300
LEAST_REQUESTS = 1000
# Invalid requests must be refused with one of these; 413 is how an over-long body is refused.
REFUSALS = [400, 413, 415]


@pytest.fixture
def test_config(test_config):
    # Generated requests come from one client: measure the contract, not the limiter.
    return {
        **test_config,
        "RATE_LIMIT": "1000000 per minute",
        "FEEDBACK_RATE_LIMIT": "1000000 per minute",
        "FLOOD_LIMIT": "1000000 per minute",
    }


def test_the_served_document_is_valid_openapi_3_1(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    document = response.get_json()
    validate(document)
    assert document["openapi"] == "3.1.0"


def test_every_public_endpoint_is_documented(app, client):
    documented = {
        (path, method.upper())
        for path, item in client.get("/api/openapi.json").get_json()["paths"].items()
        for method in item
    }
    served = {
        (rule.rule, method)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert served == documented


def test_the_documented_reply_kinds_are_the_ones_replies_have(client):
    schemas = client.get("/api/openapi.json").get_json()["components"]["schemas"]
    assert schemas["Reply"]["properties"]["kind"]["enum"] == list(ReplyKind)


def test_generated_requests_get_no_server_error_and_no_reply_off_the_contract(app, report):
    config = SchemathesisConfig.from_dict(
        {
            "checks": {"negative_data_rejection": {"expected-statuses": REFUSALS}},
            # Every filter value is documented, but not that a US state goes only with the
            # United States: that pair is refused with 400, as the document says it may be.
            "operations": [
                {
                    "include-path": "/api/trials",
                    "checks": {"positive_data_acceptance": {"expected-statuses": ["200", "400"]}},
                }
            ],
        }
    )
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app, config=config)
    statuses: Counter = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    sent = {
        GenerationMode.POSITIVE: sum(
            exercise(operation, GenerationMode.POSITIVE, statuses) for operation in operations
        ),
        # Only a body can be invalid: these operations take no parameters.
        GenerationMode.NEGATIVE: sum(
            exercise(operation, GenerationMode.NEGATIVE, statuses)
            for operation in operations
            if len(operation.body)
        ),
    }
    total = sum(sent.values())
    report(
        f"schemathesis: {total} generated requests ({sent[GenerationMode.POSITIVE]} valid, "
        f"{sent[GenerationMode.NEGATIVE]} invalid), statuses {dict(sorted(statuses.items()))}"
    )
    assert total >= LEAST_REQUESTS
    assert not any(status >= 500 for status in statuses)


def exercise(operation, mode: GenerationMode, statuses: Counter) -> int:
    """Send an operation's generated requests, validating each response; return how many."""
    sent = 0

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def call(case) -> None:
        nonlocal sent
        response = case.call_and_validate()
        sent += 1
        statuses[response.status_code] += 1

    call()
    return sent
