"""The curated trial registry: one markdown file per trial, read, checked and filtered (no Flask).

Each file, knowledge/trials/<NCT ID>.md, holds the registry facts in YAML front matter and,
below it, a plain-language summary that maintainers write and an import never touches.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .places import US, country_name, state_name

NCT_ID = re.compile(r"^NCT\d{8}$")
FRESH_DAYS = 365
# Conditions a trial is filed under; the registry's own wording is kept in registry_conditions.
CONDITIONS = {
    "lupus": "Lupus (SLE)",
    "lupus-nephritis": "Lupus nephritis",
    "multiple-sclerosis": "Multiple sclerosis",
    "myasthenia-gravis": "Myasthenia gravis",
    "myositis": "Myositis",
    "systemic-sclerosis": "Systemic sclerosis (scleroderma)",
    "stiff-person-syndrome": "Stiff-person syndrome",
    "nmosd": "Neuromyelitis optica (NMOSD)",
    "anca-vasculitis": "ANCA vasculitis",
    "rheumatoid-arthritis": "Rheumatoid arthritis",
    "sjogrens": "Sjögren's disease",
    "pemphigus": "Pemphigus",
    "cidp": "CIDP",
    "mogad": "MOGAD",
    "autoimmune-encephalitis": "Autoimmune encephalitis",
    "membranous-nephropathy": "Membranous nephropathy",
}
# Asking about lupus includes its kidney form.
NARROWER = {"lupus": ("lupus-nephritis",)}
# ClinicalTrials.gov's overall statuses (API v2), in the order a patient would want them.
STATUSES = {
    "RECRUITING": "Recruiting",
    "NOT_YET_RECRUITING": "Not yet recruiting",
    "ENROLLING_BY_INVITATION": "Enrolling by invitation",
    "ACTIVE_NOT_RECRUITING": "Active, not recruiting",
    "SUSPENDED": "Suspended",
    "COMPLETED": "Completed",
    "TERMINATED": "Terminated",
    "WITHDRAWN": "Withdrawn",
    "UNKNOWN": "Status unknown",
}
PHASES = {
    "EARLY_PHASE1": "Early phase 1",
    "PHASE1": "Phase 1",
    "PHASE2": "Phase 2",
    "PHASE3": "Phase 3",
    "PHASE4": "Phase 4",
    "NA": "No phase",
}
TARGETS = {
    "CD19": "CD19",
    "BCMA": "BCMA",
    "CD19_BCMA": "CD19 and BCMA",
    "OTHER": "Another target",
}
KINDS = {
    "autologous": "Made from your own T cells",
    "donor": "Made from donor cells (off the shelf)",
    "mrna": "mRNA CAR-T made from your own T cells",
    "in-vivo": "Made inside the body (in vivo)",
    "car-nk": "CAR-NK cells from donors",
    "unstated": "The record we read does not say whose cells are used",
}
FILTER_PARAMETERS = ("condition", "country", "state", "status", "phase", "target")
REQUIRED = (
    "nct_id",
    "title",
    "plain_title",
    "conditions",
    "target",
    "kind",
    "phases",
    "status",
    "url",
    "last_verified",
    "verified_from",
)


class TrialError(ValueError):
    """A trial file that cannot be used, naming the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class InvalidFilter(ValueError):
    """A filter value that is not one we know, naming the parameter."""

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        super().__init__(message)


@dataclass(frozen=True)
class Site:
    facility: str
    city: str
    state: str
    country: str
    status: str = ""  # the site's own recruitment status, when the registry gives one

    @property
    def place(self) -> str:
        return ", ".join(p for p in (self.city, self.state, self.country) if p)


@dataclass(frozen=True)
class Verification:
    """Where a trial's facts were read, and the date the record's data shows."""

    url: str
    data_date: str
    facts: str


@dataclass(frozen=True)
class Trial:
    nct_id: str
    title: str
    plain_title: str
    conditions: tuple[str, ...]
    target: str
    kind: str
    phases: tuple[str, ...]
    status: str
    url: str
    last_verified: dt.date
    verified_from: tuple[Verification, ...]
    summary: str
    official_title: str = ""
    registry_conditions: tuple[str, ...] = ()
    sponsor: str = ""
    min_age: str = ""
    max_age: str = ""
    countries: tuple[str, ...] = ()
    sites: tuple[Site, ...] = ()
    last_update_posted: str = ""

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]

    @property
    def phase_label(self) -> str:
        return " / ".join(PHASES[p] for p in self.phases)

    @property
    def condition_labels(self) -> tuple[str, ...]:
        return tuple(CONDITIONS[c] for c in self.conditions)

    @property
    def ages(self) -> str:
        if self.min_age and self.max_age:
            return f"{self.min_age} to {self.max_age}"
        if self.min_age:
            return f"{self.min_age} and older"
        return f"up to {self.max_age}" if self.max_age else "not recorded here"

    @property
    def all_countries(self) -> tuple[str, ...]:
        seen = dict.fromkeys((*self.countries, *(s.country for s in self.sites)))
        return tuple(c for c in seen if c)

    @property
    def is_open(self) -> bool:
        return self.status in ("RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION")


@dataclass(frozen=True)
class TrialFilter:
    condition: str = ""
    country: str = ""
    state: str = ""
    status: str = ""
    phase: str = ""
    target: str = ""
    city: str = ""  # a city named in a chat question; its sites are listed first

    @property
    def is_empty(self) -> bool:
        return not any(
            (self.condition, self.country, self.state, self.status, self.phase, self.target)
        )

    def query(self) -> dict[str, str]:
        """Return the filter as /trials query parameters."""
        values = {
            "condition": self.condition,
            "country": self.country,
            "state": self.state,
            "status": self.status.lower(),
            "phase": self.phase.lower(),
            "target": self.target.lower(),
        }
        return {k: v for k, v in values.items() if v}

    def describe(self) -> str:
        """Say in words what the filter asks for, e.g. "lupus, recruiting, in Texas"."""
        parts = []
        if self.condition:
            parts.append(CONDITIONS[self.condition])
        if self.status:
            parts.append(STATUSES[self.status].lower())
        if self.phase:
            parts.append(PHASES[self.phase].lower())
        if self.target:
            parts.append(f"{TARGETS[self.target]} target")
        place = self.city or self.state or self.country
        if place:
            # "in the United States", "in the United Kingdom", but "in Texas", "in Germany".
            parts.append(f"in the {place}" if place.startswith("United ") else f"in {place}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Match:
    """A trial that passes a filter, with the sites in the place asked about."""

    trial: Trial
    sites: tuple[Site, ...]


@dataclass(frozen=True)
class TrialList:
    """The trials a chat reply shows, and the /trials search that lists all of them."""

    matches: tuple[Match, ...]
    total: int
    search: TrialFilter = field(default_factory=TrialFilter)


def load_trials(directory: Path | str) -> list[Trial]:
    """Read every trial file in a folder, in NCT ID order.

    Raises:
        TrialError: naming the first file that is malformed.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise TrialError(directory, "the trial registry folder does not exist")
    trials = [parse_trial(path) for path in sorted(directory.glob("NCT*.md"))]
    return trials


def parse_trial(path: Path | str) -> Trial:
    path = Path(path)
    front, body = split_trial_file(path, path.read_text(encoding="utf-8"))
    return trial_from_front(path, front, body)


# libyaml's safe loader, where PyYAML was built with it (its wheels are): the same data as
# safe_load in a tenth of the time, at every start.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def split_trial_file(path: Path, text: str) -> tuple[dict, str]:
    """Return a trial file's front matter and the curated summary below it."""
    if not text.startswith("---\n"):
        raise TrialError(path, "the file must start with '---' and YAML front matter")
    end = text.find("\n---\n", 4)
    if end == -1:
        raise TrialError(path, "the front matter is not closed with '---'")
    try:
        front = yaml.load(text[4:end], Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise TrialError(path, f"the front matter is not valid YAML ({exc})") from None
    if not isinstance(front, dict):
        raise TrialError(path, "the front matter must be a mapping of fields")
    return front, text[end + 5 :].strip()


def trial_from_front(path: Path, front: dict, summary: str) -> Trial:
    """Check one trial's fields and return it.

    Raises:
        TrialError: naming the field that is missing or not valid.
    """
    missing = [name for name in REQUIRED if front.get(name) in (None, "", [])]
    if missing:
        raise TrialError(path, f"missing required field(s): {', '.join(missing)}")
    nct_id = str(front["nct_id"])
    if not NCT_ID.match(nct_id):
        raise TrialError(path, f"nct_id {nct_id!r} is not NCT followed by 8 digits")
    if path.suffix == ".md" and path.stem != nct_id:
        raise TrialError(path, f"the file name must be {nct_id}.md")
    if not summary:
        raise TrialError(path, "the plain-language summary below the front matter is empty")
    _one_of(path, "target", front["target"], TARGETS)
    _one_of(path, "kind", front["kind"], KINDS)
    _one_of(path, "status", front["status"], STATUSES)
    for condition in _strings(path, "conditions", front["conditions"]):
        _one_of(path, "conditions", condition, CONDITIONS)
    for phase in _strings(path, "phases", front["phases"]):
        _one_of(path, "phases", phase, PHASES)
    if not isinstance(front["last_verified"], dt.date):
        raise TrialError(path, "last_verified must be a date like 2026-12-01")
    return Trial(
        nct_id=nct_id,
        title=str(front["title"]),
        plain_title=str(front["plain_title"]),
        conditions=_strings(path, "conditions", front["conditions"]),
        target=front["target"],
        kind=front["kind"],
        phases=_strings(path, "phases", front["phases"]),
        status=front["status"],
        url=str(front["url"]),
        last_verified=front["last_verified"],
        verified_from=_verifications(path, front["verified_from"]),
        summary=summary,
        official_title=str(front.get("official_title") or ""),
        registry_conditions=_strings(path, "registry_conditions", front.get("registry_conditions")),
        sponsor=str(front.get("sponsor") or ""),
        min_age=str(front.get("min_age") or ""),
        max_age=str(front.get("max_age") or ""),
        countries=_strings(path, "countries", front.get("countries")),
        sites=_sites(path, front.get("sites")),
        last_update_posted=str(front.get("last_update_posted") or ""),
    )


def _one_of(path: Path, name: str, value: object, allowed: Mapping[str, str]) -> None:
    if value not in allowed:
        raise TrialError(path, f"{name} {value!r} is not one of: {', '.join(allowed)}")


def _strings(path: Path, name: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise TrialError(path, f"{name} must be a list of text values")
    return tuple(value)


def _verifications(path: Path, value: object) -> tuple[Verification, ...]:
    if not isinstance(value, list):
        raise TrialError(path, "verified_from must be a list of {url, data_date, facts}")
    found = []
    for item in value:
        if not isinstance(item, dict) or not item.get("url") or not item.get("facts"):
            raise TrialError(path, "each verified_from entry needs a url and the facts read there")
        found.append(
            Verification(str(item["url"]), str(item.get("data_date") or ""), item["facts"])
        )
    return tuple(found)


def _sites(path: Path, value: object) -> tuple[Site, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise TrialError(path, "sites must be a list of {facility, city, state, country}")
    sites = []
    for item in value:
        if not isinstance(item, dict) or not item.get("city") or not item.get("country"):
            raise TrialError(path, "each site needs at least a city and a country")
        sites.append(
            Site(
                facility=str(item.get("facility") or ""),
                city=str(item["city"]),
                state=str(item.get("state") or ""),
                country=str(item["country"]),
                status=str(item.get("status") or ""),
            )
        )
    return tuple(sites)


def stale_trials(trials: Iterable[Trial], today: dt.date) -> list[str]:
    """Return a line for each trial not checked against its registry record in a year."""
    return [
        f"{t.nct_id}: last verified {t.last_verified}, more than {FRESH_DAYS} days ago"
        for t in trials
        if (today - t.last_verified).days > FRESH_DAYS
    ]


def parse_filter(params: Mapping[str, str]) -> TrialFilter:
    """Read /trials query parameters into a filter.

    Raises:
        InvalidFilter: naming the first parameter whose value is not one we know.
    """
    raw = {k: (params.get(k) or "").strip() for k in FILTER_PARAMETERS}
    condition = raw["condition"].lower()
    if condition and condition not in CONDITIONS:
        raise InvalidFilter(
            "condition", f"Unknown condition {condition!r}. Use one of: {', '.join(CONDITIONS)}."
        )
    country = ""
    if raw["country"]:
        country = country_name(raw["country"]) or ""
        if not country:
            raise InvalidFilter(
                "country", f"Unknown country {raw['country']!r}. Use a name such as Germany."
            )
    state = ""
    if raw["state"]:
        state = state_name(raw["state"]) or ""
        if not state:
            raise InvalidFilter(
                "state", f"Unknown US state {raw['state']!r}. Use a name or code, such as TX."
            )
        if country and country != US:
            raise InvalidFilter("state", "A US state can only go with the country United States.")
    return TrialFilter(
        condition=condition,
        country=country,
        state=state,
        status=_choice("status", raw["status"], STATUSES),
        phase=_choice("phase", raw["phase"], PHASES),
        target=_choice("target", raw["target"], TARGETS),
    )


def _choice(name: str, value: str, allowed: Mapping[str, str]) -> str:
    code = value.upper().replace("-", "_")
    if code and code not in allowed:
        choices = ", ".join(k.lower() for k in allowed)
        raise InvalidFilter(name, f"Unknown {name} {value!r}. Use one of: {choices}.")
    return code


def filter_trials(trials: Iterable[Trial], wanted: TrialFilter) -> list[Match]:
    """Return the trials that pass a filter, open ones first, with the sites in the place."""
    conditions = {wanted.condition, *NARROWER.get(wanted.condition, ())} - {""}
    matches = []
    for trial in trials:
        if conditions and not conditions & set(trial.conditions):
            continue
        if wanted.status and trial.status != wanted.status:
            continue
        if wanted.phase and wanted.phase not in trial.phases:
            continue
        if wanted.target and trial.target != wanted.target:
            continue
        sites = _sites_in(trial, wanted)
        if sites is None:
            continue
        matches.append(Match(trial, sites))
    return sorted(matches, key=_rank)


def _sites_in(trial: Trial, wanted: TrialFilter) -> tuple[Site, ...] | None:
    """The trial's sites in the place asked about; None when it has none there."""
    if wanted.state:
        sites = tuple(s for s in trial.sites if s.country == US and s.state == wanted.state)
        return sites or None
    if wanted.country:
        sites = tuple(s for s in trial.sites if s.country == wanted.country)
        return sites if sites or wanted.country in trial.all_countries else None
    return trial.sites


def _rank(match: Match) -> tuple:
    trial = match.trial
    order = list(STATUSES)
    return (order.index(trial.status), -len(match.sites), trial.nct_id)


def in_city_first(match: Match, city: str) -> Match:
    """Put a match's sites in a named city first."""
    if not city:
        return match
    sites = sorted(match.sites, key=lambda s: s.city.lower() != city.lower())
    return Match(match.trial, tuple(sites))


def find_trial(trials: Iterable[Trial], nct_id: str) -> Trial | None:
    return next((t for t in trials if t.nct_id == nct_id.upper()), None)
