"""Incremental builds: only text that was never embedded goes through the model."""

import logging
import re

import numpy as np
import pytest

from bot import build as kb_build
from bot import model as packaged_model
from bot.embedder import FakeEmbedder
from bot.embedding_cache import CachedEmbedder, cache_path
from bot.index import build_index, passage_document, passage_heading, section_questions
from bot.knowledge import load_knowledge


def build(knowledge_dir, index_dir, model=None):
    model = model or FakeEmbedder()
    embedder = CachedEmbedder(model, cache_path(index_dir, model.name))
    index = build_index(load_knowledge(knowledge_dir), embedder)
    embedder.save()
    return index, embedder, model


def texts_of(article):
    return {
        text
        for p in article.passages
        for text in (
            passage_document(p),
            passage_heading(p),
            *p.sentences,
            *section_questions(p, article),
        )
    }


def test_a_second_build_embeds_nothing_and_gives_the_same_vectors(knowledge_dir, tmp_path):
    first, cached, model = build(knowledge_dir, tmp_path)
    articles = load_knowledge(knowledge_dir)
    assert len(model.embedded) == cached.embedded == len(set().union(*map(texts_of, articles)))
    second, cached, model = build(knowledge_dir, tmp_path)
    assert model.embedded == [] and cached.embedded == 0
    manifest = first.manifest
    assert cached.reused == manifest.passages * 2 + manifest.sentences + manifest.questions
    assert np.array_equal(first.heading_vectors, second.heading_vectors)
    assert np.array_equal(first.sentence_vectors, second.sentence_vectors)
    assert np.array_equal(first.question_vectors, second.question_vectors)
    uncached = build_index(articles, FakeEmbedder())
    assert np.allclose(uncached.sentence_vectors, second.sentence_vectors)


def test_editing_one_article_embeds_only_its_changed_text(knowledge_dir, tmp_path):
    build(knowledge_dir, tmp_path)
    path = knowledge_dir / "cost-of-car-t.md"
    path.write_text(path.read_text() + "\nPrices change over time and by country.\n")
    _, cached, model = build(knowledge_dir, tmp_path)
    # The last section's document and its new sentence; nothing of the other articles.
    assert set(model.embedded) == {
        text for text in texts_of(load_knowledge(knowledge_dir)[0]) if "Prices change" in text
    }
    assert cached.embedded == 2


def test_vectors_of_another_model_are_not_reused(knowledge_dir, tmp_path):
    build(knowledge_dir, tmp_path)
    _, cached, _ = build(knowledge_dir, tmp_path, FakeEmbedder(name="another-model"))
    assert cached.reused == 0
    names = sorted(p.name for p in (tmp_path / "embeddings").iterdir())
    assert names == ["another-model.npz", "fake-hashing.npz"]


def test_a_new_onnx_export_or_precision_embeds_everything_again(app, tmp_path, monkeypatch):
    # The fake model stands in for the export's vectors: what counts is what the cache keys on.
    onnx = {"EMBEDDER": "onnx", "ONNX_DIR": str(tmp_path / "onnx")}
    config = {**app.config, **onnx}
    sources = kb_build.read_sources(config)
    first = kb_build.build({**config, "ONNX_PRECISION": "int8"}, sources, FakeEmbedder())
    again = kb_build.build({**config, "ONNX_PRECISION": "int8"}, sources, FakeEmbedder())
    assert first.embedded > 0 and again.embedded == 0
    other_precision = kb_build.build({**config, "ONNX_PRECISION": "fp32"}, sources, FakeEmbedder())
    assert other_precision.embedded == first.embedded
    monkeypatch.setattr(packaged_model, "EXPORT_VERSION", packaged_model.EXPORT_VERSION + 1)
    packaged_model.model_key.cache_clear()
    try:
        new_export = kb_build.build({**config, "ONNX_PRECISION": "int8"}, sources, FakeEmbedder())
    finally:
        monkeypatch.undo()
        packaged_model.model_key.cache_clear()
    assert new_export.embedded == first.embedded


def test_vectors_cached_by_an_older_version_are_not_reused(knowledge_dir, tmp_path):
    build(knowledge_dir, tmp_path)
    path = cache_path(tmp_path, "fake-hashing")
    with np.load(path) as data:
        older = {name: data[name] for name in data.files if name != "version"}
    np.savez(path, **older)  # as version 1 wrote it: vectors made in batches
    _, cached, _ = build(knowledge_dir, tmp_path)
    assert cached.reused == 0 and cached.embedded > 0


def test_an_unreadable_cache_means_embedding_everything(knowledge_dir, tmp_path, caplog):
    build(knowledge_dir, tmp_path)
    cache_path(tmp_path, "fake-hashing").write_bytes(b"not a zip file")
    caplog.set_level(logging.WARNING)
    _, cached, _ = build(knowledge_dir, tmp_path)
    assert cached.reused == 0 and cached.embedded > 0
    assert "unreadable" in caplog.text
    _, cached, _ = build(knowledge_dir, tmp_path)
    assert cached.embedded == 0


def test_kb_build_says_how_much_it_embedded(runner, knowledge_dir):
    first = runner.invoke(args=["kb", "build"])
    assert first.exit_code == 0, first.output
    assert re.search(r"\(\d+ texts embedded, \d+ reused\)", first.output)
    path = knowledge_dir / "cytokine-release-syndrome.md"
    path.write_text(path.read_text().replace("CRS", "Cytokine release syndrome", 1))
    again = runner.invoke(args=["kb", "build"])
    embedded, reused = map(
        int, re.search(r"\((\d+) texts embedded, (\d+) reused\)", again.output).groups()
    )
    assert 0 < embedded < 10 < reused


@pytest.mark.parametrize("model", ["all-MiniLM-L6-v2", "org/model v2"])
def test_one_cache_file_per_model_name(tmp_path, model):
    path = cache_path(tmp_path, model)
    assert path.parent == tmp_path / "embeddings"
    assert path.name.endswith(".npz") and "/" not in path.name and " " not in path.name
