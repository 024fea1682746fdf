#!/usr/bin/env bash
# Installs what VocGraph needs on Debian/Ubuntu when it is missing: libraptor2-dev (the Raptor C
# library the RDF layer is built on) and raptor2-utils (rapper, used by the tests), poppler-utils
# (pdftotext: PDF documents are read through it), zlib1g-dev (ZIPFoundation unpacks DOCX with zlib),
# librasqal3-dev (SPARQL) and libedit-dev (REPL line editing).
# Graphviz (dot) is optional: `vocgraph trace --format dot -o x.svg` renders its layout when present
# (`vocgraph trace -o x.svg` draws our own picture without it).
set -euo pipefail
need=()
pkg-config --exists raptor2 2>/dev/null || need+=(libraptor2-dev)
# libxml2 (under Raptor's RDF/XML parser): RaptorIO links it to refuse external entities.
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev)
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
# Rasqal (Raptor's sibling) answers `vocgraph sparql`; libedit gives the REPL line editing.
pkg-config --exists rasqal 2>/dev/null || need+=(librasqal3-dev)
pkg-config --exists libedit 2>/dev/null || need+=(libedit-dev)
if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}" >&2
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v swift >/dev/null 2>&1 || { echo "setup: swift not found on PATH (Swift 6 toolchain required)" >&2; exit 1; }
