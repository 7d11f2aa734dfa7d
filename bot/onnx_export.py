"""Export the model to ONNX with torch: a build-time step, so serving never imports torch.

Import this module only where torch may load (`kb build`, tests); never from serving code.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import warnings
from pathlib import Path

import torch
from tokenizers import Tokenizer
from transformers import AutoModel
from transformers.utils import logging as transformers_logging

from .model import MODEL_NAME, max_seq_length
from .onnx_embedder import INFO_FILE, INPUTS, INT8_FILE, ONNX_FILE, OUTPUT, TOKENIZER_FILE

OPSET = 17


def export_model(model_dir: Path, target: Path) -> None:
    """Write model.onnx (pooled, normalized sentence vectors), its int8 quantization,
    tokenizer.json and export.json.

    The folder appears whole or not at all, so a concurrent build or server never sees half.
    """
    transformers_logging.disable_progress_bar()
    staging = target.parent / f".{target.name}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    model = AutoModel.from_pretrained(str(model_dir)).eval()
    # A padded example, so the traced attention mask is a real input and batches stay correct.
    input_ids = torch.tensor([[101, 7592, 2088, 102, 0], [101, 7592, 2088, 2088, 102]])
    attention_mask = (input_ids != 0).long()
    with warnings.catch_warnings(), torch.no_grad():
        # The TorchScript exporter is deprecated, but measured here it exports in 1.5 s (the
        # dynamo one: 10 s and two more packages) and its graph runs a query in 3.4 ms (6.1 ms).
        warnings.simplefilter("ignore")
        torch.onnx.export(
            _SentenceEncoder(model),
            (input_ids, attention_mask, torch.zeros_like(input_ids)),
            str(staging / ONNX_FILE),
            dynamo=False,
            opset_version=OPSET,
            input_names=list(INPUTS),
            output_names=[OUTPUT],
            dynamic_axes={name: {0: "batch", 1: "tokens"} for name in INPUTS}
            | {OUTPUT: {0: "batch"}},
        )
    # Weights to int8, activations quantized on the fly: serving's question vector in a
    # quarter of the time (onnxruntime's own tool, in the package serving already uses).
    # One scale per tensor. Per output channel gives vectors closer to fp32's (cosine 0.993
    # against 0.963) and answers within 0.5 points of fp32's, but the learned triage layer
    # trained on them catches fewer urgent messages (cross-validated 96.9% against 97.8%), as
    # on fp32's (96.8%): not switched while the triage is tuned on these vectors.
    # It logs advice to pre-process first; measured on the evaluation set, none is needed.
    # It also leaves a handler on the root logger, which would print later libraries' debug.
    root = logging.getLogger()
    was_disabled, handlers = root.disabled, list(root.handlers)
    root.disabled = True
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(staging / ONNX_FILE, staging / INT8_FILE, weight_type=QuantType.QInt8)
    finally:
        root.disabled = was_disabled
        root.handlers[:] = handlers
    for file in (ONNX_FILE, INT8_FILE):
        _optimize(staging / file)
        _fold_shapes(staging / file)
        _drop_padding_mask(staging / file)
    # The packaged tokenizer.json pads and truncates to 128 tokens; sentence-transformers does
    # neither (it truncates at max_seq_length), and padded tokens change the mean-pooled vector.
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_seq_length(model_dir))
    tokenizer.save(str(staging / TOKENIZER_FILE))
    info = {
        "model": MODEL_NAME,
        "dimension": model.config.hidden_size,
        "max_seq_length": max_seq_length(model_dir),
        "opset": OPSET,
        "torch": torch.__version__,
    }
    (staging / INFO_FILE).write_text(json.dumps(info, indent=2))
    try:
        staging.rename(target)
    except OSError:
        # Another build exported the same model meanwhile: keep that one.
        shutil.rmtree(staging, ignore_errors=True)
        if not (target / ONNX_FILE).is_file():
            raise


def _optimize(model: Path) -> None:
    """Replace a model with onnxruntime's optimized graph of it, so serving starts sooner.

    Made once here instead of in every worker's session (0.33 -> 0.16 s a session on busy
    cores; the same vectors). "Extended" optimizations only: they suit any CPU. Serving loads
    it without optimizing again (the remaining level, layout changes for convolutions, has
    nothing to change in this model: the same vectors, at both precisions).
    """
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    optimized = model.with_name(f"optimized-{model.name}")
    options.optimized_model_filepath = str(optimized)
    onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    os.replace(optimized, model)


def _fold_shapes(model: Path) -> None:
    """Give each Reshape a constant target shape, so a run computes none, and drop those nodes.

    The traced graph computes every Reshape's target from the input's shape at run time
    (Shape, Gather, Unsqueeze, Concat: 103 of the int8 graph's 323 nodes, plus 6 Reshapes to
    the shape a tensor already has). For a question of ~11 tokens each node costs about as much
    to dispatch as it computes, so they were ~8% of a run. The target each Reshape gets here
    keeps a dimension (0), fixes it, or infers it (-1), read from runs at several batch sizes
    and lengths; the arithmetic is untouched, and the file is replaced only if its vectors are
    bit-identical to the traced graph's on single texts and padded batches.
    """
    import numpy as np
    import onnx
    from onnx import numpy_helper

    traced = onnx.load(str(model))
    folded = onnx.ModelProto()
    folded.CopyFrom(traced)
    graph = folded.graph
    constants = {tensor.name: numpy_helper.to_array(tensor) for tensor in graph.initializer}
    reshapes = [node for node in graph.node if node.op_type == "Reshape"]
    probes = [_probe_feed(batch, length) for batch, length in ((1, 5), (1, 9), (2, 7), (3, 4))]
    probed = onnx.ModelProto()
    probed.CopyFrom(traced)
    watched = list(dict.fromkeys(
        name for node in reshapes for name in node.input[:2] if name not in constants
    ))  # fmt: skip
    probed.graph.output.extend(onnx.ValueInfoProto(name=name) for name in watched)
    session = _plain_session(probed.SerializeToString())
    names = [output.name for output in session.get_outputs()]
    runs = [
        {**constants, **dict(zip(names, session.run(None, feed), strict=True))} for feed in probes
    ]
    outputs = {output.name for output in graph.output}
    renamed = {}
    for number, node in enumerate(reshapes):
        seen = [
            (run[node.input[0]].shape, tuple(int(d) for d in run[node.input[1]])) for run in runs
        ]
        if node.output[0] not in outputs and all(
            len(shape) == len(target) and _reshaped(shape, target) == list(shape)
            for shape, target in seen
        ):
            renamed[node.output[0]] = node.input[0]  # a Reshape to the shape it already has
            continue
        target = _constant_target(seen)
        if target is None:
            continue
        name = f"folded_shape_{number}"
        graph.initializer.append(numpy_helper.from_array(np.array(target, np.int64), name))
        node.input[1] = name
    for node in graph.node:
        node.input[:] = [renamed.get(name, name) for name in node.input]
    _prune(graph)
    reference, candidate = _plain_session(str(model)), _plain_session(folded.SerializeToString())
    feeds = [_probe_feed(1, length) for length in (3, 11, 40)] + probes + [_padded_feed()]
    if all(
        np.array_equal(reference.run(None, feed)[0], candidate.run(None, feed)[0]) for feed in feeds
    ):
        onnx.save(folded, str(model))


def _drop_padding_mask(model: Path) -> None:
    """Drop the attention's padding mask, which a run of one unpadded text does not need.

    Every text is embedded alone and unpadded (`OnnxEmbedder.encode`), so the mask adds zero
    to every attention score and the guard after each softmax (a row with every key masked
    gives NaN) never fires; computing them was 56 of the int8 graph's 213 nodes, ~10% of a
    question's run. A padded batch would now attend to its padding (pooling still reads the
    mask). The file is replaced only if its vectors are bit-identical to the masked graph's on
    single texts from 1 to 256 tokens.
    """
    import numpy as np
    import onnx

    masked = onnx.load(str(model))
    unmasked = onnx.ModelProto()
    unmasked.CopyFrom(masked)
    graph = unmasked.graph
    constants = {tensor.name for tensor in graph.initializer}
    # Every tensor computed from the mask: after the first layer, the scores too.
    from_mask = {"attention_mask"}
    for node in graph.node:  # in topological order, as ONNX stores them
        if from_mask.intersection(node.input):
            from_mask.update(node.output)
    producer = {name: node for node in graph.node for name in node.output}
    renamed = {}
    for node in graph.node:
        before = producer.get(node.input[0]) if node.input else None
        if before is None:
            continue
        if (
            node.op_type == "Softmax"
            and before.op_type == "Add"
            and producer[before.input[0]].op_type in ("MatMul", "FusedMatMul")
            and before.input[1] in from_mask
        ):
            node.input[0] = before.input[0]  # the scores, without the mask's zeros
        elif (
            node.op_type == "Where"
            and before.op_type == "IsNaN"
            and before.input[0] == node.input[2]
            and node.input[1] in constants
        ):
            renamed[node.output[0]] = node.input[2]  # the softmax, never NaN here
    for node in graph.node:
        node.input[:] = [renamed.get(name, name) for name in node.input]
    _prune(graph)
    reference, candidate = _plain_session(str(model)), _plain_session(unmasked.SerializeToString())
    feeds = [_probe_feed(1, length) for length in (1, 3, 11, 40, 256)]
    if all(
        np.array_equal(reference.run(None, feed)[0], candidate.run(None, feed)[0]) for feed in feeds
    ):
        onnx.save(unmasked, str(model))


def _probe_feed(batch: int, length: int) -> dict:
    import numpy as np

    ids = (np.arange(batch * length, dtype=np.int64).reshape(batch, length) * 37) % 28000 + 1000
    return {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": 0 * ids}


def _padded_feed() -> dict:
    feed = _probe_feed(3, 8)
    for row, length in enumerate((8, 5, 2)):
        feed["input_ids"][row, length:] = 0
        feed["attention_mask"][row, length:] = 0
    return feed


def _plain_session(model):
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    options.intra_op_num_threads = 1
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def _reshaped(shape: tuple[int, ...], target: tuple[int, ...] | list[int]) -> list[int]:
    """The shape a Reshape (allowzero 0) makes of `shape` with `target`."""
    import math

    dims = [shape[i] if d == 0 else d for i, d in enumerate(target)]
    if -1 in dims:
        known = math.prod(d for d in dims if d != -1)
        dims[dims.index(-1)] = math.prod(shape) // known
    return dims


def _constant_target(seen: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> list[int] | None:
    """One target giving every observed Reshape its observed result, or None."""
    target = []
    for dim in range(len(seen[0][1])):
        values = {t[dim] for _, t in seen}
        if all(dim < len(shape) and shape[dim] == t[dim] for shape, t in seen):
            target.append(0)
        elif len(values) == 1 and -1 not in values:
            target.append(values.pop())
        else:
            target.append(-1)
    if target.count(-1) > 1:
        return None
    if any(_reshaped(shape, target) != _reshaped(shape, t) for shape, t in seen):
        return None
    return target


def _prune(graph) -> None:
    """Drop the nodes and constants no output depends on."""
    needed = {output.name for output in graph.output}
    kept = []
    for node in reversed(graph.node):
        if any(name in needed for name in node.output):
            kept.append(node)
            needed.update(name for name in node.input if name)
    del graph.node[:]
    graph.node.extend(reversed(kept))
    used = [tensor for tensor in graph.initializer if tensor.name in needed]
    del graph.initializer[:]
    graph.initializer.extend(used)


class _SentenceEncoder(torch.nn.Module):
    """BERT, then mean pooling over real tokens and L2 normalization, as sentence-transformers."""

    def __init__(self, model: torch.nn.Module):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.model(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, p=2, dim=1)
