#!/usr/bin/env bash
# Runs the benchmarks against the physical floor on the same interpreter, in one run, and writes results.md:
# operation, PyBind and pythonnet ns/op, floor ns/op, ratios, allocated bytes, with the machine, load, interpreter and date.
#   bash tests/PyBind.Benchmarks/run-benchmarks.sh [BenchmarkDotNet options, e.g. --job short]
#   bash tests/PyBind.Benchmarks/run-benchmarks.sh --quick [names...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYBIND_PYTHON:-/usr/bin/python3}
out="$root/artifacts/benchmarks"
rm -rf "$out" && mkdir -p "$out"

# --quick: the .NET side's --quick runner instead of BenchmarkDotNet, and every figure (C included) timed by the
# thread's CPU time: for a machine other processes keep busy, where wall-clock medians measure the load.
quick=0
if [[ ${1:-} == --quick ]]; then
  quick=1
  shift
  export FLOOR_CLOCK=cpu PYBIND_QUICK_CLOCK=cpu
fi

echo "== C floor (gcc -O2, $python)"
gcc -O2 -Wall -o "$out/floor" "$here/Floor/floor.c" $("$python-config" --includes --embed --ldflags) -lpthread
"$out/floor" | tee "$out/floor.txt"

if ((quick)); then
  # Repeated, alternating with the floor (PYBIND_QUICK_REPEATS, 4 by default); each figure keeps its fastest.
  dotnet build -c Release "$here" --nologo -v quiet -clp:ErrorsOnly
  for ((repeat = 1; repeat < ${PYBIND_QUICK_REPEATS:-4}; repeat++)); do
    echo "== PyBind and pythonnet (--quick, thread CPU time), repeat $repeat"
    PYBIND_PYTHON="$python" dotnet run -c Release --no-build --project "$here" -- --quick "$@" | tee -a "$out/quick.txt"
    "$out/floor" | tee -a "$out/floor.txt"
  done
  echo "== PyBind and pythonnet (--quick, thread CPU time), last repeat"
  PYBIND_PYTHON="$python" dotnet run -c Release --no-build --project "$here" -- --quick "$@" | tee -a "$out/quick.txt"
  "$python" "$here/report.py" "$out/floor.txt" "$python" "$out/quick.txt" > "$here/results.md"
else
  echo "== PyBind and pythonnet (BenchmarkDotNet, a process per benchmark)"
  PYBIND_PYTHON="$python" dotnet run -c Release --project "$here" -- --filter '*' --exporters json --artifacts "$out/bdn" "$@"
  "$python" "$here/report.py" "$out/floor.txt" "$python" "$out"/bdn/results/*-report-full-compressed.json > "$here/results.md"
fi
cat "$here/results.md"
