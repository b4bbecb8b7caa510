"""The normalized form of one module, independent of where each member came from.

Type expressions are ``ast.expr`` nodes already rewritten by :mod:`annotations` (fully
qualified, one spelling); :mod:`writer` turns this model into dialect text.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import List, Optional

POSITIONAL_ONLY = "positional_only"
POSITIONAL_OR_KEYWORD = "positional_or_keyword"
VAR_POSITIONAL = "var_positional"
KEYWORD_ONLY = "keyword_only"
VAR_KEYWORD = "var_keyword"

FUNCTION = "function"
METHOD = "method"
CLASSMETHOD = "classmethod"
STATICMETHOD = "staticmethod"


@dataclass
class Parameter:
    name: str
    kind: str
    annotation: Optional[ast.expr]  # None only for an unannotated self/cls
    default: Optional[ast.expr] = None  # None: required; else a literal or `...`


@dataclass
class Signature:
    parameters: List[Parameter]
    returns: ast.expr
    from_docstring: List[str] = field(default_factory=list)  # parameters ("return": the result) typed by the docstring


@dataclass
class Function:
    name: str
    signatures: List[Signature]  # more than one: an overload set, in source order
    kind: str = FUNCTION
    is_async: bool = False
    is_final: bool = False
    is_abstract: bool = False
    doc: Optional[str] = None
    callable_object: Optional[ast.expr] = None  # the instance's type, for callable objects


@dataclass
class Property:
    name: str
    type: ast.expr
    settable: bool = False
    deletable: bool = False
    setter_type: Optional[ast.expr] = None
    is_abstract: bool = False
    doc: Optional[str] = None


@dataclass
class Variable:
    """A module constant or a class attribute."""
    name: str
    annotation: ast.expr
    value: Optional[ast.expr] = None  # a literal, when known


@dataclass
class EnumMember:
    name: str
    value: ast.expr  # a literal, or `...` when not known without importing


@dataclass
class Class:
    name: str
    bases: List[ast.expr] = field(default_factory=list)
    doc: Optional[str] = None
    is_final: bool = False
    enum_members: List[EnumMember] = field(default_factory=list)
    attributes: List[Variable] = field(default_factory=list)
    functions: List[Function] = field(default_factory=list)
    properties: List[Property] = field(default_factory=list)
    classes: List["Class"] = field(default_factory=list)


@dataclass
class TypeVarDeclaration:
    name: str
    factory: str  # "TypeVar", "ParamSpec" or "TypeVarTuple"
    constraints: List[ast.expr] = field(default_factory=list)
    bound: Optional[ast.expr] = None


@dataclass
class AliasDeclaration:
    name: str
    value: ast.expr


@dataclass
class ReExport:
    """``from module import qualname as name``: a class or alias whose home is another module."""
    name: str
    module: str
    qualname: str


@dataclass
class Submodule:
    """``import module as name``: a module attribute that is a module of the same package."""
    name: str
    module: str


@dataclass
class NormalizedModule:
    name: str
    version: str
    doc: Optional[str] = None
    imports: List[str] = field(default_factory=list)
    submodules: List[Submodule] = field(default_factory=list)
    reexports: List[ReExport] = field(default_factory=list)
    typevars: List[TypeVarDeclaration] = field(default_factory=list)
    aliases: List[AliasDeclaration] = field(default_factory=list)
    constants: List[Variable] = field(default_factory=list)
    functions: List[Function] = field(default_factory=list)
    classes: List[Class] = field(default_factory=list)
    sources: List[str] = field(default_factory=list)


@dataclass
class Diagnostic:
    """A warning about one module: what was degraded and why, at the source line that caused it when known."""
    message: str
    path: Optional[str] = None  # the file the cause is in (a stub, a .py source); None when no file is to blame
    line: int = 0  # 1-based; 0 when only the file is known
    import_failed: bool = False  # the module could not be imported and is described without it (the build warns at its [PyImport])

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return "%s:%d: %s" % (self.path, self.line, self.message) if self.line else "%s: %s" % (self.path, self.message)
