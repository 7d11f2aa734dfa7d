"""Later turns in patients' words, asked of the guide as served: the sections they are answered
from (issue 19, round 46).

Round 45 read a later message about going home, other duties, work in the soil or being back by
a time with the guide's own question appended. A review found it fired on messages of other
kinds ("when will i be eating normally again" read as work, "could they give me fewer steroids"
as changes at work, "how much time away from my grandkids" as staying near the center, "back
before christmas", "kids play on the grass"). These probes, written for round 46 and in no eval
set, ask such messages both ways: the same words on the body, care, one's own people or a
holiday are answered from their own sections, never the misread one; round 45's readings still
answer from the guide's section; and the same words with an emergency now still get the urgent
reply (triage reads the message alone).
"""

import pytest

from bot.conversation import Section, Turn
from bot.reply_kind import ReplyKind

pytestmark = pytest.mark.model

WORK = "back-to-work-or-school#when-can-i-go-back-to-work-after-car-t"
CHANGES_AT_WORK = "back-to-work-or-school#what-changes-at-work-can-help-me-return"
STAY_NEAR = "travel-and-lodging-near-the-center#how-long-will-we-need-to-stay-near-the-center"
YARD_WORK = "avoiding-infections-at-home#can-i-garden-or-do-yard-work"
FEEL_MYSELF = "recovery-timeline#how-long-until-i-feel-like-myself-again"
STEROIDS = "medicines-around-car-t#what-are-steroids-like-dexamethasone-used-for"
MISREAD = {WORK, CHANGES_AT_WORK, STAY_NEAR, YARD_WORK}


def last_reply(built_guide, messages: tuple[str, ...]):
    """Ask each message in turn with the replies so far, as the chat page does; the last reply
    and the sections it cited ("slug#anchor")."""
    by_url = {p.url: Section(p.slug, p.anchor) for p in built_guide.index.passages}
    history: list[Turn] = []
    for message in messages:
        reply = built_guide.reply(message, history)
        cited = tuple(by_url[s.url] for s in reply.sources)
        history += [Turn("user", message), Turn("assistant", reply.text, cited)]
    return reply, [f"{s.slug}#{s.anchor}" for s in cited]


@pytest.mark.parametrize(
    ("messages", "answered_from"),
    [
        # What the body does again is recovery, not going back to work.
        (("what happens in the first two weeks after car-t",
          "when will i be eating normally again"), FEEL_MYSELF),
        (
            (
                "what happens in the first two weeks after car-t",
                "and the rest of the first month",
                "when will i be eating normally again",
            ),
            FEEL_MYSELF,
        ),
        (("why can't i drive after car-t", "when will i be driving again"),
         "icans#why-cant-i-drive-after-car-t"),
        (
            ("what is icans", "how long does it last", "when will he be reading and writing again"),
            "delayed-nerve-and-movement-effects#what-signs-should-we-watch-for-at-home",
        ),
        # Care asked of "they" is care, not a change at work.
        (("what are steroids like dexamethasone used for", "could they give me fewer steroids"),
         STEROIDS),
        (("what is crs", "how is it treated", "could they give me fewer steroids"),
         "icans#how-is-icans-treated"),
        (("what is lymphodepleting chemotherapy", "could they give me less chemo"),
         "lymphodepleting-chemotherapy#what-side-effects-can-the-chemotherapy-cause"),
        (("how is crs treated", "could they give me a different one"),
         "cytokine-release-syndrome#how-is-crs-treated"),
        # Away from one's own people or animals is about being around them.
        (("can i be around my grandchildren after car-t", "how much time away from my grandkids"),
         "visitors-and-children-after-car-t#can-i-be-around-my-children-or-grandchildren"),
        (("can i keep my pets after car-t", "how many weeks away from my dog"),
         "avoiding-infections-at-home#can-i-keep-my-pets-after-car-t"),
        (("can i keep my pets after car-t", "what about my horses", "months away from them?"),
         "avoiding-infections-at-home#can-i-keep-my-pets-after-car-t"),
        # Back by a holiday is home for it.
        (("how long is the hospital stay after car-t", "will i be back before christmas"),
         "recovery-timeline#what-happens-in-the-rest-of-the-first-month"),
        (("how long will we need to stay near the center", "could we be back by thanksgiving"),
         STAY_NEAR),
        # Digging into the research is no yard work.
        (("does car-t work for lupus", "been digging into the research, how long does it last"),
         "recovery-timeline#will-my-autoimmune-disease-stay-in-remission"),
    ],
)  # fmt: skip
def test_the_body_care_company_and_holidays_are_answered_from_their_own_sections(
    built_guide, messages, answered_from
):
    reply, cited = last_reply(built_guide, messages)
    assert reply.kind == ReplyKind.ANSWER
    assert cited[0] == answered_from
    assert answered_from in MISREAD or not MISREAD & set(cited)


@pytest.mark.parametrize(
    ("messages", "answered_from"),
    [
        (("when can i go back to work after car-t", "could my boss give me lighter duty"),
         CHANGES_AT_WORK),
        (("i drive a forklift, when can i go back to my job after car-t",
          "could they put me on desk work for a while"), CHANGES_AT_WORK),
        (("when can i go back to work after car-t", "could they give me shorter shifts at first"),
         CHANGES_AT_WORK),
        (("when can i go back to work after car-t", "i work in a warehouse",
          "could they put me on lighter jobs at first"), CHANGES_AT_WORK),
        (("how long will we need to stay near the center",
          "can we go home to phoenix after the first week"), STAY_NEAR),
        (("why stay near the treatment center", "how far from the hospital can we stay"),
         STAY_NEAR),
        (("how do i avoid infections after car-t", "can i mow the lawn"), YARD_WORK),
        (("how do i avoid infections after car-t", "is digging in the vegetable beds ok"),
         YARD_WORK),
        (("how do i avoid infections after car-t", "mucking out stalls ok?"), YARD_WORK),
        (("how do i avoid infections after car-t", "can i keep my pets",
          "what about mowing the lawn"), YARD_WORK),
        (("i farm, when can i go back to work after car-t",
          "calving starts in march, back by then?"), WORK),
        (("i run a dairy farm, when can i go back to work after car-t",
          "could i be back to work by christmas"), WORK),
    ],
)  # fmt: skip
def test_work_home_and_the_land_in_the_writers_words_keep_the_guides_section(
    built_guide, messages, answered_from
):
    reply, cited = last_reply(built_guide, messages)
    assert reply.kind == ReplyKind.ANSWER
    assert cited[0] == answered_from


@pytest.mark.parametrize(
    "messages",
    [
        ("what are steroids like dexamethasone used for",
         "could they give me fewer steroids, she is confused and cant speak since this morning"),
        ("can i be around my grandchildren after car-t",
         "how much time away from my grandkids, i have a fever of 39.2 right now and shaking"),
        ("how long is the hospital stay after car-t",
         "will i be back before christmas? had a seizure an hour ago, how do we get in touch with "
         "the team"),
        ("what happens in the first two weeks after car-t",
         "when will i be eating normally again, been vomiting blood since last night"),
    ],
)  # fmt: skip
def test_the_same_words_with_an_emergency_now_get_the_urgent_reply(built_guide, messages):
    reply, _ = last_reply(built_guide, messages)
    assert reply.kind == ReplyKind.URGENT


# Round 47 (issue 19): later turns in Spanish keep the topic, new questions do not carry it, and
# English follow-ups still do. Written for this round in patients' words, in no eval set. The
# Spanish later turns name what the guide's English names ("conteos", "catéter", "farmacéuticas",
# "cerca del centro", "guardar la comida"), with and without accents, and open with "¿".
LOW_COUNTS = "infections-and-blood-counts#how-long-can-blood-counts-stay-low"
STAYS = (STAY_NEAR, "trial-costs-and-travel#how-long-might-i-need-to-stay-near-the-center")


@pytest.mark.parametrize(
    ("messages", "answered_from"),
    [
        (
            (
                "why do blood counts drop after car-t",
                "¿y cuánto tiempo pueden estar bajos los conteos?",
            ),
            LOW_COUNTS,
        ),
        (
            ("why do blood counts drop after car-t", "cuanto tiempo se quedan bajas las defensas?"),
            LOW_COUNTS,
        ),
        (
            ("what is leukapheresis", "¿me ponen un catéter especial para eso?"),
            "leukapheresis#will-i-need-a-special-iv-line",
        ),
        (
            ("que es la leucaferesis", "necesito un cateter especial?"),
            "leukapheresis#will-i-need-a-special-iv-line",
        ),
        (
            ("how much does car-t cost", "¿las compañías farmacéuticas ayudan a pagar?"),
            "financial-help#can-drug-companies-help-with-costs",
        ),
        (
            ("who at the hospital can help with costs", "y las farmaceuticas ayudan con algo?"),
            "financial-help#can-drug-companies-help-with-costs",
        ),
        (
            (
                "where can we stay near the treatment center",
                "¿cuánto tiempo tenemos que quedarnos cerca del centro?",
            ),
            STAYS,
        ),
        (
            (
                "donde nos podemos quedar cerca del hospital",
                "y por cuantas semanas hay que quedarse cerca?",
            ),
            STAYS,
        ),
        (
            ("which foods should i avoid after car-t", "¿cómo guardo la comida que sobra?"),
            "food-safety-after-car-t#how-should-food-be-cooked-and-stored",
        ),
        (
            (
                "que comidas debo evitar despues del car t",
                "y como se guarda la comida en el refrigerador?",
            ),
            "food-safety-after-car-t#how-should-food-be-cooked-and-stored",
        ),
        (("what is icans", "¿cómo lo tratan?"), "icans#how-is-icans-treated"),
        (("what is leukapheresis", "¿duele?"), "leukapheresis#what-does-leukapheresis-feel-like"),
        (
            ("can car-t affect fertility", "¿cuánto tiempo hay que esperar para embarazarse?"),
            "fertility-and-pregnancy#how-long-should-pregnancy-wait-after-car-t",
        ),
        (
            ("when can vaccines be given after car-t", "¿y las vacunas vivas?"),
            "vaccines-after-car-t#why-do-live-vaccines-wait-longer",
        ),
        (
            ("what is ivig", "¿qué efectos secundarios tiene?"),
            "low-antibodies-and-ivig#what-are-the-side-effects-of-ivig",
        ),
        (
            ("does medicare cover car-t", "¿y medicaid?"),
            "insurance-and-medicare#does-medicaid-cover-car-t",
        ),
        (
            ("how long will i stay in the hospital", "¿cuándo puedo salir del hospital?"),
            "hospital-stay-and-monitoring#when-can-i-leave-the-hospital",
        ),
        (
            ("why does car-t need a caregiver", "¿por cuánto tiempo se necesita el cuidador?"),
            "caregiver-role#how-long-is-a-caregiver-needed",
        ),
        (
            ("what is the car-t wallet card", "¿por cuánto tiempo la tengo que llevar?"),
            "wallet-card#how-long-should-i-carry-the-wallet-card",
        ),
        (
            ("when can i go back to work after car-t", "¿me pueden despedir por faltar?"),
            "back-to-work-or-school#can-i-lose-my-job-for-taking-time-off",
        ),
        (
            ("what is lymphodepleting chemotherapy", "¿se me va a caer el pelo?"),
            "hair-loss-and-chemotherapy-effects#will-i-lose-my-hair-from-the-chemo-before-car-t",
        ),
        (
            ("que es el sindrome de liberacion de citocinas", "y como se trata?"),
            "cytokine-release-syndrome#how-is-crs-treated",
        ),
        (
            ("can car-t make an hiv test come back positive", "¿puedo donar sangre después?"),
            "hiv-tests-and-donating-after-car-t#can-i-donate-blood-or-organs-after-car-t",
        ),
        (
            ("how long do car-t cells stay in the body", "¿y qué pasa cuando se acaban?"),
            "how-long-car-t-cells-last#what-happens-when-the-car-t-cells-are-gone",
        ),
        (
            ("what is leukapheresis", "cuanto tiempo dura?"),
            "leukapheresis#how-long-does-leukapheresis-take",
        ),
    ],
)
def test_a_later_turn_in_spanish_keeps_the_topic(built_guide, messages, answered_from):
    reply, cited = last_reply(built_guide, messages)
    assert reply.kind == ReplyKind.ANSWER
    wanted = (answered_from,) if isinstance(answered_from, str) else answered_from
    assert set(wanted) & set(cited)


@pytest.mark.parametrize(
    ("messages", "answered_from", "old_article"),
    [
        (
            ("how is crs treated", "when will i feel back to normal?"),
            "recovery-timeline#how-long-until-i-feel-like-myself-again",
            "cytokine-release-syndrome",
        ),
        (
            ("why is car-t so expensive", "which groups get left out of car-t trials?"),
            "ethics-and-access#who-may-be-left-out",
            "cost-of-car-t",
        ),
        (
            ("what is leukapheresis", "does medicare cover car-t?"),
            "insurance-and-medicare#does-medicare-cover-car-t",
            "leukapheresis",
        ),
        (
            ("what is icans", "can i keep my dog after car-t?"),
            "avoiding-infections-at-home#can-i-keep-my-pets-after-car-t",
            "icans",
        ),
        (
            ("how much does car-t cost", "can lupus come back after car-t?"),
            "lupus#can-lupus-come-back-after-car-t",
            "cost-of-car-t",
        ),
        (
            ("que es la leucaferesis", "¿mi seguro paga el car-t?"),
            "insurance-and-medicare#will-insurance-pay-for-car-t-for-autoimmune-disease",
            "leukapheresis",
        ),
        (
            ("¿cuánto cuesta el car-t?", "¿puedo tener hijos después del tratamiento?"),
            "fertility-and-pregnancy#can-car-t-affect-fertility",
            "cost-of-car-t",
        ),
        (
            ("what is crs", "when can i drive again after car-t?"),
            (
                "icans#why-cant-i-drive-after-car-t",
                "staying-near-the-center-and-driving#why-is-driving-not-allowed-after-car-t",
            ),
            "cytokine-release-syndrome",
        ),
        (
            ("how long will i stay in the hospital", "what does placebo mean?"),
            (
                "glossary#what-does-placebo-mean",
                "how-clinical-trials-work#what-do-randomized-and-placebo-controlled-mean",
            ),
            "hospital-stay-and-monitoring",
        ),
        (
            ("how is icans treated", "can my grandkids visit me after car-t?"),
            (
                "visitors-and-children-after-car-t#can-i-be-around-my-children-or-grandchildren",
                "visitors-and-children-after-car-t#can-family-and-friends-visit-me-after-car-t",
            ),
            "icans",
        ),
        (
            ("what is tocilizumab", "how long do car-t cells stay in the body?"),
            "how-long-car-t-cells-last#how-long-do-car-t-cells-stay-in-the-body",
            "medicines-around-car-t",
        ),
        (
            ("does car-t work for myasthenia gravis", "what is the car-t wallet card?"),
            "wallet-card#what-is-the-car-t-wallet-card",
            "myasthenia-gravis",
        ),
        (
            ("what is leukapheresis", "¿cuándo puedo volver a trabajar después del car-t?"),
            "back-to-work-or-school#when-can-i-go-back-to-work-after-car-t",
            "leukapheresis",
        ),
        (
            ("how much does car-t cost", "¿qué comidas tengo que evitar después del car-t?"),
            "food-safety-after-car-t#which-foods-should-i-avoid-after-car-t",
            "cost-of-car-t",
        ),
        (
            ("can i keep my pets after car-t", "who pays for routine care in a trial?"),
            "trial-costs-and-travel#who-pays-for-routine-care-in-a-trial",
            "avoiding-infections-at-home",
        ),
        (
            ("what is bridging therapy", "could an approval for lupus come soon?"),
            "approval-status#could-an-approval-come-soon",
            "manufacturing-and-waiting",
        ),
        (
            ("what is tocilizumab", "what can i take for pain instead, then?"),
            "fever-and-pain-medicines-after-car-t#what-pain-medicine-can-i-use-after-car-t",
            "medicines-around-car-t",
        ),
        (
            ("how is crs treated", "what can she take for a headache"),
            "fever-and-pain-medicines-after-car-t#what-pain-medicine-can-i-use-after-car-t",
            "cytokine-release-syndrome",
        ),
        (
            ("which foods should i avoid after car-t", "how long till i feel normal again?"),
            "recovery-timeline#how-long-until-i-feel-like-myself-again",
            "food-safety-after-car-t",
        ),
        (
            ("why is car-t so expensive", "which groups get unfairly excluded, who?"),
            "ethics-and-access#who-may-be-left-out",
            "cost-of-car-t",
        ),
        (
            ("que es icans", "¿mis nietos me pueden visitar después?"),
            (
                "visitors-and-children-after-car-t#can-i-be-around-my-children-or-grandchildren",
                "visitors-and-children-after-car-t#can-family-and-friends-visit-me-after-car-t",
            ),
            "icans",
        ),
    ],
)
def test_a_new_question_is_answered_from_its_own_section_not_the_topics(
    built_guide, messages, answered_from, old_article
):
    reply, cited = last_reply(built_guide, messages)
    assert reply.kind == ReplyKind.ANSWER
    wanted = (answered_from,) if isinstance(answered_from, str) else answered_from
    assert set(wanted) & set(cited)
    assert not any(c.startswith(f"{old_article}#") for c in cited)


@pytest.mark.parametrize(
    ("messages", "answered_from"),
    [
        (
            ("what is leukapheresis", "does it hurt?"),
            "leukapheresis#what-does-leukapheresis-feel-like",
        ),
        (("what is icans", "how is it treated?"), "icans#how-is-icans-treated"),
        (("what is crs", "how is it graded?"), "cytokine-release-syndrome#how-is-crs-graded"),
        (
            ("what is ivig", "any side effects?"),
            "low-antibodies-and-ivig#what-are-the-side-effects-of-ivig",
        ),
        (
            ("does medicare cover car-t", "what about medicaid?"),
            "insurance-and-medicare#does-medicaid-cover-car-t",
        ),
        (
            ("what is leukapheresis", "how long does it take?"),
            "leukapheresis#how-long-does-leukapheresis-take",
        ),
        (
            ("what is the car-t wallet card", "how long do i carry it?"),
            "wallet-card#how-long-should-i-carry-the-wallet-card",
        ),
        (
            ("why does car-t need a caregiver", "for how long?"),
            "caregiver-role#how-long-is-a-caregiver-needed",
        ),
        (
            ("what is lymphodepleting chemotherapy", "which drugs?"),
            "lymphodepleting-chemotherapy#which-drugs-are-used",
        ),
        (
            ("how is mrna car-t different from standard car-t", "is it safer?"),
            "mrna-car-t#is-mrna-car-t-safer-than-standard-car-t",
        ),
        (
            ("can lupus come back after car-t", "what about myositis?"),
            "myositis#can-myositis-come-back-after-car-t",
        ),
        (
            ("what is in vivo car-t", "how far along is the research?"),
            "in-vivo-car-t#how-far-along-is-in-vivo-car-t-research",
        ),
        (
            ("what does off-the-shelf car-t mean", "what are the benefits?"),
            "off-the-shelf-car-t#what-are-the-possible-benefits-of-donor-car-t",
        ),
        (("what is licats", "is it serious?"), "licats#how-serious-is-licats"),
        (
            ("when can vaccines be given after car-t", "what about live ones?"),
            "vaccines-after-car-t#why-do-live-vaccines-wait-longer",
        ),
        (("why do blood counts drop after car-t", "how long can they stay low?"), LOW_COUNTS),
    ],
)
def test_a_follow_up_still_carries_the_topic(built_guide, messages, answered_from):
    reply, cited = last_reply(built_guide, messages)
    assert reply.kind == ReplyKind.ANSWER
    assert cited[0] == answered_from


@pytest.mark.parametrize(
    "messages",
    [
        # The same words with an emergency now: triage reads the message alone, before any of it.
        (
            "how is crs treated",
            "when will i feel back to normal? i have 39.5 fever and cant breathe",
        ),
        (
            "what is tocilizumab",
            "what can i take for pain? my chest is crushing and my lips are blue",
        ),
        (
            "que es la leucaferesis",
            "¿me ponen un catéter? tuvo una convulsión ahora mismo, no responde",
        ),
        (
            "why do blood counts drop after car-t",
            "¿cuánto tiempo bajos los conteos? tengo 39 de fiebre y escalofríos, día 6",
        ),
    ],
)
def test_the_same_words_with_an_emergency_now_get_help(built_guide, messages):
    reply, _ = last_reply(built_guide, messages)
    assert reply.kind == ReplyKind.URGENT


# Round 48 (issue 19): a short later turn asking how long a thing takes, whether CAR-T can be
# given again, or whether a mood is normal states the fact asked, in English or Spanish; a
# complete new question after it is answered from its own article, not the old topic's; and the
# same words with an emergency now still get help. Written for this round, in no eval set.
REDONE = "a second dose of the same CAR-T may not work"
MOOD = "anxiety and low mood are common"

# Round 49 (issue 19): a short later turn asking what a term stands for, how the cells are made
# (or how long and why so long) or how long a rule lasts states the fact asked, in English or
# Spanish, after varied first turns; another thing made (IVIG, in vivo CAR-T) keeps its own
# section; a complete new question after it is answered from its own article, not the short
# turn's; and the same words with an emergency now still get help. Written for this round before
# its code (the making-time ones before theirs), in no eval set.
MADE = "adding the CAR gene"
ICANS_IN_FULL = "immune effector cell-associated neurotoxicity syndrome"


@pytest.mark.parametrize(
    ("messages", "fact"),
    [
        (("what happens on infusion day", "Infusion length?"), "less than 30 minutes"),
        (("what is car-t", "length of each infusion?"), "less than 30 minutes"),
        (("how is the car-t infusion given", "the drip itself, hours?"), "less than 30 minutes"),
        (("what is crs", "infusion takes how long"), "less than 30 minutes"),
        (("what is leukapheresis", "collection takes how long"), "2 to 5 hours"),
        (("what is leukapheresis", "collection duration?"), "2 to 5 hours"),
        (("what is lymphodepleting chemo", "chemo length?"), "over 3 days"),
        (("what is the hospital stay like", "stay length?"), "1 to 2 weeks"),
        (("how are car-t cells made", "manufacturing duration?"), "2 to 3 weeks"),
        (("can car-t help lupus", "can they redo it?"), REDONE),
        (("can car-t help myositis", "redo it then?"), REDONE),
        (("what is car-t for ms", "a second round possible?"), REDONE),
        (("can car-t help lupus", "one time or repeats?"), REDONE),
        (("can car-t help systemic sclerosis", "could they give it again if it comes back?"),
         REDONE),
        (("what is mrna car-t", "can it be repeated?"), "can be given more than once"),
        (("my husband is getting car-t for lupus",
          "he's been weepy since the talk, is that normal?"), MOOD),
        (("my mum starts car-t for myositis next month", "she cries every night, is that normal?"),
         MOOD),
        (("can car-t help ms", "i'm scared stiff, is that normal"), MOOD),
        (("my dad is 70 and having car-t for myasthenia",
          "he seems down and won't talk since the consult, is that normal?"), MOOD),
        (("what is crs", "i've been crying a lot since the infusion, is that normal?"), MOOD),
        (("¿qué es la quimioterapia antes del CAR-T?", "¿Y qué fármacos usan?"),
         "fludarabine and cyclophosphamide"),
        # Made from one's own cells is asked of autologous CAR-T (round 49), as set 44 labels it.
        (("¿qué es el CAR-T?", "¿Cómo fabrican las células con las mías?"),
         "collected from your blood"),
        # Shapes that already stated the fact, kept.
        (("can car-t help lupus", "Cost?"), "No one knows yet what CAR-T for autoimmune disease"),
        (("can car-t help lupus", "and for myositis?"), "all 3 myositis patients"),
        (("what is leukapheresis", "does it hurt?"), "usually not painful"),
        (("what is icans", "how is it treated?"), "Steroids are the main treatment for ICANS"),
        # Round 49 (follow50): what a term stands for, how the cells are made, how long making
        # takes; another thing made (IVIG, in vivo CAR-T) keeps its own section.
        (("what are the side effects of car-t", "ICANS stands for what?"), ICANS_IN_FULL),
        (("what is crs", "and icans is short for?"), ICANS_IN_FULL),
        (("what are the side effects of car-t", "crs stands for?"), "cytokine release syndrome"),
        (("how could car-t help myasthenia gravis", "CAR-T is short for?"),
         "chimeric antigen receptor"),
        (("can car-t help lupus", "what does CAR even stand for"), "chimeric antigen receptor"),
        (("my doctor says i might need ivig after car-t", "what does ivig stand for"),
         "intravenous immunoglobulin"),
        (("what is cd19 vs bcma", "BCMA short for?"), "B-cell maturation antigen"),
        (("what is car-t", "How are they made?"), MADE),
        (("why would i test positive for hiv after car-t", "how is the car t made"), MADE),
        (("what is autologous car-t", "how do they make the cells"), MADE),
        (("my sister is having car-t for lupus", "made how?"), MADE),
        (("how long do i wait for my cells", "walk me through how the cells get built"),
         "CAR gene"),
        (("what is lupus car-t", "cell manufacturing steps?"), MADE),
        (("can car-t help myositis", "how's it made"), MADE),
        (("¿qué es el CAR-T para el lupus?", "¿y cómo fabrican esas células en el laboratorio?"),
         MADE),
        (("¿Por qué prueban CAR-T en la esclerosis múltiple?",
          "¿Cómo fabrican las células con las mías?"), "collected from your blood"),
        (("what is the kysa-8 study", "weeks to make them?"), "about 2 to 3 weeks"),
        (("what is leukapheresis", "whats the wait while they grow them"), "about 2 to 3 weeks"),
        (("can car-t help stiff person syndrome", "why so many weeks to grow them"),
         "one batch at a time"),
        (("what is autologous car-t", "why weeks to make?"), "one batch at a time"),
        # Another thing made keeps its own section.
        (("what is ivig", "how is it made?"), "donated plasma"),
        (("what is in vivo car-t", "and how do they make them?"), "in vivo"),
        # A rule's length.
        (("how long do i stay near the center after car-t", "And the driving ban?"),
         "not drive for 2 weeks"),
        (("why stay near the treatment center", "and the no-driving rule, how long?"),
         "not drive for 2 weeks"),
        (("why can't i drive after car-t", "driving ban length?"), "no driving for 2 weeks"),
    ],
)  # fmt: skip
def test_a_short_later_turn_states_the_fact_asked(built_guide, messages, fact):
    reply, _ = last_reply(built_guide, messages)
    assert reply.kind == ReplyKind.ANSWER
    assert fact in reply.text


@pytest.mark.parametrize(
    ("messages", "article", "old_article"),
    [
        (("what happens on infusion day", "Infusion length?", "can i keep my cat after car-t?"),
         "avoiding-infections-at-home", "infusion-day"),
        (("what is car-t", "length of each infusion?", "will insurance pay for car-t?"),
         "insurance-and-medicare", "infusion-day"),
        (("what is leukapheresis", "collection takes how long", "how much does car-t cost?"),
         "cost-of-car-t", "leukapheresis"),
        (("what is leukapheresis", "collection duration?", "will i lose my hair?"),
         "hair-loss-and-chemotherapy-effects", "leukapheresis"),
        (("what is lymphodepleting chemo", "chemo length?",
          "when can i go back to work after car-t?"), "back-to-work-or-school",
         "lymphodepleting-chemotherapy"),
        (("what is the hospital stay like", "stay length?",
          "do i need vaccines again after car-t?"), "vaccines-after-car-t",
         "hospital-stay-and-monitoring"),
        (("how are car-t cells made", "manufacturing duration?", "can i eat sushi after car-t?"),
         "food-safety-after-car-t", "manufacturing-and-waiting"),
        (("can car-t help lupus", "can they redo it?", "how do i find a trial near me?"),
         "finding-a-trial", "how-long-car-t-cells-last"),
        (("can car-t help myositis", "redo it then?", "can i get pregnant after car-t?"),
         "fertility-and-pregnancy", "how-long-car-t-cells-last"),
        (("what is car-t for ms", "a second round possible?", "can children get car-t?"),
         "age-and-other-limits-for-joining", "how-long-car-t-cells-last"),
        (("can car-t help lupus", "one time or repeats?", "does car-t cause cancer?"),
         "secondary-cancers", "how-long-car-t-cells-last"),
        (("can car-t help systemic sclerosis", "could they give it again if it comes back?",
          "can my grandkids visit me after car-t?"), "visitors-and-children-after-car-t",
         "how-long-car-t-cells-last"),
        (("my husband is getting car-t for lupus",
          "he's been weepy since the talk, is that normal?", "what does a caregiver do each day?"),
         "caregiver-role", "mental-health-after-car-t"),
        (("what is crs", "i've been crying a lot since the infusion, is that normal?",
          "what is licats?"), "licats", "mental-health-after-car-t"),
        (("can car-t help ms", "i'm scared stiff, is that normal", "is car-t approved for ms?"),
         "approval-status", "mental-health-after-car-t"),
        (("my dad is 70 and having car-t for myasthenia",
          "he seems down and won't talk since the consult, is that normal?",
          "what is the risk of dying from car-t?"), "risk-of-dying-from-car-t",
         "mental-health-after-car-t"),
        (("¿qué es la quimioterapia antes del CAR-T?", "¿Y qué fármacos usan?",
          "¿puedo tener mascotas después del CAR-T?"), "avoiding-infections-at-home",
         "lymphodepleting-chemotherapy"),
        (("¿qué es el CAR-T?", "¿Cómo fabrican las células con las mías?",
          "¿cuánto cuesta el CAR-T?"), "cost-of-car-t", "what-is-car-t"),
        (("what happens on infusion day", "the drip itself, hours?", "can i garden after car-t?"),
         "avoiding-infections-at-home", "infusion-day"),
        (("what is crs", "infusion takes how long", "has anyone died from car-t?"),
         "risk-of-dying-from-car-t", "infusion-day"),
        (("what is icans", "how is it treated?", "what is ivig?"), "low-antibodies-and-ivig",
         "icans"),
        # Round 49 (follow50).
        (("what are the side effects of car-t", "ICANS stands for what?",
          "can i keep my cat after car-t?"), "avoiding-infections-at-home", "glossary"),
        (("what is crs", "and icans is short for?", "how much does car-t cost?"),
         "cost-of-car-t", "glossary"),
        (("how could car-t help myasthenia gravis", "CAR-T is short for?",
          "can i get pregnant after car-t?"), "fertility-and-pregnancy", "glossary"),
        (("what are the side effects of car-t", "crs stands for?",
          "how long is the hospital stay after car-t?"), "hospital-stay-and-monitoring",
         "glossary"),
        (("what is car-t", "How are they made?", "will insurance pay for car-t?"),
         "insurance-and-medicare", "what-is-car-t"),
        (("why would i test positive for hiv after car-t", "how is the car t made",
          "when can i go back to work after car-t?"), "back-to-work-or-school", "what-is-car-t"),
        (("what is autologous car-t", "how do they make the cells", "will i lose my hair?"),
         "hair-loss-and-chemotherapy-effects", "what-is-car-t"),
        (("my sister is having car-t for lupus", "made how?", "can i eat sushi after car-t?"),
         "food-safety-after-car-t", "what-is-car-t"),
        (("what is lupus car-t", "cell manufacturing steps?", "does car-t cause cancer?"),
         "secondary-cancers", "what-is-car-t"),
        (("can car-t help myositis", "how's it made", "has anyone died from car-t?"),
         "risk-of-dying-from-car-t", "what-is-car-t"),
        (("how long do i wait for my cells", "walk me through how the cells get built",
          "do i need vaccines again after car-t?"), "vaccines-after-car-t",
         "manufacturing-and-waiting"),
        (("what is car-t", "How are they made?", "what is icans?"), "icans", "what-is-car-t"),
        (("what is car-t", "How are they made?", "how do i find a trial near me?"),
         "finding-a-trial", "what-is-car-t"),
        (("what is ivig", "how is it made?", "can my grandkids visit me after car-t?"),
         "visitors-and-children-after-car-t", "low-antibodies-and-ivig"),
        (("¿qué es el CAR-T para el lupus?", "¿y cómo fabrican esas células en el laboratorio?",
          "¿cuánto cuesta el CAR-T?"), "cost-of-car-t", "what-is-car-t"),
        (("¿Por qué prueban CAR-T en la esclerosis múltiple?",
          "¿Cómo fabrican las células con las mías?", "¿puedo tener mascotas después del CAR-T?"),
         "avoiding-infections-at-home", "autologous-car-t"),
        (("how long do i stay near the center after car-t", "And the driving ban?",
          "what is licats?"), "licats", "staying-near-the-center-and-driving"),
        (("why stay near the treatment center", "and the no-driving rule, how long?",
          "can i garden after car-t?"), "avoiding-infections-at-home",
         "staying-near-the-center-and-driving"),
        (("why can't i drive after car-t", "driving ban length?", "is car-t approved for lupus?"),
         "approval-status", "icans"),
        (("what is cd19 vs bcma", "BCMA short for?", "what does a caregiver do each day?"),
         "caregiver-role", "cd19-vs-bcma"),
        (("can car-t help lupus", "what does CAR even stand for", "what is ivig?"),
         "low-antibodies-and-ivig", "glossary"),
        (("what is kysa-8", "weeks to make them?", "can i keep my dog after car-t?"),
         "avoiding-infections-at-home", "manufacturing-and-waiting"),
        (("can car-t help stiff person syndrome", "why so many weeks to grow them",
          "how much does car-t cost?"), "cost-of-car-t", "manufacturing-and-waiting"),
    ],
)  # fmt: skip
def test_a_new_question_after_a_short_turn_leaves_its_topic(
    built_guide, messages, article, old_article
):
    reply, cited = last_reply(built_guide, messages)
    assert reply.kind == ReplyKind.ANSWER
    assert cited[0].startswith(f"{article}#")
    assert not any(c.startswith(f"{old_article}#") for c in cited)


@pytest.mark.parametrize(
    ("messages", "crisis"),
    [
        (("what happens on infusion day", "Infusion length? asking bc he just had a seizure"),
         False),
        (("what is leukapheresis", "collection takes how long? my lips are going blue right now"),
         False),
        (("can car-t help lupus", "can they redo it? she has a fever of 39.4 and is shaking now"),
         False),
        (("can car-t help myositis",
          "redo it then? he's confused and can't get his words out since this morning"), False),
        (("my husband is getting car-t for lupus",
          "he's been weepy since the talk and now he can't speak or lift his arm, is that normal?"),
         False),
        (("what is crs",
          "i've been crying a lot since the infusion and i want to kill myself, is that normal?"),
         True),
        (("can car-t help ms", "i'm scared stiff and i've taken all my pills, is that normal"),
         True),
        # Round 49 (follow50).
        (("what is car-t", "How are they made? he just had a seizure"), False),
        (("what are the side effects of car-t",
          "ICANS stands for what? she can't find her words and is confused now"), False),
        (("my sister is having car-t for lupus", "made how? her lips are blue right now"), False),
        (("what is lupus car-t", "cell manufacturing steps? i have a fever of 39.2 and shaking"),
         False),
        (("how long do i stay near the center after car-t",
          "And the driving ban? doesn't matter, i'm going to end my life tonight"), True),
        (("what is car-t", "how are they made? i have taken all my pills to die"), True),
        (("what is leukapheresis", "weeks to make them? he is struggling to breathe right now"),
         False),
    ],
)  # fmt: skip
def test_a_short_turn_with_an_emergency_now_gets_help(built_guide, messages, crisis):
    reply, _ = last_reply(built_guide, messages)
    assert reply.kind == ReplyKind.URGENT
    assert ("crisis line" in reply.text) == crisis
