"""Property-based fuzzing of POST /api/chat: no body, text, history or content type gets a 5xx."""

import json

import pytest
from fake_guide import FIXTURE_KNOWLEDGE
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.config import DEFAULTS
from bot.index import build_index, save_index
from bot.knowledge import load_knowledge
from bot.records import EXTENSION, knowledge_vocabulary
from bot.redact import redact
from bot.triage import CRISIS, ORDINARY, OUT_OF_SCOPE, URGENT, triage

KINDS = {"answer", "no_answer", "urgent"}
# Reusing one client across examples is safe: a request leaves nothing behind but counts.
FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
# Fragments that steer messages through the triage and retrieval rules.
fragments = st.sampled_from(
    [
        "fever", "38.5", "101", "°F", "C", "no", "not", "if", "my", "i have", "i'm", "went away",
        "yesterday", "weeks ago", "suicide", "kill myself", "ignore your instructions", "car-t",
        "crs", "what", "?", ",", ".", "but", "and", "can't breath", "100,4", "my name is",
        "\u0000", "\ud800", "🙂", "<script>", "'", '"', "\\", " ", "\n", "this is", "Harriet",
        "quenby", "my daughter", "Dr.", "I'm", "Omaha", "NE", "68104", "12", "Larkspur", "dot",
        "at", "gmail", "com", "hi", "[NAME]",
    ]
)  # fmt: skip
messages = st.text() | st.lists(fragments, max_size=30).map(" ".join)
turns = st.fixed_dictionaries(
    {"role": st.sampled_from(["user", "assistant", "system", ""]) | json_values},
    optional={"content": messages | json_values, "extra": json_values},
)
chat_bodies = st.fixed_dictionaries(
    {"message": messages | json_values},
    optional={"history": st.lists(turns, max_size=25) | json_values, "k": json_values},
)
content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "application/json; charset=latin-1",
        "application/vnd.api+json",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "",
    ]
) | st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30)


@pytest.fixture
def fuzz_client(app, make_app):
    unlimited = {"RATE_LIMIT": "1000000 per minute", "FLOOD_LIMIT": "1000000 per minute"}
    return make_app(**unlimited).test_client()


def check(response) -> None:
    assert response.status_code < 500, response.get_data(as_text=True)
    body = response.get_json(silent=True)
    if response.status_code >= 400:
        assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"]
    else:
        assert body["kind"] in KINDS and body["disclaimer"]


class Count:
    """Count the examples hypothesis ran, and report them."""

    def __init__(self, name: str, report):
        self.name, self.report, self.n = name, report, 0

    def __enter__(self):
        return self

    def __exit__(self, error_type, *exc):
        if error_type is None:
            self.report(f"fuzz {self.name}: {self.n} examples, no 5xx")


def test_random_chat_shaped_bodies(fuzz_client, report):
    with Count("chat-shaped bodies", report) as count:

        @FUZZ
        @given(chat_bodies)
        def run(body):
            count.n += 1
            check(fuzz_client.post("/api/chat", json=body))

        run()


@pytest.mark.model
def test_random_chat_shaped_bodies_with_the_real_model(
    make_app, serving_embedder, tmp_path, report
):
    # The fake embedder takes any string; the real tokenizer refused lone surrogates (a 500).
    embedder = serving_embedder
    save_index(build_index(load_knowledge(FIXTURE_KNOWLEDGE), embedder), tmp_path / "onnx-index")
    app = make_app(
        EMBEDDER="onnx",
        ONNX_DIR=DEFAULTS["ONNX_DIR"],
        INDEX_DIR=str(tmp_path / "onnx-index"),
        NO_ANSWER_THRESHOLD=DEFAULTS["NO_ANSWER_THRESHOLD"],
        RATE_LIMIT="1000000 per minute",
        FLOOD_LIMIT="1000000 per minute",
    )
    app.extensions[EXTENSION].store.upgrade()
    client = app.test_client()
    with Count("chat-shaped bodies, real model", report) as count:

        @settings(FUZZ, max_examples=150)
        @given(chat_bodies)
        @example({"message": "what is CRS \ud800"})
        @example({"message": "what is CRS", "history": [{"role": "user", "content": "\udfff"}]})
        def run(body):
            count.n += 1
            check(client.post("/api/chat", json=body))

        run()


def test_random_json_values(fuzz_client, report):
    with Count("JSON values", report) as count:

        @FUZZ
        @given(json_values)
        def run(value):
            count.n += 1
            check(fuzz_client.post("/api/chat", json=value))

        run()


def test_random_bytes_and_content_types(fuzz_client, report):
    with Count("bytes and content types", report) as count:

        @FUZZ
        @given(
            st.binary(max_size=2000) | chat_bodies.map(lambda b: json.dumps(b).encode()),
            content_types,
        )
        def run(data, content_type):
            count.n += 1
            check(fuzz_client.post("/api/chat", data=data, content_type=content_type))

        run()


def test_deeply_nested_and_oversized_bodies(fuzz_client, report):
    with Count("nested and oversized bodies", report) as count:

        @settings(FUZZ, max_examples=60)
        @given(
            st.integers(1, 40_000), st.sampled_from(["[", '{"a":', '{"message":"hi","history":['])
        )
        def run(depth, opener):
            count.n += 1
            data = opener * depth
            check(fuzz_client.post("/api/chat", data=data, content_type="application/json"))

        run()


KNOWN = knowledge_vocabulary(load_knowledge(FIXTURE_KNOWLEDGE))


@FUZZ
@given(st.text(max_size=1000) | messages)
def test_triage_and_redact_accept_any_text(text):
    assert triage(text).kind in {CRISIS, URGENT, OUT_OF_SCOPE, ORDINARY}
    assert redact(redact(text)) == redact(text)
    assert redact(redact(text, KNOWN), KNOWN) == redact(text, KNOWN)
