"""Writes the benchmark table (markdown): PyBind next to the C floor, with the targets of the benchmarks issue."""
import datetime
import json
import platform
import subprocess
import sys

floor_file, report_file, python = sys.argv[1:4]
floor = {name: float(ns) for name, ns in (line.split() for line in open(floor_file) if line.strip())}
report = json.load(open(report_file))
ours = {}
for benchmark in report["Benchmarks"]:
    name = benchmark.get("MethodTitle") or benchmark["Method"]
    memory = benchmark.get("Memory") or {}
    ours[name] = (benchmark["Statistics"]["Median"], memory.get("BytesAllocatedPerOperation"))

# operation → (the floor it is compared with, the target ratio or None)
targets = {
    "call_positional": ("call_positional", 1.5),
    "call_keyword": ("call_keyword", 2.0),
    "call_no_arguments": ("call_no_arguments", None),
    "math_sqrt": ("math_sqrt", 2.0),
    "attribute_get_int": ("attribute_get_int", 2.0),
    "list_of_100_ints_read": ("list_of_100_ints_read", 2.0),
    "dict_of_100_passed_in": ("dict_of_100_passed_in", None),
    "sum_of_1000_doubles": ("sum_of_1000_doubles", None),
    "ndarray_1000_as_span": ("ndarray_1000_as_span", None),
    "ndarray_1000000_as_span": ("ndarray_1000000_as_span", None),
    "numpy_sum_of_1000000_passed_in": ("numpy_sum_of_1000000", None),
    "sorted_1000_strings_with_key": ("sorted_1000_strings_with_key", 3.0),
    "gil_from_other_thread": ("gil_from_other_thread", None),
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


version = subprocess.run([python, "-c", "import sys, numpy; print(sys.version.split()[0], numpy.__version__)"],
                         capture_output=True, text=True).stdout.split()
print("# Benchmarks: PyBind.Gen against the C floor")
print()
print(f"- date: {datetime.date.today().isoformat()}")
print(f"- machine: {cpu()}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, {platform.system()} {platform.release()}")
print(f"- interpreter: CPython {version[0] if version else '?'} ({python}), numpy {version[1] if len(version) > 1 else '?'}")
print(f"- .NET SDK {subprocess.run(['dotnet', '--version'], capture_output=True, text=True).stdout.strip()}; PyBind medians from BenchmarkDotNet, floor = fastest of 7 rounds of the same work in C")
print("- one run; ratios, not absolute times, are the result (the machine is shared)")
print()
print("| operation | PyBind ns/op | floor ns/op | ratio | target | allocated B/op |")
print("|---|---:|---:|---:|---|---:|")
for name, (floor_name, target) in targets.items():
    if name not in ours:
        continue
    mean, allocated = ours[name]
    base = floor.get(floor_name)
    ratio = mean / base if base else float("nan")
    verdict = "" if target is None else (f"≤ {target}× {'met' if ratio <= target else 'missed'}")
    print(f"| {name} | {mean:,.1f} | {base:,.1f} | {ratio:.2f}× | {verdict} | {allocated if allocated is not None else '?'} |")

print()
if "numpy_sum_of_1000000_passed_in" in ours and "memcpy_8MB" in floor and "numpy_sum_of_1000000" in floor:
    pass_in = ours["numpy_sum_of_1000000_passed_in"][0] - floor["numpy_sum_of_1000000"]
    print(f"- array pass-in (numpy.sum of a double[1,000,000] minus numpy.sum itself): {pass_in:,.0f} ns = "
          f"{pass_in / floor['memcpy_8MB']:.2f}× a memcpy of the same 8 MB ({floor['memcpy_8MB']:,.0f} ns); target ≤ 1.5×")
if "ndarray_1000_as_span" in ours and "ndarray_1000000_as_span" in ours:
    small, large = ours["ndarray_1000_as_span"][0], ours["ndarray_1000000_as_span"][0]
    print(f"- zero-copy span: 1,000,000 elements {large:,.1f} ns vs 1,000 elements {small:,.1f} ns ({large / small:.2f}×: "
          f"{'size-independent' if large / small < 1.5 else 'GROWS with the size'})")
print("- the scalar calls run inside a GIL scope held by the benchmark, as the C floor holds the GIL; gil_from_other_thread is the cost of taking it")
print("- python_calls_*: a Python loop calls the exported .NET add(a, b) / a METH_FASTCALL C add(a, b) 1,000 times; "
      "python_reads_*: a Python loop reads a proxied .NET property / a Python object's attribute: both sides run the same "
      "loop, so they differ only in the callee")
