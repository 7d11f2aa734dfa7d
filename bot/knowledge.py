"""Markdown articles with YAML front matter -> articles and passages."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml

REQUIRED_FIELDS = ("title", "summary", "topics", "sources", "last_reviewed")
# An article's first topic is its group: the heading it is listed under on /knowledge/.
TOPIC_GROUPS = {
    "basics": "The basics",
    "journey": "The treatment journey",
    "risks": "Side effects and risks",
    "disease": "By condition",
    "kinds": "Kinds of CAR-T",
    "costs": "Costs and access",
    "trials": "Clinical trials",
    "help": "Getting help",
}
SOURCE_FIELDS = ("title", "publisher", "date")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class KnowledgeError(ValueError):
    """A knowledge file that cannot be used, naming the file and the problem."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None):
        self.path = Path(path)
        self.problem = problem
        self.line = line
        where = f"{self.path.name}:{line}" if line else self.path.name
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str
    date: str
    url: str = ""


@dataclass(frozen=True)
class Passage:
    """One section of an article: the unit that is retrieved and cited."""

    id: str
    slug: str
    article_title: str
    headings: tuple[str, ...]
    anchor: str
    text: str
    sentences: tuple[str, ...]
    line: int

    @property
    def section(self) -> str:
        return self.headings[-1] if self.headings else self.article_title

    @property
    def url(self) -> str:
        return f"/knowledge/{self.slug}" + (f"#{self.anchor}" if self.anchor else "")


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    summary: str
    topics: tuple[str, ...]
    sources: tuple[Source, ...]
    last_reviewed: str
    body: str
    body_line: int
    content_hash: str
    passages: tuple[Passage, ...] = field(default=())
    # How patients ask what a section answers, by section anchor (front matter `asked_as`).
    asked_as: dict[str, tuple[str, ...]] = field(default_factory=dict)


def load_knowledge(directory: Path | str) -> list[Article]:
    """Parse every article in a folder, in name order.

    Raises:
        KnowledgeError: for the first file that cannot be used, or an empty folder.
    """
    directory = Path(directory)
    paths = sorted(directory.glob("*.md"))
    if not paths:
        raise KnowledgeError(directory, "no markdown articles (*.md) found")
    return [parse_article(path) for path in paths]


def parse_article(path: Path | str) -> Article:
    """Parse one article file into an article and its passages.

    Raises:
        KnowledgeError: bad or missing front matter, a missing field, or an empty body.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KnowledgeError(path, "file is not UTF-8 text") from None
    front, body, body_line = split_front_matter(path, text)
    meta = _validate_front_matter(path, front)
    if not body.strip():
        raise KnowledgeError(path, "the article has no body text after the front matter")
    slug = path.stem
    article = Article(
        slug=slug,
        title=meta["title"],
        summary=meta["summary"],
        topics=tuple(meta["topics"]),
        sources=tuple(meta["sources"]),
        last_reviewed=meta["last_reviewed"],
        body=body,
        body_line=body_line,
        content_hash=hashlib.sha256(raw).hexdigest(),
    )
    passages = tuple(split_passages(article))
    if not passages:
        raise KnowledgeError(path, "the article has no text in any section")
    # Every heading's anchor, with text or without (an empty section is kb check's to report).
    used: set[str] = set()
    anchors = [
        heading_anchor(match.group(2), used)
        for line in body.splitlines()
        if (match := _HEADING.match(line))
    ]
    unknown = [anchor for anchor in meta["asked_as"] if anchor not in anchors]
    if unknown:
        raise KnowledgeError(
            path,
            f"asked_as names no section #{unknown[0]}; this article's sections are "
            + ", ".join(f"#{a}" for a in anchors),
        )
    return Article(**{**article.__dict__, "passages": passages, "asked_as": meta["asked_as"]})


def split_front_matter(path: Path, text: str) -> tuple[dict, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise KnowledgeError(path, "missing front matter: the file must start with a '---' line", 1)
    closing = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---"), None)
    if closing is None:
        raise KnowledgeError(path, "front matter is not closed by a '---' line", 1)
    try:
        front = yaml.safe_load("".join(lines[1:closing]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise KnowledgeError(path, f"front matter is not valid YAML: {problem}", line) from None
    if not isinstance(front, dict):
        raise KnowledgeError(path, "front matter must be a YAML mapping of fields", 2)
    # Line numbers count from 1; the body starts on the line after the closing '---'.
    return front, "".join(lines[closing + 1 :]), closing + 2


def _validate_front_matter(path: Path, front: dict) -> dict:
    missing = [name for name in REQUIRED_FIELDS if front.get(name) in (None, "", [])]
    if missing:
        raise KnowledgeError(path, f"front matter is missing: {', '.join(missing)}")
    for name in ("title", "summary"):
        if not isinstance(front[name], str):
            raise KnowledgeError(path, f"'{name}' must be text")
    topics = front["topics"]
    if not isinstance(topics, list) or not all(isinstance(t, str) and t for t in topics):
        raise KnowledgeError(path, "'topics' must be a list of words")
    sources = front["sources"]
    if not isinstance(sources, list):
        raise KnowledgeError(path, "'sources' must be a list")
    parsed = []
    for number, source in enumerate(sources, start=1):
        if not isinstance(source, dict):
            raise KnowledgeError(path, f"source {number} must have title, publisher and date")
        absent = [name for name in SOURCE_FIELDS if not source.get(name)]
        if absent:
            raise KnowledgeError(path, f"source {number} is missing: {', '.join(absent)}")
        date = str(source["date"])
        if not _DATE.match(date):
            raise KnowledgeError(path, f"source {number} date {date!r} is not YYYY[-MM[-DD]]")
        parsed.append(
            Source(
                title=str(source["title"]),
                publisher=str(source["publisher"]),
                date=date,
                url=str(source.get("url") or ""),
            )
        )
    reviewed = front["last_reviewed"]
    if isinstance(reviewed, dt.date):
        reviewed = reviewed.isoformat()
    try:
        dt.date.fromisoformat(str(reviewed))
    except ValueError:
        raise KnowledgeError(
            path, f"'last_reviewed' {reviewed!r} is not a YYYY-MM-DD date"
        ) from None
    return {
        **front,
        "topics": topics,
        "sources": parsed,
        "last_reviewed": str(reviewed),
        "asked_as": _asked_as(path, front.get("asked_as")),
    }


def _asked_as(path: Path, value: object) -> dict[str, tuple[str, ...]]:
    """Validate `asked_as`: section anchor -> list of questions as patients word them."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise KnowledgeError(path, "'asked_as' must map section anchors to lists of questions")
    asked: dict[str, tuple[str, ...]] = {}
    for anchor, questions in value.items():
        if not isinstance(anchor, str) or not anchor:
            raise KnowledgeError(path, f"asked_as key {anchor!r} is not a section anchor")
        if not isinstance(questions, list) or not questions:
            raise KnowledgeError(path, f"asked_as #{anchor} must be a list of questions")
        for question in questions:
            if not isinstance(question, str) or not question.strip():
                raise KnowledgeError(
                    path, f"asked_as #{anchor}: {question!r} is not a question in words"
                )
        asked[anchor] = tuple(" ".join(q.split()) for q in questions)
    return asked


def heading_anchor(heading: str, used: set[str]) -> str:
    """Return the id Python-Markdown's toc extension gives this heading."""
    import markdown  # parsing articles only: a server reads them from the index
    from markdown.extensions.toc import slugify, unique

    text = plain_text(markdown.markdown(heading)).strip()
    return unique(slugify(text, "-"), used)


def split_passages(article: Article) -> list[Passage]:
    """Split an article body into one passage per heading (plus the intro)."""
    import markdown  # parsing articles only: a server reads them from the index

    passages: list[Passage] = []
    used: set[str] = set()
    path: list[tuple[int, str]] = []
    anchor, start, chunk = "", article.body_line, []
    in_fence = False

    def flush() -> None:
        text = plain_text(markdown.markdown("".join(chunk))).strip()
        if not text:
            return
        headings = tuple(title for _, title in path)
        passages.append(
            Passage(
                id=f"{article.slug}#{anchor}" if anchor else article.slug,
                slug=article.slug,
                article_title=article.title,
                headings=headings,
                anchor=anchor,
                text=text,
                sentences=tuple(split_sentences(text)),
                line=start,
            )
        )

    for number, line in enumerate(article.body.splitlines(keepends=True), start=article.body_line):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if not match:
            chunk.append(line)
            continue
        flush()
        level, title = len(match.group(1)), match.group(2)
        path = [(lvl, t) for lvl, t in path if lvl < level] + [(level, title)]
        anchor, start, chunk = heading_anchor(title, used), number, []
    flush()
    return passages


_BLOCK_TAGS = frozenset({"p", "li", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def plain_text(html: str) -> str:
    """Return the text of rendered HTML, one block (paragraph, list item) a line."""
    extractor = _TextExtractor()
    extractor.feed(html)
    lines = (" ".join(line.split()) for line in "".join(extractor.parts).splitlines())
    return "\n".join(line for line in lines if line)


# Not "ms." or "no.": "MS." ends many sentences here, as "no." can.
_ABBREVIATIONS = {"e.g.", "i.e.", "dr.", "vs.", "al.", "u.s.", "st.", "approx.", "etc."}
_SENTENCE_END = re.compile(r"[.!?][\"”')\]]*(\s+)(?=[A-Z0-9\"“(])")


def split_sentences(text: str) -> list[str]:
    """Split plain text into sentences; each block (list item) is at least one."""
    sentences: list[str] = []
    for block in text.splitlines():
        start = 0
        for match in _SENTENCE_END.finditer(block):
            end = match.start(1)
            if block[start:end].rsplit(" ", 1)[-1].lower() in _ABBREVIATIONS:
                continue
            sentences.append(block[start:end].strip())
            start = match.end()
        tail = block[start:].strip()
        if tail:
            sentences.append(tail)
    return [s for s in sentences if s]


MIN_SENTENCE_WORDS = 5
# A sentence about the page rather than the subject: "See X.", "The page on X has more detail."
_SIGNPOST = re.compile(
    r"^(see|for more|to learn|learn more|read more)\b|\b(this|our|the)( [\w-]+)? page\b"
    r"|\bpages?\b.*\b(more detail|explains|describes|lists|covers)\b",
    re.IGNORECASE,
)
_FULL_STOP = re.compile(r"[.!?][\"”')\]]*$")


def why_not_standalone(sentence: str) -> str | None:
    """Return why a sentence cannot be quoted on its own, or None when it can.

    An answer quotes sentences out of their paragraph, so each must read as a whole sentence.
    """
    first = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
    if first.isalpha() and first.islower():
        return "starts with a lower-case word (a fragment?)"
    if len(sentence.split()) < MIN_SENTENCE_WORDS:
        return f"has under {MIN_SENTENCE_WORDS} words"
    if sentence.endswith(":"):
        return "is a list lead-in ending in ':'"
    if not _FULL_STOP.search(sentence):
        return "has no full stop (a bare list item?)"
    if _SIGNPOST.search(sentence):
        return "points to a page instead of saying something"
    return None
