"""Signs told of someone inside a story: a film, a series, a book, a game, a podcast, a play.

"on tv a guy was slurring after a brain bleed, is that like icans" tells of a character, not
of anyone in the writer's care. The sign must belong to the story, not to the watcher: "we
were watching tv and he suddenly can't speak" tells of him, and so does "the tv has two of
everything on it". So the reading asks for a person placed in the story (a character, an actor,
"a guy on tv", "a show where a doctor …"), not for a story merely named, and it holds only
while the message says nothing of the writer's own people or of a change now. Functions take
a normalized text (normalize.normalize).
"""

from __future__ import annotations

from .pattern_set import LazyPattern

# Kinds of story, told or watched.
_STORY = (
    r"(?:film|films|movie|movies|show|shows|tv show|series|soap|soap opera|episode|episodes"
    r"|drama|sitcom|documentary|cartoon|anime|novel|book|audiobook|story|comic|video game|game"
    r"|podcast|play|musical|stage show|opera|panto|pantomime|film on tv|reality show"
    # Someone else's story told online: "a youtube vlog where the guy couldnt write his name".
    r"|video|vlog|reel|clip|blog|blog post|post|article|thread)"
)
# Someone of the story, by role in it.
_CAST = (
    r"(?:character|characters|actor|actress|actors|hero|heroine|villain|detective|protagonist"
    r"|narrator|contestant|contestants|presenter|host|guest|lead|star|main guy|main girl)"
)
_ANY_STORY = LazyPattern(rf"\b(?:{_STORY}|tv|telly|netflix|youtube|tiktok)\b")
# Someone of the story by role, where a story is named ("the host" alone may be a real one).
_CAST_MEMBER = LazyPattern(rf"\b(?:a|the|one|this|that|some|main|old|young) (?:\w+ )?{_CAST}\b")
# Where a person of the story stands: "in the film a man", "on tv a guy", "a show where the
# doctor", "a book about a woman".
_PERSON_IN_A_STORY = LazyPattern(
    rf"\b(?:in|on) (?:the|a|this|that|my|our|his|her|their|last night's|tonight's) (?:\w+ )?"
    rf"(?:\w+ )?{_STORY}(?: (?:last night|yesterday|tonight|earlier))?,? (?:a|an|the|some|one"
    r"|this|that|he|she|they|someone|somebody|everyone) "
    r"|\bon (?:tv|the tv|telly|the telly|the radio|netflix|the box|youtube|tiktok|reddit|facebook"
    r"|instagram|insta),? (?:a|an|the|some|one|this"
    r"|that|someone|somebody) "
    rf"|\b{_STORY} (?:where|in which|about) (?:a|an|the|some|one|this|someone|somebody|everyone"
    r"|he|she|they|his|her)\b"
)
# The writer's own people, or a change now: then the story is where they were, not whose sign
# it is ("watching a film about a stroke and now my husband's face is drooping").
_OWN_PEOPLE_OR_NOW = LazyPattern(
    r"\b(?:my|our) (?:\w+ )?(?:husband|wife|partner|son|daughter|mom|mum|mother|dad|father|brother"
    r"|sister|child|kid|kids|baby|grandma|grandpa|granny|nan|patient)\b"
    r"|\b(?:suddenly|right now|just now|since (?:this|last|yesterday)|now (?:i|i'm|im|he|she|he's"
    r"|she's|they|my|his|her|the))\b"
)


# The story is the subject and holds the sign: "the medical tv show had a girl with a stiff
# neck", "my crime novel has a poisoning with blood in the vomit", "the film features a man who".
_STORY_HOLDS = LazyPattern(
    rf"\b(?:the|a|an|this|that|my|our|his|her|their|last night's|tonight's) (?:\w+ )?(?:\w+ )?"
    rf"{_STORY} (?:has|had|have|features?|featured|shows?|showed|starts? with|started with"
    r"|opens? with|opened with|is about|was about)(?: got)? (?:a|an|the|some|one|this|someone"
    r"|somebody|two|three|lots of|loads of)\b"
)


def a_sign_in_a_story(text: str) -> bool:
    """Tell whether a normalized text tells of someone inside a story (a character, an actor,
    "a guy on tv", a story that has a girl with a stiff neck) and says nothing of the writer's
    own people or of a change now."""
    placed = (
        _PERSON_IN_A_STORY.search(text)
        or (_CAST_MEMBER.search(text) and _ANY_STORY.search(text))
        or _STORY_HOLDS.search(text)
    )
    return bool(placed and not _OWN_PEOPLE_OR_NOW.search(text))
