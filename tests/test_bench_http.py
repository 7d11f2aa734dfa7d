"""bench.http_load: the requests a second the measured CPU a request allows."""

import pytest

from bench.http_load import LoadResult


def load(worker_ms: float, client_ms: float) -> LoadResult:
    return LoadResult(
        connections=8, seconds=15, requests=2670, requests_per_second=178.0, p50_ms=44.1,
        p90_ms=50.0, p99_ms=61.6, max_ms=80.0, errors=0, worker_cpu_ms_per_request=worker_ms,
        worker_busy_share=0.95, worker_queued_share=0.03, client_cpu_ms_per_request=client_ms,
        steal_share=0.0,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("worker_ms", "client_ms", "cores", "ceiling"),
    [
        (10.76, 0.24, 2, 181.8),  # make bench at 6f1e0ea: 178 req/s measured, the cores full
        (6.52, 0.15, 2, 299.9),
        (5.0, 0.0, 1, 200.0),
    ],
)
def test_ceiling_is_the_rate_the_cpu_a_request_allows(worker_ms, client_ms, cores, ceiling):
    assert load(worker_ms, client_ms).ceiling(cores) == pytest.approx(ceiling, abs=0.1)
