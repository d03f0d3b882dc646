#!/usr/bin/env python3
"""Sanity checks for hand-written gold files: JSON shape, literal occurrence, weekdays."""
import json, re, sys, glob, os, datetime
DAYS = {"senin":0,"selasa":1,"rabu":2,"kamis":3,"jumat":4,"jum'at":4,"sabtu":5,"minggu":6}
FURN = re.compile(r"^(baca juga|tag\b|sebarkan|share this|cek berita|<|width=|ght=)", re.I)
KEYS = ["id","doc_date","people","organizations","locations","dates","events","quantities","quotes","represented_by"]
bad = 0
def err(f, m):
    global bad; bad += 1; print(f"{f}: {m}")
for j in sorted(glob.glob(sys.argv[1] + "/*.json")):
    stem = os.path.basename(j)[:-5]
    g = json.load(open(j, encoding="utf-8"))
    txt = open(j[:-5] + ".txt", encoding="utf-8").read()
    body = "\n".join(l for l in txt.splitlines() if not FURN.match(l.strip()))
    lb = body.lower()
    if list(g) != KEYS: err(stem, f"keys {list(g)}")
    if g["id"] != stem: err(stem, "id")
    names = [p["name"] for p in g["people"]]
    if len(set(names)) != len(names): err(stem, "dup people")
    for p in g["people"]:
        if set(p) != {"name","rank","position","titles"}: err(stem, f"person keys {p}")
        if p["name"] not in txt: err(stem, f"name not literal: {p['name']}")
        for fld in ("rank","position"):
            if p[fld] and p[fld] not in body: err(stem, f"{fld} not literal: {p[fld]}")
        for t in p["titles"]:
            if t not in body: err(stem, f"title not literal: {t}")
    for fld in ("organizations","locations","events"):
        seen = set()
        for o in g[fld]:
            if o.lower() in seen: err(stem, f"dup {fld} {o}")
            seen.add(o.lower())
            if not re.search(r"(?<!\w)" + re.escape(o.lower()) + r"(?!\w)", lb): err(stem, f"{fld} not in body: {o}")
    isos = [d["iso"] for d in g["dates"]]
    if len(set(isos)) != len(isos): err(stem, "dup iso")
    for d in g["dates"]:
        if d["text"] not in txt: err(stem, f"date text not literal: {d['text']}")
        dt = datetime.date.fromisoformat(d["iso"])
        m = re.match(r"(\w+'?\w*)", d["text"].lower())
        if m and m.group(1) in DAYS and DAYS[m.group(1)] != dt.weekday():
            err(stem, f"weekday mismatch {d}")
    if g["doc_date"] and g["doc_date"] not in isos: err(stem, "doc_date not among dates")
    for q in g["quantities"]:
        if q["text"].lower() not in lb: err(stem, f"quantity not in body: {q['text']}")
        if not isinstance(q["value"], int): err(stem, f"value {q}")
        if not q["text"].endswith(q["unit"]): err(stem, f"unit {q}")
    for q in g["quotes"]:
        if q["speaker"] not in names: err(stem, f"speaker not in people: {q['speaker']}")
        if len(q["starts"].split()) < 3: err(stem, f"starts too short {q}")
        if q["starts"] not in body: err(stem, f"starts not literal: {q['starts']}")
        # must begin a quotation: after an opening mark or at paragraph start
        if not re.search(r'(^|[“"])' + re.escape(q["starts"]), body, re.M): err(stem, f"starts not at quote opening: {q['starts']}")
    for r in g["represented_by"]:
        for k in ("principal","agent"):
            if r[k] not in names: err(stem, f"rep {k} not in people: {r[k]}")
    words = len(txt.split())
    if not 200 <= words <= 550: err(stem, f"word count {words}")
    print(f"{stem}: {len(g['people'])} people, {len(g['organizations'])} orgs, {len(g['locations'])} locs, {len(g['dates'])} dates, {len(g['quantities'])} qty, {len(g['quotes'])} quotes, {words} words")
print("FAIL" if bad else "ALL OK", bad)
sys.exit(1 if bad else 0)
