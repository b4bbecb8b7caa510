#!/usr/bin/env bash
# Runs the whole corpus (tests/corpus/corpus.tsv) through the chain a user's build runs, and rewrites
# tests/corpus/results.md: per library, its top-level module and every public submodule described by the stub tool
# (imports allowed: sandboxed and time-boxed), every stub bound at once by the generator (statistics and cold time
# from tests/PyBind.Gen.Benchmarks), and the generated C# compiled against the runtime (errors and warnings counted).
#
#   bash tests/corpus/run.sh [--install] [--typeshed on|off] [--only pkg1,pkg2]
#     --install        apt-get install the corpus' packages first (root or passwordless sudo)
#     --typeshed on    install python3-typeshed (the -stubs distributions) first; off: remove it first
#     --only           run these Debian packages only (the table keeps the other rows as they were)
# Exit code 0 when every library was described without failure and compiled with 0 errors and 0 warnings.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
corpus=tests/corpus/corpus.tsv
table=tests/corpus/results.md
python=${PYBIND_PYTHON:-/usr/bin/python3}
work=${PYBIND_CORPUS_WORK:-/tmp/pybind-corpus}
install=false typeshed="" only=""
while (($#)); do
  case $1 in
    --install) install=true ;;
    --typeshed) typeshed=$2; shift ;;
    --only) only=",$2," ; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DEBIAN_FRONTEND=noninteractive
sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo -n)

rows() { grep -v '^#' "$corpus" | awk -F'\t' -v only="$only" 'NF >= 4 && (only == "" || index(only, "," $1 ",")) '; }

if $install; then
  started=$(date +%s)
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends $(rows | cut -f1) >/dev/null
  echo "installed the corpus packages in $(( $(date +%s) - started )) s"
fi
case $typeshed in
  on) "${sudo[@]}" apt-get install -y -qq --no-install-recommends python3-typeshed >/dev/null ;;
  off) "${sudo[@]}" apt-get remove -y -qq python3-typeshed >/dev/null ;;
esac
with_typeshed=$(ls -d /usr/lib/python3/dist-packages/*-stubs 2>/dev/null | wc -l)

dotnet build generator/PyBind.Introspection --nologo -v quiet -clp:ErrorsOnly >/dev/null || { echo "the stub tool did not build" >&2; exit 1; }
dotnet build -c Release tests/PyBind.Gen.Benchmarks --nologo -v quiet -clp:ErrorsOnly >/dev/null || { echo "the benchmark did not build" >&2; exit 1; }
dotnet build runtime/PyBind.Runtime -f net10.0 --nologo -v quiet -clp:ErrorsOnly >/dev/null || { echo "the runtime did not build" >&2; exit 1; }
tool=$root/generator/PyBind.Introspection/bin/Debug/net8.0/PyBind.Introspection.dll
bench=$root/tests/PyBind.Gen.Benchmarks/bin/Release/net10.0/PyBind.Gen.Benchmarks.dll
runtime=$root/runtime/PyBind.Runtime/bin/Debug/net10.0/PyBind.Runtime.dll

declare -A result
failures=0
while IFS=$'\t' read -r package module kind ci; do
  dir=$work/$package
  rm -rf "$dir" && mkdir -p "$dir"
  version=$(dpkg-query -W -f='${Version}' "$package" 2>/dev/null)
  if [[ -z $version ]] || ! "$python" -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('$module') is None)" 2>/dev/null; then
    result[$package]="| $package | $kind | not installed | | | | | | | | | |"
    echo "$package: not installed"; failures=$((failures + 1)); continue
  fi
  "$python" tests/corpus/submodules.py "$module" > "$dir/modules.txt"
  started=$(date +%s.%N)
  dotnet "$tool" --python "$python" -o "$dir/stubs" --submodules --modules-file "$dir/modules.txt" > "$dir/tool.out" 2> "$dir/tool.err"
  tool_seconds=$(echo "$(date +%s.%N) - $started" | bc)
  written=$(grep -o '^[0-9]* written' "$dir/tool.out" | grep -o '^[0-9]*'); failed=$(grep -c '^error:' "$dir/tool.err")
  warnings=$(grep -c '^warning:' "$dir/tool.err")
  dotnet "$bench" --stubs "$dir/stubs" --all --stats --compile "$runtime" --cold-only > "$dir/generate.out" 2>&1
  cold=$(grep -o 'cold: *[0-9.]* ms' "$dir/generate.out" | grep -o '[0-9.]*' | head -1)
  size=$(grep -o '[0-9]* KiB of C#' "$dir/generate.out" | grep -o '^[0-9]*')
  generator_errors=$(grep -c ': error PYB' "$dir/generate.out")
  read -r members fully anys degraded <<<"$(sed -n 's/^bound: \([0-9]*\) members.*: \([0-9]*\) fully typed, \([0-9]*\) with .*, \([0-9]*\) degraded.*/\1 \2 \3 \4/p' "$dir/generate.out")"
  reasons=$(grep -A3 '^bound:' "$dir/generate.out" | tail -n +2 | sed -n 's/^ *\([0-9]*\)  \(.*\)/\2 (\1)/p' | paste -sd ';' | sed 's/;/; /g')
  read -r errors cswarnings <<<"$(sed -n 's/^compiled in .*: \([0-9]*\) errors, \([0-9]*\) warnings/\1 \2/p' "$dir/generate.out")"
  stubs_kib=$(du -sk "$dir/stubs" | cut -f1)
  echo "$package: $written modules ($failed failed, $warnings warnings) in ${tool_seconds%.*} s; $members members; cold ${cold} ms; ${size} KiB; ${errors:-?} errors, ${cswarnings:-?} warnings"
  result[$package]=$(printf '| %s %s | %s | %s%s | %s | %s | %s | %s | %s | %.1f | %s | %s KiB | %s |' \
    "$package" "$version" "$kind" "$written" "$([[ $failed -gt 0 ]] && echo " ($failed failed)")" "$warnings" "${members:-?}" "${fully:-?}" "${anys:-?}" \
    "${degraded:-?}${reasons:+: $reasons}" "$tool_seconds" "${cold:-?} ms" "${size:-?}" "${errors:-?} / ${cswarnings:-?}")
  if [[ $failed -ne 0 || $generator_errors -ne 0 || ${errors:-1} -ne 0 || ${cswarnings:-1} -ne 0 ]]; then failures=$((failures + 1)); fi
done < <(rows)

# Rewrite the table: rows run now replace their old line; the others stay.
{
  echo "# Corpus results"
  echo
  echo "Written by \`bash tests/corpus/run.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, Debian $(cat /etc/debian_version), $("$python" -c 'import platform; print("CPython", platform.python_version())'), python3-typeshed's -stubs distributions: $with_typeshed."
  echo "Per library: its top-level module and every public submodule (tests left out) described by the stub tool with"
  echo "imports (sandboxed, time-boxed), every stub bound at once and compiled against the runtime. *members bound*: functions,"
  echo "methods, constructors, properties and constants with a binding; *precise*: every parameter and result has a specific"
  echo "C# type; *Any by the stub*: object/PyObject only where the stub itself says Any; *degraded*: typed less precisely than"
  echo "the stub says (PYB0009), with the top reasons. Times are wall-clock on a shared machine: generation is the cold run."
  echo
  echo "| library | kind | modules | stub-tool warnings | members bound | precise | Any by the stub | degraded (top reasons) | stub tool s | generation (cold) | generated C# | C# errors / warnings |"
  echo "|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|"
  while IFS=$'\t' read -r package module kind ci; do
    if [[ -n ${result[$package]:-} ]]; then echo "${result[$package]}"
    else grep -F "| $package " "$table" 2>/dev/null | head -1 || echo "| $package | $kind | not run | | | | | | | | | |"; fi
  done < <(grep -v '^#' "$corpus")
} > "$table.new" && mv "$table.new" "$table"
echo "$table rewritten; $failures libraries with a failure"
((failures == 0))
