"""Replace personal details in free text with tokens before anything is stored.

Covers what patients type about themselves: emails (spelled out too), phone numbers, dates (of
birth), record, insurance, member and social security numbers, street addresses and
city-state-ZIP, names introduced ("my name is ...", "this is ...", "my daughter ...", "Dr. ..."),
and ages over 89. Clinical numbers ("38.5", "100.4 F", "400 mg/dL", "2 weeks") and trial
numbers ("NCT06799247") are left as they are.

Patterns miss names that come without an introduction, so given a vocabulary (the words of the
knowledge base, `vocabulary()`), every capitalised word outside it becomes [NAME] as well:
storing a little less of a question beats trusting patterns with someone's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .calendar_words import MONTHS, WEEKDAYS
from .pattern_set import LazyPattern

OLDEST_AGE_KEPT = 89  # HIPAA Safe Harbor: ages over 89 are identifying

_I = re.IGNORECASE
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_STREET_TYPE = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl"
    r"|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|square|sq|trail|trl)\b\.?"
)
# Words that end a name or cannot be part of a street name: "my name is on the list".
_COMMON = (
    r"(?:and|or|but|i|i'm|im|is|am|are|was|the|a|an|on|in|at|to|of|for|from|with|down|up"
    r"|across|my|our|your|his|her|their|this|that|it|not|so|too|also|here|there|just|now|blocks?"
    r"|miles?|minutes?|hours?|days?|weeks?|months?|years?|people|times)\b"
)
# Words that lead into a person's name: "this is Harriet", "my daughter Emily", "Dr. Quenby".
_RELATION = (
    r"(?:daughter|son|wife|husband|mother|mom|mum|father|dad|sister|brother|partner|friend"
    r"|caregiver|carer|aunt|uncle|grandmother|grandma|grandfather|grandpa|grandson|granddaughter"
    r"|niece|nephew|cousin|kid|child|boyfriend|girlfriend|fianc[eé]e?|neighbou?r|doctor|nurse"
    r"|oncologist|neurologist|rheumatologist|hematologist|physician|surgeon)"
)
_TITLE = r"(?:dr|mr|mrs|ms|miss|mx|prof)\b\.?"
_NAME_INTRO = (
    rf"(?:this is|it's|it is|i'm|im|i am|call me|called|named|(?:my|our|his|her|their) {_RELATION}"
    rf"(?:'s name)?(?:,|\s+(?:is|was|named|called))?|{_TITLE})"
)
_TITLE_WORD = r"(?-i:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
# US state and territory codes; APO/FPO/DPO military mail uses AA, AE and AP.
_STATES = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
    r"|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AS|GU|MP|PR|VI|FM|MH|PW"
    r"|AA|AE|AP)"
)
# Codes that are also English words count only in capitals: "in 10000" is not Indiana.
_STATE_WORDS = r"(?:in|me|or|oh|hi|ok|pa|ma|de|co|la|id|al|ar|ga|va|wa|mt|ms|md|ne|nd|sc|ca)\b"
_STATE_NAMES = (
    r"(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia"
    r"|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts"
    r"|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey"
    r"|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania"
    r"|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington"
    r"|west virginia|wisconsin|wyoming)"
)
_UNIT = r"(?:apt|apartment|unit|suite|ste|#)"
_ZIP = r"\d{5}(?:-\d{4})?\b"
_TLD = r"(?:com|org|net|edu|gov|mil|us|io|co|info|biz|me|uk|ca)\b"
_DOT = r"(?:\s*\.\s*|\s+dot\s+|\s*[(\[]dot[)\]]\s*)"
_ID_LABEL = (
    r"(?:mrn|ssn|social security(?: number| no\.?)?|medical record(?: number| no\.?)?"
    r"|(?:record|chart|account) (?:number|no\.?|#)|(?:insurance |health plan )?member"
    r" (?:id|number|no\.?|#)|policy(?: number| no\.?| id)?|insurance (?:id|number|no\.?)"
    r"|subscriber (?:id|number|no\.?)|group (?:number|no\.?)|patient (?:id|number|no\.?)"
    r"|medicare(?: number| id| no\.?)?|medicaid(?: number| id| no\.?)?)"
)


def _labelled(label: str, value: str, token: str, check: Callable[[str], bool] = bool):
    """Return a rule that keeps a label ("MRN is") and replaces the value after it."""
    pattern = LazyPattern(rf"\b({label})(\s*(?:(?:is|was|:|#|=)\s*)*)({value})", _I)

    def replace(text: str) -> str:
        return pattern.sub(
            lambda m: m.group(1) + m.group(2) + token if check(m.group(3)) else m.group(0), text
        )

    return replace


def _plain(pattern: str, token: str, flags: int = _I, needs: str | None = None):
    """Return a rule that replaces the pattern; `needs`, a quick test the text must pass first
    (most questions hold no five-digit number: the city-state-ZIP pattern need not run)."""
    compiled = LazyPattern(pattern, flags)
    if needs is None:
        return lambda text: compiled.sub(token, text)
    quick = LazyPattern(needs, _I)
    return lambda text: compiled.sub(token, text) if quick.search(text) else text


# Rules each of whose matches holds a digit: a text without one (most questions) is spared them.
_DIGIT_RULES: set[Callable[[str], str]] = set()
_DIGIT = LazyPattern(r"\d")


def _needs_digit(rule: Callable[[str], str]) -> Callable[[str], str]:
    _DIGIT_RULES.add(rule)
    return rule


def _is_old(age: str) -> bool:
    return OLDEST_AGE_KEPT < int(age) <= 125


# In order: each rule's tokens keep later rules off the digits it replaced.
_RULES: tuple[Callable[[str], str], ...] = (
    _plain(r"\b[\w.'+-]+@[\w-]+(?:\.[\w-]+)+\b", "[EMAIL]", needs="@"),
    # Spelled out: "jane dot doe at gmail dot com", "jane(at)gmail.com".
    _plain(
        rf"\b[\w'+-]+(?:{_DOT}[\w'+-]+)*(?:\s+at\s+|\s*[(\[]at[)\]]\s*)[\w-]+(?:{_DOT}[\w-]+)*"
        rf"{_DOT}{_TLD}",
        "[EMAIL]",
        needs=r"\bat\b",
    ),
    _needs_digit(
        _labelled(
            _ID_LABEL,
            r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?",
            "[ID]",
            lambda v: len(v) >= 4 and any(c.isdigit() for c in v),
        )
    ),
    # Social security numbers, however separated: "123-45-6789", "123 45 6789".
    _needs_digit(_plain(r"\b\d{3}([\s.-])\d{2}\1\d{4}\b", "[ID]")),
    _needs_digit(
        _plain(
            r"(?<![\w/.-])(?:(?:\+?1|001)[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}"
            r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\w/-]|\.\d)",
            "[PHONE]",
        )
    ),
    _needs_digit(_plain(r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\d{2,5}){2,4}\b", "[PHONE]")),
    _needs_digit(_labelled(r"at|call|phone|cell|mobile|tel|text", r"\d{3}[.-]\d{4}\b", "[PHONE]")),
    _needs_digit(
        _plain(r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})\b", "[DATE]")
    ),
    _needs_digit(_plain(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?\b", "[DATE]")),
    _needs_digit(_plain(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?\b", "[DATE]")),
    _needs_digit(_plain(r"\bp\.?\s?o\.?\s+box\s+\d+\b", "[ADDRESS]")),
    # Military mail: "PSC 4847, Box 5135 APO AE 04074", "USNS Smith FPO AP 12345".
    _needs_digit(_plain(r"\b(?:psc|unit)\s+\d+,?\s+box\s+\d+\b", "[ADDRESS]")),
    _plain(rf"\b(?:usns|uss|usnv|uscgc)\s+{_TITLE_WORD}\b", "[ADDRESS]", needs=r"\bus"),
    _needs_digit(_plain(rf"\b(?:apo|fpo|dpo)\s+(?:aa|ae|ap)\s+{_ZIP}", "[ADDRESS]")),
    # City, state and ZIP: "Omaha NE 68104", "North Kaylee, ND 72372", "omaha, nebraska 68104".
    _needs_digit(
        _plain(
            rf"(?:\b\d{{1,6}}\s+)?(?:\b{_TITLE_WORD}\s+){{0,4}}\b[a-z][\w'-]*,?\s+"
            rf"(?:(?-i:{_STATES})|(?!{_STATE_WORDS}){_STATES}|{_STATE_NAMES}),?\s+{_ZIP}",
            "[ADDRESS]",
            needs=r"\d{5}",
        )
    ),
    _needs_digit(_plain(rf"\b{_STATE_NAMES},?\s+{_ZIP}", "[ADDRESS]", needs=r"\d{5}")),
    _needs_digit(
        _labelled(r"zip(?: code)?|postal code|postcode", r"\d{5}(?:-\d{4})?\b", "[ADDRESS]")
    ),
    _needs_digit(
        _plain(
            rf"\b\d{{1,6}}(?:\s+(?!{_COMMON})[a-z][\w'.-]*){{1,4}}?\s+{_STREET_TYPE}"
            r"(?:\s+(?:apt|apartment|unit|suite|ste|#)\.?\s*#?\s*\w+)?"
            r"(?:,\s*[a-z][a-z .]*,\s*(?-i:[A-Z]{2})\s+\d{5}(?:-\d{4})?\b)?",
            "[ADDRESS]",
        )
    ),
    # A house number and capitalised words, whatever the street type: "3608 Kathryn Park".
    _needs_digit(
        _plain(
            rf"\b\d{{1,6}}(?:\s+(?!{_COMMON}|{_UNIT}\b){_TITLE_WORD}\.?){{1,4}}"
            rf"(?:,?\s+{_UNIT}\.?\s*#?\s*\w+)?",
            "[ADDRESS]",
        )
    ),
    # Where someone lives, by name only: "we live on Larkspur".
    _labelled(
        r"(?:live|lives|living|stay|staying|moved)\s+(?:on|at|in|to)|address(?:\s+is|:)",
        rf"(?:{_TITLE_WORD}|\d+\w*)(?:\s+(?:{_TITLE_WORD}|\d+\w*)){{0,3}}",
        "[ADDRESS]",
    ),
    _labelled(
        r"(?:my |his |her |\w+'s )?name(?: is|'s)|name\s*:|i am called|i'm called",
        r"(?-i:(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
        rf"|(?!{_COMMON})[a-z][\w'-]+(?:\s+(?!{_COMMON})[a-z][\w'-]+)?",
        "[NAME]",
    ),
    # Introduced names in capitals: "this is Harriet Quenby", "my daughter Emily", "Dr. Quenby".
    _labelled(
        _NAME_INTRO,
        rf"(?!{_TITLE}\s){_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}}",
        "[NAME]",
    ),
    _labelled(r"hi|hello|hey|dear", _TITLE_WORD + rf"(?:\s+{_TITLE_WORD})?(?=\s*,)", "[NAME]"),
    _needs_digit(
        _labelled(
            r"i'm|im|i am|he's|he is|she's|she is|aged?|turned|turning",
            r"\d{2,3}\b(?![.,]\d|\s*(?:%|percent|°|degrees|mg|kg|lbs?|pounds|[fc]\b))",
            "[AGE]",
            _is_old,
        )
    ),
    _needs_digit(
        lambda text: re.sub(
            r"\b\d{2,3}(?=(?:\s*|-)(?:years?|yrs?)(?:\s*|-)old\b|\s*(?:yo|y/o)\b)",
            lambda m: "[AGE]" if _is_old(m.group()) else m.group(),
            text,
            flags=_I,
        )
    ),
    # Other long account-like numbers; trial registrations (NCT + 8 digits) are public.
    _needs_digit(_plain(r"\b(?!nct\d{8}\b)[a-z]{0,4}\d{7,}\b", "[ID]")),
)
_RULES_WITHOUT_DIGITS = tuple(rule for rule in _RULES if rule not in _DIGIT_RULES)
_RULES_OF_DIGITS = tuple(rule for rule in _RULES if rule in _DIGIT_RULES)
# One address or name found in parts ("12 Oak Rd, Boston, MA 02115") is one token.
_RUN = LazyPattern(r"\[(ADDRESS|NAME)\](?:,?\s+\[\1\])+")


# Words that may stay whatever the knowledge base says: English function words, greetings,
# days, titles and the labels of what the rules above replace.
COMMON_WORDS = frozenset((
    "a", "an", "the", "and", "or", "but", "if", "so", "because", "as", "than", "then", "that",
    "this", "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "when",
    "where", "why", "how", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
    "did", "done", "have", "has", "had", "can", "could", "will", "would", "shall", "should",
    "may", "might", "must", "not", "no", "yes", "of", "in", "on", "at", "to", "for", "from",
    "with", "without", "by", "about", "after", "before", "into", "over", "under", "up", "down",
    "out", "off", "again", "just", "also", "too", "very", "really", "maybe", "now", "well",
    "still", "all", "any", "some", "every", "each", "more", "most", "much", "many", "other",
    "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "we", "we're", "our",
    "us", "you", "you're", "your", "he", "he's", "him", "his", "she", "she's", "her", "hers",
    "they", "they're", "them", "their", "it", "it's", "its", "hi", "hello", "hey", "dear",
    "thanks", "thank", "please", "sorry", "ok", "okay", "bye", "good", "morning", "afternoon",
    "evening", "call", "email", "text", "write", "send", "tell", "ask", "help", "need", "want",
    "know", "think", "get", "go", *WEEKDAYS, "today", "tomorrow", "yesterday", "mom", "dad",
    "mum", "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "ssn", "mrn", "dob", "id",
))  # fmt: skip
# Month names stay in capitals ("in May"), never as a lower-case name ("I am april").
_MONTH_WORDS = frozenset((
    *MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
))  # fmt: skip
_WORD = LazyPattern(r"(?<![\w\[’'-])[A-Za-z]+(?:['’-][A-Za-z]+)*(?![\w\]’'-])")
# Where a name typed in lower case is likely: after an introduction, or starting a sentence.
# After "I'm" only words that end a clause ("i'm adam carr, my ..."): "I'm worried about" is
# far more common than a name there; at a sentence's start only a name's usual company
# ("ross, can I ...", "diana wright here", "john garrett from the clinic").
_INTRODUCED = LazyPattern(
    rf"(?:\b(?:(?P<self>i'm|im|i am)|this is|call me|calls me|called|named|my name is|name's"
    rf"|name|add|under|call|hi|hello|hey|dear"
    rf"|(?:my|our|his|her|their) {_RELATION}(?:'s name)?(?:,|\s+(?:is|was))?"
    rf"|{_TITLE})(?![\w'’])|:|(?P<start>^|[.!?]\s))\s*(?=(?-i:[a-z]))",
    _I,
)
_AFTER_TITLE = LazyPattern(rf"\b{_TITLE}\s*$", _I)
_LOWER_WORD = LazyPattern(r"\s*((?-i:[a-z][a-z'’-]*))")
_NEXT_TO_NAME = LazyPattern(rf"\b{_TITLE_WORD}(?=\s+\[NAME\])|(?<=\[NAME\]\s){_TITLE_WORD}\b")


@dataclass(frozen=True)
class Vocabulary:
    """Words a stored question may keep, from texts that name no patient (the knowledge base)."""

    words: frozenset[str]  # every word, lower-cased: may stay when typed in capitals
    lowercase: frozenset[str]  # words the texts write in lower case: ordinary words, not names


def vocabulary(texts: Iterable[str]) -> Vocabulary:
    """Return the vocabulary of the texts (the knowledge base's: medical terms included)."""
    found = {word.replace("’", "'") for text in texts for word in _WORD.findall(text)}
    return Vocabulary(
        words=frozenset(word.lower() for word in found),
        lowercase=frozenset(word for word in found if word.islower()),
    )


def _bare(word: str) -> str:
    return word.lower().replace("’", "'").removesuffix("'s")


def _known(word: str, known: Vocabulary) -> bool:
    word = _bare(word)
    return (
        word in known.words
        or word in COMMON_WORDS
        or word in _MONTH_WORDS
        or all(part in known.words for part in word.split("-"))
    )


def _ordinary(word: str, known: Vocabulary) -> bool:
    word = _bare(word)
    return word in known.lowercase or word in COMMON_WORDS


def _mask_introduced(text: str, known: Vocabulary) -> str:
    """Mask "emily quenby" in "my daughter emily quenby has": up to three words after a name's
    introduction, up to the first ordinary one (after "Dr." the first word whatever it is)."""
    spans = []
    for intro in _INTRODUCED.finditer(text):
        if spans and intro.end() < spans[-1][1]:
            continue  # inside the words masked after the previous introduction
        position, end = intro.end(), None
        for count in range(3):
            word = _LOWER_WORD.match(text, position)
            if not word or (
                _ordinary(word.group(1), known)
                and not (count == 0 and _AFTER_TITLE.search(intro.group()))
            ):
                break
            position = end = word.end()
        if intro.group("self") and not re.match(r"\s*(?:[,.;!?]|$)", text[position:]):
            continue
        if intro.group("start") is not None and not re.match(
            r"\s*(?:,|(?:here|from|again)\b)", text[position:]
        ):
            continue
        if end is not None:
            spans.append((intro.end(), end))
    for start, end in reversed(spans):
        text = text[:start] + "[NAME]" + text[end:]
    return text


def _unless_common(word: re.Match) -> str:
    return word.group() if _bare(word.group()) in COMMON_WORDS else "[NAME]"


def _mask_unknown(text: str, known: Vocabulary) -> str:
    text = _mask_introduced(text, known)
    text = _WORD.sub(
        lambda m: m.group() if m.group().islower() or _known(m.group(), known) else "[NAME]",
        text,
    )
    # A capitalised word next to a name is part of it: "[NAME] White" from "Angel White".
    while (masked := _NEXT_TO_NAME.sub(_unless_common, text)) != text:
        text = _RUN.sub(r"[\1]", masked)
    return text


def redact(text: str, known: Vocabulary | None = None) -> str:
    """Return the text with personal details replaced by [EMAIL], [PHONE], [DATE], [ID],
    [ADDRESS], [NAME] and [AGE].

    Args:
        text: what a patient typed.
        known: the words that may stay (`vocabulary()` of the knowledge base); with them,
            any other capitalised word, and unknown words where a name is likely, become
            [NAME]. None: patterns only.
    """
    # No rule puts a digit in: a text without one at the start has none at any step.
    for rule in _RULES if _DIGIT.search(text) else _RULES_WITHOUT_DIGITS:
        text = rule(text)
    if known is not None:
        masked = _mask_unknown(text, known)
        # A word masked beside a number can free a pattern it held back ("IM100 C": a unit
        # after the number, but as [NAME] the 100 reads as an age), so the number patterns read
        # the masked text again: redacting twice gives what redacting once gave.
        if masked != text and _DIGIT.search(masked):
            for rule in _RULES_OF_DIGITS:
                masked = rule(masked)
        text = masked
    return _RUN.sub(r"[\1]", text)
