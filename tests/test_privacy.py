"""No message text and no IP address in logs."""

import ast
import logging
import stat
from pathlib import Path

ROOT = Path(__file__).parent.parent
SECRET_QUESTION = "my name is Zelda Quill and my fever is 38.9"
ADDRESS = "192.0.2.44"


def test_a_chat_request_logs_what_it_did_but_not_what_was_asked_or_by_whom(client, caplog):
    caplog.set_level(logging.DEBUG)
    history = [{"role": "user", "content": "Zelda's earlier question about lupus"}]
    for body in ({"message": SECRET_QUESTION, "history": history}, {"message": "x" * 5000}):
        client.post("/api/chat", json=body, environ_base={"REMOTE_ADDR": ADDRESS})
    lines = [record.getMessage() for record in caplog.records]
    assert any("POST /api/chat 200" in line and "kind=urgent" in line for line in lines)
    assert any("POST /api/chat 400" in line for line in lines)
    logged = "\n".join([*lines, caplog.text])
    for secret in ("Zelda", "Quill", "38.9", "lupus", "xxxxx", ADDRESS):
        assert secret not in logged


def test_an_unexpected_error_logs_no_message_text(client, caplog, monkeypatch):
    from bot import guide

    def broken(self, message, history=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(guide.Guide, "reply", broken)
    caplog.set_level(logging.DEBUG)
    response = client.post(
        "/api/chat", json={"message": SECRET_QUESTION}, environ_base={"REMOTE_ADDR": ADDRESS}
    )
    assert response.status_code == 500
    assert "unhandled error on POST /api/chat" in caplog.text
    assert "Zelda" not in caplog.text and ADDRESS not in caplog.text


def test_gunicorn_keeps_its_access_log_off():
    # Read, not run: running the file would set thread counts for this test process.
    tree = ast.parse((ROOT / "gunicorn.conf.py").read_text())
    settings = {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert isinstance(settings["accesslog"], ast.Constant)
    assert settings["accesslog"].value is None
    assert "access_log_format" not in settings


def test_the_database_and_index_files_are_the_owners_alone(app, client, test_config):
    client.post("/api/chat", json={"message": "Can my dog visit the ward?"})
    database = Path(test_config["DATABASE_URL"].removeprefix("sqlite:///"))
    paths = [database, *Path(test_config["INDEX_DIR"]).rglob("*")]
    assert database.exists() and len(paths) > 5
    for path in paths:
        if not path.is_symlink():
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
