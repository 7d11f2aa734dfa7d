import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import SETTINGS, from_environment

README = (Path(__file__).parent.parent / "README.md").read_text()


def test_every_setting_is_in_the_readme_table_and_nothing_else_is():
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", README, re.MULTILINE))
    declared = {s.name for s in SETTINGS}
    assert declared - documented == set(), "settings missing from the README table"
    assert documented - declared == set(), "README lists settings that do not exist"


def test_every_setting_has_help():
    for setting in SETTINGS:
        assert setting.help.strip(), setting.name


def test_settings_are_read_from_the_environment_typed_like_their_defaults():
    values = from_environment({"MAX_MESSAGE_CHARS": "500", "CRISIS_LINE": "116 123", "OTHER": "x"})
    assert values == {"MAX_MESSAGE_CHARS": 500, "CRISIS_LINE": "116 123"}
    with pytest.raises(ValueError, match="MAX_HISTORY_ITEMS='many' is not a int"):
        from_environment({"MAX_HISTORY_ITEMS": "many"})


def test_a_setting_that_is_not_a_number_is_named():
    with pytest.raises(ValueError, match="QUERY_CACHE_SIZE"):
        from_environment({"QUERY_CACHE_SIZE": "lots"})


def test_a_test_config_replaces_the_environment(monkeypatch, test_config):
    from bot import create_app

    monkeypatch.setenv("ADMIN_TOKEN", "from-the-shell-" + "x" * 32)  # long enough to start
    monkeypatch.setenv("RATE_LIMIT", "1 per day")
    monkeypatch.setenv("CLINIC_PHONE", "555-0100")
    app = create_app(test_config)
    assert app.config["ADMIN_TOKEN"] == ""
    assert app.config["RATE_LIMIT"] == "30 per minute;500 per day"
    assert app.config["CLINIC_PHONE"] == ""
    for name in ("EMBEDDER", "INDEX_DIR", "DATABASE_URL", "KNOWLEDGE_DIR"):
        monkeypatch.setenv(name, str(test_config[name]))
    assert create_app().config["CLINIC_PHONE"] == "555-0100"  # no test config: the environment


def test_making_the_app_leaves_the_garbage_collector_as_it_found_it(make_app):
    make_app()  # start-up pauses it while it loads
    assert gc.isenabled()
    gc.disable()
    try:
        make_app()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_starting_never_collects_what_start_up_made(app, test_config):
    """A new process loading wsgi.py, as gunicorn and flask do, then answering twice: no
    collection reaches the tens of thousands of objects importing and create_app made (one
    such pass was ~5% of a cold start)."""
    probe = """
import gc, json, sys
young = []
gc.callbacks.append(lambda phase, info: phase == "start" and young.append(gc.get_count()[0]))
from wsgi import app
client = app.test_client()
kinds = [
    client.post("/api/chat", json={"message": "What is CAR-T cell therapy?"}).json["kind"]
    for _ in range(2)
]
print(json.dumps({"enabled": gc.isenabled(), "most_young": max(young), "kinds": kinds}))
"""
    settings = {k: str(v) for k, v in test_config.items() if k != "TESTING"}
    env = {**os.environ, **settings, "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=Path(__file__).parent.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    started = json.loads(result.stdout.splitlines()[-1])
    assert started["kinds"] == ["answer", "answer"]
    assert started["enabled"]
    # The collector's own threshold is 700 new objects; start-up makes ~140,000.
    assert started["most_young"] < 10_000
