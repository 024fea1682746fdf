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

PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "vg": "https://w3id.org/vocgraph/ns#",
    "vgi": "https://w3id.org/vocgraph/id/",
}


def expand(value):
    """A Datalog table cell as a comparable string: full IRI for prefixed names, else the text."""
    value = value.split(" (")[0] if value.startswith(("vgi:", "vg:")) else value
    if ":" in value and not value.startswith("<"):
        prefix, local = value.split(":", 1)
        if prefix in PREFIXES:
            return PREFIXES[prefix] + local
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    return value


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
        args = [vocgraph, "query", str(dl), "--format", "json"]
        for g in graphs:
            args += ["--graph", g]
        ours = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)["results"]
        queries = [q for q in rq.read_text(encoding="utf-8").split("#---") if "SELECT" in q]
        if len(queries) != len(ours):
            print(f"{rq.name}: {len(queries)} SPARQL queries but {len(ours)} Datalog queries")
            failures += 1
            continue
        for index, (query, result) in enumerate(zip(queries, ours)):
            columns = result["columns"]
            mine = sorted(tuple(expand(row[c]) for c in columns) for row in result["rows"])
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
