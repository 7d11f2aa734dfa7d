import numpy as np
import pytest

from bot.embedder import FakeEmbedder, QueryCache, make_embedder


def test_a_repeated_question_is_encoded_once():
    inner = FakeEmbedder()
    cache = QueryCache(inner, size=8)
    first = cache.encode(["What is CRS?"])
    again = cache.encode(["What is CRS?"])
    assert len(inner.embedded) == 1
    np.testing.assert_array_equal(first, again)
    np.testing.assert_array_equal(first, inner.encode(["What is CRS?"]))


def test_the_cache_is_bounded_and_can_be_turned_off():
    inner = FakeEmbedder()
    cache = QueryCache(inner, size=2)
    for question in ("one", "two", "three", "one"):
        cache.encode([question])
    assert len(inner.embedded) == 4  # "one" was evicted by "three"

    uncached = QueryCache(inner := FakeEmbedder(), size=0)
    uncached.encode(["one"])
    uncached.encode(["one"])
    assert len(inner.embedded) == 2


def test_a_forgotten_question_is_encoded_again():
    inner = FakeEmbedder()
    cache = QueryCache(inner, size=8)
    cache.encode(["What is CRS?"])
    cache.forget()  # bench.turns, before each turn
    cache.encode(["What is CRS?"])
    cache.encode(["What is CRS?"])
    assert inner.embedded == ["What is CRS?"] * 2


def test_batches_pass_through_the_cache():
    inner = FakeEmbedder()
    vectors = QueryCache(inner, size=8).encode(["one", "two", "three"])
    assert vectors.shape == (3, inner.dimension)
    assert len(inner.embedded) == 3


def test_cached_vectors_cannot_be_changed_by_a_caller():
    vector = QueryCache(FakeEmbedder(), size=8).encode(["What is CRS?"])[0]
    with pytest.raises(ValueError):
        vector[0] = 1.0


def test_an_unknown_backend_names_the_choices(tmp_path):
    with pytest.raises(ValueError, match="'onnx', 'sentence-transformers', 'fake'"):
        make_embedder("tensorflow", tmp_path)


def test_without_the_onnx_model_the_api_says_the_index_is_not_ready(app, make_app, tmp_path):
    client = make_app(EMBEDDER="onnx", ONNX_DIR=str(tmp_path / "no-export")).test_client()
    response = client.post("/api/chat", json={"message": "what is crs"})
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "index_missing"
