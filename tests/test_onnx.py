"""The ONNX serving path against sentence-transformers, and what serving imports."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from fake_guide import FIXTURE_KNOWLEDGE

from bot import build as kb_build
from bot import onnx_export
from bot.config import PROJECT_ROOT
from bot.embedder import SentenceTransformerEmbedder
from bot.index import build_index, passage_document, save_index
from bot.knowledge import load_knowledge
from bot.model import export_dir, packaged_model_dir
from bot.onnx_embedder import OnnxEmbedder
from bot.onnx_export import export_model

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def masked_graphs(tmp_path_factory) -> Path:
    """Where the export's graphs are copied just before their padding mask is dropped."""
    return tmp_path_factory.mktemp("masked")


@pytest.fixture(scope="module")
def onnx_dir(tmp_path_factory, masked_graphs) -> Path:
    onnx_dir = tmp_path_factory.mktemp("onnx")
    drop = onnx_export._drop_padding_mask

    def keep_then_drop(model: Path) -> None:
        shutil.copy(model, masked_graphs / model.name)
        drop(model)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(onnx_export, "_drop_padding_mask", keep_then_drop)
        export_model(packaged_model_dir(), export_dir(onnx_dir))
    return onnx_dir


@pytest.fixture(scope="module")
def onnx_embedder(onnx_dir) -> OnnxEmbedder:
    return OnnxEmbedder(export_dir(onnx_dir), precision="fp32")


@pytest.fixture(scope="module")
def reference(reference_embedder) -> SentenceTransformerEmbedder:
    return reference_embedder


def every_passage() -> list[str]:
    passages = [
        p
        for folder in (FIXTURE_KNOWLEDGE, PROJECT_ROOT / "knowledge")
        for article in load_knowledge(folder)
        for p in article.passages
    ]
    assert passages
    return [passage_document(p) for p in passages]


def test_onnx_vectors_match_sentence_transformers_on_every_passage(onnx_embedder, reference):
    # Past 128 tokens (the packaged tokenizer.json's padding and truncation) and past 256
    # (the model's max_seq_length), where a wrongly set tokenizer would show.
    texts = [*every_passage(), "fever " * 200, "What is CRS?"]
    expected = reference.encode(texts)
    batched = onnx_embedder.encode(texts)
    one_by_one = np.vstack([onnx_embedder.encode([text]) for text in texts])
    assert batched.shape == expected.shape == (len(texts), 384)
    assert (batched * expected).sum(axis=1).min() >= 0.9999
    assert (one_by_one * expected).sum(axis=1).min() >= 0.9999


def test_int8_vectors_stay_near_fp32_and_are_named_apart(onnx_dir, onnx_embedder):
    # Quality is judged on the evaluation set (`kb eval`, README); this guards the export.
    int8 = OnnxEmbedder(export_dir(onnx_dir), precision="int8")
    texts = every_passage()[:60]
    similarity = (int8.encode(texts) * onnx_embedder.encode(texts)).sum(axis=1)
    assert similarity.mean() >= 0.9
    assert (int8.name, onnx_embedder.name) == ("all-MiniLM-L6-v2-int8", "all-MiniLM-L6-v2")
    with pytest.raises(ValueError, match="'int8' or 'fp32'"):
        OnnxEmbedder(export_dir(onnx_dir), precision="fp16")


@pytest.mark.parametrize("precision", ["int8", "fp32"])
def test_a_texts_vector_does_not_depend_on_the_texts_embedded_with_it(onnx_dir, precision):
    # Serving embeds one question alone: the index's vectors must be those same vectors.
    embedder = OnnxEmbedder(export_dir(onnx_dir), precision=precision)
    texts = [*every_passage()[:12], "What is CRS?", "fever", "can i drive home after"]
    alone = np.vstack([embedder.encode([text]) for text in texts])
    assert np.array_equal(embedder.encode(texts), alone)
    assert np.array_equal(embedder.encode(texts[::-1])[::-1], alone)


@pytest.mark.parametrize("precision", ["int8", "fp32"])
def test_the_export_computes_no_reshape_target_when_it_runs(onnx_dir, precision):
    # Every Reshape's target is a constant of the file (the traced graph computed each from the
    # input's shape in a run, ~100 small nodes: ~8% of a question's run).
    import onnx

    path = export_dir(onnx_dir) / {"int8": "model-int8.onnx", "fp32": "model.onnx"}[precision]
    graph = onnx.load(str(path)).graph
    constants = {tensor.name for tensor in graph.initializer}
    reshapes = [node for node in graph.node if node.op_type == "Reshape"]
    assert reshapes
    assert all(node.input[1] in constants for node in reshapes)
    assert not any(node.op_type == "Concat" for node in graph.node if "attention/self" in node.name)


@pytest.mark.parametrize("precision", ["int8", "fp32"])
def test_the_export_runs_no_padding_mask_and_gives_the_masked_graphs_vectors(
    onnx_dir, masked_graphs, precision
):
    # One unpadded text a run: the mask added zero to every attention score and the NaN guard
    # after each softmax never fired (56 nodes of 213 in the int8 graph, ~10% of a run). Every
    # vector the index and a question get must stay the same, bit for bit.
    import onnx
    import onnxruntime

    name = {"int8": "model-int8.onnx", "fp32": "model.onnx"}[precision]
    graph = onnx.load(str(export_dir(onnx_dir) / name)).graph
    producer = {output: node for node in graph.node for output in node.output}
    softmaxes = [node for node in graph.node if node.op_type == "Softmax"]
    assert len(softmaxes) == 6  # one a layer
    assert all(producer[node.input[0]].op_type in ("MatMul", "FusedMatMul") for node in softmaxes)
    assert not any(node.op_type in ("IsNaN", "Where", "And") for node in graph.node)
    masked = onnxruntime.InferenceSession(
        str(masked_graphs / name), providers=["CPUExecutionProvider"]
    )
    embedder = OnnxEmbedder(export_dir(onnx_dir), precision=precision)
    texts = [*every_passage(), "fever " * 200, "What is CRS?", "help", "can i drive home after"]
    for text, vector in zip(texts, embedder.encode(texts), strict=True):
        ids = np.asarray([embedder._tokenizer.encode(text).ids], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": 0 * ids}
        assert np.array_equal(masked.run(None, feed)[0][0], vector), text


def index_files(release: Path) -> dict[str, bytes]:
    """Every file of a release, with the manifest's build time and id left out."""
    files = {path.name: path.read_bytes() for path in release.iterdir()}
    manifest = json.loads(files.pop("manifest.json"))
    del manifest["built_at"], manifest["build_id"]
    return {**files, "manifest.json": json.dumps(manifest).encode()}


def test_a_fresh_and_an_incremental_build_publish_the_same_index(
    onnx_dir, test_config, knowledge_dir, tmp_path
):
    config = {
        **test_config,
        "EMBEDDER": "onnx",
        "ONNX_DIR": str(onnx_dir),
        "ONNX_PRECISION": "int8",
        "TRIAGE_QUESTIONS": "eval/questions-4.jsonl",
    }
    embedder, _ = kb_build.build_embedder(config, serving=None)
    fresh = kb_build.build(config, kb_build.read_sources(config), embedder)
    # The incremental build's cache was filled by a build of other articles and examples, so
    # its vectors were made beside other texts than a fresh build's.
    incremental = {**config, "INDEX_DIR": str(tmp_path / "incremental")}
    (knowledge_dir / "cost-of-car-t.md").unlink()
    path = knowledge_dir / "cytokine-release-syndrome.md"
    path.write_text(path.read_text() + "\nPrices change over time.\n")
    earlier = {**incremental, "TRIAGE_TRAINING": "eval/triage/exemplars.jsonl"}
    earlier["TRIAGE_TRAINING"] += " eval/triage/original.jsonl"
    kb_build.build(earlier, kb_build.read_sources(earlier), embedder)
    shutil.copytree(FIXTURE_KNOWLEDGE, knowledge_dir, dirs_exist_ok=True)
    again = kb_build.build(incremental, kb_build.read_sources(incremental), embedder)
    assert again.reused > again.embedded > 0
    assert again.triage == fresh.triage
    assert index_files(again.release) == index_files(fresh.release)


@pytest.fixture
def serving_env(onnx_dir, onnx_embedder, tmp_path) -> dict:
    """The environment of a server on the fixture knowledge base with the ONNX backend."""
    index_dir = tmp_path / "index"
    save_index(build_index(load_knowledge(FIXTURE_KNOWLEDGE), onnx_embedder), index_dir)
    settings = {
        "EMBEDDER": "onnx",
        "ONNX_PRECISION": "fp32",
        "ONNX_DIR": str(onnx_dir),
        "INDEX_DIR": str(index_dir),
        "KNOWLEDGE_DIR": str(FIXTURE_KNOWLEDGE),
    }
    return {**os.environ, **settings}


def run_python(script: str, env: dict) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def test_serving_with_onnx_never_imports_torch_or_bm25s(serving_env):
    # torch is for the export, bm25s (and scipy, which it imports) for weighing words at build,
    # faiss for a knowledge base past the retriever's exact size.
    script = (
        "import json, sys\n"
        "from bot import create_app\n"
        "reply = create_app().test_client().post('/api/chat', json={'message': 'What is CRS?'})\n"
        "heavy = {'torch', 'sentence_transformers', 'transformers', 'bm25s', 'scipy', 'faiss'}\n"
        "heavy = sorted(heavy & sys.modules.keys())\n"
        "print(json.dumps({'kind': reply.get_json()['kind'], 'heavy': heavy}))\n"
    )
    assert run_python(script, serving_env) == {"kind": "answer", "heavy": []}


def test_a_worker_forked_from_a_loaded_app_answers_and_exits(serving_env):
    # As gunicorn's preloading master: the app is loaded, then workers fork. A worker forked
    # after onnxruntime was imported hangs at exit, so the master must not have imported it.
    script = (
        "import json, os, sys, time\n"
        "from bot import create_app\n"
        "from bot.guide_loader import warm_up\n"
        "app = create_app()\n"
        "imported_before_fork = 'onnxruntime' in sys.modules\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    warm_up(app)\n"
        "    reply = app.test_client().post('/api/chat', json={'message': 'What is CRS?'})\n"
        "    sys.exit(0 if reply.get_json()['kind'] == 'answer' else 1)\n"
        "deadline = time.monotonic() + 60\n"
        "while not (done := os.waitpid(pid, os.WNOHANG))[0] and time.monotonic() < deadline:\n"
        "    time.sleep(0.05)\n"
        "if not done[0]:\n"
        "    os.kill(pid, 9)\n"
        "status = os.waitstatus_to_exitcode(done[1]) if done[0] else 'hung'\n"
        "print(json.dumps({'imported_before_fork': imported_before_fork, 'worker': status}))\n"
    )
    assert run_python(script, serving_env) == {"imported_before_fork": False, "worker": 0}


def test_build_exports_a_missing_model_and_counts_it_as_stale(
    onnx_embedder, test_config, make_app, tmp_path
):
    save_index(
        build_index(load_knowledge(test_config["KNOWLEDGE_DIR"]), onnx_embedder),
        test_config["INDEX_DIR"],
    )
    app = make_app(EMBEDDER="onnx", ONNX_DIR=str(tmp_path / "fresh-onnx"))
    assert app.test_client().post("/api/chat", json={"message": "what is crs"}).status_code == 503
    runner = app.test_cli_runner()

    first = runner.invoke(args=["kb", "build", "--if-stale"])
    assert first.exit_code == 0, first.output
    assert "Exported the model to ONNX" in first.output
    assert "Rebuilding: no ONNX model yet" in first.output
    reply = app.test_client().post("/api/chat", json={"message": "What is CRS?"})
    assert reply.get_json()["kind"] == "answer"

    second = runner.invoke(args=["kb", "build", "--if-stale"])
    assert "Index is up to date." in second.output
    assert "Exported" not in second.output
