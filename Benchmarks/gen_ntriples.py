#!/usr/bin/env python3
"""Writes a deterministic N-Triples file shaped like VocGraph's graphs: organisations with types,
Chinese labels, partnership edges and numeric observations.  gen_ntriples.py N OUT.nt"""
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(1)
VG = "https://w3id.org/vocgraph/ns#"
ID = "https://w3id.org/vocgraph/id/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#label"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
classes = ["School", "HigherEd", "Enterprise", "Alliance"]
chars = "深圳广州江门职业技术学校学院华为腾讯有限公司产教联合体集团"
orgs = max(1000, n // 10)
with open(out, "w", encoding="utf-8") as f:
    written = 0
    i = 0
    while written < n:
        s = f"<{ID}o-{i % orgs:08x}>"
        kind = i % 5
        if kind == 0:
            f.write(f"{s} <{TYPE}> <{VG}{classes[i % 4]}> .\n")
        elif kind == 1:
            name = "".join(rng.choice(chars) for _ in range(8))
            f.write(f'{s} <{RDFS}> "{name}{i}"@zh .\n')
        elif kind == 2:
            f.write(f"{s} <{VG}partnersWith> <{ID}o-{rng.randrange(orgs):08x}> .\n")
        elif kind == 3:
            f.write(f'{s} <{VG}studentCount> "{rng.randrange(100, 20000)}"^^<{XSD}integer> .\n')
        else:
            f.write(f"{s} <{VG}memberOf> <{ID}o-{rng.randrange(orgs):08x}> .\n")
        written += 1
        i += 1
