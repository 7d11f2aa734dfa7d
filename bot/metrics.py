"""Prometheus metrics for operators at /metrics: counts and timings, never text or addresses.

Under gunicorn every worker writes its figures to files in PROMETHEUS_MULTIPROC_DIR (set by
gunicorn.conf.py) and a scrape adds them up; without that folder the process keeps its own.
"""

from __future__ import annotations

import hmac
import os
import time

from flask import Flask, Response, abort, current_app, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Unauthorized

from .guide_loader import get_loader

# Paths no route matched are counted under one name: a scanner's guesses would be a new series each.
UNMATCHED = "unmatched"

REQUESTS = Counter(
    "cartbot_requests",
    "HTTP requests answered, by route, method and status.",
    ["route", "method", "status"],
)
LATENCY = Histogram(
    "cartbot_request_duration_seconds",
    "Time to answer a request, by route.",
    ["route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
REPLIES = Counter("cartbot_replies", "Chat replies sent, by kind.", ["kind"])
RATE_LIMITED = Counter(
    "cartbot_rate_limited", "Requests refused by the per-client rate limit, by route.", ["route"]
)
# One series per worker (pid) and release: 1 for the release it serves, 0 for one it served.
RELEASE = Gauge(
    "cartbot_index_release",
    "The index release a worker serves (1) or has served (0).",
    ["release"],
    multiprocess_mode="liveall",
)


def _route() -> str:
    return request.url_rule.rule if request.url_rule else UNMATCHED


def _start() -> None:
    g.metrics_started = time.perf_counter()


def _record(response: Response) -> Response:
    route = _route()
    REQUESTS.labels(route, request.method, str(response.status_code)).inc()
    started = g.get("metrics_started")
    if started is not None:
        LATENCY.labels(route).observe(time.perf_counter() - started)
    if response.status_code == 429:
        RATE_LIMITED.labels(route).inc()
    kind = g.get("reply_kind")
    if kind:
        REPLIES.labels(kind).inc()
    _note_release()
    return response


class _Serving:
    """The release this process last reported, so the gauge changes only on a swap."""

    release: str | None = None


def _note_release() -> None:
    guide = get_loader().guide
    release = guide.index.manifest.build_id if guide else None
    if release == _Serving.release:
        return
    if _Serving.release:
        RELEASE.labels(_Serving.release).set(0)
    if release:
        RELEASE.labels(release).set(1)
    _Serving.release = release


def metrics_page() -> Response:
    token = current_app.config["METRICS_TOKEN"]
    if not token:
        abort(404)  # no token set: there are no metrics to read
    given = request.authorization.token if request.authorization else None
    if given is None or not hmac.compare_digest(given.encode(), token.encode()):
        raise Unauthorized(www_authenticate=WWWAuthenticate("bearer"))
    _note_release()
    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    """Time every request from its start: call before the rate limiter hooks in."""
    app.before_request(_start)
    app.after_request(_record)
    app.add_url_rule("/metrics", "metrics", metrics_page)
