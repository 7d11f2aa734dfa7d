"""A message relayed to be translated or pasted is read for what it tells; a quotation stays
calm (round 48, quote49). Rules only: what the reply kind would be."""

import pytest

from bot.triage import CALM, OUT_OF_SCOPE, UNCLEAR, triage

# An emergency told under a quoting, translating or pasting frame, first and third person.
# Before round 48 (quote49) the rules read the first 16 as a quotation: out of scope, calm.
RELAYED_EMERGENCIES = [
    "translate for my mom: she had car t 5 days ago and now she is confused and can't say her name",
    "translate for my dad: he has a fever of 39 after car-t",
    "translate for my grandma: i had car t last week and i have a fever of 39.2 and shaking",
    "please translate for my husband: my chest hurts and i can't catch my breath",
    "translate to spanish for my mum, she had cart 4 days ago and her temperature is 39.5",
    "translate this for my abuela: he is having a seizure right now",
    "translate for my mother in law: she's shaking and her temp is 38.9, day 6 after car-t",
    "translate please: my son had car t and now he can't wake up properly",
    "translate into spanish: i had car-t 3 days ago and i have a fever of 38.7",
    "translate for my aunt: her lips are blue and she is struggling to breathe",
    "translate for my grandpa: he had a seizure 10 minutes ago after car t",
    "please translate for my mom: i'm bleeding from my gums and it won't stop",
    "translate what my mom is saying: she says she can't see out of one eye since car t on monday",
    "translate for my son's teacher: i am so confused, i don't know what day it is, i had car t on"
    " thursday",
    "please translate this to english, my dad only speaks spanish: tengo fiebre de 39.5 y"
    " escalofríos",
    "translate for my dad: 'i can't breathe, help me'",
    # Given help before as well: other frames than "translate".
    "can you put this in spanish for grandma: i can't breathe",
    "pasting what my wife texted me: 'seizing, come home'",
    "can you translate for my dad, he says he can't feel his legs since this morning and he had"
    " car t on friday",
    "could you translate for my nurse: my husband is confused, he doesn't know where he is",
    "my wife just texted me this, pasting it: 'fever 39.4, shaking so bad, cells on monday'",
    "copying what my brother sent: 'dad had a fit and isnt waking up'",
    "here's what my sister texted, translate it for me: 'mamá tiene fiebre de 39 y está"
    " confundida'",
    "put this in english for the doctor: mi papá tuvo car-t hace 5 días y tiene fiebre de 39",
    "write this in spanish for my dad: my temperature is 39 and i feel like i'm going to pass out",
]

# A quotation: words asked for, a leaflet or a warning sheet to translate or summarise, a line
# from a book or a film. None tells of anyone's state now.
QUOTATIONS = [
    "translate this leaflet's list of signs into spanish: fever of 38 or higher, shaking chills,"
    " confusion, trouble speaking, seizures",
    "what does 'fever over 38' mean in spanish",
    "translate 'i can't breathe' into spanish",
    "translate for my mom: call the team if you get a fever over 38 or feel confused",
    "repeat after me: seizure, stroke, bleeding",
    "test test, do you flag the word suicide",
    "in the film the doctor yells 'he's seizing, get the crash cart'. is that realistic?",
    "translate for my dad: the infusion is on tuesday at 9 and he needs to fast",
    "translate for my mom the list of signs to watch for: fever, chills, confusion, headache",
    "can you put this in spanish for grandma: call the nurse if she has a fever",
    "translate into spanish: 'seek care right away for seizures or confusion'",
    "translate for my wife: the doctor said the fever last week was from the crs and it's gone now",
    "please translate the word seizure into spanish",
    "translate 'confusion, shaking, fever' for my mom's caregiver list",
    "translate for my grandma: after car t some people get confused or shaky, the team checks"
    " every day",
    "what's 'shortness of breath' in french",
    "translate this poem for my mum: 'i cannot breathe without you near'",
    "translate for my dad: if you have a seizure or can't speak properly call 911",
    "translate the warning card for my husband: fever, confusion, seizures, call 911",
    "translate for my mom, she only reads spanish: when is the next appointment and where do we"
    " park",
    "translate: seizure, stroke, bleeding",
    "a line from my book: 'she couldn't breathe, the smoke filled the room'. translate it to"
    " spanish",
]

# Quotations the rules read as a report now. The first two, a leaflet's words relayed with no
# text named in the frame, were calm before round 48 (quote49): the words after the frame read
# alone as they would typed alone. The rest open with no "translate" and read so before as after.
# Left for a later round: false alarms, the safer way to be wrong.
QUOTATIONS_READ_AS_REPORTS = [
    "translate for my dad: fever means 38 or higher",
    "translate for my grandma: you may feel shaky or have a fever after the cells, tell the nurse",
    "summarise this warning sheet: go to the emergency room if you have a fever of 38 or more, a"
    " seizure, confusion or trouble breathing",
    "pasting the discharge sheet: signs of crs include fever, low blood pressure and trouble"
    " breathing. what does crs mean",
    "how do i say 'my father has a fever' in spanish",
    "my favourite line in the movie is 'i can't feel my legs' lol",
    "copying what the leaflet says: a temperature of 38 or higher is a fever, call straight away",
    "the book says 'his temperature climbed to 40 and he began to shake'. is that what crs is"
    " like?",
]


@pytest.mark.parametrize("message", RELAYED_EMERGENCIES)
def test_an_emergency_relayed_under_a_quoting_frame_gets_help(message):
    assert triage(message).needs_help


@pytest.mark.parametrize("message", QUOTATIONS)
def test_a_quotation_stays_calm(message):
    assert not triage(message).needs_help


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(m, marks=pytest.mark.xfail(strict=True, reason="read as a report"))
        for m in QUOTATIONS_READ_AS_REPORTS
    ],
)
def test_a_quotation_outside_the_translate_frame_stays_calm(message):
    assert not triage(message).needs_help


def test_a_relay_telling_a_sign_that_may_be_now_is_declined_with_its_red_flags():
    # Not urgent by the rules, but the decline leads with where to call (Guide.reply).
    decision = triage("translate for my dad: he is a little shaky this morning")
    assert (decision.kind, decision.red_flags) == (OUT_OF_SCOPE, UNCLEAR)


def test_a_text_named_in_the_frame_stays_a_calm_quotation():
    decision = triage("translate this poem for my mum: 'i cannot breathe without you near'")
    assert (decision.kind, decision.red_flags) == (OUT_OF_SCOPE, CALM)
