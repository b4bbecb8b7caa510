"""What an imported module tells about itself: names, docstrings, signatures, enum values.

Used for members that no typed source describes, and for what sources never carry
(docstrings, enum member values, the run-time type of callable objects). Everything here reads
objects that already exist; nothing is called except ``inspect.signature`` and ``typing``'s
introspection helpers, and annotations are evaluated as ``typing.get_type_hints`` would (one by one
where it fails, with the names a module imports only for type checkers).
"""
from __future__ import annotations

import __future__
import ast
import contextlib
import enum
import functools
import importlib
import importlib.util
import inspect
import keyword
import sys
import types
import typing
from typing import Dict, List, Optional, Tuple

from .annotations import ANY, TypeContext, union
from .conditions import TYPE_CHECKING_NAMES, dotted_name
from .docsignatures import signature_from_doc_line
from .doctypes import DocumentedTypes, documented_types, parameter_type, result_type
from .model import (CLASSMETHOD, FUNCTION, KEYWORD_ONLY, METHOD, POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD,
                    STATICMETHOD, VAR_KEYWORD, VAR_POSITIONAL, Class, EnumMember, Function, Parameter, Property,
                    Signature, Variable)
from .omissions import Omissions, live_location
from .resolver import ALIAS, CLASS, Symbol, is_public_module
from .selfattributes import assigned_attributes
from .signatures import ELLIPSIS, is_literal, literal_from_value

_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: POSITIONAL_ONLY,
    inspect.Parameter.POSITIONAL_OR_KEYWORD: POSITIONAL_OR_KEYWORD,
    inspect.Parameter.VAR_POSITIONAL: VAR_POSITIONAL,
    inspect.Parameter.KEYWORD_ONLY: KEYWORD_ONLY,
    inspect.Parameter.VAR_KEYWORD: VAR_KEYWORD,
}
_FUNCTION_TYPES = (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.BuiltinMethodType,
                   types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType,
                   types.ClassMethodDescriptorType)
def is_routine(obj) -> bool:
    """Functions and methods, CPython's own kinds and those of compiled extensions (Cython's
    ``cython_function_or_method``, the methods of lxml's elements) or decorators (``functools.lru_cache``):
    callables that bind to an instance as a function does."""
    return isinstance(obj, _FUNCTION_TYPES) or callable(obj) and inspect.isroutine(obj)


def documented(obj) -> bool:
    """Objects whose ``__doc__`` describes them (an int's ``__doc__`` describes ``int``, not the value): classes,
    modules, properties and whatever can be called (a routine or a callable object)."""
    return isinstance(obj, (type, types.ModuleType, property)) or callable(obj)


def is_callable_object(obj) -> bool:
    return callable(obj) and not isinstance(obj, (type, types.ModuleType)) and not is_routine(obj)


def docstring_of(obj) -> Optional[str]:
    if not documented(obj):
        return None
    doc = getattr(obj, "__doc__", None)
    if doc is None and is_callable_object(obj):
        doc = getattr(getattr(type(obj), "__call__", None), "__doc__", None)  # what calling it does
    return doc if isinstance(doc, str) else None


_MISSING = object()


class RuntimeModule:
    """An imported module and the questions the builder asks it."""

    def __init__(self, module: types.ModuleType):
        self.module = module
        self.name = module.__name__
        self._top = self.name.split(".", 1)[0]

    def public_names(self) -> List[str]:
        """``__all__`` when the module has one; else its non-underscore names that belong to it.

        Without ``__all__``, a name that the module merely imported from another package
        (``from typing import Any``, ``import os``) is not part of its API.
        """
        declared = self.get("__all__")
        if isinstance(declared, (list, tuple)) and all(isinstance(n, str) for n in declared):
            return [n for n in dict.fromkeys(declared) if self.has(n)]
        return [name for name in sorted(vars(self.module)) if not name.startswith("_")
                and self._belongs(vars(self.module)[name])]

    def _belongs(self, obj) -> bool:
        if isinstance(obj, types.ModuleType):
            return obj.__name__.startswith(self.name + ".")
        if isinstance(obj, __future__._Feature):  # `from __future__ import annotations` binds a name too
            return False
        owner = getattr(obj, "__module__", None) if isinstance(obj, type) or is_routine(obj) else None
        return owner is None or owner.split(".", 1)[0] == self._top

    def declares_all(self) -> bool:
        """Whether the module lists its API in ``__all__``."""
        return isinstance(self.get("__all__"), (list, tuple))

    def has(self, name: str) -> bool:
        return self.get(name, _MISSING) is not _MISSING

    def get(self, name: str, default=None):
        # A module's own __getattr__ may raise something else than AttributeError for a name it lacks (dask.ml
        # raises ImportError for any name while dask-ml is not installed): that name is not there either.
        try:
            return getattr(self.module, name, default)
        except Exception:
            return default


class RuntimeBuilder:
    """Builds model members from live objects, for names no typed source describes."""

    def __init__(self, context: TypeContext, omissions: Omissions):
        self._context = context
        self._omissions = omissions

    # -- type references -----------------------------------------------------------------------

    def home(self, cls: type) -> Tuple[str, str]:
        """``(module, qualname)`` users reach a class by: the static home when a typed source knows the
        class, else the shortest public module (already imported) that has it, else where it was defined."""
        module = getattr(cls, "__module__", None) or "builtins"
        qualname = getattr(cls, "__qualname__", cls.__name__)
        if module == "builtins" or "<locals>" in qualname:
            return module, qualname
        symbol = self._static_symbol(module, qualname)
        if symbol is not None:
            return self._context.world.home(symbol)
        outer = qualname.split(".")[0]
        defining = sys.modules.get(module)
        for candidate in _candidate_modules(module):
            loaded = sys.modules.get(candidate)
            if loaded is not None and defining is not None and \
                    getattr(loaded, outer, None) is getattr(defining, outer, None):
                return candidate, qualname
        return module, qualname

    def _static_symbol(self, module: str, qualname: str) -> Optional[Symbol]:
        world = self._context.world
        symbol = world.lookup(module, qualname.split(".")[0])
        for part in qualname.split(".")[1:]:
            symbol = world.member(symbol, part)
        return symbol if symbol.kind in (CLASS, ALIAS) and world.home(symbol) is not None else None

    def class_reference(self, cls: type) -> ast.expr:
        """How an annotation names a live class (see :meth:`home`)."""
        if cls is type(None):
            return ast.Constant(value=None)
        module, qualname = self.home(cls)
        if not is_nameable(module, qualname):
            return self._context.spelled(ANY)  # a class made inside a function (`f.<locals>.C`): no one can name it
        if module == "builtins":
            return self._context.builtin(qualname)
        local = Symbol(CLASS, module, qualname)
        if module == self._context.target and local in self._context.local_classes:
            return ast.parse(self._context.local_classes[local], mode="eval").body
        return self._context.dotted(module, qualname)

    def annotation(self, value, receiver=None) -> ast.expr:
        """A run-time annotation object in the dialect's spelling (unknown forms become typing.Any); ``receiver`` is
        the TypeVar a method's receiver is annotated with, which stands for its class: ``typing.Self``."""
        context = self._context
        if value is inspect.Parameter.empty or value is typing.Any:
            return context.spelled(ANY)
        if value is getattr(typing, "Self", None) or receiver is not None and value is receiver:
            return context.spelled("typing.Self")
        if value is None or value is type(None):
            return ast.Constant(value=None)
        origin = typing.get_origin(value)
        arguments = typing.get_args(value)
        if origin is typing.Union or (hasattr(types, "UnionType") and origin is getattr(types, "UnionType")):
            return union([self.annotation(a, receiver) for a in arguments])
        if origin is typing.Literal:
            literals = [literal_from_value(a) for a in arguments]
            if any(item is None for item in literals):
                return context.spelled(ANY)
            index = literals[0] if len(literals) == 1 else ast.Tuple(elts=literals, ctx=ast.Load())
            return ast.Subscript(value=context.spelled("typing.Literal"), slice=index, ctx=ast.Load())
        if origin is typing.ClassVar or origin is typing.Final:
            return self.annotation(arguments[0]) if arguments else context.spelled(ANY)
        if origin is not None and isinstance(origin, type):
            head = self.class_reference(origin)
            if not arguments:
                return head
            converted = [self._argument(a, receiver) for a in arguments]
            index = converted[0] if len(converted) == 1 else ast.Tuple(elts=converted, ctx=ast.Load())
            return ast.Subscript(value=head, slice=index, ctx=ast.Load())
        if isinstance(value, type):
            return self.class_reference(value)
        return context.spelled(ANY)

    def _argument(self, value, receiver) -> ast.expr:
        if isinstance(value, list):  # Callable's parameter list
            return ast.List(elts=[self.annotation(v, receiver) for v in value], ctx=ast.Load())
        if value is Ellipsis:
            return ast.Constant(value=Ellipsis)
        return self.annotation(value, receiver)

    # -- signatures ----------------------------------------------------------------------------

    def signature(self, obj, owner: Optional[type] = None, receiver: Optional[str] = None) -> Signature:
        """From ``inspect.signature`` (``__text_signature__`` for C functions), else the docstring's first line,
        else ``(*args, **kwargs)``. What no annotation types, the docstring may (see :mod:`doctypes`); a
        constructor's parameters are documented in its class's docstring (``owner``) as often as in its own.
        ``receiver`` names a method's ``self``/``cls``: a TypeVar it is annotated with is the method's own class."""
        try:
            found = inspect.signature(obj)
        except (TypeError, ValueError):
            found = None
        if found is not None:
            hints = _type_hints(obj)
            variable = _receiver_variable(hints.get(receiver)) if receiver else None
            static = _statically_literal_defaults(obj)
            documented_defaults = self._documented_defaults(obj, found)
            documented = _documented_types(obj, owner)
            module = getattr(obj, "__module__", None)
            parameters, from_docstring = [], []
            for parameter in found.parameters.values():
                annotation = hints.get(parameter.name, parameter.annotation)
                if annotation is inspect.Parameter.empty and parameter.name in documented.parameters:
                    stated = parameter_type(documented.parameters[parameter.name], parameter.default, module)
                    if stated is not None:
                        annotation = stated
                        from_docstring.append(parameter.name)
                default = documented_defaults.get(parameter.name)
                if parameter.default is not inspect.Parameter.empty:
                    default = (literal_from_value(parameter.default) if static(parameter.name) else None) or ELLIPSIS
                parameters.append(Parameter(parameter.name, _KINDS[parameter.kind], self.annotation(annotation, variable),
                                            default))
            return_hint = hints.get("return", found.return_annotation)
            if getattr(obj, "__name__", None) == "__init__" and found.return_annotation is inspect.Parameter.empty:
                return_hint = None
            elif return_hint is inspect.Parameter.empty:
                stated = result_type(documented.results, found.parameters, module)
                if stated is not None:
                    return_hint = stated
                    from_docstring.append("return")
            return Signature(parameters, self.annotation(return_hint, variable), from_docstring)
        from_doc = self._signature_from_doc(obj)
        if from_doc is not None:
            return from_doc
        context = self._context
        return Signature([Parameter("args", VAR_POSITIONAL, context.spelled(ANY)),
                          Parameter("kwargs", VAR_KEYWORD, context.spelled(ANY))], context.spelled(ANY))

    def _documented_defaults(self, obj, found: inspect.Signature) -> dict:
        """The defaults a compiled function's docstring gives where its run-time signature has none: Cython's
        methods report ``find(self, path, namespaces)`` while their embedded signature, the docstring's first line,
        says ``find(self, path, namespaces=None)``. Only when both name the same parameters in the same order."""
        if isinstance(obj, types.FunctionType):
            return {}
        from_doc = self._signature_from_doc(obj)
        if from_doc is None or [p.name for p in from_doc.parameters] != list(found.parameters):
            return {}
        return {p.name: p.default for p in from_doc.parameters if p.default is not None}

    def _signature_from_doc(self, obj) -> Optional[Signature]:
        # C functions without __text_signature__ often start their docstring with "name(a, b=1[, c])".
        doc = getattr(obj, "__doc__", None)
        if not isinstance(doc, str) or not doc.strip():
            return None
        return signature_from_doc_line(self._context, doc.strip().splitlines()[0])

    # -- members -------------------------------------------------------------------------------

    def function(self, name: str, obj, kind: str = FUNCTION, owner: Optional[type] = None) -> Function:
        receiver = {METHOD: "self", CLASSMETHOD: "cls"}.get(kind)
        signatures = [self.signature(overload, receiver=receiver) for overload in _overloads(obj)] \
            or [self.signature(obj, owner, receiver)]
        if kind in (METHOD, CLASSMETHOD):
            for signature in signatures:
                _receive_first(signature, obj, "cls" if kind == CLASSMETHOD else "self")
        is_async = inspect.iscoroutinefunction(obj)
        return Function(name, signatures, kind=kind, is_async=is_async, doc=docstring_of(obj))

    def callable_object(self, name: str, obj) -> Function:
        function = self.function(name, obj)
        function.callable_object = self.callable_type(obj)
        return function

    def callable_type(self, obj) -> ast.expr:
        """The nearest class of a callable object that users can name (a private helper class is not), preferring
        one a public module offers: ``scipy.stats.norm`` is a ``norm_gen`` that only the private
        ``scipy.stats._continuous_distns`` has, so its type is the ``rv_continuous`` that ``scipy.stats`` exports,
        whose methods (``cdf``, ``pdf``) a binding gives it."""
        homes = [(cls, self.home(cls)) for cls in type(obj).__mro__ if cls is not object]
        nameable = [(cls, home) for cls, home in homes if not cls.__name__.startswith("_") and is_nameable(*home)]
        public = [cls for cls, home in nameable if is_public_module(home[0])]
        if public or nameable:
            return self.class_reference(public[0] if public else nameable[0][0])
        own_home = homes[0][1] if homes else self.home(type(obj))
        return self.class_reference(type(obj)) if is_nameable(*own_home) else self._context.builtin("object")

    def constant(self, name: str, obj) -> Variable:
        # The value is not recorded: a run-time value may depend on the machine (time.timezone).
        return Variable(name, self.class_reference(type(obj)))

    def klass(self, name: str, cls: type) -> Class:
        result = Class(name, doc=docstring_of(cls))
        owners = [cls]
        pending = [b for b in cls.__bases__ if b is not object]
        while pending:
            base = pending.pop(0)
            if self._is_private_class(base):
                # A private base (scikit-learn's linear_model._base.LinearModel): users cannot name it, so its
                # members (LinearRegression.predict) belong to the public class, and its own bases take its place.
                owners.append(base)
                pending.extend(b for b in base.__bases__ if b is not object and b not in pending)
                continue
            reference = self.class_reference(base)
            if all(ast.dump(reference) != ast.dump(known) for known in result.bases):
                result.bases.append(reference)
        if isinstance(cls, enum.EnumMeta):
            result.enum_members = enum_members(cls)
        defined = set()
        for owner in owners:
            for member_name, raw in vars(owner).items():  # definition order, as a class body declares it
                if member_name in defined or \
                        member_name.startswith("_") and not (member_name.startswith("__") and member_name.endswith("__")):
                    continue
                if isinstance(cls, enum.EnumMeta) and member_name in cls.__members__:
                    continue
                defined.add(member_name)
                with self._omissions.guard(result, "%s.%s.%s" % (self._context.target, name, member_name),
                                           lambda: live_location(raw)):
                    self.add_class_member(result, owner, member_name, raw)
        for attribute in assigned_attributes(owners, _definition_at):
            if attribute not in defined and not (isinstance(cls, enum.EnumMeta) and attribute in cls.__members__):
                defined.add(attribute)
                result.attributes.append(Variable(attribute, self._context.spelled(ANY)))
        return result

    def _is_private_class(self, cls: type) -> bool:
        """A class no stub describes: its home module or its name is private, or its module's ``__all__`` leaves
        it out (statsmodels' RegressionModel, the base of OLS and WLS, which hold its fit)."""
        module, qualname = self.home(cls)
        if module == "builtins" or not is_nameable(module, qualname):
            return False
        if not is_public_module(module) or any(part.startswith("_") for part in qualname.split(".")):
            return True
        declared = getattr(sys.modules.get(module), "__all__", None)
        return isinstance(declared, (list, tuple)) and qualname.split(".")[0] not in declared

    def add_class_member(self, result: Class, cls: type, name: str, raw) -> None:
        if isinstance(raw, property):
            result.properties.append(Property(name, self.annotation(_return_hint(raw.fget)),
                                              settable=raw.fset is not None, deletable=raw.fdel is not None,
                                              doc=docstring_of(raw)))
        elif isinstance(raw, functools.cached_property):
            # Read from an instance it is its function's result (computed once), not the descriptor; assigning or
            # deleting replaces or forgets that result, as the dialect writes a cached_property of typed sources.
            result.properties.append(Property(name, self.annotation(_return_hint(raw.func)), settable=True,
                                              deletable=True, doc=raw.__doc__))
        elif isinstance(raw, staticmethod):
            result.functions.append(self.function(name, raw.__func__, STATICMETHOD))
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            result.functions.append(self.function(name, getattr(cls, name), CLASSMETHOD))
        elif isinstance(raw, type):
            if not name.startswith("_") and raw.__qualname__ == cls.__qualname__ + "." + name:
                result.classes.append(self.klass(name, raw))
        elif is_routine(raw):
            result.functions.append(self.function(name, raw, METHOD, cls))
        elif not name.startswith("_"):
            if isinstance(raw, types.GetSetDescriptorType) or isinstance(raw, types.MemberDescriptorType):
                result.properties.append(Property(name, self._context.spelled(ANY), settable=True,
                                                  doc=docstring_of(raw)))
            elif hasattr(type(raw), "__get__"):
                from_class = _read_from_class(cls, name)
                if is_routine(from_class) and not hasattr(type(raw), "__set__"):
                    # A method behind a descriptor that gives a function from the class and a bound method from an
                    # instance (scikit-learn's available_if: Pipeline.predict, score, predict_proba).
                    result.functions.append(self.function(name, from_class, METHOD, cls))
                else:
                    result.properties.append(self._descriptor(name, raw, from_class))
            else:
                result.attributes.append(Variable(name, self.class_reference(type(raw)), literal_from_value(raw)))

    def _descriptor(self, name: str, raw, from_class) -> Property:
        """A descriptor is what reading it from an instance gives, never the descriptor object (pandas' cache_readonly
        ``Index.is_unique`` is a bool, not a ``CachedProperty``): Any, except for the accessor pattern (pandas'
        ``Series.str``, xarray's accessors), which gives its class when read from the class and an instance of it
        when read from an instance — unless that class's ``__new__`` may make something else (pandas' ``.dt``)."""
        settable = hasattr(type(raw), "__set__")
        if isinstance(from_class, type) and from_class is not type(raw) and from_class.__new__ is object.__new__:
            return Property(name, self.class_reference(from_class), settable=settable, doc=docstring_of(from_class))
        # Its own docstring (the function it caches), not its class's.
        doc = getattr(raw, "__doc__", None)
        return Property(name, self._context.spelled(ANY), settable=settable,
                        doc=doc if isinstance(doc, str) and doc != type(raw).__doc__ else None)


def _read_from_class(cls: type, name: str):
    """What a descriptor gives when read from its class; None when it refuses the class (what it gives stays unknown)."""
    try:
        return getattr(cls, name)
    except Exception:  # noqa: BLE001 - a descriptor may raise anything
        return None


def _documented_types(obj, owner: Optional[type]) -> DocumentedTypes:
    """The types the function's docstring states; for a constructor documented only by its class, the class's."""
    own = documented_types(docstring_of(obj))
    if own.parameters or owner is None or getattr(obj, "__name__", None) not in ("__init__", "__new__"):
        return own
    return DocumentedTypes(parameters=documented_types(docstring_of(owner)).parameters)


def _receiver_variable(hint) -> Optional[typing.TypeVar]:
    """The TypeVar of ``self: T`` or ``cls: type[T]`` (pandas' ``def head(self: NDFrameT, n) -> NDFrameT``, the
    spelling of ``Self`` before Python 3.11), else None."""
    if typing.get_origin(hint) in (type, typing.Type) and typing.get_args(hint):
        hint = typing.get_args(hint)[0]
    return hint if isinstance(hint, typing.TypeVar) else None


def _receive_first(signature: Signature, obj, name: str) -> None:
    """A method's signature starts with its receiver (``self``/``cls``), unannotated unless the source says.

    What describes a method at run time often lacks it: a class method read from the class is bound (its
    signature starts after ``cls``), a docstring's first line (``Timestamp.utcnow()``) never has it, and neither
    has the ``(*args, **kwargs)`` of a method nothing describes.
    """
    parameters = signature.parameters
    first = parameters[0] if parameters else None
    has_receiver = first is not None and first.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD) \
        and not _is_bound(obj) and (first.name in ("self", "cls") or _has_own_signature(obj))
    if has_receiver:
        first.annotation = None
    else:
        taken = {p.name for p in parameters}
        while name in taken:  # igraph's Graph.Isoclass(n, cls, directed=False) has a parameter named cls
            name = "_" + name
        parameters.insert(0, Parameter(name, POSITIONAL_ONLY, None))


def _is_bound(obj) -> bool:
    """A method bound to its receiver: a Python one, or a C class method read from its class (igraph's
    ``Graph.Famous``, ``dict.fromkeys``: a builtin method whose ``__self__`` is the class, not a module)."""
    return inspect.ismethod(obj) or isinstance(obj, types.BuiltinMethodType) and isinstance(obj.__self__, type)


def _has_own_signature(obj) -> bool:
    """Whether ``inspect.signature`` describes ``obj`` (then its first parameter is the receiver, whatever its name)."""
    try:
        inspect.signature(obj)
    except (TypeError, ValueError):
        return False
    return True


def fill_literal_defaults(function: Function, live) -> None:
    """Give a stub's ``...`` defaults the live function's literal values (typeshed writes ``...`` everywhere).

    Only for a single signature, and only where the live parameter has the same name and kind: an overload's
    default belongs to that overload's types, which the run-time signature does not know.
    """
    if len(function.signatures) != 1 or live is None:
        return
    try:
        found = inspect.signature(live)
    except (TypeError, ValueError):
        return
    static = _statically_literal_defaults(live)
    for parameter in function.signatures[0].parameters:
        if not (isinstance(parameter.default, ast.Constant) and parameter.default.value is Ellipsis):
            continue
        counterpart = found.parameters.get(parameter.name)
        if counterpart is None or _KINDS[counterpart.kind] != parameter.kind \
                or counterpart.default is inspect.Parameter.empty or not static(parameter.name):
            continue
        parameter.default = literal_from_value(counterpart.default) or parameter.default


def _statically_literal_defaults(live):
    """Which parameters' live defaults are written as literals in the code (so every run gives them).

    A Python function's default is an expression evaluated once at import: `'/proc/%d/stat' % os.getpid()`
    is a str literal's value, but not the same on the next run. Its source decides. A C function's
    defaults come from the static text of its ``__text_signature__``, a compiled function's (Cython's, whose
    ``.pyx`` source is not installed) from its build. Python code without a source file (``@dataclass``'s
    generated ``__init__``) cannot be checked, so its defaults stay ``...``.
    """
    if is_callable_object(live):
        live = type(live).__call__  # a callable object's parameters are its __call__'s
    function = inspect.unwrap(getattr(live, "__func__", live))
    code = getattr(function, "__code__", None)
    if code is None:
        return lambda name: isinstance(function, (types.BuiltinFunctionType, types.MethodDescriptorType,
                                                  types.WrapperDescriptorType, types.ClassMethodDescriptorType))
    definition = _definition_at(code.co_filename, code.co_firstlineno)
    if definition is None:
        return lambda name: not isinstance(function, types.FunctionType)
    arguments = definition.args
    positional = arguments.posonlyargs + arguments.args
    defaults = dict(zip([a.arg for a in positional[len(positional) - len(arguments.defaults):]], arguments.defaults))
    defaults.update((a.arg, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults) if d is not None)
    literal = {name for name, node in defaults.items() if is_literal(node)}
    return literal.__contains__


@functools.lru_cache(maxsize=64)
def _definitions_by_first_line(path: str) -> Dict[int, ast.AST]:
    """Every ``def`` of a source file, keyed by the line its code object starts at (first decorator's line)."""
    try:
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
    except (OSError, SyntaxError, ValueError, UnicodeDecodeError):
        return {}
    return {min([d.lineno for d in node.decorator_list] + [node.lineno]): node for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


def _definition_at(path: str, first_line: int):
    return _definitions_by_first_line(path).get(first_line)


def enum_members(cls) -> List[EnumMember]:
    """Members in definition order (aliases included), with their values when those are literals."""
    return [EnumMember(name, literal_from_value(member.value) or ELLIPSIS)
            for name, member in cls.__members__.items()]


def member_doc(owner: type, name: str) -> Optional[str]:
    """The docstring of a class member, found without triggering descriptors."""
    try:
        raw = inspect.getattr_static(owner, name)
    except AttributeError:
        return None
    if isinstance(raw, (staticmethod, classmethod)):
        raw = raw.__func__
    if isinstance(raw, property) or documented(raw):
        doc = getattr(raw, "__doc__", None)
        return doc if isinstance(doc, str) else None
    return None


def _return_hint(function) -> object:
    if function is None:
        return inspect.Parameter.empty
    return _type_hints(function).get("return", inspect.Parameter.empty)


def _type_hints(obj) -> Dict[str, object]:
    try:
        return typing.get_type_hints(obj)
    except Exception:  # noqa: BLE001 - unresolvable string annotations are common
        return _hints_one_by_one(obj)


def _hints_one_by_one(obj) -> Dict[str, object]:
    """Each annotation on its own where ``typing.get_type_hints`` fails on one name (pandas annotates with names it
    imports only for type checkers, so every parameter of ``read_csv`` was Any): in the function's globals and the
    names its module imports under ``if TYPE_CHECKING:``. What still does not resolve is left out (Any)."""
    try:
        function = inspect.unwrap(obj)
        annotations = getattr(function, "__annotations__", None)
        globalns = getattr(function, "__globals__", None)
    except Exception:  # noqa: BLE001 - a proxy object may raise anything on attribute access
        return {}
    if not isinstance(annotations, dict) or not isinstance(globalns, dict):
        return {}
    localns = dict(_type_checking_names(globalns.get("__name__")))
    hints = {}
    for name, value in annotations.items():
        if isinstance(value, str):
            try:
                value = eval(value, globalns, localns)  # noqa: S307 - what typing.get_type_hints does with the module's own text
            except Exception:  # noqa: BLE001 - an unknown name or newer syntax: this one stays Any
                continue
        hints[name] = value
    return hints


@functools.lru_cache(maxsize=None)
def _type_checking_names(module_name: Optional[str]) -> Dict[str, object]:
    """The names a module imports in its top-level ``if TYPE_CHECKING:`` blocks, imported now (the package is loaded
    already, so the cycles they avoid at import time are gone); a name that fails to import is left out."""
    module = sys.modules.get(module_name) if module_name else None
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return {}
    try:
        with open(path, encoding="utf-8") as source:
            tree = ast.parse(source.read())
    except (OSError, SyntaxError, ValueError):
        return {}
    names: Dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and dotted_name(node.test) in TYPE_CHECKING_NAMES:
            for statement in node.body:
                names.update(_imported_names(statement, getattr(module, "__package__", None)))
    return names


def _imported_names(statement: ast.stmt, package: Optional[str]) -> Dict[str, object]:
    names: Dict[str, object] = {}
    if isinstance(statement, ast.Import):
        for alias in statement.names:
            with _suppressed():
                top = importlib.import_module(alias.name if alias.asname else alias.name.split(".")[0])
                names[alias.asname or alias.name.split(".")[0]] = top
    elif isinstance(statement, ast.ImportFrom):
        with _suppressed():
            base = importlib.util.resolve_name("." * statement.level + (statement.module or ""), package)
            home = importlib.import_module(base)
            for alias in statement.names:
                with _suppressed():
                    names[alias.asname or alias.name] = getattr(home, alias.name) if hasattr(home, alias.name) \
                        else importlib.import_module(base + "." + alias.name)
    return names


@contextlib.contextmanager
def _suppressed():
    try:
        yield
    except Exception:  # noqa: BLE001 - importing a module a type checker names may fail in any way
        pass


def _overloads(obj) -> list:
    """The ``@overload`` variants Python 3.11+ records for a function defined with them (pandas' ``read_csv``: a
    ``TextFileReader`` with ``iterator=True``, a ``DataFrame`` without): its typed faces, where the implementation's
    own signature is the union of them all. None before 3.11, or for a function declared once."""
    get_overloads = getattr(typing, "get_overloads", None)
    if get_overloads is None:
        return []
    try:
        return list(get_overloads(inspect.unwrap(obj)))
    except Exception:  # noqa: BLE001 - not a function typing can look up
        return []


def is_nameable(module: str, qualname: str) -> bool:
    """Whether ``module.qualname`` is a dotted name a stub can write (not ``f.<locals>.C``, not a keyword)."""
    return all(part.isidentifier() and not keyword.iskeyword(part) for part in (module + "." + qualname).split("."))


def _candidate_modules(module: str) -> List[str]:
    parts = module.split(".")
    candidates = [".".join(parts[:i]) for i in range(1, len(parts) + 1)]
    if parts[0].startswith("_") and parts[0].lstrip("_"):
        candidates.insert(0, parts[0].lstrip("_"))
    return [c for c in candidates if is_public_module(c)]
