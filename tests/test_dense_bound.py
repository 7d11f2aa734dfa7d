import numpy as np
import pytest

from bot import dense_bound
from bot.dense_bound import ROUNDING_MARGIN, DenseBound


@pytest.fixture(scope="module")
def vectors():
    rows = np.random.default_rng(0).standard_normal((1001, 384)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    rows[7] = 0  # a row of zeros has no scale to take
    return rows


def test_every_similarity_is_within_the_stated_error_of_its_estimate(vectors):
    bound = DenseBound(vectors)
    for question in (vectors[3], vectors[500] * 0.5, -vectors[1000], np.zeros(384, np.float32)):
        estimates, norm, error = bound.estimate(question)
        slack = bound.row_errors * norm + bound.row_norms * error + ROUNDING_MARGIN
        products = vectors @ question
        assert (np.abs(products - estimates) <= slack).all()


def test_the_estimates_are_close_enough_to_leave_most_rows_out(vectors):
    estimates, _, error = DenseBound(vectors).estimate(vectors[3])
    assert estimates[3] == pytest.approx(1.0, abs=0.02)
    assert np.median(np.abs(estimates - vectors @ vectors[3])) < 0.01
    assert error < 0.02


def test_a_saved_copy_reads_back_to_the_same_estimates(vectors, tmp_path):
    made = DenseBound(vectors)
    made.save(tmp_path)
    read = DenseBound.load(tmp_path)
    for question in (vectors[3], -vectors[1000] * 0.5):
        estimates, norm, error = read.estimate(question)
        assert np.array_equal(estimates, made.estimate(question)[0])
        assert (norm, error) == made.estimate(question)[1:]
    assert np.array_equal(read.row_errors, made.row_errors)
    assert np.array_equal(read.row_norms, made.row_norms)


def test_no_copy_or_one_of_another_version_is_not_read(vectors, tmp_path, monkeypatch):
    assert DenseBound.load(tmp_path) is None
    monkeypatch.setattr(dense_bound, "VERSION", dense_bound.VERSION + 1)
    DenseBound(vectors).save(tmp_path)
    monkeypatch.undo()
    assert DenseBound.load(tmp_path) is None
