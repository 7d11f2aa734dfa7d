"""/trials pages, /api/trials, and trial searches in the chat, as a patient or client sees them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fake_guide import FIXTURE_KNOWLEDGE

from bot.config import PROJECT_ROOT

NOTICE = "Trial status changes; confirm with the study team."


@pytest.fixture
def knowledge_dir(tmp_path) -> Path:
    """The fixture articles and the real guidance on finding a trial, which chat replies quote."""
    directory = Path(shutil.copytree(FIXTURE_KNOWLEDGE, tmp_path / "knowledge"))
    shutil.copy(PROJECT_ROOT / "knowledge" / "finding-a-trial.md", directory)
    return directory


def page_text(response) -> str:
    return response.get_data(as_text=True)


def test_the_trial_list_shows_every_trial_with_the_notice(client):
    response = client.get("/trials")
    assert response.status_code == 200
    text = page_text(response)
    assert NOTICE in text
    assert text.count('class="trial-card"') >= 25
    assert "Last checked" in text


def test_filters_work_from_the_query_string_and_stay_selected(client):
    text = page_text(client.get("/trials?condition=lupus-nephritis&state=TX"))
    assert "1 trial matches Lupus nephritis, in Texas" in text
    assert "NKX019 donor CAR-NK cells for lupus nephritis (Ntrust-1)" in text
    assert "Sites: Dallas, Texas, United States." in text
    assert '<option value="Texas" selected>' in text
    assert '<option value="lupus-nephritis" selected>' in text


def test_no_match_says_so_and_links_the_whole_list(client):
    text = page_text(client.get("/trials?condition=lupus&country=Germany"))
    assert "No trial in our list matches Lupus (SLE), in Germany" in text
    assert 'href="/trials">see all trials</a>' in text
    assert '<option value="Germany" selected>' in text


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("status=open", "Unknown status &#39;open&#39;"),
        ("state=Narnia", "Unknown US state &#39;Narnia&#39;"),
        ("condition=flu", "Unknown condition &#39;flu&#39;"),
    ],
)
def test_a_bad_filter_gets_a_page_that_names_the_problem(client, query, message):
    response = client.get(f"/trials?{query}")
    assert response.status_code == 400
    assert response.mimetype == "text/html"
    text = page_text(response)
    assert "We could not use that search" in text
    assert message in text
    assert '<form class="trial-filters"' in text


def test_a_trial_page_shows_last_checked_the_notice_and_the_registry_link(client):
    text = page_text(client.get("/trials/NCT06557265"))
    assert NOTICE in text
    assert 'Last checked <time datetime="2026-12-01">2026-12-01</time>' in text
    assert 'href="https://clinicaltrials.gov/study/NCT06557265"' in text
    assert "Nkarta Investigational Site, Dallas, Texas, United States" in text
    assert "Where we checked these facts" in text


def test_a_trial_without_sites_says_see_the_registry(client):
    assert "Sites: see the registry." in page_text(client.get("/trials/NCT06342960"))


def test_an_unknown_trial_is_a_404_page(client):
    response = client.get("/trials/NCT00000000")
    assert response.status_code == 404
    assert "There is no trial NCT00000000 in our list." in page_text(response)


@pytest.mark.parametrize("path", ["/", "/knowledge/", "/embed", "/trials"])
def test_the_trial_list_is_linked_from_the_chat_the_widget_and_the_articles(client, path):
    assert 'href="/trials"' in page_text(client.get(path))


def test_the_api_returns_the_same_trials_as_json(client):
    body = client.get("/api/trials?condition=lupus-nephritis&state=texas").get_json()
    assert body["filters"] == {"condition": "lupus-nephritis", "state": "Texas"}
    assert body["total"] == 1
    assert body["notice"] == NOTICE
    (trial,) = body["trials"]
    assert trial["nct_id"] == "NCT06557265"
    assert trial["status"] == "recruiting"
    assert trial["phase"] == "Phase 1 / Phase 2"
    assert trial["sites"] == [
        {
            "facility": "Nkarta Investigational Site",
            "city": "Dallas",
            "state": "Texas",
            "country": "United States",
        }
    ]
    assert trial["url"] == "/trials/NCT06557265"
    assert trial["registry_url"] == "https://clinicaltrials.gov/study/NCT06557265"
    assert trial["last_verified"] == "2026-12-01"


def test_the_api_lists_recruiting_trials_first(client):
    statuses = [t["status"] for t in client.get("/api/trials").get_json()["trials"]]
    assert statuses[0] == "recruiting"
    assert statuses.index("active_not_recruiting") > statuses.index("not_yet_recruiting")


@pytest.mark.parametrize(
    ("query", "code", "message"),
    [
        ("country=Narnia", "invalid_country", "Unknown country 'Narnia'"),
        ("status=open", "invalid_status", "Unknown status 'open'"),
        ("phase=9", "invalid_phase", "Unknown phase '9'"),
        ("target=cd20", "invalid_target", "Unknown target 'cd20'"),
    ],
)
def test_the_api_refuses_bad_parameters_in_the_one_error_shape(client, query, code, message):
    response = client.get(f"/api/trials?{query}")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == code
    assert error["message"].startswith(message)


def test_a_trial_search_in_the_chat_quotes_the_guidance_and_lists_matches(ask):
    body = ask("is there a lupus nephritis trial in texas")
    assert body["kind"] == "answer"
    assert body["sources"] and all(
        s["url"].startswith("/knowledge/finding-a-trial") for s in body["sources"]
    )
    assert "[1]" in body["answer"]
    assert [t["nct_id"] for t in body["trials"]] == ["NCT06557265"]
    assert body["trials"][0]["sites"][0]["city"] == "Dallas"
    assert body["trials_search"] == {
        "url": "/trials?condition=lupus-nephritis&country=United+States&state=Texas",
        "description": "Lupus nephritis, in Texas",
        "total": 1,
    }


def test_recruiting_trials_for_a_condition_are_at_most_five(ask):
    body = ask("trials recruiting for myositis")
    assert 0 < len(body["trials"]) <= 5
    assert all(t["status"] == "recruiting" for t in body["trials"])
    assert body["trials_search"]["url"] == "/trials?condition=myositis&status=recruiting"
    assert body["trials_search"]["total"] >= len(body["trials"])


def test_no_match_in_the_chat_says_so_with_an_empty_list(ask):
    body = ask("lupus car t trials in germany")
    assert body["kind"] == "answer"
    assert body["trials"] == []
    assert body["trials_search"]["total"] == 0
    assert body["trials_search"]["description"] == "Lupus (SLE), in Germany"


def test_a_city_puts_its_sites_first(ask):
    body = ask("any lupus nephritis studies near Chicago?")
    (trial,) = body["trials"]
    assert trial["sites"][0]["city"] == "Chicago"


@pytest.mark.parametrize(
    "message",
    [
        "will my insurance pay for anything if im in a car t trial",
        "if i join a car-t trial what won't they pay for",
    ],
)
def test_a_question_about_trials_in_general_is_answered_from_its_section(ask, message):
    body = ask(message)
    assert body["kind"] == "answer"
    assert body["trials"] is None and body["trials_search"] is None
    assert body["sources"][0]["url"].startswith("/knowledge/cost-of-car-t#who-pays")


def test_other_questions_have_no_trial_list(ask):
    body = ask("What is cytokine release syndrome?")
    assert body["trials"] is None and body["trials_search"] is None


def test_safety_comes_before_a_trial_search(ask):
    body = ask("I have a fever of 39 after car t, is there a trial in texas")
    assert body["kind"] == "urgent"
    assert body["trials"] is None


def history_of(questions: list[str]) -> list[dict]:
    turns = []
    for earlier in questions:
        turns += [{"role": "user", "content": earlier}, {"role": "assistant", "content": "…"}]
    return turns


@pytest.mark.parametrize(
    ("history", "message", "url"),
    [
        (["does car-t work for multiple sclerosis?"], "are there any trials?",
         "/trials?condition=multiple-sclerosis"),
        (["are there trials recruiting for lupus"], "what about myositis?",
         "/trials?condition=myositis&status=recruiting"),
        (["can car-t help myasthenia gravis", "what about lupus"], "can i join a trial for it",
         "/trials?condition=lupus"),
    ],
)  # fmt: skip
def test_a_trial_search_that_follows_up_searches_for_the_conversations_condition(
    ask, history, message, url
):
    body = ask(message, history_of(history))
    assert body["trials_search"]["url"] == url


def test_a_follow_up_on_trials_asking_what_the_guide_does_not_cover_is_no_search(ask):
    body = ask("do they pay you to be in it", history_of(["are there trials recruiting for lupus"]))
    assert body["kind"] == "no_answer"
    assert body["trials_search"] is None
    assert "payment for taking part in a trial" in body["answer"]


@pytest.fixture
def ms_article(knowledge_dir):
    """The MS article too, before the index is built."""
    shutil.copy(PROJECT_ROOT / "knowledge" / "multiple-sclerosis.md", knowledge_dir)


def test_a_trial_search_for_a_condition_quotes_its_section_on_trials(ms_article, ask):
    body = ask("are there car-t trials for MS?")
    assert body["sources"][0]["url"].startswith(
        "/knowledge/multiple-sclerosis#which-car-t-trials-are-testing-ms"
    )
    assert body["trials_search"]["url"] == "/trials?condition=multiple-sclerosis"


@pytest.fixture
def in_vivo_article(knowledge_dir):
    """The in vivo CAR-T article too, before the index is built."""
    shutil.copy(PROJECT_ROOT / "knowledge" / "in-vivo-car-t.md", knowledge_dir)


def test_any_trials_after_a_kind_of_car_t_quotes_how_far_its_research_has_got(in_vivo_article, ask):
    # "any trials" after in vivo CAR-T: the article's section on its research ranks with the
    # guidance on searching, and leads when it matches better.
    answered = {"slug": "in-vivo-car-t", "anchor": "what-is-in-vivo-car-t"}
    history = [
        {"role": "user", "content": "what is in vivo car t"},
        {"role": "assistant", "content": "…", "sources": [answered]},
    ]
    body = ask("any trials", history)
    assert body["sources"][0]["url"].startswith(
        "/knowledge/in-vivo-car-t#how-far-along-is-in-vivo-car-t-research"
    )
    assert "trials_search" in body
