"""bench.paired: runs with and without settings take turns, and the summary reads the pairs."""

import argparse

import pytest

import bench.paired
from bench.paired import paired, setting, stages_run, summary


def test_the_side_that_runs_first_alternates_and_each_pair_keeps_its_sides():
    calls = []

    def run(settings, python=None):
        calls.append(dict(settings))
        with_ = bool(settings)
        return {"total": 90.0 if with_ else 100.0, "model": 50.0, "load_average": 1.0}

    results = paired(run, {"GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"}, pairs=3)

    on = {"GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"}
    assert calls == [{}, on, on, {}, {}, on]
    assert [(without["total"], with_["total"]) for without, with_ in results] == [(100, 90)] * 3


def test_the_summary_gives_each_stages_medians_and_each_pairs_change_of_the_total():
    results = [
        ({"total": 100.0, "model": 60.0, "load_average": 1.0}, {"total": 90.0, "model": 50.0}),
        ({"total": 120.0, "model": 70.0, "load_average": 2.0}, {"total": 100.0, "model": 55.0}),
    ]

    lines = summary(results)

    assert lines[1].split() == ["total", "110", "95", "-15"]
    assert lines[2].split() == ["model", "65", "52", "-12"]
    assert lines[-1] == (
        "total's change by pair: -10, -20 us; median -15 us (load average 1.0-2.0)"
    )


def test_each_side_runs_under_its_own_interpreter_whichever_goes_first():
    calls = []

    def run(settings, python=None):
        calls.append((dict(settings), python))
        return {"total": 1.0}

    paired(run, {}, pairs=2, pythons=("/base/python", "/other/python"))

    assert calls == [
        ({}, "/base/python"),
        ({}, "/other/python"),
        ({}, "/other/python"),
        ({}, "/base/python"),
    ]


def test_a_run_starts_the_interpreter_it_is_given(monkeypatch):
    seen = []

    def fake_run(command, env, **_options):
        seen.append(command[0])
        return argparse.Namespace(stdout='{"total": 1.0}\n')

    monkeypatch.setattr(bench.paired.subprocess, "run", fake_run)
    run = stages_run(1)

    run({})
    run({}, "/other/python")

    assert seen == [bench.paired.sys.executable, "/other/python"]


@pytest.mark.parametrize("text", ["GLIBC_TUNABLES", "=1"])
def test_a_setting_must_be_name_equals_value(text):
    with pytest.raises(argparse.ArgumentTypeError):
        setting(text)
    assert setting("A=b=c") == ("A", "b=c")


def test_without_means_without_the_settings_even_when_the_shell_has_them(monkeypatch):
    # `make bench` exports GLIBC_TUNABLES: a "without" run inheriting it would compare it to itself.
    seen = []

    def fake_run(command, env, **_options):
        seen.append(env.get("GLIBC_TUNABLES"))
        return argparse.Namespace(stdout='{"total": 1.0}\n')

    monkeypatch.setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1")
    monkeypatch.setattr(bench.paired.subprocess, "run", fake_run)
    run = stages_run(1, frozenset({"GLIBC_TUNABLES"}))

    run({})
    run({"GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"})

    assert seen == [None, "glibc.malloc.hugetlb=1"]
