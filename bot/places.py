"""Places a patient may name: US states, countries and large cities (no Flask)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .pattern_set import LazyPattern

US = "United States"
US_STATES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}
# The registry's spelling of each country, with the other names people use for it.
COUNTRIES = {
    "United States": (
        "united states",
        "united states of america",
        "usa",
        "u.s.",
        "u.s.a.",
        "america",
    ),
    "Canada": ("canada",),
    "Mexico": ("mexico",),
    "Brazil": ("brazil",),
    "United Kingdom": (
        "united kingdom",
        "uk",
        "u.k.",
        "britain",
        "great britain",
        "england",
        "scotland",
        "wales",
    ),
    "Ireland": ("ireland",),
    "Germany": ("germany", "deutschland"),
    "France": ("france",),
    "Spain": ("spain",),
    "Italy": ("italy",),
    "Netherlands": ("netherlands", "holland"),
    "Belgium": ("belgium",),
    "Switzerland": ("switzerland",),
    "Austria": ("austria",),
    "Denmark": ("denmark",),
    "Sweden": ("sweden",),
    "Norway": ("norway",),
    "Finland": ("finland",),
    "Poland": ("poland",),
    "Israel": ("israel",),
    "China": ("china",),
    "Japan": ("japan",),
    "Korea, Republic of": ("south korea", "korea"),
    "India": ("india",),
    "Australia": ("australia",),
    "New Zealand": ("new zealand",),
}


@dataclass(frozen=True)
class City:
    name: str
    state: str  # a US state's name, or "" outside the US
    country: str


CITIES = (
    City("New York", "New York", US),
    City("Los Angeles", "California", US),
    City("San Francisco", "California", US),
    City("San Diego", "California", US),
    City("Chicago", "Illinois", US),
    City("Houston", "Texas", US),
    City("Dallas", "Texas", US),
    City("Austin", "Texas", US),
    City("San Antonio", "Texas", US),
    City("Phoenix", "Arizona", US),
    City("Philadelphia", "Pennsylvania", US),
    City("Pittsburgh", "Pennsylvania", US),
    City("Boston", "Massachusetts", US),
    City("Atlanta", "Georgia", US),
    City("Miami", "Florida", US),
    City("Tampa", "Florida", US),
    City("Seattle", "Washington", US),
    City("Denver", "Colorado", US),
    City("Minneapolis", "Minnesota", US),
    City("Detroit", "Michigan", US),
    City("Baltimore", "Maryland", US),
    City("Nashville", "Tennessee", US),
    City("Cleveland", "Ohio", US),
    City("Columbus", "Ohio", US),
    City("St. Louis", "Missouri", US),
    City("New Orleans", "Louisiana", US),
    City("Salt Lake City", "Utah", US),
    City("Omaha", "Nebraska", US),
    City("Toronto", "", "Canada"),
    City("Montreal", "", "Canada"),
    City("Vancouver", "", "Canada"),
    City("London", "", "United Kingdom"),
    City("Manchester", "", "United Kingdom"),
    City("Berlin", "", "Germany"),
    City("Munich", "", "Germany"),
    City("Hamburg", "", "Germany"),
    City("Paris", "", "France"),
    City("Madrid", "", "Spain"),
    City("Barcelona", "", "Spain"),
    City("Rome", "", "Italy"),
    City("Milan", "", "Italy"),
    City("Beijing", "", "China"),
    City("Shanghai", "", "China"),
    City("Wuhan", "", "China"),
    City("Hangzhou", "", "China"),
    City("Sydney", "", "Australia"),
    City("Melbourne", "", "Australia"),
)

_STATE_NAMES = {name.lower(): name for name in US_STATES.values()}
_COUNTRY_ALIASES = {alias: country for country, aliases in COUNTRIES.items() for alias in aliases}


def state_name(value: str) -> str | None:
    """Return the US state a name or a two-letter code stands for, or None."""
    value = value.strip()
    return US_STATES.get(value.upper()) or _STATE_NAMES.get(value.lower())


def country_name(value: str) -> str | None:
    """Return the registry's name of a country, or None when it is not one we know."""
    value = " ".join(value.strip().lower().split())
    if value in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[value]
    return next((c for c in COUNTRIES if c.lower() == value), None)


@dataclass(frozen=True)
class Place:
    """A place named in a question: a country, and a US state or a city when given."""

    country: str
    state: str = ""
    city: str = ""

    @property
    def label(self) -> str:
        if self.city:
            return self.city
        return self.state or self.country


def _alternation(words) -> str:
    # Longest first, so "new york city" wins over "new york" and "york".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CITY_NAMES = {c.name.lower(): c for c in CITIES}
_CITY = LazyPattern(rf"\b({_alternation(_CITY_NAMES)})\b", re.IGNORECASE)
_STATE = LazyPattern(rf"\b({_alternation(_STATE_NAMES)})\b", re.IGNORECASE)
_COUNTRY = LazyPattern(rf"(?<![\w.])({_alternation(_COUNTRY_ALIASES)})(?![\w])", re.IGNORECASE)
# Two-letter codes only in capitals ("TX"), or after "in"/"near" ("in tx"): in lower case
# many are words ("in", "or", "me"). MS stays out: there it means multiple sclerosis.
_CODES = {code for code in US_STATES if code != "MS"}
_CODE_UPPER = LazyPattern(rf"\b({_alternation(_CODES)})\b")
_CODE_AFTER = LazyPattern(rf"\b(?:in|near)\s+({_alternation(_CODES)})\b", re.IGNORECASE)
_LOWER_WORDS = {"in", "or", "me", "hi", "oh", "ok", "de", "la", "id", "co", "pa", "ma", "al", "ga"}


def find_place(text: str) -> Place | None:
    """Return the most specific place a question names: a city, then a state, then a country."""
    if match := _CITY.search(text):
        city = _CITY_NAMES[match.group(1).lower()]
        # "New York" is both a city and a state: the state is the wider, safer reading.
        if city.name.lower() not in _STATE_NAMES:
            return Place(country=city.country, state=city.state, city=city.name)
    if match := _STATE.search(text):
        return Place(country=US, state=_STATE_NAMES[match.group(1).lower()])
    for match in _CODE_UPPER.finditer(text):
        # "US" is the country; "IN" alone in capitals is as likely shouting as Indiana.
        if match.group(1) not in {"US", "IN", "OR", "ME", "OK", "HI", "OH"}:
            return Place(country=US, state=US_STATES[match.group(1)])
    for match in _CODE_AFTER.finditer(text):
        code = match.group(1)
        if code.lower() not in _LOWER_WORDS or code.isupper():
            return Place(country=US, state=US_STATES[code.upper()])
    if match := _COUNTRY.search(text):
        return Place(country=_COUNTRY_ALIASES[match.group(1).lower()])
    if re.search(r"\bUS\b", text):
        return Place(country=US)
    return None
