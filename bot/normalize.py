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
    text = re.sub(r"\bsp ?0 ?2\b", "spo2", text)  # a zero for the o: "sp02 91"
    # Whole words, accents and all: "uñas" cut at the ñ left a "u" read as "you".
    return re.sub(r"[^\W\d_]+(?:'[^\W\d_]+)?", lambda m: _fix_word(m.group()), text)


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


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90,
}  # fmt: skip
_NUMBER_WORDS = frozenset({*_UNITS, *_TEENS, *_TENS, "hundred", "cien", "ciento"})
_AT_A_TIME = frozenset({"at", "since", "until", "till", "by", "past", "after", "before", "from"})
_RUN = re.compile(r"[a-z]+(?:[ -]+[a-z]+)*")


def numbers_in_words(text: str) -> str:
    """Return a normalized text with readings spoken in words written in digits, as a voice
    typist's "temp is thirty eight point six" or "bp seventy eight over fifty" would be typed:
    "temp is 38.6", "bp 78 over 50"."""
    if not any(word in _NUMBER_WORDS for word in re.findall(r"[a-z]+", text)):
        return text
    return _RUN.sub(_digits_in_run, text)


def _digits_in_run(match: re.Match[str]) -> str:
    run = match.group()
    spans = [m.span() for m in re.finditer(r"[a-z]+", run)]
    words = [run[a:b] for a, b in spans]
    out, done, i = [], 0, 0
    while i < len(words):
        # A time is no reading: "at one thirty", "since two forty five".
        timed = i and (
            words[i - 1] in _AT_A_TIME or words[i - 1] in _UNITS or words[i - 1] in _TEENS
        )
        number = words[i] in _NUMBER_WORDS or words[i] == "a"
        read = _parse_number(words, i) if number and not timed else None
        if read:
            out += [run[done : spans[i][0]], read[0]]
            done, i = spans[read[1] - 1][1], read[1]
        else:
            i += 1
    return "".join(out) + run[done:]


def _parse_number(words: list[str], i: int) -> tuple[str, int] | None:
    """Read a spoken reading starting at words[i]: "thirty eight point six" -> ("38.6", 4),
    "a hundred and thirty five" -> ("135", 5), "one oh one point four" -> ("101.4", 5),
    "one forty" -> ("140", 2), "treinta y ocho punto cinco" -> ("38.5", 5). Only a number with
    a tens word or a hundred is read: "one", "two weeks" stay words."""
    n = len(words)
    j = i
    hundreds = 0
    if j + 1 < n and words[j] in ("a", "one", "cien", "ciento") and words[j + 1] == "hundred":
        hundreds, j = 100, j + 2
        if j < n and words[j] == "and":
            j += 1
    elif words[j] in ("cien", "ciento"):
        hundreds, j = 100, j + 1
    elif words[j] == "one" and j + 1 < n and (words[j + 1] in _TENS or words[j + 1] in _TEENS):
        hundreds, j = 100, j + 1  # "one forty", "one twelve"
    elif words[j] == "one" and j + 2 < n and words[j + 1] in ("oh", "o", "zero"):
        if words[j + 2] in _UNITS:
            return _with_decimal(words, str(100 + _UNITS[words[j + 2]]), j + 3)
        return None
    rest, tens = 0, False
    if j < n and words[j] in _TENS:
        rest, tens, j = _TENS[words[j]], True, j + 1
        if j + 1 < n and words[j] == "y" and words[j + 1] in _UNITS:
            j += 1  # "treinta y ocho"
        if j < n and words[j] in _UNITS:
            rest, j = rest + _UNITS[words[j]], j + 1
    elif hundreds and j < n and words[j] in _TEENS:
        rest, j = _TEENS[words[j]], j + 1
    elif hundreds and j < n and words[j] in _UNITS:
        rest, j = _UNITS[words[j]], j + 1
    if not (tens or hundreds):
        return None
    if hundreds and not rest and words[j - 1] == "and":
        j -= 1  # "a hundred and ..." of something else
    return _with_decimal(words, str(hundreds + rest), j)


def _with_decimal(words: list[str], whole: str, j: int) -> tuple[str, int]:
    if (
        j + 1 < len(words)
        and words[j] in ("point", "punto", "coma", "con")
        and (words[j + 1] in _UNITS or words[j + 1] in ("zero", "oh", "cero"))
    ):
        return f"{whole}.{_UNITS.get(words[j + 1], 0)}", j + 2
    return whole, j
