"""Update the trial registry from a ClinicalTrials.gov API v2 /studies response (no Flask).

Only registry facts change (titles, status, phases, sponsor, ages, conditions as listed, sites);
the curated fields (plain title, condition keys, target, kind) and the summary are kept.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .trials import NCT_ID, PHASES, STATUSES, split_trial_file, trial_from_front

API_URL = "https://clinicaltrials.gov/api/v2/studies"
# The standard search: CAR-based cell therapies in the autoimmune diseases this guide covers.
STANDARD_QUERY = {
    "query.intr": 'CAR-T OR "CAR T" OR "chimeric antigen receptor" OR CAR-NK',
    "query.cond": (
        'lupus OR "multiple sclerosis" OR "myasthenia gravis" OR myositis OR dermatomyositis'
        ' OR "systemic sclerosis" OR scleroderma OR "stiff person syndrome" OR neuromyelitis'
        ' OR vasculitis OR "rheumatoid arthritis" OR pemphigus'
    ),
    "filter.advanced": "AREA[StudyType]INTERVENTIONAL",
    "pageSize": "100",
}
IMPORT_FACTS = "status, phases, sponsor, ages, conditions, sites (ClinicalTrials.gov API v2)"
FETCH_TIMEOUT_SECONDS = 30
MAX_PAGES = 20


class ImportFileError(ValueError):
    """A response that cannot be imported, naming the file and the problem."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


@dataclass(frozen=True)
class RegistryFacts:
    """One study's facts as ClinicalTrials.gov gives them."""

    nct_id: str
    title: str
    official_title: str
    status: str
    phases: tuple[str, ...] | None  # None: the record gives none, keep ours
    sponsor: str
    min_age: str
    max_age: str
    conditions: tuple[str, ...]
    sites: tuple[dict, ...] | None  # None: the record gives no location list, keep ours
    last_update_posted: str


@dataclass
class ImportReport:
    updated: list[str] = field(default_factory=list)
    status_changes: list[tuple[str, str, str]] = field(default_factory=list)
    new: list[tuple[str, str]] = field(default_factory=list)  # in the response, not curated
    gone: list[str] = field(default_factory=list)  # curated, not in the response

    def lines(self) -> list[str]:
        """Say what changed, one line each, for the maintainer."""
        lines = [f"Updated {len(self.updated)} trial(s) from the registry response."]
        for nct_id, old, new in self.status_changes:
            lines.append(f"Status changed: {nct_id}: {STATUSES[old]} -> {STATUSES[new]}")
        for nct_id, title in self.new:
            lines.append(
                f"New (not in our registry; write a curated file to add it): {nct_id} {title}"
            )
        for nct_id in self.gone:
            lines.append(f"Gone (in our registry, not in this response): {nct_id}")
        return lines


def read_response(path: Path | str) -> list[RegistryFacts]:
    """Read a saved /studies response.

    Raises:
        ImportFileError: when the file is not JSON or not shaped like a v2 response.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ImportFileError(str(path), "no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFileError(str(path), f"not valid JSON ({exc})") from None
    return parse_response(data, str(path))


def parse_response(data: object, source: str) -> list[RegistryFacts]:
    """Return the studies of a /studies response, each checked against the v2 schema."""
    if not isinstance(data, dict) or not isinstance(data.get("studies"), list):
        raise ImportFileError(source, 'expected a JSON object with a "studies" list')
    return [_study_facts(study, n, source) for n, study in enumerate(data["studies"], start=1)]


def _study_facts(study: object, n: int, source: str) -> RegistryFacts:
    def fail(problem: str) -> ImportFileError:
        return ImportFileError(source, f"study {n}: {problem}")

    protocol = study.get("protocolSection") if isinstance(study, dict) else None
    if not isinstance(protocol, dict):
        raise fail("has no protocolSection object")
    ident = _module(protocol, "identificationModule", fail)
    nct_id = ident.get("nctId")
    if not isinstance(nct_id, str) or not NCT_ID.match(nct_id):
        raise fail(f"identificationModule.nctId {nct_id!r} is not NCT followed by 8 digits")
    status_module = _module(protocol, "statusModule", fail)
    status = status_module.get("overallStatus")
    if status not in STATUSES:
        raise fail(f"{nct_id}: statusModule.overallStatus {status!r} is not a known status")
    design = protocol.get("designModule") or {}
    phases = design.get("phases")
    if phases is not None and (
        not isinstance(phases, list) or any(p not in PHASES for p in phases)
    ):
        raise fail(f"{nct_id}: designModule.phases {phases!r} holds an unknown phase")
    eligibility = protocol.get("eligibilityModule") or {}
    sponsor = (protocol.get("sponsorCollaboratorsModule") or {}).get("leadSponsor") or {}
    conditions = (protocol.get("conditionsModule") or {}).get("conditions") or []
    updated = (status_module.get("lastUpdatePostDateStruct") or {}).get("date", "")
    return RegistryFacts(
        nct_id=nct_id,
        title=str(ident.get("briefTitle") or ""),
        official_title=str(ident.get("officialTitle") or ""),
        status=status,
        phases=tuple(phases) if phases else None,
        sponsor=str(sponsor.get("name") or ""),
        min_age=str(eligibility.get("minimumAge") or ""),
        max_age=str(eligibility.get("maximumAge") or ""),
        conditions=tuple(str(c) for c in conditions if c),
        sites=_locations(protocol, nct_id, fail),
        last_update_posted=str(updated),
    )


def _module(protocol: dict, name: str, fail) -> dict:
    module = protocol.get(name)
    if not isinstance(module, dict):
        raise fail(f"has no {name} object")
    return module


def _locations(protocol: dict, nct_id: str, fail) -> tuple[dict, ...] | None:
    locations = (protocol.get("contactsLocationsModule") or {}).get("locations")
    if locations is None:
        return None
    if not isinstance(locations, list) or not all(isinstance(x, dict) for x in locations):
        raise fail(f"{nct_id}: contactsLocationsModule.locations is not a list of objects")
    sites = []
    for location in locations:
        if not location.get("city") or not location.get("country"):
            continue  # a site with no city or country cannot be shown or filtered
        site = {
            "facility": str(location.get("facility") or ""),
            "city": str(location["city"]),
            "state": str(location.get("state") or ""),
            "country": str(location["country"]),
        }
        if location.get("status"):
            site["status"] = str(location["status"])
        sites.append(site)
    return tuple(sites)


def plan_import(
    registry_dir: Path | str, studies: Iterable[RegistryFacts], today: dt.date
) -> tuple[ImportReport, dict[Path, str]]:
    """Work out each registry file's new text and what changed, writing nothing.

    Raises:
        TrialError: when a registry file, or its updated text, is not a valid trial.
    """
    registry_dir = Path(registry_dir)
    by_id = {s.nct_id: s for s in studies}
    report = ImportReport()
    files: dict[Path, str] = {}
    for path in sorted(registry_dir.glob("NCT*.md")):
        front, summary = split_trial_file(path, path.read_text(encoding="utf-8"))
        facts = by_id.pop(str(front.get("nct_id")), None)
        if facts is None:
            report.gone.append(path.stem)
            continue
        old_status = front.get("status")
        front = _updated_front(front, facts, today)
        trial_from_front(path, front, summary)  # the result must still be a valid trial
        files[path] = trial_text(front, summary)
        report.updated.append(facts.nct_id)
        if old_status != facts.status:
            report.status_changes.append((facts.nct_id, old_status, facts.status))
    report.new = [(s.nct_id, s.title) for s in by_id.values()]
    return report, files


def _updated_front(front: dict, facts: RegistryFacts, today: dt.date) -> dict:
    front = dict(front)
    front.update(
        title=facts.title or front.get("title"),
        official_title=facts.official_title,
        status=facts.status,
        sponsor=facts.sponsor,
        min_age=facts.min_age,
        max_age=facts.max_age,
        registry_conditions=list(facts.conditions),
        last_update_posted=facts.last_update_posted,
        last_verified=today,
    )
    if facts.phases is not None:
        front["phases"] = list(facts.phases)
    if facts.sites is not None:
        front["sites"] = [dict(s) for s in facts.sites]
        front["countries"] = sorted(
            {s["country"] for s in facts.sites} | set(front.get("countries") or [])
        )
    earlier = [v for v in front.get("verified_from") or [] if v.get("facts") != IMPORT_FACTS]
    front["verified_from"] = [
        *earlier,
        {
            "url": f"{API_URL}/{facts.nct_id}",
            "data_date": facts.last_update_posted,
            "facts": IMPORT_FACTS,
        },
    ]
    return front


def trial_text(front: dict, summary: str) -> str:
    body = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{body}---\n\n{summary}\n"


def write_files(files: dict[Path, str]) -> None:
    """Write every file or none: all go to temporary files first, then each is swapped in."""
    temporary: dict[Path, Path] = {}
    try:
        for path, text in files.items():
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            temporary[path] = Path(name)
    except OSError:
        for name in temporary.values():
            name.unlink(missing_ok=True)
        raise
    for path, name in temporary.items():
        os.replace(name, path)


def import_response(
    registry_dir: Path | str, studies: list[RegistryFacts], today: dt.date
) -> ImportReport:
    """Update the registry from parsed studies and report what changed."""
    report, files = plan_import(registry_dir, studies, today)
    write_files(files)
    return report


def fetch_studies(known_ids: Iterable[str]) -> list[RegistryFacts]:
    """Ask the live API: the standard search, then any curated trial it did not return.

    Raises:
        ImportFileError: when the API answers with something that is not a v2 response.
        OSError: when the network is not reachable.
    """
    studies = _fetch_all(STANDARD_QUERY)
    missing = sorted(set(known_ids) - {s.nct_id for s in studies})
    if missing:
        studies += _fetch_all({"filter.ids": ",".join(missing), "pageSize": "100"})
    return studies


def _fetch_all(query: dict[str, str]) -> list[RegistryFacts]:
    studies: list[RegistryFacts] = []
    token = ""
    for _ in range(MAX_PAGES):
        params = {**query, **({"pageToken": token} if token else {})}
        url = f"{API_URL}?{urllib.parse.urlencode(params)}"
        with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT_SECONDS) as response:
            data = json.load(response)
        studies += parse_response(data, API_URL)
        token = data.get("nextPageToken") or ""
        if not token:
            break
    return studies
