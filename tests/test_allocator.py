"""allocator.py: the allocator settings gunicorn's master and `make bench` start again with."""

import os
import subprocess
import sys

import pytest

from allocator import missing_settings
from bot.config import PROJECT_ROOT

HUGE = {"GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"}
MALLOC = {"PYTHONMALLOC": "malloc"}


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ({}, HUGE | MALLOC),
        # Other tunables keep theirs, huge pages added: a bench run with them measures the same.
        (
            {"GLIBC_TUNABLES": "glibc.malloc.arena_max=2"},
            {"GLIBC_TUNABLES": "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"} | MALLOC,
        ),
        ({"GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"}, MALLOC),  # turned off: kept as given
        (HUGE, MALLOC),
        ({"PYTHONMALLOC": "pymalloc"}, HUGE),  # CPython's own allocator, asked for: kept
        (HUGE | MALLOC, {}),
    ],
)
def test_the_settings_a_process_lacks_are_added_to_what_it_was_given(given, missing):
    assert missing_settings(given) == missing


@pytest.mark.skipif(sys.platform != "linux", reason="started again on Linux only")
@pytest.mark.parametrize(
    ("given", "seen"),
    [
        (None, "glibc.malloc.hugetlb=1"),
        ("glibc.malloc.arena_max=2", "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"),
    ],
)
def test_a_process_starts_again_once_with_them_as_it_was_started(given, seen):
    # `python -m bench.run` calls this first: its figures are then taken on a worker's allocator.
    code = (
        "import allocator, os, sys; print('started', flush=True);"
        " allocator.start_again_if_missing(); print(os.environ['GLIBC_TUNABLES'], sys.argv[1:]);"
        " print(os.environ['PYTHONMALLOC'])"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("GLIBC_TUNABLES", "PYTHONMALLOC")}
    if given is not None:
        env["GLIBC_TUNABLES"] = given
    done = subprocess.run(
        [sys.executable, "-c", code, "--seconds", "3"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.splitlines() == [
        "started",
        "started",
        f"{seen} ['--seconds', '3']",
        "malloc",
    ]
