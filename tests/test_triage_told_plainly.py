"""Urgent signs and self-harm told plainly, with no word of the sign or of harm (round 25,
recall26): each class with the near misses it must leave alone."""

import pytest

from bot.triage import CRISIS, ORDINARY, URGENT, triage


@pytest.fixture
def clinic_client(app, make_app):
    return make_app(CLINIC_NAME="Lakeside CAR-T Team", CLINIC_PHONE="555-0100").test_client()


@pytest.mark.parametrize(
    "message, kind",
    [
        # Shaking chills told by warmth that does not stop them, or by how violent they are.
        ("can't stop shaking under three blankets", URGENT),
        ("he's wrapped in his winter coat in bed and still shivering", URGENT),
        ("its 80 degrees in here and she is shuddering in a hoodie", URGENT),
        ("shaking like a leaf and my teeth hurt, no thermometer here", URGENT),
        ("violent shakes for twenty minutes now", URGENT),
        ("says she's freezing but her skin is burning hot", URGENT),
        ("shaking so hard i dropped the thermometer", URGENT),
        ("i was shaking like a leaf before the infusion, so nervous", ORDINARY),
        ("shaking under the blankets after swimming in the sea", ORDINARY),
        ("no longer shaking under the blankets, feeling better", ORDINARY),
        ("what does it mean if someone is shaking under blankets", ORDINARY),
        # A near faint told by sight going dark or grey as someone gets up.
        ("everything greyed out when i stood up", URGENT),
        ("every time she sits up the room goes black at the edges", URGENT),
        ("he goes white and has to sit back down every time he stands", URGENT),
        ("the screen went black when i stood up to get the remote", ORDINARY),
        ("went grey when i stood up last week, fine since", ORDINARY),
        # Urine told red or pink, the colour blood gives it.
        ("what time is clinic tomorrow, also my wee has gone red", URGENT),
        ("his pee is pink since lunch", URGENT),
        ("my pee went pink after all that beetroot", ORDINARY),
        ("mi hija está temblando de frío y no para", URGENT),
        ("tiembla de nervios antes de la infusión", ORDINARY),
        # Self-harm told by the act and a reason of its own: to feel, to punish, anger at
        # oneself, the pain wanted, alone; or by the mark it leaves.
        ("been hitting myself in the head when it gets bad", CRISIS),
        ("i burn my arm with a lighter because i'm angry at myself", CRISIS),
        ("i scratch my legs till they bleed when im alone", CRISIS),
        ("punched the wall with my bare fists till they split", CRISIS),
        ("took a razor blade to my thighs last night", CRISIS),
        ("took double my steroids on purpose to punish myself", CRISIS),
        ("she's been skipping meals to punish herself", CRISIS),
        ("she's burning herself with cigarettes on her legs", CRISIS),
        ("been digging my nails into my arm till there's blood", CRISIS),
        ("i cut my finger cooking and it bled till the towel was red", ORDINARY),
        ("scratching my arms raw, the eczema is awful", ORDINARY),
        ("i punched the wall when the insurer said no", ORDINARY),
        ("skipping lunch before my scan", ORDINARY),
        ("is raw fish ok after car-t", ORDINARY),
        # A plan told by its place, its time or its means, with no word of intent.
        ("i've picked the bridge, friday night", CRISIS),
        ("looked up which multi-storey near the clinic is tallest", CRISIS),
        ("picked the date, it's after my son's graduation", CRISIS),
        ("the pills are counted out in the drawer", CRISIS),
        ("my morphine and the sleeping tablets are all in one cup beside the bed", CRISIS),
        ("been putting aside one of my oxy every night", CRISIS),
        ("wrote the letters, they're on the table", CRISIS),
        ("gave my fishing rods to my nephew. won't need them", CRISIS),
        ("you won't hear from me after tonight", CRISIS),
        ("this is my last night, thank you for everything", CRISIS),
        ("we picked the date for the wedding", ORDINARY),
        ("picked a date for my infusion", ORDINARY),
        ("looked up which bridge is the quickest way to the clinic", ORDINARY),
        ("counted out my pills into the organiser for the week", ORDINARY),
        ("wrote the letters for the insurance appeal, they're on the table", ORDINARY),
        ("this is my last night in hospital!", ORDINARY),
        ("i'm going tonight to the pharmacy", ORDINARY),
        # A sign told after an unrelated question, past a dash.
        ("quick question about my appointment - also i have a bad headache and stiff neck", URGENT),
        ("what does a stiff neck mean - asking for my dad", ORDINARY),
        ("no fever - just tired", ORDINARY),
        # A treated sign told only as coming back, with the course it comes back from.
        ("it's happening again like on day 3", URGENT),
        ("its back. same as when they admitted him", URGENT),
        ("her crs is back", URGENT),
        ("it's not happening again like on day 3, thank goodness", ORDINARY),
        ("what if the crs comes back after we go home", ORDINARY),
        ("i had grade 1 crs back in march, all gone", ORDINARY),
        ("wait what's crs again", ORDINARY),
        ("it's back to normal like before", ORDINARY),
    ],
)
def test_signs_and_self_harm_told_plainly_and_their_near_misses(message, kind):
    assert triage(message).kind == kind


def test_shaking_chills_told_by_the_blankets_get_the_team_and_emergency_numbers(
    app, clinic_client, ask
):
    reply = ask("my mum is rattling with cold under four blankets", client=clinic_client)
    assert reply["kind"] == "urgent"
    assert "Lakeside CAR-T Team, 555-0100" in reply["answer"]
    assert "call 911" in reply["answer"]


def test_self_harm_for_a_reason_of_its_own_gets_the_crisis_line_first(app, make_app, ask):
    client = make_app(CRISIS_LINE="116 123").test_client()
    reply = ask("i keep hitting my legs with a hairbrush till theyre purple", client=client)
    assert reply["kind"] == "urgent"
    assert "116 123" in reply["answer"].split(". ")[0]


@pytest.mark.parametrize(
    "message, kind",
    [
        # A time come with nothing it is time for, as the last words; a pact to go together.
        ("said my goodbyes. it is almost time.", CRISIS),
        ("its nearly time", CRISIS),
        ("we made a pact to go together", CRISIS),
        ("my wife and i have talked about going together, we just want it to be peaceful", CRISIS),
        # A time for something, looked forward to, or a pet's; a pact or a trip of another kind.
        ("its time for my infusion", ORDINARY),
        ("infusion tomorrow, its nearly time", ORDINARY),
        ("its nearly time!! so excited for cell day", ORDINARY),
        ("my wife is in labour, its time", ORDINARY),
        ("our old dog is very ill, the vet agrees its time", ORDINARY),
        ("its time to move on", ORDINARY),
        ("we made a pact to walk every day", ORDINARY),
        ("we talked about going together to the clinic", ORDINARY),
    ],
)
def test_a_time_come_or_a_pact_to_go_together_is_a_plan(message, kind):
    assert triage(message).kind == kind
