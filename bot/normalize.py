"""Text as the triage rules read it: lowercase, plain apostrophes, decimal points, typos fixed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CONTRACTIONS = {
    "cant": "can't",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "wont": "won't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "arent": "aren't",
    "werent": "weren't",
    "im": "i'm",
    "ive": "i've",
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "ur": "your",
    "u": "you",
    "wanna": "want to",
    "gonna": "going to",
}
# The words the rules below depend on; a near miss of one of them is read as that word.
_KEY_WORDS = frozenset(
    {
        "fever", "feverish", "temperature", "thermometer", "chills", "shivering", "shaking",
        "confused", "confusion", "disoriented", "seizure", "seizures", "seizing", "convulsion",
        "convulsing", "tremor", "tremors", "trembling", "breathe", "breathing", "breath",
        "breathless", "chest", "pain", "faint", "fainted", "fainting", "dizzy", "dizziness",
        "lightheaded", "heart", "racing", "pounding", "headache", "weakness", "sleepy", "drowsy",
        "slurred", "slurring", "speaking", "talking", "handwriting", "drooping", "suddenly",
        "sudden", "suicide", "suicidal", "myself", "himself", "herself", "instructions", "prompt",
        "ignore", "unconscious", "collapsed", "husband", "daughter", "mother", "father",
        "brother", "sister", "partner", "grandmother", "grandfather", "boyfriend", "girlfriend",
        "vomiting", "bleeding", "hallucinating", "diarrhea", "diarrhoea", "unresponsive",
    }
)  # fmt: skip
# Real words one typo away from a key word: never "corrected".
_REAL_WORDS = frozenset(
    {
        "bathing", "beating", "breach", "breadth", "breaking", "cheat", "chess", "chill", "chilly",
        "crest", "compulsion", "conclusion", "concussion", "confession", "confusing", "conversion",
        "dropping", "fewer", "flint", "hear", "heard", "hears", "hearth", "heat", "instructional",
        "instructors", "paid", "paint", "pair", "pawn", "plain", "raging", "rating", "shaping",
        "sharing", "shimmering", "sleep", "sleeps", "sneaking", "soaking", "spurred", "taking",
        "temperate", "trevor", "tumbling", "week", "weeks", "farther", "feather", "bother",
        "brothel", "spreading", "speeding", "spending", "sneezing", "pleading", "reading",
        "shaving", "shaming",
    }
)  # fmt: skip


# A message is read by the rules, then by the learned layer (and, for some, by triage once more):
# the last few are kept, so it is normalized once (~25 us each time, at load).
@lru_cache(maxsize=8)
def normalize(message: str) -> str:
    """Return lowercase text with plain apostrophes, decimal points and common typos fixed."""
    text = unicodedata.normalize("NFKC", message).lower()
    text = re.sub(r"[\u2018\u2019\u02bc`´]", "'", text)
    text = re.sub(r"\b(\d{2,3}),(\d)\b", r"\1.\2", text)  # 38,4 °C
    text = re.sub(r"\b(\d{2,3}) (?:point|punto) (\d)\b", r"\1.\2", text)  # 102 point 1 f
    return re.sub(r"[a-z]+(?:'[a-z]+)?", lambda m: _fix_word(m.group()), text)


@lru_cache(maxsize=4096)
def _fix_word(word: str) -> str:
    if word in _CONTRACTIONS:
        return _CONTRACTIONS[word]
    if len(word) < 4 or word in _KEY_WORDS or word in _REAL_WORDS or "'" in word:
        return word
    allowed = 1 if len(word) < 9 else 2
    # The nearest key word, ties in alphabetical order: the first match in a set's order would
    # hang on the hash seed, so one message could read differently in two processes ("breaths"
    # as "breath" in one worker and "breathe" in the other).
    distance, key = min(
        (
            (_edit_distance(word, key, allowed), key)
            for key in _KEY_WORDS
            if key[0] == word[0] and abs(len(key) - len(word)) <= allowed
        ),
        default=(allowed + 1, word),
    )
    return key if distance <= allowed else word


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Return the optimal-string-alignment distance of a and b (limit + 1 once past limit)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
