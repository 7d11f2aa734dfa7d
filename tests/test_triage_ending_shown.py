"""An ending or a self-harm shown, not said: a day picked for nothing named, joining the dead,
an edge looked over, the pain wanted, a body part held to a heat, blows to oneself as a habit,
fresh cuts seen (round 45, crisis46)."""

import pytest

from bot.triage import CRISIS, triage


@pytest.mark.parametrize(
    "message",
    [
        # A day picked, with nothing it could be for.
        "saturday. that's the day. all sorted",
        "the 3rd, thats when.",
        "christmas eve. nobody will notice. that's the night.",
        # Joining the dead.
        "since my brother died i keep thinking about joining him",
        "our dog was put to sleep on monday and i just want to be joining her now",
        "mum's ashes are on the shelf. i'll be joining her soon",
        # An edge looked over, or the writer scared of themselves at one.
        "sat on the hotel balcony last night thinking how easy it would be",
        "i keep going to the footbridge over the motorway to look down",
        "i'm frightened of myself on the balcony since the results",
        # The pain wanted from a deed on one's own body.
        "i dig my nails into my old bruises because i want it to hurt",
        "i push on the bruises on my arms to make them hurt more",
        # A body part held to a heat or a cold till it marks.
        "my son held his arm against the radiator until it blistered",
        "i press ice cubes onto my wrist till it burns",
        # Blows to oneself as a habit; fresh cuts seen.
        "he keeps punching himself in the head since the icans",
        "slapping myself again whenever i forget a word",
        "found fresh cuts on my girlfriend's... no, on her thighs. new cuts on her thighs",
        "my daughter has new cuts on her wrists and wears long sleeves to bed",
    ],
)
def test_an_ending_or_a_harm_shown_gets_the_crisis_line(message):
    assert triage(message).kind == CRISIS


@pytest.mark.parametrize(
    "message",
    [
        # A day for something named.
        "my infusion is booked for the 14th. that's the day!",
        "friday. that's when the results come",
        "the 3rd is my birthday, that's when we celebrate",
        # Joining someone living, or a question.
        "my wife's gone to the pub, can i join her?",
        "my mum died in 2019. i'm joining my sister for lunch on her anniversary",
        # A height with a view; a stiff neck.
        "we looked down from the bridge at the boats, lovely view",
        "neck so stiff i can't look down at my phone",
        "i'm scared of falling on the stairs since the neuropathy",
        # Pain after sport, first aid, an accident, the clinic.
        "my legs ache after the gym and i like that it hurts, means it's working",
        "burned my hand on the hob by accident while cooking, ran it under the cold tap",
        "held an ice pack on my knee till it went numb for the swelling",
        "i hit myself on the cupboard door again, so clumsy since the cells",
        "the cat left fresh scratches on my arms again",
        "new cuts on his hands from the brambles in the garden",
    ],
)
def test_the_calm_senses_of_the_same_words_get_no_crisis_line(message):
    assert triage(message).kind != CRISIS


def test_a_hand_held_to_a_heat_gets_the_crisis_line_before_the_wound_care(app, make_app, ask):
    client = make_app(CRISIS_LINE="116 123").test_client()
    reply = ask("she holds her hand on the hot iron until it blisters, every night", client=client)
    assert reply["kind"] == "urgent"
    assert "116 123" in reply["answer"].split(". ")[0]
