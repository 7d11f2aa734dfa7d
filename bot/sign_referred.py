"""A sign named in general, then told as "this one": "the group chat says headaches are normal
after. this one's sudden and the worst i've had".

Someone told a sign is normal (a group, a video, a friend) names it in general, and then tells
their own without its name. The rules read the general sentence as asked about or as a topic,
and "this one" names no sign, so the message read calm (round 51). "This one" is spelled out as
the sign named before it, so the rules read it as they read the sign: "this one is mild and
going away" stays calm.
"""

from __future__ import annotations

import re

from .pattern_set import LazyPattern

# Signs named as a kind, in the plural or the singular.
_KIND = LazyPattern(
    r"\b(?P<sign>headache|migraine|nose ?bleed|bleed|rash|pain|fever|seizure)(?:e?s)?\b"
)
# "this one" opening a later clause or sentence: "this one's the worst", "but this one came on".
_THIS_ONE = LazyPattern(
    r"(?P<opening>(?:^|[.!?;,:\n]|\b(?:but|and|so|only|except))\s*)this one(?P<is>'s|s\b)?"
)


def spell_out_this_one(text: str) -> str:
    """Return a normalized text with "this one" after a sign's name spelled out as that sign.

    "headaches are normal after. this one's the worst" reads "... this headache's the worst".
    """
    named = _KIND.search(text)
    if not named:
        return text
    sign, told = named["sign"], text[named.end() :]

    def this_sign(one: re.Match[str]) -> str:
        return one["opening"] + f"this {sign}" + ("'s" if one["is"] else "")

    return text[: named.end()] + _THIS_ONE.sub(this_sign, told)
