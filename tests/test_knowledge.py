from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.knowledge import KnowledgeError, load_knowledge, parse_article, split_sentences

GOOD_FRONT = """---
title: A title
summary: A summary.
topics: [basics]
sources:
  - title: A source
    publisher: A publisher
    date: "2024"
last_reviewed: 2026-11-01
---
"""


ASKED_AS = (
    GOOD_FRONT.replace(
        "last_reviewed", 'asked_as:\n  what-is-it: ["what does it do", "whats that"]\nlast_reviewed'
    )
    + "Intro.\n\n## What is it?\n\nIt is a thing.\n"
)


def write(tmp_path: Path, text: str, name: str = "article.md") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_article_is_split_into_passages_by_heading(tmp_path):
    path = write(
        tmp_path,
        GOOD_FRONT + "Intro text here.\n\n## What is it?\n\nIt is a thing.\n\n"
        "### A detail: **bold** words\n\nMore detail.\n\n## Second part\n\nLast words.\n",
    )
    article = parse_article(path)
    assert article.slug == "article"
    assert article.sources[0].date == "2024"
    assert [p.anchor for p in article.passages] == [
        "",
        "what-is-it",
        "a-detail-bold-words",
        "second-part",
    ]
    assert [p.id for p in article.passages][:2] == ["article", "article#what-is-it"]
    assert article.passages[2].headings == ("What is it?", "A detail: **bold** words")
    assert article.passages[2].url == "/knowledge/article#a-detail-bold-words"
    assert article.passages[1].line == 13


def test_asked_as_lists_how_patients_ask_each_section(tmp_path):
    article = parse_article(write(tmp_path, ASKED_AS))
    assert article.asked_as == {"what-is-it": ("what does it do", "whats that")}


def test_repeated_headings_get_the_anchors_the_page_renders(tmp_path):
    article = parse_article(write(tmp_path, GOOD_FRONT + "## Tips\n\nOne.\n\n## Tips\n\nTwo.\n"))
    assert [p.anchor for p in article.passages] == ["tips", "tips_1"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("no front matter\n", "missing front matter"),
        ("---\ntitle: x\n", "not closed"),
        ("---\ntitle: [unclosed\n---\nbody\n", "not valid YAML"),
        ("---\n- a list\n---\nbody\n", "must be a YAML mapping"),
        (GOOD_FRONT.replace("summary: A summary.\n", ""), "missing: summary"),
        (GOOD_FRONT.replace("2026-11-01", "last week"), "not a YYYY-MM-DD date"),
        (GOOD_FRONT.replace('date: "2024"', "date: soon"), "is not YYYY"),
        (GOOD_FRONT.replace("    publisher: A publisher\n", ""), "source 1 is missing: publisher"),
        (GOOD_FRONT.replace("topics: [basics]", "topics: basics"), "'topics' must be a list"),
        (GOOD_FRONT, "no body text"),
        (GOOD_FRONT + "\n\n## Only a heading\n", "no text in any section"),
        (ASKED_AS.replace("what-is-it:", "what-it-is:"), "asked_as names no section #what-it-is"),
        (ASKED_AS.replace('["what does it do", "whats that"]', '"whats that"'), "must be a list"),
        (ASKED_AS.replace('"whats that"', '""'), "is not a question in words"),
        (ASKED_AS.replace("  what-is-it: [", "  - ["), "must map section anchors"),
    ],
)
def test_malformed_files_name_the_file_and_the_problem(tmp_path, text, problem):
    path = write(tmp_path, text, "broken-article.md")
    with pytest.raises(KnowledgeError) as raised:
        parse_article(path)
    assert "broken-article.md" in str(raised.value)
    assert problem in str(raised.value)


def test_bad_yaml_points_at_the_line(tmp_path):
    text = "---\ntitle: ok\nsummary: ok\ntopics: [a\n---\nbody\n"
    with pytest.raises(KnowledgeError) as raised:
        parse_article(write(tmp_path, text))
    assert raised.value.line is not None and raised.value.line >= 4


def test_an_empty_folder_is_an_error(tmp_path):
    with pytest.raises(KnowledgeError, match="no markdown articles"):
        load_knowledge(tmp_path)


def test_the_whole_knowledge_base_parses():
    articles = load_knowledge(PROJECT_ROOT / "knowledge")
    assert articles
    ids = [p.id for a in articles for p in a.passages]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("CRS is common. It starts early.", ["CRS is common.", "It starts early."]),
        ("Ask e.g. a nurse. Then rest.", ["Ask e.g. a nurse.", "Then rest."]),
        ('He said "stop." Then it ended.', ['He said "stop."', "Then it ended."]),
        ("A list item\nAnother item", ["A list item", "Another item"]),
        (
            "Costs were $373,000 in 2017. Prices vary.",
            ["Costs were $373,000 in 2017.", "Prices vary."],
        ),
    ],
)
def test_sentences_split_where_a_reader_would(text, sentences):
    assert split_sentences(text) == sentences


def test_ms_at_the_end_of_a_sentence_is_not_an_abbreviation():
    assert split_sentences("No CAR-T is approved for MS. Results are early.") == [
        "No CAR-T is approved for MS.",
        "Results are early.",
    ]
