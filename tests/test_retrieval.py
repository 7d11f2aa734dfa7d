import shutil
from contextlib import nullcontext

import numpy as np
import pytest
import threadpoolctl
from fake_guide import FIXTURE_KNOWLEDGE

from bot import asked_before, dense_bound, retrieval
from bot.config import PROJECT_ROOT
from bot.dense_bound import DenseBound
from bot.embedder import FakeEmbedder
from bot.index import build_index, load_index, save_index, with_memory
from bot.knowledge import load_knowledge
from bot.retrieval import (
    COVERAGE_WEIGHT,
    REASON_PENALTY,
    SHORTLIST_PASSAGES,
    UNKNOWN_WORD_PENALTY,
    YES_NO_OPENING_PENALTY,
    Retriever,
    covered_share,
)
from bot.sentence_choice import Labelled


@pytest.fixture(scope="module")
def index():
    return build_index(load_knowledge(FIXTURE_KNOWLEDGE), FakeEmbedder())


def test_a_question_worded_as_a_section_is_asked_finds_that_section(index):
    # "actemra" is in no article's text, only in the section's asked_as.
    ranking = Retriever(index, FakeEmbedder()).rank("what is actemra for")
    assert index.passages[ranking.hits[0].position].id == (
        "cytokine-release-syndrome#how-is-crs-treated"
    )
    assert ranking.unknown == 0.0
    assert ranking.coverage == 1.0  # the section (with its asked_as) uses every word


def test_question_headings_and_asked_as_are_embedded_and_kept(index, tmp_path):
    treated = [p.id for p in index.passages].index("cytokine-release-syndrome#how-is-crs-treated")
    asked = [i for i in index.question_owner if i == treated]
    assert len(asked) == 5  # the heading and four asked_as phrasings
    save_index(index, tmp_path)
    loaded = load_index(tmp_path)
    assert (loaded.question_vectors == index.question_vectors).all()
    asked_as = loaded.articles["cytokine-release-syndrome"].asked_as
    assert asked_as == index.articles["cytokine-release-syndrome"].asked_as
    assert "what is actemra for" in asked_as["how-is-crs-treated"]


@pytest.mark.parametrize("scores", ["question_scores", "dense_scores"])
def test_scores_follow_the_positions_in_any_order(index, scores):
    score = getattr(Retriever(index, FakeEmbedder()), scores)
    query = FakeEmbedder().encode(["how is crs treated"])[0]
    positions = np.arange(len(index.passages))
    ascending = score(query, positions)
    backwards = score(query, positions[::-1].copy())
    assert np.array_equal(backwards, ascending[::-1])


def test_words_the_guide_never_uses_lower_the_confidence(index):
    ranking = Retriever(index, FakeEmbedder()).rank("tamoxifen dose for crs")
    best = max(hit.dense for hit in ranking.hits)
    assert ranking.unknown == pytest.approx(2 / 3)
    # Only "crs" is used, and unknown words weigh most: the passage covers under a third.
    assert 0 < ranking.coverage < 1 / 3
    assert ranking.confidence == pytest.approx(
        best - UNKNOWN_WORD_PENALTY * 2 / 3 + COVERAGE_WEIGHT * ranking.coverage
    )


def test_who_a_question_is_asked_of_does_not_lower_its_coverage(index):
    retriever = Retriever(index, FakeEmbedder())
    told = retriever.rank("my grandpa is 68, how is crs treated")
    asked = retriever.rank("how is crs treated")
    assert told.unknown == asked.unknown == 0.0
    assert told.coverage == pytest.approx(asked.coverage)


def test_each_passage_is_credited_with_the_share_of_the_question_words_it_uses(index):
    retriever = Retriever(index, FakeEmbedder())
    weights = index.lexical.word_weights("tamoxifen dose for crs treated with steroids")
    shares = retriever.covered_shares(weights)
    words = index.lexical.passage_words()
    assert shares == pytest.approx([covered_share(weights, w) for w in words])
    assert 0 < shares.max() < 1  # no passage uses "tamoxifen"


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("hes 19, do they give steroids for crs", 0.0),  # who is asked of is not what
        ("my grandpa is 68, do they give tamoxifen for crs", 1 / 4),
        ("do they give steriods for crs", 0.0),  # two letters swapped
        ("do they give sterooids for crs", 0.0),  # a letter more
        ("do they give steroid for crs", 0.0),
        ("do they give tamoxifen for crs", 1 / 4),
    ],
)
def test_a_misspelt_word_is_not_one_the_guide_never_uses(index, question, unknown):
    assert Retriever(index, FakeEmbedder()).rank(question).unknown == pytest.approx(unknown)


# Everyday words, as the model's tokenizer holds them whole.
EVERYDAY = frozenset(
    {
        "do",
        "they",
        "give",
        "keep",
        "until",
        "during",
        "ball",
        "park",
        "insured",
        "pink",
        "shed",
        "different",
        "cross",
        "fit",
        "baby",
        "hum",
        "ira",
        "does",
        "cover",
        "live",
        "texas",
    }
)


@pytest.mark.parametrize(
    ("message", "unknown"),
    [
        # "tamoxifen" is no everyday word: it names a medicine, and counts twice.
        ("do they give tamoxifen for crs", 2 / 4),
        # Everyday words with an ending, a prefix or a second word added, or a letter out, are
        # no names: "ballpark", "uninsured", "pinkish", "shedding", "insurred".
        ("do they give ballpark for crs", 1 / 4),
        ("do they give uninsured for crs", 1 / 4),
        ("do they give pinkish for crs", 1 / 4),
        ("do they give shedding for crs", 1 / 4),
        ("do they give crossfit for crs", 1 / 4),
        ("do they give babies for crs", 1 / 4),
        # ...but a name the tokenizer splits into two pieces of three letters is no everyday
        # word ("hum" + "ira").
        ("do they give humira for crs", 2 / 4),
        ("do they give insurred for crs", 1 / 4),
        # A medicine to stop, or kept until CAR-T, is the guide's, whatever its name.
        ("do they stop tamoxifen for crs", 1 / 4),
        ("do they keep tamoxifen until crs", 3 / 5),
        ("do they keep tamoxifen during crs", 4 / 5),
        # Capitalised within a sentence, a word no passage uses names a thing, everyday or not...
        ("do they give steroids in Texas for crs", 2 / 5),
        ("do they give steroids in texas for crs", 1 / 5),
        # ...but not the first word of a sentence, nor a word the guide uses.
        ("Texas gives steroids for crs", 1 / 4),
        ("do they give Steroids in Texas for CRS", 2 / 5),
    ],
)
def test_a_word_naming_a_thing_the_guide_never_names_counts_twice(index, message, unknown):
    retriever = Retriever(index, FakeEmbedder(words=EVERYDAY))
    ranking = retriever.with_named_things(retriever.rank(message), message)
    assert ranking.unknown == pytest.approx(unknown)


def test_only_the_messages_own_words_name_a_thing(index):
    # A follow-up read with its topic's words ("how is it different" after a medicine named)
    # asks nothing of a new thing; with no list of everyday words, no word names one.
    retriever = Retriever(index, FakeEmbedder(words=EVERYDAY))
    ranking = retriever.rank("how is tamoxifen different for crs")
    asked = retriever.with_named_things(ranking, "how is tamoxifen different").unknown
    assert asked > retriever.with_named_things(ranking, "how is it different").unknown
    assert retriever.with_named_things(ranking, "how is it different").unknown == ranking.unknown
    plain = Retriever(index, FakeEmbedder())
    ranking = plain.rank("do they give tamoxifen for crs")
    message = "do they give tamoxifen for crs"
    assert plain.with_named_things(ranking, message).unknown == ranking.unknown


def test_words_a_spanish_reading_left_as_written_name_nothing(index):
    # Words a Spanish message's English reading left as written name no thing the guide never
    # names, and with them aside they weigh on neither side of whether the guide covers it.
    retriever = Retriever(index, FakeEmbedder(words=EVERYDAY))
    message = "do they give tamoxifen for crs"
    ranking = retriever.rank(message)
    assert retriever.with_named_things(ranking, message).unknown > ranking.unknown
    left = frozenset({"tamoxifen"})
    assert retriever.with_named_things(ranking, message, left).unknown == ranking.unknown
    assert retriever.with_words_aside(ranking, left).unknown < ranking.unknown
    assert retriever.with_words_aside(ranking, frozenset()) is ranking


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("what is toclizumab", "what is tocilizumab"),  # a letter less
        ("what is tocilizuumab", "what is tocilizumab"),  # a letter more
        ("is it expnesive", "is it expensive"),  # two letters swapped
        ("what is tamoxifen", "what is tamoxifen"),  # no word of the guide is one letter away
        ("is it costly", "is it costly"),  # too short to be read as another word
    ],
)
def test_a_misspelt_word_is_read_as_the_guides_word(index, question, read_as):
    assert Retriever(index, FakeEmbedder()).spelled(question) == read_as


@pytest.fixture(scope="module")
def guide_index():
    # The real articles, which name the conditions (the fixture's name none).
    return build_index(load_knowledge(PROJECT_ROOT / "knowledge"), FakeEmbedder())


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("lupis car t results", "lupus car t results"),  # a letter other than in a condition
        ("myosotis car t", "myositis car t"),
        ("can car t help myasthinia gravis", "can car t help myasthenia gravis"),
        # Real words one letter from a word of the guide are left alone: "stuff" from the stiff
        # of stiff-person syndrome, "graves" from myasthenia gravis, "cancel" from cancer,
        # "massage" from message, "pounding" from founding.
        ("will the stuff in my fridge go off", "will the stuff in my fridge go off"),
        ("graves disease car t", "graves disease car t"),
        ("how do i cancel my gym membership", "how do i cancel my gym membership"),
        ("can i get a massage after car t", "can i get a massage after car t"),
        ("pounding headache after car t", "pounding headache after car t"),
    ],
)
def test_a_condition_misspelt_by_a_letter_is_read_as_its_name(guide_index, question, read_as):
    assert Retriever(guide_index, FakeEmbedder()).spelled(question) == read_as


@pytest.mark.parametrize(
    ("question", "read_as", "unknown"),
    [
        # A name from the public lists is a name, never a misspelt word of the guide's
        # ("humana" is "human" with a letter more)...
        ("does humana cover car t", "does humana cover car t", 1 / 4),
        ("is md anderson doing car t", "is md anderson doing car t", 2 / 4),
        # ...and a brand is read as the generic the guide writes of.
        ("car t vs ocrevus for ms", "car t vs ocrelizumab for ms", 0.0),
    ],
)
def test_a_listed_name_is_read_as_a_name(guide_index, question, read_as, unknown):
    retriever = Retriever(guide_index, FakeEmbedder())
    assert retriever.spelled(question) == read_as
    assert retriever.unknown_share(question) == pytest.approx(unknown)


def test_a_misspelt_word_finds_what_the_word_finds(index):
    retriever = Retriever(index, FakeEmbedder())
    misspelt, spelled = retriever.rank("toclizumab"), retriever.rank("tocilizumab")
    assert misspelt.weights == spelled.weights
    assert misspelt.unknown == 0.0


def test_past_its_size_limit_a_shortlist_ranks_as_scoring_every_passage(tmp_path):
    # Real articles with the fake model: the graph is searched in place of comparing the
    # question with every vector, and the top 5 should not change.
    # Saved and loaded: the graph is read from its file only for the retriever that searches it.
    for article in sorted((PROJECT_ROOT / "knowledge").glob("*.md"))[:24]:
        shutil.copy(article, tmp_path)
    save_index(build_index(load_knowledge(tmp_path), FakeEmbedder()), tmp_path / "index")
    index = load_index(tmp_path / "index")
    exact = Retriever(index, FakeEmbedder())
    shortlisted = Retriever(index, FakeEmbedder(), exact_vectors=0)
    assert shortlisted.shortlists and not exact.shortlists
    questions = [p.section for p in index.passages if p.section.endswith("?")]
    same = [
        [h.position for h in exact.rank(q).hits] == [h.position for h in shortlisted.rank(q).hits]
        for q in questions
    ]
    assert len(index.passages) > 2 * SHORTLIST_PASSAGES
    assert sum(same) / len(same) >= 0.99


def test_scoring_only_the_passages_that_could_rank_ranks_as_scoring_every_one(tmp_path):
    # To the last bit: the int8 pass leaves passages out, never changes a score.
    for article in sorted((PROJECT_ROOT / "knowledge").glob("*.md"))[:24]:
        shutil.copy(article, tmp_path)
    index = build_index(load_knowledge(tmp_path), FakeEmbedder())
    retriever = Retriever(index, FakeEmbedder())
    every = np.arange(len(index.passages))
    questions = [p.section for p in index.passages][::3]
    for k in (5, 20):
        for question in questions:
            ranked = retriever.rank(question, k=k)
            retriever._could_lead = lambda *_: every
            scored = retriever.rank(question, k=k)
            del retriever._could_lead
            assert (scored.hits, scored.coverage) == (ranked.hits, ranked.coverage)


def test_a_saved_index_ranks_with_the_int8_copy_kb_build_saved(index, tmp_path, monkeypatch):
    # Read from the release, not made again at the start; the rankings are the same.
    made = Retriever(index, FakeEmbedder())
    save_index(index, tmp_path)
    monkeypatch.setattr(DenseBound, "__init__", None)  # making a copy now would fail
    read = Retriever(load_index(tmp_path), FakeEmbedder())
    for question in [p.section for p in index.passages]:
        assert read.rank(question).hits == made.rank(question).hits


def test_an_index_saved_without_the_int8_copy_makes_it(index, tmp_path):
    save_index(index, tmp_path)
    (tmp_path / "current" / dense_bound.ROWS_FILE).unlink()
    loaded = load_index(tmp_path)
    assert loaded.stored_bound is None
    made, read = Retriever(index, FakeEmbedder()), Retriever(loaded, FakeEmbedder())
    for question in ("how is crs treated", "can i drive after car-t"):
        assert read.rank(question).hits == made.rank(question).hits


@pytest.mark.parametrize(
    ("question", "lowered"),
    [
        ("when can i drive after car-t", True),
        ("how long until i can drive", True),
        ("can i drive after car-t", False),  # a yes/no question is answered "Yes" or "No"
    ],
)
def test_a_section_opening_yes_or_no_ranks_lower_for_an_open_question(
    knowledge_dir, monkeypatch, question, lowered
):
    page = knowledge_dir / "staying-near-the-center-and-driving.md"
    page.write_text(
        page.read_text().replace("Since June 2025", "No, not at first. Since June 2025")
    )
    index = build_index(load_knowledge(knowledge_dir), FakeEmbedder())
    drive = [p.id for p in index.passages].index(
        "staying-near-the-center-and-driving#can-i-drive-after-car-t"
    )

    drop = YES_NO_OPENING_PENALTY if lowered else 0.0
    assert_only_lowered(monkeypatch, index, question, "YES_NO_OPENING_PENALTY", drive, drop)


@pytest.mark.parametrize(
    ("question", "lowered"),
    [
        ("can car-t help crs go away", True),  # whether it helps: what came of it
        ("has tocilizumab worked for crs", True),
        ("how could tocilizumab help", False),  # how it could help: the reason is the answer
        ("what is crs", False),
    ],
)
def test_a_section_saying_why_ranks_lower_for_a_question_asking_results(
    knowledge_dir, monkeypatch, question, lowered
):
    page = knowledge_dir / "cytokine-release-syndrome.md"
    page.write_text(
        page.read_text() + "\n## How could tocilizumab help?\n\nTocilizumab blocks IL-6 in CRS.\n"
    )
    index = build_index(load_knowledge(knowledge_dir), FakeEmbedder())
    why = [p.id for p in index.passages].index(
        "cytokine-release-syndrome#how-could-tocilizumab-help"
    )

    drop = REASON_PENALTY if lowered else 0.0
    assert_only_lowered(monkeypatch, index, question, "REASON_PENALTY", why, drop)


def assert_only_lowered(monkeypatch, index, question, penalty, position, drop):
    """The penalty lowers the passage at `position` by `drop` for this question, and no other."""

    def scores() -> dict[int, float]:
        ranking = Retriever(index, FakeEmbedder()).rank(question, k=len(index.passages))
        return {hit.position: hit.score for hit in ranking.hits}

    with_penalty = scores()
    monkeypatch.setattr(retrieval, penalty, 0.0)
    without = scores()
    assert without[position] - with_penalty[position] == pytest.approx(drop, abs=1e-6)
    assert all(with_penalty[p] == pytest.approx(without[p]) for p in without if p != position)


def test_the_memory_votes_the_same_narrowed_down_by_the_int8_pass(index, tmp_path):
    # The labelled questions' rows join the int8 copy (kb build): the vote then reads in
    # float32 only the rows that could vote, and every ranking is the one the vote over every
    # row gives, with a set left out too; the copy is saved and read with its memory rows.
    ids = [p.id for p in index.passages]
    sections = [p.section for p in index.passages]
    asked = [
        Labelled(
            str(1 + n % 3), f"{opening}{section}", frozenset({ids[(n + shift) % len(ids)]}), ()
        )
        for n, section in enumerate(sections)
        for shift, opening in enumerate(("", "so ", "please tell me "))
    ]
    # Uncovered questions too, whose rows follow (the nearest of them, which the decision reads).
    uncovered = [(str(1 + n % 3), f"what about {s.lower()} abroad") for n, s in enumerate(sections)]
    memory = asked_before.build(asked, ids, FakeEmbedder(), uncovered=uncovered)
    recalled = with_memory(index, memory)
    save_index(recalled, tmp_path)
    narrowed = Retriever(load_index(tmp_path), FakeEmbedder())
    assert narrowed._memory_rows is not None and narrowed._uncovered_rows is not None
    every_row = Retriever(recalled, FakeEmbedder())
    every_row._memory_rows = None
    voted = 0
    for question in sections + [f"what about {s.lower()}" for s in sections]:
        for group in (None, "2"):
            with every_row.index.asked_before.leaving_out(group) if group else nullcontext():
                expected = every_row.rank(question, k=5)
            with narrowed.index.asked_before.leaving_out(group) if group else nullcontext():
                ranked = narrowed.rank(question, k=5)
            assert (ranked.hits, ranked.coverage) == (expected.hits, expected.coverage)
            assert expected.uncovered_bounds is None and ranked.uncovered_bounds is not None
            with (
                threadpoolctl.threadpool_limits(1, "blas"),  # as a worker (test_asked_before)
                narrowed.index.asked_before.leaving_out(group) if group else nullcontext(),
            ):
                found = narrowed.index.asked_before
                assert found.nearest_uncovered(ranked.query_vector) == found.nearest_uncovered(
                    ranked.query_vector, ranked.uncovered_bounds
                )
        voted += memory.votes(expected.query_vector, len(ids)).any()
    assert voted > len(sections)  # most questions have labelled ones near enough to vote
    # An index whose copy lacks the memory's rows (saved before them) votes over every row.
    assert Retriever(index, FakeEmbedder())._memory_rows is None
