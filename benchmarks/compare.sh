#!/usr/bin/env bash
# Side by side: the `sizes` report (generator run) and the `consumer` report (dotnet build of a consumer, first build, after
# a knowledge edit, with no change) for an earlier commit and for this tree, alternately, in one run, so both see the same
# machine. Single runs, not statistics: take the rounds' median.
#   benchmarks/compare.sh BASE_COMMIT [--n 100000] [--rounds 2]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="$1"; shift
rounds=2
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
scratch="$(mktemp -d)"
git -C "$root" worktree add --detach "$scratch/base" "$base" >/dev/null
trap 'git -C "$root" worktree remove --force "$scratch/base"; rm -rf "$scratch"' EXIT
for tree in "$scratch/base" "$root"; do
  dotnet build -c Release "$tree/benchmarks/Curata.Knowledge.Benchmarks" >/dev/null
done
for round in $(seq 1 "$rounds"); do
  for tree in "$scratch/base" "$root"; do
    label="$(git -C "$tree" rev-parse --short HEAD)$([ "$tree" = "$root" ] && [ -n "$(git -C "$root" status --porcelain)" ] && echo '+changes' || true)"
    echo "=== round $round: $label"
    # Each tree keeps its own compiled bases: the table formats differ.
    export KNOWLEDGE_BENCH_CACHE="$scratch/cache-$(basename "$tree")"
    (cd "$tree" && dotnet run --no-build -c Release --project benchmarks/Curata.Knowledge.Benchmarks -- sizes "${args[@]}" | grep -E "^## |tokenizing|generator run|generator memory|generator stages|analyzer|incrementality")
    (cd "$tree" && dotnet run --no-build -c Release --project benchmarks/Curata.Knowledge.Benchmarks -- consumer "${args[@]}" | grep -E "^\| [0-9]")
  done
done
