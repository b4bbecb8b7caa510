"""The instance attributes a class's methods assign (``self.status = ...``), which no run-time object shows.

An untyped class keeps most of its state so: PuLP's ``LpProblem.status`` and ``objective``, ``LpVariable.varValue``
exist only once ``__init__`` or ``solve`` ran. Type checkers read them from every method, as this does.
"""
from __future__ import annotations

import ast
import types
from typing import Callable, Iterable, Iterator, List, Optional

_NESTED_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def assigned_attributes(classes: Iterable[type], definition_at: Callable[[str, int], Optional[ast.AST]]) -> List[str]:
    """The public names the classes' own Python methods assign on their receiver, in order of appearance."""
    names: List[str] = []
    for cls in classes:
        for raw in vars(cls).values():
            if not isinstance(raw, types.FunctionType):  # a static or class method has no instance to assign to
                continue
            definition = definition_at(raw.__code__.co_filename, raw.__code__.co_firstlineno)
            if isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names.extend(n for n in _assigned(definition) if n not in names)
    return names


def _assigned(definition) -> Iterator[str]:
    positional = definition.args.posonlyargs + definition.args.args
    if not positional:
        return
    receiver = positional[0].arg
    for node in _own_nodes(definition.body):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            for leaf in _leaves(target):
                if isinstance(leaf, ast.Attribute) and isinstance(leaf.value, ast.Name) \
                        and leaf.value.id == receiver and not leaf.attr.startswith("_"):
                    yield leaf.attr


def _own_nodes(statements: List[ast.stmt]) -> Iterator[ast.AST]:
    """Every node of the body outside nested functions, classes and lambdas (their ``self`` is another)."""
    pending: List[ast.AST] = list(statements)
    while pending:
        node = pending.pop(0)
        if isinstance(node, _NESTED_SCOPES):
            continue
        yield node
        pending.extend(ast.iter_child_nodes(node))


def _leaves(target: ast.expr) -> Iterator[ast.expr]:
    if isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            yield from _leaves(element)
    elif isinstance(target, ast.Starred):
        yield from _leaves(target.value)
    else:
        yield target
