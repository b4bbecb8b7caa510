"""Signatures from ``ast.arguments`` (stubs and inline sources), and literal defaults."""
from __future__ import annotations

import ast
import math
from typing import List, Optional

from .annotations import ANY, TypeContext
from .model import (KEYWORD_ONLY, POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_KEYWORD, VAR_POSITIONAL, Parameter,
                    Signature)

ELLIPSIS = ast.Constant(value=Ellipsis)
_LITERAL_TYPES = (bool, int, float, complex, str, bytes, type(None))


def literal_default(node: Optional[ast.expr]) -> Optional[ast.expr]:
    """The default as written when it is a literal; ``...`` otherwise; None when there is none."""
    if node is None:
        return None
    return node if is_literal(node) else ELLIPSIS


def is_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return node.value is not Ellipsis
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return isinstance(node.operand, ast.Constant) and isinstance(node.operand.value, (int, float, complex)) \
            and not isinstance(node.operand.value, bool)
    if isinstance(node, ast.Tuple):
        return all(is_literal(e) for e in node.elts)
    return False


def literal_from_value(value) -> Optional[ast.expr]:
    """An ``ast`` literal for a run-time value of a literal type (None when it is not one)."""
    if isinstance(value, tuple):
        items = [literal_from_value(v) for v in value]
        return None if any(i is None for i in items) else ast.Tuple(elts=items, ctx=ast.Load())
    if type(value) not in _LITERAL_TYPES:  # exact types: an IntEnum member is not the literal 1
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, complex) and not (math.isfinite(value.real) and math.isfinite(value.imag)):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
        return ast.UnaryOp(op=ast.USub(), operand=ast.Constant(value=-value))
    return ast.Constant(value=value)


def type_of_literal(node: ast.expr) -> Optional[str]:
    """``int`` for ``3``, ``str`` for ``"a"``: the type of a constant written without annotation."""
    if isinstance(node, ast.UnaryOp):
        node = node.operand
    if isinstance(node, ast.Constant) and node.value is not None and node.value is not Ellipsis:
        return type(node.value).__name__
    if isinstance(node, ast.Tuple) and is_literal(node):
        return "tuple"
    return None


def signature_from_ast(context: TypeContext, function: ast.FunctionDef, module: str, class_scope=None,
                       bound_first: bool = False) -> Signature:
    """The dialect signature of one ``def``.

    ``bound_first``: the first parameter is ``self``/``cls``; left unannotated when the source leaves it so.
    Parameters named ``__x`` (the pre-PEP 570 stub convention) become positional-only ``x``.
    """
    args = function.args
    positional = list(args.posonlyargs) + list(args.args)
    defaults: List[Optional[ast.expr]] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    last_dunder = max((i for i, a in enumerate(positional) if _is_private_positional(a.arg)), default=-1)
    parameters: List[Parameter] = []
    taken = {a.arg for a in positional + list(args.kwonlyargs)}
    for index, (argument, default) in enumerate(zip(positional, defaults)):
        positional_only = index < len(args.posonlyargs) or index <= last_dunder
        name = argument.arg
        if index <= last_dunder and _is_private_positional(name) and name[2:] not in taken:
            name = name[2:]
        kind = POSITIONAL_ONLY if positional_only else POSITIONAL_OR_KEYWORD
        annotation = _annotation(context, argument, module, class_scope, index == 0 and bound_first)
        parameters.append(Parameter(name, kind, annotation, literal_default(default)))
    if args.vararg is not None:
        parameters.append(Parameter(args.vararg.arg, VAR_POSITIONAL,
                                    _annotation(context, args.vararg, module, class_scope, False)))
    for argument, default in zip(args.kwonlyargs, args.kw_defaults):
        parameters.append(Parameter(argument.arg, KEYWORD_ONLY,
                                    _annotation(context, argument, module, class_scope, False),
                                    literal_default(default)))
    if args.kwarg is not None:
        parameters.append(Parameter(args.kwarg.arg, VAR_KEYWORD,
                                    _annotation(context, args.kwarg, module, class_scope, False)))
    if function.returns is not None:
        returns = context.normalize(function.returns, module, class_scope)
    elif function.name == "__init__":
        returns = ast.Constant(value=None)
    else:
        returns = context.spelled(ANY)
    return Signature(parameters, returns)


def _is_private_positional(name: str) -> bool:
    return name.startswith("__") and not name.endswith("__")


def _annotation(context: TypeContext, argument: ast.arg, module: str, class_scope, is_bound_first: bool):
    if argument.annotation is None:
        return None if is_bound_first else context.spelled(ANY)
    return context.normalize(argument.annotation, module, class_scope)


def signature_from_callable_type(context: TypeContext, callable_type: ast.expr, bound: bool) -> Signature:
    """A signature for ``collections.abc.Callable[[A, B], R]`` (positional-only ``arg0``, ``arg1``)."""
    parameters = [Parameter("self", POSITIONAL_ONLY, None)] if bound else []
    returns = context.spelled(ANY)
    arguments = None
    if isinstance(callable_type, ast.Subscript) and ast.unparse(callable_type.value) == "collections.abc.Callable" \
            and isinstance(callable_type.slice, ast.Tuple) and len(callable_type.slice.elts) == 2:
        arguments, returns = callable_type.slice.elts
    if isinstance(arguments, ast.List):
        parameters += [Parameter("arg%d" % i, POSITIONAL_ONLY, a) for i, a in enumerate(arguments.elts)]
    else:
        if bound:
            parameters[0].kind = POSITIONAL_OR_KEYWORD
        parameters += [Parameter("args", VAR_POSITIONAL, context.spelled(ANY)),
                       Parameter("kwargs", VAR_KEYWORD, context.spelled(ANY))]
    return Signature(parameters, returns)
