"""Writing a :class:`NormalizedModule` as dialect text: one order, one spelling, byte-stable."""
from __future__ import annotations

import ast
import hashlib
import re
from typing import Callable, List, Optional, Tuple

from .model import (CLASSMETHOD, KEYWORD_ONLY, POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, STATICMETHOD, VAR_KEYWORD,
                    VAR_POSITIONAL, Class, Diagnostic, Function, NormalizedModule, Parameter, Property, Signature, Variable)

DIALECT_VERSION = 1
INDENT = "    "
MAX_LINE = 100  # a signature longer than this is written one parameter per line


def render(module: NormalizedModule, interpreter: str, diagnostics: Optional[List[Diagnostic]] = None) -> str:
    """The stub's text. It is valid ``.pyi`` by construction: a member whose text cannot be written, or is not
    valid Python, is left out (with a warning in ``diagnostics``), so one odd member never costs the module."""
    body = _body(module, diagnostics if diagnostics is not None else [])
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    header = [
        "# pybind-stub: %d" % DIALECT_VERSION,
        "# module: " + module.name,
        "# module-version: " + module.version,
        "# interpreter: " + interpreter,
        "# sources: " + ", ".join(module.sources),
        "# content-hash: sha256:" + digest,
    ]
    return "\n".join(header) + "\n" + body


def _body(module: NormalizedModule, diagnostics: List[Diagnostic]) -> str:
    """Sections (separated by a blank line) of units (one line, a function group or a class, each named)."""
    sections: List[List[Tuple[str, Callable[[], List[str]]]]] = []
    if module.doc is not None:
        sections.append([("the module docstring", lambda: [docstring(module.doc, "")])])
    imports = [(name, "import " + name) for name in sorted(module.imports)]
    imports += [(s.name, "import %s as %s" % (s.module, s.name)) for s in sorted(module.submodules, key=lambda s: s.name)]
    imports += [(r.name, "from %s import %s as %s" % (r.module, r.qualname, r.name))
                for r in sorted(module.reexports, key=lambda r: r.name)]
    sections.append([(name, lambda line=line: [line]) for name, line in imports])
    sections.append([(t.name, lambda t=t: [_typevar(t)]) for t in sorted(module.typevars, key=lambda t: t.name)])
    sections.append([(a.name, lambda a=a: ["%s: typing.TypeAlias = %s" % (a.name, ast.unparse(a.value))])
                     for a in sorted(module.aliases, key=lambda a: a.name)])
    sections.append([(v.name, lambda v=v: [_variable(v, "")]) for v in sorted(module.constants, key=lambda v: v.name)])
    for function in sorted(module.functions, key=lambda f: f.name):
        sections.append([(function.name, lambda f=function: _function(f, ""))])
    for cls in sorted(module.classes, key=lambda c: c.name):
        sections.append([(cls.name, lambda c=cls: _class(c, ""))])
    units = []  # (section index, name, lines)
    for index, section in enumerate(sections):
        for name, write in section:
            try:
                units.append((index, name, write()))
            except Exception as error:  # noqa: BLE001 - a member the writer cannot spell is left out
                diagnostics.append(_left_out(module, name, "writing it raised %s: %s" % (type(error).__name__, error)))
    while True:
        text, starts = _join(units)
        try:
            ast.parse(text)
            return text
        except SyntaxError as error:
            culprit = max((i for i, start in enumerate(starts) if start <= (error.lineno or 1)), default=None)
            if culprit is None:
                raise
            diagnostics.append(_left_out(module, units[culprit][1], "its stub text is not valid Python (%s)"
                                         % error.msg))
            del units[culprit]


def _join(units) -> Tuple[str, List[int]]:
    """The body's text, and the line each unit starts on (1-based)."""
    lines: List[str] = []
    starts: List[int] = []
    previous_section = None
    for section, _, unit_lines in units:
        if previous_section is not None and section != previous_section:
            lines.append("")
        previous_section = section
        starts.append(len(lines) + 1)
        lines += unit_lines
    text = "\n".join(lines)
    return (text + "\n" if text else ""), starts


def _left_out(module: NormalizedModule, name: str, cause: str) -> Diagnostic:
    return Diagnostic("'%s.%s' was left out: %s" % (module.name, name, cause))


def _typevar(declaration) -> str:
    arguments = [repr(declaration.name)] + [ast.unparse(c) for c in declaration.constraints]
    if declaration.bound is not None:
        arguments.append("bound=" + ast.unparse(declaration.bound))
    return "%s = typing.%s(%s)" % (declaration.name, declaration.factory, ", ".join(arguments))


def _variable(variable: Variable, indent: str) -> str:
    line = "%s%s: %s" % (indent, variable.name, ast.unparse(variable.annotation))
    if variable.value is not None:
        line += " = " + ast.unparse(variable.value)
    return line


def _class(cls: Class, indent: str) -> List[str]:
    bases = "(%s)" % ", ".join(ast.unparse(b) for b in cls.bases) if cls.bases else ""
    lines = []
    if cls.is_final:
        lines.append(indent + "@typing.final")
    inner = indent + INDENT
    body: List[str] = []
    if cls.doc is not None:
        body.append(docstring(cls.doc, inner))
    body += ["%s%s = %s" % (inner, m.name, ast.unparse(m.value)) for m in cls.enum_members]
    # Attributes keep definition order: it is a NamedTuple's or dataclass's field (and constructor) order.
    body += [_variable(v, inner) for v in cls.attributes]
    members = [(f.name, _function(f, inner)) for f in cls.functions]
    members += [(p.name, _property(p, inner)) for p in cls.properties]
    for _, member_lines in sorted(members, key=lambda m: m[0]):
        body += member_lines
    for nested in sorted(cls.classes, key=lambda c: c.name):
        body += _class(nested, inner)
    if body:
        lines.append("%sclass %s%s:" % (indent, cls.name, bases))
        lines += body
    else:
        lines.append("%sclass %s%s: ..." % (indent, cls.name, bases))
    return lines


def _function(function: Function, indent: str) -> List[str]:
    lines: List[str] = []
    overloaded = len(function.signatures) > 1
    for index, signature in enumerate(function.signatures):
        decorators = []
        if overloaded:
            decorators.append("typing.overload")
        if function.callable_object is not None:
            decorators.append("pybind.callable_object(%s)" % ast.unparse(function.callable_object))
        if function.is_final:
            decorators.append("typing.final")
        if function.kind in (CLASSMETHOD, STATICMETHOD):
            decorators.append(function.kind)
        if function.is_abstract:
            decorators.append("abc.abstractmethod")
        if signature.from_docstring:
            lines.append(indent + "# typed by the docstring: " + ", ".join(signature.from_docstring))
        lines += [indent + "@" + d for d in decorators]
        keyword = "async def" if function.is_async else "def"
        # An overload set documents the function once, on its first overload.
        lines += _definition(indent, keyword, function.name, signature, function.doc if index == 0 else None)
    return lines


def _property(prop: Property, indent: str) -> List[str]:
    abstract = [indent + "@abc.abstractmethod"] if prop.is_abstract else []
    getter = Signature([_self()], prop.type)
    lines = [indent + "@property"] + abstract + _definition(indent, "def", prop.name, getter, prop.doc)
    if prop.settable:
        value = Parameter("value", POSITIONAL_OR_KEYWORD, prop.setter_type or prop.type)
        setter = Signature([_self(), value], ast.Constant(value=None))
        lines += ["%s@%s.setter" % (indent, prop.name)] + abstract + _definition(indent, "def", prop.name, setter, None)
    if prop.deletable:
        deleter = Signature([_self()], ast.Constant(value=None))
        lines += ["%s@%s.deleter" % (indent, prop.name)] + abstract + _definition(indent, "def", prop.name, deleter,
                                                                                  None)
    return lines


def _self() -> Parameter:
    return Parameter("self", POSITIONAL_OR_KEYWORD, None)


def _definition(indent: str, keyword: str, name: str, signature: Signature, doc: Optional[str]) -> List[str]:
    parameters = _parameters(signature)
    returns = ast.unparse(signature.returns)
    head = "%s%s %s(%s) -> %s:" % (indent, keyword, name, ", ".join(parameters), returns)
    if len(head) + 4 > MAX_LINE and parameters:
        inner = indent + INDENT
        lines = ["%s%s %s(" % (indent, keyword, name)] + [inner + p + "," for p in parameters]
        lines.append("%s) -> %s:" % (indent, returns))
    else:
        lines = [head]
    if doc is None:
        lines[-1] += " ..."
    else:
        lines += [docstring(doc, indent + INDENT), indent + INDENT + "..."]
    return lines


def _parameters(signature: Signature) -> List[str]:
    parts: List[str] = []
    parameters = signature.parameters
    has_var_positional = any(p.kind == VAR_POSITIONAL for p in parameters)
    for index, parameter in enumerate(parameters):
        if parameter.kind == KEYWORD_ONLY and not has_var_positional and \
                (index == 0 or parameters[index - 1].kind != KEYWORD_ONLY):
            parts.append("*")
        prefix = {VAR_POSITIONAL: "*", VAR_KEYWORD: "**"}.get(parameter.kind, "")
        text = prefix + parameter.name
        if parameter.annotation is not None:
            text += ": " + ast.unparse(parameter.annotation)
        if parameter.default is not None:
            text += (" = " if parameter.annotation is not None else "=") + ast.unparse(parameter.default)
        parts.append(text)
        is_last_positional_only = parameter.kind == POSITIONAL_ONLY and (
            index + 1 == len(parameters) or parameters[index + 1].kind != POSITIONAL_ONLY)
        if is_last_positional_only:
            parts.append("/")
    return parts


# -- docstrings ----------------------------------------------------------------------------------

# What a docstring literal must escape: backslashes, quotes (decided by context below), a space or tab
# ending a line, and control characters / line separators other than LF and TAB (Cc, Cs, Zl, Zp, BOM).
_ESCAPED = re.compile("[\\\\\"]|[ \t](?=\n|\\Z)|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


def docstring(text: str, indent: str) -> str:
    """A triple-quoted literal whose value is exactly ``text`` and whose lines have no trailing spaces.

    Only what would change the value or the file's shape is escaped: backslashes, quotes that
    would close the literal, control characters and line separators other than ``\\n``, and
    whitespace at the end of a line (written as ``\\x20`` / ``\\t``).
    """
    return indent + '"""' + _ESCAPED.sub(_escape, text) + '"""'


def _escape(match) -> str:
    char = match.group()
    if char == "\\":
        return "\\\\"
    if char == '"':
        text, index = match.string, match.start()
        closes = text.startswith('""', index + 1) or text[index - 1:index] == '"' or index == len(text) - 1
        return '\\"' if closes else '"'
    if char == " ":
        return "\\x20"
    if char == "\t":
        return "\\t"
    code = ord(char)
    return "\\x%02x" % code if code < 0x100 else ("\\u%04x" % code if code < 0x10000 else "\\U%08x" % code)
