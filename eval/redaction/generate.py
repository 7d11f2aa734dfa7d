"""Write the templates filled with Faker's fake personal details, in two frozen files.

tuning.jsonl is for looking at misses while widening bot/redact.py; held_back.jsonl (another
seed) is scored only to report. Run once (`.venv/bin/python eval/redaction/generate.py`); the
tests read the files, never this script, so Faker is needed only to make them again. Seeded:
the same Faker version writes the same files.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from faker import Faker

HERE = Path(__file__).parent
SPLITS = {"tuning.jsonl": 18, "held_back.jsonl": 1918}
SENTENCES = 1000
# How people type details into a chat box: names in lower case, emails spelled out, SSNs with
# spaces, an address on one line.
LOWERCASE_NAME = 0.15
SPELLED_EMAIL = 0.2
SPACED_SSN = 0.3
ENTITY_OF = {
    "PERSON": "PERSON",
    "FIRST_NAME": "PERSON",
    "LAST_NAME": "PERSON",
    "PHONE": "PHONE",
    "EMAIL": "EMAIL",
    "SSN": "ID",
    "MRN": "ID",
    "MEMBER_ID": "ID",
    "ADDRESS": "ADDRESS",
    "STREET": "ADDRESS",
    "CITY_STATE_ZIP": "ADDRESS",
    "CITY": "ADDRESS",
}


def fake_value(fake: Faker, rng: random.Random, placeholder: str) -> str:
    if placeholder in ("PERSON", "FIRST_NAME", "LAST_NAME"):
        value = {"PERSON": fake.name, "FIRST_NAME": fake.first_name, "LAST_NAME": fake.last_name}[
            placeholder
        ]()
        return value.lower() if rng.random() < LOWERCASE_NAME else value
    if placeholder == "PHONE":
        return fake.phone_number()
    if placeholder == "EMAIL":
        email = fake.email()
        if rng.random() < SPELLED_EMAIL:
            local, domain = email.split("@")
            email = f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
        return email
    if placeholder == "SSN":
        ssn = fake.ssn()
        return ssn.replace("-", " ") if rng.random() < SPACED_SSN else ssn
    if placeholder == "MRN":
        return fake.bothify(rng.choice(["########", "??#######", "MR-#######"])).upper()
    if placeholder == "MEMBER_ID":
        return fake.bothify(rng.choice(["???#########", "#########", "W#########"])).upper()
    if placeholder == "ADDRESS":
        return fake.address().replace("\n", rng.choice([", ", " "]))
    if placeholder == "STREET":
        return fake.street_address()
    if placeholder == "CITY_STATE_ZIP":
        return f"{fake.city()}, {fake.state_abbr()} {fake.zipcode()}"
    if placeholder == "CITY":
        return fake.city()
    raise ValueError(placeholder)


def not_identifying(fake: Faker) -> set[str]:
    """Return the words of a fake value that identify nobody: titles, street types, states."""
    address = fake.provider("faker.providers.address")
    person = fake.provider("faker.providers.person")
    words = {
        *address.street_suffixes,
        *address.city_prefixes,
        *address.states_abbr,
        *address.military_state_abbr,
        *person.prefixes_female,
        *person.prefixes_male,
        *person.suffixes_female,
        *person.suffixes_male,
        "Apt",
        "Suite",
        "PSC",
        "Box",
        "Unit",
        "USNS",
        "USS",
        "USNV",
        "USCGC",
        "APO",
        "FPO",
        "DPO",
        "dot",
        "at",
        "example",
        "com",
        "org",
        "net",
        "MR",
    }
    return {word.strip(".").lower() for word in words}


def identifying(value: str, kind: str, ignore: set[str]) -> list[str]:
    """Return the parts of a value that must not survive redaction."""
    if kind == "EMAIL":
        value = re.split(r"@| at ", value)[0]
    parts = re.findall(r"[A-Za-z0-9]+", value)
    return [
        part
        for part in parts
        if part.lower() not in ignore and (len(part) >= 3 if part.isdigit() else len(part) >= 2)
    ]


def main() -> None:
    templates = [
        line
        for line in (HERE / "templates.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    for name, seed in SPLITS.items():
        write(HERE / name, templates, seed)


def write(path: Path, templates: list[str], seed: int) -> None:
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    ignore = not_identifying(fake)
    rows = []
    for number in range(SENTENCES):
        template = templates[number % len(templates)]
        parts = re.split(r"\{([A-Z_]+)\}", template)  # text, placeholder, text, ...
        entities = []
        for position in range(1, len(parts), 2):
            kind = ENTITY_OF[parts[position]]
            parts[position] = value = fake_value(fake, rng, parts[position])
            entities.append(
                {"type": kind, "value": value, "identifying": identifying(value, kind, ignore)}
            )
        rows.append({"text": "".join(parts), "template": template, "entities": entities})
    with path.open("w") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
