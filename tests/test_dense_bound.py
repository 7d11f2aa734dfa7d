import numpy as np
import pytest

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
