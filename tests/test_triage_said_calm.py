"""Issue 10, round 47: ordinary messages told in a sign's words, and the same words with a real
emergency now.

Each class of false alarm read calm here (a reading told under the line, someone else's sign
said plainly not to be CAR-T's, a sign asked about in general) comes with probes that share its
words and tell an emergency now: the first list must get no help, the second must keep it.
"""

import pytest
from layer_calls import with_the_layers_calls

from bot.reply_kind import ReplyKind
from bot.triage import CRISIS, ORDINARY, URGENT, triage

# A reading told with the line it is under: the line is no reading.
UNDER_THE_LINE = [
    "100.1 F, that's under 100.4 right?",
    "my temp is 37.8, which is under 38, so I just keep watching?",
    "temp 37.6 this morning, still below 38 so no need to call?",
    "99.9 F, under 100.4, carry on as normal?",
    "37.5 tonight. below 38.0 so I'm not ringing, just noting it",
    "her temp is 37.4, less than 38, that's fine isn't it",
    "he's 37.7, under the 38 line the nurse gave us",
    "keeps hovering at 37.8 - under 38 - is that ok after car t",
    "100.2, not over 100.4, day 20 after the cells, all fine otherwise",
    "37.9 twice now, I know it's under, just noting it for the diary",
]
# The same words with a fever now, an aim, a fever medicine that hides one, or a line above it.
UNDER_THE_LINE_THEN_NOT = [
    "I know it's under the line usually but now it's 38.6",
    "it was under 38 this morning, now 38.4 and shivering",
    "temp was 37.9, under the line, now its 38.3, day 5 after car t",
    "under 100.4 all day but just now 101.2",
    "he was below 38 at lunch, now he's 38.8 and shaking",
    "a bit under 40 now, 39.8, car t last week",
    "it's over 38 now, 38.1, cells 6 days ago",
    "was 37.8 (under 38), now 38.5 after car t",
    "100.1 F an hour ago, I know under 100.4, but now 100.9 and chills, cells on monday",
    "i keep taking paracetamol every 4 hours to keep it under 38 but it keeps going back up",
    "37.5 now after paracetamol, trying to keep it under 38 but it keeps going back up",
    "it went under 38 with calpol but came back to 38.6",
    "37.9 with paracetamol, only under 38 because of the tablets, day 6 after car t",
    "it's 37.9, under 38, but I took tylenol an hour ago, cells 8 days ago",
    "37.6 which is under 38 but the rigors wont stop, day 4",
    "I know it's under the line but she's floppy and won't wake, car t day 7",
    # review48: a fever medicine or steroid hides a fever under the line too.
    "37.9 - just under 38 but only cos i took aspirin an hour ago, car t day 6",
    "100.1, under 100.4 but i took excedrin at lunch. car t day 7",
    "37.8, under 38, but i had a fever reducer this morning, day 5 after car t",
    "37.7 which is under 38, tomé acetaminofén hace dos horas, car t day 6",
    "37.7 which is under 38, took acetaminofen at 6, car t day 6",
    "37.9, under 38, but i'm on dexamethasone for the crs, day 4",
    "100.2, under 100.4, but i'm still on prednisone, car t day 8",
]
# Someone else's sign, its everyday cause named or the treatment denied.
NOT_CAR_T = [
    "my neighbour's little boy had a seizure yesterday, febrile convulsion, nothing to do with"
    " car t",
    "a kid in my son's class had a febrile seizure today, nothing to do with car t, but it"
    " scared him",
    "my husband's nephew had a fit at football, he's epileptic, not car t related at all",
    "my friend's daughter had a febrile fit last night, she's 2, nothing to do with car t, just"
    " shook me up",
    "my toddler has a temp of 38.4, he's teething, I'm the one who had car t. can I still cuddle"
    " him?",
    "my 1 year old has 38.3, teething again. i had car t 3 months ago, can i catch anything from"
    " teething",
    "my granddaughter is teething and has 38.2, she's never had car t obviously, is it safe for"
    " me to babysit",
    "my sister's baby has 38.5 with teething, nothing to do with car t, should I stay away",
    "our toddler ran 38.6 with his back teeth coming through, he is not the patient, I am",
    "the baby is teething and a bit hot, 38.1, nothing to do with my car t, just wondering about"
    " hugs",
    # The same denials and causes with no emergency now: they stay calm.
    "my dad's forgetfulness is not car-t related, he has dementia. what support is there for"
    " carers?",
    "my sister has a fever, not car t related, she's fine. is it safe to visit?",
    "my neighbour's kid has 39 fever, not car t related obviously, is it safe for me to be around?",
    "my mum has asthma, not car t related, her inhaler sorts her cough. can she visit me?",
    "my brother gets migraines, nothing to do with car t, can he stay over?",
]
# The same words with the child or spouse treated, the writer's own sign, or a fit going on.
NOT_CAR_T_BUT_AN_EMERGENCY = [
    "my son is in the lupus car t trial and has a fever of 38.4",
    "my daughter is 12 and had car t for her lupus last week, temp 38.4 now",
    "my daughter had her car t cells 10 days ago and now she's 38.7, i thought it was teething"
    " but she's 9",
    "my husband had car t 2 weeks ago and he's nothing like his usual self, confused and sleepy",
    "my husband had a febrile fit an hour ago, he had car t 7 days ago",
    "my neighbour's boy had a seizure, nothing to do with car t, and now my husband (day 8 after"
    " car t) is shaking and 38.9",
    "the baby is teething and has 38.4, and I'm 6 days after car t with a temp of 38.5 myself",
    "my toddler is teething but i'm the car t patient and i've got 38.6 and the shakes",
    "my son is having a seizure right now, he's never had car t, what do i do",
    "my friend's daughter had a fit yesterday, nothing to do with car t. now i had my cells 9 days"
    " ago and i can't find my words",
    # Written after the code: the hug, the age and the teething with a treated child or a sign.
    "my toddler has 38.4, he's teething, and I'm the one who had car t, I feel shivery too",
    "my 1 year old has 38.3 and is floppy, i had car t, can i cuddle him",
    "my wife had car t and has 38.9, can i still kiss her?",
    "i had car t and my wife has 38.9, can i still hug her? also i'm 38.5",
    "my son is 8 and in the car t trial, 38.4, he's teething his adult teeth, can i hug him",
    "our 6 year old had car t for lupus, she has 38.2 now, can i cuddle her",
    # review48: "not car-t related" (and kin) never calms an emergency told now in that person,
    # its everyday cause named or not: a stroke, blue lips, no breath, the worst headache with a
    # stiff neck, a collapse, a fit now.
    "my dad's confusion is not car-t related, he has dementia, but today he can't speak and his"
    " face is drooping",
    "my mum's cough is not car-t related, she has asthma, but now her lips are blue and she can't"
    " breathe",
    "my sister's headache is not car t related, but it's the worst of her life and her neck is"
    " stiff",
    "my husband's fever is not car t related, he has the flu, but now he's confused and won't"
    " wake up",
    "my dad's confusion is not car t related, but he can't speak and his face is drooping",
    "his confusion is not car-t related, he has dementia, but his face dropped on one side an"
    " hour ago",
    "not car-t related - my mum collapsed and her face is drooping on one side, what do i do",
    "my wife (not car t related, she's the carer) is having a seizure on the floor",
    "my husband's chest pain is not car t related, he never had car t, but it's crushing and"
    " going down his arm",
    # Written with the fix: the same denials and everyday causes, the emergency told otherwise.
    "my brother's headache is nothing to do with car t, he gets migraines, but this is the worst"
    " headache of his life",
    "my mum's breathing is not car t related, she has copd, but she can't breathe at all now and"
    " her lips are grey",
    "my dad is epileptic, not car t related, and he's fitting now and won't stop",
    "my wife is diabetic, nothing to do with car t, she collapsed and won't wake up",
    "my son has a fever, hes never had car t, and now his neck is stiff and he can't look at the"
    " light",
    "my dad has dementia, not car t related, but his speech is slurred and one arm is weak since"
    " this morning",
]
# A sign asked about in general.
ASKED_IN_GENERAL = [
    "seizure signs in adults, what should carers look for",
    "is breathlessness on its own a reason to ring the team?",
    "what signs should carers look for after car t?",
    "what does confusion after car t look like, so I know what to watch for",
    "how would I know if he was getting icans, what are the first signs",
    "is a temperature of 38 after car t always a reason to call?",
]
ASKED_BUT_HAPPENING = [
    "asking for carers: what signs should we look for? he is seizing now",
    "is breathlessness on its own a reason to ring? i'm breathless right now, day 5 after car t",
    "what should carers look for? she can't wake up properly and is muddled, day 6",
    "is a temperature of 38 a reason to call? i'm 38.5 now, 4 days after my cells",
    "what are the signs of icans? my husband cant write his name today, car t 8 days ago",
]
# Long past and good news, read calm by the rules already: the learned layer must not call them.
PAST_AND_GOOD_NEWS = [
    "six weeks ago I was really drowsy for a day after the cells, now sharp as ever",
    "two months ago I had a fever for a night in hospital, it settled and I've been fine since",
    "back in october my words went muddled for a day on the ward, all gone now, sharp as ever",
    "in week one I had a seizure on the ward, none since, back to work now",
    "I'm off all my lupus medicines now, feeling great",
    "back at choir tonight for the first time since car t!",
    "no more prednisone, first time in 11 years, I could cry",
    "my bloods came back normal and I'm off all lupus meds, the best news",
    "walked the dog 3 miles today without getting breathless, a first in years",
]
PAST_AND_GOOD_NEWS_BUT_NOT_NOW = [
    "six weeks ago I was fine, now I can't find words",
    "six weeks ago I was drowsy after the cells and it went, but today I'm drowsy again and"
    " muddled",
    "two months ago I had a fever that settled, now it's back at 38.7",
    "back at choir tonight and my words came out wrong, couldn't say the hymn, car t 3 weeks ago",
    "off all my lupus meds now, but tonight I'm 38.9 and shivering",
    "walked the dog and now i can't catch my breath sitting down, day 9 after cells",
    # A clause opening with a denial denied every sign after it, a new subject too.
    "no more prednisone and I've got chest pain and can't breathe",
    "no fever and I've got chest pain and can't breathe",
]
CRISIS_IN_THE_SAME_WORDS = [
    "I'm off all my lupus medicines and I don't want to be here anymore",
    "my neighbour's kid had a seizure and i can't stop thinking about ending it all",
]


@pytest.mark.parametrize("message", UNDER_THE_LINE + NOT_CAR_T + ASKED_IN_GENERAL)
def test_the_rules_read_no_sign_now(message):
    assert triage(message).kind == ORDINARY


@pytest.mark.parametrize(
    "message",
    UNDER_THE_LINE_THEN_NOT
    + NOT_CAR_T_BUT_AN_EMERGENCY
    + ASKED_BUT_HAPPENING
    + PAST_AND_GOOD_NEWS_BUT_NOT_NOW,
)
def test_the_same_words_with_an_emergency_now_keep_the_urgent_reply(message):
    assert triage(message).kind == URGENT


@pytest.mark.parametrize("message", CRISIS_IN_THE_SAME_WORDS)
def test_the_same_words_with_a_crisis_keep_the_crisis_line(message):
    assert triage(message).kind == CRISIS


def test_the_reply_the_user_sees(ask):
    assert ask("99.9 F, under 100.4, carry on as normal?")["kind"] != ReplyKind.URGENT
    assert ask("under 100.4 all day but just now 101.2")["kind"] == ReplyKind.URGENT
    assert ask("no more prednisone and I've got chest pain and can't breathe")["kind"] == (
        ReplyKind.URGENT
    )


# The learned layer's calls, on the rules' readings above: its known false alarms (eval/HISTORY.md,
# round 47, calm48) are strict xfails, so a layer retrained out of them shows.
LAYERS_FALSE_ALARMS = {
    "my temp is 37.8, which is under 38, so I just keep watching?",
    "he's 37.7, under the 38 line the nurse gave us",
    # Round 50, the layer on sets 1-46 (eval/HISTORY.md, "Round 50 (lead)"): urgent.
    "back at choir tonight for the first time since car t!",
}


@pytest.mark.model
@pytest.mark.parametrize(
    "message",
    with_the_layers_calls(
        UNDER_THE_LINE + NOT_CAR_T + ASKED_IN_GENERAL + PAST_AND_GOOD_NEWS, LAYERS_FALSE_ALARMS
    ),
)
def test_the_served_triage_gives_no_help_to_ordinary_messages(built_guide, message):
    assert not built_guide.assess(message).needs_help


@pytest.mark.model
@pytest.mark.parametrize(
    "message",
    UNDER_THE_LINE_THEN_NOT
    + NOT_CAR_T_BUT_AN_EMERGENCY
    + ASKED_BUT_HAPPENING
    + PAST_AND_GOOD_NEWS_BUT_NOT_NOW
    + ["just under 39, day 6 after my cells"],
)
def test_the_served_triage_keeps_help_for_the_same_words_now(built_guide, message):
    assert built_guide.assess(message).kind in (URGENT, CRISIS)


@pytest.mark.model
@pytest.mark.parametrize("message", CRISIS_IN_THE_SAME_WORDS)
def test_the_served_triage_keeps_the_crisis_line(built_guide, message):
    assert built_guide.assess(message).kind == CRISIS
