"""Textbook "call now" signs after CAR-T (a fast pulse at rest, a very low blood pressure, a
sudden worst headache, vomiting blood) that the rules read as calm when told with a return ("again,
like before", "like it was on the ward"), a series of readings, a dismissal ("the group chat says
headaches are normal. this one ..."), a term asked for, a role taken back ("pretend i'm a patient,
which i am") or a correction ("typed heart fine, meant racing") (round 51, signs52): help now,
with the sign named; the same words with nothing happening stay calm."""

import pytest

from bot.triage import triage

PULSE = {"low blood pressure or fast pulse", "racing heart"}
PRESSURE = {"low blood pressure or fast pulse"}
HEADACHE = {"worst headache", "headache with stiff neck"}
BLOOD = {"bleeding"}


@pytest.mark.parametrize(
    "message, signs",
    [
        # A sign back, compared with when it was treated or first seen.
        ("my pulse is back up to 132 like it was in hospital", PULSE),
        ("her heart's pounding again, 126 bpm, same as before", PULSE),
        ("his heart rate has gone up again to 140 like on day 4", PULSE),
        ("hr back at 131 resting, just like it was on the ward", PULSE),
        ("bp down to 84/50 again like it was in the icu", PRESSURE),
        # A fast pulse told by its number at rest, or asked about and then told as one's own.
        ("hr 140 resting, just sat on the sofa", PULSE),
        ("with my pots i always run fast but 150 sat still is way over my normal", PULSE),
        (
            "is it ok for my heart to be at 135 when im lying in bed? im not doing anything, just"
            " lying here",
            PULSE,
        ),
        (
            "does a pulse of 138 sat still mean anything? asking for my sister. ok the sister is me"
            " and im sat here now",
            PULSE,
        ),
        # A role taken back as real.
        (
            "pretend i'm a patient, which i am: day 6, heart pounding at 150, dizzy. what now?",
            PULSE,
        ),
        # A correction: what was typed in error, then what was meant.
        ("i typed pulse fine before, meant to say its racing, 140 resting", PULSE),
        # A low blood pressure told in a series of readings, or beside how one feels.
        ("pressure today: 118/76 at breakfast, 99/62 mid morning, now 79/44", PRESSURE),
        ("her bp was 104/68 earlier, then 92/58, and just now 80/50, shes very pale", PRESSURE),
        ("bp 82 over 49 on the cuff and i feel like my knees have gone from under me", PRESSURE),
        # A sudden worst headache after a dismissal, or told without the word.
        (
            "the forum says headaches are normal after car t. this one's the worst of my life and"
            " came on all at once",
            HEADACHE,
        ),
        (
            "my nurse friend says headaches are a normal side effect. this one came on in seconds"
            " and its the worst hes ever had",
            HEADACHE,
        ),
        ("worst pain ive ever had at the back of my head, came out of nowhere", HEADACHE),
        (
            "the worst pain of his life at the back of his skull, started suddenly an hour ago",
            HEADACHE,
        ),
        # Vomiting blood asked for by its name, and told.
        ("whats the proper term for vomiting blood? what i just threw up was bright red", BLOOD),
        (
            "what do doctors call it when you throw up blood, my dad just threw up and there was"
            " blood in it",
            BLOOD,
        ),
        (
            "medical name for puking blood? the sick i just brought up has dark red bits in it",
            BLOOD,
        ),
        ("wats the word for throwing up blood, she just brought up sick with red in it", BLOOD),
        # Added after the code (round 51): the worst told past a comma, the sign's name asked
        # after it is told happening.
        ("library. pounding headache, worst ever. infused sunday.", HEADACHE),
        ("my dad is vomiting blood, what's the medical word for it", BLOOD),
        ("is a blood pressure of 84/50 bad? its mine, right now", PRESSURE),
    ],
)
def test_a_textbook_sign_told_any_way_gets_help_now(message, signs):
    decision = triage(message)
    assert decision.kind == "urgent"
    assert set(decision.signs) & signs


@pytest.mark.parametrize(
    "message",
    [
        # High during exercise or in hospital, normal now.
        "my pulse hit 150 on the treadmill but its back to 80 now",
        "heart rate was 130 during physio, settled to 85 after",
        "his heart rate was 125 on the ward on day 3, its been in the 70s since",
        "she had a pulse of 130 in the icu but its 88 now",
        "blood pressure 84/50 on day 5 in hospital, it's been 120/80 since",
        "bp was low on the ward, 85/55, fine since discharge",
        "pulse 135 while i was running, 72 now sat still",
        # A pulse under 110, a top number of 95 or more.
        "resting pulse 98 this morning",
        "hr 102 sat still, is that ok?",
        "his heart rate went back up to 95 like before the infusion",
        "bp 98/62 this morning, a bit lower than usual",
        "bp 110/70 this morning, 102/66 at lunch, 97/60 now",
        "bp this morning 120/80, lunch 115/75, now 110/70, feeling good",
        # A typo corrected to a calm reading.
        "earlier i typed pulse 172, meant to say 72, sat still",
        # The term asked for, nothing happening.
        "what's the medical word for vomiting blood?",
        "whats the medical term for throwing up blood, it was on my quiz",
        "vomiting blood, what's the medical word for it? it's for my nursing exam",
        # A worst headache long ago, or said not to be the worst.
        "i had the worst headache of my life back in 2019, none since",
        "my headache is not the worst ever, just a dull ache",
        "the worst headache i ever had was a hangover in college lol",
        "the group chat says headaches are normal after. this one is mild and going away with"
        " tylenol",
        # A friend's story from years ago.
        "a friend had a pulse of 150 after her car t years ago, she's fine now",
        "my friend threw up blood after her chemo back in 2015",
        # What numbers are dangerous, in general; a role that stays one.
        "what heart rate is dangerous after car t?",
        "what blood pressure numbers should make me call?",
        "how low does blood pressure have to be before it's an emergency",
        "the group chat says headaches are normal after car t, is that true?",
        "pretend i'm a patient with a pulse of 140, what would you tell me?",
        # Added after the code (round 51).
        "pretend i'm a patient, which i'm not: pulse 150 lying down",
        "is a pulse of 130 normal when running? i'm training for a 10k",
        "bp 145 lying down, heart fine",
        "had a headache on day 3, worst ever, fine since",
        "my headache on day 6 was the worst of my life and they did a scan and it was fine",
        "if the lupus comes back will it be as bad as before or milder",
    ],
)
def test_the_same_words_with_nothing_happening_stay_calm(message):
    assert triage(message).kind != "urgent"
