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


@pytest.mark.parametrize(
    "message",
    [
        # The writer is the one treated and asks whether someone else's illness is a risk to
        # them (round 40, triage41): kin included, since the kin is not the patient here.
        "my son has a temp of 38.7 with a cold, i had car t 6 weeks ago, should i stay away",
        "my wife has a temperature of 38.4, im 3 weeks after my car t, is that a risk to me",
        "my brother has a fever, he hasnt had car t, can he still visit me",
        "mi hijo tiene fiebre, ¿puede venir a casa? yo tuve el car-t hace un mes",
        # The sign told in a sentence of its own beside the question is still the other one's.
        "my dad has a temperature of 38.9. he hasnt had car t. should i stay away from him",
    ],
)
def test_anothers_illness_weighed_by_the_treated_writer_is_calm_for_both_layers(message):
    assert with_learned(triage(message), True, False).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    [
        # The other one is the patient, or the writer tells a sign of their own, or asks for
        # help now: still urgent.
        "my husband had car t 2 weeks ago and has 38.5, should i keep the kids away from him",
        "my son has a cold and now i have a temp of 38.4, i had car t last month, did i catch it",
        "my wife has a fever of 38.6, she hasnt had car t yet, its next week, should i stay away",
        "my daughter has a fever of 39, i had car t, is it safe, what should i do",
        "my dad has a temperature of 38.9. i had car t. now i have a cough too, should i stay away",
        "my wife has 39 and is confused, im the patient's husband, is it safe to drive her in",
        "my husband and i both had car t, he has a fever of 39, can i catch it",
        "my toddler has a temp of 39 and is floppy, i had car t, can i still look after him",
        "my wife had her cells in may and i had car t in june, she has 38.6, should i stay away",
    ],
)
def test_anothers_illness_with_the_patients_sign_or_help_asked_stays_urgent(message):
    assert with_learned(triage(message), False, False).kind == URGENT
