#!/usr/bin/env python3
"""Check labels.tsv: every id once, valid labels, sections exist & labelable,
key facts 2-6 words and verbatim (case-insensitive) in one of the row's sections."""
import json, sys
KB='/work/evalsets/kb/sections.jsonl'
secs={}
for l in open(KB):
    r=json.loads(l); secs[f"{r['slug']}#{r['anchor']}"]=r
ids=[l.split('\t')[0] for l in open('to-label.txt').read().splitlines() if l.strip()]
errs=[]; seen={}
rows=[l.rstrip('\n').split('\t') for l in open('labels.tsv') if l.strip()]
for n,p in enumerate(rows,1):
    if len(p)!=5: errs.append(f'line {n}: {len(p)} fields'); continue
    i,lab,s,f,reason=p
    seen[i]=seen.get(i,0)+1
    if lab not in ('covered','uncovered'): errs.append(f'{i}: bad label {lab}')
    if not reason.strip(): errs.append(f'{i}: empty reason')
    sl=[x for x in s.split(';') if x]; fl=[x for x in f.split('|') if x]
    if lab=='uncovered':
        if sl or fl: errs.append(f'{i}: uncovered with sections/facts')
        continue
    if not 1<=len(sl)<=3: errs.append(f'{i}: {len(sl)} sections')
    if not 1<=len(fl)<=4: errs.append(f'{i}: {len(fl)} facts')
    for x in sl:
        if x not in secs: errs.append(f'{i}: unknown section {x}')
        elif not secs[x]['labelable'] or x.startswith('questions-for-') or x.startswith('glossary#') or x.endswith('#questions-to-ask-your-care-team'):
            errs.append(f'{i}: forbidden section {x}')
    texts=[secs[x]['text'].lower() for x in sl if x in secs]
    for k in fl:
        w=len(k.split())
        if not 2<=w<=6: errs.append(f'{i}: fact "{k}" has {w} words')
        if k!=k.lower(): errs.append(f'{i}: fact "{k}" not lowercase')
        if not any(k.lower() in t for t in texts): errs.append(f'{i}: fact "{k}" not verbatim in its sections')
for i in ids:
    if seen.get(i,0)!=1: errs.append(f'{i}: present {seen.get(i,0)} times')
for i in seen:
    if i not in ids: errs.append(f'{i}: not in to-label.txt')
lab=[p[1] for p in rows if len(p)==5]
print(f'rows={len(rows)} covered={lab.count("covered")} uncovered={lab.count("uncovered")} doubt={sum(1 for p in rows if len(p)==5 and p[4].rstrip().endswith("doubt"))}')
print('\n'.join(errs) if errs else 'OK: no errors')
sys.exit(1 if errs else 0)
