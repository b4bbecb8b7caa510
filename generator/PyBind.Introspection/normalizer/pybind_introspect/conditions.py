"""Static evaluation of the conditions that stubs branch on.

Stubs (typeshed, numpy) branch on ``sys.version_info`` and ``sys.platform``; inline-annotated
modules also use ``TYPE_CHECKING``. These are decided here for the running interpreter, so the
normalized stub has no conditionals. Anything else is "unknown" and the caller decides.
"""
from __future__ import annotations

import ast
import operator
import sys
from typing import Any, Optional

_COMPARATORS = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}

_UNKNOWN = object()


class ConditionEvaluator:
    """Decides ``if`` tests for one interpreter: True, False, or None when the test is not static."""

    def __init__(self, version_info: tuple = tuple(sys.version_info), platform: str = sys.platform):
        self._version_info = tuple(version_info)
        self._platform = platform

    def evaluate(self, test: ast.expr) -> Optional[bool]:
        value = self._value(test)
        if value is _UNKNOWN:
            return None
        return bool(value)

    def _value(self, node: ast.expr) -> Any:
        if isinstance(node, ast.BoolOp):
            values = [self._value(v) for v in node.values]
            if isinstance(node.op, ast.And):
                if any(v is not _UNKNOWN and not v for v in values):
                    return False
                return _UNKNOWN if _UNKNOWN in values else True
            if any(v is not _UNKNOWN and v for v in values):
                return True
            return _UNKNOWN if _UNKNOWN in values else False
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            operand = self._value(node.operand)
            return _UNKNOWN if operand is _UNKNOWN else not operand
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _COMPARATORS:
            left = self._value(node.left)
            right = self._value(node.comparators[0])
            if left is _UNKNOWN or right is _UNKNOWN:
                return _UNKNOWN
            try:
                return _COMPARATORS[type(node.ops[0])](left, right)
            except TypeError:
                return _UNKNOWN
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Tuple):
            items = [self._value(e) for e in node.elts]
            return _UNKNOWN if _UNKNOWN in items else tuple(items)
        if isinstance(node, ast.Subscript):
            return self._subscript(node)
        if isinstance(node, ast.Call):
            return self._call(node)
        dotted = dotted_name(node)
        if dotted == "sys.version_info":
            return self._version_info
        if dotted == "sys.platform":
            return self._platform
        if dotted in TYPE_CHECKING_NAMES:
            return True
        return _UNKNOWN

    def _subscript(self, node: ast.Subscript) -> Any:
        target = self._value(node.value)
        if not isinstance(target, tuple):
            return _UNKNOWN
        index = node.slice
        if isinstance(index, ast.Slice):
            lower = self._value(index.lower) if index.lower else None
            upper = self._value(index.upper) if index.upper else None
            if _UNKNOWN in (lower, upper) or index.step is not None:
                return _UNKNOWN
            return target[lower:upper]
        position = self._value(index)
        if not isinstance(position, int):
            return _UNKNOWN
        return target[position]

    def _call(self, node: ast.Call) -> Any:
        # sys.platform.startswith("linux") is the one method call stubs use in conditions.
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr == "startswith" and len(node.args) == 1
                and not node.keywords):
            target = self._value(func.value)
            prefix = self._value(node.args[0])
            if isinstance(target, str) and isinstance(prefix, (str, tuple)):
                return target.startswith(prefix)
        return _UNKNOWN


TYPE_CHECKING_NAMES = ("TYPE_CHECKING", "typing.TYPE_CHECKING", "typing_extensions.TYPE_CHECKING")
"""How a condition that holds only for type checkers is spelled."""


def dotted_name(node: ast.expr) -> Optional[str]:
    """``a.b.c`` for a chain of Name/Attribute nodes, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None
