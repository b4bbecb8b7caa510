#!/usr/bin/env bash
# Runs every test suite and prints one summary line, "N passed, N failed, N skipped", summed over all of them:
#   1. the whole solution against Debian's Python 3.11 with numpy (PYBIND_TEST_PYTHON overrides it);
#   2. the stdlib-only suites (runtime) against each pyenv interpreter 3.9–3.13 that is present.
# CPython starts once per process, so each interpreter needs its own test run. Before the summary, a table of how
# long each step and each suite took. Exit code 0 only when all passed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
results="$root/artifacts/test-results"
timings="$results/timings.tsv"
rm -rf "$results" && mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# timed LABEL COMMAND...: runs the command and records its wall time (seconds) under LABEL.
timed() {
  local label=$1 start=$SECONDS code
  shift
  "$@"
  code=$?
  printf '%s\t%s\n' "$label" $((SECONDS - start)) >> "$timings"
  return $code
}

timed "system packages" bash .ci/install-deps || echo "warning: system packages are missing; tests that need them will fail or be skipped" >&2

full_python=${PYBIND_TEST_PYTHON:-/usr/bin/python3}
# The generator's integration tests call generated bindings; their non-numpy tests pass on 3.9-3.13 (stubs made on 3.11).
stdlib_suites=(tests/PyBind.Runtime.Tests tests/PyBind.Gen.IntegrationTests)
crashed=0

if ! timed build dotnet build PyBind.Gen.sln --nologo -v quiet -clp:ErrorsOnly; then
  echo "0 passed, 1 failed, 0 skipped (the solution did not build)"
  exit 1
fi
# A suite of the matrix that the solution does not list (yet) is built on its own.
for suite in "${stdlib_suites[@]}"; do
  if ! grep -q "$(basename "$suite").csproj" PyBind.Gen.sln && ! dotnet build "$suite" --nologo -v quiet -clp:ErrorsOnly; then
    echo "0 passed, 1 failed, 0 skipped ($suite did not build)"
    exit 1
  fi
done

# run LABEL PYTHON TARGET [dotnet test options...]
run() {
  local label=$1 python=$2 target=$3
  shift 3
  echo "== $label (PYBIND_PYTHON=$python)"
  # The hang timeout only ends a run that hangs: far beyond the slowest test on a busy machine (the end-to-end tests
  # pack and build real projects), and beyond the tests' own hang guards, which fail with what did not happen.
  PYBIND_PYTHON=$python timed "$label" dotnet test "$target" --no-build --nologo \
    --logger "trx;LogFilePrefix=$label" --logger "console;verbosity=minimal" \
    --blame-hang-timeout 20min --blame-hang-dump-type none \
    --results-directory "$results/$label" "$@"
  local code=$?
  if ((code != 0)) && ! grep -qs 'failed="[1-9]' "$results/$label"/*.trx; then
    echo "!! $label: dotnet test exited with $code without reporting a failed test (crash or hang)" >&2
    crashed=$((crashed + 1))
  fi
}

run full "$full_python" PyBind.Gen.sln

for minor in 9 10 11 12 13; do
  interpreter=$(ls -d "$HOME"/.pyenv/versions/3."$minor".*/bin/python3 2>/dev/null | sort -V | tail -n 1)
  if [[ -z $interpreter ]]; then
    echo "== python 3.$minor: not installed, skipped"
    continue
  fi
  for suite in "${stdlib_suites[@]}"; do
    run "py3$minor-$(basename "$suite")" "$interpreter" "$suite" --filter "Category!=Numpy"
  done
done

# Benchmarks are not tests: CI only checks that each still runs, once, without timing it.
echo "== benchmarks, each once (PYBIND_PYTHON=$full_python)"
if ! PYBIND_PYTHON=$full_python timed benchmarks dotnet run --no-build --project tests/PyBind.Benchmarks -- --smoke; then
  echo "!! the benchmarks failed to run" >&2
  crashed=$((crashed + 1))
fi

# How long each step took, and within each test run each suite (a run's suites run side by side, so theirs overlap).
echo "== time taken"
/usr/bin/python3 - "$timings" "$results" $SECONDS <<'PY'
import glob, os, sys, xml.etree.ElementTree as ET
from datetime import datetime
timings, results, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
def span(seconds): return f"{seconds // 60:3d}m{seconds % 60:02d}s"
def suites(label):
    for trx in sorted(glob.glob(os.path.join(results, label, "*.trx"))):
        run = ET.parse(trx).getroot()
        times, counters = run.find("t:Times", ns), run.find("t:ResultSummary/t:Counters", ns)
        method = run.find("t:TestDefinitions/t:UnitTest/t:TestMethod", ns)
        name = os.path.splitext(os.path.basename(method.get("codeBase")))[0] if method is not None else os.path.basename(trx)
        seconds = (datetime.fromisoformat(times.get("finish")) - datetime.fromisoformat(times.get("start"))).total_seconds()
        yield name, int(counters.get("total")), round(seconds)
print(f"{'step':<58}{'tests':>7}{'time':>10}")
for line in open(timings):
    label, seconds = line.rstrip("\n").split("\t")
    print(f"{label:<58}{'':>7}{span(int(seconds)):>10}")
    for name, tests, seconds in sorted(suites(label), key=lambda s: -s[2]):
        print(f"  {name:<56}{tests:>7}{span(seconds):>10}")
print(f"{'total':<58}{'':>7}{span(total):>10}")
PY

# Sum one attribute of the <Counters> element over every TRX file.
sum() { cat "$results"/*/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | tr -dc '0-9\n' | awk '{ n += $1 } END { print n + 0 }'; }
total=$(sum total); passed=$(sum passed); failed=$(sum failed)
skipped=$(( total - passed - failed ))
failed=$(( failed + crashed ))
echo "$passed passed, $failed failed, $skipped skipped"
((failed == 0 && passed > 0))
