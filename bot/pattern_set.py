"""Ask whether any of many regular expressions matches a text, searching only those that can.

`PatternSet(patterns).search(text)` is exactly `any(p.search(text) for p in patterns)`. Most
patterns cannot match without some fixed piece of text ("kill", "suicid", "overdos"); finding
such a piece with `in` costs a fraction of a regex search, so each pattern is searched only in
texts that contain one of its pieces. The pieces are read from the pattern's own parse at import,
so they follow the pattern text wherever it changes and nothing is kept by hand. A pattern whose
pieces cannot be read safely (flags such as IGNORECASE, no fixed piece) is always searched.
A `LazyPattern` in a set is compiled only when first searched: most never are (a third of the
regex compiling at start-up was the crisis patterns'). Alone, a `LazyPattern` whose pieces are
known answers a text holding none of them as a pattern that matches nothing there, without
compiling: a first, ordinary question reaches ~130 patterns, and most of them cannot match it.
It goes on doing so once compiled. Which patterns a text holds a piece of is read once per text
for every lazy pattern together (`_Gates`), not pattern by pattern.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import sys
import threading
from collections.abc import Collection, Iterable
from pathlib import Path

# The parser re.compile itself uses (private, but stable through 3.11-3.13; a change makes
# `_pieces` give up on a pattern, which only costs speed).
from re import _constants as sre
from re import _parser as sre_parse

# Everything a compiled pattern offers besides its text and flags: a LazyPattern offers each.
_METHODS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "groups",
    "groupindex",
)
# Every LazyPattern made, so a test can compile each one: a broken pattern is otherwise found
# only when a message first reaches it.
MADE: list[LazyPattern] = []

# Beside the bytecode: like it, made again from the source whenever that changes.
_PIECES_CACHE = Path(__file__).parent / "__pycache__"
_PIECES_VERSION = hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode())
_PIECES_VERSION = _PIECES_VERSION.hexdigest()[:16]

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


_GUARD = "\x00"


def unless(words: str) -> str:
    """Mark the pattern this starts as failing on a text holding any of the words (an
    alternation), for `guarded` to read."""
    return f"{_GUARD}{words}{_GUARD}"


def guarded(pattern: str) -> str:
    """Return a pattern `unless` marked as the pattern first, then the words it must not see: the
    words' long alternation is only read on the few texts the pattern fits. An unmarked pattern
    comes back as it is."""
    if not pattern.startswith(_GUARD):
        return pattern
    _, words, main = pattern.split(_GUARD, 2)
    return rf"^(?=[^\n]*?(?:{main}))(?![^\n]*\b{words}\b)"


def by_first_letter(pattern: str) -> str:
    r"""Return a pattern `\b(?:A|B|...)\b` with its alternatives that start with a letter put
    together by that letter ("die|dies|dead" -> "d(?:ie|ies|ead)"), for a pattern only asked
    whether it matches: the same texts match, but the regex engine tries at each word start only
    the alternatives of that letter, not each of hundreds in turn (CRISIS_SIDE: ~3.5x faster).
    Which alternative matches first may change, so never for a pattern whose match is read.
    """
    head, tail = r"\b(?:", r")\b"
    if not (pattern.startswith(head) and pattern.endswith(tail)):
        raise ValueError("by_first_letter reads a pattern \\b(?:...)\\b only")
    groups: dict[str | None, list[str]] = {}
    for alternative in _alternatives(pattern[len(head) : -len(tail)]):
        first = alternative[:1]
        plain = first.isalnum() and alternative[1:2] not in ("?", "*", "+", "{")
        groups.setdefault(first if plain else None, []).append(alternative)
    parts = [
        alternatives[0]
        if len(alternatives) == 1
        else f"{first}(?:{'|'.join(a[1:] for a in alternatives)})"
        for first, alternatives in groups.items()
        if first is not None
    ]
    return head + "|".join(parts + groups.get(None, [])) + tail


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (those split by a | outside any group or set)."""
    found, depth, in_set, start, at = [], 0, False, 0, 0
    while at < len(pattern):
        character = pattern[at]
        if character == "\\":
            at += 2
            continue
        if in_set:
            in_set = character != "]"
        elif character == "[":
            in_set = True
            at += pattern[at + 1 : at + 2] == "]"  # a ] first in a set is one of its letters
        elif character in "()":
            depth += 1 if character == "(" else -1
        elif character == "|" and not depth:
            found.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*found, pattern[start:]]


class LazyPattern:
    """A regular expression compiled when it is first used.

    Most of a module's patterns are never used by a process's first answer, and some never by
    any: compiling only those used took 6% off the instructions to a first answer. The first use
    puts the compiled pattern's own methods in the instance's dict, where later lookups find
    them first, so later calls cost what a compiled pattern's do.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        MADE.append(self)


class _CompiledOnFirstUse:
    """One of a compiled pattern's methods, looked up on a LazyPattern not yet compiled.

    A non-data descriptor: once the instance's dict holds the name, it is never asked again.
    (`__getattr__` would do the same, but a class with one has every attribute lookup go
    through it: triage took 27% longer a message.)
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, lazy: LazyPattern | None, owner: type | None = None):
        if lazy is None:
            return self
        pieces = _known_pieces(lazy) if self.name in _NO_MATCH else None
        if not pieces:
            return _compile(lazy, self.name)
        # Until a text holds a piece: answered without compiling, by functions in the
        # instance's dict (found before this descriptor), which compiling replaces but for
        # these: the pieces are still looked for first.
        _GATES.add(lazy, pieces)
        vars(lazy)[_GATED] = True
        vars(lazy).update((name, _unless_a_piece(lazy, name, pieces)) for name in _NO_MATCH)
        return vars(lazy)[self.name]


def _compile(lazy: LazyPattern, name: str):
    """Compile a lazy pattern; its methods are the compiled pattern's from now on, but for
    those that look for its pieces first."""
    compiled = re.compile(lazy.pattern, lazy.flags)
    gated = vars(lazy).get(_GATED, False)
    vars(lazy).update((m, getattr(compiled, m)) for m in _METHODS if not (gated and m in _NO_MATCH))
    return getattr(compiled, name)


# What each method returns where its pattern matches nothing, from the text.
_NO_MATCH = {
    "search": lambda text: None,
    "match": lambda text: None,
    "fullmatch": lambda text: None,
    "finditer": lambda text: iter(()),
    "findall": lambda text: [],
    "split": lambda text: [text],
    "sub": lambda text: text,
    "subn": lambda text: (text, 0),
}
_GATED = "_gated"  # in a lazy pattern's dict: its _NO_MATCH methods look for its pieces for good


def _unless_a_piece(lazy: LazyPattern, name: str, pieces: tuple[str, ...]):
    """`name` of `lazy`: answered as a pattern that matches nothing for a text that holds none
    of the pieces every match holds one of (nothing can match it, in the whole text or any
    part); compiled at the first text that holds one.

    Asked ~120 times a first question, mostly of texts read already: the answer is looked up
    here, without a further call, and a search answers None without one either.
    """
    no_match = _NO_MATCH[name]
    texts, holds_one = _GATES.texts, _GATES.holds_one
    compiled = None

    def searched(*args, **kwargs):
        nonlocal compiled
        if compiled is None:
            compiled = _compile(lazy, name)
        return compiled(*args, **kwargs)

    def search(string, *args, **kwargs):
        found = texts.get(string)
        if lazy in found if found is not None else holds_one(string, lazy, pieces):
            return searched(string, *args, **kwargs)
        return None

    def other(string, *args, **kwargs):
        found = texts.get(string)
        if lazy in found if found is not None else holds_one(string, lazy, pieces):
            return searched(string, *args, **kwargs)
        return no_match(string)

    def sub(repl, string, *args, **kwargs):
        found = texts.get(string)
        if lazy in found if found is not None else holds_one(string, lazy, pieces):
            return searched(repl, string, *args, **kwargs)
        return no_match(string)

    if name in ("sub", "subn"):  # sub(repl, string, ...)
        return sub
    return search if name in ("search", "match", "fullmatch") else other


class _Gates:
    """The pieces of every gated lazy pattern and of every set's patterns, filed by their first
    letters: a text is looked at once for all of them, and each pattern asks only whether it
    is among those the text holds a piece of.

    A first question asks ~110 gated searches, mostly of one text: looking for each pattern's
    own pieces in turn (~1,450 `in` a question) was a third of the triage rules (round 42).
    """

    def __init__(self) -> None:
        self._by_start: dict[str, dict[str, set[Pattern]]] = {}
        self._short: dict[str, set[Pattern]] = {}  # pieces shorter than _START letters
        # The last few texts read, each with the patterns it holds a piece of (the gates hold
        # the dict): a pattern filed later joins those of the texts holding one of its pieces.
        self.texts: dict[str, set[Pattern]] = {}
        self._asked: dict[str, int] = {}  # texts not read yet: how many pieces looked for
        self._changing = threading.Lock()

    def add(self, pattern: Pattern, pieces: Collection[str]) -> None:
        """File a pattern's pieces, and add it to the texts read so far that hold one.

        Most of the patterns are filed at a worker's first question, between its searches:
        reading its texts again at each (~150) took ~5 ms more of its first triage.
        """
        with self._changing:
            for piece in pieces:
                short = len(piece) < _START
                filed = self._short if short else self._by_start.setdefault(piece[:_START], {})
                filed.setdefault(piece, set()).add(pattern)
            for text, found in self.texts.items():
                if any(piece in text for piece in pieces):
                    found.add(pattern)

    def holds_one(self, text, pattern: Pattern, pieces: tuple[str, ...]) -> bool:
        """Whether a text not read yet holds one of a pattern's pieces: looked for in turn
        until the text has cost about what reading it does, then read.

        A read (~25 us for the ~3,800 pieces filed) pays for itself only in a text many
        patterns ask of, as the triage's are; the reply's record asks two or three of each of
        its redacted texts, and reading each cost it ~90 us (round 42).
        """
        if not isinstance(text, str):
            return True  # the compiled pattern answers, or raises
        spent = self._asked.get(text, 0) + len(pieces)
        if spent > _READ_AFTER:
            return pattern in self.read(text)
        if len(self._asked) >= _TEXTS_KEPT:
            self._asked.clear()
        self._asked[text] = spent
        for piece in pieces:  # noqa: SIM110 (any() over a generator: twice the time)
            if piece in text:
                return True
        return False

    def read(self, text: str) -> set[Pattern]:
        """The patterns filed that `text` holds a piece of, kept for the next few asking."""
        with self._changing:
            found = set()
            by_start = self._by_start
            starts = {text[i : i + _START] for i in range(len(text) - _START + 1)}
            for start in by_start.keys() & starts:
                for piece, patterns in by_start[start].items():
                    if piece in text:
                        found |= patterns
            for piece, patterns in self._short.items():
                if piece in text:
                    found |= patterns
            if len(self.texts) >= _TEXTS_KEPT:
                del self.texts[next(iter(self.texts))]
            self.texts[text] = found
            return found


_TEXTS_KEPT = 16  # a message's texts: the whole, the signs', the crisis side's, its parts ...
# Pieces looked for in turn in a text before it is read: 30, 100 and 300 measured alike
# within noise (the triage's texts are asked of by ~100 patterns each, and read early).
_READ_AFTER = 100
_GATES = _Gates()


for _name in _METHODS:
    setattr(LazyPattern, _name, _CompiledOnFirstUse(_name))


Pattern = re.Pattern[str] | LazyPattern
# How many first letters of a piece file it; shorter pieces are looked for in turn.
_START = 3


class PatternSet:
    """Patterns searched together: `search` answers whether any of them matches, `matching`
    which do. Each is searched only in a text holding one of its pieces, read with every lazy
    pattern's (`_Gates`): SELF_HARM's and the signs' 935 and 779 pieces, read apart from the
    rest, were ~11 us each a question (round 42)."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        gated: list[Pattern] = []
        always: list[Pattern] = []
        patterns = tuple(patterns)
        for pattern, pieces in zip(patterns, _cached_pieces(patterns), strict=True):
            if pieces is None:
                always.append(pattern)
            else:
                _GATES.add(pattern, pieces)
                gated.append(pattern)
        self._gated = frozenset(gated)
        self._always = tuple(always)

    def search(self, text: str) -> bool:
        """Tell whether any pattern matches somewhere in `text`."""
        return any(p.search(text) for p in self._to_search(text))

    def matching(self, text: str) -> frozenset[Pattern]:
        """The patterns that match somewhere in `text`."""
        return frozenset(p for p in self._to_search(text) if p.search(text))

    def _to_search(self, text: str) -> Iterable[Pattern]:
        """The patterns `text` holds a piece of, then those that have none."""
        found = _GATES.texts.get(text)
        if found is None:
            found = _GATES.read(text)
        return itertools.chain(self._gated & found, self._always)


def _key(pattern: Pattern) -> str:
    return f"{pattern.flags} {pattern.pattern}"


def _cached_pieces(patterns: tuple[Pattern, ...]) -> list[frozenset[str] | None]:
    """Each pattern's pieces, read from the cache where that pattern was parsed before.

    Parsing the crisis patterns for their pieces was 7% of the instructions to a first answer.
    An entry is keyed by its pattern's text and flags, and the file by this file's source and
    the Python version, so any change parses afresh; where the cache cannot be read or written,
    the patterns are parsed.
    """
    known = _cache()
    missing = {_key(p): _needed(p) for p in patterns if _key(p) not in known}
    if missing:
        _remember(missing)
    return [None if known[_key(p)] is None else frozenset(known[_key(p)]) for p in patterns]


def _known_pieces(lazy: LazyPattern) -> tuple[str, ...] | None:
    """A lazy pattern's pieces, from the cache; None where they are unknown or there are none.

    At the first pattern not in it, every pattern made so far that is not is parsed, and the
    cache written once: the next start finds them all (the patterns of every module exist by
    then: the package imports them all). Where it cannot be written, nothing is parsed: the
    pattern is compiled, as it would be without the cache, and not parsed again at every start.
    """
    known = _cache()
    if _key(lazy) not in known and _cache_writable():
        cache_pieces()
    pieces = known.get(_key(lazy))
    return tuple(pieces) if pieces else None


def cache_pieces() -> None:
    """Parse every pattern made so far whose pieces are not cached, and write the cache once."""
    known = _cache()
    found = {}
    for pattern in MADE:
        if _key(pattern) not in known:
            try:
                found[_key(pattern)] = _needed(pattern)
            except re.error:
                continue  # another's fault: it fails where it is used (and in the tests)
    if found:
        _remember(found)


def _cache_writable() -> bool:
    """Whether the cache's folder can be written, made first where it is missing.

    Python makes `__pycache__` only when it writes bytecode: under PYTHONDONTWRITEBYTECODE (set
    in this machine's shells, and in many container images) a fresh copy has none, and without
    the cache no lazy pattern was gated: the triage rules took ~1.2-1.5x as long a request.
    """
    try:
        _PIECES_CACHE.mkdir(exist_ok=True)
    except OSError:
        return False
    return os.access(_PIECES_CACHE, os.W_OK)


_LOADED: dict[Path, dict[str, list[str] | None]] = {}


def _cache_file() -> Path:
    return _PIECES_CACHE / f"pattern-pieces-{_PIECES_VERSION}.json"


def _cache() -> dict[str, list[str] | None]:
    """The cache's entries, read once a process."""
    cache = _cache_file()
    if cache not in _LOADED:
        try:
            _LOADED[cache] = json.loads(cache.read_text())
        except (OSError, ValueError):
            _LOADED[cache] = {}
    return _LOADED[cache]


def _remember(found: dict[str, frozenset[str] | None]) -> None:
    known = _cache()
    known.update({k: None if p is None else sorted(p) for k, p in found.items()})
    cache = _cache_file()
    try:
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(known))
        partial.replace(cache)  # whole or not at all, whichever process writes it
    except OSError:
        pass


def _needed(pattern: Pattern) -> frozenset[str] | None:
    """Pieces of which every match of `pattern` contains at least one; None if unknown.

    Raises:
        re.error: the pattern is not a regular expression (here, at import, even if lazy).
    """
    if not isinstance(pattern.pattern, str):
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    # The parse's flags include inline ones ("(?i)..."), which a lazy pattern's do not.
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        return _pieces(parsed)
    except Exception:  # an unfamiliar parse: search the pattern every time
        return None


def _pieces(sequence) -> frozenset[str] | None:
    """Pieces for a parsed sequence: its most telling required part (longest shortest piece)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in sequence:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if not (add_flags or del_flags):  # a scoped (?i:...) changes what its literals mean
                found.append(_pieces(inner))
        elif op is sre.BRANCH:
            alternatives = [_pieces(branch) for branch in av[1]]
            if all(alternatives):
                found.append(frozenset().union(*alternatives))
        elif op in _REPEATS and av[0] >= 1:
            found.append(_pieces(av[2]))
        elif op is sre.ASSERT:
            # A lookahead or lookbehind that must match ("^(?=[^\n]*?(?:...))", as `guarded`
            # writes a pattern): what it needs is in the text, if not in the match itself, and
            # a text is what pieces are looked for in (round 39: two of SELF_HARM's guarded
            # patterns, searched in every message for want of pieces, were ~37 us of it).
            found.append(_pieces(av[1]))
    if run:
        found.append(frozenset({"".join(run)}))
    found = [pieces for pieces in found if pieces]
    return max(found, key=lambda pieces: min(map(len, pieces)), default=None)
