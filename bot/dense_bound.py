"""An int8 copy of the index's vectors: bounds on every similarity to a question, read cheaply.

Dense scoring reads 9.6 MB of float32 vectors a question, mostly from memory, since the model's
run has just pushed them out of cache. The int8 copy is a quarter of that, multiplied by
onnxruntime's integer kernel (numpy has none), and every similarity it gives comes with a
bound on its error, so the retriever scores in float32 only the passages that could reach the
top (bot/retrieval.py). `kb build` makes the copy and saves it with the index: a worker reads
it instead of making it again at every start (~20 ms of a cold start).
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

# The question is quantized to 7 bits: on x86 cores without VNNI (AVX2, or AVX-512 without
# its VNNI extension) MLAS's u8 x s8 kernel adds pairs of products in 16 bits (vpmaddubsw),
# which saturate past 127 x 127 x 2. With VNNI (avx_vnni or avx512_vnni in /proc/cpuinfo, as on
# this project's machine) vpdpbusd adds them in 32 bits and 8 bits would be safe. 7 keep the
# bound true on any core an index release is served on: 8 halve only the question's share of
# the error (on the bench's 343 questions, passages left to score in float32 for k = 5: 9.8 ->
# 7.9 of 443, for k = 20: 44 -> 34; the int8 pass itself costs the same), a few tens of us.
QUESTION_LEVELS = 63
# Above what the float32 product itself may round off (384 terms: ~2e-5 at worst).
ROUNDING_MARGIN = 1e-4
# The files of a saved copy: the rows' scales, errors and norms, and the int8 product's model.
ROWS_FILE = "dense-bound.npz"
MODEL_FILE = "dense-bound.onnx"
# Saved with the copy, and checked when it is read: bump when the quantization above changes,
# so a copy saved by another version is made again rather than trusted.
VERSION = 1


class DenseBound:
    """Each row's similarity to a question vector, within a known error.

    Args:
        vectors: the rows, float32, each a unit vector's similarity is bounded for.
        memory_rows: how many rows, before the uncovered ones, are the labelled questions'
            (bot/asked_before.py), whose nearest the same pass narrows down; 0 for none.
        uncovered_rows: how many of the last rows are the memory's uncovered questions, the
            nearest of which the same pass narrows down; 0 for none.
    """

    def __init__(self, vectors: np.ndarray, memory_rows: int = 0, uncovered_rows: int = 0):
        self.memory_rows = memory_rows
        self.uncovered_rows = uncovered_rows
        scales = np.maximum(vectors.max(axis=1), -vectors.min(axis=1)) / np.float32(127)
        scales[scales == 0] = 1
        scaled = vectors / scales[:, None]
        levels = np.rint(scaled)
        scaled -= levels
        self._scales = scales
        # |v.q - v'.q'| <= |v - v'| |q| + |v'| |q - q'|, where v' and q' are the quantized
        # vectors: each row's part of it is known now.
        self.row_errors = scales * np.sqrt(np.einsum("ij,ij->i", scaled, scaled))
        self.row_norms = scales * np.sqrt(np.einsum("ij,ij->i", levels, levels))
        # Cast, then transposed: a transposing cast took twice as long (8 against 4 ms).
        self._model: bytes | Path = _matmul_integer_model(
            np.ascontiguousarray(levels.astype(np.int8).T)
        )

    def save(self, folder: Path) -> None:
        """Write the copy to a folder (an index release), to be read by `load`."""
        model = self._model if isinstance(self._model, bytes) else self._model.read_bytes()
        (folder / MODEL_FILE).write_bytes(model)
        np.savez(
            folder / ROWS_FILE,
            scales=self._scales,
            row_errors=self.row_errors,
            row_norms=self.row_norms,
            memory_rows=np.asarray(self.memory_rows),
            uncovered_rows=np.asarray(self.uncovered_rows),
            version=np.asarray(VERSION),
        )

    @classmethod
    def load(cls, folder: Path) -> DenseBound | None:
        """Read the copy `save` wrote to a folder; None when it has none of this VERSION."""
        if not (folder / MODEL_FILE).is_file() or not (folder / ROWS_FILE).is_file():
            return None
        with np.load(folder / ROWS_FILE, allow_pickle=False) as rows:
            if int(rows["version"]) != VERSION:
                return None
            bound = cls.__new__(cls)
            bound._scales, bound.row_errors, bound.row_norms = (
                rows["scales"],
                rows["row_errors"],
                rows["row_norms"],
            )
            # A copy saved before the memory's rows joined it has none.
            bound.memory_rows = int(rows["memory_rows"]) if "memory_rows" in rows else 0
            # ...and one saved before the uncovered questions joined it (round 38), none of them.
            bound.uncovered_rows = int(rows["uncovered_rows"]) if "uncovered_rows" in rows else 0
        bound._model = folder / MODEL_FILE  # read by the session, at the first question
        return bound

    @functools.cached_property
    def _session(self):
        # Made at the first question, after gunicorn forks (as the embedder's session is).
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        # Bytes stay for `save`: made before gunicorn forks, their pages are the master's.
        model = self._model if isinstance(self._model, bytes) else str(self._model)
        return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])

    def estimate(self, query_vector: np.ndarray) -> tuple[np.ndarray, float, float]:
        """Each row's similarity to the question, estimated, with what bounds its error.

        Returns:
            The estimates (float32), and the question's norm and quantization error: a row's
            float32 product with it is within row_errors * norm + row_norms * error +
            ROUNDING_MARGIN of its estimate.
        """
        step = float(np.abs(query_vector).max()) / QUESTION_LEVELS or 1.0
        levels = np.rint(query_vector / np.float32(step))
        # Norms as np.linalg.norm takes them (the square root of a dot product), without its
        # checks: the same bits.
        left = query_vector.astype(np.float64) - levels * step
        error = float(np.sqrt(left.dot(left)))
        feed = (levels + QUESTION_LEVELS + 1).astype(np.uint8).reshape(1, -1)
        products = self._session.run(None, {"question": feed})[0][0]
        # Exact in float32 (|products| <= 384 x 127 x 63 < 2^24), then rounded once or twice.
        estimates = products.astype(np.float32) * (self._scales * np.float32(step))
        return estimates, float(np.sqrt(query_vector.dot(query_vector))), error


def _matmul_integer_model(matrix: np.ndarray) -> bytes:
    """The ONNX model question (1 x d, uint8) x matrix (d x n, int8) -> (1 x n, int32).

    Written as protobuf by hand: serving installs onnxruntime, not the onnx package. The matrix
    is the last field of the last field of each message, so its bytes are copied once.
    """
    rows, columns = matrix.shape
    node = (
        _text(1, "question") + _text(1, "matrix") + _text(1, "zero") + _text(2, "products")
        + _text(4, "MatMulInteger")
    )  # fmt: skip
    values = memoryview(matrix).cast("B")
    tensor = _tensor_head("matrix", matrix.shape, _INT8) + _head(9, len(values))
    graph = (
        _message(1, node)
        + _text(2, "dense_bound")
        + _message(5, _tensor_head("zero", (), _UINT8) + _message(9, bytes([QUESTION_LEVELS + 1])))
        + _message(11, _value_info("question", _UINT8, (1, rows)))
        + _message(12, _value_info("products", _INT32, (1, columns)))
        + _head(5, len(tensor) + len(values))
        + tensor
    )
    # IR version 8, the default opset at version 13.
    model = _number(1, 8) + _message(8, _number(2, 13)) + _head(7, len(graph) + len(values))
    return b"".join((model, graph, values))


_UINT8, _INT8, _INT32 = 2, 3, 6  # onnx.TensorProto data types


def _tensor_head(name: str, shape: tuple[int, ...], data_type: int) -> bytes:
    """A tensor's fields but its data."""
    dims = b"".join(_number(1, size) for size in shape)
    return dims + _number(2, data_type) + _text(8, name)


def _value_info(name: str, data_type: int, shape: tuple[int, ...]) -> bytes:
    dims = b"".join(_message(1, _number(1, size)) for size in shape)
    return _text(1, name) + _message(2, _message(1, _number(1, data_type) + _message(2, dims)))


def _number(field: int, value: int) -> bytes:
    return _varint(field << 3) + _varint(value)


def _text(field: int, text: str) -> bytes:
    return _message(field, text.encode())


def _message(field: int, payload: bytes) -> bytes:
    return _head(field, len(payload)) + payload


def _head(field: int, length: int) -> bytes:
    """The key and length of a length-delimited field."""
    return _varint(field << 3 | 2) + _varint(length)


def _varint(value: int) -> bytes:
    out = bytearray()
    while value > 0x7F:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)
