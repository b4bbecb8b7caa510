"""What a self-contained bundle copies from an interpreter: run by the project environment's python (or the base).

    python pybind_bundle.py <lock file or "-">

prints one JSON object: the interpreter's version, its real executable, its standard library (and lib-dynload) folders,
and "packages": [source, path inside site-packages] for every file of the distributions the lock lists (RECORD when the
distribution has one; otherwise its top-level modules, as Debian's packages are installed).
"""
import importlib.metadata
import json
import os
import re
import sys
import sysconfig


def key(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_names(lock_file):
    if lock_file == "-":
        return []
    names = []
    with open(lock_file, encoding="utf-8") as lines:
        for line in lines:
            line = line.split("#", 1)[0].strip()
            if line:
                names.append(key(re.split(r"[=<>!~ ;\[]", line, maxsplit=1)[0]))
    return names


def distribution_files(dist):
    site = os.path.realpath(str(dist.locate_file("")))
    meta = os.path.realpath(str(getattr(dist, "_path", "")))
    files = set()
    if dist.files:
        for entry in dist.files:
            path = os.path.realpath(str(dist.locate_file(entry)))
            if path.startswith(site + os.sep) and os.path.isfile(path):  # scripts in ../../bin stay out
                files.add(path)
    else:
        for top in (dist.read_text("top_level.txt") or "").split():
            base = os.path.join(site, top)
            if os.path.isdir(base):
                for root, _, names in os.walk(base):
                    files.update(os.path.join(root, n) for n in names)
            for name in os.listdir(site):
                if name == top + ".py" or (name.startswith(top + ".") and name.endswith((".so", ".pyd"))):
                    files.add(os.path.join(site, name))
    if os.path.isdir(meta) and meta.startswith(site + os.sep):
        for root, _, names in os.walk(meta):
            files.update(os.path.join(root, n) for n in names)
    return [(path, os.path.relpath(path, site)) for path in sorted(files)]


def main(lock_file):
    found = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name and key(name) not in found:
            found[key(name)] = dist
    missing = [name for name in locked_names(lock_file) if name not in found]
    packages = [pair for name in locked_names(lock_file) if name in found for pair in distribution_files(found[name])]
    stdlib = sysconfig.get_path("stdlib")
    # From sys.path: in a virtual environment sysconfig names the environment's folders, not its base's.
    dynload = next((p for p in sys.path if os.path.basename(p) == "lib-dynload"), "")
    json.dump({
        "version": "%d.%d.%d" % sys.version_info[:3],
        "major_minor": "%d.%d" % sys.version_info[:2],
        "executable": os.path.realpath(getattr(sys, "_base_executable", None) or sys.executable),
        "stdlib": os.path.realpath(stdlib),
        "dynload": os.path.realpath(dynload) if dynload else "",
        "packages": packages,
        "missing": missing,
    }, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
