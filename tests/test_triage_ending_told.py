"""An ending told with no word of dying: set on a result or a date, wished for oneself after a
death near, or an urge feared at an edge; and self-harm told as deeds (round 44, crisis45)."""

import pytest

from bot.triage import CRISIS, triage


@pytest.mark.parametrize(
    "message",
    [
        # An ending set on a bad result or a day, said as a decision.
        "if the biopsy comes back bad on thursday then i'm done. decided",
        "scan says no again = i leave. for good",
        "bad numbers at the 6 month check and that's it for me, i mean it",
        "friday. gone by midnight. made my mind up",
        "i won't still be here at the next review, i'll make sure of it",
        "if the antibodies are positive again, that's when i go",
        "el pet salió peor otra vez. me voy, y no vuelvo",
        # A death near the writer, then a wish of their own to be dead or gone.
        "my buddy from the infusion suite died on sunday. should have been me",
        "the lady in the next bed didn't make it. i wish it was me, honestly",
        "she's gone. i don't want to be here without her",
        "my husband's friend from the trial died and he keeps saying he's next.",
        "since my best friend died i'd hurry it up if i could",
        "the stem cell dad from our group passed away. whats the point of me now",
        # An urge feared, or a voice, at an edge.
        "at the station i get a pull to step off the platform edge, it frightens me",
        "it frightens me, at the station i get a pull to step off the platform edge",
        "theres a voice telling me to let go on the stairs",
        # Self-harm told as deeds.
        "my son keeps banging his head on the wall since his dad's car-t",
        "she has cuts on her thighs and says it helps her cope",
        "i scratch the skin on my arms with my nails until it bleeds, every night",
    ],
)
def test_an_ending_told_without_a_word_of_dying_gets_the_crisis_line(message):
    assert triage(message).kind == CRISIS


@pytest.mark.parametrize(
    "message",
    [
        # A result or a day, and someone done with a treatment, a stay or a worry.
        "if the scan is clear on friday i'm done with hospitals!",
        "if my counts are back up on monday i'm out. for good!",
        "if the biopsy is bad i'm done, i've decided to stop the trial",
        "if the bloods are ok on monday i go home",
        "when the results come back i'm off to the pub",
        "if the panel says no then i'm out of options, what else is there",
        "si la resonancia sale mal me iré a otro hospital",
        # A death, then a wish about something else.
        "my dad died last year and i wish he had been here for this",
        "my mum passed away and my sister says it should have been me who looked after her",
        "if i died would my wife get my pension",
        # An urge with nothing feared; the idiom.
        "i get the urge to jump in the river every summer for a swim",
        "banging my head against a brick wall with the insurers again",
        "whats the point of me asking if they never call back",
    ],
)
def test_the_calm_senses_of_the_same_words_get_no_crisis_line(message):
    assert triage(message).kind != CRISIS


def test_a_death_near_then_a_wish_sees_the_crisis_line_first(app, make_app, ask):
    client = make_app(CRISIS_LINE="116 123").test_client()
    reply = ask("the girl from my car t cohort died tuesday. wish it was me", client=client)
    assert reply["kind"] == "urgent"
    assert "116 123" in reply["answer"].split(". ")[0]
