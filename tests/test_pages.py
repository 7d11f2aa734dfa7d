import re

from bot.knowledge import parse_article


def test_chat_page_has_the_question_box_and_disclaimer(client):
    page = client.get("/").get_data(as_text=True)
    assert '<label for="question">Your question</label>' in page
    assert "not medical advice" in page
    assert 'src="/static/chat.js"' in page


def test_knowledge_index_lists_articles_by_group(client):
    page = client.get("/knowledge/").get_data(as_text=True)
    assert "Side effects and risks" in page
    assert 'href="/knowledge/cytokine-release-syndrome"' in page
    assert "not medical advice" in page


def test_article_page_has_anchors_for_every_cited_section(client, knowledge_dir):
    article = parse_article(knowledge_dir / "cytokine-release-syndrome.md")
    page = client.get("/knowledge/cytokine-release-syndrome").get_data(as_text=True)
    for passage in article.passages:
        if passage.anchor:
            assert f'id="{passage.anchor}"' in page
    assert "Last reviewed" in page and "2026-11-01" in page
    assert "Current concepts in the diagnosis and management of cytokine release syndrome" in page


def test_source_links_in_answers_open_the_right_section(client):
    reply = client.post("/api/chat", json={"message": "How is CRS treated?"}).get_json()
    url = reply["sources"][0]["url"]
    path, anchor = url.split("#")
    page = client.get(path).get_data(as_text=True)
    heading = re.search(rf'<h2 id="{anchor}">(.*?)</h2>', page)
    assert heading and heading.group(1) == reply["sources"][0]["section"]


def test_article_html_is_sanitized(tmp_path, test_config, knowledge_dir, make_app):
    from bot.embedder import FakeEmbedder
    from bot.index import build_index, save_index
    from bot.knowledge import load_knowledge

    evil = knowledge_dir / "cost-of-car-t.md"
    evil.write_text(
        evil.read_text()
        + "\n<script>alert(1)</script>\n\n[click](javascript:alert(2))\n\n"
        + '<img src=x onerror="alert(3)">\n'
    )
    save_index(build_index(load_knowledge(knowledge_dir), FakeEmbedder()), test_config["INDEX_DIR"])
    page = make_app().test_client().get("/knowledge/cost-of-car-t").get_data(as_text=True)
    assert "<script>alert" not in page
    assert "javascript:" not in page
    assert "onerror" not in page


def test_unknown_pages_are_a_friendly_404(client):
    response = client.get("/knowledge/no-such-article")
    assert response.status_code == 404
    assert "text/html" in response.content_type
    assert "not medical advice" in response.get_data(as_text=True)
