"""Cross-module name resolution over parsed sources: what a name denotes, and where it lives.

A :class:`Symbol` names a definition by the module that defines it and its qualified name
there. Imports, re-exports, star imports and aliases are followed until a definition (or a
module without a typed source) is reached. The *home* of a class or type alias is the public
module from which a user reaches it by the shortest dotted path; annotations always name a
class by its home.
"""
from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from .conditions import ConditionEvaluator, dotted_name
from .discovery import INLINE, SourceFile, SourceFinder
from .sourcefile import (ClassBinding, FunctionBinding, ImportBinding, ModuleSource, Scope, SourceParseError,
                         VariableBinding, read_module)

CLASS = "class"
FUNCTION = "function"
VARIABLE = "variable"
ALIAS = "alias"
TYPEVAR = "typevar"
MODULE = "module"
UNKNOWN = "unknown"  # a name in a module without a typed source: only run-time inspection knows it

TYPING_MODULES = ("typing", "typing_extensions")
# typing's abstract classes (typeshed defines them in typing.pyi), whose home is collections.abc: typing name ->
# collections.abc name (typing.AbstractSet is collections.abc.Set; typing.Set is the builtin set).
TYPING_TO_COLLECTIONS_ABC = {name: name for name in (
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Iterable", "Iterator",
    "Generator", "Reversible", "Container", "Collection", "Callable", "MutableSet", "Mapping", "MutableMapping",
    "Sequence", "MutableSequence", "ByteString", "MappingView", "KeysView", "ItemsView", "ValuesView",
    "Hashable", "Sized")}
TYPING_TO_COLLECTIONS_ABC["AbstractSet"] = "Set"
_TYPEVAR_FACTORIES = {"TypeVar", "ParamSpec", "TypeVarTuple"}


@dataclass(frozen=True)
class Symbol:
    kind: str
    module: str
    qualname: str

    @property
    def dotted(self) -> str:
        return self.module + "." + self.qualname if self.qualname else self.module


def is_public_module(module: str) -> bool:
    return all(not part.startswith("_") for part in module.split("."))


def is_package_import(module: str, source: "ModuleSource", binding: ImportBinding) -> bool:
    """``from pkg.sub import name`` in a package's ``__init__.py`` (dask.array's ``from dask.array.core import
    Array``): a package offers what it imports from its own modules (mypy's implicit re-export), where a ``.pyi``
    stub re-exports only with ``as`` (PEP 484). A plain module's imports stay its own business: xarray.core.dataarray
    imports DataArrayAggregations from a private module, which remains DataArray's private base."""
    return source.file.kind == INLINE and source.file.is_package and binding.name is not None and \
        binding.module.split(".", 1)[0] == module.split(".", 1)[0]


class World:
    """Parses sources on demand (each once) and answers resolution questions across modules."""

    def __init__(self, finder: SourceFinder, evaluator: ConditionEvaluator):
        self.finder = finder
        self.evaluator = evaluator
        self._sources: Dict[str, Optional[ModuleSource]] = {}
        self._lookups: Dict[Tuple[str, str], Symbol] = {}
        self._exported: Dict[str, List[str]] = {}
        self._homes: Dict[Symbol, Optional[Tuple[str, str]]] = {}
        self.problems: List[SourceParseError] = []  # dependencies that could not be parsed (named in warnings)

    # -- sources -------------------------------------------------------------------------------

    def source(self, module: str) -> Optional[ModuleSource]:
        if module not in self._sources:
            self._sources[module] = None  # guards cycles while parsing
            found: Optional[SourceFile] = self.finder.find(module)
            if found is not None:
                try:
                    self._sources[module] = read_module(found, self.evaluator)
                except SourceParseError as error:
                    self.problems.append(error)
        return self._sources[module]

    def require_source(self, module: str) -> Optional[ModuleSource]:
        """Like :meth:`source`, but a parse failure propagates (used for the module being normalized)."""
        found = self.finder.find(module)
        if found is None:
            return None
        if self._sources.get(module) is None:
            self._sources[module] = None  # a failure is not retried (nor reported again as a dependency's)
            self._sources[module] = read_module(found, self.evaluator)
        return self._sources[module]

    # -- lookups -------------------------------------------------------------------------------

    def lookup(self, module: str, name: str) -> Symbol:
        """What ``module.name`` denotes, following imports and aliases of other names."""
        key = (module, name)
        cached = self._lookups.get(key)
        if cached is not None:
            return cached
        self._lookups[key] = Symbol(UNKNOWN, module, name)  # cycle guard
        result = self._lookup_uncached(module, name)
        self._lookups[key] = result
        return result

    def _lookup_uncached(self, module: str, name: str) -> Symbol:
        source = self.source(module)
        if source is not None:
            binding = source.scope.bindings.get(name)
            if binding is not None:
                return self._binding_symbol(module, name, binding, source.scope)
            for star in reversed(source.scope.star_imports):
                if name in self.exported_names(star):
                    return self.lookup(star, name)
        submodule = module + "." + name
        if self.finder.exists(submodule):
            return Symbol(MODULE, submodule, "")
        return Symbol(UNKNOWN, module, name)

    def _binding_symbol(self, module: str, name: str, binding, scope: Scope) -> Symbol:
        if isinstance(binding, ImportBinding):
            if binding.name is None:
                return Symbol(MODULE, binding.module, "")
            target = self.lookup(binding.module, binding.name)
            if target.kind == UNKNOWN and self.finder.exists(binding.module + "." + binding.name):
                return Symbol(MODULE, binding.module + "." + binding.name, "")
            return target
        if isinstance(binding, ClassBinding):
            return Symbol(CLASS, module, name)
        if isinstance(binding, FunctionBinding):
            return Symbol(FUNCTION, module, name)
        return self._variable_symbol(module, name, binding)

    def _variable_symbol(self, module: str, name: str, binding: VariableBinding) -> Symbol:
        if binding.annotation is not None:
            if self.is_typing(self.resolve_expression(module, binding.annotation), "TypeAlias"):
                return Symbol(ALIAS, module, name)
            return Symbol(VARIABLE, module, name)
        value = binding.value
        if value is None:
            return Symbol(VARIABLE, module, name)
        if isinstance(value, ast.Call):
            factory = self.resolve_expression(module, value.func)
            if factory.module in TYPING_MODULES and factory.qualname in _TYPEVAR_FACTORIES:
                return Symbol(TYPEVAR, module, name)
            if self.is_typing(factory, "NewType"):
                return Symbol(ALIAS, module, name)
            return Symbol(VARIABLE, module, name)
        if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr):
            return Symbol(ALIAS, module, name)
        if isinstance(value, ast.Subscript):
            # A class or an alias subscripted is an alias (list[int]); a variable only when it is typing's (Optional,
            # whose typeshed spelling is a variable): any other variable indexed (table[1:3]) is a value.
            head = self.resolve_expression(module, value.value)
            is_type = head.kind in (CLASS, ALIAS) or (head.kind == VARIABLE and head.module in TYPING_MODULES)
            return Symbol(ALIAS if is_type else VARIABLE, module, name)
        if dotted_name(value) is not None:
            target = self.resolve_expression(module, value)
            if target.kind in (FUNCTION, MODULE, TYPEVAR):
                return target  # another name for the same function / module / type variable
            if target.kind in (CLASS, ALIAS) or (target.kind == VARIABLE and target.module in TYPING_MODULES):
                return Symbol(ALIAS, module, name)
        return Symbol(VARIABLE, module, name)

    def resolve_expression(self, module: str, node: ast.expr, class_scope: Optional[Tuple[Symbol, Scope]] = None) \
            -> Symbol:
        """The symbol a ``Name``/``Attribute`` chain denotes inside ``module`` (UNKNOWN when it is not one)."""
        dotted = dotted_name(node)
        if dotted is None:
            return Symbol(UNKNOWN, module, "")
        parts = dotted.split(".")
        symbol = None
        if class_scope is not None:
            owner, scope = class_scope
            binding = scope.bindings.get(parts[0])
            if isinstance(binding, ClassBinding):
                symbol = Symbol(CLASS, owner.module, owner.qualname + "." + parts[0])
        if symbol is None:
            symbol = self.lookup(module, parts[0])
            if symbol.kind == UNKNOWN and module != "builtins" and not self._binds(module, parts[0]):
                # A bare name a module does not bind is a builtin, as at run time.
                symbol = self._builtin(parts[0]) or symbol
        for attribute in parts[1:]:
            symbol = self.member(symbol, attribute)
        return symbol

    def _builtin(self, name: str) -> Optional[Symbol]:
        """``builtins.name`` from typeshed, else from the running interpreter's builtins (always loaded, so
        reading them imports nothing): without any typeshed, `int` must still be the builtin `int`."""
        symbol = self.lookup("builtins", name)
        if symbol.kind != UNKNOWN:
            return symbol
        if hasattr(builtins, name):
            return Symbol(CLASS if isinstance(getattr(builtins, name), type) else VARIABLE, "builtins", name)
        return None

    def _binds(self, module: str, name: str) -> bool:
        source = self.source(module)
        return source is not None and name in source.scope.bindings

    def member(self, symbol: Symbol, attribute: str) -> Symbol:
        """``symbol.attribute``: a module's name, or a class's nested class."""
        if symbol.kind == MODULE:
            return self.lookup(symbol.module, attribute)
        if symbol.kind == CLASS:
            scope = self.class_scope(symbol)
            if scope is not None and isinstance(scope.bindings.get(attribute), ClassBinding):
                return Symbol(CLASS, symbol.module, symbol.qualname + "." + attribute)
        return Symbol(UNKNOWN, symbol.module, (symbol.qualname + "." if symbol.qualname else "") + attribute)

    @staticmethod
    def is_typing(symbol: Symbol, name: str) -> bool:
        return symbol.module in TYPING_MODULES and symbol.qualname == name

    # -- definitions ---------------------------------------------------------------------------

    def binding(self, symbol: Symbol):
        """The parsed binding behind a CLASS/FUNCTION/VARIABLE/ALIAS/TYPEVAR symbol, or None."""
        source = self.source(symbol.module)
        if source is None:
            return None
        scope = source.scope
        parts = symbol.qualname.split(".")
        for part in parts[:-1]:
            outer = scope.bindings.get(part)
            if not isinstance(outer, ClassBinding):
                return None
            scope = outer.scope
        return scope.bindings.get(parts[-1])

    def class_scope(self, symbol: Symbol) -> Optional[Scope]:
        binding = self.binding(symbol)
        return binding.scope if isinstance(binding, ClassBinding) else None

    def enclosing_class(self, symbol: Symbol) -> Optional[Tuple[Symbol, Scope]]:
        """The class whose body defines a nested class, with its scope: where the nested class's bases are read
        (`class abort(error)` inside `IMAP4` means `IMAP4.error`); None for a module-level class."""
        owner_name, _, _ = symbol.qualname.rpartition(".")
        if not owner_name:
            return None
        owner = Symbol(CLASS, symbol.module, owner_name)
        scope = self.class_scope(owner)
        return (owner, scope) if scope is not None else None

    def class_bases(self, symbol: Symbol) -> List[Tuple[ast.expr, Symbol]]:
        """Each base expression of a class with the symbol its head resolves to."""
        binding = self.binding(symbol)
        if not isinstance(binding, ClassBinding):
            return []
        result = []
        enclosing = self.enclosing_class(symbol)
        for base in binding.node.bases:
            head = base.value if isinstance(base, ast.Subscript) else base
            result.append((base, self.dealias(self.resolve_expression(symbol.module, head, enclosing))))
        return result

    def dealias(self, symbol: Symbol) -> Symbol:
        """The class behind an alias that just renames one (`_IntEnumBase = ReprEnum`), else the symbol."""
        seen = set()
        while symbol.kind == ALIAS and symbol not in seen:
            seen.add(symbol)
            binding = self.binding(symbol)
            value = binding.value if isinstance(binding, VariableBinding) else None
            if value is None or dotted_name(value) is None:
                break
            symbol = self.resolve_expression(symbol.module, value)
        return symbol

    def mro(self, symbol: Symbol) -> List[Symbol]:
        """Classes in a depth-first, left-to-right, de-duplicated order (enough to find members)."""
        order: List[Symbol] = []
        pending = [symbol]
        while pending:
            current = pending.pop(0)
            if current in order or current.kind != CLASS:
                continue
            order.append(current)
            pending[0:0] = [base for _, base in self.class_bases(current)]
        return order

    def is_subclass(self, symbol: Symbol, module: str, qualname: str) -> bool:
        return any(c.module == module and c.qualname == qualname for c in self.mro(symbol))

    # -- exports -------------------------------------------------------------------------------

    def exported_names(self, module: str) -> List[str]:
        """The names ``module.name`` offers: ``__all__`` when the source has one, else the public bindings."""
        if module in self._exported:
            return self._exported[module]
        self._exported[module] = []  # cycle guard (star imports of each other)
        source = self.source(module)
        names: List[str] = []
        if source is not None:
            if source.scope.all_parts is not None:
                names = self._all_names(module, source)
            else:
                for name, binding in source.scope.bindings.items():
                    if isinstance(binding, ImportBinding):
                        if binding.reexported or not name.startswith("_") and is_package_import(module, source, binding):
                            names.append(name)
                    elif not name.startswith("_"):
                        names.append(name)
                for star in source.scope.star_imports:
                    names.extend(n for n in self.exported_names(star) if n not in source.scope.bindings)
        result = list(dict.fromkeys(names))
        self._exported[module] = result
        return result

    def _all_names(self, module: str, source: ModuleSource) -> List[str]:
        names: List[str] = []
        for part in source.scope.all_parts:
            if isinstance(part, str):
                names.append(part)
                continue
            referenced = self._module_reference(module, source, part[1])
            if referenced is not None:
                names.extend(self.exported_names(referenced))
        return names

    def _module_reference(self, module: str, source: ModuleSource, dotted: str) -> Optional[str]:
        head = dotted.split(".", 1)[0]
        if head in source.scope.bindings:
            symbol = self.resolve_expression(module, ast.parse(dotted, mode="eval").body)
            return symbol.module if symbol.kind == MODULE else None
        return dotted

    def exports(self, module: str) -> List[Tuple[str, Symbol]]:
        return [(name, self.lookup(module, name)) for name in self.exported_names(module)]

    # -- homes ---------------------------------------------------------------------------------

    def home(self, symbol: Symbol) -> Optional[Tuple[str, str]]:
        """``(module, qualname)`` of the shortest public path to a class or alias; None when there is none."""
        if symbol in self._homes:
            return self._homes[symbol]
        self._homes[symbol] = None
        result = self._home_uncached(symbol)
        self._homes[symbol] = result
        return result

    def _home_uncached(self, symbol: Symbol) -> Optional[Tuple[str, str]]:
        top, _, nested = symbol.qualname.partition(".")
        if symbol.module in TYPING_MODULES and top in TYPING_TO_COLLECTIONS_ABC:
            return "collections.abc", TYPING_TO_COLLECTIONS_ABC[top] + ("." + nested if nested else "")
        if top.startswith("_"):
            return None
        if symbol.module == "builtins":
            return symbol.module, symbol.qualname
        outer = Symbol(symbol.kind if not nested else CLASS, symbol.module, top)
        for candidate in self._home_candidates(symbol.module):
            if candidate == symbol.module or (top in self.exported_names(candidate)
                                              and self.lookup(candidate, top) == outer):
                return candidate, symbol.qualname
        return None

    def _home_candidates(self, module: str) -> List[str]:
        parts = module.split(".")
        ancestors = [".".join(parts[:i]) for i in range(1, len(parts) + 1)]
        candidates = set(a for a in ancestors if is_public_module(a) and self.finder.find(a) is not None)
        if is_public_module(parts[0]):
            frontier = [parts[0]]
            for _ in range(len(parts) - 1):
                frontier = [sub for package in frontier for sub in self.finder.submodules(package)]
                candidates.update(frontier)
        else:
            # `_decimal` is reached as `decimal`, `_csv` as `csv`: the public face of a private module.
            public = parts[0].lstrip("_")
            if public and self.finder.find(public) is not None:
                candidates.add(public)
        return sorted(candidates, key=lambda c: (c.count("."), c not in ancestors, c))
