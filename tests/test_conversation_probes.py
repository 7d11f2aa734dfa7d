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

from bot.config import DEFAULTS
from bot.conversation import Section, Turn
from bot.guide_loader import GuideLoader
from bot.reply_kind import ReplyKind

pytestmark = pytest.mark.model

WORK = "back-to-work-or-school#when-can-i-go-back-to-work-after-car-t"
CHANGES_AT_WORK = "back-to-work-or-school#what-changes-at-work-can-help-me-return"
STAY_NEAR = "travel-and-lodging-near-the-center#how-long-will-we-need-to-stay-near-the-center"
YARD_WORK = "avoiding-infections-at-home#can-i-garden-or-do-yard-work"
FEEL_MYSELF = "recovery-timeline#how-long-until-i-feel-like-myself-again"
STEROIDS = "medicines-around-car-t#what-are-steroids-like-dexamethasone-used-for"
MISREAD = {WORK, CHANGES_AT_WORK, STAY_NEAR, YARD_WORK}


@pytest.fixture(scope="module")
def guide():
    """The guide as served: the ONNX model and the index `make test` has just built."""
    loader = GuideLoader(DEFAULTS)
    loader.load()
    return loader.ready_guide()


def last_reply(guide, messages: tuple[str, ...]):
    """Ask each message in turn with the replies so far, as the chat page does; the last reply
    and the sections it cited ("slug#anchor")."""
    by_url = {p.url: Section(p.slug, p.anchor) for p in guide.index.passages}
    history: list[Turn] = []
    for message in messages:
        reply = guide.reply(message, history)
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
    guide, messages, answered_from
):
    reply, cited = last_reply(guide, messages)
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
    guide, messages, answered_from
):
    reply, cited = last_reply(guide, messages)
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
def test_the_same_words_with_an_emergency_now_get_the_urgent_reply(guide, messages):
    reply, _ = last_reply(guide, messages)
    assert reply.kind == ReplyKind.URGENT
