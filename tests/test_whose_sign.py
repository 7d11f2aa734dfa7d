import pytest

from bot.triage import ORDINARY, URGENT, triage, with_learned


@pytest.mark.parametrize(
    "message",
    [
        "my best friends baby has a temperature of 38.5",
        "my husband's golf partner has a high fever and wants to visit",
        "our neighbours son has a fever of 39 and a cough",
        "my uncle keeps forgetting words, he has dementia",
        "my coworker has a fever of 39, should i stay home",
    ],
)
def test_a_sign_of_someone_outside_the_care_is_calm_for_both_layers(message):
    assert with_learned(triage(message), True, False).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    [
        # The patient's sign, told by a carer or with the outsider as witness, stays urgent.
        "my husbands friend says he has a fever of 39",
        "my dad has a fever of 38.9, he has dementia",
        "my husband keeps forgetting words, he has dementia and had car t last week",
        "my friends son has a fever of 39 and i have one too, 38.7",
    ],
)
def test_a_sign_of_the_patient_told_with_an_outsider_stays_urgent(message):
    assert with_learned(triage(message), False, False).kind == URGENT
