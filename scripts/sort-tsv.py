#!/usr/bin/env python3
"""Sort the rows of Ontology tables by their `# key:` column, in place, and fail on a repeated key.

For hand-written tables (brands.tsv, government-departments.tsv): add rows anywhere, then

    python3 scripts/sort-tsv.py Ontology/brands.tsv

Comment lines and the column-name row stay on top; blank lines and comments between rows are
dropped. Keys sort by Unicode code point, as OntologyTableTests checks.
"""

import sys


def sort_file(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    head, rows, header = [], [], None
    for line in lines:
        if header is None:
            if line.startswith("#") or not line:
                head.append(line)
            else:
                header = line.split("\t")
            continue
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    keys = [l[len("# key:"):].strip() for l in head if l.startswith("# key:")]
    if header is None or not keys or keys[0] not in header:
        sys.exit(f"{path}: needs a '# key: COLUMN' line and a column-name row")
    key = header.index(keys[0])
    for row in rows:
        if len(row) != len(header):
            sys.exit(f"{path}: row {row!r} has {len(row)} fields, the header {len(header)}")
    rows.sort(key=lambda row: row[key])
    for a, b in zip(rows, rows[1:]):
        if a[key] == b[key]:
            sys.exit(f"{path}: key {a[key]!r} repeated")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(l for l in head if l) + "\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    for path in sys.argv[1:]:
        sort_file(path)
