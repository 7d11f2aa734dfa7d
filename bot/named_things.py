"""Names of things a patient may ask about by name, from public lists: insurers, public
programs, cancer centres and medicines (`named_things.txt`, its sources and date at its top).

A writer's capital marks a name ("does Humana cover it"); typed in lower case, a name looks
like a misspelt everyday word ("humana" is "human" with a letter more, "medi-cal" is "medical")
or like one ("anderson"), and the question is answered from the nearest general section. The
lists read it as the name it is, whatever its case. No Flask.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

NAMES_FILE = Path(__file__).with_name("named_things.txt")
KINDS = ("insurer", "program", "center", "medicine")
_SECTION = re.compile(r"^\[(?P<kind>[a-z]+)\]$")


@dataclass(frozen=True)
class NamedThing:
    """A listed name found in a text."""

    name: str  # as listed, lower case: "md anderson"
    kind: str  # one of KINDS
    generic: str = ""  # a medicine's generic name, for a brand: "ocrelizumab" for "ocrevus"


@dataclass(frozen=True)
class NameList:
    """The listed names, each with its kind, and one pattern that finds any of them."""

    kinds: dict[str, str]  # name -> kind
    generics: dict[str, str]  # a brand -> its generic name
    pattern: re.Pattern[str]

    def find(self, text: str) -> list[NamedThing]:
        """Return the listed names a lower-cased text holds, as whole words, first first."""
        return [
            NamedThing(name, self.kinds[name], self.generics.get(name, ""))
            for name in (m.group() for m in self.pattern.finditer(text))
        ]


def parse(lines: list[str]) -> NameList:
    """Read the names of a list's lines, each kept under the last `[kind]` before it, a
    brand's generic after "=".

    Raises:
        ValueError: a name before any kind, an unknown kind, or a name not in lower case.
    """
    kinds: dict[str, str] = {}
    generics: dict[str, str] = {}
    kind = ""
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if section := _SECTION.match(line):
            kind = section["kind"]
            if kind not in KINDS:
                raise ValueError(f"line {number}: kind {kind!r} is not one of {', '.join(KINDS)}")
            continue
        if not kind or line != line.lower():
            raise ValueError(f"line {number}: {line!r} needs a [kind] above it and lower case")
        name, _, generic = (part.strip() for part in line.partition("="))
        kinds[name] = kind
        if generic:
            generics[name] = generic
    # Longest first, so "kaiser permanente" is found whole rather than as "kaiser".
    names = sorted(kinds, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names) or r"(?!)"
    return NameList(kinds, generics, re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"))


@functools.cache
def name_list() -> NameList:
    """The names of `named_things.txt`, read once per process."""
    return parse(NAMES_FILE.read_text(encoding="utf-8").splitlines())
