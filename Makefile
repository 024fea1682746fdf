# VocGraph: make setup | build | run | test | install | eval | graphs | bench | lint | format | leaks
SWIFT ?= swift
BIN := .build/release/vocgraph
PYTHON ?= python3

.PHONY: all setup build run test install uninstall graphs bench lint format leaks fuzz clean eval
PREFIX ?= /usr/local

# The first README command: install what is missing, build in release mode, run the main job.
all: setup build run

setup:
	@scripts/setup.sh

build:
	$(SWIFT) build -c release

# The main job on the bundled default.
run: build
	@scripts/main-job.sh $(BIN)

# The second README command (and .ci/run): every test.
test: setup
	@scripts/test.sh

# The release binary as $(PREFIX)/bin/vocgraph (everything it needs, the ontology included, is
# inside it; it links the system's Raptor, Rasqal and libedit).
install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/vocgraph

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/vocgraph

graphs: build
	@scripts/build-graphs.sh $(BIN)

bench: build
	@scripts/bench.sh $(BIN)

leaks:
	@scripts/leaks.sh

lint:
	@scripts/lint.sh

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build

fuzz:
	@scripts/fuzz.sh $(SECONDS)

# Pooled extraction scores over every gold document (../shared/eval): corpus, dev, splits.
eval: build
	@for s in corpus dev simp trad heldout cases all; do $(PYTHON) scripts/eval.py $(BIN) --split $$s; echo; done
