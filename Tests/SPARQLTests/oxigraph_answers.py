#!/usr/bin/env python3
"""pyoxigraph's answers to SPARQL queries, for the differential tests of `vocgraph sparql`.

    oxigraph_answers.py GRAPH.ttl QUERY.rq

Reads the query from the file (queries separated by a line `#---` are answered one by one) and
prints one JSON object per query on its own line: {"kind": "bindings", "vars": [...],
"rows": [[term or null, ...]]}, {"kind": "boolean", "value": true} or {"kind": "triples",
"triples": [[s, p, o], ...]}, terms in N-Triples syntax as pyoxigraph writes them; or
{"kind": "error", "message": ...} when pyoxigraph rejects the query."""
import json
import sys

import pyoxigraph


def term(value):
    return None if value is None else str(value)


def answer(store, text):
    try:
        result = store.query(text)
    except Exception as error:  # a query pyoxigraph rejects is reported, not raised
        return {"kind": "error", "message": str(error)}
    if isinstance(result, pyoxigraph.QueryBoolean):
        return {"kind": "boolean", "value": bool(result)}
    if isinstance(result, pyoxigraph.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [[term(solution[name]) for name in names] for solution in result]
        return {"kind": "bindings", "vars": names, "rows": rows}
    triples = [[str(t.subject), str(t.predicate), str(t.object)] for t in result]
    return {"kind": "triples", "triples": triples}


def main():
    graph, query_file = sys.argv[1], sys.argv[2]
    store = pyoxigraph.Store()
    store.bulk_load(path=graph, format=pyoxigraph.RdfFormat.TURTLE)
    with open(query_file, encoding="utf-8") as f:
        parts = f.read().split("#---")
    for part in parts:
        if part.strip():
            print(json.dumps(answer(store, part), ensure_ascii=False))


main()
