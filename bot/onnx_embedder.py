"""The model's ONNX export run by onnxruntime and tokenizers: the serving path, without torch."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path

import numpy as np
from tokenizers import Encoding, Tokenizer

ONNX_FILE = "model.onnx"
# int8 dynamic quantization of ONNX_FILE: about 4x faster a question on these cores.
INT8_FILE = "model-int8.onnx"
PRECISIONS = {"int8": INT8_FILE, "fp32": ONNX_FILE}
TOKENIZER_FILE = "tokenizer.json"
INFO_FILE = "export.json"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OUTPUT = "sentence_embedding"  # already mean-pooled and L2-normalized inside the graph


class ModelMissing(FileNotFoundError):
    """No ONNX export where one was expected."""


def whole_words(vocabulary: Mapping[str, int]) -> frozenset[str]:
    """A WordPiece vocabulary's whole words (not "##" pieces nor "[CLS]"): its everyday words."""
    return frozenset(word for word in vocabulary if word.isalpha())


def is_exported(export: Path) -> bool:
    return all((export / file).is_file() for file in PRECISIONS.values())


class OnnxEmbedder:
    """Encode texts with the export `kb build` made.

    Args:
        threads: compute threads; 1 for serving, where gunicorn runs one worker per core.
        precision: "int8" (quantized weights) or "fp32". Vectors of the two differ a little,
            so the name differs too: an index is only ever searched with its own.
    """

    def __init__(self, export: Path | str, threads: int = 1, precision: str = "int8"):
        export = Path(export)
        if precision not in PRECISIONS:
            raise ValueError(f"unknown ONNX precision {precision!r}: use 'int8' or 'fp32'")
        if not is_exported(export):
            raise ModelMissing(f"no ONNX model at {export}: run `flask --app wsgi kb build`")
        info = json.loads((export / INFO_FILE).read_text())
        self.name: str = info["model"] + ("-int8" if precision == "int8" else "")
        self.dimension: int = info["dimension"]
        # Saved without padding and truncating at the model's max_seq_length, as
        # sentence-transformers encodes.
        self._tokenizer = Tokenizer.from_file(str(export / TOKENIZER_FILE))
        self.words = whole_words(self._tokenizer.get_vocab())
        self._model_path = export / PRECISIONS[precision]
        self._threads = threads

    @functools.cached_property
    def _session(self):
        # Imported and made on first use, never at start-up: onnxruntime is not fork-safe (its
        # import starts a thread, and a process forked after it hangs or aborts at exit; seen
        # with 1.31.1), so gunicorn's preloading master never touches it and each worker makes
        # its own session after the fork.
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self._threads
        options.inter_op_num_threads = 1
        # Threads that spin while they wait lose badly when other work shares the cores
        # (a build on 2 busy cores: 11 s spinning, 7 s not; 6.6 s with one thread).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # Without the arena a long message does not leave ~30 MB behind in the worker.
        options.enable_cpu_mem_arena = False
        # The export saved the graph optimized (bot/onnx_export.py): optimizing it again at every
        # start changed no vector and no run time, and took ~7% of the session's start.
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
        return onnxruntime.InferenceSession(
            str(self._model_path), options, providers=["CPUExecutionProvider"]
        )

    def encode(self, texts: list[str]) -> np.ndarray:
        # One text a run, as serving embeds a question: a text's vector must not depend on the
        # texts beside it. In a batch it did: int8 quantizes activations with one scale per run
        # and fp32 pads, so a passage's vector differed between a fresh build and a cached one
        # (cosine down to 0.987) and moved the learned triage thresholds. Alone cost no more CPU
        # than in fours (200 passages: 3.5 against 3.8 s).
        vectors = np.empty((len(texts), self.dimension), dtype=np.float32)
        for row, encoding in enumerate(self._tokenizer.encode_batch(list(texts))):
            vectors[row] = self._run(encoding)
        return vectors

    def _run(self, encoding: Encoding) -> np.ndarray:
        input_ids = np.asarray([encoding.ids], dtype=np.int64)
        feed = dict(
            zip(
                INPUTS,
                (input_ids, np.ones_like(input_ids), np.zeros_like(input_ids)),
                strict=True,
            )
        )
        return self._session.run([OUTPUT], feed)[0][0]
