"""Apply round 41's relabels to eval/ (run from the checkout). Prints every change."""
import json, sys
from pathlib import Path

LUNG = {"slug": "systemic-sclerosis", "anchor": "has-car-t-helped-the-lungs-in-systemic-sclerosis"}
LUNG_FACTS = ["did not get worse after car-t", "can undo lung scarring",
              "scarring itself stayed about the same", "breathing tests in that study improved"]
# (file, question text or (flow id, turn index))
LUNG_ITEMS = [
    ("questions-10.jsonl", "what is the success rate for car t in scleroderma lungs"),
    ("questions-12.jsonl", "can scleroderma lungs get better with car t"),
    ("questions-16.jsonl", "scleroderma and my lungs are involved, can car t help that"),
    ("questions-19.jsonl", "has anyone with scleroderma lung disease gotten better with car t"),
    ("questions-23.jsonl", "scleroderma is scarring my lungs. has car t helped anybodys lungs"),
    ("questions-26.jsonl", "my lungs are scarred from scleroderma. did any of the german patients lungs get better"),
    ("questions-31.jsonl", "my scleroderma is mostly in my lungs. would car t even help the lungs or just the skin"),
    ("questions-34.jsonl", "scleroderma for 6 years, does car t do anything for the lung scarring or is it just the skin that got better"),
    ("questions-37.jsonl", "scleroderma here, skin like leather on my hands. in the german patients did the skin or the lungs actually get better"),
    ("questions-6.jsonl", "my sister has scleroderma in her lungs, does car t help the lung part"),
    ("questions-7.jsonl", "does car t help scleroderma lung fibrosis breathing tests"),
    ("questions-9.jsonl", "my mom has scleroderma with lung scarring, did car t help the lungs in anyone"),
    ("questions-9.jsonl", "scleroderma lungs better?"),
    ("conversations-10.jsonl", ("h022", 0)), ("conversations-13.jsonl", ("h055", 0)),
    ("conversations-15.jsonl", ("h008", 0)), ("conversations-31.jsonl", ("h008", 1)),
    ("conversations-34.jsonl", ("h006", 0)), ("conversations-4.jsonl", ("f036", 0)),
    ("conversations-9.jsonl", ("h005", 0)), ("conversations-9.jsonl", ("h051", 3)),
]
BLIND = {"r057", "r063", "r108", "r067", "r119", "r125", "r238", "r127", "r243", "r157", "r179", "r239", "r249"}
TOPIC = {"lupus": "disease", "multiple-sclerosis": "disease", "myositis": "disease",
         "age-and-other-limits-for-joining": "trials", "what-is-car-t": "basics",
         "food-safety-after-car-t": "daily_life", "car-t-for-autoimmune-disease": "basics",
         "recovery-timeline": "process"}

def sec(s):
    slug, _, anchor = s.partition("#")
    return {"slug": slug, "anchor": anchor}

def dumps_like(line, obj):
    for ea in (False, True):
        if json.dumps(json.loads(line), ensure_ascii=ea) == line:
            return json.dumps(obj, ensure_ascii=ea)
    raise SystemExit(f"unknown format: {line[:80]}")

lead = Path("/work/relabel42")
pool = {json.loads(l)["id"]: json.loads(l) for l in open(lead / "lead/pool-private.jsonl")}
blind = {}
for l in open(lead / "label/labels.tsv"):
    p = l.rstrip("\n").split("\t")
    if p[0] in BLIND:
        blind[pool[p[0]]["message"]] = (pool[p[0]]["file"], p[1] == "covered",
                                        [sec(s) for s in p[2].split(";") if s], [f for f in p[3].split("|") if f])

def relabel_lung(target):
    exp = [e for e in target.get("expected", []) if e != LUNG]
    target["expected"] = [LUNG] + exp
    target["key_facts"] = LUNG_FACTS + [f for f in target.get("key_facts", []) if f not in LUNG_FACTS]

changes = 0
for path in sorted(Path("eval").glob("*.jsonl")):
    lines = path.read_text().splitlines()
    out = []
    for line in lines:
        r = json.loads(line)
        before = json.dumps(r)
        if "question" in r:
            if (path.name, r["question"]) in LUNG_ITEMS:
                relabel_lung(r)
                if r["topic"] in ("uncovered", "off-topic", "off_topic"):
                    r["topic"] = "disease"
            elif r["question"] in blind and blind[r["question"]][0] == path.name:
                _, cov, secs, facts = blind[r["question"]]
                r["expected"], r["key_facts"] = (secs, facts) if cov else ([], [])
                r["topic"] = TOPIC.get(secs[0]["slug"], "basics") if cov else "uncovered"
        elif "turns" in r:
            for i, t in enumerate(r["turns"]):
                if (path.name, (r["id"], i)) in LUNG_ITEMS:
                    relabel_lung(t)
                    t["expected_kind"] = "answer"
                elif i == 0 and t["message"] in blind and blind[t["message"]][0] == path.name:
                    _, cov, secs, facts = blind[t["message"]]
                    t["expected"], t["key_facts"] = (secs, facts) if cov else ([], [])
                    t["expected_kind"] = "answer" if cov else "no_answer"
        if json.dumps(r) != before:
            changes += 1
            print(path.name, "|", (r.get("question") or r["id"])[:90])
            line = dumps_like(line, r)
        out.append(line)
    path.write_text("\n".join(out) + "\n")
print(changes, "rows changed")
