#!/usr/bin/env bash
# Runs VocGraph's Datalog engine through the shared peer benchmark, beside the peers that can be
# installed here (clingo, SWI-Prolog, pyoxigraph; Soufflé when $SOUFFLE or PATH has it), and prints
# the tables. Then times every written order of the triangle and same-generation bodies (median of
# 3 runs each; ORDERS_ONLY=1 runs only that part).
#
#   Benchmarks/datalog/run.sh                               # all workloads, 3 runs where cheap
#   Benchmarks/datalog/run.sh --workloads kg-q1-partners --reps 1
#   ENGINES=vocgraph BEFORE=/tmp/vocgraph-old Benchmarks/datalog/run.sh   # before/after, no peers
#
# Data goes to .build/bench-data (generated, not committed); results to .build/bench-results.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH=${BENCH:-}
if [ -z "$BENCH" ]; then
  for candidate in "$ROOT/../shared/bench" /work/shared/bench; do
    [ -f "$candidate/harness.py" ] && BENCH=$(cd "$candidate" && pwd) && break
  done
fi
[ -n "$BENCH" ] || { echo "shared/bench not found; set BENCH=/path/to/shared/bench" >&2; exit 1; }
DATA=${BENCH_DATA:-$ROOT/.build/bench-data}
OUT=${BENCH_OUT:-$ROOT/.build/bench-results}
mkdir -p "$OUT"

[ -f "$DATA/workloads.json" ] || python3 "$BENCH/gen.py" --out "$DATA"
(cd "$ROOT" && swift build -c release --product vocgraph)
VOCGRAPH="$ROOT/.build/release/vocgraph"
# Each graph.nt gets its snapshot graph.nt.vgs (what `build -o` writes for a corpus), so the timed
# runs load instead of parsing; the harness times whole processes, start-up and load included.
for nt in "$DATA"/*/graph.nt; do "$VOCGRAPH" snapshot "$nt" >/dev/null; done

# Peers, when they can be installed.
python3 -c 'import clingo' 2>/dev/null || python3 -m pip install -q clingo || true
python3 -c 'import pyoxigraph' 2>/dev/null || python3 -m pip install -q pyoxigraph || true
command -v swipl >/dev/null || apt-get install -y -q swi-prolog-nox >/dev/null || true
command -v /usr/bin/time >/dev/null || apt-get install -y -q time >/dev/null || true
ENGINES=${ENGINES:-vocgraph,clingo,swipl,pyoxigraph}
if [ -n "${SOUFFLE:-}" ] || command -v souffle >/dev/null; then ENGINES="souffle-compiled,$ENGINES"; fi
# BEFORE=/path/to/an/older/vocgraph runs it too, as engine vocgraph-before, in the same session.
EXTRA=(--extra "vocgraph=$VOCGRAPH query {bench}/programs/vocgraph/{kind}.dl --graph {nt} --result")
if [ -n "${BEFORE:-}" ]; then
  ENGINES="$ENGINES,vocgraph-before"
  EXTRA+=(--extra "vocgraph-before=$BEFORE query {bench}/programs/vocgraph/{kind}.dl --graph {nt} --result")
fi

if [ "${ORDERS_ONLY:-0}" != 1 ]; then
  python3 "$BENCH/harness.py" --data "$DATA" --out "$OUT" --engines "$ENGINES" "${EXTRA[@]}" "$@"
  python3 "$BENCH/report.py" "$OUT/latest.json" | tee "$OUT/latest.md"
fi

# Every written order of a body must run within 3x of the best (the planner ignores the order).
python3 - "$VOCGRAPH" "$DATA" <<'PY'
import itertools, subprocess, sys, time, tempfile, os
vocgraph, data = sys.argv[1], sys.argv[2]
cases = {
    "tri (join3-100k)": ("join3-100k", "tri(A, B, C)", ["b:edge(A, B)", "b:edge(B, C)", "b:edge(C, A)"],
                         "result(N) :- N = count : { tri(_, _, _) }."),
    "sg recursive rule (sg-20k)": ("sg-20k", "sg(X, Y)", ["b:par(X, A)", "sg(A, B)", "b:par(Y, B)"],
                                   "sg(X, Y) :- b:par(X, P), b:par(Y, P).\nresult(N) :- N = count : { sg(_, _) }."),
}
print("\n| body | orders | answers agree | fastest s | slowest s | slowest/fastest |\n|---|---|---|---|---|---|")
for name, (ds, head, body, extra) in cases.items():
    times, answers = [], set()
    for order in itertools.permutations(body):
        prog = "@prefix b: <http://example.org/bench/> .\n%s :- %s.\n%s\n?- result(N).\n" % (head, ", ".join(order), extra)
        with tempfile.NamedTemporaryFile("w", suffix=".dl", delete=False) as f:
            f.write(prog)
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            out = subprocess.run([vocgraph, "query", f.name, "--graph", os.path.join(data, ds, "graph.nt"), "--result"],
                                 capture_output=True, text=True).stdout
            runs.append(time.perf_counter() - start)
        times.append(sorted(runs)[1])
        answers.add(next(l for l in out.splitlines() if l.startswith("RESULT")))
        os.unlink(f.name)
    print(f"| {name} | {len(times)} | {'yes' if len(answers) == 1 else 'NO'} | {min(times):.2f} | {max(times):.2f} | {max(times)/min(times):.2f} |")
PY
