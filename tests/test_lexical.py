"""What `kb build` saves for serving: BM25 weights that score as bm25s does without bm25s,
and the vocabulary redaction keeps."""

import json
import os
import subprocess
import sys

import bm25s
import numpy as np
import pytest
from fake_guide import FIXTURE_KNOWLEDGE

from bot.config import PROJECT_ROOT
from bot.embedder import FakeEmbedder
from bot.index import (
    IndexMissing,
    build_index,
    knowledge_vocabulary,
    lexical_document,
    load_index,
    save_index,
)
from bot.knowledge import load_knowledge
from bot.lexical import LEXICAL_FILE, STOPWORDS, lexical_tokens


@pytest.fixture(scope="module")
def documents():
    articles = load_knowledge(FIXTURE_KNOWLEDGE)
    by_slug = {a.slug: a for a in articles}
    return [lexical_document(p, by_slug[p.slug]) for a in articles for p in a.passages]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("index")
    save_index(build_index(load_knowledge(FIXTURE_KNOWLEDGE), FakeEmbedder()), folder)
    return load_index(folder)


def test_the_stop_words_are_those_bm25s_indexed_with():
    assert frozenset(bm25s.stopwords.STOPWORDS_EN) == STOPWORDS


@pytest.mark.parametrize(
    "query",
    [
        "How is CRS treated?",
        "crs crs fever",  # a word twice counts twice
        "tamoxifen dose for CAR-T cells",  # a word no passage uses
        "what is actemra for",
    ],
)
def test_a_loaded_index_scores_every_passage_as_bm25s(loaded, documents, query):
    reference = bm25s.BM25()
    reference.index(documents, show_progress=False)
    tokens = lexical_tokens(query)
    expected = np.asarray(reference.get_scores(tokens), dtype=np.float32)
    assert np.array_equal(loaded.lexical.scores(tokens), expected)


def test_word_counts_are_those_of_the_passages(loaded, documents):
    assert loaded.lexical.passage_words() == [frozenset(d) for d in documents]
    for token in {"crs", "fever", "tamoxifen", *documents[0]}:
        assert loaded.lexical.frequency(token) == sum(token in d for d in documents)


def test_an_index_of_an_older_format_says_to_rebuild_it(tmp_path):
    save_index(build_index(load_knowledge(FIXTURE_KNOWLEDGE), FakeEmbedder()), tmp_path)
    manifest = tmp_path / "current" / "manifest.json"
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "format": 4}))
    with pytest.raises(IndexMissing, match=r"has format 4.*flask --app wsgi kb build"):
        load_index(tmp_path)


def test_the_saved_vocabulary_is_the_articles_words(loaded):
    # Redaction keeps the knowledge base's words in stored questions; `kb build` saves them.
    assert loaded.vocabulary == knowledge_vocabulary(load_knowledge(FIXTURE_KNOWLEDGE))
    assert "cytokine" in loaded.vocabulary.words


def test_two_processes_save_the_same_weights(tmp_path):
    # bm25s numbers words in set order, which each process's string hashing changes.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from fake_guide import FIXTURE_KNOWLEDGE\n"
        "from bot.index import lexical_document\n"
        "from bot.knowledge import load_knowledge\n"
        "from bot.lexical import build_lexical\n"
        "articles = load_knowledge(FIXTURE_KNOWLEDGE)\n"
        "by_slug = {a.slug: a for a in articles}\n"
        "docs = [lexical_document(p, by_slug[p.slug]) for a in articles for p in a.passages]\n"
        "build_lexical(docs).save(Path(sys.argv[1]))\n"
    )
    saved = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        folder.mkdir()
        environment = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": "tests"}
        command = [sys.executable, "-c", script, str(folder)]
        subprocess.run(command, cwd=PROJECT_ROOT, env=environment, check=True, timeout=120)
        saved.append((folder / LEXICAL_FILE).read_bytes())
    assert saved[0] == saved[1]
