"""The entry point: normalize a list of modules, each independently, into dialect text or an error."""
from __future__ import annotations

import ast
import contextlib
import importlib
import importlib.metadata
import os
import platform
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

from .builder import ModuleBuilder
from .conditions import ConditionEvaluator
from .discovery import SourceFinder, default_typeshed_roots
from .resolver import World, is_public_module
from .runtime import RuntimeModule
from .sourcefile import SourceParseError
from .writer import render

_MODULE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


@dataclass
class Options:
    """How to normalize.

    typeshed: typeshed roots (folders holding ``stdlib/`` and ``stubs/``), tried first, in order.
    find_typeshed: also use the copies found without being told (mypy's, then pyright's).
    allow_imports: import modules for docstrings and for what no typed source describes.
        Importing runs the module's code; when False nothing is imported, and a module without
        a typed source is an error.
    include_submodules: also normalize the modules of each requested package that its stubs expose
        (``import numpy.linalg as linalg``) or name (a class's home), transitively.
    source_paths: folders of the user's own code, searched first; their ``.py`` files are read
        for inline annotations even without ``py.typed``.
    search_paths: folders added to ``sys.path`` (like ``PYTHONPATH``) where installed-style
        packages are found; their ``.py`` files count as typed only with ``py.typed``.
    """
    typeshed: Sequence[str] = ()
    find_typeshed: bool = True
    allow_imports: bool = True
    include_submodules: bool = False
    source_paths: Sequence[str] = ()
    search_paths: Sequence[str] = ()


@dataclass
class ModuleResult:
    """One module's outcome: ``stub`` (dialect text) or ``error`` (what went wrong and how to fix it)."""
    module: str
    stub: Optional[str] = None
    error: Optional[str] = None
    warnings: List[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.stub is not None

    @property
    def file_name(self) -> str:
        return self.module + ".pyi"


def normalize(modules: Sequence[str], options: Optional[Options] = None) -> List[ModuleResult]:
    """Normalize each module; a failure is reported in its result and does not stop the others."""
    options = options or Options()
    if isinstance(modules, str):
        modules = [modules]
    source_paths = [os.path.abspath(p) for p in options.source_paths]
    for path in reversed(source_paths + [os.path.abspath(p) for p in options.search_paths]):
        if path not in sys.path:
            sys.path.insert(0, path)  # so that allowed imports find these modules too
    search_path = [p for p in sys.path if p and os.path.isdir(p)]
    roots = list(options.typeshed) + (default_typeshed_roots(search_path) if options.find_typeshed else [])
    missing_roots = [r for r in options.typeshed if not os.path.isdir(os.path.join(r, "stdlib"))]
    setup_warnings = ["typeshed root %r has no stdlib/ folder: is it a typeshed checkout?" % r for r in missing_roots]
    if len(missing_roots) == len(roots):
        setup_warnings.append("no typeshed found (give --typeshed, or install python3-mypy or the npm package "
                              "pyright): the standard library is described by run-time inspection only")
    finder = SourceFinder(search_path, roots, source_paths)
    world = World(finder, ConditionEvaluator())
    results: List[ModuleResult] = []
    queue = [(name, name) for name in dict.fromkeys(modules)]  # (module, the requested package it belongs to)
    seen = set(modules)
    while queue:
        name, package = queue.pop(0)
        result = _normalize_one(name, world, finder, options)
        if not results:  # said once, with the first module
            result.warnings[0:0] = setup_warnings
        results.append(result)
        if options.include_submodules and result.ok:
            for submodule in _package_modules_named_by(result.stub, package):
                if submodule not in seen and (finder.find(submodule) is not None
                                              or (options.allow_imports and finder.exists(submodule))):
                    seen.add(submodule)
                    queue.append((submodule, package))
    return results


def _normalize_one(name: str, world: World, finder: SourceFinder, options: Options) -> ModuleResult:
    if not _MODULE_NAME.match(name):
        return ModuleResult(name, error="%r is not a module name: expected dotted identifiers such as "
                                        "'numpy.linalg'" % name)
    warnings: List[str] = []
    problems_before = len(world.problems)
    try:
        source = finder.find(name)
        runtime = None
        if options.allow_imports:
            runtime, failure = _import(name)
            if runtime is None:
                if source is None or failure.startswith("not installed"):
                    return ModuleResult(name, error="%s: %s" % (name, failure))
                warnings.append("%s: import failed (%s); written from its typed source only, without docstrings"
                                % (name, failure))
        elif source is None:
            if finder.exists(name):
                cause = ("has no stub, typeshed entry or py.typed inline annotations, and imports are forbidden; "
                         "allow imports, or give a typeshed folder or a stub for it")
            else:
                cause = "was not found on the interpreter's path nor in any typeshed folder (is it installed?)"
            return ModuleResult(name, error="%s: %s" % (name, cause))
        model = ModuleBuilder(world, name, module_version(name, finder), runtime).build()
        text = render(model, interpreter_description())
        ast.parse(text)  # the dialect is valid .pyi; a failure here is a bug in this package
    except SourceParseError as error:
        return ModuleResult(name, error="%s: %s" % (name, error))
    except Exception as error:  # noqa: BLE001 - one module's failure must not stop the others
        return ModuleResult(name, error="%s: internal error while normalizing (%s: %s); please report it"
                                        % (name, type(error).__name__, error))
    warnings += ["%s: a dependency could not be read: %s" % (name, p) for p in world.problems[problems_before:]]
    return ModuleResult(name, text, None, warnings)


def _import(name: str):
    """(RuntimeModule, None) or (None, cause). The module's own output goes to stderr, not ours."""
    try:
        with contextlib.redirect_stdout(sys.stderr):
            module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name == name or (error.name and name.startswith(error.name + ".")):
            return None, "not installed for this interpreter (%s)" % error
        return None, "importing it raised %s: %s" % (type(error).__name__, error)
    except (Exception, SystemExit) as error:  # noqa: BLE001 - module code can raise anything
        return None, "importing it raised %s: %s" % (type(error).__name__, error)
    return RuntimeModule(module), None


def _package_modules_named_by(stub: str, package: str) -> List[str]:
    """Public modules of ``package`` that a stub exposes (``import m as n``) or names (``import m``,
    ``from m import C as C``): their stubs make the package's types complete (``numpy.ndarray.flags`` is a
    ``numpy.core.multiarray.flagsobj``)."""
    found = []
    for node in ast.parse(stub).body:
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
        found += [n for n in names if n.startswith(package + ".") and is_public_module(n)]
    return found


def interpreter_description() -> str:
    return "%s %s %s %s" % (platform.python_implementation(), platform.python_version(), sys.platform,
                            platform.machine())


def module_version(name: str, finder: SourceFinder) -> str:
    """The installed distribution's version, ``stdlib`` for the standard library, else ``unknown``."""
    top = name.split(".", 1)[0]
    if _is_stdlib(top, finder):
        return "stdlib"
    distributions = []
    packages_distributions = getattr(importlib.metadata, "packages_distributions", None)
    if packages_distributions is not None:
        distributions = packages_distributions().get(top, [])
    for distribution in list(distributions) + [top]:
        try:
            return importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue
    return "unknown"


def _is_stdlib(top: str, finder: SourceFinder) -> bool:
    names = getattr(sys, "stdlib_module_names", None)
    if names is not None:
        return top in names
    if top in sys.builtin_module_names:
        return True
    entry = finder.top_level_entry(top)
    stdlib_dirs = {os.path.abspath(sysconfig.get_paths()[key]) for key in ("stdlib", "platstdlib")}
    return entry is not None and (entry in stdlib_dirs or os.path.dirname(entry) in stdlib_dirs)
