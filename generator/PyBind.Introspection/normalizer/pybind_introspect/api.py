"""The entry point: normalize a list of modules, each independently, into dialect text or an error."""
from __future__ import annotations

import ast
import contextlib
import importlib
import importlib.metadata
import importlib.util
import os
import platform
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from typing import Iterator, List, Optional, Sequence, Tuple

from .builder import ModuleBuilder
from .conditions import ConditionEvaluator
from .discovery import SourceFinder, default_typeshed_roots
from .model import Diagnostic, NormalizedModule
from .resolver import World, is_public_module
from .runtime import RuntimeModule
from .worker import ImportingWorker, WorkerFailure
from .writer import render

_MODULE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


@dataclass
class Options:
    """How to normalize.

    typeshed: typeshed roots (folders holding ``stdlib/`` and ``stubs/``), tried first, in order.
    find_typeshed: also use the copies found without being told (mypy's, then pyright's).
    allow_imports: import modules for docstrings and for what no typed source describes.
        Importing runs the module's code; when False nothing is imported, and a module without
        a typed source is described from its ``.py`` files (annotations where there are any), with a warning.
    include_submodules: also normalize the modules of each requested package that its stubs expose
        (``import numpy.linalg as linalg``) or name (a class's home), and the modules of the same top-level
        package that define their classes' bases (``sklearn.base`` for ``sklearn.linear_model``), transitively, and
        the private modules of the same top-level package that their annotations name (``psutil._pslinux`` for
        ``virtual_memory() -> psutil._pslinux.svmem``), at most two private modules deep. A module requested with its
        package (``cryptography`` and ``cryptography.hazmat.primitives.asymmetric.rsa``) belongs to the package.
    source_paths: folders of the user's own code, searched first; their ``.py`` files are read
        for inline annotations even without ``py.typed``.
    search_paths: folders added to ``sys.path`` (like ``PYTHONPATH``) where installed-style
        packages are found; their ``.py`` files count as typed only with ``py.typed``.
    import_timeout: seconds of processor time that importing and describing one module may take (five times
        that on the clock while it waits); past that the module is described from its sources and stubs, with a
        warning.
    isolate_imports: import in a sandboxed child process (see :mod:`sandbox`), time-boxed; False imports in
        this process, without a time limit (what that child process itself does).
    """
    typeshed: Sequence[str] = ()
    find_typeshed: bool = True
    allow_imports: bool = True
    include_submodules: bool = False
    source_paths: Sequence[str] = ()
    search_paths: Sequence[str] = ()
    import_timeout: float = 120.0
    isolate_imports: bool = True


@dataclass
class ModuleResult:
    """One module's outcome: ``stub`` (dialect text) or ``error`` (what went wrong and how to fix it)."""
    module: str
    stub: Optional[str] = None
    error: Optional[str] = None
    warnings: List[Diagnostic] = field(default_factory=list)

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
    session = Session(options)
    importer = None
    if options.allow_imports and options.isolate_imports:
        importer = ImportingWorker(session.child_options(), sys.path, options.import_timeout)
    results: List[ModuleResult] = []
    # (module, the requested package it belongs to, how many private modules led to it)
    # A module requested with its package (a package and its submodules, as the corpus lists them) belongs to the
    # package: it brings the package's modules that it names, as it would if the package alone were requested.
    queue = [(name, min((p for p in modules if name == p or name.startswith(p + ".")), key=len), 0)
             for name in dict.fromkeys(modules)]
    seen = set(modules)
    try:
        while queue:
            name, package, private_hops = queue.pop(0)
            result = None
            if importer is not None and _MODULE_NAME.match(name):
                try:
                    result = importer.describe(name)
                except WorkerFailure as failure:
                    result = session.describe(name, import_failure=str(failure))
            if result is None:
                result = session.describe(name)
            if not results:  # said once, with the first module
                result.warnings[0:0] = session.setup_warnings
            results.append(result)
            if options.include_submodules and result.ok:
                tree = ast.parse(result.stub)
                named = _package_modules_named_by(tree, package) + _base_modules_named_by(tree, name) + _builtins_if_a_base(tree)
                if private_hops < _MAX_PRIVATE_HOPS:
                    named += _private_modules_named_by(tree, name.split(".", 1)[0])
                for submodule in named:
                    if submodule not in seen and (session.finder.find(submodule) is not None
                                                  or (options.allow_imports and session.finder.exists(submodule))):
                        seen.add(submodule)
                        queue.append((submodule, package, private_hops + (not is_public_module(submodule))))
    finally:
        if importer is not None:
            importer.close()
    return results


class Session:
    """What one normalization shares between its modules: the search path, typeshed, and every parsed source."""

    def __init__(self, options: Options):
        self.options = options
        source_paths = [os.path.abspath(p) for p in options.source_paths]
        for path in reversed(source_paths + [os.path.abspath(p) for p in options.search_paths]):
            if path not in sys.path:
                sys.path.insert(0, path)  # so that allowed imports find these modules too
        search_path = [p for p in sys.path if p and os.path.isdir(p)]
        self.typeshed_roots = list(options.typeshed) + (default_typeshed_roots(search_path)
                                                        if options.find_typeshed else [])
        missing_roots = [r for r in options.typeshed if not os.path.isdir(os.path.join(r, "stdlib"))]
        self.setup_warnings = [Diagnostic("typeshed root %r has no stdlib/ folder: is it a typeshed checkout?" % r)
                               for r in missing_roots]
        if len(missing_roots) == len(self.typeshed_roots):
            self.setup_warnings.append(Diagnostic(
                "no typeshed found (give --typeshed, or install python3-mypy or the npm package pyright): the "
                "standard library is described by run-time inspection only"))
        self.finder = SourceFinder(search_path, self.typeshed_roots, source_paths)
        self.world = World(self.finder, ConditionEvaluator())

    def child_options(self) -> Options:
        """The options for a child process describing with imports: the same sources, found the same way."""
        return Options(typeshed=self.typeshed_roots, find_typeshed=False, allow_imports=True,
                       source_paths=self.options.source_paths, search_paths=self.options.search_paths,
                       import_timeout=self.options.import_timeout, isolate_imports=False)

    def describe(self, name: str, import_failure: Optional[str] = None) -> ModuleResult:
        """One module, in this process: imported when the options allow it and ``import_failure`` (why importing
        it elsewhere failed) is not given; else from its typed source, its ``.py`` files, or as an empty stub."""
        if not _MODULE_NAME.match(name):
            return ModuleResult(name, error="%r is not a module name: expected dotted identifiers such as "
                                            "'numpy.linalg'" % name)
        finder, world = self.finder, self.world
        warnings: List[Diagnostic] = []
        problems_before = len(world.problems)
        source = finder.find(name)
        runtime = None
        failure = import_failure
        if self.options.allow_imports and failure is None:
            runtime, failure = _import(name)
        if runtime is None and (failure is not None or source is None):
            if not finder.exists(name) and (source is None or (failure or "").startswith("not installed")):
                return ModuleResult(name, error="%s: %s" % (name, failure or _NOT_FOUND))
            if source is None:
                source = finder.read_untyped(name)
            warnings.append(Diagnostic("%s: %s; %s" % (
                name, "importing it failed (%s)" % failure if failure else
                "it has no stub, typeshed entry or py.typed annotations, and imports are forbidden",
                "described from %s only" % source.display if source is not None else
                "it has no Python source either, so its binding is empty"),
                *_module_location(finder, name, source), import_failed=failure is not None))
        version = module_version(name, finder)
        try:
            builder = ModuleBuilder(world, name, version, runtime)
            model = builder.build()
            warnings += builder.omissions.diagnostics
            text = render(model, interpreter_description(), warnings)
        except Exception as error:  # noqa: BLE001 - a module that cannot be described is an empty binding
            warnings.append(Diagnostic("%s: describing it failed (%s: %s); its binding is empty. Please report it."
                                       % (name, type(error).__name__, error), *_module_location(finder, name, source)))
            text = render(NormalizedModule(name, version), interpreter_description())
        warnings += [Diagnostic("%s: a dependency could not be read (%s)" % (name, p.cause), p.path, p.line)
                     for p in world.problems[problems_before:]]
        return ModuleResult(name, text, None, warnings)


_NOT_FOUND = "was not found on the interpreter's path nor in any typeshed folder (is it installed?)"


def _module_location(finder: SourceFinder, name: str, source) -> Tuple[Optional[str], int]:
    """The file a module-level warning points at: its source, else the file it is imported from."""
    if source is not None:
        return source.path, 0
    spec = None
    with contextlib.suppress(Exception):  # find_spec imports the parent package, which may fail
        spec = importlib.util.find_spec(name)
    origin = getattr(spec, "origin", None)
    return (origin if origin and os.path.isfile(origin) else None), 0


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


def _package_modules_named_by(stub: ast.Module, package: str) -> List[str]:
    """Public modules of ``package`` that a stub exposes (``import m as n``) or names (``import m``,
    ``from m import C as C``): their stubs make the package's types complete (``numpy.ndarray.flags`` is a
    ``numpy.core.multiarray.flagsobj``)."""
    found = []
    for node in stub.body:
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
        found += [n for n in names if n.startswith(package + ".") and is_public_module(n)]
    return found


_MAX_PRIVATE_HOPS = 2
"""How many private modules deep the modules a stub names are followed: psutil names ``psutil._pslinux.svmem``, whose
module names others; each step is a module the package keeps to itself, and past two the classes found are rarely what
a caller gets back."""


def _private_modules_named_by(stub: ast.Module, top: str) -> List[str]:
    """Private modules of the top-level package ``top`` whose names a stub's annotations use (``import psutil._pslinux`` for
    ``virtual_memory() -> psutil._pslinux.svmem``): their stubs let the generator type what the package returns
    rather than a bare Python object. Only a plain ``import``: that is how a normalized stub names a module."""
    return [a.name for node in stub.body if isinstance(node, ast.Import) for a in node.names
            if a.asname is None and a.name.startswith(top + ".") and not is_public_module(a.name)]


def _base_modules_named_by(stub: ast.Module, module: str) -> List[str]:
    """Public modules of the same top-level package that define the bases of a stub's classes (sklearn.base for
    sklearn.linear_model's LinearRegression): the generator gives a class the members of bases no [PyImport] binds,
    which it reads in their stubs."""
    imported = sorted({a.name for node in stub.body if isinstance(node, ast.Import) for a in node.names},
                      key=len, reverse=True)
    top = module.split(".", 1)[0]
    found = []
    for node in _classes_of(stub.body):
        for base in node.bases:
            dotted = _dotted(base.value if isinstance(base, ast.Subscript) else base)
            home = next((m for m in imported if dotted is not None and dotted.startswith(m + ".")), None)
            if home is not None and home != module and home.split(".", 1)[0] == top and is_public_module(home) \
                    and home not in found:
                found.append(home)
    return found


_BUILTIN_CONTAINERS = frozenset({"dict", "list", "set", "frozenset"})


def _builtins_if_a_base(stub: ast.Module) -> List[str]:
    """``builtins`` when a stub's class derives from a built-in container (``class Counter(dict[_T, int])``): the
    generator gives it the container's members (enumeration, ``get``, ``pop``, ``keys``…), read in that stub."""
    for node in _classes_of(stub.body):
        for base in node.bases:
            dotted = _dotted(base.value if isinstance(base, ast.Subscript) else base)
            if dotted is not None and dotted.removeprefix("builtins.") in _BUILTIN_CONTAINERS:
                return ["builtins"]
    return []


def _classes_of(body: List[ast.stmt]) -> Iterator[ast.ClassDef]:
    """The classes of a stub's body and of their bodies (a normalized stub nests classes only in classes): not a walk
    through every function and docstring, a third of describing pandas with its submodules."""
    for node in body:
        if isinstance(node, ast.ClassDef):
            yield node
            yield from _classes_of(node.body)


def _dotted(node: ast.expr) -> Optional[str]:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        owner = _dotted(node.value)
        return None if owner is None else owner + "." + node.attr
    return None


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
