"""A pattern set answers exactly as searching each of its patterns in turn would."""

import json
import re
from pathlib import Path

import pytest

from bot import pattern_set  # the package imports every module: MADE holds all their patterns
from bot.normalize import normalize
from bot.pattern_set import MADE, LazyPattern, PatternSet, unless
from bot.red_flags import INSTRUCTIONS, SELF_HARM, SIGNS

EVAL = Path(__file__).parents[1] / "eval"
PROGRAM = tuple(MADE)  # the program's own, before these tests make theirs


def eval_messages() -> list[str]:
    """Every message, question and turn of every evaluation set, normalized as triage reads it."""
    messages = set()
    for path in EVAL.rglob("*.jsonl"):
        for line in path.read_text().splitlines():
            if line.strip():
                item = json.loads(line)
                messages.update(item[key] for key in ("message", "text", "question") if key in item)
                messages.update(turn["message"] for turn in item.get("turns", ()))
    return sorted(normalize(m) for m in messages)


@pytest.mark.parametrize(
    "patterns",
    [SELF_HARM, INSTRUCTIONS, tuple(pattern for _, pattern in SIGNS)],
    ids=["SELF_HARM", "INSTRUCTIONS", "SIGNS"],
)
def test_the_triage_pattern_sets_match_the_eval_messages_their_patterns_match(patterns):
    texts = eval_messages()
    pattern_set = PatternSet(patterns)
    differ = [
        t
        for t in texts
        if pattern_set.matching(t) != {p for p in patterns if p.search(t)}
        or pattern_set.search(t) != any(p.search(t) for p in patterns)
    ]
    assert len(texts) > 8000
    assert differ == []


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bsuicid\w*", "feeling suicidal"),
        (r"abc(?:defg)?h", "abch"),  # an optional part is no fixed piece
        (r"(?:foo|)bar", "bar"),  # an empty alternative needs no piece
        (r"(?:kill|hurt)(?:ing)? me", "hurting me"),
        (r"(?:to ){2,}die", "to to die"),
        (r"(?<!not )want to die", "i want to die"),
        (r"(?i:overdose)", "OVERDOSE"),  # a scoped flag changes what its letters match
        (r"(?i)end it all", "End It All"),
        (r"[a-c]+\d", "b7"),  # no fixed piece: searched every time
        (r"(\w+) \1", "bye bye"),
        # What a lookahead or lookbehind needs is in the text, beyond the match (`guarded`).
        (r"^(?=[^\n]*?(?:nails into))(?![^\n]*\bjoking\b)", "dug my nails into my arm"),
        (r"(?<=cut )myself", "i cut myself"),
        (r"(?!not )(?:want|wish) to die", "i wish to die"),  # a lookahead that must not match
    ],
)
def test_a_set_finds_what_its_pattern_finds_and_nothing_more(pattern, text):
    compiled = re.compile(pattern)
    assert PatternSet([compiled]).search(text)
    assert PatternSet([re.compile("nowhere"), compiled]).search(text)
    assert not PatternSet([compiled]).search("nothing of the kind")


def test_a_guarded_pattern_is_searched_only_in_texts_holding_a_piece_its_lookahead_needs():
    guarded = re.compile(pattern_set.guarded(unless("joking") + r"\bnails into\b"))
    assert pattern_set._needed(guarded) == frozenset({"nails into"})
    assert pattern_set._needed(re.compile(r"(?!nails into)x")) == frozenset({"x"})


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(r"\bsuicid\w*", "feeling suicidal"), (r"(?i)end it all", "End It All")],
)
def test_a_lazy_pattern_is_found_where_its_compiled_pattern_is(pattern, text):
    lazy = LazyPattern(pattern)
    assert PatternSet([lazy]).search(text)
    assert not PatternSet([lazy]).search("nothing of the kind")


def _seen(found):
    """What a caller sees of a result: a match's span and groups; lists and tuples of them."""
    if isinstance(found, re.Match):
        return found.span(), found.groups()
    return found if isinstance(found, str | int | None) else [_seen(f) for f in found]


@pytest.mark.parametrize(
    ("method", "arguments"),
    [
        ("search", ("a Fever of 101",)),
        ("match", ("fever of 101",)),
        ("fullmatch", ("FEVERS",)),
        ("finditer", ("fever, 3 fevers",)),
        ("findall", ("fever, 3 fevers",)),
        ("sub", ("[X]", "a fever of 101")),
        ("subn", ("[X]", "a fever of 101")),
        ("split", ("a fever of 101",)),
    ],
)
def test_a_lazy_pattern_answers_as_its_compiled_pattern_does(method, arguments):
    pattern, flags = r"(fever)s?|\d+", re.IGNORECASE
    expected = _seen(getattr(re.compile(pattern, flags), method)(*arguments))
    lazy = LazyPattern(pattern, flags)
    # The first call compiles it; later calls go to the compiled pattern's own method.
    assert [_seen(getattr(lazy, method)(*arguments)) for _ in range(2)] == [expected, expected]


def test_a_lazy_pattern_offers_all_a_compiled_pattern_does():
    lazy, compiled = LazyPattern(r"(?P<word>\w+) (\d+)"), re.compile(r"(?P<word>\w+) (\d+)")
    public = [name for name in dir(compiled) if not name.startswith("_")]
    assert [name for name in public if not hasattr(lazy, name)] == []
    assert (lazy.groups, lazy.groupindex) == (compiled.groups, compiled.groupindex)


def test_every_deferred_pattern_in_the_program_compiles():
    # A broken one would otherwise fail only when some message first reached it.
    assert len(MADE) > 200
    for lazy in MADE:
        re.compile(lazy.pattern, lazy.flags)


def test_a_broken_pattern_fails_when_its_set_is_made_not_when_searched():
    with pytest.raises(re.error):
        PatternSet([LazyPattern(r"\bkill(?:ing myself")])


@pytest.mark.parametrize("words", [1, 40], ids=["short text", "long text"])
def test_a_large_set_finds_every_kind_of_piece_in_short_texts_and_long(words):
    # A text short beside the pieces is looked at for those beginning as its places do.
    patterns = [re.compile(r"\box\b"), re.compile("more words")]
    patterns += [re.compile(f"word{n}\\b") for n in range(100)]
    padding = " and" * words
    assert PatternSet(patterns).search(f"an ox{padding}")  # a piece of two letters
    assert PatternSet(patterns).search(f"some more words{padding}")
    assert PatternSet(patterns).search(f"{padding} word99")
    assert not PatternSet(patterns).search(f"an axe, more wards, words{padding}")


def test_an_empty_set_matches_nothing():
    assert not PatternSet([]).search("anything")


def test_a_set_made_again_reads_its_pieces_from_the_cache_and_searches_alike(tmp_path, monkeypatch):
    monkeypatch.setattr(pattern_set, "_PIECES_CACHE", tmp_path)
    parsed = PatternSet(SELF_HARM)
    monkeypatch.setattr(pattern_set, "_needed", lambda pattern: pytest.fail("parsed again"))
    cached = PatternSet(SELF_HARM)
    assert len(cached._gated) == len(parsed._gated)
    assert cached._always == parsed._always
    texts = eval_messages()
    assert [cached.search(t) for t in texts] == [parsed.search(t) for t in texts]


def test_a_changed_pattern_is_parsed_afresh_and_a_broken_one_still_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(pattern_set, "_PIECES_CACHE", tmp_path)
    assert PatternSet([LazyPattern(r"\bkill me\b")]).search("kill me")
    # Pieces kept for the first pattern would never let the second be searched.
    assert PatternSet([LazyPattern(r"\bhurt me\b")]).search("hurt me")
    with pytest.raises(re.error):
        PatternSet([LazyPattern(r"\bkill(?:ing myself")])


def _answer(target, method, arguments, keywords):
    found = getattr(target, method)(*arguments, **keywords)
    return _seen(list(found) if method == "finditer" else found)


@pytest.mark.parametrize(
    ("method", "arguments", "keywords"),
    [
        ("search", ("no such thing here",), {}),
        ("match", ("no such thing",), {}),
        ("fullmatch", ("nothing",), {}),
        ("finditer", ("nothing, twice nothing",), {}),
        ("findall", ("nothing, twice nothing",), {}),
        ("sub", ("[X]", "nothing to replace"), {}),
        ("subn", ("[X]", "nothing to replace"), {}),
        ("split", ("nothing to split",), {}),
        ("search", ("a fever, then a fever of 101", 9), {}),
        ("sub", (lambda m: m.group().upper(), "a fever of 101"), {}),
        ("sub", ("[X]",), {"string": "fevers, fevers", "count": 1}),
        ("subn", ("[X]",), {"string": "no such thing"}),
    ],
)
def test_a_lazy_pattern_answers_as_compiled_before_and_after_a_text_holds_its_pieces(
    tmp_path, monkeypatch, method, arguments, keywords
):
    monkeypatch.setattr(pattern_set, "_PIECES_CACHE", tmp_path)
    pattern = r"\b(fever)s?\b(?: of \d+)?"
    expected = _answer(re.compile(pattern), method, arguments, keywords)
    lazy = LazyPattern(pattern)
    assert _answer(lazy, method, arguments, keywords) == expected
    # A text with its piece compiles it; the same call then answers alike.
    assert lazy.search("a fever").span() == (2, 7)
    assert _answer(lazy, method, arguments, keywords) == expected


def test_a_lazy_pattern_is_not_compiled_for_a_text_without_its_pieces(tmp_path, monkeypatch):
    monkeypatch.setattr(pattern_set, "_PIECES_CACHE", tmp_path)
    compiled = []
    real_compile = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: compiled.append(a) or real_compile(*a))
    lazy = LazyPattern(r"\bshort(?:ness)? of breath\b")
    assert lazy.search("What is CAR-T cell therapy?") is None
    assert lazy.sub("[X]", "who pays?") == "who pays?"
    assert compiled == []
    assert lazy.search("shortness of breath").span() == (0, 19)
    assert compiled == [(lazy.pattern, 0)]


def _searches_seen(monkeypatch) -> list[tuple]:
    """Have re.compile's patterns note the arguments of every call to their methods."""
    seen = []
    real_compile = re.compile

    class Noted:
        def __init__(self, compiled):
            self.compiled = compiled

        def __getattr__(self, name):
            method = getattr(self.compiled, name)
            if not callable(method):
                return method
            return lambda *args, **kwargs: seen.append(args) or method(*args, **kwargs)

    monkeypatch.setattr(re, "compile", lambda *args: Noted(real_compile(*args)))
    return seen


def test_a_compiled_lazy_pattern_still_answers_a_text_without_its_pieces_unsearched(
    tmp_path, monkeypatch
):
    # Round 40 (speed41): compiled by the first text holding a piece, it went on searching
    # every later message, most of which hold none.
    monkeypatch.setattr(pattern_set, "_PIECES_CACHE", tmp_path)
    searched = _searches_seen(monkeypatch)
    lazy = LazyPattern(r"\bshort(?:ness)? of breath\b")
    assert lazy.search("shortness of breath").span() == (0, 19)
    assert lazy.search("What is CAR-T cell therapy?") is None
    assert lazy.sub("[X]", "who pays?") == "who pays?"
    assert lazy.sub("[X]", "short of breath again") == "[X] again"
    assert lazy.groups == 0
    assert searched == [("shortness of breath",), ("[X]", "short of breath again")]


def test_a_compiled_lazy_pattern_with_many_pieces_still_answers_a_text_without_them_unsearched(
    tmp_path, monkeypatch
):
    # Round 42 (speed43): past 64 pieces a compiled pattern searched every text, since looking
    # for its pieces one by one cost about what a search does; a text is now read once for
    # every pattern's pieces.
    monkeypatch.setattr(pattern_set, "_PIECES_CACHE", tmp_path)
    searched = _searches_seen(monkeypatch)
    # 250 words with no common start (a parse would take one as the only piece needed).
    words = [a + b + c for a in "bcdfghjklm" for b in "aeiou" for c in "prstv"]
    lazy = LazyPattern(rf"\b(?:{'|'.join(words)})\b")
    assert len(pattern_set._needed(lazy)) == 250
    assert lazy.search("bap tonight").span() == (0, 3)
    assert lazy.search("who pays?") is None
    assert lazy.findall("mov and lup") == ["mov", "lup"]
    assert lazy.sub("[X]", "is it safe?") == "is it safe?"
    assert searched == [("bap tonight",), ("mov and lup",)]


def test_patterns_made_later_are_gated_by_their_own_pieces_alone(tmp_path, monkeypatch):
    # Each pattern answers for its own pieces, whichever patterns were filed before it.
    monkeypatch.setattr(pattern_set, "_PIECES_CACHE", tmp_path)
    fever = LazyPattern(r"\bfever\b")
    assert fever.search("a fever") is not None
    chills = LazyPattern(r"\bchills\b")
    assert chills.search("a fever") is None
    assert chills.search("chills and a fever").span() == (0, 6)
    assert fever.search("chills only") is None
    assert fever.search("chills and a fever").span() == (13, 18)


@pytest.mark.parametrize("read_after", [0, 10**9], ids=["every text read", "none read"])
def test_the_program_s_patterns_answer_alike_whether_a_text_is_read_or_not(monkeypatch, read_after):
    # Round 42 (speed43): a text is read once for every pattern's pieces, or looked at for one
    # pattern's own pieces until that has cost about what a read does; either way each pattern
    # answers as compiled.
    monkeypatch.setattr(pattern_set, "_READ_AFTER", read_after)
    pattern_set._GATES.texts.clear()
    texts = eval_messages()[::150]
    for lazy in PROGRAM:
        compiled = re.compile(lazy.pattern, lazy.flags)
        seen = [_seen(lazy.search(t)) for t in texts]
        assert seen == [_seen(compiled.search(t)) for t in texts], lazy.pattern


def test_a_cache_folder_python_never_made_is_made_and_the_lazy_patterns_gated(
    tmp_path, monkeypatch
):
    # PYTHONDONTWRITEBYTECODE leaves a fresh copy without bot/__pycache__.
    monkeypatch.setattr(pattern_set, "_PIECES_CACHE", tmp_path / "__pycache__")
    compiled = []
    real_compile = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: compiled.append(a) or real_compile(*a))
    lazy = LazyPattern(r"\bshort(?:ness)? of breath\b")
    assert lazy.search("What is CAR-T cell therapy?") is None
    assert compiled == []
    assert pattern_set._cache_file().exists()
    assert lazy.search("shortness of breath").span() == (0, 19)


def test_with_a_cache_it_cannot_write_a_lazy_pattern_is_compiled_and_not_parsed(
    tmp_path, monkeypatch
):
    (tmp_path / "a file").write_text("")
    monkeypatch.setattr(pattern_set, "_PIECES_CACHE", tmp_path / "a file" / "__pycache__")
    monkeypatch.setattr(pattern_set, "_needed", lambda pattern: pytest.fail("parsed"))
    lazy = LazyPattern(r"\bshort(?:ness)? of breath\b")
    assert lazy.search("What is CAR-T cell therapy?") is None
    assert lazy.search("shortness of breath").span() == (0, 19)


def test_no_deferred_pattern_matches_an_eval_message_without_one_of_its_pieces(tmp_path):
    # What lets a lazy pattern answer "no match" without compiling, checked on every pattern of
    # the program (both cases) and every fourth evaluation message: all of them (49,148) took
    # 336 s, the suite's longest test, for what the parse of a pattern decides (round 51).
    texts = eval_messages()[::4]
    texts += [t.upper() for t in texts[::10]]
    missed = []
    for lazy in PROGRAM:
        pieces = pattern_set._needed(lazy)
        if not pieces:
            continue
        compiled = re.compile(lazy.pattern, lazy.flags)
        missed += [
            (lazy.pattern, t)
            for t in texts
            if not any(piece in t for piece in pieces) and compiled.search(t)
        ]
    assert missed == []


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (
            r"\b(?:die|dies|dead|d|kill\w*|k[i1]ll|\w*guns?|(?:i'm|im) done|s?ui|[]x]y|a\|b|)\b",
            ["he died", "dead end", "a d", "kil", "k1ll", "shotguns", "im done", "ui", "]y",
             "xy", "a|b", "", "none here"],
        ),
    ],
)  # fmt: skip
def test_alternatives_put_together_by_their_first_letter_match_the_same_texts(pattern, texts):
    grouped = pattern_set.by_first_letter(pattern)
    assert r"d(?:ie|ies|ead|)" in grouped and r"k(?:ill\w*|[i1]ll)" in grouped
    for text in texts:
        assert bool(re.search(grouped, text)) == bool(re.search(pattern, text)), text
    with pytest.raises(ValueError):
        pattern_set.by_first_letter(r"(?:die|dead)")


def test_the_crisis_words_put_together_match_the_eval_messages_the_words_match():
    from bot.crisis_words import _GROUPS, CRISIS_SIDE
    from bot.red_flags import CRISIS_CUES

    cues = next(p for p in PROGRAM if p is not CRISIS_CUES and p.pattern.startswith(r"\b(?:die|"))
    side = re.compile(rf"\b(?:{_GROUPS})\b")
    for grouped, alone in ((CRISIS_SIDE, side), (CRISIS_CUES, re.compile(cues.pattern))):
        assert grouped.pattern != alone.pattern
        assert [bool(grouped.search(t)) for t in eval_messages()] == [
            bool(alone.search(t)) for t in eval_messages()
        ]
