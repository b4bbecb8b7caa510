"""Python as the host: loads PyBind.Runtime.HostedComponent into this process through the .NET hosting API (hostfxr,
with ctypes only: no extra package), calls it, and prints "key=value" lines for PyBind.Runtime.Tests to check. The
component calls back into this same interpreter through generated bindings."""
import ctypes
import glob
import math
import os
import re
import shutil
import statistics
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
COMPONENT = os.path.join(HERE, "PyBind.Runtime.HostedComponent.dll")
RUNTIME_CONFIG = os.path.join(HERE, "PyBind.Runtime.HostedComponent.runtimeconfig.json")
ENTRY_TYPE = b"PyBind.Runtime.HostedComponent.Entry, PyBind.Runtime.HostedComponent"
HDT_LOAD_ASSEMBLY_AND_GET_FUNCTION_POINTER = 5
UNMANAGED_CALLERS_ONLY = ctypes.c_void_p(-1)  # the delegate type name that means [UnmanagedCallersOnly]


def report(key, value):
    print(f"{key}={value}", flush=True)


def hostfxr_path():
    root = os.environ.get("DOTNET_ROOT") or os.path.dirname(os.path.realpath(shutil.which("dotnet")))
    candidates = glob.glob(os.path.join(root, "host", "fxr", "*", "libhostfxr.so"))
    if not candidates:
        sys.exit(f"no libhostfxr.so under {root}/host/fxr (set DOTNET_ROOT)")

    def version(path):
        return [int(part) if part.isdigit() else 0 for part in re.split(r"[.-]", os.path.basename(os.path.dirname(path)))]

    return max(candidates, key=version)


def load_entry_points():
    fxr = ctypes.CDLL(hostfxr_path())
    fxr.hostfxr_initialize_for_runtime_config.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)]
    fxr.hostfxr_get_runtime_delegate.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_void_p)]
    fxr.hostfxr_close.argtypes = [ctypes.c_void_p]
    context = ctypes.c_void_p()
    status = fxr.hostfxr_initialize_for_runtime_config(RUNTIME_CONFIG.encode(), None, ctypes.byref(context))
    if status not in (0, 1, 2):  # Success, Success_HostAlreadyInitialized, Success_DifferentRuntimeProperties
        sys.exit(f"hostfxr_initialize_for_runtime_config failed: {status & 0xFFFFFFFF:#x}")
    loader = ctypes.c_void_p()
    status = fxr.hostfxr_get_runtime_delegate(context, HDT_LOAD_ASSEMBLY_AND_GET_FUNCTION_POINTER, ctypes.byref(loader))
    fxr.hostfxr_close(context)
    if status != 0:
        sys.exit(f"hostfxr_get_runtime_delegate failed: {status & 0xFFFFFFFF:#x}")
    load = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p,
                            ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p))(loader.value)

    def entry(name, prototype):
        pointer = ctypes.c_void_p()
        status = load(COMPONENT.encode(), ENTRY_TYPE, name.encode(), UNMANAGED_CALLERS_ONLY, None, ctypes.byref(pointer))
        if status != 0:
            sys.exit(f"loading {name} failed: {status & 0xFFFFFFFF:#x}")
        return prototype(pointer.value)

    return entry


def mean_through(function, values):
    array = (ctypes.c_double * len(values))(*values)
    result = ctypes.c_double()
    status = function(array, len(values), ctypes.byref(result))
    return result.value if status == 0 else f"failed ({status})"


def loaded_libpythons():
    with open("/proc/self/maps") as maps:
        paths = {line[line.index("/"):].strip() for line in maps if "/" in line}
    return len({os.path.realpath(p) for p in paths if os.path.basename(p).startswith("libpython")})


report("libpythons_before", loaded_libpythons())
entry = load_entry_points()
mean_args = [ctypes.POINTER(ctypes.c_double), ctypes.c_int, ctypes.POINTER(ctypes.c_double)]
values = [1.5, 2.5, 4.0, 8.25]
report("mean_python", repr(statistics.mean(values)))
# CFUNCTYPE releases the GIL around the call (the component takes it per call); PYFUNCTYPE keeps it held.
report("mean_gil_released", repr(mean_through(entry("Mean", ctypes.CFUNCTYPE(ctypes.c_int, *mean_args)), values)))
report("mean_gil_held", repr(mean_through(entry("Mean", ctypes.PYFUNCTYPE(ctypes.c_int, *mean_args)), values)))
report("mean_new_thread", repr(mean_through(entry("MeanOnNewThread", ctypes.CFUNCTYPE(ctypes.c_int, *mean_args)), values)))

report("install", entry("Install", ctypes.PYFUNCTYPE(ctypes.c_int))())
import dotnet_component  # noqa: E402 (the component made it importable just now)

described = dotnet_component.describe(values)
report("describe", repr(described))
report("describe_matches_python", described == (statistics.mean(values), math.sqrt(statistics.median(values))))
found_through, library = dotnet_component.interpreter().split("|")
report("found_through", found_through)
libdir = sysconfig.get_config_var("LIBDIR") or ""
this_process = {os.path.realpath(sys.executable)} | {
    os.path.realpath(os.path.join(libdir, sysconfig.get_config_var(name) or "")) for name in ("INSTSONAME", "LDLIBRARY")}
report("library_is_this_process", os.path.realpath(library) in this_process)
report("libpythons_after", loaded_libpythons())
