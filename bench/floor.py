"""Child process: the naive floor, sentence-transformers (torch) encode + FAISS search alone.

Run apart from the benchmark so torch's threads and memory never touch the other figures.
Usage: python -m bench.floor INDEX_DIR QUESTIONS_JSON ROUNDS; prints seconds per query as JSON,
first with torch's default threads (the naive floor), then with one thread, as a worker runs.
"""

import json
import sys
import time
from pathlib import Path

import faiss
import numpy as np
import torch

from bot.embedder import SentenceTransformerEmbedder
from bot.guide import PASSAGES_RETRIEVED


def main(index_dir: str, questions_file: str, rounds: int) -> None:
    questions = json.loads(Path(questions_file).read_text())
    vectors = np.load(f"{index_dir}/current/passages.npy")
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    model = SentenceTransformerEmbedder()._model
    timings = {}
    # Naive: the library's defaults (all cores), one question at a time, as a server would.
    for label, threads in (("default_threads", torch.get_num_threads()), ("one_thread", 1)):
        torch.set_num_threads(threads)
        for question in questions:
            model.encode([question], normalize_embeddings=True, show_progress_bar=False)
        timings[label] = []
        for _ in range(rounds):
            for question in questions:
                started = time.perf_counter()
                vector = model.encode(
                    [question], normalize_embeddings=True, show_progress_bar=False
                )
                index.search(vector, PASSAGES_RETRIEVED)
                timings[label].append(time.perf_counter() - started)
    print(json.dumps(timings))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
