"""A three-turn conversation in a real browser: each follow-up is answered on its topic."""

from __future__ import annotations

import json
import re

import pytest
from chat_page import ask
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

CRS = "/knowledge/cytokine-release-syndrome"
TURNS = [
    ("What is CRS?", "What is cytokine release syndrome?"),
    ("how is it treated?", "How is CRS treated?"),
    ("what are the signs?", "What are the signs of CRS?"),
]


def test_follow_ups_are_answered_on_the_topic_with_its_sources(page, guide):
    page.goto(guide)
    sent = []
    page.on("request", lambda r: r.url.endswith("/api/chat") and sent.append(r.post_data))
    answers = page.locator(".message.assistant")
    for number, (question, section) in enumerate(TURNS, start=1):
        ask(page, question)
        expect(answers).to_have_count(number)
        answer = answers.nth(number - 1)
        expect(answer).to_have_class("message assistant answer")
        first_source = answer.locator(".sources li").first
        expect(first_source).to_contain_text("Cytokine release syndrome")
        expect(first_source).to_contain_text(f"Section: {section}")
        # The link opens the section with the quoted sentences highlighted (a text fragment).
        anchor = section.lower().rstrip("?").replace(" ", "-")
        expect(first_source.get_by_role("link")).to_have_attribute(
            "href", re.compile(rf"^{CRS}#{anchor}(:~:text=.+)?$")
        )

    # What the page sent with the third question: both turns so far, each answer with the
    # sections it cited.
    history = json.loads(sent[-1])["history"]
    assert [turn["role"] for turn in history] == ["user", "assistant"] * 2
    assert history[3]["sources"][0] == {
        "slug": "cytokine-release-syndrome",
        "anchor": "how-is-crs-treated",
    }


def test_a_spanish_question_is_told_the_guide_is_in_english_in_both_languages(page, guide):
    page.goto(guide)
    ask(page, "cuánto cuesta el car t")
    note = page.locator(".message.assistant .language-note")
    expect(note.locator('span[lang="es"]')).to_contain_text("Esta guía está escrita solo en inglés")
    expect(note.locator('span[lang="en"]')).to_contain_text("This guide is written in English")
