"""Apply round 42's second blind reading of round 41's 20 doubtful disagreements (run from the
checkout). A row changes where both blind readers disagree with the set's label and the lead,
reading the sections, agrees: 12 of 20 (d07 kept: Florida's own Medicaid rules are not given).
Prints every change."""
import json
from pathlib import Path

APPLY = ("d03", "d04", "d05", "d06", "d08", "d09", "d11", "d12", "d15", "d17", "d19", "d20")
TOPIC = {"car-t-vs-rituximab": "basics", "icans": "risks", "long-term-follow-up": "process",
         "lupus": "disease", "approval-status": "basics", "finding-a-trial": "trials",
         "multiple-sclerosis": "disease", "vaccines-after-car-t": "daily_life"}
here = Path(__file__).parent
first = Path("/work/relabel42/lead/pool-private.jsonl")
pool = {json.loads(line)["id"]: json.loads(line) for line in first.open()}
ids = (here / "doubts.txt").read_text().split()


def sec(s):
    slug, _, anchor = s.partition("#")
    return {"slug": slug, "anchor": anchor}


blind = {}
for line in (here / "labels.tsv").read_text().splitlines():
    p = line.split("\t")
    if p[0] in APPLY:
        row = pool[ids[int(p[0][1:]) - 1]]
        blind[(row["file"], row["message"])] = (
            p[1] == "covered", [sec(s) for s in p[2].split(";") if s], [f for f in p[3].split("|") if f])


def dumps_like(line, obj):
    for ea in (False, True):
        if json.dumps(json.loads(line), ensure_ascii=ea) == line:
            return json.dumps(obj, ensure_ascii=ea)
    raise SystemExit(f"unknown format: {line[:80]}")


done = 0
for path in sorted(Path("eval").glob("*.jsonl")):
    lines = path.read_text().splitlines()
    out = []
    for line in lines:
        r = json.loads(line)
        if "question" in r and (path.name, r["question"]) in blind:
            cov, secs, facts = blind[(path.name, r["question"])]
            r["expected"], r["key_facts"] = (secs, facts) if cov else ([], [])
            r["topic"] = TOPIC[secs[0]["slug"]] if cov else "uncovered"
            print(path.name, "covered" if cov else "uncovered", "|", r["question"])
            done += 1
        elif "turns" in r and (path.name, r["turns"][0]["message"]) in blind:
            t = r["turns"][0]
            cov, secs, facts = blind[(path.name, t["message"])]
            t["expected"], t["key_facts"] = (secs, facts) if cov else ([], [])
            t["expected_kind"] = "answer" if cov else "no_answer"
            print(path.name, r["id"], "covered" if cov else "uncovered", "|", t["message"])
            done += 1
        out.append(line if json.dumps(r) == json.dumps(json.loads(line)) else dumps_like(line, r))
    path.write_text("\n".join(out) + "\n")
print(done, "rows changed")
