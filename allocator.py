"""Allocator settings that glibc reads only as a process starts, set in one place.

glibc's allocator asks for transparent huge pages (madvise) for the memory it takes from the
system: a worker's request then misses the TLB less beside the model's weights (bench.paired,
rounds 28-29: ~6% less CPU a question, every reply byte-identical). glibc reads GLIBC_TUNABLES
only as a process starts, so a process that lacks it starts again, once, with it, before it
loads anything: gunicorn's master (gunicorn.conf.py; the workers fork from it) and `make bench`
(bench.run, so its in-process figures are a worker's). A value already given is kept as it is
(glibc.malloc.hugetlb=0 turns it off); other tunables given keep theirs, this one added.

A top-level module, not in bot/: importing bot loads Flask, a cost the process would pay twice.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

HUGE_PAGES = "glibc.malloc.hugetlb=1"


def with_huge_pages(tunables: str | None) -> str | None:
    """GLIBC_TUNABLES with huge pages asked for; None when it already says either way."""
    if tunables and "glibc.malloc.hugetlb=" in tunables:
        return None
    return f"{tunables}:{HUGE_PAGES}" if tunables else HUGE_PAGES


def missing_settings(environ: Mapping[str, str]) -> dict[str, str]:
    """The settings a process started with `environ` lacks for a worker's allocator."""
    tunables = with_huge_pages(environ.get("GLIBC_TUNABLES"))
    return {} if tunables is None else {"GLIBC_TUNABLES": tunables}


def start_again_if_missing() -> None:
    """Start this process again, as it was started, with the settings it lacks (Linux only)."""
    missing = missing_settings(os.environ)
    if missing and sys.platform == "linux":
        os.environ.update(missing)
        os.execv(sys.executable, sys.orig_argv)
