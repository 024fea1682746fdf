#!/usr/bin/env python3
"""Regenerates the figures quoted in README.md from the commands that print them.

    scripts/readme-figures.py [--check] [VOCGRAPH]

A figure is the text between `<!-- figure: NAME -->` and `<!-- /figure -->`; it is replaced by a
fenced block holding each command of FIGURES (shown as `$ vocgraph …`) and its output, cut to the
given number of lines (a cut ends in `…`). With --check nothing is written and the exit status is
1 when a figure is stale. VOCGRAPH defaults to .build/release/vocgraph."""
import os
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]

# name -> [(command as shown, lines kept or None)]; `vocgraph` runs the binary under test, from the
# repository root (a build writes into a scratch directory, named here as the reader would).
FIGURES = {
    "main-job": [("scripts/main-job.sh", None)],
    "extract": [("vocgraph extract Examples/sample-report.txt --json", 10)],
    "build": [("vocgraph build ../shared/corpus -o corpus.ttl", 3)],
    "stats": [("vocgraph stats Graphs/corpus.ttl", 7), ("vocgraph validate Graphs/corpus.ttl", None)],
    "labels": [
        ("vocgraph query Examples/datalog/huawei-partners.dl --graph Graphs/corpus.ttl --format csv", None)
    ],
    "sparql": [
        ("vocgraph sparql Examples/sparql/huawei-partners.rq --graph Graphs/corpus.ttl", None),
        ("vocgraph sparql Examples/sparql/partners-per-school.rq --graph Graphs/corpus.ttl", 6),
    ],
    "sparql-limit": [
        ("vocgraph sparql Examples/sparql/alliance-members.rq --graph Graphs/corpus.ttl", None)
    ],
    "tasks-per-unit": [("vocgraph query Examples/trace/tasks-per-unit.dl --graph Graphs/corpus.ttl", 5)],
    "explain": [("vocgraph explain Examples/datalog/huawei-partners.dl --graph Graphs/corpus.ttl", 8)],
}


def run(command, binary, scratch):
    words = command.split()
    if words[0] == "scripts/main-job.sh":
        words.append(binary)
    cwd = ROOT
    if words[0] == "vocgraph":
        words[0] = binary
        if words[1] == "build":
            # The corpus path is relative to the repository; the output goes to the scratch dir.
            words[2] = str(ROOT / words[2])
            cwd = scratch
    # Messages as a terminal shows them: standard error interleaved with the output.
    result = subprocess.run(words, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return result.stdout.rstrip("\n").split("\n")


def render(name, binary, scratch):
    lines = []
    for command, keep in FIGURES[name]:
        output = run(command, binary, scratch)
        if command != "scripts/main-job.sh":
            lines.append("$ " + command)
        if keep is not None and len(output) > keep:
            output = output[:keep] + ["…"]
        lines += output
    return "```\n" + "\n".join(lines) + "\n```\n"


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    check = "--check" in sys.argv[1:]
    binary = str((ROOT / (args[0] if args else ".build/release/vocgraph")).resolve())
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(r"(<!-- figure: ([a-z-]+) -->\n)(.*?)(<!-- /figure -->)", re.S)
    stale = []
    with tempfile.TemporaryDirectory() as scratch:

        def replace(match):
            name = match.group(2)
            if name not in FIGURES:
                sys.exit(f"README.md: unknown figure '{name}'")
            if name == "build" and not (ROOT / "../shared/corpus").is_dir():
                return match.group(0)  # no corpus on this machine: the figure stays as it is
            fresh = render(name, binary, scratch)
            if fresh != match.group(3):
                stale.append(name)
            return match.group(1) + fresh + match.group(4)

        updated = pattern.sub(replace, text)
    if check:
        for name in stale:
            print(f"README.md: figure '{name}' is stale; run scripts/readme-figures.py")
        sys.exit(1 if stale else 0)
    if updated != text:
        tmp = readme.with_suffix(".md.tmp")
        tmp.write_text(updated, encoding="utf-8")
        os.replace(tmp, readme)
    print(f"readme-figures: {len(stale)} figure(s) rewritten: {', '.join(stale) or 'none'}")


main()
