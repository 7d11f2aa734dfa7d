"""Maintainers' reports: unanswered questions grouped by meaning, and feedback per article."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np

from .embedder import Embedder
from .reply_kind import ReplyKind
from .store import ArticleFeedback, StoredQuestion
from .text import printable

FORMATS = ("text", "json", "csv")
# Cosine similarity at which two questions count as the same need. Measured with
# all-MiniLM-L6-v2: paraphrases ("can my dog visit me" / "are pets allowed to visit")
# 0.57-0.95, different needs in one setting (pets / parking at the hospital) 0.2-0.46.
SAME_NEED = 0.55
EXAMPLES = 3
CLOSEST = 3
COMMENTS = 3


@dataclass(frozen=True)
class ClosestArticle:
    article: str
    questions: int  # how many questions in the group came closest to it
    mean_score: float  # their mean similarity to its best passage


@dataclass(frozen=True)
class Gap:
    """Questions that ask for the same thing the knowledge base does not answer well."""

    count: int
    examples: tuple[str, ...]
    closest: tuple[ClosestArticle, ...]
    no_answer: int
    thumbs_down_share: float


def group_by_meaning(vectors: np.ndarray, threshold: float = SAME_NEED) -> list[list[int]]:
    """Group normalized vectors greedily: each joins the nearest group centre at or above
    the threshold, else starts a group. Largest groups first.
    """
    groups: list[list[int]] = []
    sums: list[np.ndarray] = []
    for i, vector in enumerate(vectors):
        if sums:
            centres = np.asarray(sums)
            centres /= np.linalg.norm(centres, axis=1, keepdims=True)
            similarity = centres @ vector
            best = int(np.argmax(similarity))
            if similarity[best] >= threshold:
                groups[best].append(i)
                sums[best] = sums[best] + vector
                continue
        groups.append([i])
        sums.append(np.array(vector, dtype=np.float32))
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def find_gaps(
    questions: Sequence[StoredQuestion], embedder: Embedder, threshold: float = SAME_NEED
) -> list[Gap]:
    """Return the stored questions grouped by meaning, largest group first."""
    if not questions:
        return []
    vectors = embedder.encode([q.question for q in questions])
    return [_gap([questions[i] for i in group]) for group in group_by_meaning(vectors, threshold)]


def _gap(group: list[StoredQuestion]) -> Gap:
    examples = tuple(dict.fromkeys(q.question for q in reversed(group)))[:EXAMPLES]
    nearest: dict[str, list[float]] = defaultdict(list)
    for question in group:
        if question.sources:
            best = question.sources[0]
            nearest[best.article].append(best.score)
    closest = sorted(
        (ClosestArticle(a, len(s), round(sum(s) / len(s), 3)) for a, s in nearest.items()),
        key=lambda c: (-c.questions, -c.mean_score, c.article),
    )
    kinds = Counter(q.kind for q in group)
    down = sum(1 for q in group if q.rating == "down")
    return Gap(
        count=len(group),
        examples=examples,
        closest=tuple(closest[:CLOSEST]),
        no_answer=kinds[ReplyKind.NO_ANSWER],
        thumbs_down_share=round(down / len(group), 3),
    )


def render_gaps(gaps: list[Gap], fmt: str, heading: str) -> str:
    """Return the gap report as text, JSON or CSV."""
    if fmt == "json":
        return json.dumps({"report": heading, "groups": [asdict(g) for g in gaps]}, indent=2)
    if fmt == "csv":
        return _csv(
            ["group", "count", "no_answer", "thumbs_down_share", "examples", "closest_articles"],
            [
                [
                    n,
                    g.count,
                    g.no_answer,
                    g.thumbs_down_share,
                    " | ".join(printable(example) for example in g.examples),
                    " | ".join(f"{c.article} ({c.questions}, {c.mean_score})" for c in g.closest),
                ]
                for n, g in enumerate(gaps, start=1)
            ],
        )
    lines = [heading, ""]
    if not gaps:
        lines.append("No stored questions: nothing went unanswered or got a thumbs-down.")
    for n, gap in enumerate(gaps, start=1):
        lines.append(
            f"{n}. {gap.count} question{'s' if gap.count != 1 else ''}: "
            f"{gap.no_answer} not answered, {gap.thumbs_down_share:.0%} thumbs-down"
        )
        lines.extend(f"     “{printable(example)}”" for example in gap.examples)
        closest = ", ".join(
            f"{c.article} ({c.questions}, similarity {c.mean_score:.2f})" for c in gap.closest
        )
        lines.extend((f"   closest articles: {closest or 'none'}", ""))
    return "\n".join(lines).rstrip()


def render_feedback(totals: list[ArticleFeedback], fmt: str, heading: str) -> str:
    """Return thumbs up and down per article as text, JSON or CSV."""
    if fmt == "json":
        rows = [{**asdict(t), "comments": list(t.comments[:COMMENTS])} for t in totals]
        return json.dumps({"report": heading, "articles": rows}, indent=2)
    if fmt == "csv":
        return _csv(["article", "up", "down"], [[t.article, t.up, t.down] for t in totals])
    lines = [heading, ""]
    if not totals:
        lines.append("No ratings yet.")
    else:
        width = max(len("article"), *(len(t.article) for t in totals))
        lines.append(f"{'article':<{width}}  {'up':>5}  {'down':>5}")
    for t in totals:
        lines.append(f"{t.article:<{width}}  {t.up:>5}  {t.down:>5}")
        lines.extend(
            f"{'':<{width}}    “{printable(comment)}”" for comment in t.comments[:COMMENTS]
        )
    return "\n".join(lines)


def _csv(header: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_cell(value) for value in row] for row in rows])
    return out.getvalue().rstrip("\n")


def _cell(value: object) -> object:
    # Patients wrote these words: a spreadsheet must not run "=HYPERLINK(...)" as a formula.
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value
