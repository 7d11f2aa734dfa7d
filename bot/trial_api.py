"""GET /api/trials: the trial registry, filtered, as JSON; and the trial JSON chat replies use."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, jsonify, request, url_for

from .errors import ApiError
from .guide_loader import get_loader
from .places import COUNTRIES, US_STATES
from .trials import (
    CONDITIONS,
    PHASES,
    STATUSES,
    TARGETS,
    InvalidFilter,
    Match,
    TrialList,
    filter_trials,
    parse_filter,
)

bp = Blueprint("trial_api", __name__, url_prefix="/api")


@bp.get("/trials")
def trials():
    try:
        wanted = parse_filter(request.args)
    except InvalidFilter as exc:
        raise ApiError(400, f"invalid_{exc.parameter}", str(exc)) from None
    matches = filter_trials(get_loader().trials, wanted)
    return jsonify(
        filters=wanted.query(),
        total=len(matches),
        trials=[trial_json(m) for m in matches],
        notice="Trial status changes; confirm with the study team.",
    )


def trial_json(match: Match) -> dict:
    trial = match.trial
    return {
        "nct_id": trial.nct_id,
        "title": trial.plain_title,
        "registry_title": trial.title,
        "conditions": list(trial.condition_labels),
        "phase": trial.phase_label,
        "status": trial.status.lower(),
        "status_label": trial.status_label,
        "target": trial.target.lower(),
        "kind": trial.kind,
        "sponsor": trial.sponsor or None,
        "ages": trial.ages,
        "countries": list(trial.all_countries),
        "sites": [
            {"facility": s.facility, "city": s.city, "state": s.state, "country": s.country}
            for s in match.sites
        ],
        "url": url_for("trial_pages.trial_page", nct_id=trial.nct_id),
        "registry_url": trial.url,
        "last_verified": trial.last_verified.isoformat(),
    }


def trial_list_json(found: TrialList) -> dict:
    """The link to /trials with the search's filters, and how many trials match."""
    query = found.search.query()
    return {
        "url": url_for("trial_pages.trial_list") + (f"?{urlencode(query)}" if query else ""),
        "description": found.search.describe(),
        "total": found.total,
    }


def trial_filter_values() -> dict[str, list[str]]:
    """Return the values each /api/trials filter accepts, as the API documents them."""
    return {
        "condition": list(CONDITIONS),
        "country": list(COUNTRIES),
        "state": [*US_STATES.values(), *US_STATES],
        "status": [code.lower() for code in STATUSES],
        "phase": [code.lower() for code in PHASES],
        "target": [code.lower() for code in TARGETS],
    }
