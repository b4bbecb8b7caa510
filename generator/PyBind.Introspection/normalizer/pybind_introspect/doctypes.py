"""The types a numpydoc or Google docstring states, for parameters and results nothing annotates.

Read conservatively: only a closed vocabulary that means one type without doubt (``int``, ``float``, ``bool``,
``str``, a set of literals, a class the function's module names, "list of int", each maybe "or None") becomes a type;
"array-like", "callable", "object", "int or float", shapes of array-likes and anything else stay Any. A wrong parameter
type only narrows what a caller may pass; a wrong result type fails the conversion at run time, so results take less:
no arrays (numpy's functions give a scalar for 0-d input), no result that is only sometimes returned.
"""
from __future__ import annotations

import ast
import inspect
import re
import sys
import typing
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

# Words that name one builtin type without doubt.
_PRIMITIVES = {"int": int, "integer": int, "float": float, "bool": bool, "boolean": bool, "str": str, "string": str}
_NUMPYDOC_PARAMETERS = ("Parameters", "Other Parameters")
_GOOGLE_PARAMETERS = ("Args", "Arguments", "Parameters")
_GOOGLE_HEADER = re.compile(r"^(\w+(?: \w+)?):\s*$")
_NUMPYDOC_ENTRY = re.compile(r"^(?P<names>\*{0,2}\w+(?:\s*,\s*\*{0,2}\w+)*)\s*:\s*(?P<type>\S.*)$")
_GOOGLE_PARAMETER = re.compile(r"^\*{0,2}(?P<name>\w+)\s*\((?P<type>[^()]+)\)\s*:")
_GOOGLE_RESULT = re.compile(r"^(?P<type>[^:]+):\s")
_DEFAULT = re.compile(r"^(optional|default\b.*)$")
_OF_SHAPE = re.compile(r"\s+of shape\s*\(.*\)$")
_SOMETIMES_RETURNED = re.compile(r"\b(only )?(returned|provided) (only )?(if|when)\b|\bif\b.*\bis (True|given)\b",
                                 re.IGNORECASE)


@dataclass
class Result:
    """One entry of a Returns section: its type text and whether its description says it is not always there."""
    type: str
    sometimes: bool = False


@dataclass
class DocumentedTypes:
    parameters: Dict[str, str] = field(default_factory=dict)  # name -> type text as written
    results: List[Result] = field(default_factory=list)


def documented_types(doc: Optional[str]) -> DocumentedTypes:
    """The parameter and result type texts of a numpydoc or Google docstring (empty for any other)."""
    found = DocumentedTypes()
    if not isinstance(doc, str) or not doc.strip():
        return found
    lines = inspect.cleandoc(doc).splitlines()
    for header, body in _numpydoc_sections(lines):
        if header in _NUMPYDOC_PARAMETERS:
            for entry, _ in _entries(body):
                match = _NUMPYDOC_ENTRY.match(entry)
                if match is not None:
                    for name in match.group("names").split(","):
                        found.parameters.setdefault(name.strip().lstrip("*"), match.group("type").strip())
        elif header == "Returns" and not found.results:
            found.results = [Result(_result_type_text(entry), bool(_SOMETIMES_RETURNED.search(description)))
                             for entry, description in _entries(body)]
    for header, body in _google_sections(lines):
        if header in _GOOGLE_PARAMETERS:
            for entry, _ in _entries(body):
                match = _GOOGLE_PARAMETER.match(entry)
                if match is not None:
                    found.parameters.setdefault(match.group("name"), match.group("type").strip())
        elif header in ("Returns", "Return") and not found.results:
            entries = _entries(body)
            match = _GOOGLE_RESULT.match(entries[0][0]) if entries else None
            if match is not None:  # Google's Returns is one entry: "type: what it is"
                found.results = [Result(match.group("type").strip(), bool(_SOMETIMES_RETURNED.search(entries[0][0])))]
    return found


def _result_type_text(entry: str) -> str:
    """A numpydoc result is "name : type", or its type alone."""
    match = _NUMPYDOC_ENTRY.match(entry)
    return match.group("type").strip() if match is not None else entry


def _numpydoc_sections(lines: List[str]):
    """(header, body lines) of each "Header\\n------" section."""
    starts = [i for i in range(len(lines) - 1) if lines[i].strip() and re.fullmatch(r"\s*-{3,}\s*", lines[i + 1])
              and _indent(lines[i]) == _indent(lines[i + 1])]
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        yield lines[start].strip(), _dedented(lines[start + 2:end])


def _google_sections(lines: List[str]):
    """(header, body lines) of each "Header:" section, its body the more indented lines that follow."""
    for index, line in enumerate(lines):
        match = _GOOGLE_HEADER.match(line.strip())
        if match is None:
            continue
        body = []
        for following in lines[index + 1:]:
            if following.strip() and _indent(following) <= _indent(line):
                break
            body.append(following)
        yield match.group(1), _dedented(body)


def _entries(body: List[str]):
    """(entry line, description) pairs: an entry starts at the body's own indentation, its description is deeper."""
    entries: List[Tuple[str, str]] = []
    for line in body:
        if not line.strip():
            continue
        if _indent(line) == 0:
            entries.append((line.strip(), ""))
        elif entries:
            entry, description = entries[-1]
            entries[-1] = (entry, description + " " + line.strip())
    return entries


def _dedented(lines: List[str]) -> List[str]:
    margin = min((_indent(line) for line in lines if line.strip()), default=0)
    return [line[margin:] for line in lines]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


# -- type texts ----------------------------------------------------------------------------------------------------------

_NONE = object()


def parameter_type(text: str, default, module: Optional[str]):
    """The run-time type a parameter's documented type text means, or None when it is not certain.

    A None default makes it optional ("int, optional" with ``x=None`` is ``int | None``)."""
    found = _type(text, module, in_result=False)
    if found is None:
        return None
    return typing.Optional[found] if default is None and found is not type(None) else found


def result_type(results: List[Result], parameters: Iterable[str], module: Optional[str]):
    """The type of a Returns section: one entry's type, several entries a tuple; None when any is uncertain.

    A function taking ``axis`` (scipy.stats' ``circmean``, "circmean : float") returns an array for an array input
    whatever it documents; one taking a ``return_x``/``full_output`` flag returns more when the flag is set."""
    if not results or any(result.sometimes for result in results) or any(_shapes_result(p) for p in parameters):
        return None
    types = [_type(result.type, module, in_result=True) for result in results]
    if any(t is None for t in types):
        return None
    return types[0] if len(types) == 1 else typing.Tuple[tuple(types)]


def _shapes_result(parameter: str) -> bool:
    return parameter in ("axis", "axes", "keepdims", "out", "full_output") or parameter.startswith("return_")


def _type(text: str, module: Optional[str], in_result: bool):
    pieces = _split(text, ",")
    if not pieces or not all(_DEFAULT.match(piece.strip()) for piece in pieces[1:]):
        return None  # "int, float", "int, RandomState instance or None"
    if in_result and len(pieces) > 1:
        return None  # a result that is "optional" is not always there
    may_be_none = any(re.search(r"default\s*[=:]?\s*None\b", piece) for piece in pieces[1:])
    alternatives = [a.strip() for part in _split(pieces[0], " or ") for a in _split(part, "|")]
    kinds = [_single(a, module, in_result) for a in alternatives]
    if not kinds or any(k is None for k in kinds):
        return None
    precise = [k for k in kinds if k is not _NONE]
    if len(precise) > 1:
        return None  # "int or float": a union the vocabulary does not take
    if not precise:
        return type(None)
    return typing.Optional[precise[0]] if may_be_none or len(kinds) > 1 else precise[0]


def _split(text: str, separator: str) -> List[str]:
    """``text`` split at each ``separator`` outside brackets and quotes."""
    pieces, depth, quote, start, index = [], 0, None, 0, 0
    while index < len(text):
        c = text[index]
        if quote is not None:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(separator, index):
            pieces.append(text[start:index])
            index += len(separator)
            start = index
            continue
        index += 1
    pieces.append(text[start:])
    return pieces


def _single(text: str, module: Optional[str], in_result: bool):
    text = text.strip().rstrip(".")
    if text == "None":
        return _NONE
    if text in _PRIMITIVES:
        return _PRIMITIVES[text]
    if text.startswith("{") and text.endswith("}"):
        return _literal(text)
    list_of = re.fullmatch(r"list of (\w+)s?", text)
    if list_of is not None and list_of.group(1) in _PRIMITIVES:
        return typing.List[_PRIMITIVES[list_of.group(1)]]
    if in_result:
        return None  # a documented array or class may be a scalar or a subclass's instance
    return _class(_OF_SHAPE.sub("", text), module)


def _literal(text: str):
    """``{'a', 'b'}``: the literals a parameter takes (None among them makes it optional)."""
    try:
        values = ast.literal_eval("(" + text[1:-1] + ",)")
    except (ValueError, SyntaxError):
        return None
    if not values or not all(type(v) in (str, int, bool, type(None)) for v in values):
        return None
    literals = [v for v in values if v is not None]
    if not literals:
        return None
    found = typing.Literal[tuple(literals)]
    return typing.Optional[found] if len(literals) < len(values) else found


def _class(text: str, module: Optional[str]):
    """A name of the function's module that is a class of the same package. Not ``ndarray``: numpy-style functions
    take any array-like where they document one (``np.asarray`` first), and a C# ``Ndarray`` parameter would refuse the
    ``double[]`` that ``object`` passes."""
    if not re.fullmatch(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*", text):
        return None
    home = sys.modules.get(module) if module else None
    parts = text.split(".")
    found = getattr(home, parts[0], None) if home is not None else None
    for part in parts[1:]:
        found = getattr(found, part, None)
    if not isinstance(found, type) or not isinstance(module, str):
        return None
    package = module.split(".", 1)[0]
    return found if getattr(found, "__module__", "").split(".", 1)[0] == package else None
