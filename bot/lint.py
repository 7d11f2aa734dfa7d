"""Checks a maintainer runs over the knowledge base: `flask --app wsgi kb check`."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import textstat

from .knowledge import (
    TOPIC_GROUPS,
    Article,
    KnowledgeError,
    parse_article,
    why_not_standalone,
)
from .lexical import lexical_tokens
from .retrieval import is_question_list

MAX_GRADE = 8.0
REVIEW_MONTHS = 12
MAX_SECTION_WORDS = 250  # the model reads 256 word pieces; longer sections lose their tail
MIN_ASKED_AS = 3  # phrasings of each section in the front matter's `asked_as`
# A section that lists questions to ask answers only "what should I ask?": a phrasing asking one
# of its listed questions ("what if my cells dont grow in the lab") would draw that question to
# a list of questions instead of an answer (it drew uncovered ones on eval sets 3 and 4).
_ASKS_WHAT_TO_ASK = re.compile(r"\b(?:ask|asks|asking|questions?)\b", re.IGNORECASE)
_INTERNAL_LINK = re.compile(r"\]\(/knowledge/([^)#\s]*)(?:#([^)\s]*))?\)")
_H1 = re.compile(r"^#\s")
_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
# "as of June 2025", "as of 2025", and the undated "as of our (2025) sources".
_AS_OF = re.compile(
    rf"\bas of (?:(?P<month>{'|'.join(_MONTHS)}) )?(?P<year>\d{{4}})\b"
    r"|\bas of our (?:\d{4} )?sources\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int | None
    severity: str  # "error" | "warning"
    message: str

    def __str__(self) -> str:
        where = f"{self.path.name}:{self.line}" if self.line else self.path.name
        return f"{where}: {self.severity}: {self.message}"


def check_knowledge(directory: Path | str, today: dt.date | None = None) -> list[Finding]:
    """Return every problem found in a folder of articles, errors and warnings alike."""
    today = today or dt.date.today()
    findings: list[Finding] = []
    articles: dict[Path, Article] = {}
    paths = sorted(Path(directory).glob("*.md"))
    if not paths:
        return [Finding(Path(directory), None, "error", "no markdown articles (*.md) found")]
    for path in paths:
        try:
            articles[path] = parse_article(path)
        except KnowledgeError as exc:
            findings.append(Finding(path, exc.line, "error", exc.problem))
    anchors = {a.slug: {p.anchor for p in a.passages} for a in articles.values()}
    for path, article in articles.items():
        findings += _check_article(path, article, anchors, today)
        findings += _sentences_that_cannot_stand_alone(path, article)
    findings += _check_duplicate_titles(articles)
    findings += _phrasings_of_two_sections(articles)
    return sorted(findings, key=lambda f: (f.path.name, f.line or 0))


def _check_article(
    path: Path, article: Article, anchors: dict[str, set[str]], today: dt.date
) -> list[Finding]:
    findings = []

    def add(line: int | None, severity: str, message: str) -> None:
        findings.append(Finding(path, line, severity, message))

    if not article.sources:
        add(None, "error", "no sources listed")
    reviewed = dt.date.fromisoformat(article.last_reviewed)
    if reviewed > today:
        add(None, "error", f"last_reviewed {reviewed} is in the future")
    elif (today - reviewed).days > REVIEW_MONTHS * 365 / 12:
        add(None, "warning", f"last_reviewed {reviewed} is over {REVIEW_MONTHS} months old")
    if article.topics[0] not in TOPIC_GROUPS:
        add(
            None,
            "warning",
            f"first topic {article.topics[0]!r} is not a group: {', '.join(TOPIC_GROUPS)}",
        )
    grade = reading_grade(article)
    if grade > MAX_GRADE:
        add(None, "error", f"reading grade {grade:.1f} is above {MAX_GRADE:g} (Flesch-Kincaid)")
    lines = article.body.splitlines()
    for number, line in enumerate(lines, start=article.body_line):
        if _H1.match(line):
            add(
                number, "error", "a '# ' heading in the body: the title comes from the front matter"
            )
        for slug, anchor in _INTERNAL_LINK.findall(line):
            if slug not in anchors:
                add(number, "error", f"broken link: no article /knowledge/{slug}")
            elif anchor and anchor not in anchors[slug]:
                add(number, "error", f"broken link: /knowledge/{slug} has no section #{anchor}")
    headings = Counter(p.section for p in article.passages if p.anchor)
    for passage in article.passages:
        if passage.anchor and headings[passage.section] > 1:
            add(
                passage.line,
                "error",
                f"duplicate heading {passage.section!r} (anchors must be unique)",
            )
        words = len(passage.text.split())
        if words > MAX_SECTION_WORDS:
            add(
                passage.line,
                "warning",
                f"section has {words} words; keep under {MAX_SECTION_WORDS}",
            )
    findings += _empty_sections(path, article)
    findings += _asked_as(path, article)
    findings += _stale_as_of(path, article, today)
    return findings


def _asked_as(path: Path, article: Article) -> list[Finding]:
    """Each section needs phrasings of how patients ask it, keyed by its anchor.

    Their shape and anchors are checked when the article is parsed (an error naming the file).
    """
    findings = []
    for passage in article.passages:
        if not passage.anchor:
            continue
        phrasings = article.asked_as.get(passage.anchor, ())
        if is_question_list(passage.sentences):
            findings += [
                Finding(
                    path,
                    passage.line,
                    "error",
                    f"section #{passage.anchor} lists questions to ask: asked_as {phrasing!r}"
                    " must ask what to ask",
                )
                for phrasing in phrasings
                if not _ASKS_WHAT_TO_ASK.search(phrasing)
            ]
        count = len({p.strip().lower() for p in phrasings})
        if count < MIN_ASKED_AS:
            # An error: retrieval matches questions against these phrasings, and every
            # article, new ones included, is written with them.
            findings.append(
                Finding(
                    path,
                    passage.line,
                    "error",
                    f"section #{passage.anchor} has {count} asked_as phrasings; "
                    f"give at least {MIN_ASKED_AS}",
                )
            )
    return findings


def _stale_as_of(path: Path, article: Article, today: dt.date) -> list[Finding]:
    """An "as of" date more than REVIEW_MONTHS old, or none at all, needs re-checking."""
    cutoff = today.year * 12 + today.month - REVIEW_MONTHS  # months since year 0
    findings = []
    for number, line in enumerate(article.body.splitlines(), start=article.body_line):
        for match in _AS_OF.finditer(line):
            if not match["year"]:
                message = f"{match[0]!r} has no month and year: say when it was checked"
            else:
                # A bare year may mean as late as December, so it is read as December.
                month = _MONTHS[match["month"].lower()] if match["month"] else 12
                if int(match["year"]) * 12 + month >= cutoff:
                    continue
                message = f"{match[0]!r} is over {REVIEW_MONTHS} months old: re-check it"
            findings.append(Finding(path, number, "warning", message))
    return findings


def _sentences_that_cannot_stand_alone(path: Path, article: Article) -> list[Finding]:
    """Answers quote single sentences, so each should read on its own.

    Warnings, not errors, while the articles are rewritten to pass.
    """
    return [
        Finding(path, passage.line, "warning", f"sentence {_excerpt(sentence)!r} {reason}")
        for passage in article.passages
        for sentence in passage.sentences
        if (reason := why_not_standalone(sentence))
    ]


def _excerpt(sentence: str, words: int = 8) -> str:
    parts = sentence.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _empty_sections(path: Path, article: Article) -> list[Finding]:
    """Headings followed by no text before a heading of the same or a higher level."""
    with_text = {p.line for p in article.passages}
    headings = [
        (number, len(line) - len(line.lstrip("#")))
        for number, line in enumerate(article.body.splitlines(), start=article.body_line)
        if re.match(r"^#{1,6}\s", line)
    ]
    findings = []
    for i, (number, level) in enumerate(headings):
        following = headings[i + 1] if i + 1 < len(headings) else None
        has_children = following is not None and following[1] > level
        if number not in with_text and not has_children:
            findings.append(Finding(path, number, "error", "empty section: a heading with no text"))
    return findings


def _check_duplicate_titles(articles: dict[Path, Article]) -> list[Finding]:
    by_title: dict[str, list[Path]] = defaultdict(list)
    for path, article in articles.items():
        by_title[article.title.strip().lower()].append(path)
    return [
        Finding(path, None, "error", f"duplicate title {articles[path].title!r} (also in {others})")
        for paths in by_title.values()
        if len(paths) > 1
        for path in paths
        for others in [", ".join(p.name for p in paths if p != path)]
    ]


def _phrasings_of_two_sections(articles: dict[Path, Article]) -> list[Finding]:
    """An asked_as phrasing with the words of one in another section: it asks both alike, so
    it cannot tell retrieval which of the two answers, and draws each toward the other's
    questions. Give it to the section that answers it."""
    by_words: dict[tuple[str, ...], list[tuple[Path, str, str]]] = defaultdict(list)
    for path, article in articles.items():
        for anchor, phrasings in article.asked_as.items():
            for phrasing in phrasings:
                words = tuple(sorted(set(lexical_tokens(phrasing))))
                by_words[words].append((path, f"{article.slug}#{anchor}", phrasing))
    findings = []
    for asked in by_words.values():
        sections = {section for _, section, _ in asked}
        for path, section, phrasing in asked if len(sections) > 1 else ():
            others = ", ".join(sorted(sections - {section}))
            line = next((p.line for p in articles[path].passages if p.id == section), None)
            findings.append(
                Finding(path, line, "error", f"asked_as {phrasing!r} also asks {others}")
            )
    return findings


def reading_grade(article: Article) -> float:
    """Flesch-Kincaid grade of the article's prose (each block read as sentences)."""
    sentences = [s for p in article.passages for s in p.sentences]
    # Headings and list items without a full stop would otherwise merge into one long sentence.
    text = " ".join(s if s[-1] in ".!?" else f"{s}." for s in sentences)
    return float(textstat.flesch_kincaid_grade(text))
