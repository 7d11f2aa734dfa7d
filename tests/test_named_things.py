import pytest

from bot.named_things import KINDS, NamedThing, name_list, parse


def test_the_shipped_lists_hold_every_kind_in_lower_case():
    names = name_list()
    assert set(names.kinds.values()) == set(KINDS)
    assert all(name == name.lower() for name in names.kinds)
    assert all(names.kinds[brand] == "medicine" for brand in names.generics)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("does humana cover car t", [NamedThing("humana", "insurer")]),
        # The longer name is found whole, not the shorter one inside it.
        ("is kaiser permanente any good", [NamedThing("kaiser permanente", "insurer")]),
        ("is medi-cal paying", [NamedThing("medi-cal", "program")]),
        ("is md anderson doing car t", [NamedThing("md anderson", "center")]),
        ("car t vs ocrevus", [NamedThing("ocrevus", "medicine", "ocrelizumab")]),
        # Only whole words: "medical" is no "medi-cal", "humanall" no "humana".
        ("medical leave for humanall", []),
        ("the oscar went to him", []),  # an everyday word, listed only with "health"
    ],
)
def test_a_listed_name_is_found_as_a_whole_word(text, found):
    assert name_list().find(text) == found


@pytest.mark.parametrize(
    "lines",
    [
        ["aetna"],  # before any kind
        ["[insurers]", "aetna"],  # no such kind
        ["[insurer]", "Aetna"],  # not lower case
    ],
)
def test_a_list_line_out_of_form_is_refused(lines):
    with pytest.raises(ValueError, match="line"):
        parse(lines)


def test_a_brand_keeps_its_generic():
    names = parse(["# a comment", "", "[medicine]", "ocrevus = ocrelizumab", "warfarin"])
    assert names.generics == {"ocrevus": "ocrelizumab"}
    assert names.find("ocrevus or warfarin") == [
        NamedThing("ocrevus", "medicine", "ocrelizumab"),
        NamedThing("warfarin", "medicine"),
    ]
