"""Reading one source file (``.pyi`` or inline-annotated ``.py``) into bindings, with ``ast``.

Nothing is imported and nothing is executed: ``if`` branches on the interpreter version and
platform are decided by :mod:`conditions`, and the statements that define names are recorded as
they are. Names are not resolved here (that needs other modules: see :mod:`resolver`).
"""
from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple, Union

from .conditions import ConditionEvaluator, dotted_name
from .discovery import INLINE, SourceFile


@dataclass
class ImportBinding:
    """``import m`` / ``import m as n`` (name None), or ``from m import name as n``."""
    module: str
    name: Optional[str]
    reexported: bool  # PEP 484 stub re-export forms: `import m as m`, `from m import x as x`


@dataclass
class FunctionBinding:
    """All ``def`` statements for one name, in source order: overloads, or a property's accessors."""
    nodes: List[Union[ast.FunctionDef, ast.AsyncFunctionDef]] = field(default_factory=list)


@dataclass
class VariableBinding:
    annotation: Optional[ast.expr]
    value: Optional[ast.expr]
    node: ast.stmt


@dataclass
class ClassBinding:
    node: ast.ClassDef
    scope: "Scope"


Binding = Union[ImportBinding, FunctionBinding, VariableBinding, ClassBinding]


@dataclass
class Scope:
    """Names bound in a module or class body, in first-bound order (later statements overwrite)."""
    bindings: Dict[str, Binding] = field(default_factory=dict)
    star_imports: List[str] = field(default_factory=list)
    docstring: Optional[str] = None
    # __all__ pieces in order: literal names, or ("module", name) for `__all__ += m.__all__`.
    all_parts: Optional[List[Union[str, Tuple[str, str]]]] = None
    # Instance attributes found as `self.x: T = ...` in an inline __init__ (classes only).
    instance_attributes: Dict[str, ast.expr] = field(default_factory=dict)
    unknown_conditions: int = 0


@dataclass
class ModuleSource:
    name: str
    file: SourceFile
    scope: Scope
    tree: ast.Module


class SourceParseError(Exception):
    """A source file that ``ast`` cannot read (newer syntax than this interpreter's, Python 2 code, bad encoding)."""

    def __init__(self, path: str, line: int, cause: str):
        super().__init__("cannot parse %s: %s" % (path, cause))
        self.path = path
        self.line = line
        self.cause = cause


def read_module(source: SourceFile, evaluator: ConditionEvaluator) -> ModuleSource:
    try:
        with open(source.path, encoding="utf-8") as handle:
            text = handle.read()
        tree = ast.parse(text, filename=source.path, type_comments=False)
    except SyntaxError as error:
        raise SourceParseError(source.path, error.lineno or 0, "%s (Python %d.%d's parser)"
                               % (error.msg, sys.version_info[0], sys.version_info[1])) from error
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise SourceParseError(source.path, 0, str(error)) from error
    package = source.module if source.is_package else source.module.rpartition(".")[0]
    collector = _Collector(evaluator, package, inline=source.kind == INLINE)
    scope = collector.collect(tree.body, in_class=False)
    return ModuleSource(source.module, source, scope, tree)


def absolute_module(package: str, level: int, module: Optional[str]) -> str:
    """The absolute name of a (possibly relative) ``from`` import's module."""
    if level == 0:
        return module or ""
    parts = package.split(".") if package else []
    if level > 1:
        parts = parts[: len(parts) - (level - 1)]
    base = ".".join(parts)
    if module:
        return base + "." + module if base else module
    return base


# PEP 695 (Python 3.12+) declares type variables and aliases with syntax instead of typing's calls; they are
# recorded as the equivalent typing calls, through this reserved (private, never exported) name for `typing`.
_TYPING = "__pybind_typing__"
_TYPE_PARAM_FACTORIES = {"TypeVar": "TypeVar", "ParamSpec": "ParamSpec", "TypeVarTuple": "TypeVarTuple"}


def _typing_attribute(name: str) -> ast.expr:
    return ast.Attribute(value=ast.Name(id=_TYPING, ctx=ast.Load()), attr=name, ctx=ast.Load())


class _Collector:
    def __init__(self, evaluator: ConditionEvaluator, package: str, inline: bool):
        self._evaluator = evaluator
        self._package = package
        self._inline = inline
        self._module_scope: Optional[Scope] = None

    def collect(self, body: List[ast.stmt], in_class: bool) -> Scope:
        scope = Scope()
        if self._module_scope is None:
            self._module_scope = scope
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            scope.docstring = body[0].value.value
        self._statements(body, scope, in_class)
        return scope

    def _statements(self, body: List[ast.stmt], scope: Scope, in_class: bool) -> None:
        for statement in body:
            self._statement(statement, scope, in_class)

    def _statement(self, node: ast.stmt, scope: Scope, in_class: bool) -> None:
        if isinstance(node, ast.If):
            decided = self._evaluator.evaluate(node.test)
            if decided is None:
                # Not a version/platform test: both branches may define names; the later one wins,
                # as it would for a reader who cannot know the condition either.
                scope.unknown_conditions += 1
                self._statements(node.body, scope, in_class)
                self._statements(node.orelse, scope, in_class)
            else:
                self._statements(node.body if decided else node.orelse, scope, in_class)
        elif isinstance(node, ast.Try):
            # `try: from x import y / except ImportError: fallback` -- the try body is the intent.
            self._statements(node.body + node.orelse + node.finalbody, scope, in_class)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    scope.bindings[alias.asname] = ImportBinding(alias.name, None, alias.asname == alias.name)
                else:
                    top = alias.name.split(".", 1)[0]
                    scope.bindings[top] = ImportBinding(top, None, False)
        elif isinstance(node, ast.ImportFrom):
            self._import_from(node, scope)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self._function(node, scope, in_class)
        elif isinstance(node, ast.ClassDef):
            parameters = self._type_parameters(node)
            if parameters:  # class Box[T]: ... is class Box(Generic[T])
                index = parameters[0] if len(parameters) == 1 else ast.Tuple(elts=parameters, ctx=ast.Load())
                node.bases.append(ast.Subscript(value=_typing_attribute("Generic"), slice=index, ctx=ast.Load()))
            scope.bindings[node.name] = ClassBinding(node, self.collect(node.body, in_class=True))
        elif type(node).__name__ == "TypeAlias":  # type Name = value
            self._type_parameters(node)
            self._bind_variable(scope, node.name.id, VariableBinding(_typing_attribute("TypeAlias"), node.value, node))
        elif isinstance(node, ast.AnnAssign):
            if isinstance(node.target, ast.Name):
                if node.target.id == "__all__":
                    if node.value is not None:
                        scope.all_parts = self._all_literal(node.value)
                    return
                self._bind_variable(scope, node.target.id, VariableBinding(node.annotation, node.value, node))
            elif in_class and self._is_self_attribute(node.target):
                scope.instance_attributes.setdefault(node.target.attr, node.annotation)
        elif isinstance(node, ast.Assign):
            self._assign(node, scope, in_class)
        elif isinstance(node, ast.AugAssign):
            if isinstance(node.target, ast.Name) and node.target.id == "__all__" and isinstance(node.op, ast.Add):
                self._extend_all(scope, node.value)
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            self._all_method_call(node.value, scope)
        elif isinstance(node, ast.Delete):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    scope.bindings.pop(target.id, None)

    def _import_from(self, node: ast.ImportFrom, scope: Scope) -> None:
        module = absolute_module(self._package, node.level, node.module)
        for alias in node.names:
            if alias.name == "*":
                scope.star_imports.append(module)
                continue
            local = alias.asname or alias.name
            if local == "__all__":
                scope.all_parts = [("module", module)]
                continue
            # `from . import sub` in a package's __init__ exposes the submodule, as type checkers read it.
            reexported = alias.asname == alias.name or (node.level > 0 and node.module is None)
            scope.bindings[local] = ImportBinding(module, alias.name, reexported)

    def _type_parameters(self, node) -> List[ast.expr]:
        """Declares a PEP 695 definition's type parameters as module-level type variables; returns their names."""
        names: List[ast.expr] = []
        for parameter in getattr(node, "type_params", None) or []:
            factory = _TYPE_PARAM_FACTORIES.get(type(parameter).__name__)
            if factory is None:
                continue
            names.append(ast.Name(id=parameter.name, ctx=ast.Load()))
            if parameter.name in self._module_scope.bindings:
                continue
            bound = getattr(parameter, "bound", None)
            constraints = list(bound.elts) if isinstance(bound, ast.Tuple) else []
            keywords = [ast.keyword(arg="bound", value=bound)] if bound is not None and not constraints else []
            call = ast.Call(func=_typing_attribute(factory), args=[ast.Constant(value=parameter.name)] + constraints,
                            keywords=keywords)
            self._module_scope.bindings[parameter.name] = VariableBinding(None, call, node)
        if names:
            self._module_scope.bindings.setdefault(_TYPING, ImportBinding("typing", None, False))
        return names

    def _function(self, node, scope: Scope, in_class: bool) -> None:
        self._type_parameters(node)
        existing = scope.bindings.get(node.name)
        decorators = [dotted_name(d) or "" for d in node.decorator_list]
        is_overload = any(d.rpartition(".")[2] == "overload" for d in decorators)
        is_accessor = any(d.endswith((".setter", ".deleter", ".getter")) for d in decorators)
        if isinstance(existing, FunctionBinding) and existing.nodes:
            previous = [dotted_name(d) or "" for d in existing.nodes[-1].decorator_list]
            previous_overload = any(d.rpartition(".")[2] == "overload" for d in previous)
            if is_accessor or (is_overload and previous_overload):
                existing.nodes.append(node)
                return
            if previous_overload and not is_overload:
                # The implementation after an overload set (inline .py): the overloads are the API.
                return
        scope.bindings[node.name] = FunctionBinding([node])
        if in_class and self._inline and node.name == "__init__":
            self._collect_self_attributes(node, scope)

    def _collect_self_attributes(self, node, scope: Scope) -> None:
        for statement in ast.walk(node):
            if isinstance(statement, ast.AnnAssign) and self._is_self_attribute(statement.target):
                scope.instance_attributes.setdefault(statement.target.attr, statement.annotation)

    @staticmethod
    def _is_self_attribute(target: ast.expr) -> bool:
        return (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                and target.value.id == "self" and not target.attr.startswith("_"))

    def _assign(self, node: ast.Assign, scope: Scope, in_class: bool) -> None:
        aliased = scope.bindings.get(node.value.id) if in_class and isinstance(node.value, ast.Name) else None
        for target in node.targets:
            if isinstance(target, ast.Name):
                if target.id == "__all__":
                    scope.all_parts = self._all_literal(node.value)
                elif isinstance(aliased, FunctionBinding):
                    # `getText = get_text` in a class body (bs4's stubs): the same method under a second name, as
                    # type checkers read it, rather than an attribute of unknown type.
                    scope.bindings[target.id] = FunctionBinding(list(aliased.nodes))
                else:
                    self._bind_variable(scope, target.id, VariableBinding(None, node.value, node))
            elif isinstance(target, (ast.Tuple, ast.List)):
                for element in target.elts:
                    if isinstance(element, ast.Name):
                        self._bind_variable(scope, element.id, VariableBinding(None, None, node))

    @staticmethod
    def _bind_variable(scope: Scope, name: str, binding: VariableBinding) -> None:
        # `x: int` followed by `x = 3` (inline code): keep the annotation, take the value.
        existing = scope.bindings.get(name)
        if isinstance(existing, VariableBinding) and existing.annotation is not None and binding.annotation is None:
            binding = VariableBinding(existing.annotation, binding.value, binding.node)
        scope.bindings[name] = binding

    def _all_literal(self, value: ast.expr) -> Optional[List]:
        parts: List = []
        if self._append_all(parts, value):
            return parts
        return None

    def _append_all(self, parts: List, value: ast.expr) -> bool:
        if isinstance(value, (ast.List, ast.Tuple)):
            names = [e.value for e in value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(names) != len(value.elts):
                return False
            parts.extend(names)
            return True
        if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
            return self._append_all(parts, value.left) and self._append_all(parts, value.right)
        if isinstance(value, ast.Attribute) and value.attr == "__all__":
            module = dotted_name(value.value)
            if module:
                parts.append(("module", module))
                return True
        return False

    def _extend_all(self, scope: Scope, value: ast.expr) -> None:
        if scope.all_parts is None:
            return
        if not self._append_all(scope.all_parts, value):
            scope.all_parts = None  # computed at run time in a way we cannot follow

    def _all_method_call(self, call: ast.Call, scope: Scope) -> None:
        func = call.func
        if not (isinstance(func, ast.Attribute) and dotted_name(func.value) == "__all__"):
            return
        if scope.all_parts is None:
            return
        if func.attr == "extend" and len(call.args) == 1:
            self._extend_all(scope, call.args[0])
        elif func.attr == "append" and len(call.args) == 1 and isinstance(call.args[0], ast.Constant):
            scope.all_parts.append(call.args[0].value)
        elif func.attr == "remove" and len(call.args) == 1 and isinstance(call.args[0], ast.Constant):
            if call.args[0].value in scope.all_parts:
                scope.all_parts.remove(call.args[0].value)
        else:
            scope.all_parts = None
