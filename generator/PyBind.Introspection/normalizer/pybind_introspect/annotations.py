"""Rewriting type expressions into the dialect's single spelling, with fully qualified names.

One :class:`TypeContext` serves one module being normalized. It records which modules the
stub must import, and which type variables and private aliases it must declare so that the
stub is self-contained.
"""
from __future__ import annotations

import ast
import collections.abc
import typing
from typing import Dict, List, Optional, Set

from .resolver import (ALIAS, CLASS, FUNCTION, MODULE, TYPEVAR, TYPING_MODULES, TYPING_TO_COLLECTIONS_ABC, UNKNOWN,
                       VARIABLE, Symbol,
                       World)

ANY = "typing.Any"

# typing names that have a better-known spelling (the dialect has exactly one per construct).
_CANONICAL = {
    "List": "list", "Dict": "dict", "Set": "set", "FrozenSet": "frozenset", "Tuple": "tuple", "Type": "type",
    "Text": "str", "LiteralString": "str", "Never": "typing.NoReturn",
    "Deque": "collections.deque", "DefaultDict": "collections.defaultdict",
    "OrderedDict": "collections.OrderedDict", "Counter": "collections.Counter", "ChainMap": "collections.ChainMap",
    "Pattern": "re.Pattern", "Match": "re.Match",
    "ContextManager": "contextlib.AbstractContextManager",
    "AsyncContextManager": "contextlib.AbstractAsyncContextManager",
}
for _typing_name, _abc_name in TYPING_TO_COLLECTIONS_ABC.items():
    _CANONICAL[_typing_name] = "collections.abc." + _abc_name



def _typing_home(symbol: Symbol) -> str:
    """Where the running Python keeps a typing name: typing_extensions re-creates typing's names (typing.X) and
    backports collections.abc's (Buffer is collections.abc.Buffer from 3.12); a name this version has in neither keeps
    typing_extensions (typing.Buffer exists in no version)."""
    top = symbol.qualname.partition(".")[0]
    if symbol.module == "typing" or hasattr(typing, top):
        return "typing"
    if hasattr(collections.abc, top):
        return "collections.abc"
    return symbol.module


# typing constructs that only qualify a type: the binding needs the type itself.
_UNWRAPPED = {"Annotated", "Final", "Required", "NotRequired", "ReadOnly"}


class TypeContext:
    def __init__(self, world: World, target: str, taken_names: Set[str]):
        self.world = world
        self.target = target
        self.imports: Set[str] = set()
        self.typevars: Dict[Symbol, str] = {}
        self.private_aliases: Dict[Symbol, str] = {}
        self.local_classes: Dict[Symbol, str] = {}  # classes written in this stub, by their name here
        self.local_aliases: Set[str] = set()  # public aliases declared in this stub
        self.pending_classes: Set[Symbol] = set()  # classes of this module referenced but not exported
        self._taken = set(taken_names)
        self._aliases_in_progress: Set[Symbol] = set()

    # -- names ---------------------------------------------------------------------------------

    def dotted(self, module: str, qualname: str) -> ast.expr:
        """``module.qualname``, importing ``module``."""
        self.imports.add(module)
        return _parse(module + "." + qualname if qualname else module)

    def builtin(self, name: str) -> ast.expr:
        if name in self._taken and self.target != "builtins":  # a name of this module shadows the builtin
            return self.dotted("builtins", name)
        return ast.Name(id=name, ctx=ast.Load())

    def spelled(self, spelling: str) -> ast.expr:
        """A canonical spelling: a builtin, or a dotted name whose module part is imported (or, in that
        module's own stub, the name it declares: `Sequence` in collections.abc.pyi)."""
        if "." not in spelling:
            return self.builtin(spelling)
        module, _, name = spelling.rpartition(".")
        if module == self.target and (name in self.local_aliases or name in self.local_classes.values()):
            return _parse(name)
        return self.dotted(module, name)

    def reference(self, symbol: Symbol) -> ast.expr:
        """How an annotation names ``symbol`` in this stub."""
        if symbol in self.local_classes:
            return _parse(self.local_classes[symbol])
        if symbol.module in TYPING_MODULES:
            return self._typing_reference(symbol)
        if symbol.module == "types" and symbol.qualname == "NoneType":
            return ast.Constant(value=None)
        if symbol.kind == MODULE:
            return self.dotted(symbol.module, "")
        if symbol.kind == TYPEVAR:
            return ast.Name(id=self.declare_typevar(symbol), ctx=ast.Load())
        if symbol.kind in (CLASS, ALIAS):
            home = self.world.home(symbol)
            if home is None:
                if symbol.kind == ALIAS:
                    return ast.Name(id=self._declare(self.private_aliases, symbol), ctx=ast.Load())
                return self.dotted(symbol.module, symbol.qualname)
            module, qualname = home
            if module == self.target:
                return self._here(symbol, qualname)
            if module == "builtins":
                return self.builtin(qualname)
            return self.dotted(module, qualname)
        if symbol.kind == UNKNOWN and symbol.qualname:
            return self.dotted(symbol.module, symbol.qualname)
        return self.spelled(ANY)

    def _here(self, symbol: Symbol, qualname: str) -> ast.expr:
        """A class or alias whose home is this stub: declared here even when the module does not export it
        (statistics.linear_regression returns the unexported statistics.LinearRegression)."""
        top = qualname.split(".")[0]
        if symbol.kind == ALIAS and "." not in qualname and top not in self.local_aliases:
            return ast.Name(id=self._declare(self.private_aliases, symbol), ctx=ast.Load())
        outer = Symbol(CLASS, symbol.module, top)
        if symbol.kind == CLASS and outer not in self.local_classes:
            self.pending_classes.add(outer)
        return _parse(qualname)

    def _typing_reference(self, symbol: Symbol) -> ast.expr:
        if symbol.kind == TYPEVAR:
            return ast.Name(id=self.declare_typevar(symbol), ctx=ast.Load())
        spelling = _CANONICAL.get(symbol.qualname)
        if spelling is not None:
            return self.spelled(spelling)
        return self.dotted(_typing_home(symbol), symbol.qualname)

    def declare_typevar(self, symbol: Symbol) -> str:
        return self._declare(self.typevars, symbol)

    def _declare(self, table: Dict[Symbol, str], symbol: Symbol) -> str:
        if symbol not in table:
            base = symbol.qualname.rpartition(".")[2]
            name, counter = base, 2
            while name in self._taken:
                name, counter = "%s_%d" % (base, counter), counter + 1
            self._taken.add(name)
            table[symbol] = name
        return table[symbol]

    # -- expressions ---------------------------------------------------------------------------

    def normalize(self, node: Optional[ast.expr], module: str, class_scope=None, allow_class_var: bool = False) \
            -> ast.expr:
        """The dialect spelling of a type expression written in ``module`` (None or unknown → typing.Any)."""
        if node is None:
            return self.spelled(ANY)
        return _Normalizer(self, module, class_scope, allow_class_var).visit(node)

    def alias_value(self, symbol: Symbol) -> ast.expr:
        """The normalized value of a type alias; a recursive reference becomes typing.Any."""
        binding = self.world.binding(symbol)
        if symbol in self._aliases_in_progress or binding is None:
            return self.spelled(ANY)
        self._aliases_in_progress.add(symbol)
        try:
            value = binding.value
            if value is not None and isinstance(value, ast.Call):  # NewType("Name", base): values are the base
                value = value.args[1] if len(value.args) > 1 else None
            return self.normalize(value, symbol.module)
        finally:
            self._aliases_in_progress.discard(symbol)


def _parse(dotted: str) -> ast.expr:
    """``a.b.c`` as Name/Attribute nodes (built directly: this runs for every name in every annotation)."""
    head, *rest = dotted.split(".")
    node: ast.expr = ast.Name(id=head, ctx=ast.Load())
    for part in rest:
        node = ast.Attribute(value=node, attr=part, ctx=ast.Load())
    return node


def union(members: List[ast.expr]) -> ast.expr:
    """``A | B | None``: flattened, duplicates removed, None last."""
    flat: List[ast.expr] = []
    seen = set()
    has_none = False
    pending = list(members)
    while pending:
        member = pending.pop(0)
        if isinstance(member, ast.BinOp) and isinstance(member.op, ast.BitOr):
            pending[0:0] = [member.left, member.right]
            continue
        if isinstance(member, ast.Constant) and member.value is None:
            has_none = True
            continue
        key = ast.dump(member)
        if key not in seen:
            seen.add(key)
            flat.append(member)
    if has_none:
        flat.append(ast.Constant(value=None))
    result = flat[0]
    for member in flat[1:]:
        result = ast.BinOp(left=result, op=ast.BitOr(), right=member)
    return result


class _Normalizer:
    def __init__(self, context: TypeContext, module: str, class_scope, allow_class_var: bool):
        self._context = context
        self._world = context.world
        self._module = module
        self._class_scope = class_scope
        self._allow_class_var = allow_class_var

    def visit(self, node: ast.expr) -> ast.expr:
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str):
                return self._forward_reference(node.value)
            if node.value is None or node.value is Ellipsis:
                return ast.Constant(value=node.value)
            return self._context.spelled(ANY)
        if isinstance(node, (ast.Name, ast.Attribute)):
            symbol = self._resolve(node)
            if symbol.module in TYPING_MODULES and symbol.qualname == "Optional":
                return self._context.spelled(ANY)
            return self._context.reference(symbol)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return union([self.visit(node.left), self.visit(node.right)])
        if isinstance(node, ast.Subscript):
            return self._subscript(node)
        if isinstance(node, (ast.List, ast.Tuple)):
            return type(node)(elts=[self.visit(e) for e in node.elts], ctx=ast.Load())
        return self._context.spelled(ANY)

    def _resolve(self, node: ast.expr) -> Symbol:
        return self._world.resolve_expression(self._module, node, self._class_scope)

    def _forward_reference(self, text: str) -> ast.expr:
        try:
            parsed = ast.parse(text.strip(), mode="eval").body
        except SyntaxError:
            return self._context.spelled(ANY)
        return self.visit(parsed)

    def _subscript(self, node: ast.Subscript) -> ast.expr:
        head = self._resolve(node.value) if isinstance(node.value, (ast.Name, ast.Attribute)) else None
        arguments = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
        special = head.qualname if head is not None and head.module in TYPING_MODULES else None
        if special == "Union":
            return union([self.visit(a) for a in arguments])
        if special == "Optional":
            return union([self.visit(arguments[0]), ast.Constant(value=None)])
        if special == "Literal":
            return self._literal(arguments)
        if special in _UNWRAPPED:
            return self.visit(arguments[0])
        if special == "ClassVar":
            inner = self.visit(arguments[0])
            if not self._allow_class_var:
                return inner
            return ast.Subscript(value=self._context.spelled("typing.ClassVar"), slice=inner, ctx=ast.Load())
        if special in ("TypeGuard", "TypeIs"):
            return self._context.builtin("bool")
        if head is None:
            return self._context.spelled(ANY)
        if head.kind in (VARIABLE, FUNCTION) and head.module not in TYPING_MODULES:
            return self._context.spelled(ANY)
        value = self._context.reference(head)
        if isinstance(value, ast.Constant):  # NoneType[...] is not a thing; keep None
            return value
        normalized = [self.visit(a) for a in arguments]
        index = normalized[0] if len(normalized) == 1 else ast.Tuple(elts=normalized, ctx=ast.Load())
        return ast.Subscript(value=value, slice=index, ctx=ast.Load())

    def _literal(self, arguments: List[ast.expr]) -> ast.expr:
        values: List[ast.expr] = []
        for argument in arguments:
            if isinstance(argument, ast.Subscript):  # Literal[Literal[1], 2]
                inner = argument.slice.elts if isinstance(argument.slice, ast.Tuple) else [argument.slice]
                nested = self._literal(list(inner)).slice
                values.extend(nested.elts if isinstance(nested, ast.Tuple) else [nested])
            elif isinstance(argument, ast.Attribute):  # an enum member: Color.RED
                owner = self._context.reference(self._resolve(argument.value))
                values.append(ast.Attribute(value=owner, attr=argument.attr, ctx=ast.Load()))
            else:
                values.append(argument)
        index = values[0] if len(values) == 1 else ast.Tuple(elts=values, ctx=ast.Load())
        return ast.Subscript(value=self._context.spelled("typing.Literal"), slice=index, ctx=ast.Load())
