#!/usr/bin/env bash
# Runs the benchmarks against the physical floor on the same interpreter, in one run, and writes results.md:
# operation, PyBind and pythonnet ns/op, floor ns/op, ratios, allocated bytes, with the machine, load, interpreter and date.
#   bash tests/PyBind.Benchmarks/run-benchmarks.sh [BenchmarkDotNet options, e.g. --job short]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYBIND_PYTHON:-/usr/bin/python3}
out="$root/artifacts/benchmarks"
rm -rf "$out" && mkdir -p "$out"

echo "== C floor (gcc -O2, $python)"
gcc -O2 -Wall -o "$out/floor" "$here/Floor/floor.c" $("$python-config" --includes --embed --ldflags) -lpthread
"$out/floor" | tee "$out/floor.txt"

echo "== PyBind and pythonnet (BenchmarkDotNet, a process per benchmark)"
PYBIND_PYTHON="$python" dotnet run -c Release --project "$here" -- --filter '*' --exporters json --artifacts "$out/bdn" "$@"

"$python" "$here/report.py" "$out/floor.txt" "$python" "$out"/bdn/results/*-report-full-compressed.json > "$here/results.md"
cat "$here/results.md"
