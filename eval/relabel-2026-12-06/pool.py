"""Cross-set near-duplicate first messages labelled opposite ways (covered vs uncovered).

Chosen by label disagreement and cosine alone, never by what the guide answers: every first
message of sets 1-37 (questions, and conversation first turns that are not urgent), pairs from
two different sets at cosine >= 0.80 with one labelled covered and the other uncovered.
usage: cd /work/main && .venv/bin/python /work/relabel42/pool.py
"""
import json, os, random, sys
from pathlib import Path
import numpy as np
sys.path.insert(0, os.getcwd())
from bot import create_app
from bot.guide_loader import get_loader

def set_of(p):
    s = p.stem.split("-")
    return s[1] if len(s) > 1 else "1"

items = []
for p in sorted(Path("eval").glob("questions*.jsonl")):
    for line in p.read_text().splitlines():
        r = json.loads(line)
        items.append((set_of(p), r["question"], bool(r["expected"]), p.name))
for p in sorted(Path("eval").glob("conversations*.jsonl")):
    for line in p.read_text().splitlines():
        r = json.loads(line)
        t = r["turns"][0]
        if t.get("expected_kind", "answer") not in ("answer", "no_answer"):
            continue
        items.append((set_of(p), t["message"], bool(t.get("expected")), p.name))
print(len(items), "first messages")
app = create_app()
with app.app_context():
    emb = get_loader().ready_guide().embedder
    vecs = np.asarray(emb.encode([m for _, m, _, _ in items]), dtype=np.float32)
vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
sims = vecs @ vecs.T
sets = np.array([s for s, _, _, _ in items]); cov = np.array([c for _, _, c, _ in items])
pairs = []
for i in range(len(items)):
    for j in np.nonzero(sims[i] >= 0.80)[0]:
        if j > i and sets[i] != sets[j] and cov[i] != cov[j]:
            pairs.append((float(sims[i, j]), i, int(j)))
pairs.sort(reverse=True)
print(len(pairs), "opposite-label pairs at >= 0.80")
in_pairs = sorted({k for _, i, j in pairs for k in (i, j)})
rest = [k for k in range(len(items)) if k not in set(in_pairs)]
controls = random.Random(42).sample(rest, 60)
pool = in_pairs + controls
random.Random(7).shuffle(pool)
out = Path("/work/relabel42")
with open(out / "pool-private.jsonl", "w") as f:  # labels: the lead's copy, never the labeller's
    for n, k in enumerate(pool, 1):
        s, m, c, name = items[k]
        f.write(json.dumps({"id": f"r{n:03d}", "message": m, "covered": c, "file": name,
                            "kind": "pair" if k in set(in_pairs) else "control"}) + "\n")
with open(out / "to-label.txt", "w") as f:
    for n, k in enumerate(pool, 1):
        f.write(f"r{n:03d}\t{items[k][1]}\n")
with open(out / "pairs.tsv", "w") as f:
    idx = {k: n for n, k in enumerate(pool, 1)}
    for c, i, j in pairs:
        a, b = (i, j) if not cov[i] else (j, i)  # the uncovered one first
        f.write(f"{c:.3f}\tr{idx[a]:03d}\tr{idx[b]:03d}\t{items[a][1]}\t{items[b][1]}\n")
print(len(in_pairs), "messages in pairs,", len(controls), "controls,", len(pool), "to label")
