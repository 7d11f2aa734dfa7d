"""Replace personal details in free text with tokens before anything is stored.

Covers what patients type about themselves: emails, phone numbers, dates (of birth), record,
insurance and member numbers, street addresses, names given as "my name is ...", and ages
over 89. Clinical numbers ("38.5", "100.4 F", "400 mg/dL", "2 weeks") and trial numbers
("NCT06799247") are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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
    r"|across|my|our|your|his|her|their|this|that|it|not|so|too|also|here|there|just|blocks?"
    r"|miles?|minutes?|hours?|days?|weeks?|months?|years?|people|times)\b"
)
_ID_LABEL = (
    r"(?:mrn|ssn|social security(?: number| no\.?)?|medical record(?: number| no\.?)?"
    r"|(?:record|chart|account) (?:number|no\.?|#)|(?:insurance |health plan )?member"
    r" (?:id|number|no\.?|#)|policy(?: number| no\.?| id)?|insurance (?:id|number|no\.?)"
    r"|subscriber (?:id|number|no\.?)|group (?:number|no\.?)|patient (?:id|number|no\.?)"
    r"|medicare(?: number| id| no\.?)?|medicaid(?: number| id| no\.?)?)"
)


def _labelled(label: str, value: str, token: str, check: Callable[[str], bool] = bool):
    """Return a rule that keeps a label ("MRN is") and replaces the value after it."""
    pattern = re.compile(rf"\b({label})(\s*(?:(?:is|was|:|#|=)\s*)*)({value})", _I)

    def replace(text: str) -> str:
        return pattern.sub(
            lambda m: m.group(1) + m.group(2) + token if check(m.group(3)) else m.group(0), text
        )

    return replace


def _plain(pattern: str, token: str, flags: int = _I):
    compiled = re.compile(pattern, flags)
    return lambda text: compiled.sub(token, text)


def _is_old(age: str) -> bool:
    return OLDEST_AGE_KEPT < int(age) <= 125


# In order: each rule's tokens keep later rules off the digits it replaced.
_RULES: tuple[Callable[[str], str], ...] = (
    _plain(r"\b[\w.'+-]+@[\w-]+(?:\.[\w-]+)+\b", "[EMAIL]"),
    _labelled(
        _ID_LABEL,
        r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?",
        "[ID]",
        lambda v: len(v) >= 4 and any(c.isdigit() for c in v),
    ),
    _plain(r"\b\d{3}-\d{2}-\d{4}\b", "[ID]"),
    _plain(
        r"(?<![\w/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?![\w/-]|\.\d)",
        "[PHONE]",
    ),
    _plain(r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\d{2,5}){2,4}\b", "[PHONE]"),
    _labelled(r"at|call|phone|cell|mobile|tel|text", r"\d{3}[.-]\d{4}\b", "[PHONE]"),
    _plain(r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})\b", "[DATE]"),
    _plain(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?\b", "[DATE]"),
    _plain(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?\b", "[DATE]"),
    _plain(r"\bp\.?\s?o\.?\s+box\s+\d+\b", "[ADDRESS]"),
    _labelled(r"zip(?: code)?|postal code|postcode", r"\d{5}(?:-\d{4})?\b", "[ADDRESS]"),
    _plain(
        rf"\b\d{{1,6}}(?:\s+(?!{_COMMON})[a-z][\w'.-]*){{1,4}}?\s+{_STREET_TYPE}"
        r"(?:\s+(?:apt|apartment|unit|suite|ste|#)\.?\s*#?\s*\w+)?"
        r"(?:,\s*[a-z][a-z .]*,\s*(?-i:[A-Z]{2})\s+\d{5}(?:-\d{4})?\b)?",
        "[ADDRESS]",
    ),
    _labelled(
        r"(?:my |his |her |\w+'s )?name(?: is|'s)|name\s*:|i am called|i'm called",
        r"(?-i:(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
        rf"|(?!{_COMMON})[a-z][\w'-]+(?:\s+(?!{_COMMON})[a-z][\w'-]+)?",
        "[NAME]",
    ),
    _labelled(
        r"i'm|im|i am|he's|he is|she's|she is|aged?|turned|turning",
        r"\d{2,3}\b(?![.,]\d|\s*(?:%|percent|°|degrees|mg|kg|lbs?|pounds|[fc]\b))",
        "[AGE]",
        _is_old,
    ),
    lambda text: re.sub(
        r"\b\d{2,3}(?=(?:\s*|-)(?:years?|yrs?)(?:\s*|-)old\b|\s*(?:yo|y/o)\b)",
        lambda m: "[AGE]" if _is_old(m.group()) else m.group(),
        text,
        flags=_I,
    ),
    # Other long account-like numbers; trial registrations (NCT + 8 digits) are public.
    _plain(r"\b(?!nct\d{8}\b)[a-z]{0,4}\d{7,}\b", "[ID]"),
)


def redact(text: str) -> str:
    """Return the text with personal details replaced by [EMAIL], [PHONE], [DATE], [ID],
    [ADDRESS], [NAME] and [AGE]."""
    for rule in _RULES:
        text = rule(text)
    return text
