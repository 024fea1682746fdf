#!/usr/bin/env python3
"""Each Examples/datalog/X.dl with a SPARQL twin X.rq must give the same answers from VocGraph's
Datalog engine and from pyoxigraph over the same graph.

    examples_sparql.py VOCGRAPH GRAPH.ttl [GRAPH.ttl ...]

Prints one line per (example, query) and exits 1 on any difference."""
import json
import pathlib
import subprocess
import sys

import pyoxigraph

def sparql_value(term):
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.NamedNode):
        return term.value
    return term.value


def main():
    vocgraph, graphs = sys.argv[1], sys.argv[2:]
    store = pyoxigraph.Store()
    for g in graphs:
        store.bulk_load(path=g, format=pyoxigraph.RdfFormat.TURTLE)
    examples = pathlib.Path(__file__).resolve().parents[2] / "Examples" / "datalog"
    failures = 0
    for rq in sorted(examples.glob("*.rq")):
        dl = rq.with_suffix(".dl")
        args = [vocgraph, "query", str(dl), "--format", "json", "--no-labels"]
        for g in graphs:
            args += ["--graph", g]
        # SPARQL 1.1 results JSON: one document per query, an array of them for several.
        ours = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
        ours = ours if isinstance(ours, list) else [ours]
        queries = [q for q in rq.read_text(encoding="utf-8").split("#---") if "SELECT" in q]
        if len(queries) != len(ours):
            print(f"{rq.name}: {len(queries)} SPARQL queries but {len(ours)} Datalog queries")
            failures += 1
            continue
        for index, (query, result) in enumerate(zip(queries, ours)):
            columns = result["head"]["vars"]
            mine = sorted(
                tuple(row[c]["value"] if c in row else "" for c in columns)
                for row in result["results"]["bindings"]
            )
            solutions = store.query(query)
            variables = [v.value for v in solutions.variables]
            theirs = sorted(tuple(sparql_value(s[v]) for v in variables) for s in solutions)
            same = mine == theirs
            failures += not same
            print(f"{'ok  ' if same else 'DIFF'} {rq.stem} query {index + 1}: {len(mine)} rows (Datalog) vs {len(theirs)} (SPARQL)")
            if not same:
                print("   only Datalog:", sorted(set(mine) - set(theirs))[:5])
                print("   only SPARQL: ", sorted(set(theirs) - set(mine))[:5])
    sys.exit(1 if failures else 0)


main()
