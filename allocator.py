"""Allocator settings that glibc and CPython read only as a process starts, set in one place.

glibc's allocator asks for transparent huge pages (madvise) for the memory it takes from the
system: a worker's request then misses the TLB less beside the model's weights (bench.paired,
rounds 28-29: ~6% less CPU a question, every reply byte-identical). glibc reads GLIBC_TUNABLES
only as a process starts, so a process that lacks it starts again, once, with it, before it
loads anything: gunicorn's master (gunicorn.conf.py; the workers fork from it) and `make bench`
(bench.run, so its in-process figures are a worker's). A value already given is kept as it is
(glibc.malloc.hugetlb=0 turns it off); other tunables given keep theirs, this one added.

CPython's own small-object allocator (pymalloc) takes its memory in 1 MiB arenas by mmap, past
glibc and its huge pages: PYTHONMALLOC=malloc hands every Python object to glibc's allocator, so
the objects a request makes land on the same huge-page heap. bench.paired on top of huge pages
(rounds 28-29, busy cores): less CPU a question in 13 of 18 pairs, medians -86 to -540 us by
batch; the PSS of two workers unchanged (220 against 222 MB). It costs the start: +0.16 s of CPU
to a first answer (6 of 6 pairs), paid back after some hundreds of questions a worker. CPython
reads it only as it starts, so it travels with GLIBC_TUNABLES; a value given is kept
(PYTHONMALLOC=pymalloc turns it off).

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


PYTHON_ALLOCATOR = "malloc"
# Every setting this module adds, for a process that must start without them (bench.http_load).
SETTINGS = ("GLIBC_TUNABLES", "PYTHONMALLOC")


def missing_settings(environ: Mapping[str, str]) -> dict[str, str]:
    """The settings a process started with `environ` lacks for a worker's allocator."""
    missing = {}
    tunables = with_huge_pages(environ.get("GLIBC_TUNABLES"))
    if tunables is not None:
        missing["GLIBC_TUNABLES"] = tunables
    if "PYTHONMALLOC" not in environ:
        missing["PYTHONMALLOC"] = PYTHON_ALLOCATOR
    return missing


def start_again_if_missing() -> None:
    """Start this process again, as it was started, with the settings it lacks (Linux only)."""
    missing = missing_settings(os.environ)
    if missing and sys.platform == "linux":
        os.environ.update(missing)
        os.execv(sys.executable, sys.orig_argv)
