"""Writes the benchmark table (markdown): PyBind and pythonnet next to the C floor, from one run, with the targets."""
import datetime
import json
import platform
import subprocess
import sys

floor_file, python, *report_files = sys.argv[1:]
# A name measured more than once (run-benchmarks.sh --quick repeats the whole run) keeps its fastest figure.
floor = {}
for name, ns in (line.split() for line in open(floor_file) if line.strip()):
    floor[name] = min(float(ns), floor.get(name, float("inf")))
# framework → operation → (median ns, allocated bytes); the classes are CallBenchmarks and PythonnetBenchmarks
results = {"CallBenchmarks": {}, "PythonnetBenchmarks": {}}
quick = [f for f in report_files if f.endswith(".txt")]
for report_file in report_files:
    if report_file in quick:
        # --quick output: "pybind|pythonnet name ns ns B B" lines (fastest round, like the floor)
        for line in open(report_file):
            parts = line.split()
            if len(parts) == 6 and parts[0] in ("pybind", "pythonnet"):
                framework = "CallBenchmarks" if parts[0] == "pybind" else "PythonnetBenchmarks"
                previous = results[framework].get(parts[1], (float("inf"), 0))[0]
                results[framework][parts[1]] = (min(float(parts[2]), previous), int(parts[4]))
        continue
    for benchmark in json.load(open(report_file))["Benchmarks"]:
        name = benchmark.get("MethodTitle") or benchmark["Method"]
        memory = benchmark.get("Memory") or {}
        results.setdefault(benchmark["Type"], {})[name] = (benchmark["Statistics"]["Median"], memory.get("BytesAllocatedPerOperation"))
ours, theirs = results["CallBenchmarks"], results["PythonnetBenchmarks"]

# operation → (the floor it is compared with, PyBind's target ratio or None)
targets = {
    "call_positional": ("call_positional", 1.5),
    "call_positional_lone": ("call_positional_lone", 1.5),
    "call_positional_dynamic": ("call_positional", None),
    "call_keyword": ("call_keyword", 2.0),
    "call_no_arguments": ("call_no_arguments", None),
    "math_sqrt": ("math_sqrt", 2.0),
    "math_sqrt_lone": ("math_sqrt_lone", 1.5),
    "attribute_get_int": ("attribute_get_int", 2.0),
    "list_of_100_ints_read": ("list_of_100_ints_read", 2.0),
    "dict_of_100_passed_in": ("dict_of_100_passed_in", None),
    "sum_of_1000_doubles": ("sum_of_1000_doubles", 1.5),
    "ndarray_1000_as_span": ("ndarray_1000_as_span", None),
    "ndarray_1000000_as_span": ("ndarray_1000000_as_span", None),
    "numpy_sum_of_1000000_passed_in": ("numpy_sum_of_1000000", None),
    "sorted_1000_strings_with_key": ("sorted_1000_strings_with_key", 3.0),
    "gil_take_and_release": ("gil_ensure_release", None),
    "python_calls_exported_add": ("python_calls_c_add", 2.0),
    "python_reads_proxied_property": ("python_reads_attribute", 3.0),
}


def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def cell(value, digits=1):
    return "—" if value is None else f"{value:,.{digits}f}"


def ratio(value, base):
    return "—" if value is None or not base else f"{value / base:.2f}×"


version = subprocess.run([python, "-c", "import sys, numpy; print(sys.version.split()[0], numpy.__version__)"],
                         capture_output=True, text=True).stdout.split()
with open("/proc/loadavg") as loadavg:
    load = " ".join(loadavg.read().split()[:3])
print("# Benchmarks: PyBind.Gen and pythonnet against the C floor")
print()
print(f"- date: {datetime.date.today().isoformat()}")
print(f"- machine: {cpu()}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, {platform.system()} {platform.release()}; load average when the table was written: {load}")
print(f"- interpreter: CPython {version[0] if version else '?'} ({python}), numpy {version[1] if len(version) > 1 else '?'}; pythonnet 3.2.1")
sdk = subprocess.run(['dotnet', '--version'], capture_output=True, text=True).stdout.strip()
if quick:
    repeats = sum(1 for line in open(floor_file) if line.startswith("call_positional "))
    print(f"- .NET SDK {sdk}; quick mode: every figure is the fastest of its rounds timed by the thread's CPU time"
          f" (PyBind and pythonnet in one process, the C floor likewise), over {repeats} alternating repeats of the whole run,"
          " so that load from other processes counts as little as it can")
else:
    print(f"- .NET SDK {sdk}; PyBind and pythonnet medians from BenchmarkDotNet (a process per benchmark), floor = fastest of 7 rounds of the same work in C")
print("- one run; ratios, not absolute times, are the result (the machine is shared)")
print()
print("| operation | PyBind ns/op | pythonnet ns/op | floor ns/op | PyBind / floor | pythonnet / floor | PyBind target | PyBind B/op | pythonnet B/op |")
print("|---|---:|---:|---:|---:|---:|---|---:|---:|")
for name, (floor_name, target) in targets.items():
    if name not in ours and name not in theirs:
        continue
    mine, mine_allocated = ours.get(name, (None, None))
    other, other_allocated = theirs.get(name, (None, None))
    base = floor.get(floor_name)
    verdict = "" if target is None or mine is None else f"≤ {target}× {'met' if mine / base <= target else 'missed'}"
    floor_cell = cell(base) if name != "call_positional_dynamic" else f"{cell(base)} (call_positional)"
    print(f"| {name} | {cell(mine)} | {cell(other)} | {floor_cell} | {ratio(mine, base)} | {ratio(other, base)} | {verdict} | "
          f"{cell(mine_allocated, 0)} | {cell(other_allocated, 0)} |")

print()
if "numpy_sum_of_1000000_passed_in" in ours and "memcpy_8MB" in floor and "numpy_sum_of_1000000" in floor:
    pass_in = ours["numpy_sum_of_1000000_passed_in"][0] - floor["numpy_sum_of_1000000"]
    print(f"- array pass-in (numpy.sum of a double[1,000,000] minus numpy.sum itself): {pass_in:,.0f} ns = "
          f"{pass_in / floor['memcpy_8MB']:.2f}× a memcpy of the same 8 MB ({floor['memcpy_8MB']:,.0f} ns); target ≤ 1.5×")
if "ndarray_1000_as_span" in ours and "ndarray_1000000_as_span" in ours:
    small, large = ours["ndarray_1000_as_span"][0], ours["ndarray_1000000_as_span"][0]
    print(f"- zero-copy span: 1,000,000 elements {large:,.1f} ns vs 1,000 elements {small:,.1f} ns ({large / small:.2f}×: "
          f"{'size-independent' if large / small < 1.5 else 'GROWS with the size'})")
print("- the scalar calls run inside a GIL scope held by the benchmark (pythonnet: `Py.GIL()`), as the C floor holds the GIL;"
      " the `_lone` calls take the GIL themselves, compared with C doing `PyGILState_Ensure`, the call, `PyGILState_Release`"
      " on a thread that has its thread state; gil_take_and_release is that Ensure/Release pair alone")
if "gil_ensure_release_new_thread_state" in floor:
    print(f"- C's `PyGILState_Ensure`/`Release` on a thread Python has never seen (a thread state made and deleted each time):"
          f" {floor['gil_ensure_release_new_thread_state']:,.1f} ns; PyBind keeps one state per .NET thread instead")
print("- pythonnet uses its typed API (`Invoke`, `As<T>`, wrappers disposed); call_positional_dynamic is the same call through"
      " `dynamic`, as most pythonnet code is written")
print("- python_calls_*: a Python loop calls the exported .NET add(a, b) / a METH_FASTCALL C add(a, b) 1,000 times; "
      "python_reads_*: a Python loop reads a proxied .NET property / a Python object's attribute: both sides run the same "
      "loop, so they differ only in the callee")
