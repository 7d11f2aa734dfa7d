"""What a conversation is about, so a two-word follow-up is read against its topic.

The topic is the subject of the last question that named one ("what is leukapheresis" ->
"leukapheresis") and the sections that answered it. A follow-up is read against it: a
pronoun ("does it hurt") stands for the subject, a bare aspect ("how long", "what are the
risks") is asked of it, and "what about ms" swaps the condition. A question with a subject of
its own starts a new topic and never carries the old one. Pure functions, no model runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

# Conditions patients name; a follow-up that names another swaps it in.
CONDITIONS = re.compile(
    r"\b(multiple sclerosis|ms|lupus nephritis|lupus|sle|stiff[\s-]*person(?: syndrome)?|sps"
    r"|myasthenia(?: gravis)?|mg|myositis|systemic sclerosis|scleroderma|ssc|nmosd|vasculitis"
    r"|leukemia|lymphoma|myeloma|cancer)\b",
    re.IGNORECASE,
)
# Words that name nothing: a message made only of these and aspects is asked of the topic.
FUNCTION_WORDS = frozenset(
    """a about after again also am an and any anything are as at be been before being but by
    can could did do does doing else for from get got had has have how i if in into is it its
    just know me more much my no not now of on one or our out so some such tell than that the
    their them then there these they this those to too up use was we were what whats when where
    which who why will with would yes you your ok okay thanks thank please really very ever
    patient patients people person someone anyone happen happens going explain mean means
    usually typically normally still like should need""".split()  # noqa: SIM905
)
# What is asked of a subject rather than a subject itself: "how long", "does it hurt".
ASPECT_WORDS = frozenset(
    """long last lasts lasting take takes took time days weeks months years hours soon quickly
    hurt hurts painful pain uncomfortable permanent forever reversible go away back come
    risk risks risky dangerous danger safe safety serious bad worse severe cost costs price
    pay expensive afford covered cover covers work works working effective effect effects side
    success successful chance chances odds rate cure cured curable treated treat treatment
    treatments trial trials study studies research available approved common often rare likely
    normal signs symptoms sign symptom prevent avoid stop recover recovery better start
    starts begin happens feel like next step steps prepare ready wait waiting""".split()  # noqa: SIM905
)
# "this treatment", "the side effect", "it": phrases that stand for the subject.
_ANAPHOR = re.compile(
    r"\b(?:this|that|the|these|those)\s+(?:treatment|therapy|procedure|process|side\s+effects?"
    r"|reaction|condition|disease|illness|test|drug|medicine|step|syndrome|problem)\b"
    r"|\b(?:it|that|this|they|them|those|these)\b",
    re.IGNORECASE,
)
# "and for lupus?", "what about ms", "how about ...": the rest of the message replaces a part.
_CONTINUATION = re.compile(r"^\s*(?:and|but|also|so|same|what\s+about|how\s+about)\b", re.I)
_CAR_T = re.compile(r"\bcar[\s-]*t(?:[\s-]*cells?)?\b|\bcarts?\b")
_WORD = re.compile(r"car-t|[a-z0-9]+")


@dataclass(frozen=True)
class Section:
    """An article section a reply cited, as the client sends it back."""

    slug: str
    anchor: str = ""


@dataclass(frozen=True)
class Turn:
    role: str  # "user" | "assistant"
    content: str
    sources: tuple[Section, ...] = ()  # assistant turns: the sections the reply cited


@dataclass(frozen=True)
class Topic:
    question: str  # the question that named the subject, as read ("can car-t help ms")
    subject: str  # its subject words ("car-t help ms")
    sections: tuple[Section, ...] = ()  # what last answered a question on it

    @property
    def slugs(self) -> frozenset[str]:
        return frozenset(s.slug for s in self.sections)


@dataclass(frozen=True)
class Reading:
    query: str  # the text to retrieve with
    topic: Topic | None  # what the conversation is about after this message
    follow_up: bool = False  # read against the earlier topic
    carried: tuple[Section, ...] = field(default=())  # sections that answered that topic


def words(text: str) -> list[str]:
    """Return the lower-case words of a text, the therapy's many spellings as one, "car-t"."""
    text = _CAR_T.sub(" car-t ", text.lower().replace("'", "").replace("’", ""))
    return _WORD.findall(text)


def read(
    message: str, topic: Topic | None, known: Callable[[str], bool] = lambda _: True
) -> Reading:
    """Read one message against the topic so far.

    Args:
        known: whether the knowledge base uses any word of a text. A message whose words are
            all unknown ("what's the weather?") is off topic: it is read alone and ends the
            topic, so the next follow-up does not reach back past it.
    """
    content = [w for w in words(message) if w not in FUNCTION_WORDS]
    subject = [w for w in content if w not in ASPECT_WORDS]
    if subject and not known(" ".join(content)):
        return Reading(message, None)
    named = CONDITIONS.search(message)
    if topic is None:
        return Reading(message, Topic(message, " ".join(subject)) if subject else None)
    condition_only = named and not CONDITIONS.sub(" ", " ".join(subject)).strip()
    continues = _CONTINUATION.match(message)
    if subject and not condition_only and not continues:
        return Reading(message, Topic(message, " ".join(subject)))  # a new complete question
    if named:
        topic = Topic(_swap(topic.question, named.group()), _swap(topic.subject, named.group()))
    elif subject:  # "what about icans": another subject asked the same way
        topic = Topic(_replace_subject(topic.question, topic.subject, subject), " ".join(subject))
    aspects = [w for w in content if w in ASPECT_WORDS]
    if not aspects and not _ANAPHOR.search(message) and (named or subject):
        query = topic.question  # "what about ms": the last question, of ms
    else:
        query = _ask_of(message, topic.subject)
    return Reading(query, topic, follow_up=True, carried=topic.sections)


def current_topic(
    history: list[Turn], known: Callable[[str], bool] = lambda _: True
) -> Topic | None:
    """Replay the history's turns and return what the conversation is about at its end."""
    topic = None
    for turn in history:
        if turn.role == "user":
            topic = read(turn.content, topic, known).topic
        elif topic is not None and turn.sources:
            topic = replace(topic, sections=turn.sources)
    return topic


def read_in_context(
    message: str, history: list[Turn], known: Callable[[str], bool] = lambda _: True
) -> Reading:
    """Read a message against the topic its history leaves."""
    return read(message, current_topic(history, known), known)


def _swap(text: str, condition: str) -> str:
    """Put a condition in place of the one a text names, or add it."""
    swapped, found = CONDITIONS.subn(condition, text, count=1)
    if not found:
        return f"{text} for {condition}"
    head, _, tail = swapped.partition(condition)
    return f"{head}{condition}{CONDITIONS.sub('', tail)}"


def _replace_subject(question: str, subject: str, new: list[str]) -> str:
    old = set(subject.split())
    return " ".join([w for w in words(question) if w not in old] + new)


def _ask_of(message: str, subject: str) -> str:
    """Put the subject where the message points at it, or after it ("what are the risks")."""
    asked, found = _ANAPHOR.subn(subject, message, count=1)
    return asked if found else f"{message.rstrip(' ?.!')} of {subject}"
