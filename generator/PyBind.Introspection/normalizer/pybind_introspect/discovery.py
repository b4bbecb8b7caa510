"""Finding the best source of type information for a module, without importing anything.

Order, best first (the dialect document repeats it):

1. a stub-only distribution ``<top>-stubs`` on the search path (PEP 561);
2. the package's own ``.pyi`` next to its code;
3. the package's own ``.py`` with inline annotations, when the package ships ``py.typed``
   (or the module lives in one of the caller's own source folders);
4. typeshed ``stdlib/`` (only for modules its ``VERSIONS`` file lists for this interpreter);
5. typeshed ``stubs/<distribution>/`` (third-party stubs for untyped packages);
6. nothing: the module can only be inspected at run time.

Typeshed roots are tried in the order given; the first one that has the module wins.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

STUB = "stub"          # a .pyi file shipped by the package or a -stubs distribution
INLINE = "inline"      # a .py file read for its annotations
TYPESHED = "typeshed"  # a .pyi file from a typeshed copy


@dataclass(frozen=True)
class SourceFile:
    module: str
    path: str          # absolute path of the file that was parsed
    display: str       # how the header's `sources` line names it
    kind: str          # STUB, INLINE or TYPESHED
    is_package: bool   # an __init__ file: relative imports resolve against the module itself
    package_dir: Optional[str]  # directory holding the submodules, when is_package


class TypeshedRoot:
    """One typeshed copy: ``stdlib/`` with its ``VERSIONS`` file, and ``stubs/<dist>/``."""

    def __init__(self, root: str, version_info: Tuple[int, int]):
        self.root = os.path.abspath(root)
        self._version = tuple(version_info[:2])
        self._stdlib_ranges = self._read_versions(os.path.join(self.root, "stdlib", "VERSIONS"))
        self._third_party: Optional[Dict[str, str]] = None

    @staticmethod
    def _read_versions(path: str) -> Dict[str, Tuple[Tuple[int, int], Optional[Tuple[int, int]]]]:
        ranges = {}
        if not os.path.isfile(path):
            return ranges
        with open(path, encoding="utf-8") as handle:
            for raw in handle:
                line = raw.split("#", 1)[0].strip()
                if not line or ":" not in line:
                    continue
                name, span = (part.strip() for part in line.split(":", 1))
                low, _, high = span.partition("-")
                ranges[name] = (_parse_version(low), _parse_version(high) if high.strip() else None)
        return ranges

    def stdlib_has(self, module: str) -> bool:
        """True when VERSIONS says the module exists for this interpreter (most specific entry wins)."""
        parts = module.split(".")
        for length in range(len(parts), 0, -1):
            entry = self._stdlib_ranges.get(".".join(parts[:length]))
            if entry is not None:
                low, high = entry
                return low <= self._version and (high is None or self._version <= high)
        return False

    def find_stdlib(self, module: str) -> Optional[SourceFile]:
        if not self.stdlib_has(module):
            return None
        return _find_in_tree(os.path.join(self.root, "stdlib"), module, TYPESHED,
                             lambda rel: "typeshed:stdlib/" + rel)

    def find_third_party(self, module: str) -> Optional[SourceFile]:
        top = module.split(".", 1)[0]
        distribution = self._third_party_index().get(top)
        if distribution is None:
            return None
        base = os.path.join(self.root, "stubs", distribution)
        return _find_in_tree(base, module, TYPESHED,
                             lambda rel: "typeshed:stubs/%s/%s" % (distribution, rel))

    def _third_party_index(self) -> Dict[str, str]:
        if self._third_party is None:
            self._third_party = {}
            stubs = os.path.join(self.root, "stubs")
            if os.path.isdir(stubs):
                for distribution in sorted(os.listdir(stubs)):
                    folder = os.path.join(stubs, distribution)
                    if not os.path.isdir(folder):
                        continue
                    for entry in sorted(os.listdir(folder)):
                        name = entry[:-4] if entry.endswith(".pyi") else entry
                        if name.isidentifier() and name not in self._third_party:
                            self._third_party[name] = distribution
        return self._third_party


def _parse_version(text: str) -> Tuple[int, int]:
    major, _, minor = text.strip().partition(".")
    return int(major), int(minor or 0)


def _find_in_tree(base: str, module: str, kind: str, display, extension: str = ".pyi",
                  top_folder: Optional[str] = None) -> Optional[SourceFile]:
    """``a.b`` under ``base``: ``a/b<ext>`` or ``a/b/__init__<ext>``; ``top_folder`` names the folder of ``a`` when
    it is not ``a`` (a PEP 561 stub-only distribution ``a-stubs``: its files still describe module ``a.b``)."""
    parts = module.split(".")
    folders = [top_folder or parts[0]] + parts[1:]
    package_dir = os.path.join(base, *folders)
    init = os.path.join(package_dir, "__init__" + extension)
    if os.path.isfile(init):
        rel = "/".join(folders + ["__init__" + extension])
        return SourceFile(module, init, display(rel), kind, True, package_dir)
    single = os.path.join(base, *folders[:-1], folders[-1] + extension)
    if os.path.isfile(single):
        rel = "/".join(folders[:-1] + [folders[-1] + extension])
        return SourceFile(module, single, display(rel), kind, False, None)
    return None


def _plain(rel: str) -> str:
    return rel


class SourceFinder:
    """Locates modules on a search path and in typeshed roots, by looking at files only."""

    def __init__(self, search_path: Sequence[str], typeshed_roots: Sequence[str],
                 user_paths: Sequence[str] = (), version_info: Tuple[int, int] = tuple(sys.version_info[:2])):
        self._user_paths = [os.path.abspath(p) for p in user_paths]
        self._search_path = self._user_paths + [os.path.abspath(p) for p in search_path if p and os.path.isdir(p)]
        self.typeshed = [TypeshedRoot(root, version_info) for root in typeshed_roots]
        self._cache: Dict[str, Optional[SourceFile]] = {}
        self._top_cache: Dict[str, Optional[str]] = {}
        self._untyped: set = set()  # modules whose plain .py files may stand in for a typed source

    def find(self, module: str) -> Optional[SourceFile]:
        """The best typed source for ``module``, or None when only run-time inspection can help."""
        if module not in self._cache:
            self._cache[module] = self._find_uncached(module)
        return self._cache[module]

    def _find_uncached(self, module: str) -> Optional[SourceFile]:
        top = module.split(".", 1)[0]
        for entry in self._search_path:
            stubs = _find_in_tree(entry, module, STUB, _plain, top_folder=top + "-stubs")
            if stubs is not None:
                return stubs
        entry = self.top_level_entry(top)
        if entry is not None:
            own = _find_in_tree(entry, module, STUB, _plain)
            if own is not None:
                return own
            if entry in self._user_paths or os.path.isfile(os.path.join(entry, top, "py.typed")):
                inline = _find_in_tree(entry, module, INLINE, _plain, extension=".py")
                if inline is not None:
                    return inline
        for root in self.typeshed:
            found = root.find_stdlib(module)
            if found is not None:
                return found
        for root in self.typeshed:
            found = root.find_third_party(module)
            if found is not None:
                return found
        if module in self._untyped and entry is not None:
            return _find_in_tree(entry, module, INLINE, _plain, extension=".py")
        return None

    def read_untyped(self, module: str) -> Optional[SourceFile]:
        """Lets the module's own ``.py`` file stand in for a typed source when nothing better exists (its
        annotations, ``Any`` elsewhere): how a module that cannot be imported is still described. Returns what
        :meth:`find` gives for it now."""
        self._untyped.add(module)
        self._cache.pop(module, None)
        return self.find(module)

    def top_level_entry(self, top: str) -> Optional[str]:
        """The search-path entry Python would import ``top`` from (first one that has it)."""
        if top not in self._top_cache:
            self._top_cache[top] = next((e for e in self._search_path if _provides(e, top)), None)
        return self._top_cache[top]

    def exists(self, module: str) -> bool:
        """Whether the module is present at all (typed source, plain .py, extension, or builtin)."""
        if self.find(module) is not None or module in sys.builtin_module_names:
            return True
        top = module.split(".", 1)[0]
        entry = self.top_level_entry(top)
        if entry is None:
            return False
        parts = module.split(".")
        folder = os.path.join(entry, *parts[:-1])
        if os.path.isdir(os.path.join(folder, parts[-1])):
            return True
        return os.path.isdir(folder) and any(_is_module_file(name, parts[-1]) for name in os.listdir(folder))

    def submodules(self, package: str) -> List[str]:
        """Public submodule names of a package that have typed sources (used to find a class's home)."""
        source = self.find(package)
        if source is None or not source.is_package:
            return []
        names = set()
        for name in os.listdir(source.package_dir):
            stem = name.split(".", 1)[0]
            if stem.startswith("_") or not stem.isidentifier():
                continue
            full = os.path.join(source.package_dir, name)
            if (os.path.isdir(full) and _has_init(full)) or name.endswith((".pyi", ".py")):
                names.add(package + "." + stem)
        return sorted(name for name in names if self.find(name) is not None)


def _has_init(folder: str) -> bool:
    return any(os.path.isfile(os.path.join(folder, "__init__" + ext)) for ext in (".py", ".pyi"))


def _is_module_file(filename: str, stem: str) -> bool:
    if filename in (stem + ".py", stem + ".pyi"):
        return True
    return filename.startswith(stem + ".") and filename.endswith((".so", ".pyd"))


def _provides(entry: str, top: str) -> bool:
    if os.path.isdir(os.path.join(entry, top)):
        return True
    try:
        return any(_is_module_file(name, top) for name in os.listdir(entry))
    except OSError:
        return False


def default_typeshed_roots(search_path: Iterable[str]) -> List[str]:
    """Typeshed copies found without being told: mypy's bundled copy, then pyright's (npm), in that order.

    mypy's copy comes with the interpreter's own packages (Debian: python3-mypy), so it matches the
    interpreter; pyright's is looked for in ``node_modules`` folders from the working directory up.
    """
    roots = []
    for entry in search_path:
        candidate = os.path.join(entry, "mypy", "typeshed")
        if os.path.isdir(os.path.join(candidate, "stdlib")) and candidate not in roots:
            roots.append(candidate)
    folder = os.getcwd()
    while True:
        candidate = os.path.join(folder, "node_modules", "pyright", "dist", "typeshed-fallback")
        if os.path.isdir(os.path.join(candidate, "stdlib")):
            roots.append(candidate)
            break
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return roots
