"""HTML pages of the trial registry: /trials with filters (a GET form) and one trial's page."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from .guide_loader import get_loader
from .places import US_STATES
from .trials import (
    CONDITIONS,
    KINDS,
    PHASES,
    STATUSES,
    TARGETS,
    InvalidFilter,
    TrialFilter,
    filter_trials,
    find_trial,
    parse_filter,
)

bp = Blueprint("trial_pages", __name__)


@bp.get("/trials")
def trial_list():
    trials = get_loader().trials
    try:
        wanted = parse_filter(request.args)
    except InvalidFilter as exc:
        # The form again, with the problem named, rather than a bare error page.
        page = render_template(
            "trials.html", error=str(exc), wanted=TrialFilter(), matches=[], **_options(trials, "")
        )
        return page, 400
    matches = filter_trials(trials, wanted)
    return render_template(
        "trials.html", error="", wanted=wanted, matches=matches, **_options(trials, wanted.country)
    )


@bp.get("/trials/<nct_id>")
def trial_page(nct_id: str):
    trial = find_trial(get_loader().trials, nct_id)
    if trial is None:
        message = f"There is no trial {nct_id} in our list. See the list of all trials."
        return render_template("error.html", status=404, message=message), 404
    return render_template("trial.html", trial=trial, targets=TARGETS, kinds=KINDS)


def _options(trials, country: str) -> dict:
    # Countries with a trial, and the one asked about even when none has a site there.
    countries = sorted({c for t in trials for c in t.all_countries} | ({country} - {""}))
    return {
        "conditions": CONDITIONS,
        "countries": countries,
        "states": sorted(US_STATES.values()),
        "statuses": STATUSES,
        "phases": PHASES,
        "targets": TARGETS,
        "total": len(trials),
    }
