"""Development command line: ``python -m pybind_introspect [options] module ...``.

The product's entry point is the .NET tool (PyBind.Introspection), which embeds the
interpreter and calls :func:`pybind_introspect.normalize` in-process; this is the same call.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from .api import Options, normalize


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pybind_introspect",
                                     description="Write normalized stubs (PyBind.Gen dialect 1) for modules.")
    parser.add_argument("modules", nargs="+", help="module names, e.g. numpy statistics os.path")
    parser.add_argument("-o", "--output", default=".", help="folder for <module>.pyi files (default: .)")
    parser.add_argument("--typeshed", action="append", default=[], help="a typeshed root; repeatable, tried first")
    parser.add_argument("--no-default-typeshed", action="store_true",
                        help="do not look for mypy's or pyright's typeshed copies")
    parser.add_argument("--no-imports", action="store_true", help="never import (run) the modules")
    parser.add_argument("--submodules", action="store_true", help="also the package modules its stubs expose or name")
    parser.add_argument("--source-path", action="append", default=[], help="a folder of your own .py code")
    parser.add_argument("--path", action="append", default=[], help="a folder to add to sys.path")
    arguments = parser.parse_args(argv)
    options = Options(typeshed=arguments.typeshed, find_typeshed=not arguments.no_default_typeshed,
                      allow_imports=not arguments.no_imports, include_submodules=arguments.submodules,
                      source_paths=arguments.source_path, search_paths=arguments.path)
    started = time.perf_counter()
    results = normalize(arguments.modules, options)
    os.makedirs(arguments.output, exist_ok=True)
    failures = 0
    for result in results:
        for warning in result.warnings:
            print("warning: %s" % warning, file=sys.stderr)
        if result.ok:
            with open(os.path.join(arguments.output, result.file_name), "w", encoding="utf-8", newline="\n") as f:
                f.write(result.stub)
            print("wrote " + result.file_name)
        else:
            failures += 1
            print("error: " + result.error, file=sys.stderr)
    print("%d written, %d failed in %.2f s" % (len(results) - failures, failures, time.perf_counter() - started))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
