import datetime as dt
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.knowledge import heading_anchor
from bot.lint import check_knowledge

TODAY = dt.date(2026, 11, 22)
FRONT = """---
title: {title}
summary: A summary.
topics: [basics]
sources:
  - title: A source
    publisher: A publisher
    date: "2024"
last_reviewed: {reviewed}
asked_as: {asked_as}
---
"""
PLAIN = "CAR-T uses your own cells. The cells are changed in a lab. Then they go back in.\n"
ASKED = ["how does it go", "what happens", "tell me about it"]


def article(
    tmp_path: Path, name: str, body: str, title="A title", reviewed="2026-10-01", asked_as=None
) -> Path:
    """Write an article; by default every '## ' section gets three asked_as phrasings."""
    if asked_as is None:
        used: set[str] = set()
        headings = [line[3:] for line in body.splitlines() if line.startswith("## ")]
        asked_as = {heading_anchor(h, used): ASKED for h in headings}
    path = tmp_path / name
    path.write_text(FRONT.format(title=title, reviewed=reviewed, asked_as=asked_as or "{}") + body)
    return path


def messages(findings, severity=None):
    return [str(f) for f in findings if severity in (None, f.severity)]


def test_a_clean_article_has_no_findings(tmp_path):
    article(tmp_path, "clean.md", "## What is it?\n\n" + PLAIN)
    assert check_knowledge(tmp_path, TODAY) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "## Links\n\nSee [this](/knowledge/missing).\n",
            "clean.md:14: error: broken link: no article",
        ),
        (
            "## Links\n\nSee [this](/knowledge/other#nowhere).\n",
            "clean.md:14: error: broken link: /knowledge/other has no section #nowhere",
        ),
        ("# A heading one\n\n" + PLAIN, "clean.md:12: error: a '# ' heading in the body"),
        ("## Same\n\n" + PLAIN + "\n## Same\n\n" + PLAIN, "error: duplicate heading 'Same'"),
        ("## Empty\n\n## Full\n\n" + PLAIN, "clean.md:12: error: empty section"),
        ("## Long\n\n" + "Word " * 260 + ".\n", "warning: section has 261 words"),
        (
            "## Hard\n\nPharmacokinetic considerations notwithstanding, immunological "
            "reconstitution necessitates multidisciplinary longitudinal surveillance.\n",
            "error: reading grade",
        ),
        (
            "## Signs\n\nThe signs are:\n\n- the worst headache of your life\n",
            "clean.md:12: warning: sentence 'the worst headache of your life' starts with a"
            " lower-case word",
        ),
        ("## Signs\n\nThe main signs of this problem are:\n", "ending in ':'"),
        ("## Signs\n\nCall now.\n", "warning: sentence 'Call now.' has under 5 words"),
        ("## Signs\n\n- Fever or chills and a headache\n", "has no full stop"),
        (
            "## More\n\nThe page on stiff-person syndrome has more detail.\n",
            "warning: sentence 'The page on stiff-person syndrome has more detail.'"
            " points to a page",
        ),
    ],
)
def test_problems_are_reported_by_file_and_line(tmp_path, body, expected):
    article(tmp_path, "other.md", "## Fine\n\n" + PLAIN, title="Other")
    assert check_knowledge(tmp_path, TODAY) == []
    article(tmp_path, "clean.md", body)
    assert any(expected in m for m in messages(check_knowledge(tmp_path, TODAY)))


@pytest.mark.parametrize(
    ("asked_as", "expected"),
    [
        ({}, "clean.md:12: error: section #what-is-it has 0 asked_as phrasings"),
        (
            {"what-is-it": ["what is it", "What is it ", "explain it"]},
            "section #what-is-it has 2 asked_as phrasings; give at least 3",
        ),
        ({"what-is-it": ASKED, "nowhere": ASKED}, "error: asked_as names no section #nowhere"),
        ("[a, b]", "error: 'asked_as' must map section anchors to lists"),
    ],
)
def test_sections_need_three_asked_as_phrasings(tmp_path, asked_as, expected):
    article(tmp_path, "clean.md", "## What is it?\n\n" + PLAIN, asked_as=asked_as)
    assert [m for m in messages(check_knowledge(tmp_path, TODAY)) if expected in m]


def test_a_phrasing_with_the_words_of_another_sections_is_reported(tmp_path):
    article(tmp_path, "one.md", "## Why\n\n" + PLAIN, asked_as={"why": ASKED})
    asked = ["why is it so", "how does it work", "what is it for"]
    article(tmp_path, "two.md", "## How\n\n" + PLAIN, title="Two", asked_as={"how": asked})
    assert check_knowledge(tmp_path, TODAY) == []
    asked = [*asked, "How does it go?"]  # the words of "how does it go"
    article(tmp_path, "two.md", "## How\n\n" + PLAIN, title="Two", asked_as={"how": asked})
    assert messages(check_knowledge(tmp_path, TODAY)) == [
        "one.md:12: error: asked_as 'how does it go' also asks two#how",
        "two.md:12: error: asked_as 'How does it go?' also asks one#why",
    ]


def test_a_list_of_questions_to_ask_is_asked_only_what_to_ask(tmp_path):
    body = "## Questions to ask\n\nWhat if my cells do not grow?\nHow long will it take?\n"
    asked = ["what should i ask", "questions for my team", "what to ask the doctor"]
    article(tmp_path, "clean.md", body, asked_as={"questions-to-ask": asked})
    assert check_knowledge(tmp_path, TODAY) == []
    asked = [*asked, "what if my cells dont grow"]
    article(tmp_path, "clean.md", body, asked_as={"questions-to-ask": asked})
    assert messages(check_knowledge(tmp_path, TODAY)) == [
        "clean.md:12: error: section #questions-to-ask lists questions to ask: asked_as"
        " 'what if my cells dont grow' must ask what to ask"
    ]


@pytest.mark.parametrize(
    ("sentence", "stale"),
    [
        ("As of October 2025, no product was approved.", True),
        ("As of november 2025, no product was approved.", False),
        ("As of 2024, no product was approved.", True),
        ("As of 2025, no product was approved.", False),
        ("As of our 2025 sources, no product was approved.", True),
        ("As of November 2026, we found no newer report.", False),
    ],
)
def test_old_or_undated_as_of_statements_warn(tmp_path, sentence, stale):
    article(tmp_path, "clean.md", "## What is it?\n\n" + sentence + "\n")
    found = [m for m in messages(check_knowledge(tmp_path, TODAY)) if "clean.md:14: warning" in m]
    assert bool(found) == stale


def test_old_reviews_warn_and_future_reviews_are_errors(tmp_path):
    article(tmp_path, "old.md", PLAIN, title="Old", reviewed="2025-10-01")
    article(tmp_path, "future.md", PLAIN, title="Future", reviewed="2027-01-01")
    findings = check_knowledge(tmp_path, TODAY)
    assert any(
        "old.md: warning: last_reviewed 2025-10-01 is over 12 months" in m
        for m in messages(findings)
    )
    assert any(
        "future.md: error: last_reviewed 2027-01-01 is in the future" in m
        for m in messages(findings)
    )


def test_duplicate_titles_name_both_files(tmp_path):
    article(tmp_path, "one.md", PLAIN, title="Same title")
    article(tmp_path, "two.md", PLAIN, title="Same title")
    errors = messages(check_knowledge(tmp_path, TODAY), "error")
    assert "one.md: error: duplicate title 'Same title' (also in two.md)" in errors
    assert "two.md: error: duplicate title 'Same title' (also in one.md)" in errors


def test_malformed_front_matter_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "bad.md").write_text("---\ntitle: [x\n---\nbody\n")
    article(tmp_path, "good.md", PLAIN)
    errors = messages(check_knowledge(tmp_path, TODAY), "error")
    assert len(errors) == 1 and errors[0].startswith("bad.md:") and "not valid YAML" in errors[0]


def test_kb_check_exits_non_zero_on_errors(runner, knowledge_dir):
    assert runner.invoke(args=["kb", "check"]).exit_code == 0
    (knowledge_dir / "bad.md").write_text("no front matter\n")
    result = runner.invoke(args=["kb", "check"])
    assert result.exit_code == 1
    assert "bad.md:1: error: missing front matter" in result.output
    assert "Checked 4 articles: 1 errors" in result.output


def test_the_knowledge_base_passes_kb_check():
    findings = check_knowledge(PROJECT_ROOT / "knowledge")
    assert messages(findings, "error") == []
    assert len(list((PROJECT_ROOT / "knowledge").glob("*.md"))) >= 35
