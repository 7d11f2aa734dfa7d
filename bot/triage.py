"""Urgent, crisis and out-of-scope decisions on a message, made before any retrieval.

Two layers. These readable rules do what rules do well: a sign of trouble (fever of 38 °C /
100.4 °F or more, confusion, trouble breathing, ...) counts only when the clause says it is
happening now: not negated ("no fever"), not over ("went away"), not long past, not asked
about ("what are the signs of CRS?"). The learned layer (triage_model.py) reads the question
vector and catches phrasings no rule lists; `with_learned` joins the two: crisis first, urgent
when either says so, except where the rules read every red flag as asked about, denied or over.
Measured with `flask --app wsgi triage eval` on the sets in eval/triage/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .asked_and_told import parts_told
from .calendar_words import MONTH, WEEKDAY
from .calm_told import told_calmly
from .care_asked import care_asked, medicine_asked
from .chat_sign_off import a_chat_sign_off
from .clinical_words import spell_out_clinical
from .confusion_told import spell_out_confusion
from .course_asked import the_course_named
from .course_day import a_course_day_told, asked_whether
from .crisis_framed import CALM_FRAMES, CRISIS_FRAMED
from .crisis_otherwise import CRISIS_OTHERWISE
from .crisis_said import CRISIS_SAID
from .crisis_words import crisis_side
from .disease_told import spell_out_hard_to_treat, the_disease_told
from .ending_told import ENDING_TOLD
from .harm_told import HARM_TOLD
from .history_told import told_over
from .infusion_date import name_the_infusion
from .mood_told import a_sign_off, low_mood_only, thanks_without_crisis
from .names_with_signs import without_names
from .normalize import normalize, numbers_in_words
from .not_treated import an_untreated_ones_sign
from .other_tongues import FEVER_WORDS, NEGATIONS
from .overdose_taken import overdose_taken
from .pattern_set import LazyPattern, PatternSet
from .red_flags import (
    BODY_WORDS,
    CRISIS_CUES,
    FEELING_ABOUT,
    FEELING_IN_THE_BODY,
    FEELINGS,
    INSTRUCTIONS,
    NORMAL_READING,
    OXIMETER,
    RED_FLAGS,
    SAYS_THERE_ARE,
    SELF_HARM,
    SIGNS,
    SYMPTOM_WORDS,
    UNREACHED,
    UNWELL,
    WORRIES,
)
from .sign_again import spell_out_again, told_since_return
from .sign_course import spell_out_course, spell_out_pulse, temperature_falling
from .sign_referred import spell_out_this_one
from .sign_shown import without_an_offer
from .signs_as_images import spell_out_images
from .signs_listed import without_a_list
from .signs_relayed import spell_out_relayed
from .signs_seen import join_device_readings
from .story_told import a_sign_in_a_story
from .task_failed import a_routine_task_failed, spell_out_task_failed
from .what_if_real import made_real
from .whose_sign import (
    ANIMALS,
    a_risk_to_the_treated_writer,
    about_an_animal,
    an_outsiders_illness,
    names_a_person,
)

CRISIS = "crisis"
URGENT = "urgent"
OUT_OF_SCOPE = "out_of_scope"
ORDINARY = "ordinary"

# Patient materials after CAR-T: call at 38.0 °C / 100.4 °F or more.
FEVER_CELSIUS = 38.0
FEVER_FAHRENHEIT = 100.4


# How the rules read the red flags a message names (vomiting, blue lips, a stiff neck, ...).
NOW = "now"  # at least one is happening now
UNCLEAR = "unclear"  # none is clearly happening now, and not every one is clearly calm
CALM = "calm"  # every one is asked about, denied or over: the learned layer may not overrule
LEARNED = "learned layer"  # the sign named when only the learned layer saw trouble
TEAM_NOT_REACHED = "unwell, team not reached"  # the reply leads with the emergency number
OVERDOSE_TAKEN = "overdose taken"  # the reply leads with the emergency number, then the crisis line

# Searched as sets: only the patterns whose fixed words are in the text run (pattern_set.py).
_SELF_HARM = PatternSet(SELF_HARM)
_HARM_TOLD = PatternSet(HARM_TOLD)
_ENDING_TOLD = PatternSet(ENDING_TOLD)
_CRISIS_SAID = PatternSet(CRISIS_SAID + CRISIS_OTHERWISE + CRISIS_FRAMED)
_SAID_PLAINLY = "a crisis said"  # the reading of a crisis-line phrase or frame said
_INSTRUCTIONS = PatternSet(INSTRUCTIONS)
# Each message is searched for every sign: 49 regex searches were a quarter of triage.
_SIGNS = PatternSet(pattern for _, pattern in SIGNS)


@dataclass(frozen=True)
class Triage:
    kind: str  # CRISIS | URGENT | OUT_OF_SCOPE | ORDINARY
    signs: tuple[str, ...] = ()  # the signs seen happening now, e.g. ("fever", "confusion")
    mentions_symptoms: bool = False  # about symptoms at all, happening now or not
    red_flags: str = ""  # NOW | UNCLEAR | CALM | "" (none named)
    # Death only as a figure of speech, a denial or a risk of the treatment asked about ("this
    # traffic will be the death of me", "I'm not suicidal", "can you die from car-t"): the
    # learned layer may not call it crisis.
    no_crisis: bool = False
    # A question or a follow-up fragment that says nothing is happening to anyone now ("and
    # lupus?", "why can't I drive"): the learned layer may not call it urgent.
    asks_only: bool = False
    # A feeling or a practical worry with no body word or change ("so stressed about the
    # bills"): the learned layer may not call it urgent.
    worry_only: bool = False
    # A strong feeling about caring, money or the system ("i'm exhausted and angry and just want
    # one day where nobody needs anything from me"), a greeting or a request about how to reply,
    # with no word from the crisis side: the learned layer may not call it crisis. Apart from
    # no_crisis because it also tells a worry from a trouble (worry_only below).
    crisis_free: bool = False
    # No word or phrase from the crisis side at all (crisis_words.py: "happy turkey day", "am
    # i gonna go bald"): the learned layer may not call it crisis.
    crisis_unsaid: bool = False
    # A report, not a question, of someone else: kin, a friend, he or she ("dad went out to get
    # the mail and couldn't find his way back").
    tells_of_another: bool = False
    # Every red flag calm only because a temperature reads under the fever threshold and not
    # coming down ("37.6 and she looks off to me"): the layer may call it urgent when sure.
    under_threshold: bool = False
    # A plain question with a part told beside it that the rules alone leave open to the layer
    # ("can i go to the car boot sale sunday? ps my wee has been bright red the last two times"):
    # the question gate keeps the layer's urgent call off the whole, unless it is sure.
    told_beside: bool = False
    # The rules read an urgent sign now (kept in `signs`, after LEARNED) and only the learned
    # layer called crisis, or the rules read a crisis and an urgent sign now beside it (round
    # 46): the reply gives the urgent steps first, then the crisis line
    # (safety_replies.help_now), so a 911 sign never gets 988 alone and a crisis never loses it.
    sign_first: bool = False

    @property
    def closed_to_crisis(self) -> bool:
        """Whether the learned layer's crisis call may not stand on it."""
        return self.no_crisis or self.crisis_free or self.crisis_unsaid

    @property
    def needs_help(self) -> bool:
        return self.kind in (CRISIS, URGENT)

    @property
    def open_to_urgent(self) -> bool:
        """Whether the learned layer may call it urgent: not every red flag calm, and more than
        a question or a worry."""
        return self.red_flags != CALM and not self.asks_only and not self.worry_only

    @property
    def only_a_worry(self) -> bool:
        """Whether only the worry gate keeps the learned layer from calling it urgent: no body
        word, but neither calm nor a plain question. The layer then needs its higher urgent
        threshold: a carer telling an odd act ("holding his phone upside down") names no body
        word either."""
        return (
            self.kind == ORDINARY
            and self.worry_only
            and self.red_flags != CALM
            and not (self.asks_only)
        )

    @property
    def calm_by_a_reading(self) -> bool:
        """Whether only a temperature under the fever threshold keeps the learned layer from
        calling it urgent. A reading under it says the temperature is no fever, not that the
        person is well: the layer then needs its higher urgent threshold, as for a worry."""
        return (
            self.kind == ORDINARY
            and self.under_threshold
            and self.red_flags == CALM
            and not (self.asks_only or self.worry_only)
        )

    @property
    def read_otherwise(self) -> bool:
        """Whether the rules read it as a plain question or as an urgent sign now: the learned
        layer then needs its higher crisis threshold to give the crisis line instead."""
        return self.asks_only or self.kind == URGENT

    @property
    def learned_only(self) -> bool:
        """Whether only the learned layer saw trouble: no rule read a sign or self-harm."""
        return self.signs == (LEARNED,)


def triage(message: str) -> Triage:
    """Decide by the rules whether a message needs help now, is out of scope, or can be answered.

    A part told beside a question about something else is read on its own as well
    (asked_and_told.py): when the whole reads calm and such a part needs help, it decides, a
    crisis before a sign.
    """
    decision = _triage_whole(message)
    if decision.needs_help or decision.kind == OUT_OF_SCOPE:
        return decision
    parts = [_triage_whole(part) for part in parts_told(message)]
    found = [d for d in parts if d.needs_help]
    # "my sister has 38.8, shes never had car t. should i stay away from her": the sign a part
    # tells is the other one's, as the whole says; a crisis in a part still counts.
    # Read only when a part tells an urgent sign: most calm messages have none.
    # "had a nosebleed in week two that wouldnt stop. fine since": the part's sign is history.
    if any(d.kind == URGENT for d in found) and _not_a_sign_now(normalize(message)):
        found = [d for d in found if d.kind != URGENT]
    # "my dad can't go on. the plane i mean, his platelets are too low to fly?": the phrase
    # the part says is said, in the whole, of a thing (crisis_said._NOT_LIFE).
    if any(d.signs[:1] == (_SAID_PLAINLY,) for d in found) and not _CRISIS_SAID.search(
        normalize(message)
    ):
        found = [d for d in found if d.signs[:1] != (_SAID_PLAINLY,)]
    # "mg since 19, double vision by 4pm. whats the aurora trial": the part telling the disease
    # is why the whole asks (the_disease_told), though it asks nothing alone; its signs unclear.
    told = [d for d in found if d.kind == URGENT and _the_disease_asked_of(message, d)]
    if told:
        found = [d for d in found if d not in told]
        decision = replace(
            decision, mentions_symptoms=True, red_flags=_strongest({UNCLEAR, decision.red_flags})
        )
    if found:
        return next((d for d in found if d.kind == CRISIS), found[0])
    if decision.asks_only and any(_open_beside(d) for d in parts):
        return replace(decision, told_beside=True)
    return decision


def _not_a_sign_now(text: str) -> bool:
    """Whether a normalized text tells of someone else's sign, the writer treated and weighing
    it as a risk (whose_sign) or saying the other one is not treated (not_treated.py), or of a
    sign told as history (history_told.py)."""
    return a_risk_to_the_treated_writer(text) or an_untreated_ones_sign(text) or told_over(text)


def _the_disease_asked_of(message: str, part: Triage) -> bool:
    """Whether a part's urgent signs are the disease's own, told in a message that asks."""
    return the_disease_told(normalize(message), part.signs) and asks_something(message)


def _quoted(text: str, mentions: bool) -> Triage:
    """Decide on a normalized text read as a quotation: no report, unless it relays one.

    "translate for my mom: she had car t 5 days ago and now she is confused" asks for words a
    family needs to tell someone now: what follows the frame is read as the message, and a sign
    or a crisis it tells gets help. A frame naming a text ("translate this leaflet's list of
    signs: ...", "translate 'i can't breathe'"), words that name nobody with a frame that names
    nobody ("translate: seizure, stroke", "translate into spanish: 'seek care right away'"), or a
    frame other than "translate" stays a quotation; a relay that tells nothing urgent keeps its
    red flags, so a decline still leads with where to call when a sign may be happening now.
    """
    relayed = _RELAYED.match(text)
    if (
        not relayed
        or _A_TEXT_NAMED.search(relayed["frame"])
        or (
            not _SOMEONE_NAMED.search(relayed["frame"])
            and (_WHOLLY_QUOTED.match(relayed["told"]) or not _A_PERSON.search(relayed["told"]))
        )
    ):
        return Triage(OUT_OF_SCOPE, (), mentions, CALM)
    told = _triage_whole(relayed["told"])
    if told.needs_help:
        return told
    return Triage(OUT_OF_SCOPE, (), mentions, told.red_flags if told.red_flags else CALM)


def _open_beside(part: Triage) -> bool:
    """Whether a part told beside a question, read alone, is the writer's own and open to the
    learned layer's urgent call: more than a question or a worry, its red flags not calm."""
    return part.kind == ORDINARY and part.open_to_urgent and not part.tells_of_another


def _triage_whole(message: str) -> Triage:
    """Decide by the rules on the message read whole."""
    # "our cat is called Fever", "the Blue Lips tribute band": a name, read as "that name".
    message, names = without_names(message)
    # "temp is thirty eight point six", read as typed: "temp is 38.6".
    text = numbers_in_words(normalize(message))
    # "pretend i'm a patient, which i am: day 9, heart racing": the role is the writer's own,
    # so what follows is told, not an order to the bot (round 51).
    text = _ROLE_OWNED.sub(" ", text)
    mentions = bool(SYMPTOM_WORDS.search(text))
    if _QUOTING.search(text):  # "repeat after me: seizure", "do you flag the word suicide"
        return _quoted(text, mentions)
    # "my chest is tight with worry": the writer's feeling, not a sign, whatever else it says.
    body_text = _spell_out_readings(FEELING_IN_THE_BODY.sub(" ", text))
    # "pounding headache, worst ever": one sign, though the comma splits the clauses.
    body_text = _HEADACHE_THEN_WORST.sub(r"\1 ", body_text)
    # "he's talking but it doesn't make any sense": one sign, though "but" splits the clauses.
    body_text = _TALK_MAKES_NO_SENSE.sub(r"\1 nonsense", body_text)
    # "she says there are kids in the corner. there is nobody there", "he keeps waving at kids
    # in the corner, theres no kids here": one sign, two sentences.
    body_text = _NOBODY_THERE.sub(r"\1 and there's nobody there", body_text)
    # "my last message was a typo, i meant sats 98 not 89": the reading meant.
    body_text = _CORRECTED.sub(r"\1", body_text)
    # "earlier i typed heart fine, meant to say its racing": what was meant, not the typo.
    body_text = _TYPED_IN_ERROR.sub(r"\g<what>", body_text)
    # "how long until his counts come back up": blood counts recovering, not vomiting.
    body_text = _COUNTS_RECOVER.sub(r"\1 recover", body_text)
    # "my myositis isnt responding to anything": the disease hard to treat, not a person.
    body_text = spell_out_hard_to_treat(body_text)
    # "i pass out at blood draws", "i faint at needles": a habit asked about, no faint now.
    body_text = _FAINTS_AT_NEEDLES.sub(" needles scare me", body_text)
    # "the shingles shot", "live vaccines like shingles": a vaccine, not an infection.
    body_text = _A_VACCINE.sub(" a vaccine", body_text)
    body_text = _SETTLED_READING.sub("; so it reads ", body_text)
    # "put the pulse ox on her because she looked tired, it says 89": the device's number.
    body_text = join_device_readings(body_text)
    # "le pusieron las células hace una semana y ahora tiene fiebre": the date is the cells'.
    body_text = name_the_infusion(body_text)
    # "haematemesis x2", "phonemic paraphasias", "gcs 13": a clinician's words for the signs.
    body_text = spell_out_clinical(body_text)
    # "none of the words make sense", "did the crossword like every day and i cant": the sign
    # told through a task it spoiled.
    body_text = spell_out_task_failed(body_text)
    if _BLEEDING.search(body_text):
        body_text = _SOAKED_CLOTH.sub(r"blood soaking through the \1", body_text)
    # "rang me at 3am sure that the house was on fire, it isnt": a belief said to be false.
    body_text = _FALSE_BELIEF.sub(r"\1 and seeing things", body_text)
    if _OFF_TO_WORK.search(body_text) and _RETIRED.search(body_text):
        # "keeps trying to go to work, she retired 10 years ago": living in a time that is over.
        body_text += "; confused about the time"
    if _SOMEONE_TRIED.search(body_text) and _ODD_PAYMENT.search(body_text):
        # "dad tried to pay the pizza guy with a tv remote": a thing that is not money.
        body_text += "; confused"
    # "is the cutoff for calling 38 flat, or do they go by 38.5": numbers quoted, not read.
    threshold_asked = _threshold_asked(body_text)
    if threshold_asked:
        body_text = _DIGIT.sub("#", body_text)
    # "called the cleaner sergeant, he was never in the army": a misknown person or a false belief.
    body_text = spell_out_confusion(body_text)
    # "37.6 and climbing", "winded brushing my teeth", "teeth going like a typewriter".
    body_text = spell_out_course(body_text, _temperatures(body_text))
    # "127 sat still" in a message about the heart: a pulse; "pulse 150 on the treadmill": none.
    body_text = spell_out_pulse(body_text)
    # "shaking under three blankets", "everything greys out when i stand", "my wee has gone red".
    body_text = spell_out_images(body_text)
    # "it's happening again like on day 3", "her crs is back": a treated sign come back now.
    body_text = spell_out_again(body_text)
    # "the group chat says headaches are normal. this one's the worst of my life": the sign.
    body_text = spell_out_this_one(body_text)
    # "thinks i'm drunk, i haven't had a drop", "banged my head, platelets 15", "seizures after
    # car-t? husband just had one": a sign told in two parts.
    body_text = spell_out_relayed(body_text)
    # "drowning in appointments", "the costs are crushing us", "seizing the day": no sign, no
    # red flag and no body word for either layer.
    sign_text, not_a_sign = _NOT_A_SIGN.subn(" ", body_text)
    # "the wallet card lists fever, chills and confusion": the paper's signs, no one's now.
    sign_text, listed = without_a_list(sign_text)
    # Searched once: both layers' gates below ask it of the whole text, as they ask the figure.
    not_a_sign = bool(not_a_sign if body_text == text else _NOT_A_SIGN.search(text))
    # Read once: the strongest reading is the red flags, the whole set tells whether only a
    # temperature under the fever threshold calms them.
    flag_readings = _red_flag_readings(_PROCEDURE.sub(" ", sign_text))
    red_flags = _strongest(flag_readings)
    if not red_flags and (_a_sign_in_a_name(names) or listed):
        # The sign words were a name's or a paper's list: the layer may not call it urgent.
        red_flags = CALM
    crisis_text = _SUICIDE_AS_A_TOPIC.sub(" ", _NOT_SUICIDAL.sub(" ", text))
    # "someone in the lupus group said she felt suicidal years ago ... but is well now"
    # "my sister felt suicidal after her divorce a few years back but she's happy now": kin too.
    their_past = bool(
        (_SOMEONE_ELSES_STORY.search(text) or _KIN_TOLD.search(text))
        and _THEIR_PAST_CRISIS.search(text)
    )
    if their_past:
        crisis_text = _THEIR_PAST_CRISIS.sub(" ", crisis_text)
    grief = _past_grief(text)
    if grief:  # "i lost my best friend to suicide years ago": their death, long grieved
        crisis_text = _without_the_death(crisis_text)
    own_past = _own_past_crisis(text)
    if own_past:  # "i used to self harm as a teen, havent in decades": over, nothing now
        crisis_text = ""
    if overdose_taken(crisis_text) and not a_sign_in_a_story(text):
        # "my mum has taken an overdose", "swallowed the lot.": a poisoning under way, whatever
        # the wish behind it. 911 first (it can kill before it shows, and the one who took it
        # may not be able to call later), then the crisis line (safety_replies.help_now).
        return Triage(CRISIS, (OVERDOSE_TAKEN,), True, NOW, sign_first=True)
    if _SELF_HARM.search(crisis_text):
        # "i want it all to stop. 39.5 and rigors": a sign told now beside it keeps its urgent
        # steps, first, then the crisis line (Triage.sign_first).
        signs = _signs_beside_a_crisis(text, sign_text)
        return Triage(
            CRISIS, ("self-harm", *signs), True, NOW if signs else red_flags, sign_first=bool(signs)
        )
    # "my sister has a fever of 38.5 with the flu, should she stay away from me": a sign, but
    # not of anyone in the writer's care.
    not_theirs = _not_theirs(text)
    figure_of_speech = bool(_FIGURE_OF_SPEECH.search(text))  # asked by both gates below
    no_crisis = (
        their_past
        # "my ex has the flu and wants to drop the kids off": no crisis of theirs either.
        or (not_theirs and not CRISIS_CUES.search(text))
        or grief
        or own_past
        # "with my mg i get tired chewing by the end of a steak, been that way for years"
        or (_baseline(text) and not CRISIS_CUES.search(_BASELINE.sub(" ", text)))
        or _spanish_without_crisis_words(text)
        or figure_of_speech
        or not_a_sign
        # "logging off for good from the facebook group", "i won't wake up for the 6am bloods":
        # the crisis side's words said of an ordinary thing, and nothing else of it.
        or (CALM_FRAMES.search(text) and not crisis_side(CALM_FRAMES.sub(" ", text)))
        or any(
            p.search(text)
            for p in (
                _NOT_SUICIDAL,
                _RISK_OF_DYING,
                _ABOUT_A_THING,
                _SEDATION,
                _MEDS_THROWN_UP,
            )
        )
        # "would i be off all my lupus meds afterwards", "do i keep it on me forever or": the
        # treatment's course asked about, nothing else of the crisis side said.
        or (the_course_named(text) and asks_something(text))
    )
    unsaid = not crisis_side(text)
    harm = _HARM_TOLD.search(crisis_text)
    # "i can't go on", "i can't live with this pain anymore": a crisis-line phrase said plainly.
    said = not harm and _CRISIS_SAID.search(crisis_text)
    # "the lady in the next bed died. wish it was me" (the death is read before its grief is set
    # aside), "if the scan's bad i'm done. decided.": an ending told with no word of dying.
    if harm or said or _ENDING_TOLD.search(crisis_text) or (grief and _ENDING_TOLD.search(text)):
        # "my son has been pinching his thighs black and blue": self-harm told as going on, the
        # crisis line first. The gates keep their reading of its words, so the learned layer's
        # thresholds, set on the crisis messages its own call may flag, do not move with what
        # this reading takes over (round 42: they fell 0.390 -> 0.372 when it opened them).
        signed_off = a_sign_off(text) or a_chat_sign_off(text)
        crisis_free = _crisis_free(text) or signed_off or low_mood_only(text)
        # "i can't go on, 39.6 and shaking": a sign told now beside the phrase keeps its urgent
        # steps, first, then the crisis line (Triage.sign_first).
        signs = _signs_beside_a_crisis(text, sign_text) if said else ()
        reading = (_SAID_PLAINLY, *signs) if said else ("an ending told",)
        return Triage(
            CRISIS,
            ("self-harm",) if harm else reading,
            True,
            NOW if signs else red_flags,
            no_crisis,
            crisis_free=crisis_free,
            crisis_unsaid=unsaid,
            sign_first=bool(signs),
        )
    if _FRAGMENT.match(text) and not _NOW.search(text):
        # "and the fever?": the next question about a topic, not a report.
        return Triage(ORDINARY, (), mentions, CALM, no_crisis, asks_only=True, crisis_unsaid=unsaid)
    signs = signs_happening_now(sign_text) or _team_not_reached(text)
    # "a small tremor in both hands since my 40s, no change": the person's usual, for both
    # layers. A fever is never someone's usual.
    baseline = _baseline(sign_text) and "fever" not in signs
    if baseline:
        signs = ()
    elif the_disease_told(text, signs) and asks_something(text):
        # "mg 8 years, double vision by 4pm. what is this aurora trial": the disease's own signs,
        # why someone who has not had CAR-T asks, not a sign after it. Unclear, not calm: a
        # decline still carries the safety net, an answer its note, the learned layer its say.
        signs = ()
        red_flags = UNCLEAR
    elif signs and told_over(text):
        # "my writing went wobbly for two days in week one and then came back": its time back
        # in the course and its end told, nothing going on now. History for the rules; unclear,
        # not calm, so the learned layer keeps its say on a sign it reads as going on.
        signs = ()
        red_flags = UNCLEAR
    if threshold_asked:  # "for the fever rule is it 38 on the dot": the word asked about
        signs = tuple(s for s in signs if s not in _TEMPERATURE_SIGNS)
        red_flags = red_flags if signs else CALM
    if signs and not not_theirs:
        return Triage(URGENT, signs, True, NOW, no_crisis, crisis_unsaid=unsaid)
    if not_theirs:
        red_flags = CALM  # "the dog is limping on her back leg": the layer may not call it
    if _INSTRUCTIONS.search(text):
        return Triage(OUT_OF_SCOPE, (), mentions, red_flags)
    # Only the ordinary decisions below carry it: nothing above needs the learned layer's leave.
    # "bye for now, you've been a lifesaver", "feeling flat and fed up with being indoors",
    # "ok bye, thanks for explaining the cells": a goodbye to the chat about the chat.
    signed_off = a_sign_off(text) or a_chat_sign_off(text)
    low_mood = low_mood_only(text)
    crisis_free = _crisis_free(text) or signed_off or low_mood
    if (
        _REASSURED.search(text)
        or _DENIED_SIGNS.search(text)
        or (_FEELS_WELL.search(text) and not (mentions or red_flags or _asks_only(text, mentions)))
    ):
        # "mild loose stool once today, drinking lots": no sign the rules read as now.
        return Triage(
            ORDINARY, (), True, CALM, no_crisis, crisis_free=crisis_free, crisis_unsaid=unsaid
        )
    if _MILD.search(text) or told_calmly(text):
        # "a small bruise where they took blood", "hiccups, more annoying than anything": hedged
        # or judged small, and no sign the rules read as now. A red
        # flag named under the hedge ("a bit hard to find my words today") stays unclear, so the
        # learned layer may still call it and a decline still carries the safety net.
        hedged = UNCLEAR if red_flags in (NOW, UNCLEAR) else CALM
        return Triage(
            ORDINARY, (), True, hedged, no_crisis, crisis_free=crisis_free, crisis_unsaid=unsaid
        )
    if not red_flags and _HEALED.search(text) and not _NOW.search(_HEALED.sub(" ", text)):
        red_flags = CALM  # "the mouth sores healed up last week": over, whatever it names
    if not (red_flags or mentions) and _good_news_or_a_task(text):
        red_flags = CALM  # "we're at day 100 today!!": good news names no sign for the layer
    if not red_flags and _good_day(text):
        red_flags = CALM  # "chatting and laughing with the nurse": a good day, no sign read
    if baseline or (
        not red_flags
        and _AS_ALWAYS.search(text)
        and not (_NOT_AS_USUAL.search(text) or a_routine_task_failed(text))
    ):
        red_flags = CALM  # "sps spasms like every day, nothing new": the person's usual
    mentions = mentions or bool(red_flags)
    # "can i send you a photo? his legs are covered in red dots": the offer asks of the chat.
    asks_only = _asks_only(without_an_offer(text), mentions) or signed_off
    if asks_only and red_flags == UNCLEAR and a_course_day_told(sign_text):
        # "extremely sleepy cant stay awake car-t day 6 normal?": a red flag not read calm, on
        # a day of one's own course, is a state now, whatever the question asks of it.
        asks_only = signed_off
    worry_only = not BODY_WORDS.search(_NOT_THE_BODY.sub(" ", sign_text)) and bool(
        body_text != text
        or figure_of_speech
        or not_a_sign
        or _CHAT.search(text)
        or _HOUSEHOLD_MISHAP.search(text)
        or (WORRIES.search(text) and not (_CHANGED.search(text) or _SOMEONE_TRIED.search(text)))
        # "gets angry when i stop him" is no worry if he "keeps trying to put his shoes in the
        # fridge": a trouble happening to someone leaves the layer free to call it urgent.
        or (crisis_free and not _TROUBLE.search(_NOT_A_TROUBLE.sub(" ", text)))
    )
    worry_only = worry_only or low_mood  # a mood told with no body, symptom or crisis word
    return Triage(
        ORDINARY,
        (),
        mentions,
        red_flags,
        no_crisis,
        asks_only,
        worry_only,
        # A thanks told with news ("finally home, just wanted to say thanks") closes only the
        # crisis call: the news may still tell of a trouble for the urgent one.
        crisis_free or thanks_without_crisis(text),
        unsaid,
        tells_of_another=not asks_only and _tells_of_another(text),
        under_threshold=(
            red_flags == CALM
            and not not_theirs
            and flag_readings == {_UNDER_THRESHOLD}
            and not temperature_falling(body_text, _temperatures(body_text))
        ),
    )


def _not_theirs(text: str) -> bool:
    """Whether a normalized text's signs are no one's in the writer's care: an outsider's, an
    animal's or a story's."""
    return an_outsiders_illness(text) or about_an_animal(text) or a_sign_in_a_story(text)


def _signs_beside_a_crisis(text: str, sign_text: str) -> tuple[str, ...]:
    """Return the urgent signs a crisis message tells as happening now to the writer or someone
    in their care: they keep their urgent steps, before the crisis line."""
    return () if _not_theirs(text) else signs_happening_now(sign_text)


def _a_sign_in_a_name(names: tuple[str, ...]) -> bool:
    """Tell whether a name of a thing ("Fever", "Blue Lips") holds a sign's or the body's word."""
    return any(
        pattern.search(name)
        for name in map(normalize, names)
        for pattern in (SYMPTOM_WORDS, RED_FLAGS, BODY_WORDS, _SIGNS)
    )


def _temperatures(text: str) -> list[tuple[float, str, int]]:
    """Return the (value, "c" or "f", where) body temperatures a normalized text gives, in
    order."""
    return [(*t, m.start()) for m in _READING.finditer(text) if (t := _temperature(m, text, text))]


def _tells_of_another(text: str) -> bool:
    """Tell whether a normalized text reports on someone besides the writer, asking nothing."""
    return bool(_ANOTHER.search(text)) and not _ASKS.search(text)


_ANOTHER = LazyPattern(
    r"\b(?:he|she|he's|she's|hes|shes|his|her|him|husband|wife|partner|son|daughter|mom|mum"
    r"|mother|dad|father|brother|sister|grandma|grandpa|friend|neighbou?r|esposo|esposa|hijo"
    r"|hija|mam[aá]|pap[aá])\b"
)
_ASKS = LazyPattern(
    r"\?|^(?:\w+ ){0,6}?(?:can|could|should|would|will|is|are|am|do|does|did|what|whats|how"
    r"|why|when|where|who|which)\b (?:i|he|she|they|we|it|you|my|his|her|that|this|there)\b"
)


def _spell_out_readings(text: str) -> str:
    """Name the measure again before each number of a list of readings, so each clause says
    what it measured: "sats 93 sitting up, 95 after deep breaths" -> "..., sats 95 after ...",
    "sats 95, 86 when she walks" -> "..., sats 86 when she walks"."""
    while (spelled := _READING_LIST.sub(_measure_again, text)) != text:
        text = spelled
    return text


# An oximeter shows two numbers, oxygen then pulse: "pulse ox reads 99 and 68" is a pulse of
# 68, not oxygen (sets 16 and 17, seen); "99 then 86", or "86%", is oxygen again.
_OXIMETER_NAME = LazyPattern(rf"^{OXIMETER}$")
_OXYGEN_THEN_PULSE = LazyPattern(r"^\D*\b(?:9[3-9]|100)\b(?! ?%)\D*$")
_AND = LazyPattern(r"^\s*(?:and|y|&)\s*$")
_PERCENT = LazyPattern(r"\d{2,3} ?%")


def _measure_again(reading: re.Match) -> str:
    """The reading with its measure named again before the next number (_READING_LIST)."""
    measure, number, joiner = reading.groups()
    pulse_next = (
        _OXIMETER_NAME.match(measure)
        and _OXYGEN_THEN_PULSE.match(number)
        and _AND.match(joiner)
        and not _PERCENT.match(reading.string, reading.end())
    )
    return f"{measure}{number}{joiner} {'pulse' if pulse_next else measure} "


_TALK_MAKES_NO_SENSE = LazyPattern(
    r"\b((?:he's|she's|he is|she is|they're|i'm) (?:talking|speaking))\b,? (?:but|and)"
    r" (?:it|what (?:he|she|they) says?|(?:his|her|their) words) (?:doesn't|does not|don't"
    r"|isn't|is not) mak(?:e|ing) (?:any )?sense\b(?! (?:to|why|how|that|of)\b)"
)
_HEADACHE_THEN_WORST = LazyPattern(
    r"(\bheadache(?: [\w']+){0,3}?)\s*(?:,|:|;| -+)\s*(?=(?:the |it's |its )?worst (?:ever"
    r"|of (?:my|his|her|their) life|(?:i've|i have|he's|she's)(?: ever)? had)\b)"
)
_NOBODY_THERE = LazyPattern(
    rf"(\b(?:{SAYS_THERE_ARE}|keeps? (?:waving|talking|pointing|calling|smiling) (?:at|to))"
    r" [^.!?;,\n]{1,60}?)\s*(?:[.;!,]+\s*)?(?:\b(?:but|and)\s+)?"
    r"(?:there(?:'s|s| is| was| are| were)\s+(?:nobody|no one|noone|no-one|no \w+)\s+(?:there"
    r"|in the room|here)|there (?:aren't|arent|isn't|isnt|weren't|werent|wasn't|wasnt)"
    # "says there are bugs crawling on the ceiling, there arent" (set 14, seen, lead).
    r"(?: any(?:one|body)?)?(?: there| here| real)?(?=\s*(?:[.!?,;]|$)))"
)
# "nosebleed started before the news came on and the news is over, towel is soaked": the cloth
# soaked in its own clause is the bleeding's (set 14, seen, lead).
_BLEEDING = LazyPattern(r"\b(?:nose ?bleed\w*|bleed\w*|blood(?:y)?)\b")
_SOAKED_CLOTH = LazyPattern(
    r"\b(?:the |a |my |his |her )?(towels?|tissues?|pads?|bandages?|dressings?|gauze|cloths?"
    r"|pillow(?:case)?|shirt)(?: (?:is|are|now|already|got|all|completely)){1,2}"
    r" (?:soaked|drenched|soaking)\b(?! (?:in the wash|from|with (?:sweat|water|rain|tea|coffee)))"
)
# "reading says 384 i think the dot didnt show so 38.4": the reading the writer settles on has a
# clause of its own, free of the doubt before it (set 14, seen, lead).
_SETTLED_READING = LazyPattern(r"\b(?:so|meaning|which is|that's|thats|i\.e\.?) (?=\d\d\.\d\b)")
# A blood count coming back up, with no food, drink or pill between that could be what comes up.
_COUNTS_RECOVER = LazyPattern(
    r"\b((?:counts?|neutrophils?|platelets?|white (?:blood )?(?:cells?|count)|wbc|anc|igg"
    r"|immunoglobulins?|[bt][- ]?cells|ha?emoglobin|blood pressure|bp|levels?)"
    r"(?:,? (?!(?:drink|drinks|drank|eat|eats|ate|sips?|water|food|anything|everything|all"
    r"|tablets|pills|meds|ice|chips|it all)\b)[\w'.]+){0,12}?) (?:come|comes|coming|came)"
    r" (?:straight |right )?back up\b"
)
# Fainting told as a habit with needles or blood draws (present tense), asked about before a
# collection or an infusion: "i pass out at blood draws sometimes", "she faints with needles".
_FAINTS_AT_NEEDLES = LazyPattern(
    r"\b(?:i|he|she|they|we|(?:my|our|his|her) \w+)(?: (?:always|usually|often|sometimes"
    r"|tend to|normally|just"
    r"|literally))? (?:pass out|passes out|faint|faints|black out|blacks out|get woozy"
    r"|gets woozy|get light[- ]?headed|gets light[- ]?headed)(?: [\w']+){0,2}? (?:at|with"
    r"|during|from|for|giving|having|getting|(?:every time|whenever|when) (?:i|he|she|they)"
    r" (?:see|sees|get|gets|have|has|give|gives))(?: [\w']+){0,3}? (?:needles?|blood draws?"
    r"|blood tests?|bloodwork|blood work|the sight of blood|injections?|jabs?|iv'?s|cannulas?"
    r"|tubes? of blood|draws)\b"
)
# A vaccine named for the illness it prevents: "the shingles shot", "vaccines like shingles".
_A_VACCINE = LazyPattern(
    r"\b(?:shingles (?:shot|vaccine|vaccination|jab|vax)s?|shingrix|zostavax"
    r"|(?:vaccines?|shots?|jabs?|vaccinations?)(?: \w+)? (?:like|for|against|such as) shingles)\b"
)
# "i meant sats 98 not 89", "oxygen is 97 not 79": the reading said first is the one meant.
_CORRECTED = LazyPattern(r"(?<![\d.])(\d+(?:\.\d+)?%?),? not \d+(?:\.\d+)?%?")
# "typed heart fine, meant to say its racing", "typed pulse 172, meant 72": a calm word or a
# number typed in error, then the one meant (round 51).
_TYPED_IN_ERROR = LazyPattern(
    r"\b(?:i )?(?:typed|wrote|said|put|entered)(?: that)? (?P<what>(?:[\w']+ ){0,3}?)"
    r"(?:(?:was|is|'s) )?(?:fine|ok|okay|normal|good|alright|\d{2,3}(?:\.\d)?)(?: (?:before"
    r"|earlier))?,? (?:but )?(?:i )?meant(?: to (?:say|type|write|put))?(?: (?:it's|its|it is"
    r"|it was|he's|she's|he was|she was|was|is))? (?!it\b|that\b)"
)
_FALSE_BELIEF = LazyPattern(
    r"(\b(?<!i was )(?<!i'm )(?<!i am )(?:sure|convinced|certain|swears?|swore|insists?"
    r"|insisted) (?:that )?[^.!?,;\n]{3,50}?)[,.;]? (?:but )?(?:it|there|they|we|nobody|no one)"
    r"(?:'s|'re| \w+)? (?:isn't|aren't|wasn't|weren't|is not|are not|was not|doesn't|don't"
    r"|didn't|never|not)\b"
)
# Setting off for a job (an act, not a plan asked about: not "can he go back to work") ...
_OFF_TO_WORK = LazyPattern(
    r"\b(?:trying|tries|tried|keeps|kept|insist\w*|getting (?:ready|dressed)|dressed"
    r"|(?:said|says|thinks) (?:he|she)(?:'s| is| was| has| had)?)\b[^.!?]{0,40}?"
    r" (?:to|for) (?:work|the office|(?:his|her|my) (?:job|shift))\b"
)
# ... that the person left years ago.
_RETIRED = LazyPattern(
    r"\b(?:retired|stopped working|left (?:that|the|his|her) job)\b[^.!?]{0,20}?"
    r"\b(?:ago|in (?:19|20)\d\d)\b"
)
# A measure, its number, and a next number with no measure of its own, or only its time before
# it: "bp this morning 110/70, lunch 96/60, just now 82/48" (round 51).
_READING_LIST = LazyPattern(
    rf"\b((?:o2|oxygen|sats?|spo2|{OXIMETER}|pulse|hr|heart rate|bp|blood pressure|pressure))\b"
    r"([^,.;!?\n\d]{0,20}\d{2,3}(?:/\d{2,3})?%?(?:[^,.;!?\n\d]{0,40}?))"
    r"(\s*(?:,|\band\b|\bthen\b|\bbut\b|\bor\b)(?:\s*\b(?:and|then)\b)?\s*)"
    r"(?=(?:(?:just |right )?now |then |earlier |later |tonight |today |this (?:morning"
    r"|afternoon|evening) |(?:at )?(?:lunch(?:time)?|breakfast|dinner|tea|supper|noon|midday"
    r"|bedtime) |mid[- ]?(?:morning|afternoon|day) |at \d{1,2}(?::\d\d)? ?(?:am|pm)? )?"
    r"\d{2,3}(?![\d.]))"
)


# Spanish, told by its small words: two or more of them.
_SPANISH_WORDS = LazyPattern(
    r"\b(?:el|la|los|las|de|que|en|un|una|mi|mis|se|por|para|es|est[aá]|estoy|tengo|puedo"
    r"|d[oó]nde|qu[eé]|c[oó]mo|cu[aá]ndo|cu[aá]nt[oa]s?|mucho|lo|le|del|al|pero|muy|ya|y|hoy"
    r"|ayer|tiene|hace|quiero|siento|todo)\b"
)
# The crisis side in Spanish beyond the Spanish words of CRISIS_CUES (morir, vida, adiós,
# pastillas, no aguanto...), which is searched too: not waking, going away, an ending, a burden,
# a means, a place to jump from, cutting. Wide on purpose, as CRISIS_CUES is.
_SPANISH_CRISIS_WORDS = LazyPattern(
    r"\b(?:viv\w*|despid\w*|despert\w*|despiert\w*|desaparec\w*|para siempre|acab\w*"
    r"|termin\w*|carga|sin m[ií]|mejor|comprimidos|calmantes|sobredosis|oxicodona|morfina"
    r"|pistola|arma|cuchillo|cuerda|puente|saltar|cort\w*|quitarme|da[ñn]o|estar|estuviera"
    r"|regal\w*|carta|culpa|raz[oó]n|dormir\w*|duerm\w*|ojos|seguir|ganas|hacerme|hacerse"
    r"|solo|sola|triste|cansad[oa]|harto|harta"
    # Hurt meant, what it is done with, a means kept, a going decided or kept secret: "me quemo
    # con el encendedor", "me rasco hasta sangrar", "veneno para ratas", "la azotea".
    r"|quem\w*|rasc\w*|ara[ñn]\w*|pellizc\w*|hasta (?:sangrar|hacerme)|a prop[oó]sito|adrede"
    r"|encendedor|mechero|veneno|cuchillas?|navajas?|azotea|ya no|irme|salida|decid\w*"
    r"|secreto|no (?:se lo |le |les )?(?:voy a|pienso) decir)\b"
)


def _spanish_without_crisis_words(text: str) -> bool:
    """Tell whether a normalized text is Spanish and says nothing from the crisis side. The
    learned layer, which has seen far more Spanish crises than Spanish small talk, gave the
    crisis line to "dónde me estaciono para la cita", "ya quiero abrazar a mis nietos" and
    "el lupus me da dolor en las rodillas como siempre" (fresh sets 12-14)."""
    return (
        len(_SPANISH_WORDS.findall(text)) >= 2
        and not _SPANISH_CRISIS_WORDS.search(text)
        # Its Spanish words, and English in a mixed message ("wanting to die every single day,
        # ya no puedo con esto").
        and not CRISIS_CUES.search(text)
    )


def _threshold_asked(text: str) -> bool:
    """Tell whether a normalized text asks where the line for calling lies, quoting numbers,
    with no one's reading told: "the discharge sheet says call for a temp of 38, does that
    mean 38.0 exactly or above it". "the sheet says call at 38, hes 38.4 now" tells one."""
    asks = "?" in text or _QUESTION_START.match(text) or _ASKS_WHICH_LINE.search(text)
    # "100.4 on the dot, car t last week. counts?": a reading opening the message, beside the
    # writer's day of the course, is a reading told, asked whether it counts.
    # "100.4 or 100.5, which is the cut-off? car t day 5" still asks where the line lies.
    told = (
        _OPENS_WITH_A_READING.match(text)
        and a_course_day_told(text)
        and not _A_LINE_ASKED.search(text)
    )
    return bool(
        asks and _THRESHOLD_NAMED.search(text) and not (_SOMEONES_READING.search(text) or told)
    )


@lru_cache(maxsize=4)  # asked of the text and of its sign text, most often the same
def _baseline(text: str) -> bool:
    """Tell whether a normalized text tells of a sign as the person's lifelong or known usual
    and says nothing of it as new, worse than usual or happening today: "my eyelid twitches
    when i drink too much coffee, always has", "my myositis makes getting up from low chairs
    hard, it hasnt changed". "always had a tremor but today i cant hold a cup" is new."""
    if not _BASELINE.search(text):
        return False  # most texts: the two substitutions below are for the few it fits
    return not _NEWLY.search(_BASELINE.sub(" ", _BUT_USUAL.sub(" ", text)))


def _past_grief(text: str) -> bool:
    """Tell whether a normalized text grieves someone who died, says when, and says nothing else
    from the crisis side: a death dated is told as news or grieved ("my aunt died on tuesday,
    the funeral is friday"); a wish to follow them or any other word of crisis keeps the line
    open, and so does a death told with no when ("since my cat died i don't want to be here")."""
    grieved = _PAST_GRIEF.search(text) or (_KIN_TOLD.search(text) and _THEY_DIED.search(text))
    return bool(
        grieved
        and (_DISTANT_PAST.search(text) or _WHEN_THEY_DIED.search(text))
        and not CRISIS_CUES.search(_without_the_death(text))
        and not _FOLLOW_THE_DEAD.search(text)
    )


def _without_the_death(text: str) -> str:
    """Return a normalized text less the death it tells and the goodbye missed."""
    for told in (_PAST_GRIEF, _THEY_DIED, _MISSED_GOODBYE):
        text = told.sub(" ", text)
    return text


def _own_past_crisis(text: str) -> bool:
    """Tell whether a normalized text tells of the writer's crisis as long past and over,
    with nothing of it now: "i used to self harm as a teen, havent in decades"."""
    return bool(
        (_DISTANT_PAST.search(text) or _YEARS_OF_LIFE.search(text))
        and _OVER_NOW.search(text)
        and not _STILL_NOW.search(_USED_TO_WANT.sub(" ", text))
    )


def _crisis_free(text: str) -> bool:
    """Tell whether a normalized text only says thanks or ok, or voices a strong feeling about
    caring, money, work or the system, greets or asks how to reply, and says nothing from the
    crisis side: the learned layer's crisis scores for feelings overlap those of real crises
    (round 6: crisis as low as 0.57, sadness up to 0.84), so words decide."""
    if _ACKNOWLEDGED.match(text):
        return True
    said = (
        (FEELINGS.search(text) and FEELING_ABOUT.search(text))
        or _greets(text)
        or FEELING_IN_THE_BODY.search(text)  # "i'm trembling with fear about the results"
        or _good_news_or_a_task(text)
        or _good_day(text)  # "she told me the whole plot of the movie, every detail"
        or _asked_ahead(text)  # "si mi esposo se confunde en casa, ¿a quién llamo?"
    )
    return bool((said or _asks_how_to_reply(text)) and not CRISIS_CUES.search(text))


# Asked of the same text by two gates of a message (_crisis_free, then _asks_only or the red
# flags' calm): each pattern reads it once. Pure functions of the text, so a cache of the last
# few texts answers exactly as the search did.
@lru_cache(maxsize=4)
def _greets(text: str) -> bool:
    return bool(_GREETING.match(text))


@lru_cache(maxsize=4)
def _asks_how_to_reply(text: str) -> bool:
    return bool(_HOW_TO_REPLY.search(text))


@lru_cache(maxsize=4)
def _good_news_or_a_task(text: str) -> bool:
    return bool(_GOOD_NEWS_OR_A_TASK.search(text))


def _team_not_reached(text: str) -> tuple[str, ...]:
    """Return the sign when someone is unwell now and the team cannot be reached."""
    if UNREACHED.search(text) and UNWELL.search(text) and not _HYPOTHETICAL.search(text):
        return (TEAM_NOT_REACHED,)
    return ()


def plain_question(message: str, decision: Triage) -> bool:
    """Whether the learned layer alone called crisis a message the rules read as a plain
    question with no word from the crisis side ("do you need chemo for it", "would it be
    cheaper"): the answer then comes first and the crisis line below it. Its crisis
    probabilities overlap those of the crisis questions the rules miss ("which of my meds is
    most dangerous if you take loads at once": 0.63 against 0.56 to 0.80), so words decide."""
    plain = _MEDICINE_PLAN.sub(" ", normalize(message))
    return decision.learned_only and decision.asks_only and not CRISIS_CUES.search(plain)


# Whether to stop, keep or still need a medicine is a question about care, whatever "meds" and
# "stop my" say on the crisis side ("do i have to stop my meds before", "can i keep taking my
# meds meanwhile"); "which of my meds is most dangerous" keeps its words.
_MEDICINE_PLAN = LazyPattern(
    r"\b(?:stop|stopping|keep|keeping|keep taking|still (?:need|take|be on)|need|get off"
    r"|getting off|come off|coming off|stay on|staying on|taper|tapering|restart|continue)"
    r"(?: (?:all|any|taking|my|his|her|the|these|those|current|of|some|\w+ type)){0,3}"
    r" (?:\w+ ){0,2}(?:meds|medications?|medicines?|drugs|tablets)\b"
)


def with_learned(decision: Triage, urgent: bool, crisis: bool, sure: bool = False) -> Triage:
    """Join the rules' decision and the learned layer's: crisis first, then urgent.

    The layer may not call urgent a message whose red flags the rules read as asked about,
    denied or over ("what does black stool mean?", "no fever today"), nor a question that
    reports nothing happening now unless it is `sure` and a part told beside the question is
    open to it (Triage.told_beside), nor a worry that names no body word unless it is `sure`
    (its urgent score clears its higher threshold for a worry) and the worry is not the
    writer's own strong feeling about caring, money or the system ("i can't breathe with all
    these bills piling up": crisis-free); nor call crisis a
    figure of speech, a denial, dying asked about as a risk of the treatment, a strong
    feeling about caring, money or the system that says nothing from the crisis side, or any
    message with no word of crisis at all (crisis_words.py), which gets help now instead only
    when it reports on someone else. It never overrules the rules on words quoted to the bot
    ("do you flag the word suicide").
    """
    if decision.kind in (CRISIS, OUT_OF_SCOPE) or (decision.kind == URGENT and not crisis):
        return decision
    if crisis and not decision.closed_to_crisis:
        return learned_crisis(decision)
    if (
        crisis
        and not (decision.no_crisis or decision.crisis_free)
        and decision.kind == ORDINARY
        and decision.red_flags != CALM
        and decision.tells_of_another
    ):
        # A crisis call with no word of crisis on a carer's report still says the layer saw
        # trouble ("my wife tried to unlock the car with her toothbrush"): help now, no crisis
        # line. The writer's own questions and small talk get their answer.
        return Triage(URGENT, (LEARNED,), True, decision.red_flags or NOW)
    if (
        urgent
        and decision.kind == ORDINARY
        and (
            decision.open_to_urgent
            or (sure and decision.only_a_worry and not decision.crisis_free)
            or (sure and decision.calm_by_a_reading)
            or (sure and decision.told_beside)
        )
    ):
        return Triage(URGENT, (LEARNED,), True, decision.red_flags or NOW)
    return decision


def learned_crisis(rules: Triage) -> Triage:
    """Return the learned layer's crisis call on a message the rules did not call crisis.

    Whether the rules read a plain question is kept: its answer then comes first. An urgent
    sign the rules read keeps its urgent steps, first, with the crisis line after them
    (Triage.sign_first): until round 37 the crisis line replaced them, and set 32 gave 11
    urgent signs 988 alone; keeping the urgent reply alone instead (triage37) took the crisis
    line from a crisis message the rules read as a sign (eval/HISTORY.md).
    """
    if rules.kind == URGENT:
        return Triage(CRISIS, (LEARNED, *rules.signs), True, rules.red_flags, sign_first=True)
    return Triage(CRISIS, (LEARNED,), True, rules.red_flags, asks_only=rules.asks_only)


def _asks_only(text: str, mentions: bool) -> bool:
    """Tell whether a normalized text only asks: a question, or a follow-up fragment ("and
    lupus?"), that does not name a symptom or a trouble as someone's state now ("is it normal
    he can't lift his arm?" names one; "who pays while I'm in the trial?" does not)."""
    words = _WORD.findall(text)
    if _ABOUT_THE_REPLY.search(text) or _greets(text):
        return True  # "explain like im 10 pls", "in spanish please", "hi its me again"
    if _asks_how_to_reply(text) and not BODY_WORDS.search(_HOW_TO_REPLY.sub(" ", text)):
        return True  # "use simpler words please, my dad is reading this"
    if _asked_ahead(text):
        return True  # "what should i do if dad has a seizure at home, i want to be prepared"
    asks = (
        _QUESTION_START.match(text)
        or _ASKED_FOR_SOMEONE.search(text)
        or _BEST_WAY.match(text)
        or _WHICH_READING.search(text)
        or text.rstrip().endswith("?")
        or (_FOLLOW_UP.match(text) and len(words) <= 5)
        or any(_asked_later(clause) for clause in _clauses(text)[1:])
    )
    if not asks:
        return False
    if _REQUEST.match(text):
        return True  # "can you make a checklist I can print: fever, confusion, ..."
    says_state = mentions or _TROUBLE.search(_KEEP_ASKED.sub(" ", text))
    return not (says_state and (_PERSON_NOW.search(" ".join(words) + " ") or _NOW.search(text)))


def asks_something(message: str) -> bool:
    """Tell whether a message asks anything: a question mark, or a clause that opens as a
    question ("my hair is coming out, is this from the car t"), whatever else it tells."""
    text = normalize(message)
    return "?" in text or any(_QUESTION_START.match(clause) for clause in _clauses(text))


def _asked_later(clause: str) -> bool:
    """Tell whether a clause after the first asks about care rather than for help or a
    judgement on what the message told."""
    return bool(_ASKED_LATER.match(clause) and not _ASKED_OF_WHAT_WAS_TOLD.match(clause))


@lru_cache(maxsize=4)  # asked by two gates of the same text (_crisis_free, _asks_only)
def _asked_ahead(text: str) -> bool:
    """Tell whether a normalized text asks what to do should something happen, and names no
    reading and no now: "what do i do if his temp hits 38.5", "what should i do if he's still
    this confused tonight" may be happening."""
    return bool(
        _ASKED_AHEAD.search(text)
        and not (_NOW.search(text) or _NOW_IN_SPANISH.search(text) or _DIGIT.search(text))
    )


def _strongest(readings: set[str]) -> str:
    """Return NOW, UNCLEAR, CALM or "" (none named) for a text's red flag readings."""
    for reading in (NOW, UNCLEAR):
        if reading in readings:
            return reading
    return CALM if readings else ""


_UNDER_THRESHOLD = "under the threshold"  # a calm reading of a temperature


def _red_flag_readings(text: str) -> set[str]:
    """Return the readings (NOW, UNCLEAR, CALM, _UNDER_THRESHOLD) of a normalized text's red
    flags."""
    if not RED_FLAGS.search(text) and not _DIGIT.search(text):
        return set()
    clauses = _clauses(text)
    readings = set()
    read_any = any(_temperature(m, text, text) for m in _READING.finditer(text))
    for number, clause in enumerate(clauses):
        following = "\n".join(clauses[number + 1 :])
        temperatures = [m for m in _READING.finditer(clause) if _temperature(m, clause, text)]
        for match in temperatures:
            # A temperature under the threshold is calm, whatever the layer makes of "99 F".
            if _is_fever_reading(match, clause, text):
                readings.add(
                    _reading(clause, match.start(), match.end(), following, True, dated_in=text)
                )
            else:
                readings.add(_UNDER_THRESHOLD)
        if NORMAL_READING.search(clause):
            readings.add(CALM)
            continue  # "O2 was 97 this morning", "pulse 92 after the stairs"
        for match in RED_FLAGS.finditer(clause):
            reading = _reading(clause, match.start(), match.end(), following, False, dated_in=text)
            if read_any and _TEMPERATURE_WORDS.fullmatch(match.group()):
                # "temp 37.2 tonight", "checked his temp, 36.8": the reading says it, unless
                # the words say it too ("no fever, 36.9").
                if reading == CALM:
                    readings.add(CALM)
                continue
            readings.add(reading)
    return readings


def signs_happening_now(text: str) -> tuple[str, ...]:
    """Return the names of urgent signs a normalized text describes as happening now."""
    # Clause by clause only for the signs the whole text has: most messages have none.
    matching = _SIGNS.matching(text)
    present = [(name, pattern) for name, pattern in SIGNS if pattern in matching]
    if not present and not _DIGIT.search(text):
        return ()
    clauses = _clauses(text)
    # "the fever ... i typed the wrong number, it was 37.3": the reading says what the word meant.
    readings = [m for m in _READING.finditer(text) if _temperature(m, text, text)]
    answered = bool(readings) and not any(_is_fever_reading(m, text, text) for m in readings)
    found: list[str] = []
    for number, clause in enumerate(clauses):
        following = "\n".join(clauses[number + 1 :])
        for name, start, end, is_reading in _signs(clause, text, present):
            if answered and name == "fever":
                continue
            lasting = name not in _EVENTS
            if name not in found and _happening_now(
                clause, start, end, following, is_reading, lasting, text
            ):
                found.append(name)
    return tuple(found)


_READING = LazyPattern(
    r"(?<![\w.])(\d{2,3}(?:\.\d{1,2})?)(?![\d.]\d)\s*(°|degrees?|deg)?\s*"
    r"(c|f|celsius|fahrenheit|centigrade)?(?![a-z])"
)
_NOT_A_READING_AFTER = LazyPattern(
    r"\s*(?:years?|yrs?|yo|y/o|(?:days?|weeks?)(?!\s*\d)|hours?|hrs?|minutes?|mins?|months?|mg|ml|kg|lbs?"
    r"|pounds|%|percent|bpm|beats|breaths|mmhg|/|x\b|times|people|patients)"
)
_NOT_A_READING_BEFORE = LazyPattern(
    r"(?:day|grade|age|aged|room|bed|ward|page|number|#|\$)\s*$"
    # A threshold quoted, not a reading: "the sheet says call at 100.4", "cut-off is 38".
    r"|\b(?:call\w*|ring|phone|contact|go in)(?: \w+){0,3} (?:at|if|over|above)\s*$"
    r"|\b(?:threshold|cut-?off|limit)(?: is| of)?\s*$|\brule(?: \w+){0,2}\s*$"
)
_UNDER = LazyPattern(
    r"\b(?:under|below|beneath|less than|lower than|short of|not (?:yet )?(?:over|above|at)"
    r"|(?:hasn't|hasnt|hasn't yet|hasnt yet|never) (?:hit|reached|got to|gone over))(?: the)?\s*$"
)
_AIMED_UNDER = LazyPattern(
    r"\b(?:keep\w*|kept|get\w*|got|bring\w*|brought|stay\w*|try\w*|tried|go(?:es)?|went"
    r"|gone|come|came)\b(?: \w+){0,2} (?:under|below)\b"
)
_FEVER_MEDICINE = LazyPattern(
    r"\b(?:paracetamol|tylenol|acetaminophen|ibuprofen|calpol|panadol|nurofen|advil|motrin"
    r"|tablets?|pills?|meds|medicine"
    # review48: aspirin and its kin, a fever reducer named as such, the Spanish spelling, and
    # the steroids given for CRS, which hide a fever as well.
    r"|aspirin|excedrin|fever reducers?|antipyretics?|acetaminof[eé]n|paracetamol|dexamethasone"
    r"|dex|prednisone|prednisolone|steroids?)\b"
)
_TEMPERATURE_WORDS = LazyPattern(
    r"\b(?:temp|temps|temperature|fever\w*|febrile|thermometer|degrees|burning up|reading"
    # "took it at the soccer game in the car, 101 flat" (set 15, seen).
    r"|took (?:it|his|hers|mine)|\d{1,3}(?:\.\d{1,2})? flat"
    # A fever medicine only lowers a temperature: "tylenol took it down but its back up to 101".
    r"|tylenol|paracetamol|acetaminophen"
    # "gorączka 39", "39 stopni": fever and degrees in other languages (other_tongues.py).
    rf"|{FEVER_WORDS})\b"
)


def _signs(
    clause: str, text: str, signs: list[tuple[str, LazyPattern]]
) -> list[tuple[str, int, int, bool]]:
    """Return (name, start, end, is_reading) for each of the signs in a clause."""
    found = [(name, m.start(), m.end(), False) for name, p in signs for m in p.finditer(clause)]
    for match in _READING.finditer(clause):
        if _is_fever_reading(match, clause, text):
            found.append(("fever", match.start(), match.end(), True))
    return found


def _is_fever_reading(match: re.Match[str], clause: str, text: str) -> bool:
    temperature = _temperature(match, clause, text)
    if temperature is None:
        return False
    value, scale = temperature
    return value >= (FEVER_CELSIUS if scale == "c" else FEVER_FAHRENHEIT)


# Any body temperature, a unit given, lies in these ranges (a typed "104.5 f" or "41 c" is one).
_BODY_RANGE = {"c": (30.0, 46.0), "f": (86.0, 115.0)}


def _temperature(match: re.Match[str], clause: str, text: str) -> tuple[float, str] | None:
    """Return (value, "c" or "f") when a number reads as a body temperature, else None."""
    number, symbol, unit = match.groups()
    if _NOT_A_READING_AFTER.match(clause, match.end(1)) or _NOT_A_READING_BEFORE.search(
        clause[: match.start()]
    ):
        return None
    value = float(number)
    scale = unit[0] if unit else "c" if 34 <= value <= 43.5 else "f" if 93 <= value <= 110 else ""
    if not scale or not _BODY_RANGE[scale][0] <= value <= _BODY_RANGE[scale][1]:
        return None  # "350 f in celsius", "45 f outside": an oven's or the weather's
    # "sitting at 36.9", "98.9 after a shower": a decimal in the body's range is a reading.
    plausible_alone = "." in number and (35 <= value <= 43 or 95 <= value <= 108)
    # A line a reading is told under, a fever medicine named beside, is a temperature too
    # (review48: "37.9 - just under 38 but only cos i took aspirin", "100.1, under 100.4 but i
    # took excedrin"): the medicine may hide the fever, so the line reads as the reading below.
    hidden = bool(_UNDER.search(clause[: match.start()]) and _FEVER_MEDICINE.search(text))
    if not (symbol or unit or _TEMPERATURE_WORDS.search(text) or plausible_alone or hidden):
        return None
    # "37.8, which is under 38", "100.1 f, under 100.4 right?": the line, told as what a
    # reading given beside it is under. Only the line or below ("just under 39" is a fever),
    # never an aim ("paracetamol to keep it under 38") nor with a fever medicine, which hides
    # a fever ("37.9, only under 38 because of the calpol").
    line = FEVER_CELSIUS if scale == "c" else FEVER_FAHRENHEIT
    before = clause[: match.start()]
    if (
        value <= line
        and _UNDER.search(before)
        and not (_AIMED_UNDER.search(before) or _FEVER_MEDICINE.search(text))
        and any(_under_the_line(other) for other in _READING.finditer(text))
    ):
        return None
    return value, scale


def _under_the_line(match: re.Match[str]) -> bool:
    """Whether a number is a temperature reading under the line, itself no line quoted."""
    number, _, unit = match.groups()
    value = float(number)
    if "." not in number or _UNDER.search(match.string[: match.start()]):
        return False
    if (unit and unit[0] == "f") or 93 <= value <= 110:
        return 95 <= value < FEVER_FAHRENHEIT
    return 35 <= value < FEVER_CELSIUS


# --- Is it happening now? -----------------------------------------------------------------

# "pero" and "aunque" as "but": "no quiero molestar pero tengo 101 de fiebre" denies no sign.
# A dash between spaces joins two thoughts as a comma does: "quick question about my appointment
# - also i have a bad headache and stiff neck" tells a sign after the question (round 25).
_CLAUSE_BREAK = LazyPattern(
    r"[!?;:\n,]+|\.(?!\d)|\s[-\u2013\u2014]+\s|\b(?:but|though|although|however|except|pero|aunque)\b"
    # "the sheet says call if over 38 and mine is 38.2 now": one's own reading after a rule
    # quoted is told, not part of the rule's "if".
    r"|\band(?= (?:mine|his|hers|theirs) (?:is|was|'s|has been|just)\b)"
)
_NEGATORS = (
    frozenset({"no", "not", "never", "without", "none", "nor", "denies", "free", "sin", "zero"})
    | NEGATIONS
)
_AFFIRMING_NOT = frozenset({"can't", "couldn't", "won't"})  # part of signs: "can't breathe"
# "his words have gone funny", "handwriting gone all squiggly": gone into a state, not away.
_GONE_TO_A_STATE = (
    r" (?:wrong|funny|weird|strange|wonky|all|really|very|so|a bit|kind of|quite|bright|red"
    r"|black|blue|grey|gray|pale|white|yellow|dark|double|blurry|numb|floppy|limp|loopy"
    r"|squiggly|wobbly|to pieces|mushy|garbled|muddled|bad|worse"
    # "my legs have gone from under me", "gone to jelly": a collapse, not a sign gone (round 51).
    r"|(?:out )?from under|to jelly)\b"
)
_RESOLVED = LazyPattern(
    # "i went down" is a fall, not a fever that went down; "words gone wrong" a change.
    rf"\b(?:went away|gone(?! on|{_GONE_TO_A_STATE})|go(?:es)? away"
    r"|(?<!\bi )(?<!\bhe )(?<!\bshe )(?<!\bjust )went down"
    r"|came down|come down|broke|resolved"
    r"|better now|is better|got better|back to normal|normal now|(?:is|'s|are|'re) fine"
    r"|fine now|ok now|okay now|stopped|disappeared|settled|cleared up|no longer|anymore"
    r"|is over|(?:was|were|is) over|over now|passed|turned out|handled|cleared|treated it"
    r"|sorted|fixed|(?:all )?good now|been (?:normal|fine|ok|okay|good|well)|healed"
    r"|been (?:eating|drinking)(?: and (?:eating|drinking))?(?= (?:fine|ok|okay|normally|well)\b)"
    r"|(?:was|were|got|been) (?:checked|looked at)(?: out)?(?: \w+){0,3} and (?:it|that)"
    r" (?:was|is|'s)"
    r"|been (?:him|her|my|them)sel(?:f|ves)|(?:him|her|my)self again"
    r"|(?:was|were) (?:fine|ok|okay|normal) (?:after|afterwards|again|since)|none since"
    r"|normal (?:since|for|again)|nothing (?:like (?:that|it|this) )?since"
    r"|(?:still|now) (?:writing|talking|speaking|walking|eating|breathing) (?:fine|normally|ok"
    r"|okay|well)"
    r"|(?:fine|ok|okay) since|same as (?:before|always|usual)|fine at rest|team knows"
    # The person's own specialist knows of it: a baseline, not news ("my neuro knows").
    r"|(?:doctor|dr|gp|team|nurse|neuro\w*|cardiologist|oncologist|rheumatologist|specialist"
    r"|consultant|ha?ematologist)s? (?:knows?|is aware|are aware|knows about (?:it|this|that))"
    r"|(?:fully |completely )?recovered(?: now)?"
    r"|(?:fully|completely) back(?: to normal)?(?: now)?"
    r"|(?:was|were) (?:just |only )?(?:from|due to|because of)|fading|faded|healing"
    r"|(?:was|were|is|are|it's) (?:just )?(?:from|due to|because of) (?:the |my |his |her )?"
    r"(?:iron|beet\w*|pepto|bismuth|meds|medication|tablets)|ya (?:estoy|est[aá]|estamos) bien"
    r"|(?:it's|it is|that's|that is) (?:just )?the (?:iron|beet\w*|pepto|bismuth)"
    r"|se (?:me |le )?(?:fue|quit[oó]|pas[oó])|ya pas[oó]"
    # "... me dieron antibióticos y desde entonces nada": none since, in Spanish.
    r"|desde entonces (?:nada|bien|normal)(?=\s*(?:[.,;!]|$))"
    r"|back to (?:my|his|her) (?:normal|usual|old self)|back to (?:my|him|her)self)\b"
)
# "won't come down", "hasn't gone away": not resolved at all.
_NOT_RESOLVED = LazyPattern(r"(?:n't|not|never)(?: \w+)?\s*$")
# A clause that opens by denying: "no blood in my stool", "there's no swelling".
_DENIAL = LazyPattern(r"^\s*(?:no|not|never|without|sin|there's no|there is no|nothing)\b")
_NEW_SUBJECT = LazyPattern(
    r"\band (?:now )?(?:i|i've|ive|i'm|im|he|he's|hes|she|she's|shes|they|they've|we|we've)"
    r" (?:\w+ )?(?:got|have|has|had|am|is|are|feel|feels|can't|cant|keep|keeps)\b"
)
_REFERS_BACK = LazyPattern(
    r"^\s*(?:(?:and|but|now|so)\s+)*(?:it|it's|that|that's|which|this|they|they're|the \w+"
    r"|he|he's|she|she's)\b"
)
# Asked about, imagined or read about, not happening: "what are the signs of ...", "if I get".
_HYPOTHETICAL = LazyPattern(
    # "see if it settles by morning", "see whether it goes overnight": a sign told, waited out,
    # now; but "see if i get a fever", "see whether she gets a fever" are what-ifs.
    r"\b(?:(?<!as )(?<!see )if|in case|what if|(?<!see )whether"
    r"|see (?:if|whether)\b(?!(?: [\w']+){1,6}? (?:settles?|settling|goes|go away|goes away"
    r"|pass(?:es)?|eases?|eases off|calms?|improves?|gets? better|clears?|stops?|wears? off"
    r"|dies? down)\b)"
    r"|suppose|supposing|signs? of"
    r"|symptoms? of|warning signs|(?:signs|symptoms) in (?:adults|children|kids|people|patients"
    r"|general)"
    r"|watch (?:\w+ )?(?:out )?for|keep an eye (?:\w+ )?(?:out )?for|look(?:ing)? (?:out )?for"
    r"|risks? of|chances? of|likelihood"
    # A cause said of a sign in general: "black stools can come from iron tablets".
    r"|(?:can|may|might) (?:come|be) from|can be caused by"
    r"|questions? about|wondering|curious|read (?:about|that)|heard (?:about|that)"
    # "heard fainting happens during apheresis, why?": a sign heard of, not told.
    r"|heard (?:\w+ ){1,4}(?:happens?|can happen|is common|are common|is normal|is a thing)"
    r"|learn about|tell me about|info(?:rmation)? (?:on|about)"
    r"|how (?:do|will|would|can|could) (?:i|you|we) (?:know|tell)"
    r"|(?:worried|afraid|scared|nervous) (?:about|of) (?:getting|having|developing)"
    r"|when (?:i|you|he|she|they|we|people|patients|someone) (?:get|gets|have|has|develop)"
    r"|(?:y|pero|qu[eé] pasa) si (?:me|le|te|nos) (?:da|dan|vuelve|sube|viene|pasa)"
    # "say my temp hits 38 at 2am", "¿qué hago si le da fiebre en casa?"
    r"|^\s*(?:(?:so|ok|okay|and|but) )?(?:let'?s )?say (?=(?:my|his|her|he|she|i|the|we|our)\b)"
    r"|(?:qu[eé] (?:hago|hacemos|debo hacer)|a qui[eé]n (?:llamo|llamamos)) si)\b"
)
# A condition before a question of what to do: "si no puedo respirar bien, ¿a quién llamo?".
# Not with a reading or a now ("si tengo fiebre de 39 ahora" may be "sí", yes).
_IF_CLAUSE = LazyPattern(r"^\s*[¿¡]?\s*(?:(?:y|pero) )?si (?!,)(?!.*\b(?:ahora|ya|hoy)\b)")
# A question of what to do should something happen, asked ahead: "what should i do if dad has a
# seizure at home, i want to be prepared", "if i notice tiny red spots later on, what does it
# mean", "si mi esposo se confunde en casa, ¿a quién llamo?". What it names is a condition, not
# a state now; see _asked_ahead for what keeps it open.
_ASKED_AHEAD = LazyPattern(
    r"\b(?:what (?:do|should|would|can) (?:i|we) do|who (?:do|should|would) (?:i|we) call"
    r"|how (?:do|should|would) (?:i|we) (?:handle|deal with|react|respond)) (?:if|when|in case)\b"
    r"|^\s*[¿¡]?\s*(?:(?:and|but|so|y|pero) )?(?:if|in case|si) (?!,)[^,;?!\n]{1,80}[,;]\s*¿?"
    r"(?:what (?:does|would|do|should|could) (?:it|that|this|i|we) (?:mean|do)|who (?:do|should)"
    r" (?:i|we) call|a qui[eé]n (?:llamo|llamamos|debo llamar)|qu[eé] (?:hago|hacemos|debo hacer"
    r"|significa))\b"
)
# "ahora", "ya", "hoy" (and "si" may be "sí", yes): "si tengo fiebre ahora, ¿a quién llamo?".
_NOW_IN_SPANISH = LazyPattern(r"\b(?:ahora|ya|hoy)\b")
_WHAT_TO_DO = LazyPattern(
    r"\b(?:a qui[eé]n (?:llamo|llamamos|debo llamar)|qu[eé] (?:hago|hacemos|debo hacer)"
    r"|who (?:do|should) (?:i|we) call|what (?:do|should) (?:i|we) do)\b"
)
# About an animal, or a word quoted in an instruction: "my dog has a fever", "the word fever".
# Another patient's story is no one in the writer's care: "the lady in the bed next to my mom",
# "another patient", "someone in my group" (a friend's husband may be, so he is not here).
_NOT_ABOUT_A_PERSON = LazyPattern(
    r"\b(?:(?:dog|cat|pet|puppy|kitten|horse|bird|rabbit|hamster)s?|the word|repeat"
    r"|classify this|pretend|role-?play|poem|story|song|essay|limerick"
    r"|another patient|other patients"
    r"|the (?:lady|man|woman|guy|patient|person|girl|boy|kid) (?:in the (?:next )?bed|next to"
    r"|across from|opposite)|someone (?:in|from) (?:my|our|the|his|her) (?:support )?(?:group"
    r"|forum|ward))\b"
)
# An animal a person did something to, not the one with the sign: "he fed the dog and then
# called the dog by my name", "mum let the cat out, now she can't find her words". Not after a
# word that leaves the animal the subject ("i think our dog", "and the cat"), nor when "it"
# later stands for it ("i fed the dog and it threw up blood").
_ANIMAL_AS_OBJECT = LazyPattern(
    r"\b(?!(?:and|or|but|so|then|that|because|when|while|if|say|says|said|think|thinks"
    r"|thought|noticed|worried|scared|afraid|sure|guess|reckon|like|now|today|also|plus|oh|well"
    r"|yes|ok|okay|is|was|has|had|of|y|que)\b)[a-z']+ (?:the|our|my|his|her|their|a|an)"
    r" (?:\w+ )?(?:dog|cat|pet|puppy|kitten|horse|bird|rabbit|hamster)s?\b"
    r"(?!.*\b(?:it|it's|its|they|they're)\b)"
)
# Someone outside the writer's care, told of: a friend's mother, a coworker's husband, the lady
# in the next bay, someone on a forum, a podcast guest. Not when the clause says now ("my
# neighbour's wife went down in the hallway just now").
_SOMEONE_ELSES_STORY = LazyPattern(
    r"\b(?:(?:my|a|an|his|her|our) (?:\w+ )?(?:friend|friends|coworker|coworkers|co-worker"
    r"|colleague|colleagues|neighbou?r|neighbou?rs|cousin|cousins|aunt|aunts|uncle|uncles|boss"
    r"|classmate|wife|wifes|husband|husbands)(?:'s|s)? (?:\w+ )?(?:mom|mum|mother|dad|father"
    r"|husband|wife|cousin|son|daughter|brother|sister|friend|coworker|co-worker|colleague"
    r"|partner|boyfriend|girlfriend|aunt|uncle|grandma|grandpa|kid|child|neighbou?r)"
    r"|(?:a|the|one|some) (?:\w+ )?(?:lady|man|woman|guy|patient|person|girl|boy|mom|mum|dad"
    r"|moms|mums|dads|people) (?:in|at|from|on|of) (?:the|my|our|a|his|her) (?:\w+ )?(?:bay"
    r"|bed|room|ward|clinic|group|forum|chat|page|thread|unit)"
    r"|(?:someone|somebody|people) (?:in|from|on) (?:my|our|the|his|her|a) (?:\w+ )?(?:group"
    r"|forum|ward|chat|page|thread)"
    r"|(?:nurse|doctor|doc|guy|man|woman|lady|girl|someone|person|influencer|creator)"
    r" (?:on|from) (?:tiktok|youtube|reddit|instagram|insta|facebook|tv|the news|a podcast)"
    r"|(?:read|saw|heard|watched) (?:on|in) (?:a |the )?(?:forum|reddit|facebook|group|blog"
    r"|podcast|video|vlog|youtube|tiktok)|(?:youtube|podcast|forum|reddit|tiktok|vlog)"
    r" (?:\w+ )?(?:guy|guest|man|woman|lady|girl|user|poster|video|vlog|story|where))\b"
)
# An in-law who had the treatment is the family's patient, not someone else's story: "my
# husband's mom had car t and passed out" (a friend's mom after her cells stays a story).
_IN_LAW_TREATED = LazyPattern(
    r"\b(?:my|our) (?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?)(?:'s|s) (?:mom|mum"
    r"|mother|dad|father|parents?|step\w+)\b.*\b(?:car[- ]?t|cart|infusion|cells|day \d+)\b"
)
# "is it icans if he cant find his words right now": a condition that is happening.
_HERE_AND_NOW = LazyPattern(r"\b(?:right now|at the moment|currently|just now|as we speak)\b")
_DISTANT_PAST = LazyPattern(
    r"\b(?:last (?:week|month|year)|(?:weeks?|fortnights?|months?|years?) ago"
    r"|before (?:my |the |i had )?(?:car-?t|cart|infusion|treatment)"
    r"|during (?:my|his|her|the) (?:hospital )?stay|during (?:my|his|her|the) (?:crs|icans"
    r"|neurotox\w*|admission)|as a (?:kid|child|toddler|baby|teen\w*)"
    r"|when (?:i|he|she) was (?:\d{1,2}|young|little|small|a (?:kid|child|teen\w*|baby|toddler))"
    # An age in the teens: "i fainted giving blood at 18", "tried to take my life at 19".
    r"|(?:at|aged) (?:age )?1\d(?! ?(?:°|degrees|%|days?|weeks?|hours?|hrs?|mins?|minutes?"
    r"|months?|pm|am|o'clock|:|\.\d))"
    rf"|last (?:{WEEKDAY}|weekend)"
    r"|in the past|used to|back then|for (?:years|months)|in (?:19|20)\d\d|long (?:before|ago)"
    r"|ages ago|on the ward|in (?:the )?(?:hospital|icu)|(?:weeks?|fortnights?|months?|years?) back"
    r"|la semana pasada|el (?:mes|año) pasado|hace (?:\w+ )?(?:semanas|meses|años)"
    r"|hace (?:un|una) (?:semana|mes|año)"
    # "bp was low then": at that time, not now ("and then", "ok then" say nothing of time).
    r"|(?<!\band )(?<!\bok )(?<!\bokay )(?<!\bso )then(?=\s*$)"
    r"|(?:last|back in the|in the|in) (?:summer|winter|spring|autumn|fall|christmas|easter)"
    r"|(?:weeks?|months?|years?) later|(?:months|years|decades) before (?:all )?(?:this|that"
    r"|car-?t|cart|my \w+|his \w+|her \w+)"
    r"|the first (?:week|month|few days|days)|back on day \d+"
    r"|while (?:(?:i|he|she) (?:was|were) )?(?:still )?(?:an inpatient|inpatient"
    r"|in (?:the )?hospital|admitted)"
    rf"|(?:back )?in {MONTH})\b"
)
# Long-standing, not new: "a tremor from my lithium for years", unless it says it changed.
_LONG_STANDING = LazyPattern(
    r"\b(?:for (?:years|months|ages|decades|(?:\w+ ){1,2}(?:years|decades))"
    r"|always (?:been|had|have|has)"
    r"|(?:had|have had|has had) (?:it|this|that|them) (?:for )?(?:\d+|many|several|a few) years"
    r"|since (?:i was|childhood|birth)|all (?:my|his|her) life|like that for"
    # "messy since my MS diagnosis in 2015", "since 2019".
    r"|since (?:(?:my|his|her|their|the) )?(?:[\w']+ )?diagnosis|since (?:in )?(?:19|20)\d\d"
    # Someone's own usual: "bp 92/60 which is her normal".
    r"|(?:is|'s) (?:her|his|my|their) (?:normal|usual|baseline))\b"
)
# The person's usual, said of the sign's own clause: "like always", "like most mornings", "my
# usual lupus rash". A reading is never usual ("39.2 like always" is a fever), nor a fever.
_AS_ALWAYS = LazyPattern(
    r"\b(?:like|as|same as) (?:always|usual|ever)\b|\blike (?:it|they|he|she|i) (?:always"
    r"|usually) (?:does|do|is|are|has|have|get|gets)\b|\blike (?:most|every|all) (?:mornings?"
    r"|days?|nights?|evenings?|afternoons?)\b|\bnothing new\b|\b(?:my|his|her|their) usual\b"
    r"|\b(?:de|como) siempre\b|\balways been like (?:that|this)\b"
    r"|\bsame (?:level|amount) as (?:before|always|usual|ever)\b"
    # A habit of the person's: "i always get double vision when i'm exhausted".
    r"|\b(?:i|he|she|they) (?:always|usually)\b"
)
_ONLY_AS_ALWAYS = LazyPattern(
    r"^\s*(?:(?:and|just|it's|its) )?(?:like always|as always|as usual|same as always"
    r"|nothing new|like every (?:day|morning|night))\s*$"
)
# Said with the usual, these say this time is not: "like always but worse", "new".
_NOT_AS_USUAL = LazyPattern(
    r"\b(?:(?<!nothing )new|newly|sudden\w*|worse|worst|different|more than|than usual|unlike"
    r"|not like|changed|started|but|fever\w*|fiebre|temp\w*)\b"
)
_TEMPERATURE_SIGNS = ("fever", "rising temperature")
# The line for calling, named: a cutoff, a rule, what a leaflet says to call at, "on the dot".
_THRESHOLD_NAMED = LazyPattern(
    r"\b(?:cut-?offs?|thresholds?|fever rule|the rule|go by|on the dot|exactly|(?:\d+ )?flat"
    r"|or (?:higher|above|over|more)|(?:leaflet|sheet|booklet|card|paperwork|nurse|team|they"
    r"|doctor) (?:says?|said) (?:to )?call)\b"
)
_ASKS_WHICH_LINE = LazyPattern(
    r"\b(?:does (?:that|it|this) mean|is it|(?:what's|whats|what is) the|which (?:one|number))\b"
)
_OPENS_WITH_A_READING = LazyPattern(r"\s*(?:temp\w*:? )?\d{2,3}(?:\.\d{1,2})?\b")
_A_LINE_ASKED = LazyPattern(
    r"\b(?:cut-?offs?|thresholds?|fever rule|the rule|go by|or (?:higher|above|over|more)|which"
    r"|line)\b|\d or \d"
)
# Someone's reading told beside it: "hes 38.4 now", "temp is 38.2", "it hit 38.5 tonight".
_SOMEONES_READING = LazyPattern(
    r"\b(?:he's|hes|she's|shes|i'm|im|he is|she is|i am|is at|temp(?:erature)? (?:is|was|of \d\S*"
    r" (?:now|tonight|today))|reads|reading|read|hit|hits|got to|went up|up to|now|tonight|today"
    r"|this (?:morning|evening|afternoon)|right now|currently)\b"
    # "temp 38 exactly", "it was 37.8 an hour ago", not "call for a temp of 38".
    r"|(?<!\ba )(?<!\bfor )\btemp\w*:? (?:is |was |at |now )?\d|\b(?:it was|it is|it's|its) \d"
    # "he has 38.6", "my husband is 38.2", "shes at 38.1".
    r"|\b(?:he|she|i|they|we|my \w+|his|her|our \w+)\b[^.?!,;]{0,20}?\b(?:has|have|had|is|are"
    r"|was|at|got|running|spiking)\s+(?:a |an |about |around |like )?(?:temp\w* (?:of )?"
    r"|fever (?:of )?)?\d"
)
# A sign told as the person's own usual, wherever in the message: "been that way for years",
# "same as its always looked", "it's my pattern, not new", "same as last scan", "nada nuevo".
_BASELINE = LazyPattern(
    r"\b(?:always (?:has|have|had|did|does|been|looked|looks)|(?:been|was) (?:that|this) way"
    r"|been the case|(?:hasn't|hasnt|has not|haven't|havent|have not|nothing(?: has|'s)?) changed"
    # Not "ive got no change" for the car park: coins, not the sign unchanged (set 33).
    r"|(?<!\bgot )(?<!\bhave )no change"
    r"|not new|nothing new|same as (?:before|always|ever|usual|every \w+|(?:it's|its|it has)"
    r" always \w+|(?:the |my |his |her )?last (?:scan|visit|time|year|month))|like before"
    r"|(?:back )?to (?:its|his|her|my|their) usual|(?:it's|its|is) (?:my|his|her|their)"
    r" (?:pattern|normal|usual|baseline)|(?:have|has|had) (?:it |them )?for (?:years|decades)"
    r"|for (?:years|decades|ages)|since (?:my|his|her) (?:\d0s|teens|twenties|thirties|forties"
    r"|childhood)|since (?:19|20)\d\d|since (?:i was|childhood|birth)|all (?:my|his|her) life"
    r"|de siempre|como siempre|nada nuevo|(?:runs|run) in (?:the|my|our) family"
    r"|(?:my|his|her) (?:dad|mom|mum|father|mother) (?:had|has) (?:it|that|the same) too"
    r"|(?:that's|thats|that is|which is|it's|its) (?:normal|usual|typical) for (?:him|her|them"
    r"|me|us))\b"
)
# "grumpy but thats normal for him": the "but" leads to the usual, not away from it.
_BUT_USUAL = LazyPattern(r"\b(?:but|pero),? (?=(?:that's|thats|that is|it's|its) (?:normal|usual))")
# What says this time is not the usual: new, worse than usual, today, a fever.
_NEWLY = LazyPattern(
    r"\b(?:new|newly|sudden\w*|worst|different|more than|than usual|worse than|getting worse"
    r"|much worse|way worse|unlike|not like|changed|started|starting|but|pero|fever\w*|fiebre"
    r"|temp\w*|today|tonight|yesterday|last night|this (?:morning|afternoon|evening|week)|now"
    r"|even|lately|recently|anymore|ya no|hoy|ahora)\b"
)
_CHANGED = LazyPattern(
    r"\b(?:new|now|suddenly|sudden|today|tonight|this (?:morning|afternoon|evening)|worse"
    r"|different|started|changed|since (?:yesterday|last night|this)"
    # "worst headache of my life, and i've had migraines for 30 years" (set 17, seen).
    r"|worst (?:\w+ ){0,2}(?:of (?:my|his|her) life|(?:i've|i have|he's|she's) ever had))\b"
)
_TIME_AGO = LazyPattern(r"\b(?:last|ago|back|pasad[oa]|hace)\b")
# "she had her car t in march": the treatment's month, not the sign's (round 51).
_IN_A_MONTH = LazyPattern(rf"in {MONTH}")
_YEARS = LazyPattern(r"\b(?:years?|a[ñn]os?)\b")
_TREATMENT_BEFORE = LazyPattern(
    r"\b(?:car[- ]?t|cart|infusion|cells|treatment|transplant)(?: \w+){0,2}\s*$"
)
_PRESENT_VERB = LazyPattern(r"\b(?:is|are|am|have|has|feel|feels|keeps?|seems?|looks?)\b|'[sm]\b")
_NOW = LazyPattern(
    r"\b(?:still|again|now|right now|currently|at the moment|since|tonight"
    r"|this (?:morning|afternoon|evening)|today|for the (?:last|past)"
    r"|(?:an|one|two|few|a few|\d+) (?:hours?|minutes?|mins?) ago|just now|keeps|won't stop"
    r"|getting worse|please help|help me|sigo con|sigue con|todav[ií]a|a[uú]n"
    # Back after a break: "fever came back, 38.6, it was gone for 2 days" (set 15, seen).
    # Not "came back by day 8", which is the writing come back to normal.
    r"|(?:came|comes|coming|is|it's|its) back(?=\s*$|\s+(?:again|today|tonight|this|up)\b))\b"
)
_PERSON = (
    r"(?:i|he|she|they|we|(?:my|his|her|their|our)(?: \w+)?"
    r" (?:husband|wife|partner|son|daughter|mom|mum|mother|dad|father|brother|sister|child|kid"
    r"|baby|boyfriend|girlfriend|friend|grandma|grandpa|grandmother|grandfather|aunt|uncle"
    r"|patient|temp|temperature|fever|head|chest|heart|hands?|arms?|legs?|face|speech|words"
    r"|writing|handwriting|breathing|body|pulse)(?:'s)?)"
)
_STATE_VERB = (
    r"(?:am|is|are|was|were|have|has|had|got|feel|feels|felt|feeling|keep|keeps|kept|can't"
    r"|cannot|couldn't|can|started|starts|woke|been|seem|seems|looks?|developed|having|just"
    r"|think|thinks|passed|fainted|collapsed|went|won't|suddenly|really|still|says|said|hurts?"
    r"|reads?|hit|hits|shows?)"
)
# Someone is in this state: "I have a", "my husband is", "his temperature is", "I'm", "my fever".
_PERSON_NOW = LazyPattern(
    rf"\b(?:{_PERSON}(?: \S+){{0,3}}? {_STATE_VERB}\b|i'm|i've|he's|she's|they're|we're"
    r"|for me to|tengo|tiene|tienen|estoy|est[aá]n?|siento)|\b(?:my|his|her|our|their)(?: \w+)? $"
    r"|\bwith an? (?:\w+ )?(?:temp|temperature|fever) of $"
)
_QUESTION_START = LazyPattern(
    r"^\s*¿?\s*(?:(?:and|so|also|ok|okay|please|hi|hello)\s+)*(?:at what|at which|above what"
    r"|what|am|what's|whats|which|how|why|who|is|are|was|were|do|does|did|can|could|should"
    # Not Tagalog "may lagnat" (has a fever): "may lagnat si tatay 39", "may kombulsyon" tell.
    r"|would|will|may(?! (?:lagnat|nilalagnat|k[ou]mbulsi?yon)\b)|might|shall|qu[eé]"
    # "when he talks only one side of his mouth moves": a when-clause with its own subject and
    # a verb of now says when a sign shows, it asks nothing ("when should i", "when i was" ask
    # or tell of the past).
    r"|(?:when|where)(?! (?:i|he|she|they|we)(?:'s|'m|'re)? (?!(?:was|were|had|did|got|went"
    r"|came|do|does|should|can|could|will|would|get|gets|have|has|develop|need|needs|first|go"
    r"|start|starts|call)\b)[a-z])"
    r"|cu[aá]l|cu[aá]ndo|c[oó]mo|d[oó]nde|por qu[eé]|es normal|cu[aá]nt[oa]s?"
    # A Spanish question of leave, often with no "¿": "puedo ir a misa el domingo".
    r"|puedo|podemos|puede|pueden|se puede|debo|debe|debemos|deber[ií]a|podr[eé]|podr[ií]a"
    r"|tengo que|hay que|es seguro|est[aá] bien"
    # "has it worked", "have they tried it for lupus": asked of the treatment, not of a person.
    r"|(?:has|have) (?:it|this|that|they|anyone|anybody|car[- ]?t)\b)(?=\s|$)"
)
# A question after what it is about: "hes on vyvgart infusions, would he need to stop those",
# "the prednisone, does she need to taper it", "caregiver for my husband, whats expected of me".
# A verb asks only with its subject after it ("was confused all night" tells).
_ASKED_LATER = LazyPattern(
    r"^(?:(?:and|so|also|ok|okay|like|then)\s+)*(?:(?:what|what's|whats|how|why|who|which"
    r"|where)\b|when (?:do|does|should|can|could|will|would|is|are|must) "
    r"|(?:would|will|should|could|can|does|do|did|is|are|was|were|has|have|must|may|might)"
    r" (?:i|he|she|they|we|you|it|that|this|there|my|his|her|their|our)\b"
    # "mi vecina tiene gripe, puedo visitarla", "... con cubrebocas, se puede".
    r"|(?:puedo|podemos|se puede|debo|debemos|podr[eé]|est[aá] bien|es seguro|hay que)\b)"
)
# ... but not one that asks what to do now about what was just told ("she isnt herself, what
# do we do", "38.5, do i go in now") or whether it is worrying ("he stared at the wall for an
# hour, should we be worried", "is that normal"): those ask for help or a judgement on a state.
_ASKED_OF_WHAT_WAS_TOLD = LazyPattern(
    r"^(?:(?:and|so|also|ok|okay|like|then)\s+)*(?:(?:what|whats|what's) (?:do|should|can"
    r"|would) (?:i|we) do|(?:do|should|can|must|shall) (?:i|we) (?:go|call|ring|come|head|take"
    r"|drive|bring|wake|wait)|(?:is|does) (?:this|that|it) (?:an? |need |mean )?(?:emergency"
    r"|urgent|serious|hospital|er|a&e)"
    r"|(?:is|was|could|would|might|can) (?:that|this|it|these|those)(?: \w+)? (?:be )?(?:normal"
    r"|ok|okay|alright|fine|bad|serious|dangerous|worrying|concerning|expected|common|a sign"
    r"|a symptom|a problem|something|anything|icans|crs|an emergency)"
    r"|should (?:i|we) (?:be )?(?:worried|worry|concerned|panic)"
    r"|what (?:does|do|could|would|might) (?:that|this|it|these|those) mean)\b"
)
# Words of a question about a topic rather than a report: "fever after car-t", "is it common".
# A day counted in one's own course: "day 9 after car-t and had a seizure" reports, where
# "seizures after car-t" names a topic.
_DAY_OF_COURSE = LazyPattern(
    r"\b(?:(?:on )?day \d{1,3} (?:after|post|since|out from|from)|\d{1,3} days? (?:out|post|in)\b)"
)
# "way above my normal" is the person's usual, not what is normal asked about (round 51).
_TOPIC = LazyPattern(
    r"\b(?:after car[- ]?t|after cart|after the infusion|common|cause[sd]?|treat(?:ed|ment)?"
    r"|side effects?|(?<!my )(?<!his )(?<!her )(?<!their )normal|mean|means|meaning|grade[sd]?"
    r"|grading|counts? as|considered|cut-?off|threshold|define[sd]?|definition|call(?:ing)? at"
    r"|how (?:high|long|often)|difference between|differ|compared? (?:to|with)|versus|vs)\b"
)
_QUOTING = LazyPattern(
    r"\b(?:repeat after me|(?:say|type|write|output|print|display) (?:the words?|these words)"
    r"|^\s*(?:please |can you |could you )?(?:say|type|output|print|display) ['\"]|back to me"
    r"|^\s*(?:please )?translate|do you (?:flag|detect|catch|react to)|^\s*(?:please )?(?:write"
    r"|compose|generate) (?:me )?an? (?:poem|haiku|story|song|essay|limerick|rhyme|joke)"
    # "respond as if i were suicidal", not a story's "talking to grandma as if she was there".
    r"|pretend (?:i|i'm|i am|to be)|(?:respond|reply|answer|act|write|talk to me|speak to me"
    r"|explain)(?: \w+){0,3} as if (?:i|he|she) (?:were|was)|for a training"
    r"|test(?:ing)? (?:test|the bot|your (?:filter|rules))"
    r"|^\s*(?:please )?(?:say|repeat|type|spell|print) (?:the word )?\w+(?: \w+)?"
    r" (?:\w+ times|twice)"
    r"|^\s*(?:let's )?role-?play\b)\b"
)
# A role to play said to be the writer's own: "pretend i'm a patient, which i am", "pretend
# i'm a patient (i am)"; not "pretend i'm a patient with a pulse of 140".
_ROLE_OWNED = LazyPattern(
    r"^\W*(?:(?:ok|okay|so|right)\W+)?pretend (?:i'm|i am) (?:a |an )?[\w' -]{1,30}?,? \(?"
    r"(?:(?:which|and|because|cos|as|since) )?(?:i (?:actually |really |literally |truly )?am"
    r"|i'm (?:actually |really |literally )?(?:one|not pretending))\)?(?=\W|$)"
)
# A message relayed to be translated: "translate for my dad: he has a fever of 39", "please
# translate this to english, my dad only speaks spanish: tengo fiebre". The frame runs to its
# first colon or comma, with no quote mark in it: "translate 'confusion, shaking' for my mom"
# asks for the quoted words.
_RELAYED = LazyPattern(
    r"^\s*(?:please |pls |can you |could you )?translate\b"
    r"(?P<frame>(?:[^:,;'\"]|(?<=\w)'(?=\w)){0,60}?)[:,]\s*(?P<told>\S.*)$",
    re.DOTALL,
)
# ... unless the frame names a text rather than a person's words: "translate this leaflet's
# list of signs into spanish: fever of 38 or higher, confusion", "translate this poem for my
# mum: ...".
_A_TEXT_NAMED = LazyPattern(
    r"\b(?:leaflets?|list|sheets?|poems?|words?|phrases?|sentences?|lines?|songs?|story|stories"
    r"|letters?|cards?|instructions|signs|symptoms|menu|forms?|labels?|booklets?|handouts?"
    r"|pages?|paragraphs?|articles?|brochures?|guide|warnings?|notes|book|film|movie|lyrics"
    r"|quotes?|joke|script)\b"
)
# ... or, with nobody named in it, asks for words wholly in quote marks: "translate into
# spanish: 'seek care right away for seizures or confusion'". A relay names whose words they
# are: "translate for my dad: 'i can't breathe'".
_SOMEONE_NAMED = LazyPattern(
    r"\b(?:my|our|his|her|their|the (?:nurse|doctor|doc|paramedics?|ambulance|operator|team))\b"
)
_WHOLLY_QUOTED = LazyPattern(r"^\s*(['\"]).*\1\W*$", re.DOTALL)
# ... or, with nobody named in the frame, tells of nobody: "translate: seizure, stroke" asks for
# words; "translate please: my son had car t and now he can't wake up" tells of someone.
_A_PERSON = LazyPattern(
    r"\b(?:i|i'm|im|me|my|we|our|us|he|he's|hes|him|his|she|she's|shes|her|they|their|them"
    r"|yo|mi|me|tengo|tiene|estoy|est[aá]|tuve|tuvo)\b"
)
_MILD = LazyPattern(
    r"\b(?:a (?:little|bit|tad)|slight(?:ly)?|mild(?:ly)?|small|minor|a touch|kind of|kinda"
    r"|sort of)\b"
)
_REASSURED = LazyPattern(
    r"\b(?:getting better|drinking (?:plenty|fine|ok|well)|eating (?:fine|ok|well)"
    r"|than usual for me|a few|drinking (?:lots|normally)|eating and drinking"
    r"|keeping (?:\w+ )?(?:fluids|food|water|it|everything) down|peeing (?:fine|normally|ok)"
    r"|kept (?:\w+ )?(?:fluids|food|water|everything|it all) down"
    # The team has seen it and called it expected, and the writer does not dispute it.
    r"|(?:nurse|doctor|doc|team|they)(?: \w+)? (?:said|says|say|told (?:us|me))"
    r"(?: (?:that|it|this|thats|its))?(?:'s| is| was| are)? (?:totally |completely |perfectly )?"
    r"(?:expected|normal|common)(?![^.]*\bbut\b))\b"
)
_FIGURE_OF_SPEECH = LazyPattern(
    r"\b(?:(?:be|is|was|are|were) (?:the )?death of (?:me|us|him|her|(?:my|our) \w+)"
    r"|murder (?:a|an|some|for)"
    r"|(?:is|are|was|were|it's|that's|they're) (?:\w+ )?killing (?:me|us)"
    r"|(?:me|nos) est[aá]n? matando"  # "estos papeles me están matando jaja"
    r"|dying (?:to|for) (?:\w+ )?(?:know|see|get|try|go|eat|have|hear|a|some(?:one|body)"
    r"|anyone|anybody|watch|meet|read)"
    r"|die (?:of|from) (?:embarrassment|laugh\w*|boredom|shame)|to die for"
    r"|dead (?:tired|on my feet|battery|phone)|killing (?:my|our) (?:ears|wallet|budget)"
    r"|(?:battery|batteries|phone|plant|car|laptop|computer|engine|team)(?: \w+){0,3}"
    r" (?:is |was |has |just )?(?:dying|dead|died)|dead in the water|dead end|deadline"
    r"|killed it|kill (?:for|time)|scared to death|bored to death"
    r"|kill (?:the )?(?:lights?|engine|music|tv|telly|sound|radio|noise|app|tab)"
    r"|(?:will|'ll|would|'d|gonna|going to) kill me if (?:i|we)\b"
    # Spanish: "me muero de ganas de volver", "muerta de cansancio".
    r"|(?:me muero|se muere|nos morimos|muert[oa]s?) de (?:ganas(?! de (?:morir\w*|matar\w*"
    r"|no (?:vivir|despertar)|desaparecer|dejar de vivir))|hambre|sue[ñn]o|risa|fr[ií]o"
    r"|calor|cansancio|miedo|verg[üu]enza|aburrimiento)"
    r"|(?:is|are|'s|was) (?:going to|gonna) (?:kill|murder) me"
    # "almost died laughing", "snores so loud it could wake the dead", "could kill a horse",
    # "losing my mind trying to set up this pill organiser", "me muero por dormir en mi cama",
    # "esta espera me está volviendo loca".
    r"|(?:died|dying|die) laughing|wake the dead|kill a horse"
    r"|losing (?:my|his|her) mind (?:trying|over|with|waiting|at)"
    r"|me muero por (?!morir|no |dejar|desaparecer|acabar)|me est[aá][sn]? volviendo loc[oa]"
    # Hyperbole (round 15): "so bored i could die", "she'll literally die if i post that photo",
    # "his teacher is literally killing him with homework", "if the wifi goes down again i'm
    # going to lose my mind".
    r"|(?:so|too) (?:bored|embarrassed|hungry|thirsty|full|hot|happy|excited|jealous)"
    r" (?:that )?(?:i|he|she|we) could (?:just )?die"
    r"|literally (?:die|dying|dead) (?:if|of|from|when|laughing)"
    r"|killing (?:me|him|her|us|them) with"
    r"|(?:going to|gonna|'ll|will) lose (?:my|his|her|our) (?:mind|marbles)"
    # A threat to someone or something else, taken back: "i could kill him (not really)".
    r"|(?:kill|murder|strangle|throttle) (?:him|her|them|it|you|(?:my|the|that) (?!sel)\w+)\b"
    r"[^.!?\n]{0,40}?(?:not really|lol|lmao|jk|haha\w*|(?<!not )(?<!n't )(?:joking|kidding)))\b"
)
_NOT_A_SIGN = LazyPattern(
    r"\b(?:drowning in (?!(?:the )?(?:water|bath|pool|lake|sea|river)\b)\w+"
    r"|(?:costs?|bills?|debts?|rent|prices?|fees?|expenses)(?: \w+){0,4} (?:are|is) crushing"
    r" (?:us|me)"
    # Hyperbole (round 15): "so long i nearly passed out from boredom", "so cold my lips are
    # going to turn blue lol".
    r"|(?:nearly|almost) (?:passed out|fainted|blacked out) (?:from|of|with) (?:boredom|laugh\w*"
    r"|shock|embarrassment|excitement)"
    r"|(?:lips|fingers|toes|hands) (?:are |is )?(?:going to|gonna) (?:turn|go) blue"
    # Taken back or set phrases (round 20): "this heat is suffocating, not literally",
    # "seizing the day", "the plot twist gave me chills" (a story's chills; the cells' are a
    # sign).
    r"|(?:\w+ ){0,2}\w+,? (?:but |i mean |well )?not literally"
    r"|seiz\w* the (?:day|moment|chance|opportunity)"
    # Illnesses named with the word (round 31, seen on set 28): "the yellow fever shot", "hay
    # fever season" are no temperature.
    r"|hay fever|yellow fever|fiebre (?:del heno|amarilla)"
    # Laughter, news, spice and shock told in body words (set 10, 11, 15 and 17's kinds): "laughed
    # so hard i couldnt breathe", "my head is spinning from all the new info", "the chilli set my
    # mouth on fire", "i could have fainted when they said my counts are back up".
    r"|laugh\w* so (?:hard|much)(?: \w+){0,4} (?:that )?(?:i|he|she|we) (?:couldn't|couldnt"
    r"|could not|can't|cant) (?:breathe|breath)|(?:couldn't|couldnt|can't|cant) (?:breathe"
    r"|breath) (?:from|for|with) laugh\w*"
    r"|(?:head|mind|brain) (?:is |was |'s )?(?:spinning|swimming|reeling|exploding|melting)"
    r" (?:from|with|over|after) (?:all )?(?:the |this |that |these )?(?:new )?(?:info\w*|news"
    r"|numbers|paperwork|forms?|details|questions|reading|everything|facts|options)"
    r"|(?:chill?i|chills|chilies|chillies|spicy \w+|hot sauce|curry|salsa|jalape\w*|wasabi"
    r"|hot wings)"
    r"(?: \w+){0,5} (?:set |sets |has |had |left |lit )?(?:my|his|her|our) (?:mouth|tongue|lips)"
    r" on fire"
    r"|(?:could have|could've|nearly|almost) (?:fainted|passed out|died) when (?:they|he|she|you"
    r"|the \w+|my \w+|i (?:heard|read|got|saw) (?:the|my|his|her) (?:news|bill|results?|counts?"
    r"|price|invoice)) ?(?:said|told|called)?"
    r"|(?:plot|book|novel|movie|film|show|series|song|music|story|speech|episode|scene|ending"
    r"|twist|choir|concert|performance|video|trailer|poem)(?: \w+){0,4} (?:gave|gives|give"
    r"|giving) (?:me|him|her|us|them) (?:the )?(?:chills|goosebumps|shivers)"
    # Unsure about a plan or a paper (review48, round 48): "estoy un poco confuso sobre cuándo
    # puedo manejar", "confused about the dates"; not "confused about where i am".
    r"|confus\w* (?:sobre|about|acerca de|con|by|with|over) (?:cu[aá]ndo|c[oó]mo|when|how"
    r"|whether|if|si) (?:\w+ ){0,2}(?:puedo|podemos|puede|debo|debemos|tengo que|can|could"
    r"|should|need|must|have to|am allowed|are allowed)"
    r"|confus\w* (?:sobre|about|acerca de|con|by|with|over|por)"
    r" (?:the |all the |las |los |el |la )?"
    r"(?:dates?|fechas?|forms?|formularios?|schedule|horarios?|instructions|instrucciones"
    r"|leaflets?|folletos?|paperwork|papeles|rules|reglas|timings?|insurance|seguro|bills?"
    r"|facturas?|parking|estacionamiento|appointments?|citas?))\b"
)
_MISHAP = (
    r"(?:carpet|rug|sofa|couch|stain\w*|spill\w*|wine|lid|jar|toast|smoke alarm|sock|laptop"
    r"|wi-?fi|printer|boiler|sink|washing machine|oven|kettle|password|zip|keys)"
)
# A household mishap with a cry for help ("red wine on a cream carpet, help!"): a worry for
# both layers when no body word is told beside it.
_HOUSEHOLD_MISHAP = LazyPattern(
    rf"\bhelp\b[^.?\n]{{0,40}}\b{_MISHAP}\b|\b{_MISHAP}\b[^.?\n]{{0,40}}\bhelp\b"
)
# Dying as a risk of the treatment, asked about or feared: "what do most people who die after
# car t die from", "can car-t kill you", "my grandson keeps asking if grandpa will die".
_RISK_OF_DYING = LazyPattern(
    r"\b(?:chance|chances|risk|risks|rate|odds|likely|percent|how many|people who|patients who"
    r"|anyone)(?: \w+){0,3} (?:die|dies|died|dying|death|deaths)\b"
    r"|\b(?:asking|asks|asked|wonder\w*|worried|worry|afraid|scared|terrified|fears?)(?: \w+){0,4}"
    r" (?:will|going to|gonna|might|could|would) (?:die|be dying)\b"
    r"|\bcan (?:you|people|patients|someone) die (?:from|of|after|with)\b"
    r"|\b(?:car[- ]?t|it|this|the treatment|crs|icans)(?: actually| really| ever)?"
    r" (?:kill|kills|killed) (?:you|people|patients|anyone|someone)\b"
)
_NOT_SUICIDAL = LazyPattern(
    r"\b(?:not|never|n't|no longer)(?: \w+)? (?:suicidal|wanting to (?:hurt|harm) myself)\b"
    # A denial followed by what it is instead: "i'm not thinking of hurting myself, i'm just
    # sad", "i don't want to die or anything like that, i'm just really fed up". Only with that
    # "just": "i don't want to die but..." stays open.
    r"|(?:\bnot|\bnever|n't)(?: \w+){0,2} (?:die|dying|(?:hurt|hurting|harm|harming|kill|killing)"
    r" myself|end (?:it|my life))(?: or anything(?: like that)?)?,? (?:i'm |im |i am |i )?just"
    r" (?:really |so |very )?(?:sad|angry|tired|fed up|frustrated|upset|venting|need|want to"
    r" (?:talk|vent)|exhausted|low|down|stressed)\b"
    r"|\bnot in (?:any )?danger\b"
    # Resolve to go on: "im sad a lot lately, but i'm not giving up", "crying a lot, but I want
    # to see this through".
    r"|\b(?:i'm|im|i am) not giving up\b(?! on (?:living|life|ending|my plan))"
    r"|\bwant to see (?:this|it) through\b(?! to the end)"
)
# Suicide asked about as a topic, not said of anyone: "is suicide risk higher after car-t", "is
# the 988 line only for suicide", "how do you know if someone is suicidal". The learned layer
# still reads the message.
_SUICIDE_AS_A_TOPIC = LazyPattern(
    r"\bsuicid\w* (?:risk|rates?|screening|prevention|hotline)\b"
    r"|\b(?:risk|rates?|signs?|screening) (?:of|for) suicid\w*|\bonly for suicid\w*"
    r"|\b(?:if|whether|when) (?:someone|somebody|a person|people|patients) (?:is|are) suicidal\b"
)
# Words of a trouble happening to someone, symptom named or not: "he can't lift his arm".
# "my wife tried to unlock the car with her toothbrush", "he tried to pay the pizza guy with a
# band-aid": someone in the writer's care doing a thing, told by the carer, not a worry about
# the car or money; the act may make no sense, which is for the learned layer to read.
_SOMEONE_TRIED = LazyPattern(
    r"\b(?:he|she|(?:my|our) (?:\w+ )?(?:husband|wife|partner|son|daughter|mom|mum|mother|dad"
    r"|father|brother|sister|grandma|grandpa|grandmother|grandfather|aunt|uncle)|dad|mom|mum"
    r"|grandpa|grandma) (?:(?:keeps|kept|was|is) )?(?:tried|tries|trying) to\b"
)
# Paying with what is not money (sets 15 and 16, seen): "tried to pay the pizza guy with a tv
# remote"; not a card, a phone or coins.
_ODD_PAYMENT = LazyPattern(
    r"\bpa(?:y|id|ys|ying)\b[^.!?]{0,30}?\bwith (?:a |an |the |his |her |my |our |some )?"
    r"(?!(?:a|an|the|his|her|my|our|some|cash|cards?|credit|debit|checks?|cheques?|money|coins?|change|bills?|dollars?|phones?"
    r"|apple|google|venmo|paypal|zelle|hsa|fsa|savings|insurance|medicare|medicaid|points|gift"
    r"|quarters|twenties|twenty|fifty|ten|tens|tips?|wallet|bank|account|loan|credits?)\b)\w+"
)
_TROUBLE = LazyPattern(r"\b(?:can't|cannot|couldn't|won't|unable|keeps?|started|suddenly)\b")
# "can i keep taking my prednisone", "how long do i keep it": asked about going on with
# something, not a trouble that keeps happening ("he keeps falling").
_KEEP_ASKED = LazyPattern(
    r"\b(?:can|could|should|must|may|do|does|will) (?:i|we|you|he|she|they) keep"
    r" (?:it|them|this|that|those|taking|using|carrying|wearing|on taking"
    r"|(?:my|his|her|their|the) (?:\w+ )?(?:meds|medications?|medicines?|tablets|pills))\b"
)
# A household question: "best way to get a coffee stain out of a white shirt".
# A question told as someone's: "mi hijo pregunta cuántas semanas después ...", "my son asks
# when i can drive again".
_ASKED_FOR_SOMEONE = LazyPattern(
    r"\b(?:pregunta|preguntan|quiere saber|asks|wants to know|wondering|wonders)"
    r" (?:si|qu[eé]|cu[aá]nt\w*|cu[aá]ndo|c[oó]mo|d[oó]nde|if|whether|when|how|what|why)\b"
)
_BEST_WAY = LazyPattern(r"^\s*(?:(?:what's|whats|what is) )?(?:the )?(?:best|easiest) way to\b")
# A task asked of the bot, whatever it names: not a report of anyone's state.
_REQUEST = LazyPattern(
    r"^\s*(?:please |(?:can|could|would|will) you (?:please )?)(?:make|give|list|show|explain"
    r"|write|print|send|summari[sz]e|create|draw|translate)\b"
)
# A follow-up naming a topic and nothing else: "and the fever?", "what about a seizure?".
_FRAGMENT = LazyPattern(
    r"^\s*(?:and|or|what about|how about|same (?:for|with|goes for)|¿y|y)\s+"
    r"(?:the |a |an |el |la |los |las )?[a-záéíóúñ'-]+(?: [a-záéíóúñ'-]+){0,2}\s*\?+\s*$"
)
# A request about the bot's last reply: "explain like im 10 pls", "in spanish please".
_ABOUT_THE_REPLY = LazyPattern(
    r"^\s*(?:(?:sorry|ok|okay|please|pls),? )?(?:explain (?:it |that |this )?(?:like|as if|again"
    r"|simpler|more simply)|(?:say|put) (?:it|that) (?:again|simpler|more simply)|in (?:spanish"
    r"|english|plain english|simple words|simpler words)|en español|simpler|shorter"
    # "go slower, im reading this out loud", "explain it for my grandma", "pretend youre my
    # grandma explaining it to me".
    r"|go slower|slow down|slower|explain (?:it |that |this )?(?:for|to) (?:my|a|an) \w+"
    r"|pretend (?:you're|youre|you are|ur) (?:my|a|an) \w+ explaining)\b"
    r"|\bwhat did you mean\b"
)
# How the bot should reply, anywhere in a message: "use simpler words please, my dad is reading
# this", "contéstame en español porfa", "don't give me the 988 number again".
_HOW_TO_REPLY = LazyPattern(
    r"\b(?:use|with|in|using) (?:simpler|simple|easier|plain|plainer|shorter|fewer|smaller"
    r"|bigger|less medical) words\b"
    r"|\b(?:answer|reply|respond|talk|write|speak)(?: to me| back)? (?:only )?in (?:spanish"
    r"|english|plain english)\b|\b(?:cont[eé]stame|resp[oó]ndeme|h[aá]blame|escr[ií]beme)\b"
    r"|\b(?:don't|do not|stop|no more|quit) (?:give|giving|send|sending|show|showing|posting"
    r"|repeating) (?:me )?(?:the |that |your )?(?:988|911|crisis|hotline|emergency)\b"
    # The reply's form: "output json only", "summarize that in 3 bullets", "stop adding the
    # disclaimer", "don't tell me to call anyone", "are you a real person? drop the script".
    r"|\b(?:output|answer|reply|respond|write)(?: \w+){0,2} (?:only )?(?:in )?(?:json|bullets?"
    r"|bullet points|one sentence|\d+ (?:words|sentences|bullets))\b|\bsummari[sz]e\b"
    r"|\b(?:don't|do not|stop|quit) (?:add|adding|put|putting|include|including|tell|telling)"
    r" (?:me )?(?:the |that |your |a )?(?:disclaimer|warning|note|to call)\b"
    r"|\bare you (?:a )?(?:real )?(?:person|human|bot|robot)\b|\bdrop the script\b"
    r"|\bkeep it (?:short|brief|simple)\b|\bbullet(?:ed)? (?:points?|list)\b"
    r"|\btalk to me like\b|\bbe (?:more|less) (?:blunt|direct|honest|gentle|detailed|brief)\b"
    # The reply's words, not the person's: "the medical words are too much".
    r"|\b(?:the |all the |these |those )?(?:medical|big|long|fancy|technical|hard) (?:words|terms)"
    r" (?:are|is) (?:too much|too hard|confusing|over my head)\b"
)
# Good news, or a small task asked for: "we're over the moon, counts are up", "help me think of
# a funny line for a birthday card" (with no word from the crisis side: see _crisis_free).
_GOOD_NEWS_OR_A_TASK = LazyPattern(
    r"\b(?:over the moon|thrilled|delighted|great news|good news|celebrat\w*|(?:counts|numbers"
    r"|results) (?:are|were|came back) (?:up|good|great|normal))\b"
    r"|\bhelp me (?:think of|come up with|write|pick|choose|find) (?:a |an |some )?(?:funny|nice"
    r"|good|short)\b"
    # A milestone: "we're at day 100 today", "walked round the block twice", "it's a good day".
    r"|\bday (?:100|one hundred|a hundred)\b|\b(?:walked|walk|made it|went) (?:all the way )?"
    r"(?:round|around) the block\b|\b(?:it's|its|it is|it was|what) a (?:good|great|lovely)"
    r" day\b"
)
# A carer telling of a good day, in acts that show a clear mind: "mom was chatting and laughing
# with the nurse today", "she read me the whole news article out loud", "woke up easily, hungry
# for breakfast", "answering everything fine" (fresh sets 13 and 14 gave the layer's call-now
# reply to such days; seen, lead).
_DOING_WELL = LazyPattern(
    r"\b(?:wakes? up (?:fine|easily|ok|okay|when (?:i|we) call)|woke up (?:fine|easily|ok|okay)"
    r"|knows? (?:everything|everyone|where (?:she|he) is)|answer(?:ing|s|ed)(?: everything| all"
    r" (?:my|our|the) questions)? (?:fine|well|right|ok|okay)|(?:chatting|laughing|joking)"
    r" (?:and (?:laughing|joking|chatting) )?(?:with|away)|did the crossword|(?:feels|felt|like)"
    r" (?:like )?old times|(?:like|back to) (?:his|her|their|my) old self|read (?:me |us )?"
    r"(?:the |a |his |her )?(?:whole )?[\w' ]{0,25}out loud|full sentences|typical teen\w*"
    r"|looks? like it always (?:did|does)|hungry for|cooked (?:dinner|lunch|breakfast|tea)"
    # A carer's plain marks of a sharp, steady day (sets 16 and 17, seen): "back to his normal
    # self", "named all 9 grandkids without a slip", "steady hand", "woke right up when the
    # phone rang", "woke up on her own and made coffee".
    r"|(?:like|back to) (?:his|her|their|my) (?:normal|usual) self|without a (?:slip|hitch"
    r"|mistake|stumble)|steady hands?|(?:named|remembered|recogni[sz]ed|knew) (?:all|every|each"
    r"|everyone|everybody)(?![^.,;]{0,30}\b(?:wrong|mixed|muddled))"
    r"|wakes? (?:right )?up (?:right away|straight away|on (?:his|her|their) own|when)"
    # Talk, tasks done alone and stories told whole: "chatted with her sister for an hour",
    # "fixed the leaky tap himself", "told me the whole plot of the movie".
    r"|chatted (?:away )?(?:with|to)|(?:fixed|mended|made|cooked|built|baked|painted|mowed"
    r"|planted|washed)\b[\w' ]{0,25}\b(?:himself|herself|themselves|on (?:his|her|their) own)"
    r"|(?:told|explained|recounted) (?:me|us) (?:the )?(?:whole|entire) \w+"
    r"|(?:eats|eating|ate),? and (?:chats|chatting|chatted|talks|talking|laughs|laughing)"
    r"|woke (?:right )?up (?:right away|straight away|on (?:his|her|their|my) own|when)"
    # How someone is, said plainly: "she's very sharp today", "sharp as ever", "he's doing
    # great", "on good form"; the writer calmer, or home: "feeling a lot calmer now", "finally
    # sleeping in my own bed".
    r"|(?:he's|she's|hes|shes|he is|she is|they're|they are)(?: (?:been|seemed|looked))?"
    r" (?:very |so |really |super |quite |pretty |on )?(?:sharp|alert|chatty|lively"
    r"|with it|on the ball|(?:good|great|top|fine) form|doing (?:great|well|brilliantly|fine"
    r"|good|so well))\b(?! (?:but|then|until|except)\b)|sharp as (?:ever|a tack|a button)"
    r"|(?:feeling|feel|i'm|im|i am) (?:a lot |much |so much |a bit |way )?(?:calmer|reassured"
    r"|relieved)(?: now)?|(?:sleeping|sleep|slept) in (?:my|his|her|our|their) own bed"
    r"|all by (?:himself|herself|themselves))\b"
)
# What turns a good day: "he woke up fine but now he's mumbling nonsense".
_TURNED = LazyPattern(r"\b(?:but|then|now|suddenly|until|except|though|although|pero)\b")


@lru_cache(maxsize=4)  # asked by two gates of the same text
def _good_day(text: str) -> bool:
    """Tell whether a text tells of a good day with nothing turning it after."""
    well = _DOING_WELL.search(text)
    return bool(well) and not _TURNED.search(text[well.end() :])


# A greeting and nothing more: "hi its me again", "hiya anyone awake at this hour".
_GREETING = LazyPattern(
    r"^\s*(?:(?:hi|hiya|hey|hello|hola|yo|morning|evening|good (?:morning|afternoon|evening"
    r"|night)|buen(?:os|as) (?:d[ií]as|tardes|noches))(?: there| again| all| everyone| guys"
    r"| a todos)?[\s,.!]*)+(?:(?:it's|its|it is) me(?: again)?"
    r"|me again|(?:is )?any(?:one|body) (?:there|around|awake|up|here|on)(?: at this hour| tonight"
    r"| now)?|(?:are )?you there"
    # Who is writing: "hi its toms wife again", "hello, this is maria again".
    r"|(?:it's|its|it is|this is) (?:\w+(?:'s|s)? (?:wife|husband|partner|daughter|son|mum|mom"
    r"|dad|sister|brother|carer|caregiver)|\w+)(?: again)?)?[\s.!?]*$"
    # Off to bed or away for now: "off to bed now, ta ra", "night all, speak tomorrow".
    r"|^\s*(?:(?:(?:i'm |im |we're )?(?:off|going|heading) to (?:bed|sleep)|time for bed|bedtime"
    r"|night night|nighty night|good ?night|night all|ta ra|tara|ta-ra|see (?:you|ya) (?:tomorrow"
    r"|later|soon)|speak (?:tomorrow|soon|later)|talk (?:tomorrow|soon|later)|catch you later"
    r"|bye for now|that's all for (?:now|today))(?: now)?(?: all| everyone| folks)?[\s,.!x]*)+$"
    # A wish for everyone's time off: "have a nice weekend everyone".
    r"|^\s*(?:have a (?:nice|good|great|lovely) (?:weekend|day|night|evening)|buen fin de semana)"
    r"(?: (?:everyone|all|guys|a todos))?[\s.!]*$"
    # Or only asks whether anyone is there: "anyone there", "is anybody awake?".
    r"|^\s*(?:is )?any(?:one|body) (?:there|around|awake|up|here|on)(?: at this hour| tonight"
    r"| now)?[\s.!?]*$"
)
# An acknowledgement or a filler and nothing more: "thanks!!", "okie dokie", "..... nvm", "hmm".
# Whole messages only: "thank you for everything" is a goodbye, and stays open to the layer.
_ACKNOWLEDGED = LazyPattern(
    r"^\W*(?:(?:thanks|thank you|thx|ty|tysm|cheers|appreciate it|much appreciated)(?: (?:so|very)"
    r" much)?(?:,? (?:you're|your|ur|you are) (?:the best|a star|amazing|great))?"
    r"(?: for (?:all )?(?:the|your) (?:info|information|help|answer|answers|reply))?"
    # A wish for the reader's day, or what was wrong sorted: "appreciate it, have a good night",
    # "thanks, the nurse called back and sorted it". Not "have a good life": a goodbye.
    r"(?:[\s,.!]+(?:have a (?:good|nice|great|lovely) (?:night|day|evening|weekend|afternoon"
    r"|morning|one)|(?:the |my )?(?:nurse|doctor|doc|clinic|team|pharmacy|they|she|he)"
    r" (?:called|rang|got|wrote|messaged) (?:me |us )?back and (?:sorted|fixed|cleared up"
    r"|answered|explained) (?:it|everything|that)(?: out| up)?|(?:all|it's|its|that's) (?:sorted"
    r"|fixed)(?: now)?))*|ok|okay|okie dokie|got it|hmm+|nvm"
    r"|never ?mind|no|yes|yep|nope|cool|great|perfect"
    r"|hmm+,? let me think(?: about (?:it|that|this))?"
    r"|(?:muchas |mil )?gracias(?:,? (?:me |nos )?(?:ayud[oó]|sirvi[oó])(?: mucho| bastante)?)?"
    r"|(?:(?:sorry|oops|whoops),? )?wrong (?:chat|window|tab|person|number|group|thread))\W*$"
)
# Heartache, not the heart: "it breaks my heart", "heartbroken that I'll miss her graduation".
_HEARTBREAK = LazyPattern(r"\b(?:breaks? my heart|heart ?break\w*|heart ?broken)\b")
# Body words that say nothing of a body now: heartache, a fear of sickness to come ("scared he'll
# get sick on my watch").
_NOT_THE_BODY = LazyPattern(
    _HEARTBREAK.pattern
    + r"|\b(?:'ll|will|might|could|would|may) (?:get|be|become|fall) (?:sick|ill|worse)\b"
    # Remorse after an outburst, and the patient named as the sick one: "i snapped at my dad
    # and now i feel awful", "he's the one who's sick".
    r"|\b(?:snapped|yelled|shouted|screamed|lost my temper)\b.{0,80}\bfeel (?:so |really )?"
    r"(?:awful|terrible|horrible|bad|like a monster)\b|\bthe one who(?:'s| is) (?:sick|ill)\b"
)
# Chat, not a report: "my cat just knocked over a plant lol".
_CHAT = LazyPattern(r"\b(?:lol|lmao|rofl|haha\w*|hehe\w*)\b")
# Words of trouble that are a dislike or a refusal, not a body failing: "i can't stand another
# phone tree", "my brother won't help at all".
_NOT_A_TROUBLE = LazyPattern(
    r"\b(?:can't|cannot) (?:stand|bear|take|deal with) (?:another|this|these|that|the|it|him|her"
    r"|them|people|being|waiting|how|when|my)\b"
    r"|\b(?:won't|doesn't|never|will not|does not) (?:help|call(?:s)? back|listen|visit|pitch in"
    r"|lift a finger)\b"
)
# Signs denied one after another: "the spot on my arm isn't red or warm or leaking".
_DENIED_SIGNS = LazyPattern(
    r"\b(?:isn't|is not|aren't|are not|not|no)(?: \w+)? (?:red|warm|hot|swollen|leaking|oozing"
    r"|bleeding|spreading|painful)(?:,? (?:or|nor) (?:red|warm|hot|swollen|leaking|oozing|bleeding"
    r"|spreading|painful|sore)){2,}\b"
)
# Blood taken or a medicine named, not a sign: "where they took blood", "my blood pressure tablets".
_PROCEDURE = LazyPattern(
    r"\b(?:(?:took|drew|draw|drawn|taken|taking|take) (?:some |my |his |her |more )?blood"
    r"|blood (?:tests?|work|draws?|drawn|taken|results|thinners?|sugars?)"
    r"|(?:blood pressure|bp) (?:tablets|pills|meds|medications?|medicine|cuff|monitor|machine))\b"
)
# Read after _PROCEDURE took "took blood" out: "bruised a little where they".
_WHERE_A_NEEDLE_WENT = LazyPattern(
    r"\bwhere (?:they|the \w+|(?:my|his|her) \w+)(?: (?:took|drew|had|put|went in)\b|\s*$)"
    r"|\bfrom the (?:blood draw|draw|iv|needle|cannula|injection|shot|line)\b"
    r"|\bfrom (?:the|a)\s*$"  # "a bruise from the blood draw", "blood draw" taken out
)
# A sensation the cold brings on: "my lip tingles a bit when i'm cold".
_IN_THE_COLD = LazyPattern(
    r"\b(?:when(?:ever)? (?:i'm|i am|i get|it's|he's|she's|he gets|she gets|it gets)"
    r" (?:cold|chilly)|in the cold)\b"
)
# A clause that only dates the one before: "i fainted once at the infusion center, 3 weeks ago".
_ONLY_A_DATE = LazyPattern(
    r"^\s*(?:about |like |maybe |around |over )?(?:\w+ )?(?:weeks?|fortnights?|months?|years?)"
    r" ago(?: (?:feels like|or so|i think|i guess|now))?\s*$"
    r"|^\s*(?:last (?:week|month|year)|back on day \d+)\s*$"
)
# Which reading means what, asked: "my cuff gives two numbers, which one tells me it's too low".
_WHICH_READING = LazyPattern(
    r"\b(?:at what|what|which)(?: \w+){0,3} (?:number|numbers|reading|one|level|point)\b"
    r"(?: [\w']+){0,4} (?:tells?|means?|counts?|is too|is a real|do you call|should i call)\b"
    r"|^\s*¿?\s*(?:a|con|desde) qu[eé] (?:temperatur[ae]|n[uú]mero|nivel|fiebre|grados?)\b"
)
# Asleep or awake for a procedure: "would i be awake for it".
_SEDATION = LazyPattern(
    r"\b(?:be |stay |kept )?(?:awake|asleep|sedated|put under|knocked out) (?:for|during)"
    r" (?:it|the|that|this)\b"
)
# Someone feeling well, where no symptom is named: "slept 10 hours, feel ok today".
_FEELS_WELL = LazyPattern(r"\b(?:feel|feels|feeling|felt) (?:ok|okay|fine|good|well|great)\b")
_WELL_NOW = LazyPattern(
    r"\b(?:feel|feels|feeling|i'm|im|i am|he's|she's|doing) (?:ok|okay|fine|good|well|great"
    r"|better)(?: (?:today|now|this morning|tonight))?\b"
)
# Hopeless about, or sick of, a named thing, not about living: "i feel hopeless about the cost",
# "I'm sick and tired of needles" (the learned layer read them as crisis).
_ABOUT_A_THING = LazyPattern(
    r"\b(?:hopeless|helpless) about (?:the|my|getting|this|our|his|her|any)"
    r"(?! (?:life|living|future|everything|myself|it all|being alive|going on|recovery))\b"
    r"|\bsick (?:and tired )?of (?:the |these |all the |my |this |all this )?"
    r"(?!(?:living|life|being|everything|it all|myself|this|fighting)\b)[a-z]+s\b"
)
# Medicine thrown up, a dosing question: "what if i start throwing up my pills, should i retake
# them", "if he vomits his meds should we give them again".
_MEDS_THROWN_UP = LazyPattern(
    r"\b(?:throw\w* up|threw up|vomit\w*|puk\w*|sick up|brings? up|brought up)"
    r" (?:all |some |one of )?(?:my|his|her|their|the|your)? ?(?:pills|meds|tablets|medicines?"
    r"|medications?|doses?|dose)\b"
)
# A story of someone else's suicidal feelings long past, well now: "someone in the lupus group
# said she felt suicidal years ago before treatment but is well now".
_THEIR_PAST_CRISIS = LazyPattern(
    r"\b(?:felt|feeling|was|were|been|being) suicidal\b[^.!?\n]{0,60}"
    r"\b(?:(?:years?|months?) (?:ago|back)|during (?:their|his|her) (?:treatment|chemo))\b"
    r"[^!?\n]{0,60}\b(?:is|are|'s|she's|he's|they're|shes|hes|theyre|doing) (?:doing |actually )?"
    r"(?:well|better|fine|good|great|happy)(?: now)?\b"
)
# Grief for someone who died: "my mum died of cancer 3 years ago", "it's the anniversary of my
# dad's death", "lost my grandad in the spring", a death in the family told as news. The layer
# read these as crisis (sets 10-13); with a crisis word beside the death ("... and i want to
# join her") it still may.
_KIN = (
    r"(?:mum|mom|mother|dad|father|brother|sister|grandad|grandpa|grandma|granny|gran|nan|nana"
    r"|friend|aunt|uncle|cousin|husband|wife|son|daughter|partner|grandmother|grandfather"
    # Kin by marriage and the next generation, and friends by any name: "my best mate's
    # suicide last year", "my stepdad passed away".
    r"|grandson|granddaughter|nephew|niece|twin|child|baby|parents|stepdad|stepmum|stepmom"
    r"|stepfather|stepmother|godmother|godfather|fianc[eé]e?|boyfriend|girlfriend|mate|pal|buddy"
    r"|bestie|(?:mother|father|brother|sister|son|daughter)[- ]in[- ]law|in-laws"
    # A pet's death is grief too: "our dog died last week and im just sad".
    rf"|{ANIMALS})"
)
# Kin told of: "my sister felt suicidal ... but she's happy now" is her story, long over.
_KIN_TOLD = LazyPattern(rf"\b(?:my|our) {_KIN}\b")
# A decade of one's life, long behind: "i self-harmed in my twenties, haven't in 20 years".
_YEARS_OF_LIFE = LazyPattern(
    r"\bin (?:my|his|her) (?:teens|twenties|thirties|forties|fifties|[1-5]0s|early \w+|late \w+)\b"
)
# A wish told as a habit over: "i used to want to die when my lupus was at its worst".
_USED_TO_WANT = LazyPattern(r"\bused to (?:want to|wanna)\b")
# Their death by suicide is grief too: "i lost my best friend to suicide years ago".
_PAST_GRIEF = LazyPattern(
    rf"\b(?:(?:my|our|a) (?:\w+ )?{_KIN}(?: (?:from|in|at) (?:my|our|the) \w+(?: \w+)?)?"
    r"(?: who)? (?:died|passed(?! out)(?: away)?|took (?:his|her|their) own life)(?: by suicide)?"
    # "thinking about my late mum", "i still miss my dad, he would have loved ...".
    rf"|(?:my|our) late {_KIN}|miss(?:ing)? (?:my|our) (?:late )?{_KIN}"
    rf"|(?:lost|losing) (?:my|our) (?:\w+ )?{_KIN}(?: to suicide)?"
    rf"|anniversary of (?:my|our) (?:\w+ )?{_KIN}'?s? death"
    # The death named as a noun: "after my brother's suicide in 2009", "the death of my uncle".
    rf"|(?:my|our|a) (?:\w+ )?{_KIN}(?:'s|s) (?:suicide|death|passing|funeral|loss)"
    rf"|(?:suicide|death|passing|loss) of (?:my|our) (?:\w+ )?{_KIN})\b"
)
# Wanting to follow them: "i want to be with her", "join him", "see her again soon".
# Said to be over, of a crisis long past ("havent in decades", "in a much better place now")...
_OVER_NOW = LazyPattern(
    r"\b(?:have(?:n't|nt| not)(?: \w+)? (?:in|for|since) (?:years|decades|ages|a long time"
    r"|\d+ years)|not since|(?:in )?a (?:much |way |far )?better place now|(?:doing|feeling|feel"
    r"|am|i'm|im) (?:so |much |a lot |way |far )?better now|(?:years|decades) clean"
    # "i'm ok now", "im 52 now and in a good place", "never since".
    r"|(?:i'm|im|i am) (?:ok|okay|fine|well|good|safe) now|in a (?:good|better|much better|safe)"
    # "im nothing like that now", "now i'm actually hopeful".
    r" place|never since|nothing like (?:that|this) (?:now|today)"
    r"|now (?:i'm|im|i am) (?:actually |really |so )?(?:hopeful|happy|well|ok|okay|fine|good"
    # "i've been well for a long time", "im 45 now and doing well", "i'm past that", "the
    # counselling helped".
    r"|safe)|(?:i've|ive|i have|i'm|im|i am) (?:been )?(?:doing )?(?:really |very |so )?(?:well"
    r"|fine|ok|okay|good|great|stable|happy) (?:for|since) (?:a long time|years|ages|a while"
    r"|decades|\d+ years|then)|(?:i'm|im|i am) \d\d now"
    r"|(?:i'm|im|i am|been) doing (?:really |very |so )?(?:well|fine|great|good|ok|okay)"
    r"(?: now)?(?=\W*$)|(?:i'm|im|i am) (?:well |long |way )?past (?:that|it|all that"
    r"|those thoughts)|(?:that's|thats|it's|its) (?:all )?behind me"
    r"|(?:counsel+ing|therapy|the therapy|talking|it) (?:really )?helped)\b"
)
# ... with nothing of it now: "again", "lately", an urge, a plan, a means kept, "anymore".
_STILL_NOW = LazyPattern(
    r"\b(?:again|lately|recently|these days|tonight|today|this (?:week|month)|urges?"
    r"|(?:it's|its|is|are|came|coming|comes|creeping) back"
    r"|anymore|thinking (?:about|of) (?:it|doing)|want to|wanna|plan\w*|saved|saving"
    r"|stockpil\w*|hoard\w*|bought|still (?:have|got))\b"
)
# A goodbye the dead did not get is grief, not a farewell: "my dad passed away during my
# treatment and i didn't get to say goodbye".
_MISSED_GOODBYE = LazyPattern(
    r"\b(?:didn't|didnt|did not|couldn't|couldnt|could not|never|wasn't able to|wasnt able to)"
    r" (?:get to |got to |even |have the chance to )?say (?:a |my |our )?goodbyes?"
    r"(?: to (?:him|her|them|my \w+))?\b"
)
_FOLLOW_THE_DEAD = LazyPattern(
    r"\b(?:be with|join|see|go to) (?:him|her|them)\b"
    r"|\b(?:don't|dont|do not) want to (?:be here|live|go on|carry on|wake up)\b"
)
# Kin named, then their death told by a pronoun: "my wife had ms and she died last year".
_THEY_DIED = LazyPattern(
    r"\b(?:and|but|then|when) (?:he|she|they) (?:died|passed(?! out)(?: away)?)\b"
)
# When they died, if not long ago: "on tuesday", "during my treatment". Not today or last
# night: a death hours old keeps the layer's crisis call ("my husband died this morning").
_WHEN_THEY_DIED = LazyPattern(
    rf"\b(?:this (?:week|weekend)|on {WEEKDAY}|over the weekend|the other day|a (?:few|couple"
    r" of) days (?:ago|back)|during (?:my|his|her|our|the) (?:treatment|chemo|transplant"
    r"|infusion|stay)"
    r"|anniversary|before (?:this|the|car-?t|cart)|late (?:mum|mom|mother|dad|father|husband"
    r"|wife|\w+)|would have (?:loved|liked|been))\b"
)
_FOLLOW_UP = LazyPattern(r"^\s*(?:and|or|but|what about|how about|y|o|pero|¿y)\b")
_DIGIT = LazyPattern(r"\d")
_WORD = LazyPattern(r"[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?")


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_BREAK.split(text) if c and c.strip()]


def _happening_now(
    clause: str,
    start: int,
    end: int,
    following: str,
    is_reading: bool,
    lasting: bool = True,
    text: str = "",
) -> bool:
    return _reading(clause, start, end, following, is_reading, lasting, told_in=text) != CALM


def _reading(
    clause: str,
    start: int,
    end: int,
    following: str,
    is_reading: bool,
    lasting: bool = True,
    dated_in: str = "",
    told_in: str = "",
) -> str:
    """Return NOW, CALM (denied, over, long past, asked about) or UNCLEAR for one sign.

    A sign that is an event, not a state (`lasting` false: a seizure), is not calm for being
    over: "she had a fit, it just stopped" still needs the team now. A sign asked whether it is
    so, in a text (`dated_in`) that tells the day of one's own course, reads UNCLEAR. Care asked
    for a sign told as now, in the clause, after it or (`told_in`, `dated_in`: the whole text) a
    day of one's own course, reads NOW.
    """
    before, after = clause[:start], clause[end:]
    # "she's never talked like this", "he's never been this confused": a sign new to them.
    new_to_them = _NEVER_SO.search(before) or (_NEVER.search(before) and _LIKE_THIS.match(after))
    # A clause opening with a denial denies up to a new subject told with what they have: "no
    # more prednisone and i've got chest pain" tells a sign.
    denied = _DENIAL.match(clause) and start > 0 and not _NEW_SUBJECT.search(before)
    if not new_to_them and (_negated(before) or denied):
        return CALM  # not "no puedo respirar"
    if _DENIED_STATE.search(clause[start:end]) or _AS_USUAL.match(after):
        return CALM  # "face isn't drooping", "talking normally"
    if _DENIED_AFTER.match(after):
        return CALM  # "my neck isn't stiff", "my headache is not the worst ever"
    if _WORST_WAS.match(after) and not _NOW.search(f"{clause}\n{following}"):
        return CALM  # "the worst headache i ever had was a hangover in college"
    if _EXPLAINED.search(before):
        return CALM  # "…, but that was dehydration": a cause given, not a sign
    if _IN_THE_COLD.search(after) or (
        clause.startswith("bruis", start) and _WHERE_A_NEEDLE_WENT.search(after)
    ):
        return CALM  # "my lip tingles a bit when i'm cold", "bruised where they took blood"
    next_clause = following.split("\n")[0]  # `following`: the later clauses, one a line
    if _ANSWERED_NO.match(next_clause):
        return CALM  # "fever? no."
    if _ONLY_A_DATE.match(next_clause):
        # "i fainted once at the infusion center, 3 weeks ago'; a seizure dated weeks back is
        # over too, unlike one that "just stopped".
        return CALM
    if (
        not lasting
        and _DATED_EVENT.search(clause)
        and _OVER_SINCE.search(following)
        and not _NOW.search(_OVER_SINCE.sub(" ", f"{clause}\n{following}").replace("since", " "))
    ):
        return CALM  # "had a seizure on day 8, fine since"
    # "went away with calpol but it's back now", "came back tonight after it settled on day 4":
    # an end told, then the sign back, with no end after its return.
    if lasting and not _returned(f"{after}\n{following}", clause):
        measured = bool(_MEASURED.search(clause[start:end]))
        if _REFERS_BACK.match(next_clause) and (
            _resolved(next_clause, measured)
            or any(_past_phrases(next_clause.split(" and ")[0], treatment_month=True))
        ):
            return CALM  # "…, it went away", "…, that was six weeks ago"
        # "... and on no antivirals anymore": a medicine stopped, not the sign.
        if _resolved(_MEDICINE_STOPPED.sub(" ", after), measured):
            return CALM
        # "fever on day 2 ..., it's been normal for weeks": over, unless this clause says now
        # ("otherwise he's fine" says the rest is fine, not this), or it happened once.
        later = _MEDICINE_STOPPED.sub(" ", following.split("otherwise")[0])
        # "took tums and it passed, feel fine today": the "today" is of feeling fine.
        now_later = _NOW.search(_OVER_SINCE.sub(" ", _RESOLVED.sub(" ", _WELL_NOW.sub(" ", later))))
        if _resolved(later, measured) and (
            _ONCE.search(clause) or not (_NOW.search(clause) or now_later)
        ):
            return CALM
    asked = _HYPOTHETICAL.search(clause) and not _HERE_AND_NOW.search(clause)
    # "whats the word for a nosebleed, it started last night": the sign's name asked for, not
    # a word quoted, when a later clause tells it going on.
    # "...? asking because thats me right now", "what if its 39.3. it is.": the what-if taken back.
    going_on = _going_on_since(following) or made_real(clause, following)
    quoted = _not_a_persons(before) and not (going_on and _NAME_FOR.search(before))
    if _ITS_NAME_ASKED.match(next_clause) and not (
        going_on or _WORD.search(before) or _NOW.search(clause)
    ):
        return CALM  # "vomiting blood, what's the medical word for it?": its name asked for
    if (asked and not going_on) or quoted:
        # "my dog has a fever", not "she didn't recognise our dog"; "is it icans if he cant find
        # his words right now" asks of a sign happening.
        return CALM
    if (
        (told := _SOMEONE_ELSES_STORY.search(before))
        and not (_NOW.search(clause) or _PRESENT_VERB.search(before[told.end() :]))
        and not _IN_LAW_TREATED.search(f"{clause}\n{following}")
    ):
        return CALM  # "my friend's mom had a seizure after her cells", not "... is confused"
    if not is_reading and _IF_CLAUSE.match(clause) and _WHAT_TO_DO.search(next_clause):
        return CALM
    if (
        not is_reading
        and (_AS_ALWAYS.search(clause) or _ONLY_AS_ALWAYS.match(next_clause))
        and not _NOT_AS_USUAL.search(f"{clause}\n{next_clause}")
    ):
        return CALM  # "ms legs are stiff this morning like most mornings"
    # "was back on day 4 while i was still an inpatient": "still" is inside the past.
    # "weak legs for years, since yesterday i cant stand up": long-standing, then changed.
    if (
        _long_past(clause, start, end)
        and not _NOW.search(_DISTANT_PAST.sub(" ", clause))
        and not (_LONG_STANDING.search(clause) and _CHANGED.search(_BASELINE.sub(" ", following)))
    ):
        return CALM
    if any(_LONG_STANDING.search(c) for c in (clause, following)) and not any(
        _CHANGED.search(c) for c in (clause, following)
    ):
        return CALM
    recent_words = " ".join(_WORD.findall(before)[-8:])
    if _PERSON_NOW.search(recent_words + " " if before.strip() else "") or _NOW.search(clause):
        return NOW
    if _QUESTION_START.match(clause) or (
        not is_reading
        and _TOPIC.search(clause)
        and not (_DAY_OF_COURSE.search(clause) and not _DISTANT_PAST.search(following))
    ):
        # "is 38.2 bad? i'm 8 days out and feel awful": the reading asked about is the writer's;
        # a pulse or a pressure too ("is normal the heart make 130 when i sit? i am only sitting").
        if (is_reading or _DIGIT.search(clause, start, end)) and _own_reading(following):
            return NOW
        # "is there a name for this twitching? i've had it since i woke up": the sign asked
        # about is told as going on now in the next clause.
        if going_on:
            return NOW
        # "what can i do at home for a temp of 38.6 and shivering, 7 days after car-t": care
        # asked for a sign told as now is the writer's sign now, however asked (care_asked.py).
        if (
            care_asked(clause)
            and not _AN_ANIMAL.search(clause)
            and (
                (is_reading and not _A_BOUND.search(before) and not medicine_asked(clause))
                or _told_now(f"{clause}\n{following}")
                or a_course_day_told(told_in or dated_in)
            )
        ):
            return NOW
        # "extremely sleepy cant stay awake car-t day 6 normal?": asked on a day of one's own
        # course, the sign is one's own now (course_day.py): unclear, the layer has its say.
        if dated_in and asked_whether(clause) and a_course_day_told(dated_in):
            return UNCLEAR
        return CALM
    # A report without a subject: "cant breath", "temp 102 f", "worst headache ever".
    return NOW if is_reading or len(_WORD.findall(before)) <= 2 else UNCLEAR


def _returned(told_after: str, clause: str) -> bool:
    """Tell whether the text after a sign tells it back, with no end told after its return."""
    since = told_since_return(told_after, clause)
    return since is not None and not _resolved(since)


def _not_a_persons(before: str) -> bool:
    """Tell whether the words before a sign give it to an animal or to a word quoted, with no
    person named after the animal: "the cat tripped my dad on the stairs and now he doesnt
    know where he is" is his."""
    before = _ANIMAL_AS_OBJECT.sub(" ", before)
    named = list(_NOT_ABOUT_A_PERSON.finditer(before))
    if not named:
        return False
    last = named[-1]
    after = before[last.end() :]
    return not (
        _AN_ANIMAL.fullmatch(last.group()) and (_HE_OR_SHE.search(after) or names_a_person(after))
    )


_AN_ANIMAL = LazyPattern(ANIMALS)
_HE_OR_SHE = LazyPattern(r"\b(?:he|she|he's|she's|they|they're)\b")


def _own_reading(following: str) -> bool:
    """Tell whether the clauses after a reading asked about say it is someone's now."""
    words = " ".join(_WORD.findall(following)) + " "
    return bool(
        following
        and not _HYPOTHETICAL.search(following)
        and (_NOW.search(following) or _PERSON_NOW.search(words) or _OWN.search(following))
    )


def _going_on_since(following: str) -> bool:
    """Tell whether one of the two clauses after a question says the sign it asked about is
    someone's, going on now: "i've had it since i woke up", "its been there since yesterday",
    "this one's been going 50 minutes" (not "it's been fine since", nor "i had it as a kid");
    or, after a sign asked of a friend or of "someone", that it is the writer's or their own
    person's, now: "ok it's me, right now", "fine, its my husband. since lunch"."""
    clauses = following.split("\n")[:3]
    if any(
        _HAD_IT.match(clause) and _told_now(clause) and not _resolved(clause)
        for clause in clauses[:2]
    ):
        return True
    return any(
        _REVEALED.match(clause)
        and any(_told_now(c) for c in clauses[i : i + 2])
        and not any(_resolved(c) for c in clauses[i : i + 2])
        for i, clause in enumerate(clauses[:2])
    )


def _told_now(clause: str) -> bool:
    """Whether a clause tells a time that is now: "since this morning", "for 2 hours now"."""
    return bool(_NOW.search(clause) or _FOR_A_WHILE_NOW.search(clause))


# The one asked about revealed as the writer or their own person: "ok fine it's me", "its
# actually my wife", "i'm the friend".
_REVEALED = LazyPattern(
    r"^\s*(?:(?:ok|okay|fine|alright|actually|honestly|well|so|and|truth is|the truth is|to be"
    r" honest|who am i kidding|lets be honest|let's be honest)\s+)*(?:(?:it's|its|it is|thats"
    r"|that's|this is) (?:actually |really |honestly )?(?:me|him|her|my (?:\w+ )?(?:husband|wife"
    r"|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|boyfriend|girlfriend|child"
    r"|kid|baby))|(?:i'm|im|i am) (?:actually )?the (?:friend|someone|one)|the (?:friend|someone)"
    r" is (?:me|my \w+))\s*$"
)


# A sign asked about, referred back to as someone's: "i've had it", "it's been", "it started".
_HAD_IT = LazyPattern(
    r"^\s*(?:(?:and|but|so|also|because|cos|cause|as|well|btw|coz)\s+)*(?:(?:(?:i|he|she|they|we"
    r"|(?:my|our) \w+)(?:'ve|ve| have| has|'s|s)?(?: \w+)? )?(?:had|got|been having|been getting"
    r"|noticed|have|has|having|(?:i'm|im|he's|hes|she's|shes) having) (?:it|this|that|them|these"
    r"|those|one)\b|(?:it's|its|it is|this is|that's|thats) (?:happening|going on) (?:right )?now"
    # "chest pain after car-t, hypothetically? it's now. mine."
    r"|(?:it's|its|it is) (?:right )?now\s*$"
    r"|(?:it|this|that|they|this one|this ones|this one's)(?:'s|s| has| have)? ?(?:been"
    r" (?:there|going|going on|happening|on and off|coming and going|like (?:this|that))"
    r"|started|began|came on|kicked in|keeps? (?:happening|coming|going))\b)"
)
# A number told as a line, not a reading: "what can i do for a temp under 38".
_A_BOUND = LazyPattern(
    r"\b(?:under|over|above|below|less than|more than|higher than|lower than)\s*$"
)
# The name of a sign asked for: "the word for", "a proper medical name for", "a term for".
_NAME_FOR = LazyPattern(r"\b(?:word|name|term)s? for\b")
# A span that runs up to now: "going 50 minutes", "started at lunch", "all day".
_FOR_A_WHILE_NOW = LazyPattern(
    r"\b(?:going (?:for )?(?:\d+|an?|half an|about \w+) (?:minutes?|mins?|hours?|hrs?)"
    r"|(?:started|began|came on|kicked in) (?:at|around|about|after|over) (?:lunch\w*|breakfast"
    r"|dinner|tea|\d)\w*|(?:started|began|came on|kicked in) (?:last night|yesterday)"
    r"|all (?:day|morning|afternoon|evening|night))\b"
)


# The reading is the writer's: "that's what I have", "mine is".
_OWN = LazyPattern(r"\b(?:that's|thats|that is) (?:what|where) (?:i|he|she|we)\b|\bmine is\b")


_MEDICINE_STOPPED = LazyPattern(
    r"\b(?:on no |off (?:the |my |his |her )?|(?:not|no longer) on (?:the |my |his |her |any )?"
    r"|not taking (?:the |my |his |her |any )?|stopped (?:taking )?(?:the |my |his |her )?)"
    r"(?:\w+ )?(?:antivirals?|antibiotics?|meds|medicines?|medications?|pills|tablets|steroids"
    r"|prophylaxis|acyclovir|valacyclovir|valtrex)(?: (?:anymore|any more|now))?\b"
)
# Words that say something unnamed is over: "the sores healed up", "the red mark faded".
_HEALED = LazyPattern(
    r"\b(?:healed|faded|fading|went away|gone now|gone since|cleared up|resolved|none since"
    r"|all better|better now|back to normal"
    r"|been (?:him|her|my|them)sel(?:f|ves)(?: again)?(?: since| for (?:days|weeks|ages))?)\b"
)
# Signs that are over as soon as they happen: one today is urgent even when it "stopped" or
# "went away" ("couldn't talk for a minute, it passed"); and being lost in time, which the
# message itself explains with a long-past fact ("thinks he's off to work, he retired years ago").
_EVENTS = frozenset({"seizure", "brief episode", "disorientation"})
# A state denied inside the words of a sign: "face isn't drooping", "lips are not blue".
_DENIED_STATE = LazyPattern(
    r"\b(?:isn't|is not|aren't|are not|wasn't|not|no longer|never)(?: \w+)? (?:droop\w*|crooked"
    r"|lopsided|numb|weak|blue|gr[ae]y|purple|swollen|confused|slurr\w*|stiff|racing|pounding"
    r"|tight|bleeding|shaking|red|warm|hot|oozing|leaking)\b"
)
# The words right after a red flag deny its state: "neck isn't stiff", "headache is not the worst".
_DENIED_AFTER = LazyPattern(
    r"\s*(?:is |are |was )?(?:isn't|aren't|wasn't|not)(?: really| very| that| too| the)?"
    r" (?:stiff|red|warm|hot|swollen|severe|worst|blue|gr[ae]y|droop\w*|weak|numb|racing"
    r"|pounding|painful|sore|tight|bleeding|leaking)\b"
)
# "Never" said of a sign as it is now, which says it is new, not denied: "she's never talked
# like this", "he has never been this confused", "never seen him shake like that".
_NEVER = LazyPattern(r"\bnever(?: \w+){0,3}\s*$")
_NEVER_SO = LazyPattern(r"\bnever(?: \w+){0,3} (?:this|so)\s*$")
_LIKE_THIS = LazyPattern(r"^(?: \w+){0,2} like (?:this|that)\b")
# The words after a sign say it is as usual: "talking normally", "peeing fine".
_AS_USUAL = LazyPattern(
    r"\s*(?:normally|normal|fine|ok|okay|well|as usual|clearly|just fine|neat)\b"
    r"|\s*(?:is|are|looks?|seems?) (?:neat|normal|fine|ok|okay) as (?:ever|usual|always)\b"
    # The part of the last reply about it: "sorry, the seizure part, what did you mean".
    r"|\s*(?:part|section|paragraph)\b"
)
# The sign is given as the cause of something over: "that was dehydration", "it was from".
_EXPLAINED = LazyPattern(
    r"\b(?:that|it|this|which) (?:was|is|'s)(?: just| only)?(?: from| due to| because of)?\s*$"
)
# The worst of a sign told as one in the past: "the worst headache i ever had was a hangover".
_WORST_WAS = LazyPattern(
    r"\s*(?:that )?(?:i|he|she|they|we)(?:'ve| have| has)?(?: ever)? (?:had|got) was\b"
)
# The sign's name asked for, after it: "vomiting blood, what's the medical word for it?".
_ITS_NAME_ASKED = LazyPattern(
    r"^\s*(?:(?:and|so|but|ok)\s+)?(?:what's|whats|what is|wats|what are)\s+(?:the\s+|a\s+)?"
    r"(?:\w+\s+)?(?:word|name|term)s?\s+for\s+(?:it|that|this|them)\b"
)
_ANSWERED_NO = LazyPattern(r"^\s*(?:no|nope|none|negative|nah)\s*$")
_ONCE = LazyPattern(r"\b(?:once|one time)\b")


def _resolved(text: str, measured: bool = True) -> bool:
    """Tell whether a text says a sign is over. A patient's own word that they are fine does
    not ("she says she's fine but she isn't"; "the nurse said it's the iron" does), nor do fine
    numbers for a sign no number measures ("not himself … numbers are fine but something's off").
    """
    return any(
        not _NOT_RESOLVED.search(text[: m.start()])
        and not _REPORTED.search(text[: m.start()])
        and (measured or not _READINGS_SUBJECT.search(text[: m.start()]))
        for m in (*_RESOLVED.finditer(text), *_OVER_SINCE.finditer(text))
    )


# Over, and well since, said at a clause's end: "clear ever since", "not since", "never again
# since", "and it went". A sign told as over has a time after it; "ever since" alone ("confused
# ever since") says it goes on, so the word before says what has held since.
_OVER_SINCE = LazyPattern(
    r"\b(?:(?:fine|ok|okay|clear|normal|good|well|nothing|none|not|never(?: again)?)(?: ever)?"
    r" since|(?:it|that|which) went)(?=\s*(?:[.,;!?\n]|$))"
)
# An event told as once, or on a day of one's course, or long ago: with well since, it is over
# ("i had a seizure on day 8, i'm on keppra and fine since"), unlike "she had a fit, it just
# stopped", which still needs the team now.
_DATED_EVENT = LazyPattern(r"\b(?:once|one time|on day \d{1,3}|on the day|the day (?:i|he|she))\b")


_REPORTED = LazyPattern(
    r"\b(?:he|she|they|i)(?:'s|'re| \w+)? (?:says?|saying|said|insists?|insisting|insisted"
    r"|claims?|claiming|claimed|swears?|swearing|keeps saying|kept saying|tells? (?:me|us)"
    r"|telling (?:me|us)|told (?:me|us)|thinks?|reckons?)(?: that)?"
    r"(?: (?:he|she|they|i|it|we))?\s*$"
)
_READINGS_SUBJECT = LazyPattern(
    r"\b(?:numbers|readings?|vitals|obs|observations|stats|levels|labs?|bloods|blood work"
    r"|tests?|results?|scans?)(?: (?:all|are|were|is|was|look|looks|looked|seem|seems))*\s*$"
)
# Signs a number measures: fine numbers may say these are over.
_MEASURED = LazyPattern(r"fever|temp|febrile|pressure|\bbp\b|oxygen|\bo2\b|sats|pulse|heart|\bhr\b")


def _long_past(clause: str, start: int, end: int) -> bool:
    """Tell whether a 'weeks ago' belongs to this sign, not to an earlier event."""
    for match in _past_phrases(clause):
        if match.start() >= end:
            return True  # "a seizure years ago"
        if match.end() <= start and not _PRESENT_VERB.search(clause[match.end() : start]):
            return True  # "last week I had a fever", not "CAR-T last week and his temp is"
    return False


def _past_phrases(text: str, treatment_month: bool = False) -> list[re.Match[str]]:
    """Return the long-past phrases of a text, but not the date of the treatment itself.

    "breathing fast, he had CAR-T last week": the treatment is past, not the breathing. With
    `treatment_month`, for a clause after the sign's, nor its month: "..., she had her car t in
    march" (a month beside the sign may be the sign's: "wobbly after infusion in august").
    """
    return [
        m
        for m in _DISTANT_PAST.finditer(text)
        if not (
            (_TIME_AGO.search(m.group()) or (treatment_month and _IN_A_MONTH.fullmatch(m.group())))
            and _TREATMENT_BEFORE.search(text[: m.start()])
            # "had car t 3 years ago and got shingles after": what followed it is long past too.
            and not _YEARS.search(m.group())
        )
    ]


def _negated(before: str) -> bool:
    words = _WORD.findall(before)[-6:]
    # "no fever or chills": the negation reaches over a list, not further.
    words = words if "or" in words[-3:] or "nor" in words[-3:] else words[-3:]
    return any(w in _NEGATORS or (w.endswith("n't") and w not in _AFFIRMING_NOT) for w in words)
