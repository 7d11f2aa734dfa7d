"""Questions for my care team, and the print view to take to an appointment."""

from __future__ import annotations

import io

import pytest
from chat_page import ask
from playwright.sync_api import expect
from pypdf import PdfReader

pytestmark = pytest.mark.browser

QUESTION = "What is cytokine release syndrome?"
URGENT = "I have a fever of 39 after car-t"
OWN = "Can my sister visit me in hospital?"


def care_list(chat):
    """The folded list of saved questions, unfolded."""
    folded = chat.locator("#care-list")
    if folded.get_attribute("open") is None:
        folded.locator("summary").click()
    return folded


def print_button(chat):
    return chat.get_by_role("button", name="Print for my appointment")


def saved(chat) -> list[str]:
    return care_list(chat).locator(".care-text").all_inner_texts()


def converse_and_save(page) -> None:
    """Ask an urgent question and a covered one, save three questions, one of them our own."""
    ask(page, URGENT)
    expect(page.get_by_role("alert")).to_contain_text("Get help now")
    ask(page, QUESTION)
    answer = page.locator(".message.answer")
    expect(answer).to_contain_text("Cytokine release syndrome (CRS) is body-wide inflammation")
    save = answer.get_by_role("button", name="Save for my care team")
    save.click()
    expect(save).to_have_attribute("aria-pressed", "true")
    suggestion = page.locator(".suggestion-pair").first
    suggested = suggestion.locator(".suggestion").inner_text()
    suggestion.get_by_role("button", name="Save for my care team").click()
    care_list(page).get_by_label("Add your own question").fill(OWN)
    care_list(page).get_by_role("button", name="Add", exact=True).click()
    expect(care_list(page).locator(".care-text")).to_have_text([QUESTION, suggested, OWN])


def open_print_view(page):
    with page.context.expect_page() as opened:
        print_button(page).click()
    summary = opened.value
    expect(summary.locator(".exchange.answer")).to_have_count(1)
    return summary


def test_saved_questions_survive_a_reload_and_can_be_reordered_removed_and_cleared(page, guide):
    page.goto(guide + "/")
    converse_and_save(page)
    suggested = saved(page)[1]
    page.reload()
    expect(care_list(page).locator(".care-text")).to_have_text([QUESTION, suggested, OWN])
    expect(page.locator("#care-list summary")).to_have_text("Questions for my care team (3)")
    expect(
        page.locator(".message.answer").get_by_role("button", name="Save for my care team")
    ).to_have_attribute("aria-pressed", "true")

    care_list(page).get_by_role("button", name=f"Move up: {OWN}").click()
    expect(care_list(page).locator(".care-text")).to_have_text([QUESTION, OWN, suggested])
    expect(care_list(page).get_by_role("button", name=f"Move up: {OWN}")).to_be_focused()
    care_list(page).get_by_role("button", name=f"Move up: {OWN}").press("Enter")
    expect(care_list(page).locator(".care-text")).to_have_text([OWN, QUESTION, suggested])
    care_list(page).get_by_role("button", name=f"Remove: {QUESTION}").click()
    expect(care_list(page).locator(".care-text")).to_have_text([OWN, suggested])
    expect(
        page.locator(".message.answer").get_by_role("button", name="Save for my care team")
    ).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#announcer")).to_contain_text(f"Removed from your questions: {QUESTION}")

    page.get_by_role("button", name="Clear conversation").click()
    expect(page.locator("#care-list")).to_be_hidden()
    page.reload()
    expect(page.locator(".care-item")).to_have_count(0)


def test_the_print_view_shows_every_part_and_prints_to_pdf(page, guide, artifacts):
    page.goto(guide + "/")
    converse_and_save(page)
    questions = saved(page)
    summary = open_print_view(page)
    summary.emulate_media(media="print")
    expect(summary.get_by_role("button", name="Print or save as PDF")).to_be_hidden()
    expect(summary.locator(".site-header")).to_be_hidden()
    expect(summary.locator("#summary-date")).to_have_text(
        summary.evaluate("new Date().toLocaleDateString('en-US', {year: 'numeric', "
                         "month: 'long', day: 'numeric'})")
    )  # fmt: skip
    # Urgent advice first, as it was given, with its numbers.
    first = summary.locator("main section:not([hidden])").first
    expect(first).to_contain_text("Urgent advice the guide gave")
    expect(first).to_contain_text(f"You asked: {URGENT}")
    expect(first).to_contain_text("Emergency services: 911")
    expect(summary.locator(".care-question")).to_have_text(questions)
    expect(summary.locator(".summary-questions .write-line").first).to_be_visible()
    answer = summary.locator(".exchange.answer")
    expect(answer).to_contain_text(f"You asked: {QUESTION}")
    expect(answer).to_contain_text("Cytokine release syndrome (CRS) is body-wide inflammation")
    source = answer.locator(".sources li").first
    expect(source).to_contain_text("Cytokine release syndrome")
    expect(source).to_contain_text("Reviewed November 1, 2026")
    url = f"{guide}/knowledge/cytokine-release-syndrome#"
    expect(source.locator(".source-url")).to_contain_text(url)
    contact = summary.get_by_role("region", name="Who to call")
    expect(contact).to_contain_text("the Riverbend CAR-T team: +1 (555) 010-0200")
    expect(contact).to_contain_text("Suicide and crisis line, any time: 988")
    expect(summary.locator("footer")).to_contain_text("not medical advice")
    summary.screenshot(path=str(artifacts / "print-view.png"), full_page=True)

    for paper in ("A4", "Letter"):
        pdf = summary.pdf(format=paper)
        (artifacts / f"print-view-{paper.lower()}.pdf").write_bytes(pdf)
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        text = " ".join(text.split())
        for question in questions:
            assert question in text, (paper, question)
        assert url in text.replace(" ", "") or url in text, paper
        assert "Urgent advice the guide gave" in text


def test_the_print_view_has_no_third_party_requests_and_sends_nothing(page, guide):
    page.goto(guide + "/")
    converse_and_save(page)
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    summary = open_print_view(page)
    summary.wait_for_load_state("networkidle")
    assert requests and all(url.startswith(guide) for url in requests), requests
    assert not [url for url in requests if "/api/" in url], requests


def test_the_widget_saves_and_prints_in_a_tab_of_the_guide(page, guide):
    page.goto(f"{guide}/demo")
    page.get_by_role("button", name="Ask about CAR-T").click()
    chat = page.frame_locator("iframe[title='Ask about CAR-T: chat']")
    ask(chat, QUESTION)
    chat.locator(".message.answer").get_by_role("button", name="Save for my care team").click()
    expect(care_list(chat).locator(".care-text")).to_have_text([QUESTION])
    with page.context.expect_page() as opened:
        print_button(chat).click()
    summary = opened.value
    expect(summary.locator(".care-question")).to_have_text([QUESTION])
    expect(summary.locator(".exchange.answer")).to_contain_text("body-wide inflammation")
    assert summary.url == f"{guide}/summary"


def test_opened_on_its_own_the_print_view_says_how_to_fill_it(page, guide):
    page.goto(f"{guide}/summary")
    expect(page.get_by_role("status")).to_contain_text("Open this page from the chat")


@pytest.mark.parametrize("view", ["list", "print"])
def test_the_list_and_print_view_have_no_accessibility_violations(
    axe_page, axe_violations, guide, view
):
    axe_page.goto(guide + "/")
    converse_and_save(axe_page)
    page = open_print_view(axe_page) if view == "print" else axe_page
    page.wait_for_load_state("networkidle")
    assert axe_violations(page) == []
