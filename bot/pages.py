"""HTML pages: the chat page and the knowledge articles."""

from __future__ import annotations

from collections import defaultdict

import nh3
from flask import Blueprint, abort, render_template
from markupsafe import Markup

from .guide_loader import get_loader
from .knowledge import TOPIC_GROUPS, Article

bp = Blueprint("pages", __name__)

_ALLOWED_TAGS = {
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "code",
    "blockquote",
    "br",
    "hr",
}
_ALLOWED_ATTRIBUTES = {
    **{f"h{level}": {"id"} for level in range(2, 7)},
    "a": {"href", "title"},
}


@bp.get("/")
def chat_page():
    return render_template("chat.html")


@bp.get("/summary")
def summary_page():
    # Filled in the browser from the chat that opened it; it shows conversation text.
    return render_template("summary.html"), {"Cache-Control": "no-store"}


@bp.get("/knowledge/")
def knowledge_index():
    articles = get_loader().ready_guide().index.articles.values()
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(articles, key=lambda a: a.title.lower()):
        groups[article.topics[0]].append(article)
    ordered = [
        (TOPIC_GROUPS.get(name, name.title()), groups[name])
        for name in [*TOPIC_GROUPS, *sorted(set(groups) - set(TOPIC_GROUPS))]
        if name in groups
    ]
    return render_template("knowledge_index.html", groups=ordered)


@bp.get("/knowledge/<slug>")
def article_page(slug: str):
    article = get_loader().ready_guide().index.articles.get(slug)
    if article is None:
        abort(404)
    return render_template("article.html", article=article, body=render_article(article))


def render_article(article: Article) -> Markup:
    """Render an article body to sanitized HTML whose heading ids match passage anchors."""
    import markdown  # on the first page shown: its import (~40 ms) is no answer's to wait for

    html = markdown.markdown(article.body, extensions=["toc", "sane_lists"])
    return Markup(
        nh3.clean(
            html,
            tags=_ALLOWED_TAGS,
            attributes=_ALLOWED_ATTRIBUTES,
            url_schemes={"http", "https", "mailto", "tel"},
        )
    )
