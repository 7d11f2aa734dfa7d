import numpy as np
import pytest
from fake_guide import FIXTURE_KNOWLEDGE

from bot.dense_rows import DenseRows
from bot.embedder import FakeEmbedder
from bot.index import build_index, load_index, load_stacked, save_index, stack_vectors
from bot.knowledge import load_knowledge
from bot.retrieval import Retriever


@pytest.fixture(scope="module")
def index():
    return build_index(load_knowledge(FIXTURE_KNOWLEDGE), FakeEmbedder())


def every_row(index, query):
    """Each passage's four similarities from the product of every row of each set."""
    retriever = Retriever(index, FakeEmbedder())
    products = tuple(vectors @ query for vectors in index.vector_sets)
    return retriever._best_per_passage(products)


def test_stacked_sets_are_views_from_a_multiple_of_4_rows():
    sets = [np.random.default_rng(n).random((rows, 8), dtype=np.float32) for n, rows in
            enumerate((7, 4, 0, 5))]  # fmt: skip
    stacked, starts, views = stack_vectors(sets)
    assert starts == (0, 8, 12, 12) and len(stacked) == 20
    for start, vectors, view in zip(starts, sets, views, strict=True):
        assert view.base is stacked
        assert not len(view) or view.ctypes.data == stacked[start:].ctypes.data
        assert view.shape == vectors.shape and (view == vectors).all()


def test_gathered_in_one_take_as_every_row_of_each_set_gives_them_to_the_bit(index):
    rows = DenseRows(
        index.stacked_starts,
        tuple(len(v) for v in index.vector_sets),
        index.sentence_bounds,
        index.question_bounds,
    )
    count = len(index.passages)
    # The short block at the end of a set is read too.
    assert rows.short.any() and [len(v) % 4 for v in index.vector_sets] != [0] * 4
    generator = np.random.default_rng(7)
    queries = index.sentence_vectors[generator.choice(len(index.sentence_vectors), 12)]
    for query in queries:
        full = every_row(index, query)
        for size in sorted({min(size, count) for size in (1, 2, 3, 5, count)}):
            positions = np.sort(generator.choice(count, size, replace=False))
            found = rows.similarities(index.stacked_vectors, positions, query)
            for got, want in zip(found, full, strict=True):
                assert got.dtype == want.dtype
                assert np.array_equal(got.view(np.uint32), want[positions].view(np.uint32))


def test_a_saved_index_reads_its_vectors_into_the_stacked_matrix(index, tmp_path):
    save_index(index, tmp_path)
    loaded = load_index(tmp_path)
    assert loaded.stacked_starts == index.stacked_starts
    assert loaded.stacked_vectors.tobytes() == index.stacked_vectors.tobytes()
    for view, vectors in zip(loaded.vector_sets, index.vector_sets, strict=True):
        assert view.base is loaded.stacked_vectors and (view == vectors).all()


def test_vector_files_it_cannot_read_in_place_are_read_as_np_load_reads_them(tmp_path):
    # A Fortran-ordered file (or another width, dtype or format version) takes the copy.
    sets = [np.arange(12, dtype=np.float32).reshape(3, 4), np.ones((2, 4), np.float32)]
    paths = [tmp_path / "a.npy", tmp_path / "b.npy"]
    np.save(paths[0], np.asfortranarray(sets[0]))
    np.save(paths[1], sets[1])
    stacked, starts, views = load_stacked(paths)
    assert starts == (0, 4)
    for view, vectors in zip(views, sets, strict=True):
        assert view.base is stacked and (view == vectors).all()
