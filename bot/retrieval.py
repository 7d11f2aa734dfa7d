"""Query -> ranked passages: dense (FAISS) and lexical (BM25), fused.

Measured on eval/questions.jsonl (`flask --app wsgi kb eval`): a weighted sum of the
dense similarity and the query-normalized BM25 score beat reciprocal rank fusion and either
retriever alone, so that is the hybrid ranking.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from .asked_before import WEIGHT as ASKED_BEFORE_WEIGHT
from .conditions import ANY_CONDITION, CONDITIONS, conditions_had, named
from .dense_bound import ROUNDING_MARGIN
from .dense_rows import DenseRows
from .embedder import Embedder
from .index import KnowledgeIndex
from .intent import Intent, question_intent
from .lexical import lexical_tokens, stems
from .named_things import name_list

Mode = Literal["hybrid", "dense", "lexical"]
MODES: tuple[Mode, ...] = ("hybrid", "dense", "lexical")
LEXICAL_WEIGHT = 0.3
# Structural priors: an intro says what a page covers rather than answering, and a list of
# questions to ask answers only a question about what to ask.
INTRO_PENALTY = 0.06
QUESTION_LIST_PENALTY = 0.1
# A question worded like one a section is asked as (its heading, its asked_as) is close to
# that section even where the section's text words it differently; the match counts a little
# below a match with the text itself.
QUESTION_OFFSET = 0.1
# A section whose heading asks what the question asks (how long, how treated...) answers it.
INTENT_BONUS = 0.03
# ...and one that says why CAR-T could help ("Why is CAR-T being tested in myositis?") does not
# answer whether it has ("can car t help dermatomyositis", "has it been tried in progressive
# ms"): for a question asking results its ranking score is lowered by this. 0.06 and 0.1 each
# gained on question sets 3 and 7 and conversation sets 2-5 and lost one on sets 1 and 2 (a
# label on the reason section; "is it worth it" answered from the FDA's finding); 0.1 also
# gained a follow-up on set 5.
REASON_PENALTY = 0.1
# Off-topic questions use words the guide never does ("tamoxifen", "lyme"): their share, times
# this, is taken off the confidence that decides whether to answer.
UNKNOWN_WORD_PENALTY = 0.5
# A covered question's rare words are in the passage that answers it ("double blind", "g-csf"),
# while an off-topic one shares only common words with it ("how long does a cold last"): the
# share of the query's word weight (IDF) the best passage uses, times this, is added to it.
COVERAGE_WEIGHT = 0.2
# The same share, for every passage, times this, is added to its ranking score: of two close
# sections, the one using the question's rare words ("mesna", "rems") answers it. Every weight
# from 0.02 to 0.1 gained first sentences on each of sets 1, 2 and 3; sets 1+2 peak at 0.08,
# set 3 at 0.1; past 0.06 a key fact (set 3) and a covered question (set 2) are lost.
RARE_WORDS_WEIGHT = 0.05
# A question opening what, which, how, when, where or who is not answered by a section that
# opens "Yes" or "No" ("Yes, many centers give medicines..." for "which chemo drugs do they
# give"): its ranking score is lowered by this. 0.01 to 0.04 gained a key fact on set 3 and lost
# nothing on question sets 1-5; past 0.02 set 4's follow-up turns lose one, so the middle of
# 0.01-0.02. A larger intro penalty (0.06 -> 0.12) gained 5 on question sets 1-4 but lost first
# turns of conversation sets 4 and 5, and was dropped.
YES_NO_OPENING_PENALTY = 0.015
# A misspelt word ("steriods") is not one the guide never uses: a word of the guide with a
# letter more, a letter less or two neighbours swapped, in words this long or longer (shorter
# ones are too often another word: "plane", "plan").
TYPO_MIN_LENGTH = 6
# A word of the question the guide never uses, this long or longer, is read as the one word of
# the guide it is a letter more, a letter less or two swapped letters from ("hosptial",
# "leukaphersis"), where there is exactly one: shorter words are too often another real word
# ("mother", "other"). On sets 1-3 it put the labelled section first for 2 questions and lost
# none; set 4 has no such word.
SPELLING_MIN_LENGTH = 7
# A word the guide never uses, this long or longer, with one letter other than in a word that
# alone names a condition the articles cover ("lupis", "myosotis"), is read as that word, where
# there is one: a misspelt condition hides what the question is about. Any word of the guide is
# too often another real word: read so, 9 of the 10 eval messages it changed were misread
# ("massage", "sprained", "pounding", "hugging"); so is every word of a condition's name
# ("stuff" for stiff-person syndrome, "graves" for myasthenia gravis).
CONDITION_SPELLING_MIN_LENGTH = 5
# A word of the message the guide never uses that is no everyday word names a thing: a medicine,
# a company, an insurer, a therapy ("can i stay on metformin during car t", "acupuncture during
# car t recovery ok", "does gilead have a lupus car t trial"). The rest of such a question is the
# guide's words, so its best passage looks close; the thing asked of counts this many times in
# the share of words the guide never uses. Everyday is judged by the embedding model's tokenizer,
# whose whole words are common English ones ("tattoo", "parking", "kaiser"), with an ending, a
# prefix or a second word added ("shedding", "uninsured", "ballpark") or a letter out ("insted").
# Questions of sets 1-13 (all seen): off-topic declined +4 at 2 (sets 11, 12, 13 +1, +1, +2),
# covered declined +1 (set 9, "does aetna cover car t trials", which sets 12 and 13 would
# label off-topic); conversation turns unchanged. At 3 (measured before the kept-until exception
# below), +5 off-topic and +3 covered (acyclovir, vyvgart kept until CAR-T, aetna).
NAMED_WORD_WEIGHT = 2
NAME_MIN_LENGTH = 5
# Two words run together are everyday ("ballpark", "crossfit") when each has this many letters,
# or one has the longer count: the tokenizer's whole words include pieces of three letters
# ("hum", "ira", "sol", "tri"), so read as two of them any name was everyday ("humira",
# "soliris", "tricare"). No question or turn of sets 1-19 changes (their names are declined by
# scope or the threshold already).
RUN_TOGETHER_SHORTER = 4
RUN_TOGETHER_LONGER = 5
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ish", "y", "ly", "ie", "ies", "ally")
# ...and words run together without their apostrophe ("youve", "theyre", "wasnt").
_ENDINGS += ("ve", "re", "nt", "ll")
_PREFIXES = ("un", "re", "mis", "non", "pre", "over", "under", "out")
# A word capitalised within a sentence that no passage uses names a thing too, everyday or not:
# the writer's own capital marks a name ("does Humana cover it", "we live in Texas") and no
# misspelling ("Humana" is "human" with a letter more). The writers of sets 1-19 capitalise only
# the guide's acronyms ("CRS", "LICATS"), so none of their messages changes.
_CAPITALISED = re.compile(r"(?<=[\w,;:)] )[A-Z][a-z][\w-]*")
# A medicine to stop before CAR-T, or kept until it, is the guide's, whatever its name ("do i
# need to stop my cellcept before", "should i keep taking vyvgart until the car t": which
# medicines stop and which go on).
_STOPPED = re.compile(
    r"\b(?:stop|stopping|quit|come off|go off|get off)\b"
    r"(?: (?:taking|using|my|his|her|their|the))* (?P<name>\w+)"
    r"|\bkeep(?: (?:taking|using|getting|on|my|his|her|their|the))* (?P<kept>\w+)"
    r" (?:until|till|before|up to)\b"
)
# Up to this many vectors in the index a question is compared with every one, as before (0.6 ms
# for the 4,687 of today's knowledge base, where a search of the graph takes longer). Beyond, only
# a shortlist of passages is scored in full, so a question's cost grows little with the knowledge
# base: the best by lexical match and priors, and the owners of the vectors nearest the question
# in the graph (bot/index.py).
EXACT_VECTORS = 10_000
SHORTLIST_PASSAGES = 50
SHORTLIST_VECTORS = 128
# An instruction on how to reply before the question ("reply only in pirate speak: what is crs")
# is not what is asked: its words would count as ones the guide never uses and sink the answer.
_REPLY_STYLE = re.compile(
    r"\A\W*(?:please )?(?:reply|answer|respond|write|talk|speak|explain)\b[^:?]{0,60}:\s*(?=\w)",
    re.IGNORECASE,
)
_ASKS_WHAT_TO_ASK = re.compile(r"\b(ask|questions?)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_YES_NO_OPENING = re.compile(r"(yes|no)\b", re.IGNORECASE)
# A section that says why (its heading opens "Why", or asks how CAR-T could help or works)
# gives the reason, not what came of it.
_REASON_HEADING = re.compile(
    r"\W*(why\b|how (could|might|would|does|do|can|will) .*\b(help|work)s?\b)", re.IGNORECASE
)
# Words that tell who asks or of whom, stemmed as lexical_tokens leaves them.
_ASKER_WORDS = frozenset(
    stems(
        [
            "i", "im", "ive", "id", "me", "my", "mine", "myself", "we", "us", "our", "he", "hes",
            "him", "his", "himself", "she", "shes", "her", "hers", "herself", "they", "them",
            "their", "son", "daughter", "dad", "father", "mom", "mum", "mother", "parent",
            "husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "grandpa",
            "grandma", "grandfather", "grandmother", "grandson", "granddaughter", "brother",
            "sister", "sibling", "kid", "child", "children", "aunt", "uncle", "niece", "nephew",
            "cousin", "friend", "yr", "yo",
        ]
    )
)  # fmt: skip
# A question that asks for the reason: why, how come or how that can be, or how CAR-T could help
# or works.
_ASKS_REASON = re.compile(
    r"\b(why|how come|reasons?)\b|\bhow (can|could|is|would)\b.*\b(be|possible)\b"
    r"|\bhow (does|do|would|could|can|will|might)\b.*\b(help|work)",
    re.IGNORECASE,
)
_OPEN_QUESTION = re.compile(r"\W*(so )?(what|which|how|when|where|who)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    position: int  # index into KnowledgeIndex.passages
    score: float  # the ranking score of the mode used
    dense: float  # semantic similarity of query and passage
    lexical: float  # BM25 score


@dataclass(frozen=True)
class Ranking:
    query_vector: np.ndarray
    hits: list[Hit]
    query: str = ""  # the text ranked for, read again to choose the sentences
    unknown: float = 0.0  # share of the query's content words the knowledge base never uses
    coverage: float = 0.0  # share of the query's word weight (IDF) the best passage uses
    weights: Mapping[str, float] = field(default_factory=dict)  # the query's words, by IDF
    # Per passage, the vote of the labelled questions nearest the query (bot/asked_before.py),
    # when they voted: whether they agree with the ranking is evidence the question is covered.
    votes: np.ndarray | None = field(default=None, repr=False, compare=False)
    # The similarity of the nearest labelled question that could vote (asked_before.FLOOR when
    # none is nearer), when they voted: the decision weighs the nearest uncovered one against it.
    recalled_nearest: float = 0.0
    # The message's own ranking, when its hits were re-scored by the sentence that asks
    # (Guide._rank_what_it_asks): whether the guide covers the message is decided on that.
    whole: Ranking | None = field(default=None, repr=False, compare=False)
    # The int8 pass's estimates of the memory's uncovered questions' similarities and the most
    # any may be off, when it took them: the nearest is then multiplied out alone.
    uncovered_bounds: tuple[np.ndarray, float] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def confidence(self) -> float:
        """How sure the guide covers the question: the best passage's semantic similarity,
        less a penalty for words the guide never uses, plus one for rare words it shares."""
        best = max((hit.dense for hit in self.hits), default=0.0)
        return best + self._adjustment

    def confident_hits(self, threshold: float) -> list[Hit]:
        """The hits close enough to answer from: adjusted as the confidence is, at the threshold."""
        return [hit for hit in self.hits if hit.dense + self._adjustment >= threshold]

    @property
    def _adjustment(self) -> float:
        return COVERAGE_WEIGHT * self.coverage - UNKNOWN_WORD_PENALTY * self.unknown


class Retriever:
    """Rank the passages of one index for a query."""

    def __init__(
        self, index: KnowledgeIndex, embedder: Embedder, exact_vectors: int = EXACT_VECTORS
    ):
        self.index = index
        self.embedder = embedder
        self._everyday = embedder.words
        self.shortlists = index.vector_count > exact_vectors
        # Read now, not at a question, and only when searched: faiss is a large import.
        self._graph = index.graph if self.shortlists else None
        # Read from the index as `kb build` saved it: made here, it took ~20 ms of every start.
        self._bound = None if self.shortlists else index.dense_bound
        # Where each set of vectors ends in the int8 copy, and the rows each passage's best
        # sentence and best question are taken from: worked out once, not at every ranking.
        ends = np.cumsum([len(v) for v in index.vector_sets]).tolist()
        self._parts = tuple(zip([0, *ends[:-1]], ends, strict=True))
        self._sentence_starts = index.sentence_bounds[:-1]
        bounds = index.question_bounds
        self._asked = bounds[1:] > bounds[:-1]
        self._question_starts = bounds[:-1][self._asked]
        # The int8 copy's rows past the index's are the labelled questions' (bot/asked_before.py)
        # where `kb build` saved them together: the same pass then narrows their vote down.
        memory = index.asked_before
        # Its uncovered questions' rows follow, where the copy has them (since round 38).
        self._memory_rows = self._uncovered_rows = None
        if (
            self._bound
            and memory is not None
            and len(memory)
            and self._bound.memory_rows == len(memory)
            and len(self._bound.row_errors) == ends[-1] + len(memory) + self._bound.uncovered_rows
        ):
            # Each part's worst row error and norm: one slack for all its rows (`_slack`).
            self._memory_rows = slice(ends[-1], ends[-1] + len(memory))
            self._memory_worst = self._worst(self._memory_rows)
            unasked = memory.uncovered
            if self._bound.uncovered_rows and self._bound.uncovered_rows == len(unasked):
                self._uncovered_rows = slice(self._memory_rows.stop, None)
                self._uncovered_worst = self._worst(self._uncovered_rows)
        # The rows each passage's dense score reads, for the passages the int8 pass leaves.
        self._dense_rows = (
            DenseRows(
                index.stacked_starts,
                tuple(len(v) for v in index.vector_sets),
                index.sentence_bounds,
                index.question_bounds,
            )
            if self._bound
            else None
        )
        if self._bound:
            # A passage's dense score moves no more than the most any of its rows' similarities
            # may (a mean and maxima of them), so its rows' worst errors bound its own.
            self._worst_row_errors, self._worst_row_norms = (
                np.max(self._best_per_passage(self._split(values)), axis=0)
                for values in (self._bound.row_errors, self._bound.row_norms)
            )
        passages = index.passages
        self._lexical = index.lexical
        self._words = index.lexical.passage_words()
        self._shortened = {
            short
            for word in self._lexical.vocabulary
            if len(word) > TYPO_MIN_LENGTH
            for short in _deletes(word)
        }
        # Per retriever: a cache on the method would keep every retriever alive.
        self._spelling = functools.lru_cache(maxsize=4096)(self._spell)
        self._naming = functools.lru_cache(maxsize=4096)(self._names_a_thing)
        self._listing = functools.lru_cache(maxsize=4096)(self._listed_words)
        self._intro = np.array([not p.anchor for p in passages])
        self._question_list = np.array([is_question_list(p.sentences) for p in passages])
        # What each section's heading asks (how long, how much...), worked out once.
        self.heading_intents = tuple(question_intent(p.section) for p in passages)
        self._kinds = np.array([str(intent or "") for intent in self.heading_intents])
        self._reasons = np.array([gives_reason(p.section) for p in passages])
        self._yes_no_openings = np.array(
            [
                bool(p.sentences) and _YES_NO_OPENING.match(p.sentences[0]) is not None
                for p in passages
            ]
        )

    def rank(
        self,
        query: str,
        k: int = 5,
        mode: Mode = "hybrid",
        within: Sequence[int] | None = None,
        recalled: bool = True,
    ) -> Ranking:
        """Return the k best passages for a query; only of those at `within`, when given.

        `recalled`: how questions near this one were labelled votes for their sections
        (bot/asked_before.py); False for a follow-up read with its topic, which the labelled
        questions, each asked alone, do not resemble.
        """
        pool = None if within is None else np.unique(np.asarray(within, dtype=np.int64))
        query = _REPLY_STYLE.sub("", query, count=1)
        k = max(1, min(k, len(self.index.passages) if pool is None else len(pool)))
        query_vector = self.embedder.encode([query])[0]
        estimated = None  # the int8 pass (bot/dense_bound.py), once taken
        votes = None
        nearest = 0.0
        uncovered_bounds = None
        spelled = self.spelled(query)
        lexical = self.lexical_scores(spelled)
        weights = self._lexical.word_weights(spelled)
        if mode == "lexical":
            pool = np.arange(len(self.index.passages)) if pool is None else pool
            positions = pool[np.argsort(-lexical[pool], kind="stable")[:k]]
            dense = self.dense_scores(query_vector, positions)
            scores = lexical[positions]
        else:
            top = lexical.max()
            lexical_part = LEXICAL_WEIGHT * (lexical / top if top > 0 else lexical)
            if mode == "dense":
                lexical_part = np.zeros_like(lexical)
            else:
                lexical_part = lexical_part + RARE_WORDS_WEIGHT * self.covered_shares(weights)
                if recalled and self.index.asked_before is not None:
                    # How questions near this one were labelled: a vote for their sections.
                    memory_bounds = None
                    if self._memory_rows is not None:
                        estimated = self._bound.estimate(query_vector)
                        memory_bounds = self._memory_bounds(*estimated)
                        if self._uncovered_rows is not None:
                            uncovered_bounds = self._uncovered_bounds(*estimated)
                    votes, nearest = self.index.asked_before.votes_and_nearest(
                        query_vector, len(self.index.passages), memory_bounds
                    )
                    lexical_part = lexical_part + ASKED_BEFORE_WEIGHT * votes
            priors = self._priors(query)
            if pool is not None:
                positions = pool
                dense = self.dense_scores(query_vector, positions)
            elif self.shortlists:
                positions = self._shortlist(query_vector, lexical_part - priors, k)
                dense = self.dense_scores(query_vector, positions)
            else:
                positions = self._could_lead(query_vector, lexical_part - priors, k, estimated)
                dense = self.dense_scores(query_vector, positions, as_in_full=True)
            scores = dense + lexical_part[positions] - priors[positions]
        # Positions ascend (lexical ones come ranked already), so ties keep the order a stable
        # sort of every passage gives.
        order = np.argsort(-scores, kind="stable")[:k]
        hits = [
            Hit(int(positions[i]), float(scores[i]), float(dense[i]), float(lexical[positions[i]]))
            for i in order
        ]
        # Who asks and of whom ("my dad", "hes 19", "with ms and diabetes") is not what is
        # asked: such words the guide never uses weigh on neither side of whether it covers it.
        aside = self._about_the_asker(spelled)
        asked = {t: w for t, w in weights.items() if t not in aside}
        coverage = covered_share(asked, self._words[hits[0].position])
        unknown = self.unknown_share(spelled, aside)
        return Ranking(
            query_vector,
            hits,
            query,
            unknown,
            coverage,
            weights,
            votes,
            nearest,
            uncovered_bounds=uncovered_bounds,
        )

    def spelled(self, query: str) -> str:
        """The query with each misspelt word read as the guide's word (SPELLING_MIN_LENGTH)."""
        words = _WORD.findall(query.lower())
        # A listed name is a name, never a misspelt word of the guide's ("humana", "aetna"), and
        # a brand is read as the generic the guide writes of.
        listed, generics = self._listing(query.lower())
        spelled = [generics.get(w) or (w if w in listed else self._spelling(w)) for w in words]
        return query if spelled == words else " ".join(spelled)

    def _spell(self, word: str) -> str:
        if len(word) < CONDITION_SPELLING_MIN_LENGTH or not word.isalpha():
            return word
        vocabulary = self._lexical.vocabulary
        if any(t in vocabulary for t in lexical_tokens(word)):
            return word
        if len(word) >= SPELLING_MIN_LENGTH:
            edits = {word[:i] + word[i + 1 :] for i in range(len(word))}
            edits |= {
                word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)
            }
            edits |= {
                word[:i] + c + word[i:]
                for i in range(len(word) + 1)
                for c in string.ascii_lowercase
            }
            edits = sorted(edits)
            found = {
                stem: edit
                for edit, stem in zip(edits, stems(edits), strict=True)
                if stem in vocabulary
            }
            if found:
                return next(iter(found.values())) if len(found) == 1 else word
        conditions = {
            word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in string.ascii_lowercase
        } & self._condition_words
        return conditions.pop() if len(conditions) == 1 else word

    @functools.cached_property
    def _condition_words(self) -> frozenset[str]:
        """The articles' words that alone name a condition they cover ("lupus", "myositis").

        Worked out at the first word that needs them (3 ms: one pass over the words, each
        apart from the next, not a match for each), not at every worker's start.
        """
        words = ". ".join(
            word
            for word in self.index.vocabulary.lowercase
            if len(word) >= CONDITION_SPELLING_MIN_LENGTH and word.isalpha()
        )
        return frozenset(
            match.group()
            for match in ANY_CONDITION.finditer(words)
            if match.group().isalpha() and named(match, CONDITIONS).name in self.index.conditions
        )

    def covered_shares(self, weights: Mapping[str, float]) -> np.ndarray:
        """Per passage, the share of the query's word weight it uses (see covered_share)."""
        total = sum(weights.values())
        users = [self._lexical.passages_using(word) for word in weights]
        if not total or not users:
            return np.zeros(self._lexical.count, dtype=np.float32)
        shares = np.bincount(
            np.concatenate(users),
            np.repeat([w / total for w in weights.values()], [len(u) for u in users]),
            minlength=self._lexical.count,
        )
        return shares.astype(np.float32)

    def _shortlist(self, query_vector: np.ndarray, adjustment: np.ndarray, k: int) -> np.ndarray:
        """Positions worth scoring in full, ascending: see SHORTLIST_PASSAGES."""
        count = len(self.index.passages)
        wanted = max(k, SHORTLIST_PASSAGES)
        if wanted >= count:
            return np.arange(count)
        best = np.argpartition(-adjustment, wanted - 1)[:wanted]
        _, rows = self._graph.search(query_vector.reshape(1, -1), SHORTLIST_VECTORS)
        return np.union1d(best, self.index.graph_owners(rows[0][rows[0] >= 0]))

    def _could_lead(
        self,
        query_vector: np.ndarray,
        adjustment: np.ndarray,
        k: int,
        estimated: tuple[np.ndarray, float, float] | None = None,
    ) -> np.ndarray:
        """Positions, ascending, of every passage whose score could be among the k best.

        The int8 pass bounds each passage's dense score (the score is monotone in each
        similarity, so bounds in give bounds out): a passage whose upper bound is below the k-th
        best lower bound cannot rank, and is not read in float32. On the eval questions about 8
        passages of 443 are left for k = 5 and 33 for k = 20. `estimated`: the pass's result,
        where the memory's vote took it already.
        """
        estimates, norm, error = estimated or self._bound.estimate(query_vector)
        scores = _dense(*self._best_per_passage(self._split(estimates))) + adjustment
        slack = self._worst_row_errors * norm + self._worst_row_norms * error + ROUNDING_MARGIN
        count = len(scores)
        floor = np.partition(scores - slack, count - k)[count - k]
        return np.flatnonzero(scores + slack >= floor)

    def _memory_bounds(
        self, estimates: np.ndarray, norm: float, error: float
    ) -> tuple[np.ndarray, float]:
        """The int8 pass's estimates of the labelled questions' similarities, and the most any
        of them may be off (as `_could_lead` bounds the index's rows, with their worst row)."""
        return estimates[self._memory_rows], _slack(*self._memory_worst, norm, error)

    def _uncovered_bounds(
        self, estimates: np.ndarray, norm: float, error: float
    ) -> tuple[np.ndarray, float]:
        """The int8 pass's estimates of the memory's uncovered questions' similarities, and the
        most any of them may be off (as `_memory_bounds`)."""
        return estimates[self._uncovered_rows], _slack(*self._uncovered_worst, norm, error)

    def _worst(self, rows: slice) -> tuple[float, float]:
        """The largest row error and row norm of some rows of the int8 copy."""
        bound = self._bound
        return float(bound.row_errors[rows].max()), float(bound.row_norms[rows].max())

    def _split(self, values: np.ndarray) -> tuple[np.ndarray, ...]:
        """Values of every row of the int8 copy -> those of the passages, headings, sentences
        and questions (as np.split gives them, without its ~10 us of bookkeeping)."""
        return tuple(values[start:end] for start, end in self._parts)

    def _best_per_passage(self, similarities: Sequence[np.ndarray]) -> tuple[np.ndarray, ...]:
        """Similarities of every row -> per passage: its own, its heading's, its best sentence's
        and its best question's (-1 for none)."""
        passage, heading, sentences, questions = similarities
        best_sentence = np.maximum.reduceat(sentences, self._sentence_starts)
        best_question = np.full(len(passage), -1.0, dtype=questions.dtype)
        best_question[self._asked] = np.maximum.reduceat(questions, self._question_starts)
        return passage, heading, best_sentence, best_question

    def unknown_share(self, query: str, aside: frozenset[str] = frozenset()) -> float:
        """Share of the query's content words that no passage uses, misspelt ones aside
        (1.0 for none at all), leaving out the words `aside`."""
        tokens = [t for t in lexical_tokens(query) if t not in aside]
        vocabulary = self._lexical.vocabulary
        listed, generics = self._listing(query.lower())
        listed_tokens = set(lexical_tokens(" ".join(listed)))
        brands = set(lexical_tokens(" ".join(generics)))
        unknown = [
            t
            for t in tokens
            if t not in vocabulary
            and t not in brands
            and (t in listed_tokens or not self._misspelt(t))
        ]
        return len(unknown) / len(tokens) if tokens else 1.0

    def _listed_words(self, text: str) -> tuple[frozenset[str], dict[str, str]]:
        """The names from public lists (bot/named_things.py) that a lower-cased text holds: the
        words of those no passage uses, and each brand of a medicine whose generic the guide
        writes of, with that generic ("ocrevus" -> "ocrelizumab")."""
        unused: set[str] = set()
        generics: dict[str, str] = {}
        for thing in name_list().find(text.replace("’", "'")):
            words = [w for w in _WORD.findall(thing.name) if not self.knows(w)]
            if words and thing.generic and all(self.knows(w) for w in _WORD.findall(thing.generic)):
                generics[thing.name] = thing.generic
            else:
                unused.update(words)
        return frozenset(unused), generics

    def with_words_aside(self, ranking: Ranking, left: frozenset[str]) -> Ranking:
        """The ranking, the words `left` (a Spanish message's words its English reading left as
        written) weighing on neither side of whether the guide covers it, as the asker's own
        words do not: "le da miedo perderlo" left in Spanish says nothing of what the guide
        covers, only that this reading does not know it."""
        if not left or not ranking.hits:
            return ranking
        spelled = self.spelled(ranking.query)
        aside = self._about_the_asker(spelled) | frozenset(lexical_tokens(" ".join(left)))
        return dataclasses.replace(ranking, unknown=self.unknown_share(spelled, aside))

    def with_named_things(
        self, ranking: Ranking, message: str, left: frozenset[str] = frozenset()
    ) -> Ranking:
        """The ranking, each word of the message that names a thing the guide never names
        counted NAMED_WORD_WEIGHT times in its share of words the guide never uses.

        Only the message's own words count: a follow-up read with its topic's words ("how is it
        different" after "would car-t replace my ocrevus") asks nothing of a new thing. The
        words `left` (see with_words_aside) name nothing and are no part of the count.
        """
        written = {w.lower() for w in _CAPITALISED.findall(message) if len(w) >= NAME_MIN_LENGTH}
        names = {
            token
            for word in _WORD.findall(message.lower())
            if self._naming(word) or (word in written and not self.knows(word))
            for token in lexical_tokens(word)
        }
        # ...and so does a name from the public lists, whatever its case ("humana", "benlysta").
        names.update(lexical_tokens(" ".join(self._listing(message.lower())[0])))
        names -= {m["name"] or m["kept"] for m in _STOPPED.finditer(message.lower())}
        left_tokens = frozenset(lexical_tokens(" ".join(left)))
        names -= left_tokens
        if not names:
            return ranking
        spelled = self.spelled(ranking.query)
        aside = self._about_the_asker(spelled)
        tokens = [t for t in lexical_tokens(spelled) if t not in aside]
        named = sum(t in names for t in tokens)
        if not named:
            return ranking
        unknown = min(1.0, ranking.unknown + (NAMED_WORD_WEIGHT - 1) * named / len(tokens))
        return dataclasses.replace(ranking, unknown=unknown)

    def _names_a_thing(self, word: str) -> bool:
        """Whether a word no passage uses names a thing: no everyday word (NAMED_WORD_WEIGHT),
        nor a misspelling of the guide's."""
        everyday = self._everyday
        if len(word) < NAME_MIN_LENGTH or not word.isalpha() or word in everyday or not everyday:
            return False
        vocabulary = self._lexical.vocabulary
        if any(t in vocabulary or self._misspelt(t) for t in lexical_tokens(word)):
            return False
        return not _everyday(word, everyday) and not _a_letter_from(word, everyday)

    def _about_the_asker(self, query: str) -> frozenset[str]:
        """The query's words no passage uses that tell who asks or of whom: an age or another
        number, a pronoun, a relative, a condition someone has beside one the guide covers ("when
        can my son go back to college, hes 19 with lupus"; "grandpa is 68 with ms and
        diabetes")."""
        vocabulary = self._lexical.vocabulary
        unknown = {t for t in lexical_tokens(query) if t not in vocabulary}
        if not unknown:
            return frozenset()
        had = lexical_tokens(" ".join(conditions_had(query.lower(), self.index.conditions)))
        return frozenset(t for t in unknown if t.isdigit() or t in _ASKER_WORDS or t in had)

    def _misspelt(self, word: str) -> bool:
        """Whether a word is one of the guide's with a letter more, less, or two swapped."""
        if len(word) < TYPO_MIN_LENGTH:
            return False
        vocabulary = self._lexical.vocabulary
        swapped = (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
        return word in self._shortened or any(w in vocabulary for w in (*_deletes(word), *swapped))

    def knows(self, word: str) -> bool:
        """Whether the knowledge base uses a word (after stemming)."""
        return any(token in self._lexical.vocabulary for token in lexical_tokens(word))

    def dense_scores(
        self, query_vector: np.ndarray, positions: np.ndarray, as_in_full: bool = False
    ) -> np.ndarray:
        """Semantic similarity of the query to the passages at these positions.

        The mean of its similarity to the passage, its headings and its best sentence, or its
        match with a question the section is asked as (less an offset) when that is higher.
        `as_in_full`: to the last bit what scoring every passage gives them (see _products).
        """
        index = self.index
        if as_in_full and self._dense_rows is not None:
            return _dense(
                *self._dense_rows.similarities(index.stacked_vectors, positions, query_vector)
            )
        product = _products if as_in_full else _gathered_products
        return _dense(
            product(index.passage_vectors, positions, query_vector),
            product(index.heading_vectors, positions, query_vector),
            _best_of_groups(
                index.sentence_vectors, index.sentence_bounds, positions, query_vector, product
            ),
            self.question_scores(query_vector, positions, product),
        )

    def question_scores(
        self, query_vector: np.ndarray, positions: np.ndarray, product=None
    ) -> np.ndarray:
        """Best similarity of the query to each section's questions (-1 for a section with none)."""
        bounds = self.index.question_bounds
        asked = bounds[positions + 1] > bounds[positions]
        best = np.full(len(positions), -1.0, dtype=np.float32)
        best[asked] = _best_of_groups(
            self.index.question_vectors,
            bounds,
            positions[asked],
            query_vector,
            product or _gathered_products,
        )
        return best

    def lexical_scores(self, query: str) -> np.ndarray:
        tokens = lexical_tokens(query)
        if not tokens:
            return np.zeros(len(self.index.passages), dtype=np.float32)
        return self._lexical.scores(tokens)

    def _priors(self, query: str) -> np.ndarray:
        penalty = INTRO_PENALTY * self._intro
        intent = question_intent(query)
        if intent is not None:
            penalty = penalty - INTENT_BONUS * (self._kinds == str(intent))
        if intent == Intent.RESULTS:
            penalty = penalty + REASON_PENALTY * self._reasons
        if _OPEN_QUESTION.match(query):
            penalty = penalty + YES_NO_OPENING_PENALTY * self._yes_no_openings
        if not asks_what_to_ask(query):
            penalty = penalty + QUESTION_LIST_PENALTY * self._question_list
        return penalty


def asks_what_to_ask(query: str) -> bool:
    """Whether a question asks what to ask, which a list of questions answers."""
    return _ASKS_WHAT_TO_ASK.search(query) is not None


def gives_reason(heading: str) -> bool:
    """Whether a section heading asks why, or how CAR-T could help or works."""
    return _REASON_HEADING.match(heading) is not None


def asks_reason(query: str) -> bool:
    """Whether a question asks why or how that can be, or how CAR-T could help or works."""
    return _ASKS_REASON.search(query) is not None


def _everyday(word: str, words: frozenset[str], whole: bool = True) -> bool:
    """Whether a word is an everyday one: one of `words`, or one with an ending added, or (when
    `whole`) one with a prefix added or two run together ("pinkish", "uninsured", "ballpark")."""
    if word in words or any(t in words for t in lexical_tokens(word)):
        return True
    if any(
        word.endswith(end) and len(word) - len(end) >= 3 and word[: -len(end)] in words
        for end in _ENDINGS
    ):
        return True
    # "puppies", "babies": the plural of a word ending in "y".
    if word.endswith("ies") and word[:-3] + "y" in words:
        return True
    if not whole:
        return False
    rest = [word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 4]
    if any(_everyday(r, words, False) or _a_letter_from(r, words) for r in rest):
        return True
    return any(
        word[:i] in words and _everyday(word[i:], words, False) and _two_words(i, len(word) - i)
        for i in range(3, len(word) - 2)
    )


def _two_words(first: int, second: int) -> bool:
    """Whether parts this long, run together, read as two everyday words (RUN_TOGETHER_SHORTER)."""
    return min(first, second) >= RUN_TOGETHER_SHORTER or max(first, second) >= RUN_TOGETHER_LONGER


def _a_letter_from(word: str, words: frozenset[str]) -> bool:
    """Whether a word is one of `words` with a letter more, less, other, or two swapped."""
    letters = string.ascii_lowercase
    edits = _deletes(word)
    edits |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    edits |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
    edits |= {word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in letters}
    return not edits.isdisjoint(words)


def _deletes(word: str) -> set[str]:
    """The word with one letter left out, at each place."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def covered_share(weights: Mapping[str, float], words: Iterable[str]) -> float:
    """Share of the weight of a query's words that a text uses (0.0 for no words)."""
    total = sum(weights.values())
    used = sum(weights[w] for w in set(words) if w in weights)
    return used / total if total else 0.0


def _slack(worst_error: float, worst_norm: float, norm: float, error: float) -> float:
    """The most any of some rows' similarities may be off its int8 estimate, from their worst
    row error and norm (bot/dense_bound.py): one number, not an array of thousands for the few
    rows that come near the top (round 39: ~20% wider than the rows' own, a row or two more
    multiplied; the rows taken are a superset of those each row's own slack leaves)."""
    return worst_error * norm + worst_norm * error + ROUNDING_MARGIN


def _dense(
    passage: np.ndarray, heading: np.ndarray, best_sentence: np.ndarray, best_question: np.ndarray
) -> np.ndarray:
    """A passage's dense score from its similarities (see Retriever.dense_scores)."""
    return np.maximum((passage + heading + best_sentence) / 3, best_question - QUESTION_OFFSET)


def _gathered_products(
    vectors: np.ndarray, rows: np.ndarray, query_vector: np.ndarray
) -> np.ndarray:
    """The similarity of the query to each of these distinct rows."""
    if len(rows) == len(vectors) and _ascending(rows):  # all of them, in order: uncopied
        return vectors @ query_vector
    return vectors[rows] @ query_vector


def _products(vectors: np.ndarray, rows: np.ndarray, query_vector: np.ndarray) -> np.ndarray:
    """`(vectors @ query_vector)[rows]` to the last bit, for ascending rows, reading only the
    blocks of 4 rows that hold them.

    OpenBLAS's float32 product rounds a row by its place among the rows: the same in any slice
    aligned to 4 rows (0 of 22,440 blocks differed, round 19), not in an arbitrary gather.
    """
    blocks = rows >> 2
    new = np.empty(len(rows), dtype=bool)
    new[0] = True
    np.not_equal(blocks[1:], blocks[:-1], out=new[1:])
    read = (blocks[new][:, None] * 4 + _BLOCK).ravel()
    if read[-1] >= len(vectors):  # the last block is short, as it is in the full product
        read = read[: len(read) - 4 + len(vectors) % 4]
    return (vectors[read] @ query_vector)[(np.cumsum(new) - 1) * 4 + (rows & 3)]


_BLOCK = np.arange(4)


def _ascending(positions: np.ndarray) -> bool:
    """Whether positions only ever rise: with every row there, they are each row in order."""
    return bool((positions[1:] > positions[:-1]).all())  # np.diff's checks were 4x its time


def _best_of_groups(
    vectors: np.ndarray,
    bounds: np.ndarray,
    groups: np.ndarray,
    query_vector: np.ndarray,
    product=_gathered_products,
) -> np.ndarray:
    """Best similarity to the query among the rows [bounds[g], bounds[g + 1]) of each group."""
    if not len(groups):
        return np.zeros(0, dtype=np.float32)
    starts, ends = bounds[groups], bounds[groups + 1]
    lengths = ends - starts
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    rows = np.repeat(starts - offsets, lengths) + np.arange(lengths.sum())
    return np.maximum.reduceat(product(vectors, rows, query_vector), offsets)


def is_question_list(sentences: tuple[str, ...]) -> bool:
    """Whether a passage is mostly questions: a list of what to ask."""
    return sum(s.endswith("?") for s in sentences) * 2 >= len(sentences)
