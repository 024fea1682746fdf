#!/usr/bin/env python3
"""Checks the gold files of this folder against their texts.

    python3 check.py [STEM ...]

For each eNN_*.json: every alias (and the name, unless it is a government body written only in
short form) occurs in the text; `lines` are exactly the lines where the name or an alias occurs
outside a longer name of another entity; relations name entities of the file, and each relation's
`evidence` is a substring of its `line`; observation and target evidence is on its line; and
../../../../shared/eval/score.py scores the file against itself at 1.00 in every row.
Exit status 1 on any problem.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "..", "..", "shared", "eval", "score.py")


def lines_of(lines, ents):
    res = {i: set() for i in range(len(ents))}
    for ln, text in enumerate(lines, 1):
        occ = []
        for i, e in enumerate(ents):
            for f in [e["name"]] + e.get("aliases", []):
                occ += [(m.start(), m.end(), i) for m in re.finditer(re.escape(f), text)]
        occ.sort(key=lambda o: (-(o[1] - o[0]), o[0]))
        taken = []
        for s, t, i in occ:
            if any(s < b and a < t and j != i for a, b, j in taken):
                continue
            taken.append((s, t, i))
            res[i].add(ln)
    return [sorted(res[i]) for i in range(len(ents))]


def check(stem):
    problems = []
    text = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    gold = json.load(open(os.path.join(HERE, stem + ".json"), encoding="utf-8"))
    if gold.get("document") != stem + ".txt":
        problems.append("document field")
    ents = gold["entities"]
    names = {e["name"] for e in ents}
    if len(names) != len(ents):
        problems.append("duplicate entity names")
    for e, want in zip(ents, lines_of(lines, ents)):
        if e["name"] not in text and not (e["type"] == "GovBody" and e.get("aliases")):
            problems.append(f"name not in text: {e['name']}")
        for a in e.get("aliases", []):
            if a not in text:
                problems.append(f"alias not in text: {a}")
        if e.get("lines") != want:
            problems.append(f"lines of {e['name']}: {e.get('lines')} != {want}")
    for r in gold["relations"]:
        for k in ("subject", "object"):
            if r[k] not in names:
                problems.append(f"relation {k} not an entity: {r[k]}")
        ln = r["line"]
        if not (1 <= ln <= len(lines)) or r["evidence"] not in lines[ln - 1]:
            problems.append(f"evidence not on line {ln}: {r['evidence']}")
    for kind in ("observations", "targets"):
        for x in gold.get(kind, []):
            ln = x["line"]
            if x.get("evidence") and x["evidence"] not in lines[ln - 1]:
                problems.append(f"{kind} evidence not on line {ln}: {x['evidence']}")
            for u in x.get("responsible", []):
                if u not in names:
                    problems.append(f"responsible unit not an entity: {u}")
    for p in gold.get("policies_cited", []):
        if "《" + p["title"] + "》" not in lines[p["line"] - 1]:
            problems.append(f"policy not on line {p['line']}: {p['title']}")
    path = os.path.join(HERE, stem + ".json")
    out = subprocess.run([sys.executable, SCORER, path, path, "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout.strip().splitlines()[-1])
    for k, v in scores.items():
        if v["f1"] != 1.0:
            problems.append(f"self-score {k} F1 {v['f1']:.2f}")
    return problems


def main(args):
    stems = args or sorted(f[:-5] for f in os.listdir(HERE) if re.match(r"e\d\d_.*\.json$", f))
    bad = 0
    for s in stems:
        p = check(s)
        print(f"{s}: {'ok' if not p else str(len(p)) + ' problem(s)'}")
        for x in p:
            print("    " + x)
        bad += bool(p)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
