"""Patterns compiled from kept code behave as freshly compiled ones."""

import re

import pytest

from bot import pattern_cache
from bot.pattern_cache import PatternCache

# Named and numbered groups, flags set inline and as arguments, lookarounds, bytes.
PATTERNS = [
    (r"(?P<dose>\d+(?:\.\d+)?)\s*(mg|mcg)\b", 0),
    (r"(?i)\bfever of (\d{3})", 0),
    (r"(?<![\w-])(?:lupus|sle)(?![\w-])", re.IGNORECASE),
    (rb"^\x00+(?P<rest>.*)$", re.DOTALL),
]
TEXTS = [
    "took 2.5 mg and 10 mcg",
    "Fever of 101 today",
    "SLE flare, not sle-like",
    "\x00\x00ab\ncd",
]


def matches(compiled: list[re.Pattern]) -> list:
    found = []
    for pattern in compiled:
        for text in TEXTS:
            subject = text.encode() if isinstance(pattern.pattern, bytes) else text
            found.append([(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(subject)])
        found.append((pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)))
    return found


def compile_all(cache: PatternCache) -> list[re.Pattern]:
    re.purge()  # re's own cache would answer without compiling
    with cache.kept():
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def test_kept_code_compiles_the_same_patterns_without_parsing(tmp_path, monkeypatch):
    expected = matches([re.compile(pattern, flags) for pattern, flags in PATTERNS])
    first = PatternCache(tmp_path / "patterns")
    assert matches(compile_all(first)) == expected
    first.save()

    def no_parsing(*args):
        raise AssertionError("compiled again")

    monkeypatch.setattr(pattern_cache, "_code", no_parsing)
    assert matches(compile_all(PatternCache(tmp_path / "patterns"))) == expected


def test_patterns_compile_as_usual_without_a_readable_file(tmp_path):
    path = tmp_path / "patterns"
    path.write_bytes(b"not marshal data")
    cache = PatternCache(path)
    assert matches(compile_all(cache)) == matches([re.compile(p, f) for p, f in PATTERNS])
    cache.save()
    assert PatternCache(path)._known is None and pattern_cache._read(path)  # rewritten whole


def test_re_compiles_as_before_outside_the_block(tmp_path):
    compile_pattern = re._compiler.compile
    cache = PatternCache(tmp_path / "patterns")
    compile_all(cache)
    re.purge()
    assert re._compiler.compile is compile_pattern
    assert re.compile("a(b)").groups == 1 and ("a(b)", 0) not in cache._used


@pytest.mark.parametrize("pattern", ["(unclosed", "a{2,1}"])
def test_a_broken_pattern_still_raises(tmp_path, pattern):
    re.purge()
    with PatternCache(tmp_path / "patterns").kept(), pytest.raises(re.error):
        re.compile(pattern)
