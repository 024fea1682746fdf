#!/usr/bin/env python3
"""Pooled extraction scores over every gold document (make eval).

    eval.py VOCGRAPH_BINARY [--split NAME] [--verbose] [--json OUT]

Runs `vocgraph extract FILE --json` on each document that has gold, scores it with
../shared/eval/score.py, and adds the counts (tp, pred, gold) up per category, so the
pooled P / R / F1 weigh every entity and relation equally whatever document it is in.

Splits (a document can be in several):
  corpus    ../shared/eval/gold/NNN.json against ../shared/corpus/NNN_*.txt
  dev       ../shared/eval/dev/dNN_*.json (24 texts of our own writing)
  trad      the dev texts written in traditional characters (d12-d15)
  simp      the other dev texts
  heldout   dev texts set aside before tuning (HELDOUT below): tune on the rest, read these
            only as a check, never as a source of rules
  cases     Tests/ExtractionTests/EvalCases/*.json, our own texts per failure class
  tune      everything that is not held out: what rules may be read against
  all       everything above

--only PREFIX keeps the verbose detail of the categories whose name starts with PREFIX
(--only relation: the relation rows and their misses only).

`entity:*` pools the entity rows of every type (type-aware matching, summed).
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
EVAL = os.path.join(SHARED, "eval")
SCORER = os.path.join(EVAL, "score.py")

# Set aside on the first day of the names work (issue 9), before any tuning: a 援疆 text, a
# 东西部协作 text with a three-party class, a Macau text in traditional characters, a 五年一贯制
# text and an alliance text.
HELDOUT = {"d05_hami", "d10_wenshan", "d14_macau_utm", "d18_jiangle", "d23_weifang",
           # Set aside when they were written for the relations work (issue 10), before tuning.
           "e22_jiangxi_table", "e25_naqu", "e28_xian", "e29_baoding", "e31_kaohsiung"}
TRADITIONAL = {"d12_hk_ive_mtr", "d13_hk_alliance", "d14_macau_utm", "d15_macau_school"}


def documents():
    """Yields (name, text path, gold path, splits)."""
    corpus = os.path.join(SHARED, "corpus")
    gold_dir = os.path.join(EVAL, "gold")
    if os.path.isdir(gold_dir):
        for g in sorted(os.listdir(gold_dir)):
            if not g.endswith(".json"):
                continue
            stem = g[:-5]
            texts = [t for t in sorted(os.listdir(corpus)) if t.startswith(stem + "_")]
            if texts:
                yield stem, os.path.join(corpus, texts[0]), os.path.join(gold_dir, g), {"corpus"}
    dev = os.path.join(EVAL, "dev")
    if os.path.isdir(dev):
        for g in sorted(os.listdir(dev)):
            if not g.endswith(".json"):
                continue
            stem = g[:-5]
            text = os.path.join(dev, stem + ".txt")
            if os.path.exists(text):
                splits = {"dev", "trad" if stem in TRADITIONAL else "simp"}
                if stem in HELDOUT:
                    splits.add("heldout")
                yield stem, text, os.path.join(dev, g), splits
    cases = os.path.join(ROOT, "Tests", "ExtractionTests", "EvalCases")
    if os.path.isdir(cases):
        for g in sorted(os.listdir(cases)):
            if g.endswith(".json"):
                stem = g[:-5]
                text = os.path.join(cases, stem + ".txt")
                if os.path.exists(text):
                    splits = {"cases"} | ({"heldout"} if stem in HELDOUT else set())
                    yield stem, text, os.path.join(cases, g), splits


def score(binary, text, gold):
    with tempfile.NamedTemporaryFile("w+", suffix=".json", delete=False) as out:
        path = out.name
    try:
        run = subprocess.run([binary, "extract", text, "--json"], capture_output=True)
        if run.returncode != 0:
            raise SystemExit(f"eval: vocgraph extract {text} failed: {run.stderr.decode(errors='replace')}")
        with open(path, "wb") as f:
            f.write(run.stdout)
        scored = subprocess.run([sys.executable, SCORER, gold, path, "--json", "--verbose"],
                                capture_output=True, text=True, check=True)
    finally:
        os.unlink(path)
    lines = scored.stdout.strip().splitlines()
    return json.loads(lines[-1]), "\n".join(lines[:-1])


def prf(tp, npred, ngold):
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = tp / ngold if ngold else (1.0 if npred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv):
    if not argv or argv[0].startswith("--"):
        print(__doc__)
        return 2
    binary = argv[0]
    split = argv[argv.index("--split") + 1] if "--split" in argv else "all"
    verbose = "--verbose" in argv
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    pooled = {}
    per_doc = {}
    for name, text, gold, splits in documents():
        if split == "tune":
            if "heldout" in splits:
                continue
        elif split != "all" and split not in splits:
            continue
        rows, detail = score(binary, text, gold)
        per_doc[name] = rows
        if verbose:
            if only:
                kept, keep = [], False
                for line in detail.splitlines():
                    if not line.startswith(" "):
                        keep = line.startswith(only)
                    if keep:
                        kept.append(line)
                detail = "\n".join(kept)
            print(f"== {name}\n{detail}\n")
        for cat, row in rows.items():
            if cat == "relations:micro":
                continue
            acc = pooled.setdefault(cat, [0, 0, 0])
            for i, k in enumerate(("tp", "pred", "gold")):
                acc[i] += row[k]
    if not per_doc:
        print(f"eval: no gold documents in split {split!r} (is ../shared beside the repository?)",
              file=sys.stderr)
        return 1
    groups = [("entities (all types)", "entity:"), ("relations (micro)", "relation:")]
    print(f"split: {split} ({len(per_doc)} documents)")
    print(f"{'category':28} {'tp':>5} {'pred':>5} {'gold':>5}  {'P':>5} {'R':>5} {'F1':>5}")
    table = {}

    def line(label, tp, npred, ngold):
        p, r, f = prf(tp, npred, ngold)
        table[label] = {"tp": tp, "pred": npred, "gold": ngold, "precision": round(p, 4),
                        "recall": round(r, 4), "f1": round(f, 4)}
        print(f"{label:28} {tp:5d} {npred:5d} {ngold:5d}  {p:5.2f} {r:5.2f} {f:5.2f}")

    for cat in sorted(pooled):
        line(cat, *pooled[cat])
    for label, prefix in groups:
        sums = [sum(v[i] for k, v in pooled.items() if k.startswith(prefix)) for i in range(3)]
        line(label, *sums)
    if "--json" in argv:
        with open(argv[argv.index("--json") + 1], "w", encoding="utf-8") as f:
            json.dump({"split": split, "pooled": table, "documents": per_doc}, f,
                      ensure_ascii=False, indent=1, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
