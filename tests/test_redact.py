import json
from pathlib import Path

import pytest

from bot.knowledge import load_knowledge
from bot.records import knowledge_vocabulary
from bot.redact import redact, vocabulary

KNOWN = knowledge_vocabulary(load_knowledge(Path(__file__).parent.parent / "knowledge"))

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "redaction_cases.jsonl").read_text().splitlines()
]
TOKENS = ("[EMAIL]", "[PHONE]", "[DATE]", "[ID]", "[ADDRESS]", "[NAME]", "[AGE]")


def test_the_cases_cover_every_token_and_text_that_must_survive(report):
    assert len(CASES) >= 50
    expected = " ".join(c["expected"] for c in CASES)
    assert all(token in expected for token in TOKENS)
    unchanged = [c for c in CASES if c["text"] == c["expected"]]
    report(f"redaction: {len(CASES)} cases, {len(unchanged)} that must not change")
    assert len(unchanged) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_redact(case):
    assert redact(case["text"]) == case["expected"]


def test_redacting_twice_changes_nothing_more():
    for case in CASES:
        assert redact(case["expected"]) == case["expected"]


@pytest.mark.parametrize("text", ["IM100 C", "im 100 C and tired", "she is 95 F today"])
def test_a_word_masked_beside_a_number_leaves_nothing_for_a_second_pass(text):
    # Found by the fuzz test on the fixture articles, whose words hold no "C" or "F": the unit
    # after the number, masked as a name, let a second pass read the number as an age.
    known = vocabulary(["and tired today"])
    once = redact(text, known)
    assert redact(once, known) == once


# What a red-team run found stored, and what is stored now (with the knowledge base's words).
@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("this is Harriet Quenby, what is CRS?", "this is [NAME], what is CRS?"),
        ("I'm Harriet Quenby and I have lupus", "I'm [NAME] and I have lupus"),
        ("my daughter Emily Quenby had CAR-T", "my daughter [NAME] had CAR-T"),
        ("my daughter emily quenby had CAR-T", "my daughter [NAME] had CAR-T"),
        ("ssn 123 45 6789", "ssn [ID]"),
        ("I live at 12 Larkspur, Omaha NE 68104", "I live at [ADDRESS]"),
        ("we are in Omaha NE 68104", "we are in [ADDRESS]"),
        ("send it to Springfield, IL 62704-1234 please", "send it to [ADDRESS] please"),
        ("we moved to Larkspur last year", "we moved to [ADDRESS] last year"),
        ("write to jane dot doe at gmail dot com", "write to [EMAIL]"),
        ("jane.doe(at)gmail.com", "[EMAIL]"),
        ("call 001-882-988-3607x5983", "call [PHONE]"),
        ("Quenby here, can I drive after CAR-T?", "[NAME] here, can I drive after CAR-T?"),
        ("Dr. Okonkwo said my B cells are gone", "Dr. [NAME] said my B cells are gone"),
        ("harriet quenby here, is CRS common?", "[NAME] here, is CRS common?"),
        # Words of the knowledge base stay, in capitals too.
        ("Is CAR-T for Lupus safe in May?", "Is CAR-T for Lupus safe in May?"),
        ("I'm worried about ICANS after my infusion", "I'm worried about ICANS after my infusion"),
    ],
)
def test_names_and_places_do_not_reach_the_store(text, stored):
    assert redact(text, KNOWN) == stored
    assert redact(stored, KNOWN) == stored
