"""Replies that come before retrieval: help now, the crisis line, what the guide covers."""

from __future__ import annotations

import dataclasses

from .answer import STARTER_QUESTIONS, Answer, Contact
from .reply_kind import ReplyKind
from .triage import CRISIS, OVERDOSE_TAKEN, TEAM_NOT_REACHED, Triage

# Joins help now to the guide's answer below it; `kb eval` judges the answer after it.
GUIDE_SAYS = " If you were asking in general, our guide says: "


def help_now(decision: Triage, contact: Contact) -> Answer:
    """Return an urgent reply: the crisis line first for self-harm, else call the team now; an
    urgent sign the learned layer alone called crisis, and an overdose already taken, get the
    urgent steps (for an overdose, 911 now), then the crisis line (Triage.sign_first)."""
    if decision.kind == CRISIS and decision.sign_first:
        text = f"{_urgent_steps(decision, contact)} {_crisis_line(contact)}"
    elif decision.kind == CRISIS:
        text = _crisis_line(contact)
    else:
        text = _urgent_steps(decision, contact)
    return Answer(kind=ReplyKind.URGENT, text=text, contact=contact)


def _crisis_line(contact: Contact) -> str:
    return (
        "If you are thinking about ending your life or hurting yourself, please call or "
        f"text the crisis line at {contact.crisis_line} now. It is free, private and open "
        f"day and night. If you are in danger right now, call {contact.emergency_number}. "
        f"You are not alone: you can also tell {contact.care_team}."
    )


def _urgent_steps(decision: Triage, contact: Contact) -> str:
    if OVERDOSE_TAKEN in decision.signs:
        # Emergency services first: an overdose can harm before anything shows, and the person
        # may soon be unable to call anyone (988 Lifeline and Poison Control say the same).
        return (
            f"If someone has taken an overdose or more of a medicine than prescribed, call"
            f" {contact.emergency_number} now, even if they seem all right: some medicines do"
            " harm hours later. Tell them what was taken, how much and when, and keep the"
            " packets. Stay with them, and do not make them sick."
        )
    if TEAM_NOT_REACHED in decision.signs:
        return (
            f"If someone is getting sicker and you cannot reach the treatment team, call"
            f" {contact.emergency_number} now or go to the nearest emergency room. Tell them"
            " you had CAR-T cell therapy and show your wallet card. Keep trying"
            f" {contact.treatment_team} too."
        )
    return (
        "Symptoms like these after CAR-T need a call right away. "
        f"Call {contact.treatment_team} now. If it is severe, or you cannot reach them, "
        f"call {contact.emergency_number}. "
        "Tell them you had CAR-T cell therapy and show your wallet card."
    )


def help_now_then_answer(
    decision: Triage, answer: Answer, contact: Contact, answer_first: bool = False
) -> Answer:
    """Return the help-now reply first, then the guide's answer to the question, if it has one.

    For a decision the learned layer made alone: it also fires on some plain questions, and
    then the patient still gets the answer, below the numbers to call.

    Args:
        answer_first: the answer first and the help below it, as its safety note (see
            triage.plain_question).
    """
    urgent = help_now(decision, contact)
    if answer.kind != ReplyKind.ANSWER:
        return urgent
    if answer_first:
        return dataclasses.replace(answer, safety_note=urgent.text, contact=contact)
    return dataclasses.replace(
        answer,
        kind=ReplyKind.URGENT,
        text=f"{urgent.text}{GUIDE_SAYS}{answer.text}",
        contact=contact,
        safety_note="",
    )


def out_of_scope(contact: Contact) -> Answer:
    """Return a no_answer saying what the guide covers, with questions it can answer."""
    return Answer(
        kind=ReplyKind.NO_ANSWER,
        text=(
            "I can only answer questions about CAR-T cell therapy for autoimmune disease, "
            "from our reviewed articles: what it is, the treatment journey, side effects, "
            "costs and clinical trials. I cannot take instructions or help with other topics. "
            f"For questions about your own care, please ask {contact.care_team}."
        ),
        suggestions=STARTER_QUESTIONS,
        contact=contact,
    )


def safety_note(contact: Contact) -> str:
    """Return the one line added to answers about symptoms."""
    return (
        f"If this is happening to you now, call {contact.treatment_team} now, "
        f"or {contact.emergency_number} if it is severe."
    )


def safety_net(answer: Answer, contact: Contact) -> Answer:
    """Lead a no_answer with where to call: the message may describe a red flag happening now."""
    lead = (
        f"If this is happening now, call {contact.treatment_team}, or {contact.emergency_number}"
        " if it is severe or you cannot reach them."
    )
    return dataclasses.replace(answer, text=f"{lead} {answer.text}")
