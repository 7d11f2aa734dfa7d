"""The curated trial registry: every file valid and fresh; filters and question reading."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULTS
from bot.places import Place, find_place
from bot.trial_query import asks_about_trials, read_trial_question
from bot.trials import (
    CONDITIONS,
    FRESH_DAYS,
    InvalidFilter,
    TrialError,
    TrialFilter,
    filter_trials,
    load_trials,
    parse_filter,
    stale_trials,
)

REGISTRY = load_trials(DEFAULTS["TRIALS_DIR"])
BY_ID = {t.nct_id: t for t in REGISTRY}


def test_the_registry_holds_at_least_25_trials_across_the_main_conditions():
    assert len(REGISTRY) >= 25
    covered = {c for t in REGISTRY for c in t.conditions}
    for condition in ("lupus", "multiple-sclerosis", "myasthenia-gravis", "myositis"):
        assert condition in covered
    assert "systemic-sclerosis" in covered


@pytest.mark.parametrize("trial", REGISTRY, ids=lambda t: t.nct_id)
def test_each_trial_is_complete_and_was_checked_in_the_last_year(trial):
    assert trial.conditions and set(trial.conditions) <= set(CONDITIONS)
    assert trial.url == f"https://clinicaltrials.gov/study/{trial.nct_id}"
    assert trial.verified_from and all(v.url.startswith("https://") for v in trial.verified_from)
    assert trial.summary and trial.plain_title
    assert (dt.date.today() - trial.last_verified).days <= FRESH_DAYS
    # Nothing is dated in the future: a date we read cannot be later than the day we read it.
    assert trial.last_verified <= dt.date.today()


def test_stale_trials_are_named():
    trial = REGISTRY[0]
    later = trial.last_verified + dt.timedelta(days=FRESH_DAYS + 1)
    assert stale_trials([trial], later) == [
        f"{trial.nct_id}: last verified {trial.last_verified}, more than {FRESH_DAYS} days ago"
    ]
    assert stale_trials([trial], trial.last_verified) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("nct_id: NCT06557265", "nct_id: NCT6557265"), "is not NCT followed by 8 digits"),
        (("status: RECRUITING", "status: OPEN"), "status 'OPEN' is not one of"),
        (("- lupus-nephritis\n", "- kidney-trouble\n"), "conditions 'kidney-trouble'"),
        (("target: CD19\n", ""), "missing required field(s): target"),
        (("last_verified: 2026-12-01", "last_verified: soon"), "last_verified must be a date"),
        ((BY_ID["NCT06557265"].summary, ""), "summary below the front matter is empty"),
    ],
)
def test_a_malformed_trial_file_is_refused_naming_the_file(tmp_path, change, problem):
    text = (Path(DEFAULTS["TRIALS_DIR"]) / "NCT06557265.md").read_text(encoding="utf-8")
    old, new = change
    assert old in text
    (tmp_path / "NCT06557265.md").write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(TrialError, match=r"NCT06557265\.md: ") as raised:
        load_trials(tmp_path)
    assert problem in str(raised.value)


def test_a_file_named_for_another_trial_is_refused(tmp_path):
    shutil.copy(f"{DEFAULTS['TRIALS_DIR']}/NCT06557265.md", tmp_path / "NCT05938725.md")
    with pytest.raises(TrialError, match=r"the file name must be NCT06557265\.md"):
        load_trials(tmp_path)


@pytest.mark.parametrize(
    ("params", "wanted"),
    [
        ({}, TrialFilter()),
        ({"condition": "Lupus", "status": "recruiting"}, TrialFilter("lupus", status="RECRUITING")),
        ({"state": "tx"}, TrialFilter(state="Texas")),
        (
            {"country": "uk", "phase": "phase1"},
            TrialFilter(country="United Kingdom", phase="PHASE1"),
        ),
        (
            {"country": "USA", "state": "New York"},
            TrialFilter(country="United States", state="New York"),
        ),
        ({"target": "cd19_bcma"}, TrialFilter(target="CD19_BCMA")),
        ({"status": "not-yet-recruiting"}, TrialFilter(status="NOT_YET_RECRUITING")),
    ],
)
def test_filter_parameters_are_read(params, wanted):
    assert parse_filter(params) == wanted


@pytest.mark.parametrize(
    ("params", "parameter", "message"),
    [
        ({"condition": "flu"}, "condition", "Unknown condition 'flu'"),
        ({"country": "Atlantis"}, "country", "Unknown country 'Atlantis'"),
        ({"state": "ZZ"}, "state", "Unknown US state 'ZZ'"),
        ({"state": "TX", "country": "Germany"}, "state", "only go with the country United States"),
        ({"status": "open"}, "status", "Unknown status 'open'. Use one of: recruiting"),
        ({"phase": "5"}, "phase", "Unknown phase '5'"),
        ({"target": "cd20"}, "target", "Unknown target 'cd20'"),
    ],
)
def test_bad_filter_values_are_refused_naming_the_parameter(params, parameter, message):
    with pytest.raises(InvalidFilter, match=message) as raised:
        parse_filter(params)
    assert raised.value.parameter == parameter


def ids(matches):
    return [m.trial.nct_id for m in matches]


def test_a_state_filter_keeps_trials_with_a_site_there_and_lists_those_sites():
    matches = filter_trials(REGISTRY, TrialFilter(state="Texas"))
    assert ids(matches) == ["NCT06557265"]
    assert [s.city for s in matches[0].sites] == ["Dallas"]


def test_lupus_includes_lupus_nephritis_and_open_trials_come_first():
    matches = filter_trials(REGISTRY, TrialFilter(condition="lupus"))
    found = {m.trial.nct_id for m in matches}
    assert {"NCT05938725", "NCT06557265", "NCT05798117"} <= found
    statuses = [m.trial.status for m in matches]
    assert statuses.index("RECRUITING") < statuses.index("ACTIVE_NOT_RECRUITING")
    assert statuses == sorted(
        statuses, key=["RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", "UNKNOWN"].index
    )


def test_a_country_filter_uses_sites_and_countries_the_records_name():
    assert "NCT06333483" in ids(filter_trials(REGISTRY, TrialFilter(country="United Kingdom")))
    assert ids(filter_trials(REGISTRY, TrialFilter(country="Germany"))) == []


def test_status_phase_and_target_filters():
    recruiting = filter_trials(REGISTRY, TrialFilter(condition="myositis", status="RECRUITING"))
    assert recruiting and all(m.trial.status == "RECRUITING" for m in recruiting)
    phase3 = filter_trials(REGISTRY, TrialFilter(phase="PHASE3"))
    assert ids(phase3) == ["NCT06799247"]
    assert all(
        m.trial.target == "BCMA" for m in filter_trials(REGISTRY, TrialFilter(target="BCMA"))
    )


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("lupus car t trials in germany", TrialFilter("lupus", country="Germany")),
        (
            "is there a trial for mg in texas",
            TrialFilter("myasthenia-gravis", country="United States", state="Texas"),
        ),
        ("trials recruiting for myositis", TrialFilter("myositis", status="RECRUITING")),
        (
            "how do i find a car t trial near me in texas",
            TrialFilter(country="United States", state="Texas"),
        ),
        (
            "any lupus nephritis studies near Chicago?",
            TrialFilter(
                "lupus-nephritis", country="United States", state="Illinois", city="Chicago"
            ),
        ),
        (
            "what trials are open for MS in NY",
            TrialFilter("multiple-sclerosis", "United States", "New York", status="RECRUITING"),
        ),
        (
            "are there CAR-T trials for scleroderma in the UK",
            TrialFilter("systemic-sclerosis", "United Kingdom"),
        ),
        (
            "Is there a study for stiff person syndrome in CA",
            TrialFilter("stiff-person-syndrome", "United States", "California"),
        ),
        ("how do i search clinicaltrials.gov for car-t trials", TrialFilter()),
        ("is there a car t trial in australia i can join", TrialFilter(country="Australia")),
        # Questions about a trial, or about trials in general, are left to the articles.
        ("did the stiff person trial have serious crs", None),
        ("aurora trial mg how many people", None),
        ("does the trial pay for hotels", None),
        ("who qualifies for a car-t trial, is there an age limit", None),
        ("What does a trial's recruiting status mean?", None),
        ("side effects in the lupus car-t studies", None),
        ("how do clinical trials work", None),
        ("has anyone with myasthenia gravis had car t", None),
    ],
)
def test_trial_searches_are_read_from_questions(question, wanted):
    assert read_trial_question(question) == wanted


@pytest.mark.parametrize(
    ("question", "about_trials"),
    [
        # Who may join, at what age, what it costs, leaving, what the studies found.
        ("who can join a car-t trial for lupus", True),
        ("im 72 can i still join a car t trial", True),
        ("can i join a trial if i have heart failure", True),
        ("is there an age cutoff for these trials, my son is 15", True),
        ("my daughter is 15 with lupus, are there car t trials for kids", True),
        ("will my insurance pay for anything if im in a car t trial", True),
        ("where do i find out what the trial will pay for", True),
        ("if i sign up for the trial can i drop out later", True),
        ("has anyone died in the autoimmune car t trials", True),
        ("has car t worked for anyone with ms, what did the studies find", True),
        ("will car t make me less sharp long term, any studies on thinking", True),
        ("what are they looking for in the novartis 15 year follow up study", True),
        # Asking to find one, whatever else the question says.
        ("where would we even look to find a study that takes teenagers", False),
        ("is there a car t trial in australia i can join", False),
        ("can i join a trial for lupus", False),
        ("any studies on lupus", False),
        ("trials recruiting for myositis", False),
    ],
)
def test_questions_about_trials_in_general_are_told_from_searches(question, about_trials):
    assert asks_about_trials(question) is about_trials


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("in Texas", Place("United States", "Texas")),
        ("in TX", Place("United States", "Texas")),
        ("in tx please", Place("United States", "Texas")),
        ("or me", None),  # lower-case codes that are words are not places
        ("near Boston", Place("United States", "Massachusetts", "Boston")),
        ("in New York", Place("United States", "New York")),
        ("in Deutschland", Place("Germany")),
        ("in the U.S.", Place("United States")),
        ("MS trials", None),  # MS means multiple sclerosis, not Mississippi
    ],
)
def test_places_are_found_in_text(text, place):
    assert find_place(text) == place


@pytest.mark.parametrize(
    ("wanted", "words"),
    [
        (
            TrialFilter("multiple-sclerosis", country="United States"),
            "Multiple sclerosis, in the United States",
        ),
        (
            TrialFilter("lupus", status="RECRUITING", state="Texas"),
            "Lupus (SLE), recruiting, in Texas",
        ),
        (
            TrialFilter(phase="PHASE2", target="CD19_BCMA", country="Germany"),
            "phase 2, CD19 and BCMA target, in Germany",
        ),
    ],
)
def test_a_search_is_described_in_words(wanted, words):
    assert wanted.describe() == words
