"""Build, save and load the FAISS index of passages with its manifest."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from . import asked_before as asked_before_memory
from .asked_before import AskedBefore
from .decline_model import DeclineModel, load_decline
from .dense_bound import DenseBound
from .embedder import Embedder
from .intent import Intent, question_intent
from .knowledge import Article, Passage, Source
from .lexical import LexicalIndex, build_lexical, lexical_tokens, load_lexical
from .redact import Vocabulary, vocabulary
from .scope import covered_conditions, priced_names
from .sentence_choice import SentenceModel
from .triage_model import TriageClassifier, load_classifier

if TYPE_CHECKING:
    import faiss

# 6: the vocabulary saved with the release; 7: every text embedded alone, passage vectors as
# .npy, the conditions the articles name; 8: the triage layer's wording weights as .npy; 9: the
# names the articles use
FORMAT_VERSION = 9
# The graph (HNSW) over every vector of the index: links per node, and how widely building and
# searching look. With the shortlist of bot/retrieval.py forced on eval/ (571 questions), the
# top 5 of 1,141 of 1,142 hybrid and dense rankings were those of a full scoring.
GRAPH_LINKS = 32
GRAPH_BUILD_BREADTH = 100
GRAPH_SEARCH_BREADTH = 256
KEEP_RELEASES = 3
GRAPH_FILE = "graph.faiss"
CONDITIONS_FILE = "conditions.json"
PRICED_NAMES_FILE = "priced-names.json"


class IndexMissing(FileNotFoundError):
    """No built index where one was expected."""


@dataclass(frozen=True)
class Manifest:
    model: str
    dimension: int
    files: dict[str, str]
    built_at: str
    build_id: str
    passages: int
    sentences: int
    questions: int
    format: int = FORMAT_VERSION
    triage_examples: str = ""  # hash of the learned triage layer's training files


@dataclass
class KnowledgeIndex:
    """Articles, their passages and sentences, and the vectors that find them."""

    manifest: Manifest
    articles: dict[str, Article]
    passages: list[Passage]
    passage_vectors: np.ndarray
    heading_vectors: np.ndarray  # one row per passage: where it sits, without its text
    sentence_vectors: np.ndarray
    sentence_owner: np.ndarray  # row -> (passage position, sentence position)
    question_vectors: np.ndarray  # how each section is asked: its question heading, asked_as
    question_owner: np.ndarray  # row -> passage position
    # The graph (see `graph`), or the file it is read from when first asked for.
    stored_graph: faiss.Index | Path
    lexical: LexicalIndex  # BM25 weights of each passage's words (see lexical_document)
    vocabulary: Vocabulary  # the articles' words, which redaction keeps in stored questions
    # The conditions the articles name, found at build (a worker did it at every start).
    conditions: frozenset[str]
    # The names the articles use, each with whether a passage on cost uses it (see
    # `priced_names`): found at build; a worker took ~5% of its start to find them.
    priced_names: dict[str, bool]
    triage: TriageClassifier | None = None  # the learned triage layer, trained by `kb build`
    # The learned decision to answer a question asked alone or decline it (bot/decline.py).
    decline: DeclineModel | None = None
    # The learned choice of the sentence an answer leads with (bot/sentence_choice.py).
    lead_sentence: SentenceModel | None = None
    # The questions of the tuning sets labelled with their sections (bot/asked_before.py).
    asked_before: AskedBefore | None = None
    # The int8 copy of every vector above (see `dense_bound`), when `kb build` made one.
    stored_bound: DenseBound | None = None
    # The passage, heading, sentence and question vectors in one matrix, each set from a row
    # that starts a block of 4 (see `stack_vectors`), and the row each starts from: the four
    # fields above are its views. Made from them when not given (read so by `load_index`).
    stacked_vectors: np.ndarray | None = dataclasses.field(default=None, repr=False)
    stacked_starts: tuple[int, ...] = dataclasses.field(default=(), repr=False)

    def __post_init__(self) -> None:
        if self.stacked_vectors is None:
            self.stacked_vectors, self.stacked_starts, views = stack_vectors(self.vector_sets)
            (
                self.passage_vectors,
                self.heading_vectors,
                self.sentence_vectors,
                self.question_vectors,
            ) = views

    @cached_property
    def dense_bound(self) -> DenseBound:
        """An int8 copy of the passage, heading, sentence and question vectors, in that order,
        that bounds their similarities to a question (bot/dense_bound.py): the one `kb build`
        saved, or made now from the vectors for an index saved without one."""
        if self.stored_bound is not None:
            return self.stored_bound
        return DenseBound(np.concatenate(self.vector_sets))

    @property
    def vector_sets(self) -> tuple[np.ndarray, ...]:
        """The passage, heading, sentence and question vectors, in the order scoring reads them."""
        return (
            self.passage_vectors,
            self.heading_vectors,
            self.sentence_vectors,
            self.question_vectors,
        )

    def asked_words(self, position: int) -> dict[str, np.ndarray]:
        """The content words of the ways a section is asked (its question heading, its asked_as,
        else its heading): for each word, its share of each phrasing's weight (0 where the
        phrasing lacks it), words weighed by their rarity in the guide (IDF). Made once per
        section, when first asked for (bot/answer.py weighs them for every answer).
        """
        made = self._asked_words.get(position)
        if made is None:
            passage = self.passages[position]
            asked = section_questions(passage, self.articles[passage.slug]) or (passage.section,)
            phrasings = [_shares(self.lexical.word_weights(text)) for text in asked]
            words = {w for shares in phrasings for w in shares}
            made = {
                w: np.array([shares.get(w, 0.0) for shares in phrasings], dtype=np.float32)
                for w in words
            }
            self._asked_words[position] = made
        return made

    @cached_property
    def _asked_words(self) -> dict[int, dict[str, np.ndarray]]:
        return {}

    @cached_property
    def sentence_starts(self) -> np.ndarray:
        """First sentence row of each passage: rows are stored grouped by passage, in order."""
        return np.searchsorted(self.sentence_owner[:, 0], np.arange(len(self.passages)))

    @cached_property
    def sentence_bounds(self) -> np.ndarray:
        """Rows [start, end) of each passage's sentences (every passage has at least one)."""
        return np.append(self.sentence_starts, len(self.sentence_owner))

    @cached_property
    def question_bounds(self) -> np.ndarray:
        """Rows [start, end) of each passage's questions; start == end for none."""
        return np.searchsorted(self.question_owner, np.arange(len(self.passages) + 1))

    @cached_property
    def article_positions(self) -> dict[str, list[int]]:
        """Positions of each article's passages, by slug."""
        positions: dict[str, list[int]] = {}
        for position, passage in enumerate(self.passages):
            positions.setdefault(passage.slug, []).append(position)
        return positions

    @cached_property
    def graph(self) -> faiss.Index:
        """Every vector above in one graph, rows in this order: sentences, questions, passages,
        headings. It finds the passages nearest a question without comparing it with all of
        them; only a knowledge base past bot/retrieval.py's EXACT_VECTORS searches it, so a
        smaller one never imports faiss (with what it loads, part of ~12% of a worker's start)."""
        if not isinstance(self.stored_graph, Path):
            return self.stored_graph
        import faiss

        return faiss.read_index(str(self.stored_graph))

    @property
    def vector_count(self) -> int:
        """Rows of the graph."""
        return len(self.sentence_owner) + len(self.question_owner) + 2 * len(self.passages)

    def graph_owners(self, rows: np.ndarray) -> np.ndarray:
        """Passage positions of rows of the graph."""
        sentences, questions = len(self.sentence_owner), len(self.question_owner)
        owners = (rows - sentences - questions) % len(self.passages)  # passages, headings
        is_sentence = rows < sentences
        is_question = ~is_sentence & (rows < sentences + questions)
        owners[is_sentence] = self.sentence_owner[rows[is_sentence], 0]
        owners[is_question] = self.question_owner[rows[is_question] - sentences]
        return owners

    def sentence_rows(self, passage_position: int) -> np.ndarray:
        start = self.sentence_starts[passage_position]
        return np.arange(start, start + len(self.passages[passage_position].sentences))


def stack_vectors(
    vector_sets: Iterable[np.ndarray],
) -> tuple[np.ndarray, tuple[int, ...], tuple[np.ndarray, ...]]:
    """Copy sets of vectors into one matrix, each set from a multiple of 4 rows (zero rows
    between): a row keeps its place in a block of 4, as BLAS multiplies it in its own set, so
    retrieval gathers the rows of the four sets in one take (bot/dense_rows.py).

    Returns:
        The matrix, the row each set starts from, and each set as a view of it.
    """
    sets = [np.asarray(vectors) for vectors in vector_sets]
    stacked, starts, views = _stacked_views(
        [v.shape for v in sets], np.result_type(*(v.dtype for v in sets))
    )
    for view, vectors in zip(views, sets, strict=True):
        view[...] = vectors
    return stacked, starts, views


def _stacked_views(
    shapes: list[tuple[int, ...]], dtype: np.dtype
) -> tuple[np.ndarray, tuple[int, ...], tuple[np.ndarray, ...]]:
    """An uninitialized matrix for sets of these shapes, its rows between them zero."""
    ends = np.cumsum([-(-shape[0] // 4) * 4 for shape in shapes]).tolist()
    stacked = np.empty((ends[-1], shapes[0][1]), dtype=dtype)
    starts = (0, *ends[:-1])
    views = tuple(stacked[s : s + shape[0]] for s, shape in zip(starts, shapes, strict=True))
    for start, view, end in zip(starts, views, ends, strict=True):
        stacked[start + len(view) : end] = 0
    return stacked, starts, views


_HEADER_READERS = {
    (1, 0): np.lib.format.read_array_header_1_0,
    (2, 0): np.lib.format.read_array_header_2_0,
}


def load_stacked(
    paths: list[Path],
) -> tuple[np.ndarray, tuple[int, ...], tuple[np.ndarray, ...]]:
    """`stack_vectors` of the .npy files at `paths`, each read straight into its place: the
    vectors are not held twice while a worker starts (a copy's pages cost ~30-60 ms)."""
    headers = [_npy_header(path) for path in paths]
    if not _stackable(headers):  # a layout this does not read: as np.load reads it
        return stack_vectors([np.load(path) for path in paths])
    stacked, starts, views = _stacked_views([h[0] for h in headers], headers[0][2])
    for path, view, (_, _, _, offset) in zip(paths, views, headers, strict=True):
        with path.open("rb") as file:
            file.seek(offset)
            if file.readinto(memoryview(view).cast("B")) != view.nbytes:
                raise ValueError(f"{path} is shorter than its header says")
    return stacked, starts, views


def _npy_header(path: Path) -> tuple | None:
    """A .npy file's (shape, fortran order, dtype, data offset), or None for a format version
    this does not read."""
    with path.open("rb") as file:
        read = _HEADER_READERS.get(np.lib.format.read_magic(file))
        return None if read is None else (*read(file), file.tell())


def _stackable(headers: list[tuple | None]) -> bool:
    """Whether files with these headers can be read straight into one matrix: 2-D, C order,
    one plain dtype and one width."""
    if any(h is None for h in headers):
        return False
    dtypes = {dtype for _, _, dtype, _ in headers}
    return (
        len(dtypes) == 1
        and not next(iter(dtypes)).hasobject
        and all(len(shape) == 2 and not fortran for shape, fortran, _, _ in headers)
        and len({shape[1] for shape, _, _, _ in headers}) == 1
    )


def passage_document(passage: Passage) -> str:
    """Return the text embedded for a passage: where it sits, then what it says."""
    return ". ".join((passage_heading(passage), passage.text))


def passage_heading(passage: Passage) -> str:
    """Return the article title and headings: question-like headings match questions well."""
    return ". ".join((passage.article_title, *passage.headings))


def lexical_document(passage: Passage, article: Article) -> list[str]:
    """Return the words BM25 indexes for a passage: where it sits, its text, how it is asked."""
    asked = article.asked_as.get(passage.anchor, ())
    return lexical_tokens(
        " ".join((passage.article_title, *passage.headings, passage.text, *asked))
    )


def knowledge_vocabulary(articles: Iterable[Article]) -> Vocabulary:
    """Return the words of the articles: capitalised words outside them are stored as [NAME]."""
    return vocabulary(text for a in articles for text in (a.title, a.summary, a.body))


def _shares(weights: dict[str, float]) -> dict[str, float]:
    """Each word's share of the total weight."""
    total = sum(weights.values())
    return {t: w / total for t, w in weights.items()} if total else {}


def section_questions(passage: Passage, article: Article) -> tuple[str, ...]:
    """Return the questions a section answers: its heading when it is one, and its asked_as."""
    heading = (passage.section,) if passage.anchor and passage.section.endswith("?") else ()
    return heading + article.asked_as.get(passage.anchor, ())


def asked_questions(
    passages: list[Passage], articles: Mapping[str, Article]
) -> list[tuple[int, str]]:
    """Return (passage position, question) for every section question, in the index's order."""
    return [
        (i, question)
        for i, p in enumerate(passages)
        for question in section_questions(p, articles[p.slug])
    ]


def build_index(articles: list[Article], embedder: Embedder) -> KnowledgeIndex:
    """Embed every passage, sentence and section question of the articles."""
    by_slug = {a.slug: a for a in articles}
    passages = [p for article in articles for p in article.passages]
    passage_vectors = embedder.encode([passage_document(p) for p in passages])
    heading_vectors = embedder.encode([passage_heading(p) for p in passages])
    owners = [(i, j) for i, p in enumerate(passages) for j in range(len(p.sentences))]
    sentence_vectors = embedder.encode([passages[i].sentences[j] for i, j in owners])
    questions = asked_questions(passages, by_slug)
    question_vectors = (
        embedder.encode([q for _, q in questions])
        if questions
        else np.zeros((0, embedder.dimension), dtype=np.float32)
    )
    vectors = (passage_vectors, heading_vectors, sentence_vectors, question_vectors)
    now = dt.datetime.now(dt.UTC)
    manifest = Manifest(
        model=embedder.name,
        dimension=embedder.dimension,
        files={f"{a.slug}.md": a.content_hash for a in articles},
        built_at=now.isoformat(timespec="seconds"),
        build_id=now.strftime("%Y%m%dT%H%M%S%fZ"),
        passages=len(passages),
        sentences=len(owners),
        questions=len(questions),
    )
    return KnowledgeIndex(
        manifest=manifest,
        articles={a.slug: a for a in articles},
        passages=passages,
        passage_vectors=passage_vectors,
        heading_vectors=heading_vectors,
        sentence_vectors=sentence_vectors,
        sentence_owner=np.asarray(owners, dtype=np.int32).reshape(-1, 2),
        question_vectors=question_vectors,
        question_owner=np.asarray([i for i, _ in questions], dtype=np.int32),
        stored_graph=_graph(
            np.concatenate((sentence_vectors, question_vectors, passage_vectors, heading_vectors))
        ),
        lexical=build_lexical([lexical_document(p, by_slug[p.slug]) for p in passages]),
        vocabulary=knowledge_vocabulary(articles),
        conditions=covered_conditions(passages),
        priced_names=priced_names(
            passages, [question_intent(p.section) == Intent.COST for p in passages]
        ),
        stored_bound=_bound(vectors),
    )


def _bound(vectors: tuple[np.ndarray, ...], memory: AskedBefore | None = None) -> DenseBound | None:
    """The int8 copy of the vectors, where the retriever scores every one (bot/retrieval.py):
    beyond EXACT_VECTORS it searches the graph and would never read it. With a memory of
    labelled questions, its vectors follow (the same int8 pass narrows down its vote), then its
    uncovered questions' (and the nearest of them, which the decision reads)."""
    from .retrieval import EXACT_VECTORS  # retrieval reads this module's index

    if sum(len(v) for v in vectors) > EXACT_VECTORS:
        return None
    if memory is None or not len(memory):
        return DenseBound(np.concatenate(vectors))
    uncovered = memory.uncovered if memory.uncovered is not None else vectors[0][:0]
    return DenseBound(
        np.concatenate((*vectors, memory.vectors, uncovered)),
        memory_rows=len(memory),
        uncovered_rows=len(uncovered),
    )


def with_memory(index: KnowledgeIndex, memory: AskedBefore) -> KnowledgeIndex:
    """The index with a memory of labelled questions, its int8 copy made again to hold the
    memory's rows after its own (each row is quantized alone: the index's rows are the same)."""
    bound = _bound(index.vector_sets, memory) if index.stored_bound is not None else None
    return dataclasses.replace(index, asked_before=memory, stored_bound=bound)


def _graph(vectors: np.ndarray) -> faiss.Index:
    import faiss

    index = faiss.IndexHNSWFlat(vectors.shape[1], GRAPH_LINKS, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = GRAPH_BUILD_BREADTH
    index.hnsw.efSearch = GRAPH_SEARCH_BREADTH  # saved with the graph
    # One thread: the graph, and so every ranking, is then the same from build to build.
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    finally:
        faiss.omp_set_num_threads(threads)
    return index


def save_index(index: KnowledgeIndex, index_dir: Path | str) -> Path:
    """Write the index as a new release and switch `current` to it atomically."""
    index_dir = Path(index_dir)
    release = index_dir / "releases" / index.manifest.build_id
    release.mkdir(parents=True)
    import faiss

    faiss.write_index(index.graph, str(release / GRAPH_FILE))
    index.lexical.save(release)
    words = {
        "words": sorted(index.vocabulary.words),
        "lowercase": sorted(index.vocabulary.lowercase),
    }
    (release / "vocabulary.json").write_text(json.dumps(words, ensure_ascii=False))
    conditions = json.dumps(sorted(index.conditions), ensure_ascii=False)
    (release / CONDITIONS_FILE).write_text(conditions)
    names = json.dumps(dict(sorted(index.priced_names.items())), ensure_ascii=False)
    (release / PRICED_NAMES_FILE).write_text(names)
    np.save(release / "passages.npy", index.passage_vectors)
    np.save(release / "headings.npy", index.heading_vectors)
    np.save(release / "sentences.npy", index.sentence_vectors)
    np.save(release / "sentence_owner.npy", index.sentence_owner)
    np.save(release / "questions.npy", index.question_vectors)
    np.save(release / "question_owner.npy", index.question_owner)
    articles = [dataclasses.asdict(a) for a in index.articles.values()]
    (release / "articles.json").write_text(json.dumps(articles, ensure_ascii=False))
    (release / "manifest.json").write_text(json.dumps(dataclasses.asdict(index.manifest), indent=2))
    if index.triage is not None:
        index.triage.save(release)
    if index.decline is not None:
        index.decline.save(release)
    if index.lead_sentence is not None:
        index.lead_sentence.save(release)
    if index.asked_before is not None:
        index.asked_before.save(release)
    if index.stored_bound is not None:
        index.stored_bound.save(release)
    _owner_only(index_dir)
    link = index_dir / "current"
    staging = index_dir / f".current-{index.manifest.build_id}"
    staging.symlink_to(Path("releases") / index.manifest.build_id)
    os.replace(staging, link)
    _prune_releases(index_dir, keep=index.manifest.build_id)
    return release


def _owner_only(index_dir: Path) -> None:
    """Make the index folder and everything in it readable by its owner only."""
    for folder, _, files in os.walk(index_dir):
        os.chmod(folder, 0o700)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o600)


def _prune_releases(index_dir: Path, keep: str) -> None:
    releases = sorted((index_dir / "releases").iterdir(), reverse=True)
    for old in releases[KEEP_RELEASES:]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)


def current_release(index_dir: Path | str) -> str | None:
    """Return the build id `current` points to, with one readlink (None: nothing published)."""
    try:
        return Path(os.readlink(Path(index_dir) / "current")).name
    except OSError:
        return None


def read_manifest(index_dir: Path | str) -> Manifest:
    """Return the manifest of the current release (cheap: one small file).

    Raises:
        IndexMissing: when no index has been built, or it has an older format.
    """
    return _read_release_manifest(Path(index_dir) / "current", index_dir)


def _read_release_manifest(release: Path, index_dir: Path | str) -> Manifest:
    try:
        data = json.loads((release / "manifest.json").read_text())
    except FileNotFoundError:
        raise IndexMissing(f"no index at {index_dir}: run `flask --app wsgi kb build`") from None
    # Checked before reading the fields: another format may have other fields.
    if data.get("format") != FORMAT_VERSION:
        raise IndexMissing(
            f"index at {index_dir} has format {data.get('format')}, this version reads"
            f" {FORMAT_VERSION}: rebuild it with `flask --app wsgi kb build`"
        )
    return Manifest(**data)


def load_index(index_dir: Path | str) -> KnowledgeIndex:
    """Load the current release.

    Raises:
        IndexMissing: when no index has been built.
    """
    # Resolve once so a release switched in meanwhile cannot mix two versions.
    release = (Path(index_dir) / "current").resolve()
    manifest = _read_release_manifest(release, index_dir)
    articles = [_article_from_json(a) for a in json.loads((release / "articles.json").read_text())]
    stacked, starts, (passage_vectors, heading_vectors, sentence_vectors, question_vectors) = (
        load_stacked(
            [release / f"{name}.npy" for name in ("passages", "headings", "sentences", "questions")]
        )
    )
    return KnowledgeIndex(
        manifest=manifest,
        articles={a.slug: a for a in articles},
        passages=[p for a in articles for p in a.passages],
        passage_vectors=passage_vectors,
        heading_vectors=heading_vectors,
        sentence_vectors=sentence_vectors,
        sentence_owner=np.load(release / "sentence_owner.npy"),
        question_vectors=question_vectors,
        question_owner=np.load(release / "question_owner.npy"),
        stored_graph=release / GRAPH_FILE,
        lexical=load_lexical(release),
        vocabulary=_vocabulary_from_json(json.loads((release / "vocabulary.json").read_text())),
        conditions=frozenset(json.loads((release / CONDITIONS_FILE).read_text())),
        priced_names=json.loads((release / PRICED_NAMES_FILE).read_text()),
        triage=load_classifier(release),
        decline=load_decline(release),
        lead_sentence=SentenceModel.load(release),
        asked_before=asked_before_memory.load(release),
        stored_bound=DenseBound.load(release),
        stacked_vectors=stacked,
        stacked_starts=starts,
    )


def _vocabulary_from_json(data: dict) -> Vocabulary:
    return Vocabulary(words=frozenset(data["words"]), lowercase=frozenset(data["lowercase"]))


def _article_from_json(data: dict) -> Article:
    passages = tuple(
        Passage(**{**p, "headings": tuple(p["headings"]), "sentences": tuple(p["sentences"])})
        for p in data["passages"]
    )
    return Article(
        **{
            **data,
            "topics": tuple(data["topics"]),
            "sources": tuple(Source(**s) for s in data["sources"]),
            "passages": passages,
            "asked_as": {anchor: tuple(qs) for anchor, qs in data["asked_as"].items()},
        }
    )


def stale_files(manifest: Manifest, articles: list[Article], model: str) -> list[str]:
    """Return what differs between a built index and the articles on disk (empty: up to date)."""
    current = {f"{a.slug}.md": a.content_hash for a in articles}
    changed = sorted(
        name
        for name in current.keys() | manifest.files.keys()
        if current.get(name) != manifest.files.get(name)
    )
    if manifest.model != model:
        changed.insert(0, f"model {manifest.model} -> {model}")
    return changed
