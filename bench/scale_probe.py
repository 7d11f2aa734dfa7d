"""Child process: load one index, answer every question uncached, print timings and peak memory.

Usage: python -m bench.scale_probe QUESTIONS_JSON ROUNDS (settings from the environment).
A process of its own per knowledge-base size, so its peak resident memory is that size's.
"""

import json
import resource
import sys
from pathlib import Path

from bot import create_app

from .run import time_chat

questions = json.loads(Path(sys.argv[1]).read_text())
timings = time_chat(create_app(), questions, rounds=int(sys.argv[2]))
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": timings, "peak_rss_mb": peak_mb}))
