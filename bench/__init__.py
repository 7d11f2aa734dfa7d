"""`make bench`: build, start-up, latency, throughput and memory figures for the README."""

import os

# One compute thread, as gunicorn.conf.py gives each worker, set before numpy or faiss load:
# figures measured in this process and its children are then a worker's. On busy cores
# OpenBLAS's own threads made one product of the 2,242 sentence vectors 16 ms instead of 0.3,
# and the tokenizer's thread pool woke for every question (round 17: ~40 against ~115 us a
# question, mean, at load 4; gunicorn.conf.py turns it off too).
WORKER_THREADS = {
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "TOKENIZERS_PARALLELISM": "false",
}
for _name, _value in WORKER_THREADS.items():
    os.environ.setdefault(_name, _value)
