#!/usr/bin/env bash
# Runs the whole corpus (tests/corpus/corpus.tsv) through the chain a user's build runs, and rewrites
# tests/corpus/results.md: per library, its top-level module and every public submodule described by the stub tool
# (imports allowed: sandboxed and time-boxed), every stub bound at once by the generator (statistics and cold time
# from tests/PyBind.Gen.Benchmarks), and the generated C# compiled against the runtime (errors and warnings counted).
#
#   bash tests/corpus/run.sh [--install] [--typeshed on|off] [--only pkg1,pkg2] [--smoke] [--whole]
#     --install        apt-get install the corpus' packages first (root or passwordless sudo; with --smoke, all of them)
#     --typeshed on    install python3-typeshed (the -stubs distributions) first; off: run as if it were not installed
#                      (its -stubs folders are hidden from this run only, in a private mount namespace: needs root)
#     --only           run these Debian packages only (the table keeps the other rows as they were)
#     --smoke          also build tests/PyBind.Corpus.Tests with every key library bound (-p:PyBindCorpus=all) and run
#                      its smoke tests: one call per library through the typed bindings, against Python's answer
#     --whole          also bind every library's top-level module in one compilation, as one project binding the whole
#                      corpus would (from the stubs of every library run so far in the work folder), and compile it
# Exit code 0 when every library was described without failure and compiled with 0 errors and 0 warnings (and, with
# --smoke, every smoke test passed).
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
corpus=tests/corpus/corpus.tsv
python=${PYBIND_PYTHON:-/usr/bin/python3}
work=${PYBIND_CORPUS_WORK:-/tmp/pybind-corpus}
install=false typeshed="" only="" smoke=false whole=false
arguments=("$@")
while (($#)); do
  case $1 in
    --install) install=true ;;
    --typeshed) typeshed=$2; shift ;;
    --only) only=",$2," ; shift ;;
    --smoke) smoke=true ;;
    --whole) whole=true ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DEBIAN_FRONTEND=noninteractive
sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo -n)

rows() { grep -v '^#' "$corpus" | awk -F'\t' -v only="$only" 'NF >= 4 && (only == "" || index(only, "," $1 ",")) '; }

if $install; then
  started=$(date +%s)
  # The smoke tests call every library of the corpus, whichever rows --only runs.
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends $( ($smoke && only="" rows || rows) | cut -f1) >/dev/null
  echo "installed the corpus packages in $(( $(date +%s) - started )) s"
fi
dist_packages=/usr/lib/python3/dist-packages
case $typeshed in
  on) "${sudo[@]}" apt-get install -y -qq --no-install-recommends python3-typeshed >/dev/null ;;
  off)
    # Hidden rather than removed: the machine's other users keep python3-typeshed. This script runs again in a mount
    # namespace of its own where an empty folder covers each -stubs distribution (a -stubs folder with no .pyi in it
    # is no stub source).
    if [[ -z ${PYBIND_CORPUS_STUBS_HIDDEN:-} ]]; then
      exec "${sudo[@]}" env PYBIND_CORPUS_STUBS_HIDDEN=1 unshare --mount --propagation private bash "$0" "${arguments[@]}"
    fi
    empty=$(mktemp -d)
    for folder in "$dist_packages"/*-stubs; do
      [[ -d $folder ]] && mount --bind -o ro "$empty" "$folder"
    done ;;
esac
with_typeshed=$(find "$dist_packages" -mindepth 2 -maxdepth 2 -path '*-stubs/*' -name '*.pyi' -printf '%h\n' 2>/dev/null | sort -u | wc -l)
# One table per setting: with typeshed's -stubs distributions (as a typing-aware user has them), and without.
table=tests/corpus/results.md
((with_typeshed == 0)) && table=tests/corpus/results-without-typeshed.md

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
  echo "$package: $written modules ($failed failed, $warnings warnings) in $(printf '%.1f' "$tool_seconds") s; $members members; cold ${cold} ms; ${size} KiB; ${errors:-?} errors, ${cswarnings:-?} warnings"
  result[$package]=$(printf '| %s %s | %s | %s%s | %s | %s | %s | %s | %s | %.1f | %s | %s KiB | %s |' \
    "$package" "$version" "$kind" "$written" "$([[ $failed -gt 0 ]] && echo " ($failed failed)")" "$warnings" "${members:-?}" "${fully:-?}" "${anys:-?}" \
    "${degraded:-?}${reasons:+: $reasons}" "$tool_seconds" "${cold:-?} ms" "${size:-?}" "${errors:-?} / ${cswarnings:-?}")
  if [[ $failed -ne 0 || $generator_errors -ne 0 || ${errors:-1} -ne 0 || ${cswarnings:-1} -ne 0 ]]; then failures=$((failures + 1)); fi
done < <(rows)

# Rewrite the table: rows run now replace their old line; the others stay.
{
  echo "# Corpus results"
  echo
  echo "Written by \`bash tests/corpus/run.sh$([[ $table == *without* ]] && echo " --typeshed off")\` on $(date -u +%Y-%m-%d), $(nproc) cores, Debian $(cat /etc/debian_version), $("$python" -c 'import platform; print("CPython", platform.python_version())'), python3-typeshed's -stubs distributions: $with_typeshed."
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
    elif [[ $table == *without* && ! -d $dist_packages/$module-stubs ]]; then
      echo "| $package | $kind | no -stubs distribution: as with python3-typeshed | | | | | | | | | |"
    else grep -F "| $package " "$table" 2>/dev/null | head -1 || echo "| $package | $kind | not run | | | | | | | | | |"; fi
  done < <(grep -v '^#' "$corpus")
} > "$table.new" && mv "$table.new" "$table"
echo "$table rewritten; $failures libraries with a failure"

if $whole; then
  # One project binding every library of the corpus: one [PyImport] per top-level module, compiled at once.
  all_stubs=$work/whole-corpus
  rm -rf "$all_stubs" && mkdir -p "$all_stubs"
  modules=()
  while IFS=$'\t' read -r package module kind ci; do
    [[ -f $work/$package/stubs/$module.pyi ]] || continue
    cp "$work/$package"/stubs/*.pyi "$all_stubs"/ && modules+=("$module")
  done < <(grep -v '^#' "$corpus" | awk -F'\t' 'NF >= 4')
  dotnet "$bench" --stubs "$all_stubs" --modules "$(IFS=,; echo "${modules[*]}")" --stats --compile "$runtime" --cold-only > "$work/whole-corpus.out" 2>&1
  echo "one project binding ${#modules[@]} libraries: $(grep -o '[0-9]* KiB of C#' "$work/whole-corpus.out"); $(grep '^compiled in' "$work/whole-corpus.out")"
  grep -q '^compiled in .*: 0 errors, 0 warnings' "$work/whole-corpus.out" || failures=$((failures + 1))
fi

if $smoke; then
  # Every key library bound as a user binds it (stubs written by the build) and called once, against Python's answer.
  if dotnet build tests/PyBind.Corpus.Tests -p:PyBindCorpus=all --nologo -v quiet -clp:ErrorsOnly &&
     PYBIND_PYTHON=$python dotnet test tests/PyBind.Corpus.Tests --no-build -p:PyBindCorpus=all --nologo --logger "console;verbosity=normal"; then
    echo "smoke tests passed"
  else
    echo "smoke tests failed" >&2; failures=$((failures + 1))
  fi
fi
((failures == 0))
