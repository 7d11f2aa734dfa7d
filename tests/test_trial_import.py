"""`flask trials import`: registry facts from a ClinicalTrials.gov API v2 response.

tests/fixtures/ctgov/studies.json is shaped like a v2 /studies response and holds three of
our verified trials as we recorded them; the one fictional study (NCT00000000) lives here.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULTS
from bot.trial_import import parse_response
from bot.trials import load_trials, parse_trial

RESPONSE = Path(__file__).parent / "fixtures" / "ctgov" / "studies.json"
FICTIONAL = {
    "protocolSection": {
        "identificationModule": {"nctId": "NCT00000000", "briefTitle": "A fictional test study"},
        "statusModule": {"overallStatus": "RECRUITING"},
    }
}


@pytest.fixture
def registry(tmp_path) -> Path:
    return Path(shutil.copytree(DEFAULTS["TRIALS_DIR"], tmp_path / "trials"))


@pytest.fixture
def trials_app(app, registry):
    app.config["TRIALS_DIR"] = str(registry)
    return app


def run_import(trials_app, *args):
    return trials_app.test_cli_runner().invoke(args=["trials", "import", *map(str, args)])


def set_field(path: Path, field: str, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert f"{field}: {old}\n" in text
    path.write_text(text.replace(f"{field}: {old}\n", f"{field}: {new}\n", 1), encoding="utf-8")


def test_import_reports_status_changes_and_trials_gone_and_keeps_curated_text(trials_app, registry):
    kysa1 = registry / "NCT05938725.md"
    before = parse_trial(kysa1)
    set_field(kysa1, "status", "ACTIVE_NOT_RECRUITING", "RECRUITING")
    set_field(kysa1, "sponsor", "Kyverna Therapeutics", "Someone else")

    result = run_import(trials_app, RESPONSE)

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Updated 3 trial(s) from the registry response."
    assert "Status changed: NCT05938725: Recruiting -> Active, not recruiting" in lines
    assert "Gone (in our registry, not in this response): NCT06451159" in lines
    assert (
        len([line for line in lines if line.startswith("Gone")]) == len(load_trials(registry)) - 3
    )
    after = parse_trial(kysa1)
    assert after.status == "ACTIVE_NOT_RECRUITING"
    assert after.sponsor == "Kyverna Therapeutics"
    assert after.last_verified == dt.date.today()
    # The curated fields and the maintainers' summary are never overwritten.
    assert (after.plain_title, after.summary, after.conditions, after.target, after.kind) == (
        before.plain_title,
        before.summary,
        before.conditions,
        before.target,
        before.kind,
    )
    assert after.sites == before.sites
    assert after.verified_from[-1].url == "https://clinicaltrials.gov/api/v2/studies/NCT05938725"
    assert after.verified_from[-1].data_date == "2025-10-29"
    assert after.verified_from[:-1] == before.verified_from


def test_a_second_import_changes_nothing_more(trials_app, registry):
    run_import(trials_app, RESPONSE)
    first = {p.name: p.read_text() for p in registry.iterdir()}
    result = run_import(trials_app, RESPONSE)
    assert "Status changed" not in result.output
    assert {p.name: p.read_text() for p in registry.iterdir()} == first


def test_sites_from_the_response_replace_ours(trials_app, registry, tmp_path):
    data = json.loads(RESPONSE.read_text())
    nkx019 = data["studies"][1]["protocolSection"]
    assert nkx019["identificationModule"]["nctId"] == "NCT06557265"
    nkx019["contactsLocationsModule"]["locations"] = nkx019["contactsLocationsModule"]["locations"][
        -1:
    ]
    response = tmp_path / "one-site.json"
    response.write_text(json.dumps(data))
    assert run_import(trials_app, response).exit_code == 0
    trial = parse_trial(registry / "NCT06557265.md")
    assert [(s.city, s.state) for s in trial.sites] == [("Dallas", "Texas")]


def test_a_study_not_in_the_registry_is_reported_as_new_and_not_added(
    trials_app, registry, tmp_path
):
    data = json.loads(RESPONSE.read_text())
    data["studies"].append(FICTIONAL)
    response = tmp_path / "with-new.json"
    response.write_text(json.dumps(data))
    result = run_import(trials_app, response)
    assert "New (not in our registry; write a curated file to add it): NCT00000000" in result.output
    assert not (registry / "NCT00000000.md").exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json", "not valid JSON"),
        ("[]", 'expected a JSON object with a "studies" list'),
        ('{"studies": [{}]}', "study 1: has no protocolSection object"),
        (
            '{"studies": [{"protocolSection": {"identificationModule": {"nctId": "NCT1"}}}]}',
            "study 1: identificationModule.nctId 'NCT1' is not NCT followed by 8 digits",
        ),
        (
            json.dumps(
                {
                    "studies": [
                        {
                            "protocolSection": {
                                "identificationModule": {"nctId": "NCT00000000"},
                                "statusModule": {"overallStatus": "OPEN"},
                            }
                        }
                    ]
                }
            ),
            "study 1: NCT00000000: statusModule.overallStatus 'OPEN' is not a known status",
        ),
        (
            json.dumps(
                {
                    "studies": [
                        {
                            "protocolSection": {
                                "identificationModule": {"nctId": "NCT00000000"},
                                "statusModule": {"overallStatus": "RECRUITING"},
                                "designModule": {"phases": ["PHASE9"]},
                            }
                        }
                    ]
                }
            ),
            "study 1: NCT00000000: designModule.phases ['PHASE9'] holds an unknown phase",
        ),
    ],
)
def test_a_malformed_response_is_refused_and_the_registry_is_left_as_it_was(
    trials_app, registry, tmp_path, content, problem
):
    before = {p.name: p.read_bytes() for p in registry.iterdir()}
    response = tmp_path / "bad.json"
    response.write_text(content)
    result = run_import(trials_app, response)
    assert result.exit_code == 1
    assert f"Error: {response}: {problem}" in result.output
    assert "The registry was not changed." in result.output
    assert {p.name: p.read_bytes() for p in registry.iterdir()} == before


def test_a_malformed_study_late_in_the_file_still_changes_nothing(trials_app, registry, tmp_path):
    data = json.loads(RESPONSE.read_text())
    data["studies"].append({"protocolSection": {"identificationModule": {"nctId": "oops"}}})
    response = tmp_path / "late.json"
    response.write_text(json.dumps(data))
    before = {p.name: p.read_bytes() for p in registry.iterdir()}
    result = run_import(trials_app, response)
    assert "study 4: identificationModule.nctId 'oops'" in result.output
    assert {p.name: p.read_bytes() for p in registry.iterdir()} == before


def test_a_missing_file_and_a_missing_argument_are_named(trials_app, tmp_path):
    result = run_import(trials_app, tmp_path / "nowhere.json")
    assert f"{tmp_path / 'nowhere.json'}: no such file" in result.output
    result = trials_app.test_cli_runner().invoke(args=["trials", "import"])
    assert result.exit_code == 2
    assert "Give either FILE (a saved /studies response) or --fetch." in result.output


def test_the_fixture_is_shaped_like_the_v2_schema():
    studies = parse_response(json.loads(RESPONSE.read_text()), "fixture")
    assert [s.nct_id for s in studies] == ["NCT05938725", "NCT06557265", "NCT06799247"]
    assert studies[1].sites[0] == {
        "facility": "Nkarta Investigational Site",
        "city": "Little Rock",
        "state": "Arkansas",
        "country": "United States",
    }


def test_trials_check_passes_on_the_registry_and_names_a_stale_trial(trials_app, registry):
    runner = trials_app.test_cli_runner()
    result = runner.invoke(args=["trials", "check"])
    assert result.exit_code == 0
    assert f"{len(load_trials(registry))} trials OK" in result.output
    set_field(registry / "NCT06557265.md", "last_verified", "2026-12-01", "2024-01-01")
    result = runner.invoke(args=["trials", "check"])
    assert result.exit_code == 1
    assert "NCT06557265: last verified 2024-01-01, more than 365 days ago" in result.output
