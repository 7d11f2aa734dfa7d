"""The chat page and the clinic widget, as a patient uses them in a real browser."""

from __future__ import annotations

import re

import pytest
from chat_page import ask
from playwright.sync_api import expect

from bot.colours import contrast_with_white, parse_hex, readable_accent

pytestmark = pytest.mark.browser

TITLE = "Ask about CAR-T"
QUESTION = "What is cytokine release syndrome?"


def launcher(page):
    return page.get_by_role("button", name=TITLE)


def panel_frame(page):
    return page.frame_locator(f"iframe[title='{TITLE}: chat']")


def open_widget(page):
    launcher(page).click()
    frame = panel_frame(page)
    expect(frame.get_by_label("Your question")).to_be_focused()
    return frame


def csp_refusals(errors: list[str]) -> list[str]:
    return [e for e in errors if "Content Security Policy" in e]


def rgb(hex_colour: str) -> str:
    return "rgb({}, {}, {})".format(*parse_hex(hex_colour))


def test_a_patient_asks_on_the_clinic_page_opens_a_source_and_keeps_the_conversation(
    page, context, console_errors, guide
):
    page.goto(f"{guide}/demo")
    expect(launcher(page)).to_have_attribute("aria-expanded", "false")
    chat = open_widget(page)
    expect(launcher(page)).to_have_attribute("aria-expanded", "true")
    expect(chat.get_by_text("I answer questions about CAR-T cell therapy")).to_be_visible()
    expect(chat.get_by_role("button", name="What is CAR-T cell therapy?")).to_be_visible()

    ask(chat, QUESTION)
    answer = chat.locator(".message.answer")
    expect(answer).to_contain_text("Cytokine release syndrome (CRS) is body-wide inflammation")
    expect(answer.get_by_role("link", name="source 1").first).to_have_attribute(
        "href", re.compile(r"^#source-")
    )
    source = answer.get_by_role("link", name=re.compile(r"^Cytokine release syndrome")).first
    expect(source).to_have_attribute("target", "_blank")
    expect(answer.locator(".sources li").first).to_contain_text(
        "Section: What is cytokine release syndrome?"
    )
    expect(answer.locator(".sources li").first).to_contain_text("Reviewed November 1, 2026")
    expect(chat.locator("#announcer")).to_contain_text("The guide answered: Cytokine release")

    with context.expect_page() as opened:
        source.click()
    article = opened.value
    article.wait_for_load_state()
    assert article.url.startswith(f"{guide}/knowledge/cytokine-release-syndrome#")
    anchor = article.url.split("#")[1].split(":~:")[0]  # the quote is a text fragment after it
    expect(article.locator(f"[id='{anchor}']")).to_have_text("What is cytokine release syndrome?")
    article.close()

    page.reload()
    chat = open_widget(page)
    expect(chat.locator(".message.user")).to_have_text(f"You asked{QUESTION}")
    expect(chat.locator(".message.answer")).to_contain_text("body-wide inflammation")

    chat.get_by_role("button", name="Clear conversation").click()
    expect(chat.locator(".message")).to_have_count(0)
    expect(chat.get_by_text("I answer questions about CAR-T cell therapy")).to_be_visible()
    expect(chat.get_by_role("button", name="What is CAR-T cell therapy?")).to_be_visible()
    expect(chat.get_by_label("Your question")).to_be_focused()
    page.reload()
    chat = open_widget(page)
    expect(chat.locator(".message.user")).to_have_count(0)
    assert csp_refusals(console_errors) == []


def test_the_whole_flow_works_with_the_keyboard_alone(page, guide):
    page.goto(f"{guide}/demo")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.shadowRoot?.activeElement?.className"):
            break
    expect(launcher(page)).to_be_focused()
    page.keyboard.press("Enter")
    chat = panel_frame(page)
    expect(chat.get_by_label("Your question")).to_be_focused()

    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    expect(chat.locator(".message.answer")).to_contain_text("body-wide inflammation")
    expect(chat.get_by_label("Your question")).to_be_focused()

    # Back from the question box to a suggested question, asked with Enter.
    for _ in range(10):
        page.keyboard.press("Shift+Tab")
        if chat.locator(".suggestion:focus").count():
            break
    asked = chat.locator(".suggestion:focus").inner_text()
    page.keyboard.press("Enter")
    expect(chat.locator(".message.user").last).to_contain_text(asked)
    expect(chat.locator(".message.assistant")).to_have_count(2)

    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(launcher(page)).to_be_focused()
    expect(launcher(page)).to_have_attribute("aria-expanded", "false")

    # Back in, and out again through the panel's own Close button, at the top of the panel.
    page.keyboard.press("Enter")
    expect(chat.get_by_label("Your question")).to_be_focused()
    close = page.get_by_role("button", name="Close the chat")
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("document.activeElement.shadowRoot?.activeElement?.className") == "close":
            break
    expect(close).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(launcher(page)).to_be_focused()


@pytest.mark.parametrize("path", ["/", "/embed"])
def test_an_urgent_reply_stands_out_with_phone_links(page, guide, path):
    page.goto(guide + path)
    ask(page, "I have a fever of 39 after car-t")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Get help now")
    expect(alert).to_contain_text("wallet card")
    expect(alert.get_by_role("link", name="+1 (555) 010-0200")).to_have_attribute(
        "href", "tel:+15550100200"
    )
    expect(alert.get_by_role("link", name="911")).to_have_attribute("href", "tel:911")
    expect(alert.get_by_role("link", name="988")).to_have_attribute("href", "tel:988")
    expect(alert).to_contain_text("Call the Riverbend CAR-T team:")
    # Announced by the alert itself, not a second time by the polite region.
    expect(page.locator("#announcer")).to_have_text("")


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (
            {"status": 429, "headers": {"Retry-After": "30"}, "json": {"error": {}}},
            "You are sending questions quickly. Please wait 30 seconds, then try again.",
        ),
        (
            {"status": 400, "json": {"error": {"code": "x", "message": "Please keep it short."}}},
            "Please keep it short.",
        ),
        ({"status": 503, "body": "Service Unavailable"}, "The guide is not working right now."),
        ({"status": 200, "body": "<html>a proxy page</html>"}, "could not read"),
        (None, "We could not reach the guide. Check your internet connection"),
    ],
    ids=["rate-limited", "bad-message", "server-down", "not-json", "unreachable"],
)
def test_a_failed_question_says_why_and_loses_nothing(page, guide, reply, message):
    def answer(route):
        if reply is None:
            route.abort("connectionrefused")
        else:
            route.fulfill(**reply)

    page.route("**/api/chat", answer)
    page.goto(guide + "/")
    ask(page, QUESTION)
    expect(page.get_by_role("status")).to_contain_text(message)
    expect(page.get_by_label("Your question")).to_have_value(QUESTION)
    expect(page.get_by_label("Your question")).to_be_focused()
    expect(page.locator(".message")).to_have_count(0)
    expect(page.get_by_role("button", name="Ask")).to_be_enabled()
    # Numbers to call show with every failure but a message the guide refused.
    expect(page.locator("#help-numbers")).to_be_visible(
        visible=reply is None or reply["status"] != 400
    )


@pytest.mark.parametrize("path", ["/", "/embed"])
@pytest.mark.parametrize(
    "reply",
    [
        # The guide's own 429 names the numbers; so does the page when there is no reply at all.
        {
            "status": 429,
            "headers": {"Retry-After": "30"},
            "json": {
                "error": {"code": "rate_limited", "message": "Too many requests."},
                "contact": {"emergency_number": "112", "crisis_line": "988"},
            },
        },
        None,
    ],
    ids=["rate-limited", "offline"],
)
def test_when_the_guide_cannot_answer_the_emergency_crisis_and_clinic_numbers_show(
    page, guide, path, reply
):
    def answer(route):
        if reply:
            route.fulfill(**reply)
        else:
            route.abort("internetdisconnected")

    page.route("**/api/chat", answer)
    page.goto(guide + path)
    ask(page, "my husband is throwing up blood")
    numbers = page.locator("#help-numbers")
    expect(numbers).to_contain_text("do not wait for the guide")
    expect(numbers.get_by_role("link", name="+1 (555) 010-0200")).to_have_attribute(
        "href", "tel:+15550100200"
    )
    expect(numbers).to_contain_text("Call the Riverbend CAR-T team:")
    emergency = "112" if reply else "911"  # the 429's own contact wins over the page's
    expect(numbers.get_by_role("link", name=emergency)).to_have_attribute(
        "href", f"tel:{emergency}"
    )
    expect(numbers.get_by_role("link", name="988")).to_have_attribute("href", "tel:988")
    page.unroute("**/api/chat")
    ask(page, QUESTION)
    expect(page.locator(".message.answer")).to_contain_text("body-wide inflammation")
    expect(numbers).to_be_hidden()


def test_a_patient_rates_an_answer_and_the_rating_is_kept(page, guide):
    page.goto(guide + "/")
    ask(page, QUESTION)
    rating = page.locator(".message.answer").get_by_role("group", name="Was this helpful?")
    rating.get_by_role("button", name="No").click()
    expect(rating.get_by_role("status")).to_have_text(
        "Thank you. Your rating helps us improve the guide."
    )
    expect(rating.get_by_role("button", name="No")).to_have_attribute("aria-pressed", "true")
    expect(rating.get_by_role("button", name="Yes")).to_have_attribute("aria-pressed", "false")
    page.reload()
    rating = page.locator(".message.answer").get_by_role("group", name="Was this helpful?")
    expect(rating.get_by_role("button", name="No")).to_have_attribute("aria-pressed", "true")


def test_urgent_replies_have_no_rating_buttons(page, guide):
    page.goto(guide + "/")
    ask(page, "I have a fever of 39 after car-t")
    expect(page.get_by_role("alert")).to_contain_text("Get help now")
    expect(page.get_by_role("group", name="Was this helpful?")).to_have_count(0)


def test_suggested_questions_at_the_start_and_after_a_no_answer(page, guide):
    page.goto(guide + "/")
    page.get_by_role("button", name="What is cytokine release syndrome?").click()
    expect(page.locator(".message.answer")).to_contain_text("body-wide inflammation")

    ask(page, "Who won the football game yesterday?")
    expect(page.locator(".message.no_answer")).to_contain_text("does not cover that question")
    expect(page.locator(".message.no_answer")).to_contain_text("the Riverbend CAR-T team")
    expect(page.get_by_role("button", name="Can I drive after CAR-T?")).to_be_visible()
    page.get_by_role("button", name="Can I drive after CAR-T?").click()
    expect(page.locator(".message.answer").last).to_contain_text("drive")


def test_the_greeting_is_the_clinics_words_never_the_guides(page, clinic, guide):
    site, server = clinic
    site.add("greets", title="Riverbend questions", greeting="Welcome to Riverbend.")
    page.goto(f"{server.url}/greets")
    page.get_by_role("button", name="Riverbend questions").click()
    chat = page.frame_locator("iframe[title='Riverbend questions: chat']")
    host = server.url.removeprefix("http://")
    greeting = chat.locator(".clinic-greeting p")
    expect(greeting).to_have_text([f"From {host}:", "Welcome to Riverbend."])
    expect(chat.locator(".message")).to_have_count(0)
    expect(chat.locator("h1")).to_have_text("Riverbend questions")

    # A link to the panel with words in its address shows none of them.
    page.goto(f"{guide}/embed?title=Fake&greeting=Call%20555-0100%20now")
    expect(page.get_by_label("Your question")).to_be_visible()
    expect(page.get_by_text("555-0100")).to_have_count(0)
    expect(page.locator(".clinic-greeting")).to_be_hidden()


def test_a_greeting_from_a_site_that_is_not_listed_or_not_the_parent_is_ignored(
    page, clinic, guide
):
    site, server = clinic
    site.add("plain", title="Plain")
    page.goto(f"{server.url}/plain")
    page.get_by_role("button", name="Plain").click()
    chat = page.frame_locator("iframe[title='Plain: chat']")
    expect(chat.get_by_label("Your question")).to_be_focused()
    panel = next(frame for frame in page.frames if frame.url.startswith(f"{guide}/embed"))
    post = "{cartguide: 'settings', greeting: 'Call 555-0100 now'}"
    # Not from the page that frames the panel: the panel posting to itself.
    panel.evaluate(f"window.postMessage({post}, '*')")
    # From the framing page, once its site is no longer among the allowed origins.
    panel.evaluate("document.body.dataset.origins = 'https://other.example'")
    page.evaluate(
        "document.querySelector('[data-cartguide]').shadowRoot.querySelector('iframe')"
        f".contentWindow.postMessage({post}, '*')"
    )
    page.wait_for_timeout(200)
    expect(chat.locator(".clinic-greeting")).to_be_hidden()
    expect(chat.get_by_text("555-0100")).to_have_count(0)


def test_only_listed_clinic_sites_can_show_the_panel(page, console_errors, clinic, guide):
    site, server = clinic
    site.add("allowed", title="Questions about CAR-T?")

    page.goto(f"{server.url}/allowed")
    clinic_launcher = page.get_by_role("button", name="Questions about CAR-T?")
    clinic_launcher.click()
    chat = page.frame_locator("iframe[title='Questions about CAR-T?: chat']")
    expect(chat.get_by_label("Your question")).to_be_focused()
    ask(chat, QUESTION)
    expect(chat.locator(".message.answer")).to_contain_text("body-wide inflammation")
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(clinic_launcher).to_be_focused()
    # The clinic's strict policy refuses inline styles: the widget is styled all the same.
    expect(clinic_launcher).to_have_css("background-color", rgb("#005eb8"))
    assert csp_refusals(console_errors) == []

    unlisted = server.url.replace("127.0.0.1", "localhost")
    page.goto(f"{unlisted}/allowed")
    clinic_launcher.click()
    expect(page.get_by_role("button", name="Close the chat")).to_be_visible()
    expect(chat.get_by_label("Your question")).to_have_count(0)
    assert any("frame-ancestors" in e for e in console_errors)


@pytest.mark.parametrize("accent", ["#ffff00", "#777777", "#fc0"])
def test_a_light_accent_is_darkened_as_the_server_does(page, clinic, guide, accent):
    site, server = clinic
    name = f"accent-{accent[1:]}"
    site.add(name, accent=accent, position="left", open="true")
    warnings = []
    page.on("console", lambda m: m.type == "warning" and warnings.append(m.text))
    page.goto(f"{server.url}/{name}")
    adjusted = readable_accent(accent)
    assert contrast_with_white(parse_hex(adjusted)) >= 4.5
    # Opened by data-open, without taking the focus from the page.
    expect(page.get_by_role("button", name="Close the chat")).to_be_visible()
    expect(launcher(page)).not_to_be_focused()
    expect(launcher(page)).to_have_css("background-color", rgb(adjusted))
    assert launcher(page).bounding_box()["x"] < 100  # data-position="left"
    chat = panel_frame(page)
    expect(chat.get_by_role("button", name="Ask")).to_have_css("background-color", rgb(adjusted))
    assert any("too light for white text" in w for w in warnings)


def test_the_javascript_api_opens_and_closes_the_panel(page, guide):
    page.goto(f"{guide}/demo")
    page.wait_for_function("window.CarTGuide !== undefined")
    page.evaluate("window.CarTGuide.open()")
    expect(panel_frame(page).get_by_label("Your question")).to_be_focused()
    page.evaluate("window.CarTGuide.close()")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(launcher(page)).to_be_focused()


def no_sideways_scrolling(frame) -> bool:
    return frame.evaluate(
        "document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth"
    )


@pytest.mark.parametrize(
    ("name", "viewport", "scale"),
    [
        ("desktop", {"width": 1280, "height": 800}, 1),
        ("320px", {"width": 320, "height": 640}, 2),
        # A 1280 x 800 screen at 200% zoom lays out like 640 x 400.
        ("zoom-200", {"width": 640, "height": 400}, 2),
    ],
)
def test_the_panel_fits_small_screens_and_zoom(
    new_context, guide, artifacts, name, viewport, scale
):
    page = new_context(viewport=viewport, device_scale_factor=scale).new_page()
    page.goto(f"{guide}/demo")
    chat = open_widget(page)
    ask(chat, QUESTION)
    expect(chat.locator(".message.answer")).to_contain_text("body-wide inflammation")
    page.screenshot(path=artifacts / f"panel-{name}.png")
    frame = page.frame(url=re.compile(r"/embed\?"))
    assert no_sideways_scrolling(frame)
    box = page.locator("iframe").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
    if name != "desktop":  # small screens: the panel takes the whole window
        assert box["width"] == viewport["width"]
    chat.get_by_role("button", name="Clear conversation").scroll_into_view_if_needed()
    expect(chat.get_by_role("button", name="Clear conversation")).to_be_in_viewport()
    expect(chat.get_by_role("button", name="Ask")).to_be_in_viewport()
    page.keyboard.press("Escape")
    expect(launcher(page)).to_be_in_viewport()
    expect(launcher(page)).to_be_focused()


@pytest.mark.parametrize(
    "path", ["/", "/demo", "/knowledge/", "/knowledge/cytokine-release-syndrome"]
)
@pytest.mark.parametrize("viewport", [{"width": 320, "height": 640}, {"width": 640, "height": 400}])
def test_pages_reflow_without_sideways_scrolling(new_context, guide, path, viewport):
    page = new_context(viewport=viewport, device_scale_factor=2).new_page()
    page.goto(guide + path)
    if path == "/":
        ask(page, QUESTION)
        expect(page.locator(".message.answer")).to_be_visible()
    assert no_sideways_scrolling(page)


@pytest.mark.parametrize(("motion", "animation"), [("reduce", "none"), ("no-preference", "rise")])
def test_the_panel_opens_without_motion_when_asked(new_context, guide, motion, animation):
    page = new_context(reduced_motion=motion).new_page()
    page.goto(f"{guide}/demo")
    launcher(page).click()
    panel = page.get_by_role("dialog", name=TITLE)
    expect(panel).to_have_css("animation-name", animation)


@pytest.mark.parametrize(
    ("path", "state"),
    [
        ("/", "start"),
        ("/", "answered"),
        ("/demo", "panel start"),
        ("/embed", "answered"),
        ("/demo", "start"),
        ("/demo", "panel answered"),
        ("/knowledge/cytokine-release-syndrome", "start"),
        ("/knowledge/", "start"),
    ],
)
def test_pages_have_no_accessibility_violations(axe_page, axe_violations, guide, path, state):
    page = axe_page
    page.goto(guide + path)
    chat = page
    if state.startswith("panel"):
        chat = open_widget(page)
    if "answered" in state:
        ask(chat, QUESTION)
        expect(chat.locator(".message.answer")).to_be_visible()
    else:
        page.wait_for_load_state("networkidle")
    assert axe_violations(page) == []
