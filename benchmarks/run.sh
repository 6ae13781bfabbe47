#!/usr/bin/env bash
# The scale benchmarks of issue 6; docs/performance.md says what each measures and what the targets are.
#   benchmarks/run.sh smoke              BenchmarkDotNet, 1,000 and 10,000 facts, --job short (about half an hour on 2 busy cores)
#   benchmarks/run.sh full               BenchmarkDotNet, every size up to 1,000,000 facts, --job short (hours: a quiet machine)
#   benchmarks/run.sh sizes [--compile]  sizes of the input and of the generated code, incrementality, per size (single runs)
#   benchmarks/run.sh memory             memory held after loading: System.Text.Json against the compiled base
#   benchmarks/run.sh consumer           dotnet build of a consumer project: first, after a knowledge edit, unchanged
#   benchmarks/run.sh [args]             anything else goes to the program (BenchmarkDotNet's own options included)
# Options for every mode: --n 1000,10000 (sizes), --files 16 (files per base); environment: KNOWLEDGE_BENCH_TIMEOUT (s, 600),
# KNOWLEDGE_BENCH_MEMORY_GB (12), KNOWLEDGE_BENCH_CACHE (folder kept between processes).
set -euo pipefail
cd "$(dirname "$0")/.."
project=benchmarks/Curata.Knowledge.Benchmarks
mode="${1:-smoke}"
[ $# -gt 0 ] && shift
case "$mode" in
  smoke) exec dotnet run -c Release --project "$project" -- --n 1000,10000 --filter '*' --job short "$@" ;;
  full) exec dotnet run -c Release --project "$project" -- --n 1000,10000,100000,1000000 --filter '*' --job short "$@" ;;
  sizes|memory|consumer|clean) exec dotnet run -c Release --project "$project" -- "$mode" "$@" ;;
  *) exec dotnet run -c Release --project "$project" -- "$mode" "$@" ;;
esac
