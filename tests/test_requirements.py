"""Requirements: every package pinned; the serving set pulls in no build-time packages."""

import re
from importlib.metadata import PackageNotFoundError, requires
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = ("requirements-serving.txt", "requirements.txt", "requirements-dev.txt")
BUILD_ONLY = {"torch", "onnx", "sentence-transformers", "transformers"}
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def lines(name: str) -> list[str]:
    text = (ROOT / name).read_text()
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.mark.parametrize("name", FILES)
def test_every_package_is_pinned_to_one_version(name):
    for line in lines(name):
        if not line.startswith("-r "):
            assert re.fullmatch(r"[A-Za-z0-9._-]+(\[[a-z,]+\])?==[0-9][0-9a-z.+]*", line), line


def test_the_serving_set_pulls_in_no_build_time_package():
    wanted = [normal(NAME.match(line).group()) for line in lines("requirements-serving.txt")]
    seen: set[str] = set()
    while wanted:
        name = wanted.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            dependencies = requires(name) or []
        except PackageNotFoundError:  # a marker for another platform or Python
            continue
        wanted += [normal(NAME.match(d).group()) for d in dependencies if "extra ==" not in d]
    assert seen & BUILD_ONLY == set()
    assert "onnxruntime" in seen and "flask" in seen
