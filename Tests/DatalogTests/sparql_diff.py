#!/usr/bin/env python3
"""Answers fixed SPARQL queries with pyoxigraph over a Turtle file, for DatalogTests.

Usage: sparql_diff.py GRAPH.ttl   ->   one block per query: '# name', then rows (tab-separated,
IRIs as <iri>, literals as their lexical form), rows sorted.
"""
import sys

from pyoxigraph import Literal, NamedNode, RdfFormat, Store

PREFIX = "PREFIX ex: <http://example.org/>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
QUERIES = {
    "join": "SELECT DISTINCT ?x ?z WHERE { ?x ex:e ?y . ?y ex:f ?z }",
    "path": "SELECT ?x ?y WHERE { ?x ex:e+ ?y }",
    "notexists": "SELECT ?x WHERE { ?x a ex:A . FILTER NOT EXISTS { ?x ex:e ?y } }",
    "count": "SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ex:e ?y } GROUP BY ?x",
    "reachA": "SELECT DISTINCT ?y WHERE { ?x a ex:A . ?x ex:e/ex:f* ?y . FILTER(?x != ?y) }",
}


def cell(term):
    if isinstance(term, NamedNode):
        return "<" + term.value + ">"
    if isinstance(term, Literal):
        return term.value
    return str(term)


def main():
    store = Store()
    store.load(path=sys.argv[1], format=RdfFormat.TURTLE)
    for name, query in QUERIES.items():
        solutions = store.query(PREFIX + query)
        variables = [v.value for v in solutions.variables]
        rows = sorted("\t".join(cell(s[v]) for v in variables) for s in solutions)
        print("# " + name)
        for row in rows:
            print(row)


if __name__ == "__main__":
    main()
