"""Prints a package's public modules, one per line, found from its files without importing anything.

Public: no part of the dotted name starts with '_', and test suites (tests, test, testing, conftest) are left out.
Usage: python3 submodules.py <top-level module>
"""
import importlib.util
import os
import sys

SKIPPED = {"tests", "test", "testing", "conftest", "setup"}


def public_modules(top):
    spec = importlib.util.find_spec(top)
    if spec is None:
        raise SystemExit("%s is not installed for %s" % (top, sys.executable))
    found = [top]
    for location in spec.submodule_search_locations or []:
        for folder, subfolders, files in os.walk(location):
            relative = os.path.relpath(folder, location)
            parts = [] if relative == "." else relative.split(os.sep)
            if any(p.startswith("_") or p in SKIPPED or not p.isidentifier() for p in parts) or \
                    not any(f.startswith("__init__.") for f in files):
                subfolders[:] = []
                continue
            if parts:
                found.append(".".join([top] + parts))
            for name in files:
                stem = name.split(".", 1)[0]
                if stem.startswith("_") or stem in SKIPPED or not stem.isidentifier():
                    continue
                if name.endswith((".py", ".pyi")) or (name.endswith(".so") and ".cpython-" in name):
                    found.append(".".join([top] + parts + [stem]))
    return sorted(set(found))


if __name__ == "__main__":
    print("\n".join(public_modules(sys.argv[1])))
