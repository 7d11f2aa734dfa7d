"""A red-flag sign told as now gets the urgent reply however it is asked: care asked for it at
home ("what can i do at home for a temp of 38.6 and shivering, 7 days after car-t"), or told
back after it ended ("went away with calpol but it's back now") (round 46, urgent47).

The probes were written before the code, both ways: real emergencies asked as care at home, in
the first and third person, in °C and °F, with the call refused or the team not reached; and
calm messages with the same words (what-ifs, care in general, past signs, readings under the
line, someone else's or an animal's sign, a return denied or asked about).
"""

import pytest

from bot.care_asked import care_asked
from bot.normalize import normalize
from bot.sign_again import told_since_return
from bot.triage import ORDINARY, URGENT, triage, with_learned

# Read calm on 19bca04 (the rules called nothing and the layer could not overrule them, or they
# left it to the layer), the urgent reply now.
CARE_ASKED_NOW = [
    "what can I do at home for a temp of 38.6 and shivering, 7 days after CAR-T",
    "what can i do at home for a temp of 38.9 and the shakes? day 6 after car t",
    "what can i take for a temperature of 38.5? had car-t 9 days ago",
    "I'm not going back to that hospital. what can I take for a fever of 38.6 and the shivers,"
    " CAR-T 10 days ago",
    "what can i do at home for my headache and stiff neck? started tonight, 9 days post car t",
]
# The urgent reply on 19bca04 already: kept.
CARE_ASKED_NOW_KEPT = [
    "how do I bring my fever down, it's 39.2 tonight, 8 days post car-t",
    "should I just take paracetamol? temp is 38.5 since this morning, had car t last week",
    "I don't want to go to A&E again, what can I do for a temperature of 38.7? I'm on day 5"
    " after my cells",
    "I'm not calling them again, they never answer. my temperature is 102.5 F right now, what do"
    " I do at home",
    "my husband is 39.1 and shivering, 9 days after his car t. how do we bring it down at home?",
    "what can i do at home for her confusion tonight? she doesn't know where she is, day 8 post"
    " car t",
    "how do i stop this nosebleed, it's been going 40 minutes, cart d10",
    "my temp is 101.3, should i just take tylenol and sleep it off? 6 days post car t",
    "is there anything I can do at home for being short of breath? I can't catch my breath"
    " sitting down, since this morning",
    "I refuse to go back in. 38.8 and chills now. what home remedies work?",
    "what can I give my wife for a temp of 39 and rigors, she had her cells 7 days ago, we don't"
    " want to go to the ER",
    "how do I cool him down? 103 F tonight, he's 10 days post car t",
    "I'm not ringing the ward again, last time they made me wait 6 hours. temp 38.7 and shaking."
    " what do i do",
    "how can I get my temperature down at home? it's 38.9 now",
    "my son just had a fit, what do we do at home? he's 8 days post car-t",
    "don't tell me to call the team. temp of 100.9 F and chills since this morning, what can I"
    " take",
    "can i treat this at home? 38.6 and shivering, 7 days post car t",
    "how do I bring down a fever of 39 at home, it started tonight",
    "should I just take paracetamol and wait till the morning? temp 38.3, day 12 after the cells",
    "she's got a temp of 38.8 tonight and I don't want to take her back to the hospital, what can"
    " I do for her",
    "I can't get through to the CAR-T team. fever of 38.9 right now. what do i do at home?",
    "my temperature is 38.2 and rising, can i just take tylenol",
    "what can I do at home for a temperature of 101.5? I'm 6 days post CAR-T",
    "how do i get his temp down, 39.5, he had car-t on monday",
    "should i just give her ibuprofen? she's burning up, 38.9, day 7",
]
# Told back after it ended: read over on 19bca04, the urgent reply now.
BACK_NOW = [
    "my fever of 38.4 came back tonight after it settled on day 4. should i just take paracetamol?",
    "my dad's fever of 39.4 went away with calpol but it's back now, what else can we try at home",
    "the shakes settled after an hour, they're back now and worse",
    "the chills went away after paracetamol but they've come back",
    "the headache and stiff neck went away after i slept but they're back",
]
BACK_NOW_KEPT = [
    "the fever went away yesterday and it's back tonight, 38.6. what can i give him at home",
    "the confusion went away this morning but it's back now, he can't tell me what year it is."
    " what can i do at home",
    "the shivering stopped and now it's started again with a temp of 38.7, what should I do at"
    " home",
    "the confusion cleared on day 6 but it's back tonight, he doesn't know where he is",
    "his fever went down with paracetamol and now it's back up to 38.9",
    "the rash faded yesterday, it's come back this morning with a temp of 38.4",
    "her temp went away on day 5, came back tonight 38.7",
    "my fever settled with the antibiotics but it's back, 38.8",
    "he was confused yesterday, it passed, now it's back and he can't find his words",
    "what can i do at home for the fever? it went away but it's back, 38.6, i can't face the ward",
    "the shivering stopped for a while and it's going again, temp 38.5",
]


@pytest.mark.parametrize("message", CARE_ASKED_NOW + CARE_ASKED_NOW_KEPT + BACK_NOW + BACK_NOW_KEPT)
def test_a_red_flag_told_now_gets_the_urgent_reply_however_it_is_asked(message):
    rules = triage(message)
    assert rules.kind == URGENT
    # What the user sees, whatever the learned layer says.
    assert with_learned(rules, urgent=False, crisis=False).kind == URGENT


# Calm with the same words: the rules call nothing and the layer may not overrule them.
CALM = [
    # What-ifs.
    "what if I get a fever on day 7?",
    "should I just take paracetamol if I get a temperature after CAR-T?",
    "if my temp goes over 38, what can I do at home before calling?",
    "how do I bring a fever down if it's 38.5 or higher after car t?",
    "what should i take for a temperature of 101 if i get one after car t",
    "how do i stop a nosebleed at home if i get one after car t?",
    "what should i do at home if he gets confused at night after the cells?",
    "what if the fever goes away and comes back?",
    "what if the confusion comes back after it went away?",
    # Care in general, or in hospital.
    "what can I do at home for a fever after CAR-T?",
    "how do they bring a fever down in hospital?",
    "how do I bring a fever down at home once I'm discharged?",
    "how do you bring a fever down after car t, is paracetamol enough?",
    "what can i take for a fever of 38 or more after car t?",
    "what can you do for a fever of 39 in hospital",
    "how do they bring a temp of 39 down on the ward?",
    "what home remedies are safe for a mild headache after car-t?",
    "why do they tell you not to take paracetamol before you call with a fever?",
    "can I take paracetamol after car-t if I have a headache?",
    "what can i do at home for a headache, 3 weeks post car t",
    # Past, treated, over.
    "had a fever of 39 on day 5, they gave tocilizumab and it went. is that usual?",
    "my temp was 38.4 on day 3 but it's been normal for a week now, 17 days post car-t. when can"
    " I drive?",
    "my husband had a temp of 38.6 last month, it was a chest infection, treated, fine now. what"
    " can he eat?",
    "my temp was 38.6 on day 7 and the team treated it, how long until i can go home?",
    "had a temp of 38.6 on day 7, they gave antibiotics and it settled. what can i take for the"
    " aches now?",
    "what did they give you for a fever of 39 on day 3?",
    "how did you bring your fever of 38.9 down on day 4 of car t?",
    # Under the line, or a line named.
    "what can i do at home for a temp of 37.8 after car t",
    "what can i do at home for a temp under 38 after car t",
    "should i take paracetamol for a temp of 37.9 or wait",
    "what temperature should I call the team at after car-t?",
    # Someone else's, or an animal's.
    "what can i give my mum for a temp of 38.9, she's got flu and never had car t",
    "what can i do at home for a temp of 38.6 in my dog",
    # The same refusals with no sign.
    "I don't want to go to A&E, can the day unit see me for my follow-up bloods instead?",
    "I'm not calling them again about my parking ticket, who else can I ask?",
    "what can i take for a cold? 3 months post car-t, no fever",
    "can i take ibuprofen for period pain, 5 weeks after car t?",
    # A return denied, asked about, of an ability healed, or ended again.
    "the fever went away on day 5 and hasn't come back",
    "the fever went away after day 5 and never came back",
    "the fever broke on day 5, can it come back?",
    "the fever went away, is it likely to come back once I'm home?",
    "the rash faded, will it come back after the steroids stop?",
    "is it normal for the fever to go away and come back during CRS?",
    "fever came back on day 6 and settled again with toci, fine since",
    "the confusion cleared and his memory is back now, 3 weeks out",
    "my test results came back clear, the fever went away",
    "he was confused on day 7, it cleared, he's back to himself now",
    "my fever went away and my appetite is back",
    "the nosebleed stopped, i'm back home from the clinic now",
    "the fever settled and my energy is coming back",
    # Round 46's review: something else back after the sign ended, care asked of anyone, a
    # medicine asked about with a reading and no word of now.
    "he had 39 on day 4, it all settled. he's back at work now, can he drive",
    "fever went away. the hair loss started again",
    "fever settled by day 4. my sense of humour is back",
    "what should you do for a temperature of 38 after car t",
    "how do you bring a 39 fever down after car-t",
    "can i take tylenol for a temp of 38 after car-t or will it hide a fever",
    "is it ok to take ibuprofen for a 38.2 temperature after car-t",
]


@pytest.mark.parametrize("message", CALM)
def test_the_same_words_with_no_sign_now_keep_their_answer(message):
    rules = triage(message)
    assert rules.kind == ORDINARY
    assert with_learned(rules, urgent=True, crisis=False, sure=True).kind == ORDINARY


def test_a_care_question_told_now_gets_the_urgent_reply_through_the_api(ask):
    reply = ask("what can I do at home for a temp of 38.6 and shivering, 7 days after CAR-T")
    assert reply["kind"] == "urgent"
    assert reply["sources"] == []


def test_a_care_question_in_general_gets_its_answer_through_the_api(ask):
    reply = ask("what can I do at home for a fever after CAR-T?")
    assert reply["kind"] != "urgent"


@pytest.mark.parametrize(
    ("clause", "asked"),
    [
        ("what can i do at home for a temp of 38.6", True),
        ("what else can we give him for", True),
        ("how do i bring my fever down", True),
        ("how can we get his temp down", True),
        ("should i just take paracetamol", True),
        ("is it ok to give her ibuprofen", True),
        ("any home remedies for chills", True),
        ("can i treat this at home", True),
        ("how do they bring a fever down in hospital", False),
        ("what does a temp of 38.6 mean", False),
        ("what temperature should i call at", False),
        ("can i take my dog for a walk", False),
    ],
)
def test_care_asked(clause, asked):
    assert care_asked(normalize(clause)) is asked


@pytest.mark.parametrize(
    ("text", "since"),
    [
        (" went away with calpol\nit's back now", "now"),
        (" came back tonight after it settled on day 4", "tonight"),
        (" went away\nit's started again", ""),
        (" went away on day 5 and hasn't come back", None),
        (" broke on day 5\ncan it come back", None),
        (" went away\nresults came back clear", None),
        (" came back completely", None),
    ],
)
def test_what_is_told_since_a_return(text, since):
    told = told_since_return(text)
    assert (told if told is None else told.strip()) == since


def test_an_ability_that_comes_back_is_healed_not_a_sign_back():
    assert told_since_return(" went funny\nits back now", "my handwriting went funny") is None
