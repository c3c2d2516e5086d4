#!/usr/bin/env python3
"""Validate the incident-linking evaluation set and print its counts.

Usage: python3 check.py [--acled /work/shared/eval/acled/acled-2020-05-dev.csv]
Exits non-zero if any check fails.
"""
import argparse, collections, csv, datetime, itertools, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--acled", default="/work/shared/eval/acled/acled-2020-05-dev.csv")
args = ap.parse_args()

errors = []
def err(msg):
    errors.append(msg)

def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: empty line")
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: {e}")
    return out

reports = load("reports.jsonl")
incidents = load("incidents.jsonl")
iso = datetime.date.fromisoformat

# --- incidents
inc = {}
for i in incidents:
    for k in ("incident", "note", "date", "place", "country", "hard_negative_of"):
        if k not in i:
            err(f"incident {i.get('incident')}: missing {k}")
    if i["incident"] in inc:
        err(f"duplicate incident {i['incident']}")
    inc[i["incident"]] = i
    iso(i["date"])
    if not re.fullmatch(r"[A-Z]{2}", i["country"]):
        err(f"incident {i['incident']}: bad country {i['country']}")
for i in incidents:
    for o in i["hard_negative_of"]:
        if o not in inc:
            err(f"incident {i['incident']}: hard negative {o} unknown")
        elif i["incident"] not in inc[o]["hard_negative_of"]:
            err(f"hard negative {i['incident']}->{o} not symmetric")
        if o == i["incident"]:
            err(f"incident {o} is its own hard negative")

# --- ACLED rows
acled = {}
with open(args.acled, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        acled[r["data_id"]] = r

def shingles(text, n=6):
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[k:k + n]) for k in range(len(w) - n + 1)}
acled_shingles = set()

# --- reports
ids = set()
for r in reports:
    rid = r.get("id")
    if rid in ids:
        err(f"duplicate report id {rid}")
    ids.add(rid)
    for k in ("id", "incident", "language", "published"):
        if k not in r:
            err(f"report {rid}: missing {k}")
    if r["incident"] not in inc:
        err(f"report {rid}: incident {r['incident']} not in incidents.jsonl")
        continue
    if not rid.startswith(r["incident"] + "-" + r["language"]):
        err(f"report {rid}: id does not match incident/language")
    if r["language"] not in ("en", "de"):
        err(f"report {rid}: language {r['language']}")
    pub = iso(r["published"])
    if pub < iso(inc[r["incident"]]["date"]):
        err(f"report {rid}: published before incident date")
    if "acled_data_id" in r:
        if "text" in r or "title" in r:
            err(f"report {rid}: ACLED reference must not carry text")
        row = acled.get(r["acled_data_id"])
        if row is None:
            err(f"report {rid}: acled_data_id {r['acled_data_id']} not in CSV")
            continue
        ed = datetime.datetime.strptime(row["event_date"], "%d-%b-%y").date()
        if pub != ed + datetime.timedelta(days=1):
            err(f"report {rid}: published {pub} != event_date+1 ({ed})")
        if inc[r["incident"]]["date"] != ed.isoformat():
            err(f"report {rid}: incident date differs from ACLED event_date")
        acled_shingles |= shingles(row["notes"])
    else:
        if not r.get("text") or not r.get("title"):
            err(f"report {rid}: missing title/text")
        n_sent = len(re.findall(r"[.!?](\s|$)", r.get("text", "")))
        if not 1 <= n_sent <= 4:
            err(f"report {rid}: {n_sent} sentences (want 1-4)")
        if "[size=" in r.get("text", "") or "coded as" in r.get("text", ""):
            err(f"report {rid}: ACLED bookkeeping in text")

# own text must not copy ACLED notes (no shared 6-word sequence)
for r in reports:
    if "text" in r:
        common = shingles(r["text"]) & acled_shingles
        if common:
            err(f"report {r['id']}: shares text with ACLED notes: {' '.join(next(iter(common)))}")

# --- counts
by_inc = collections.defaultdict(list)
for r in reports:
    by_inc[r["incident"]].append(r)
for i in inc:
    if i not in by_inc:
        err(f"incident {i} has no reports")
sizes = collections.Counter(len(v) for v in by_inc.values())
pos = sum(len(v) * (len(v) - 1) // 2 for v in by_inc.values())
cross = sum(1 for v in by_inc.values() for a, b in itertools.combinations(v, 2) if a["language"] != b["language"])
n = len(reports)
langs = collections.Counter(r["language"] for r in reports)
bilingual = sum(1 for v in by_inc.values() if len({r["language"] for r in v}) == 2)
hn_inc = sum(1 for i in incidents if i["hard_negative_of"])
hn_pairs = len({tuple(sorted((i["incident"], o))) for i in incidents for o in i["hard_negative_of"]})
acled_refs = sum(1 for r in reports if "acled_data_id" in r)
own = n - acled_refs
countries = collections.Counter(i["country"] for i in incidents)

print(f"reports:               {n} (own text {own}, ACLED references {acled_refs})")
print(f"languages:             " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
print(f"incidents:             {len(inc)} (L* {sum(1 for i in inc if i.startswith('L'))}, A* {sum(1 for i in inc if i.startswith('A'))})")
print(f"incident sizes:        " + ", ".join(f"{k} reports: {v}" for k, v in sorted(sizes.items())))
print(f"bilingual incidents:   {bilingual}")
print(f"report pairs:          {n * (n - 1) // 2}")
print(f"positive pairs:        {pos} (cross-lingual {cross}, monolingual {pos - cross})")
print(f"hard-neg incidents:    {hn_inc}")
print(f"hard-neg inc. pairs:   {hn_pairs}")
print(f"countries:             {len(countries)} " + " ".join(f"{k}:{v}" for k, v in countries.most_common()))

# --- requirements
if len(inc) < 70: err("fewer than 70 incidents")
if n < 180: err("fewer than 180 reports")
if pos < 150: err("fewer than 150 positive pairs")
if sizes.get(1, 0) == 0: err("no singleton incidents")
if acled_refs < 40: err("fewer than 40 ACLED references")
if hn_inc < 25: err("fewer than 25 hard-negative incidents")
if not 0.35 <= langs["en"] / n <= 0.65: err("language balance off")

if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
