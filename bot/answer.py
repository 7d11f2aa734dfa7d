"""Ranked passages -> an extractive answer whose sentences cite numbered sources."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from urllib.parse import quote

import numpy as np

from .index import KnowledgeIndex
from .intent import Intent, answers_intent, question_intent
from .knowledge import Source, why_not_standalone
from .pattern_set import LazyPattern
from .reply_kind import ReplyKind
from .retrieval import (
    Hit,
    Ranking,
    asks_reason,
    asks_what_to_ask,
    covered_share,
    gives_reason,
    is_question_list,
    lexical_tokens,
)
from .scope import (
    ABROAD_SUBJECT,
    CANDIDACY_SUBJECT,
    CENTER_CONTACT_SUBJECT,
    CENTER_RESULTS_SUBJECT,
    CENTER_SUBJECT,
    CENTERS_IN_PLACE_SUBJECT,
    CHOICE_SUBJECT,
    COMPANY_COUNT_SUBJECT,
    DOSE_SUBJECT,
    FAILS_TO_WORK_SUBJECT,
    INSURER_SUBJECT,
    JUDGEMENT_SUBJECT,
    LOST_SUBJECT,
    MAKING_FAILS_SUBJECT,
    OTHER_CELLS_SUBJECT,
    PROGNOSIS_SUBJECT,
    RANKING_SUBJECT,
    VISITING_SUBJECT,
)
from .sentence_choice import SentenceModel
from .trials import TrialList

DISCLAIMER = (
    "This guide is for education only and is not medical advice. "
    "Your care team knows your situation and makes decisions about your care."
)
STARTER_QUESTIONS = (
    "What is CAR-T cell therapy?",
    "Why might CAR-T help autoimmune disease?",
    "What is cytokine release syndrome?",
    "Can I drive after CAR-T?",
    "How do I find a CAR-T clinical trial?",
)
# Longer answers state the asked-for fact more often, but must stay quick to read: the
# characters bound the length, the sentences how many short ones it may quote. A sixth
# sentence where the 600 characters still hold it: key fact in 11 more of the 1,355 answerable
# questions of sets 1-11 and 7 more conversation turns (sets 12-14 held out: +0 questions, +4
# turns); 7 sentences add nothing more (eval/HISTORY.md, round 18).
MAX_SENTENCES = 6
MIN_SENTENCES = 4
MAX_ANSWER_CHARS = 600
PASSAGES_CONSIDERED = 3
# Sections of the answering article that rank this close to the best one are a tie, broken by
# which one's sentence answers the question best (chosen by two-fold cross-validation on the
# tuning questions of set 1; a wider margin lets a weaker section lead).
LEAD_MARGIN = 0.04
# A passage, or past MIN_SENTENCES a sentence of another section than the best, joins the
# answer only if it is nearly as relevant as the best one. A section of the same article this
# close may add a sentence (0.08 -> 0.12: more key facts on each of sets 1, 2 and 3, none lost
# on first sentences; chosen on 1+2, held on 3 and back).
PASSAGE_MARGIN = 0.12
# A section that gives a reason ("Why stay near the treatment center?", "How could CAR-T help
# myositis?") answers a question asking why or how it helps; for "how close to the hospital do
# we have to stay" or "when am i allowed to drive" the rule is in a neighbouring section, which
# the reason's near-identical wording outranks. For the choice of the section that leads, such a
# section's score is lowered by this; its sentences may still follow. Sets 1-12 and 15: key fact
# +6, first sentence +9, lead +4 of 1,467; sets 13-14 held out: first +2, lead +2, key fact +0
# (eval/HISTORY.md, round 19).
REASON_LEAD_PENALTY = 0.1
# Which of the top hits the answer quotes from: a section is asked as its question heading and
# its asked_as phrasings, and the question that says most of one of them, weighed by rarity, asks
# what that section answers ("who can help me figure out what i will owe" says most of "who at
# the hospital can help with costs", little of "does private insurance pay for car-t"). The
# share, times this, is added to the score of each of the top hits (less the best share among
# them), and a reason not asked for (REASON_LEAD_PENALTY) is lowered there too, so it decides
# which article answers and not only which of its sections leads.
ASKED_WORDS_WEIGHT = 0.04
CHOICE_HITS = 3
# The learned lead (bot/sentence_choice.py) weighs each sentence of the section the answer leads
# from that may lead by these: its rank by similarity in its section, the share of the question's
# words it says and whether it states what the intent asks for, its place, whether it points back,
# gives a number where one is asked for or opens on yes or no for a yes/no question, its length,
# whether the hand-set lead scores pick it, and its lead score, sentence score, similarity and
# words said, each less the best of the section's.
LEAD_SENTENCE_FEATURES = (
    "rank_in_section",
    "keywords",
    "intent_cue",
    "first_sentence",
    "place",
    "points_back",
    "number_asked",
    "yes_no_opener",
    "length",
    "hand_set",
    "lead_score",
    "sentence_score",
    "similarity",
    "keywords_relative",
)
_NUMBER = LazyPattern(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several|half)\b",
    re.IGNORECASE,
)
_YES_NO = LazyPattern(r"(yes|no|not|usually|most|many|some|you (can|should|may))\b", re.IGNORECASE)
SENTENCE_MARGIN = 0.25
NEAR_DUPLICATE = 0.95
# Cheap signals that a sentence answers the question, added to its similarity to it.
BEST_PASSAGE_BONUS = 0.03  # its sentences read better together
INTENT_CUE_BONUS = 0.05  # states what the intent asks for: a span of weeks for "how long"
FIRST_SENTENCE_BONUS = 0.03  # sections are written answer first
KEYWORD_BONUS = 0.1  # uses the question's own words, the rare ones weighing most
# The sentence that leads is weighed by the same signals, the question's own words and the
# intent's cue counting more: a sentence close in meaning to the question but not answering
# it ("The length of the hospital stay depends on your center..." for "hospital how many
# days") otherwise leads the one that does. Chosen by a grid on question sets 1-11 (sets 12 and
# 13 held out: leads +3, +0), where a pairwise fit over each lead section's sentences, each set
# held out in turn, points the same way. Only for the lead: the same weights for every sentence
# cost key facts (eval/HISTORY.md, round 17).
LEAD_INTENT_CUE_BONUS = 0.1
LEAD_FIRST_SENTENCE_BONUS = 0.06
LEAD_KEYWORD_BONUS = 0.5
# A sentence opening on what another said ("The same FDA change...", "That first product...").
_BACK_REFERENCE = LazyPattern(r"(?:in )?the same\b|(?:that|this|these|those|such)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    n: int
    title: str
    section: str
    url: str
    quote_url: str  # url, opened with the quoted sentences highlighted (a text fragment)
    snippet: str
    last_reviewed: str
    references: tuple[Source, ...]


@dataclass(frozen=True)
class Contact:
    """Where to get help: the treatment team, emergency services, the crisis line."""

    clinic_name: str
    clinic_phone: str
    emergency_number: str
    crisis_line: str

    @classmethod
    def from_settings(cls, config: dict) -> Contact:
        return cls(
            clinic_name=config["CLINIC_NAME"],
            clinic_phone=config["CLINIC_PHONE"],
            emergency_number=config["EMERGENCY_NUMBER"],
            crisis_line=config["CRISIS_LINE"],
        )

    @property
    def details(self) -> str:
        return ", ".join(d for d in (self.clinic_name, self.clinic_phone) if d)

    @property
    def care_team(self) -> str:
        return f"your care team ({self.details})" if self.details else "your care team"

    @property
    def treatment_team(self) -> str:
        number = "your treatment team's 24-hour number"
        return f"{number} ({self.details})" if self.details else number


@dataclass(frozen=True)
class Quote:
    """One quoted sentence of an answer and the passage it comes from."""

    passage: str  # passage id, "slug#anchor"
    text: str
    n: int  # its source number


@dataclass(frozen=True)
class NoteText:
    """One language's text of a note, so a page can mark the language of each part."""

    lang: str  # BCP 47, as in HTML's lang attribute
    text: str


@dataclass(frozen=True)
class Answer:
    kind: ReplyKind
    text: str
    sources: tuple[Citation, ...] = ()
    suggestions: tuple[str, ...] = ()
    confidence: float = 0.0
    passages: tuple[str, ...] = field(default=())  # ids considered, for maintainers
    scores: tuple[float, ...] = field(default=())  # their semantic similarity, same order
    contact: Contact | None = None  # shown with no_answer and urgent replies
    safety_note: str = ""  # "if this is happening now, call ...", kept apart from quoted text
    language_note: tuple[NoteText, ...] = ()  # the guide is in English, said in the asker's too
    quotes: tuple[Quote, ...] = ()  # the sentences of text, in reading order
    trials: TrialList | None = None  # the trials a trial search found (bot/trial_reply.py)


def compose_answer(
    index: KnowledgeIndex,
    ranking: Ranking,
    threshold: float,
    contact: Contact,
    asked_alone: bool = True,
    lead: SentenceModel | None = None,
) -> Answer:
    """Return up to 6 sentences that lead with the answer, with numbered sources, or a no_answer.

    The sentences come from the best passage, and from another section of the same article
    only when it ranks nearly as well: a second article's sentence reads as off topic.

    Args:
        threshold: least confidence for an answer (see Ranking.confidence).
        contact: who to ask instead, shown in a no_answer.
        asked_alone: the ranking's query is the message as asked, not a follow-up read with
            the conversation's topic (whose words would count as the asker's; see _asked_first).
        lead: the learned choice of the sentence the answer leads with, among those of the
            section it leads from (bot/sentence_choice.py); None: the hand-set lead scores.
    """
    considered = tuple(index.passages[h.position].id for h in ranking.hits)
    scores = tuple(round(float(h.dense), 4) for h in ranking.hits)
    if not ranking.hits or ranking.confidence < threshold:
        return no_answer(contact, ranking.confidence, considered, scores)
    scored, positions = _quoted_sections(index, ranking, threshold, asked_alone)
    chosen = _choose_sentences(index, scored, positions, lead)
    numbers: dict[int, int] = {}
    quoted: dict[int, list[str]] = {}
    quotes = []
    for position, sentence_index in chosen:
        n = numbers.setdefault(position, len(numbers) + 1)
        passage = index.passages[position]
        sentence = passage.sentences[sentence_index]
        quoted.setdefault(position, []).append(sentence)
        quotes.append(Quote(passage.id, _as_sentence(sentence), n))
    citations = tuple(
        _citation(index, position, n, quoted[position]) for position, n in numbers.items()
    )
    return Answer(
        kind=ReplyKind.ANSWER,
        text=" ".join(f"{q.text} [{q.n}]" for q in quotes),
        quotes=tuple(quotes),
        sources=citations,
        suggestions=_related_questions(index, list(numbers)),
        confidence=ranking.confidence,
        passages=considered,
        scores=scores,
    )


def _quoted_sections(
    index: KnowledgeIndex, ranking: Ranking, threshold: float, asked_alone: bool
) -> tuple[_ScoredSentences, list[int]]:
    """The sections an answer quotes, the one it leads from first, and their sentences scored."""
    # The confident passage may rank below the first few by fused score; never leave it out.
    confident = ranking.confident_hits(threshold)
    if ranking.hits[0] not in confident:
        # The ranking's first hit is what the message's words, the labelled questions nearest
        # it and, in a conversation, its topic point to, though a section nearer in meaning to
        # what the message tells may have the higher similarity of its own ("is it one infusion
        # and done or do you need top ups every year" is more alike to infusion day; "Is CAR-T
        # a one-time treatment?" ranks first): the first hit answers. Later messages since
        # round 42 (rules43), first questions since round 43 (first44), whose learned lead `kb
        # build` trains on the sections quoted here.
        confident = [ranking.hits[0], *confident]
    if asked_alone:
        confident = _asked_first(index, confident, ranking.query)
    best = confident[0]
    slug = index.passages[best.position].slug
    same = [h for h in confident if index.passages[h.position].slug == slug]
    candidates = _leading_order(index, same, ranking.query)
    candidates = _answering_first(index, candidates, ranking.query)[:PASSAGES_CONSIDERED]
    scored = _ScoredSentences.of(index, ranking, [h.position for h in candidates])
    positions = _lead_first(index, scored, candidates, ranking.query)
    return scored.of_passages(positions), positions


def lead_choices(
    index: KnowledgeIndex, ranking: Ranking, threshold: float, asked_alone: bool = True
) -> tuple[np.ndarray, list[str], int] | None:
    """What the learned lead weighs for a ranking compose_answer answers: a row of
    LEAD_SENTENCE_FEATURES per sentence that may lead, their texts, and the one the hand-set
    lead scores pick (None: no answer, or one sentence that may lead)."""
    if not ranking.hits or ranking.confidence < threshold:
        return None
    scored, positions = _quoted_sections(index, ranking, threshold, asked_alone)
    leading = _leading(scored, positions, _usable(index, scored, positions))
    if len(leading) < 2:
        return None
    rows = lead_sentence_features(scored, leading)
    hand = int(np.argmax(scored.lead_scores[leading]))
    return rows, [scored.texts[i] for i in leading], hand


def lead_sentence_features(scored: _ScoredSentences, leading: list[int]) -> np.ndarray:
    """A row per sentence that may lead (rows of `scored`, all of one section), a column per
    LEAD_SENTENCE_FEATURES."""
    pick = np.asarray(leading)
    section = np.flatnonzero(scored.owners[:, 0] == scored.owners[pick[0], 0])
    order = section[np.argsort(-scored.similarity[section], kind="stable")]
    rank = np.empty(len(scored.texts))
    rank[order] = np.arange(len(order))
    intent = scored.intent
    counting = intent in (Intent.DURATION, Intent.COST, Intent.TIMING, Intent.RESULTS)
    traits = np.array([_traits(scored.texts[i]) for i in pick], dtype=np.float64)
    number = scored.owners[pick, 1].astype(np.float64)
    lead, score = scored.lead_scores[pick], scored.scores[pick]
    similarity, shares = scored.similarity[pick], scored.shares[pick]
    columns = (
        1.0 / (1.0 + rank[pick]),
        shares,
        scored.cues[pick],
        number == 0,
        number / max(len(section) - 1, 1),
        traits[:, 0],
        traits[:, 1] * counting,
        traits[:, 2] * (intent == Intent.YES_NO),
        traits[:, 3],
        np.arange(len(pick)) == np.argmax(lead),
        lead - lead.max(),
        score - score.max(),
        similarity - similarity.max(),
        shares - shares.max(),
    )
    # Each column cast to float64 as it is written: the bits np.column_stack gave, ~10 us sooner
    # (it made each column an array, then a 2-D one, before joining them).
    rows = np.empty((len(pick), len(columns)))
    for place, column in enumerate(columns):
        rows[:, place] = column
    return rows


# The knowledge base's sentences are weighed again for every answer that may lead with them:
# kept, what their words say is a lookup.
@functools.lru_cache(maxsize=8192)
def _traits(sentence: str) -> tuple[bool, bool, bool, float]:
    """Whether a sentence points back, gives a number, opens on yes or no; its length / 200."""
    return (
        _BACK_REFERENCE.match(sentence) is not None,
        _NUMBER.search(sentence) is not None,
        _YES_NO.match(sentence) is not None,
        min(len(sentence) / 200, 2.0),
    )


def no_answer(
    contact: Contact,
    confidence: float = 0.0,
    considered: tuple[str, ...] = (),
    scores: tuple[float, ...] = (),
) -> Answer:
    return Answer(
        kind=ReplyKind.NO_ANSWER,
        text=(
            "I'm sorry, our CAR-T guide does not cover that question, "
            "and I would rather not guess. "
            f"Please ask {contact.care_team}; they know your situation. "
            "You can also try one of the questions below."
        ),
        suggestions=STARTER_QUESTIONS,
        confidence=confidence,
        passages=considered,
        scores=scores,
        contact=contact,
    )


# What the guide does cover, said when it declines a subject.
_COVERED = (
    "It covers CAR-T for autoimmune diseases such as lupus, myositis, systemic sclerosis and"
    " multiple sclerosis."
)
_NO_CENTERS = (
    "It does not say which centers give CAR-T; it explains how to find a trial and its sites."
)
_NOT_COVERED_REASONS = {
    ABROAD_SUBJECT: "Its articles on costs, insurance and access are about care in the United"
    " States.",
    RANKING_SUBJECT: "It does not rate doctors or treatment centers; it explains how to find a"
    " trial and what to ask the team.",
    CENTER_SUBJECT: _NO_CENTERS,
    CENTER_RESULTS_SUBJECT: "It reports what each published study found, not how one center's"
    " patients have done.",
    CENTERS_IN_PLACE_SUBJECT: _NO_CENTERS,
    MAKING_FAILS_SUBJECT: "It lists this among the questions to ask your team, since the plan"
    " depends on your center and your cells.",
    PROGNOSIS_SUBJECT: "It gives what studies found in groups of patients, not what will happen"
    " to one person.",
    CANDIDACY_SUBJECT: "It explains whom trials usually take and what is checked first; only"
    " the team that examines you can say whether you qualify.",
    COMPANY_COUNT_SUBJECT: "It reports what published studies found, not the running totals of"
    " a company or a center.",
    INSURER_SUBJECT: "Its articles on insurance explain coverage, prior authorization and appeals"
    " in general, not one plan's rules.",
    CHOICE_SUBJECT: "It reports what each company's studies found, and ranks none of them.",
    FAILS_TO_WORK_SUBJECT: "It reports what studies found; what comes next for you is a plan only"
    " your team can make.",
    VISITING_SUBJECT: "Each center sets its own rules for visitors and overnight stays.",
    LOST_SUBJECT: "It explains what the card is for; the team that gave it to you can give you"
    " another.",
    DOSE_SUBJECT: "It reports the doses studies gave, not a dose for one person, which only the"
    " team that treats you can set.",
    JUDGEMENT_SUBJECT: "It reports what studies found and advises no one person; a choice like"
    " this is one to make with the team that knows you.",
    CENTER_CONTACT_SUBJECT: "It lists no center's or trial's phone number; most trial listings"
    " give one for the study team.",
    OTHER_CELLS_SUBJECT: "It writes of four kinds of CAR-T: made from your own cells, from donor"
    " cells, mRNA CAR-T and in vivo CAR-T.",
}
_ASK_BEFORE_TAKING = (
    "Please ask {} before you start, stop or change any medicine; they know your situation."
)


def not_covered(subject: str, contact: Contact, medicine: bool = False) -> Answer:
    """Return a no_answer naming the subject the guide does not cover, and what it covers.

    Args:
        medicine: the subject is a medicine someone takes or would take.
    """
    reason = _NOT_COVERED_REASONS.get(subject, _COVERED)
    ask = (
        _ASK_BEFORE_TAKING.format(contact.care_team)
        if medicine
        else f"Please ask {contact.care_team}; they know your situation."
    )
    return Answer(
        kind=ReplyKind.NO_ANSWER,
        text=(
            f"I'm sorry, our CAR-T guide does not cover {subject}. {reason} {ask} "
            "You can also try one of the questions below."
        ),
        suggestions=STARTER_QUESTIONS,
        contact=contact,
    )


@dataclass(frozen=True)
class _ScoredSentences:
    """The sentences of some passages, in passage order, each scored once for the question."""

    rows: np.ndarray  # rows of index.sentence_vectors
    owners: np.ndarray  # (passage position, sentence number) of each row
    texts: list[str]
    scores: np.ndarray  # how well each answers the question
    lead_scores: np.ndarray  # how well each would lead the answer
    similarity: np.ndarray  # each one's dense similarity to the question
    cues: np.ndarray  # whether each states what the question's intent asks for
    shares: np.ndarray  # the share of the question's word weight each uses
    intent: Intent | None = None  # what the question asks for

    @classmethod
    def of(cls, index: KnowledgeIndex, ranking: Ranking, positions: list[int]) -> _ScoredSentences:
        rows = np.concatenate([index.sentence_rows(p) for p in positions])
        owners = index.sentence_owner[rows]
        texts = [index.passages[p].sentences[j] for p, j in owners]
        intent = question_intent(ranking.query)
        # Rare words weigh most: "hepatitis" picks the sentence, "trial" hardly does.
        weights = ranking.weights or dict.fromkeys(lexical_tokens(ranking.query), 1.0)
        similarity = index.sentence_vectors[rows] @ ranking.query_vector
        cues = np.array([answers_intent(text, intent) for text in texts], dtype=np.float32)
        firsts = (owners[:, 1] == 0).astype(np.float32)
        shares = np.array(
            [covered_share(weights, lexical_tokens(text)) for text in texts], dtype=np.float32
        )
        scores = (
            similarity
            + INTENT_CUE_BONUS * cues
            + FIRST_SENTENCE_BONUS * firsts
            + KEYWORD_BONUS * shares
        )
        lead_scores = (
            similarity
            + LEAD_INTENT_CUE_BONUS * cues
            + LEAD_FIRST_SENTENCE_BONUS * firsts
            + LEAD_KEYWORD_BONUS * shares
        )
        return cls(rows, owners, texts, scores, lead_scores, similarity, cues, shares, intent)

    def of_passages(self, positions: list[int]) -> _ScoredSentences:
        """The sentences of these passages (scored already), in this passage order."""
        picked = np.concatenate([np.flatnonzero(self.owners[:, 0] == p) for p in positions])
        return _ScoredSentences(
            self.rows[picked],
            self.owners[picked],
            [self.texts[i] for i in picked],
            self.scores[picked],
            self.lead_scores[picked],
            self.similarity[picked],
            self.cues[picked],
            self.shares[picked],
            self.intent,
        )


def _asked_first(index: KnowledgeIndex, hits: list[Hit], query: str) -> list[Hit]:
    """The hits, the top few re-scored by how much of a way their section is asked the query
    says (ASKED_WORDS_WEIGHT), the one whose article answers first: the best of them once a
    reason not asked for is lowered too (the sections of its article lower it themselves, in
    _leading_order)."""
    top = hits[:CHOICE_HITS]
    if len(top) < 2:
        return hits
    words = set(lexical_tokens(query))
    shares = [_asked_share(index, h.position, words) for h in top]
    most = max(shares)
    rescored = [
        dataclasses.replace(h, score=h.score + ASKED_WORDS_WEIGHT * (share - most))
        for h, share in zip(top, shares, strict=True)
    ]
    ordered = sorted(rescored, key=lambda h: -h.score) + hits[CHOICE_HITS:]
    asked = asks_reason(query)

    def choosing(hit: Hit) -> float:
        reason = not asked and gives_reason(index.passages[hit.position].section)
        return hit.score - REASON_LEAD_PENALTY * reason

    # Of the articles of the top hits, the one whose best section, a reason not asked for
    # lowered, scores best answers ("when am i allowed to drive" from the article with the rule,
    # below its own "why not drive" section, not from a neighbouring article on school).
    def article(hit: Hit) -> str:
        return index.passages[hit.position].slug

    best: dict[str, float] = {}
    for hit in ordered:
        best[article(hit)] = max(best.get(article(hit), -np.inf), choosing(hit))
    answering = max({article(h) for h in top}, key=lambda slug: best[slug])
    first = next(h for h in ordered if article(h) == answering)
    return [first, *(h for h in ordered if h is not first)]


def _asked_share(index: KnowledgeIndex, position: int, words: set[str]) -> float:
    """The largest share of a way the section is asked (its question heading, an asked_as
    phrasing, else its heading) that the query's words say, each word weighed by its rarity."""
    asked = index.asked_words(position)
    said = [asked[w] for w in words if w in asked]
    # np.sum hands a list to np.add.reduce after looking for a method of its own: the same sum.
    return float(np.add.reduce(said, axis=0).max()) if said else 0.0


def _answers_itself(index: KnowledgeIndex, position: int, query: str) -> bool:
    """Whether a section can lead an answer to the query: an article's intro says what the page
    covers, so it leads only for what something is; a list of questions to ask, only for what
    to ask ("How long must I avoid driving?" is no answer to "when can i drive again")."""
    passage = index.passages[position]
    if not passage.anchor:
        return question_intent(query) == Intent.DEFINITION
    return not is_question_list(passage.sentences) or asks_what_to_ask(query)


def _leading_order(index: KnowledgeIndex, hits: list[Hit], query: str) -> list[Hit]:
    """The sections of the answering article that may be quoted, best first: those near the
    best section, or near the best once a reason not asked for is lowered (REASON_LEAD_PENALTY),
    in the order they may lead."""
    asked = asks_reason(query)
    lowered = [
        h
        if asked or not gives_reason(index.passages[h.position].section)
        else dataclasses.replace(h, score=h.score - REASON_LEAD_PENALTY)
        for h in hits
    ]
    top = max(h.score for h in lowered)
    near = [
        low
        for low, hit in zip(lowered, hits, strict=True)
        if low.score >= top - PASSAGE_MARGIN or hit.score >= hits[0].score - PASSAGE_MARGIN
    ]
    return sorted(near, key=lambda h: -h.score)


def _answering_first(index: KnowledgeIndex, candidates: list[Hit], query: str) -> list[Hit]:
    """The candidates, the first that can lead moved before an intro or a list of questions."""
    if _answers_itself(index, candidates[0].position, query):
        return candidates
    lead = next((h for h in candidates if _answers_itself(index, h.position, query)), None)
    return candidates if lead is None else [lead, *(h for h in candidates if h is not lead)]


def _lead_first(
    index: KnowledgeIndex, scored: _ScoredSentences, candidates: list[Hit], query: str
) -> list[int]:
    """Positions of the candidate passages, the one that answers best first among close ones
    (among those that can lead, when any can)."""
    best = candidates[0]
    close = [h.position for h in candidates if h.score >= best.score - LEAD_MARGIN]
    rest = [h.position for h in candidates if h.position not in close]
    if len(close) < 2:
        return close + rest
    leading = [p for p in close if _answers_itself(index, p, query)]
    among = scored.of_passages(leading or close)
    quotable = [i for i in np.argsort(-among.scores) if is_quotable(among.texts[i])]
    if not quotable:
        return close + rest
    lead = int(among.owners[quotable[0], 0])
    return [lead, *(p for p in close if p != lead), *rest]


def _usable(index: KnowledgeIndex, scored: _ScoredSentences, positions: list[int]) -> list[int]:
    """The sentences an answer may quote, best first."""
    owners, texts = scored.owners, scored.texts
    scores = scored.scores + BEST_PASSAGE_BONUS * (owners[:, 0] == positions[0])
    # A list of questions to ask is quoted as questions when it is what was asked for.
    lists = {p for p in positions if is_question_list(index.passages[p].sentences)}
    usable = [
        int(i)
        for i in np.argsort(-scores)
        if is_quotable(texts[i]) or (owners[i, 0] in lists and why_not_standalone(texts[i]) is None)
    ]
    return usable or [int(i) for i in np.argsort(-scores)]


def _leading(scored: _ScoredSentences, positions: list[int], usable: list[int]) -> list[int]:
    """The sentences that may lead: the usable ones (_usable) of the section the answer leads
    from that stand alone."""
    # The answer leads from the best section; the others may only add to it. A sentence that
    # points back ("In the same company report, 25% of placebo patients...") follows the one it
    # points to, so it leads only where the section has nothing else to quote.
    from_best = [i for i in usable if scored.owners[i, 0] == positions[0]]
    standing = [i for i in from_best if not _BACK_REFERENCE.match(scored.texts[i])]
    return standing or from_best


def _choose_sentences(
    index: KnowledgeIndex,
    scored: _ScoredSentences,
    positions: list[int],
    model: SentenceModel | None = None,
) -> list[tuple[int, int]]:
    """Pick the sentence that answers the question's intent first, then the closest others.

    Args:
        model: the learned lead, which picks the sentence that leads; None: the lead scores.
    """
    owners, texts = scored.owners, scored.texts
    vectors = index.sentence_vectors[scored.rows]
    scores = scored.scores + BEST_PASSAGE_BONUS * (owners[:, 0] == positions[0])
    usable = _usable(index, scored, positions)
    leading = _leading(scored, positions, usable)
    if not leading:
        lead = usable[0]
    elif model is not None and len(leading) > 1:
        lead = leading[model.choose(lead_sentence_features(scored, leading))]
    else:
        lead = max(leading, key=lambda i: scored.lead_scores[i])
    usable = [lead, *(i for i in usable if i != lead)]
    best = scores[lead]
    picked: list[int] = []
    length = 0
    for i in usable:
        if len(picked) >= MAX_SENTENCES:
            break
        if picked and length + len(texts[i]) > MAX_ANSWER_CHARS:
            continue
        # A sentence of the best section stays on its subject, so only the length bounds how
        # many of them are quoted; one of another section joins only if nearly as relevant.
        # Sets 1-11: key fact in 8 more of 1,355 questions and 13 more conversation turns (sets
        # 12-14 held out: +1, +6); an answer averages 428 -> 499 characters (eval/HISTORY.md,
        # round 18).
        from_other = owners[i, 0] != positions[0]
        if from_other and len(picked) >= MIN_SENTENCES and scores[i] < best - SENTENCE_MARGIN:
            continue
        if any(float(vectors[i] @ vectors[j]) > NEAR_DUPLICATE for j in picked):
            continue
        picked.append(i)
        length += len(texts[i]) + 1
    # The answer leads; the rest read in the order the passages ranked, and in article order.
    rank_of = {p: r for r, p in enumerate(positions)}
    rest = sorted(picked[1:], key=lambda i: (rank_of[owners[i, 0]], owners[i, 1]))
    return [(int(owners[i, 0]), int(owners[i, 1])) for i in [picked[0], *rest]]


# The knowledge base's sentences are weighed again for every answer that may quote them: kept,
# each is a lookup (as lexical._tokens keeps their words).
@functools.lru_cache(maxsize=8192)
def is_quotable(sentence: str) -> bool:
    """Whether a sentence can be quoted as an answer: whole, standing alone, not a question."""
    return why_not_standalone(sentence) is None and not sentence.endswith("?")


def _as_sentence(text: str) -> str:
    return text if text[-1] in '.!?"”)' else f"{text}."


def _citation(index: KnowledgeIndex, position: int, n: int, quoted: list[str]) -> Citation:
    passage = index.passages[position]
    article = index.articles[passage.slug]
    return Citation(
        n=n,
        title=article.title,
        section=passage.section,
        url=passage.url,
        quote_url=highlight_url(passage.url, quoted),
        snippet=_snippet(passage.text),
        last_reviewed=article.last_reviewed,
        references=article.sources,
    )


def highlight_url(url: str, sentences: list[str]) -> str:
    """Return a link that opens the page at the sentences, highlighted (a URL text fragment).

    Browsers without text fragments still open the section: the directive follows its anchor.
    """
    texts = "&".join(_text_directive(s) for s in sentences)
    return f"{url}{'' if '#' in url else '#'}:~:{texts}"


@functools.lru_cache(maxsize=8192)  # the sentences quoted are the knowledge base's
def _text_directive(sentence: str) -> str:
    # In a text directive "-", "&" and "," have meanings of their own, so they are escaped too.
    return f"text={quote(sentence, safe='').replace('-', '%2D')}"


# A passage's text is the knowledge base's, cut again for every answer that cites it: kept.
@functools.lru_cache(maxsize=4096)
def _snippet(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _related_questions(index: KnowledgeIndex, used: list[int], limit: int = 3) -> tuple[str, ...]:
    """Return question-like headings near the answer, to suggest as next questions."""
    used_ids = {index.passages[p].id for p in used}
    questions: list[str] = []
    for position in used:
        article = index.articles[index.passages[position].slug]
        for passage in article.passages:
            heading = passage.section
            if passage.id in used_ids or not heading.endswith("?") or heading in questions:
                continue
            questions.append(heading)
    return tuple(questions[:limit])
