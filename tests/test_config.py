import re

import pytest

from bot.config import PROJECT_ROOT, SETTINGS, from_environment

README = (PROJECT_ROOT / "README.md").read_text()


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_has_help_and_a_row_in_the_readme(setting):
    assert setting.help
    assert re.search(rf"^\| `{setting.name}` \|", README, re.MULTILINE)


def test_a_setting_that_is_not_a_number_is_named():
    with pytest.raises(ValueError, match="QUERY_CACHE_SIZE"):
        from_environment({"QUERY_CACHE_SIZE": "lots"})
