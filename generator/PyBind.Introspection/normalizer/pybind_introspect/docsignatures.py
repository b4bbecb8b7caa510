"""The signature a C function's docstring starts with, where it has no ``__text_signature__``.

Hand-written C and generated bindings (OpenCV's ``cv2``: thousands of functions) write
``threshold(src, thresh, maxval, type[, dst]) -> retval, dst``: brackets around what a caller may leave out, nested
for several (``cvtColor(src, code[, dst[, dstCn]]) -> dst``), and after ``->`` a type or the names of what comes
back, several names being a tuple.
"""
from __future__ import annotations

import ast
import builtins
import re
from typing import List, Optional, Tuple

from .annotations import ANY, TypeContext
from .model import Signature
from .signatures import signature_from_ast

_NAME = re.compile(r"^\s*(?:async\s+)?[\w.]+\(")
_ARROW = re.compile(r"^\s*-{1,2}>\s*(.*?)\s*$")
_RETURNED_NAMES = re.compile(r"^\(?\s*(\w+(?:\s*,\s*\w+)+)\s*\)?$")
_BUILTIN_RESULTS = {"int", "float", "str", "bool", "bytes", "complex"}


def signature_from_doc_line(context: TypeContext, line: str) -> Optional[Signature]:
    """The signature ``line`` writes, or None when it is no signature Python can read."""
    parts = _parameters_and_result(line)
    if parts is None:
        return None
    text, result = parts
    definition = None
    for parameters in (_with_optional_defaults(text), _without_brackets(text)):
        if parameters is None:
            continue
        try:
            definition = ast.parse("def f(%s): pass" % parameters).body[0]
            break
        except SyntaxError:
            continue
    if definition is None:
        return None
    signature = signature_from_ast(context, definition, "builtins")
    signature.returns = _result(context, result)
    return signature


def _parameters_and_result(line: str) -> Optional[Tuple[str, Optional[str]]]:
    """The text between the name's parenthesis and its match, and what follows ``->`` (or ``-->``) if anything."""
    opening = _NAME.match(line)
    if opening is None:
        return None
    depth = 1
    for index in range(opening.end(), len(line)):
        depth += {"(": 1, ")": -1}.get(line[index], 0)
        if depth == 0:
            arrow = _ARROW.match(line[index + 1:])
            return line[opening.end():index], arrow.group(1) if arrow else None
    return None


def _with_optional_defaults(text: str) -> Optional[str]:
    """The parameters with each bracketed one given the default ``...``; None where a parameter a caller must
    pass follows one they may leave out (``range([start,] stop)``)."""
    entries: List[Tuple[str, bool]] = []
    current: List[str] = []
    optional = False
    brackets = nesting = 0
    for character in text + ",":
        if character == "[" and nesting == 0:
            brackets += 1
        elif character == "]" and nesting == 0:
            brackets -= 1
        elif character == "," and nesting == 0:
            entry = "".join(current).strip()
            if entry:
                entries.append((entry, optional))
            current, optional = [], False
        else:
            if character in "([{":
                nesting += 1
            elif character in ")]}":
                nesting -= 1
            if not current and not character.isspace():
                optional = brackets > 0
            if current or not character.isspace():
                current.append(character)
    if brackets != 0:
        return None
    written: List[str] = []
    seen_optional = False
    for entry, is_optional in entries:
        plain = not entry.startswith("*") and entry != "/"
        has_default = "=" in entry
        if plain and not is_optional and not has_default and seen_optional:
            return None
        seen_optional = seen_optional or plain and (is_optional or has_default)
        written.append(entry + "=..." if plain and is_optional and not has_default else entry)
    return ", ".join(written)


def _without_brackets(text: str) -> str:
    """The parameters with every bracketed part left out, innermost first."""
    while True:
        shorter = re.sub(r"\[[^\[\]]*\]", "", text)
        if shorter == text:
            return text
        text = shorter


def _result(context: TypeContext, text: Optional[str]) -> ast.expr:
    """``None``, a builtin scalar's name, or the names of several values (a tuple of that many); else ``Any``."""
    if text == "None":
        return ast.Constant(value=None)
    if text in _BUILTIN_RESULTS:
        return context.builtin(text)
    names = _RETURNED_NAMES.match(text or "")
    if names is None:
        return context.spelled(ANY)
    named = [n.strip() for n in names.group(1).split(",")]
    if any(n == "None" or isinstance(getattr(builtins, n, None), type) for n in named):
        return context.spelled(ANY)  # types, not names: numpy's ``get_handler_name(a: ndarray) -> str,None``
    count = len(named)
    return ast.Subscript(value=context.builtin("tuple"),
                         slice=ast.Tuple(elts=[context.spelled(ANY) for _ in range(count)], ctx=ast.Load()),
                         ctx=ast.Load())
