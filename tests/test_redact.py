import json
from pathlib import Path

import pytest

from bot.redact import redact

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
