"""Compiled regular expressions kept between starts, as Python keeps compiled modules.

The triage, redaction and scope rules compile ~600 patterns at start-up; Python's `re` parses
and compiles each in pure Python, ~12% of a cold start, to the same code every time. Inside
`PatternCache.kept`, `re` compiles a pattern once per Python version and reads its code from
a file in `__pycache__` on later starts, so a pattern must be the same string in every
process (one built from a set's order would be compiled at every start). The file is marshal
data, as .pyc files are, written whole or not at all; when it cannot be read or written,
patterns compile as usual.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler, _parser

CACHE_FILE = Path(__file__).parent / "__pycache__" / f"patterns.{sys.implementation.cache_tag}"
# The compiled code's format is the regular expression engine's; another engine reads none.
_ENGINE = (sys.version, _sre.MAGIC, _sre.CODESIZE)


class PatternCache:
    """The compiled code of the patterns this process compiled inside `kept`, and the file's."""

    def __init__(self, path: Path = CACHE_FILE):
        self.path = path
        self._known: dict | None = None
        self._used: dict = {}

    @contextmanager
    def kept(self) -> Iterator[None]:
        """Compile string patterns from the file's code inside the block; keep new ones."""
        if self._known is None:
            self._known = _read(self.path)
            # Written once, at exit, with every pattern this process used: the file then holds
            # what a start compiles (blocks apart, or some missing, it would lose some).
            atexit.register(self.save)
        known, used = self._known, self._used
        compile_pattern = _compiler.compile

        def compile_kept(pattern, flags=0):
            if not isinstance(pattern, str | bytes) or flags & _compiler.SRE_FLAG_DEBUG:
                return compile_pattern(pattern, flags)
            key = (pattern, int(flags))
            code = used[key] = known.get(key) or _code(pattern, int(flags))
            return _sre.compile(pattern, *code)

        _compiler.compile = compile_kept
        try:
            yield
        finally:
            _compiler.compile = compile_pattern

    def save(self) -> None:
        """Write the patterns used so far, when one of them was new."""
        known = self._known if self._known is not None else {}
        if self._used.keys() - known.keys():
            _write(self.path, self._used)
            known.update(self._used)


def _code(pattern: str | bytes, flags: int) -> tuple:
    """What `re._compiler.compile` hands the engine for a pattern, after the pattern itself."""
    parsed = _parser.parse(pattern, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    # Opcodes are an int subclass, which marshal does not write.
    code = [int(c) for c in _compiler._code(parsed, flags)]
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _read(path: Path) -> dict:
    try:
        engine, entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if engine == _ENGINE else {}


def _write(path: Path, entries: dict) -> None:
    staging = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(exist_ok=True)
        staging.write_bytes(marshal.dumps((_ENGINE, entries)))
        os.replace(staging, path)
    except OSError:
        staging.unlink(missing_ok=True)
