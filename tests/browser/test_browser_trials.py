"""Trial searches in the chat and the /trials pages, in a real browser."""

from __future__ import annotations

import pytest
from chat_page import ask
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

QUESTION = "is there a lupus nephritis trial in texas"


def test_a_trial_search_shows_cards_with_the_notice_and_a_link_to_the_list(page, trial_guide):
    page.goto(trial_guide)
    ask(page, QUESTION)
    reply = page.locator(".message.answer")
    trials = reply.locator(".trials-reply")
    expect(
        trials.get_by_role("heading", name="Trials in our list for Lupus nephritis, in Texas")
    ).to_be_visible()
    card = trials.locator(".trial-card")
    expect(card).to_have_count(1)
    expect(card).to_contain_text("Recruiting · Phase 1 / Phase 2 · NCT06557265")
    expect(card).to_contain_text("Sites: Dallas, Texas, United States.")
    expect(card).to_contain_text("Last checked December 1, 2026")
    expect(trials).to_contain_text("Trial status changes; confirm with the study team.")
    expect(reply.locator(".sources li").first).to_contain_text("Finding a CAR-T clinical trial")

    link = trials.get_by_role("link", name="See all 1 matching trials")
    expect(link).to_have_attribute("target", "_blank")
    with page.context.expect_page() as opened:
        link.click()
    listing = opened.value
    listing.wait_for_load_state()
    expect(
        listing.get_by_role("heading", name="1 trial matches Lupus nephritis, in Texas")
    ).to_be_visible()
    expect(listing.get_by_label("US state")).to_have_value("Texas")


def test_no_match_says_so_and_links_every_trial(page, trial_guide):
    page.goto(trial_guide)
    ask(page, "lupus car t trials in germany")
    trials = page.locator(".message.answer .trials-reply")
    expect(
        trials.get_by_role("heading", name="No trial in our list matches Lupus (SLE), in Germany")
    )
    expect(trials.get_by_role("link", name="See all trials in our list")).to_have_attribute(
        "href", "/trials"
    )


def test_the_filters_work_without_javascript(new_context, trial_guide):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{trial_guide}/trials")
    page.get_by_label("Condition").select_option("Myasthenia gravis")
    page.get_by_label("Status").select_option("Recruiting")
    page.get_by_role("button", name="Show trials").click()
    assert "condition=myasthenia-gravis" in page.url and "status=recruiting" in page.url
    expect(page.locator(".trial-card").first).to_contain_text("Recruiting")


@pytest.mark.parametrize(
    "path",
    [
        "/trials",
        "/trials?condition=lupus&country=Germany",
        "/trials?status=open",
        "/trials/NCT06557265",
        "/",
    ],
)
def test_trial_pages_and_the_answered_chat_have_no_accessibility_violations(
    axe_page, axe_violations, trial_guide, path
):
    page = axe_page
    page.goto(trial_guide + path)
    if path == "/":
        ask(page, QUESTION)
        expect(page.locator(".trials-reply .trial-card")).to_be_visible()
    else:
        page.wait_for_load_state("networkidle")
    assert axe_violations(page) == []
