"""Building the normalized model of one module: typed sources first, the live module second.

Per member, the best source wins: a stub or inline annotations describe types; the imported
module (when imports are allowed) decides which names exist, supplies docstrings, enum values
and the run-time type of callable objects, and describes the members no typed source covers.
"""
from __future__ import annotations

import ast
import keyword
import sys
import types
from typing import Dict, List, Optional, Set, Tuple

from .annotations import ANY, TypeContext
from .conditions import dotted_name
from .discovery import INLINE
from .model import (CLASSMETHOD, FUNCTION, METHOD, STATICMETHOD, AliasDeclaration, Class, Diagnostic, EnumMember,
                    Function, NormalizedModule, Property, ReExport, Submodule, TypeVarDeclaration, Variable)
from .omissions import Location, Omissions, live_location
from .resolver import (ALIAS, CLASS, FUNCTION as FUNCTION_SYMBOL, MODULE, TYPEVAR, TYPING_MODULES, UNKNOWN,
                       VARIABLE, Symbol, World, is_package_import)
from .runtime import (RuntimeBuilder, RuntimeModule, docstring_of, enum_members, fill_literal_defaults,
                      is_callable_object, member_doc)
from .signatures import ELLIPSIS, is_literal, signature_from_ast, signature_from_callable_type, type_of_literal
from .sourcefile import ClassBinding, FunctionBinding, ImportBinding, SourceParseError, VariableBinding

RUNTIME_SOURCE = "runtime"
_PROPERTY_DECORATORS = {"property", "cached_property", "abstractproperty", "DynamicClassAttribute"}
_ENUM_BASE = ("enum", "Enum")


class ModuleBuilder:
    def __init__(self, world: World, target: str, version: str, runtime: Optional[RuntimeModule]):
        self._world = world
        self._target = target
        self._version = version
        self._runtime = runtime
        self._sources: Set[str] = set()
        self._used_runtime = False
        self._context: Optional[TypeContext] = None
        self._runtime_builder: Optional[RuntimeBuilder] = None
        self.omissions = Omissions()  # members left out, with why and where

    def build(self) -> NormalizedModule:
        world = self._world
        try:
            source = world.require_source(self._target)
        except SourceParseError as error:
            # A stub in newer syntax than this interpreter reads, or Python 2 code: the live module (if any) says
            # what the source would have said.
            self.omissions.diagnostics.append(Diagnostic(
                "%s: its source cannot be read (%s); %s" % (self._target, error.cause,
                                                            "described from the imported module" if self._runtime
                                                            else "its binding is empty"), error.path, error.line))
            source = None
        members: Dict[str, Optional[Symbol]] = {}
        if source is not None:
            self._sources.add(source.file.display)
            # A name `__all__` lists but no branch defines for this interpreter does not exist here.
            members.update((n, s) for n, s in world.exports(self._target)
                           if not (s.kind == UNKNOWN and s.module == self._target))
        if self._runtime is not None:
            # The live module decides what `module.name` gives: a stub name it lacks would fail at run time.
            members = {n: s for n, s in members.items() if self._runtime.has(n)}
            imported = self._imported_names(self._target, source) if not self._runtime.declares_all() else set()
            for name in self._runtime.public_names():
                if name not in imported:
                    members.setdefault(name, None)
        # `builtins.True` exists, but no one can write it: keywords are not members.
        members = {n: s for n, s in members.items() if not keyword.iskeyword(n)}
        context = TypeContext(world, self._target, set(members))
        self._context = context
        self._runtime_builder = RuntimeBuilder(context, self.omissions)
        module = NormalizedModule(self._target, self._version)
        module.doc = self._module_doc(source)
        self._register_local_names(members)
        for name in sorted(members):
            symbol = members[name]
            label = self._target + "." + name
            if symbol is None or symbol.kind == UNKNOWN:
                with self.omissions.guard(module, label, lambda: self._live_location(name)):
                    self._add_runtime_member(module, name)
            else:
                with self.omissions.guard(module, label, lambda: self._location(symbol)):
                    self._add_static_member(module, name, symbol)
        # A class other annotations name as written here must exist, even if describing it failed.
        written = {c.name for c in module.classes}
        module.classes += [Class(name) for name in sorted(set(context.local_classes.values()) - written)
                           if "." not in name and name in members]
        self._add_declarations(module)
        module.imports = sorted(context.imports)
        module.sources = sorted(self._sources) + ([RUNTIME_SOURCE] if self._used_runtime else [])
        return module

    def _register_local_names(self, members: Dict[str, Optional[Symbol]]) -> None:
        """Exported TypeVars and classes written here keep their own names, whoever refers to them first."""
        for name, symbol in members.items():
            if symbol is None or symbol.kind == UNKNOWN:
                live = self._runtime_object(name)
                if isinstance(live, type) and self._runtime_builder.home(live) == (self._target, name):
                    self._context.local_classes[Symbol(CLASS, self._target, name)] = name
            elif symbol.kind == TYPEVAR:
                self._context.typevars[symbol] = name
            elif symbol.kind == CLASS and self._world.home(symbol) in (None, (self._target, name)):
                self._context.local_classes[symbol] = name
            elif symbol.kind == ALIAS:
                self._context.local_aliases.add(name)

    def _module_doc(self, source) -> Optional[str]:
        if self._runtime is not None:
            self._used_runtime = True
            return docstring_of(self._runtime.module)
        return source.scope.docstring if source is not None else None

    # -- module members ------------------------------------------------------------------------

    def _add_static_member(self, module: NormalizedModule, name: str, symbol: Symbol) -> None:
        if symbol.kind == MODULE:
            if symbol.module != self._target and symbol.module.split(".")[0] == self._target.split(".")[0]:
                module.submodules.append(Submodule(name, symbol.module))
            return
        if symbol.kind in (CLASS, ALIAS):
            self._add_type(module, name, symbol)
        elif symbol.kind == FUNCTION_SYMBOL:
            binding = self._world.binding(symbol)
            function = self._function(name, binding, symbol, None)
            if isinstance(function, Function):
                function.doc = self._runtime_doc(name, function.doc)
                fill_literal_defaults(function, self._runtime_object(name))
                module.functions.append(function)
        elif symbol.kind == VARIABLE:
            self._add_variable(module, name, symbol)

    def _add_type(self, module: NormalizedModule, name: str, symbol: Symbol) -> None:
        context = self._context
        home = self._world.home(symbol)
        if home is None or home == (self._target, name):
            if symbol.kind == CLASS:
                module.classes.append(self._class(symbol, name, self._runtime_object(name)))
            else:
                self._note_source(symbol.module)
                module.aliases.append(AliasDeclaration(name, context.alias_value(symbol)))
        elif home[0] == self._target or "." in home[1]:
            module.aliases.append(AliasDeclaration(name, context.reference(symbol)))
        elif home[0] == "builtins":
            module.aliases.append(AliasDeclaration(name, context.builtin(home[1])))
        else:
            module.reexports.append(ReExport(name, home[0], home[1]))

    def _add_variable(self, module: NormalizedModule, name: str, symbol: Symbol) -> None:
        binding = self._world.binding(symbol)
        self._note_source(symbol.module)
        live = self._runtime_object(name)
        # A stub can claim a call signature the live object does not have (builtins.NotImplemented).
        if binding.annotation is not None and (live is None or is_callable_object(live)):
            callable_object = self._callable_object(name, binding, symbol, live)
            if callable_object is not None:
                module.functions.append(callable_object)
                return
        if isinstance(binding.value, ast.Attribute):
            bound_method = self._bound_method(name, binding.value, symbol.module, live)
            if bound_method is not None:
                module.functions.append(bound_method)
                return
        if binding.annotation is None and callable(live) and not isinstance(live, type) \
                and not is_callable_object(live):
            # `f = something()` that the source cannot type, but which is a function at run time.
            self._used_runtime = True
            module.functions.append(self._runtime_builder.function(name, live))
            return
        module.constants.append(self._variable(name, binding, symbol.module, None, live=live))

    def _bound_method(self, name: str, value: ast.Attribute, module: str, live) -> Optional[Function]:
        """``beta = _rand.beta`` with ``_rand: RandomState`` (numpy.random): a function, the method without self."""
        world = self._world
        instance = world.resolve_expression(module, value.value)
        binding = world.binding(instance) if instance.kind == VARIABLE else None
        if not isinstance(binding, VariableBinding) or binding.annotation is None:
            return None
        head = binding.annotation.value if isinstance(binding.annotation, ast.Subscript) else binding.annotation
        for owner in world.mro(world.resolve_expression(instance.module, head)):
            scope = world.class_scope(owner)
            method = scope.bindings.get(value.attr) if scope is not None else None
            if not isinstance(method, FunctionBinding):
                continue
            function = self._function(name, method, owner, scope)
            if not isinstance(function, Function):
                return None
            if function.kind != STATICMETHOD:
                for signature in function.signatures:
                    del signature.parameters[0]  # bound to the instance
            function.kind = FUNCTION
            function.doc = self._runtime_doc(name, function.doc)
            fill_literal_defaults(function, live)
            return function
        return None

    def _variable(self, name: str, binding: VariableBinding, module: str, class_scope,
                  allow_class_var: bool = False, live=None) -> Variable:
        """A constant or attribute; ``live`` (a module constant's value) gives the type no source gives."""
        context = self._context
        value = binding.value if binding.value is not None and is_literal(binding.value) else None
        annotation = None
        if binding.annotation is not None:
            annotation = context.normalize(binding.annotation, module, class_scope, allow_class_var)
        elif value is not None and type_of_literal(value) is not None:  # `x = None` says nothing of x's type
            annotation = context.builtin(type_of_literal(value))
        elif binding.value is not None and dotted_name(binding.value) is not None:
            annotation = self._type_of_name(binding.value, module)
        if annotation is None and live is not None:
            annotation = self._runtime_builder.class_reference(type(live))
        return Variable(name, annotation if annotation is not None else context.spelled(ANY), value)

    def _type_of_name(self, value: ast.expr, module: str) -> Optional[ast.expr]:
        """`e = math.e`: the type of what the name names; `A = RegexFlag.A`: an enum member has its enum's type."""
        world = self._world
        target = world.resolve_expression(module, value)
        binding = world.binding(target) if target.kind == VARIABLE else None
        if isinstance(binding, VariableBinding) and binding.annotation is not None:
            return self._context.normalize(binding.annotation, target.module)
        if isinstance(value, ast.Attribute):
            owner = world.dealias(world.resolve_expression(module, value.value))
            if owner.kind == CLASS and world.is_subclass(owner, *_ENUM_BASE):
                return self._context.reference(owner)
        return None

    def _callable_object(self, name: str, binding: VariableBinding, symbol: Symbol, live) -> Optional[Function]:
        """A module variable whose type defines ``__call__`` (numpy's ufuncs): written as a function."""
        world = self._world
        annotation = binding.annotation
        head = annotation.value if isinstance(annotation, ast.Subscript) else annotation
        type_symbol = world.resolve_expression(symbol.module, head)
        if type_symbol.kind != CLASS or world.is_subclass(type_symbol, "builtins", "type"):
            return None
        for owner in world.mro(type_symbol):
            scope = world.class_scope(owner)
            call = scope.bindings.get("__call__") if scope is not None else None
            if isinstance(call, FunctionBinding):
                function = self._function(name, call, owner, scope)
                if not isinstance(function, Function):
                    return None
                for signature in function.signatures:
                    del signature.parameters[0]  # the instance itself
                function.kind = FUNCTION
            elif isinstance(call, VariableBinding) and call.annotation is not None:
                callable_type = self._context.normalize(call.annotation, owner.module)
                function = Function(name, [signature_from_callable_type(self._context, callable_type, False)])
            else:
                continue
            self._note_source(owner.module)
            if live is not None and is_callable_object(live):
                function.callable_object = self._runtime_builder.callable_type(live)
                fill_literal_defaults(function, live)
            else:
                function.callable_object = self._public_type(type_symbol)
            function.doc = self._runtime_doc(name, function.doc)
            return function
        return None

    def _public_type(self, symbol: Symbol) -> ast.expr:
        """The nearest class in the hierarchy that users can name (stub-only helper classes are not)."""
        for owner in self._world.mro(symbol):
            if owner.module not in TYPING_MODULES and self._world.home(owner) is not None:
                return self._context.reference(owner)
        return self._context.reference(symbol)

    @staticmethod
    def _imported_names(module: str, source) -> Set[str]:
        """Names a source without ``__all__`` only imports (``from typing import Callable``): not its API, unless
        the live module's own ``__all__`` lists them, or a ``.py`` module imports them from its own package.

        The live module cannot always tell: ``typing.Callable`` is an instance of a private typing class, with no
        ``__module__`` of its own to show where it came from.
        """
        if source is None or source.scope.all_parts is not None:
            return set()
        return {name for name, binding in source.scope.bindings.items()
                if isinstance(binding, ImportBinding) and not binding.reexported
                and not is_package_import(module, source, binding)}

    def _add_runtime_member(self, module: NormalizedModule, name: str) -> None:
        if self._runtime is None or not self._runtime.has(name):
            # Named by a typed source but defined where no typed source reaches, and nothing imported.
            module.constants.append(Variable(name, self._context.spelled(ANY)))
            return
        self._used_runtime = True
        obj = self._runtime.get(name)
        builder = self._runtime_builder
        if isinstance(obj, types.ModuleType):
            if obj.__name__.split(".")[0] == self._target.split(".")[0] and obj.__name__ != self._target:
                module.submodules.append(Submodule(name, obj.__name__))
        elif isinstance(obj, type):
            home_module, qualname = builder.home(obj)
            if (home_module, qualname) == (self._target, name):
                module.classes.append(builder.klass(name, obj))
            elif home_module in ("builtins", self._target) or "." in qualname:
                module.aliases.append(AliasDeclaration(name, builder.class_reference(obj)))
            else:
                module.reexports.append(ReExport(name, home_module, qualname))
        elif _is_type_variable(obj) or (self._target not in TYPING_MODULES and _is_typing_name(name, obj)):
            # Typing machinery, not a value a caller uses (pandas' NDFrameT, and the TYPE_CHECKING and Literal that 39
            # and 13 of its modules import from typing); run-time annotations naming it read as Any.
            return
        elif callable(obj) and not is_callable_object(obj):
            module.functions.append(builder.function(name, obj))
        elif is_callable_object(obj):
            module.functions.append(builder.callable_object(name, obj))
        else:
            module.constants.append(builder.constant(name, obj))

    # -- functions and classes -----------------------------------------------------------------

    def _function(self, name: str, binding: FunctionBinding, owner: Symbol, class_scope) -> object:
        """A Function or (in a class) a Property, from the ``def`` statements bound to one name."""
        context = self._context
        module = owner.module
        scope_pair = (owner, class_scope) if class_scope is not None else None
        nodes = binding.nodes
        decorator_sets = [{(dotted_name(d) or "").rpartition(".")[2] for d in n.decorator_list} for n in nodes]
        all_decorators = set().union(*decorator_sets)
        self._note_source(module)
        if class_scope is not None and decorator_sets[0] & _PROPERTY_DECORATORS:
            getter = nodes[0]
            prop = Property(name, context.normalize(getter.returns, module, scope_pair),
                            is_abstract="abstractmethod" in all_decorators or "abstractproperty" in all_decorators,
                            doc=ast.get_docstring(getter, clean=False))
            for node, decorators in zip(nodes[1:], decorator_sets[1:]):
                if "setter" in decorators:
                    prop.settable = True
                    arguments = node.args.posonlyargs + node.args.args
                    if len(arguments) > 1 and arguments[1].annotation is not None:
                        prop.setter_type = context.normalize(arguments[1].annotation, module, scope_pair)
                        if ast.dump(prop.setter_type) == ast.dump(prop.type):
                            prop.setter_type = None
                elif "deleter" in decorators:
                    prop.deletable = True
            if decorator_sets[0] & {"cached_property"}:
                prop.settable = True
            return prop
        overloads = [n for n, d in zip(nodes, decorator_sets) if "overload" in d] or [nodes[-1]]
        kind = FUNCTION
        if class_scope is not None:
            kind = STATICMETHOD if "staticmethod" in all_decorators else (
                CLASSMETHOD if "classmethod" in all_decorators else METHOD)
        # __new__ is implicitly static but, like a class method, receives the class first.
        bound = kind in (METHOD, CLASSMETHOD)
        signatures = [signature_from_ast(context, n, module, scope_pair, bound) for n in overloads]
        return Function(name, signatures, kind=kind,
                        is_async=any(isinstance(n, ast.AsyncFunctionDef) for n in overloads),
                        is_final="final" in all_decorators,
                        is_abstract="abstractmethod" in all_decorators,
                        doc=ast.get_docstring(overloads[0], clean=False))

    def _class(self, symbol: Symbol, name: str, live: Optional[type]) -> Class:
        world = self._world
        context = self._context
        self._note_source(symbol.module)
        binding = world.binding(symbol)
        source_doc = ast.get_docstring(binding.node, clean=False)
        result = Class(name, doc=docstring_of(live) if self._runtime is not None else source_doc)
        if isinstance(live, type):
            self._used_runtime = True
        result.is_final = any((dotted_name(d) or "").rpartition(".")[2] == "final"
                              for d in binding.node.decorator_list)
        member_scopes: List[Tuple[Symbol, object]] = [(symbol, binding.scope)]
        pending = [(expression, base, symbol) for expression, base in world.class_bases(symbol)]
        seen_bases = set()
        while pending:
            expression, base, owner = pending.pop(0)
            if base.module == "builtins" and base.qualname == "object":
                continue
            if base.kind == CLASS and base.module not in TYPING_MODULES and world.home(base) is None:
                # A private base (numpy's _ArrayOrScalarCommon): users cannot name it, so its
                # members belong to the public class, and its own bases take its place.
                self._note_source(base.module)
                member_scopes.append((base, world.class_scope(base)))
                pending.extend((e, b, base) for e, b in world.class_bases(base))
                continue
            normalized = context.normalize(expression, owner.module, world.enclosing_class(owner))
            key = ast.dump(normalized)
            if key not in seen_bases:
                seen_bases.add(key)
                result.bases.append(normalized)
        is_enum = world.is_subclass(symbol, *_ENUM_BASE)
        defined: Set[str] = set()
        for owner, scope in member_scopes:
            for member_name, member in scope.bindings.items():
                if member_name in defined or not _is_class_member_name(member_name):
                    continue
                defined.add(member_name)
                with self.omissions.guard(result, "%s.%s.%s" % (self._target, name, member_name),
                                          lambda: self._location(owner, member)):
                    self._class_member(result, owner, scope, member_name, member, live, is_enum)
            for attribute, annotation in scope.instance_attributes.items():
                if attribute not in defined:
                    defined.add(attribute)
                    result.attributes.append(Variable(attribute, context.normalize(annotation, owner.module,
                                                                                   (owner, scope))))
        if is_enum and isinstance(live, type) and hasattr(live, "__members__"):
            result.enum_members = enum_members(live)
        if isinstance(live, type) and self._is_inline(symbol.module):
            # Inline source is code, not a complete description: @dataclass writes __init__ at run time.
            for member_name, raw in sorted(vars(live).items()):
                if member_name not in defined and _is_class_member_name(member_name) and \
                        (callable(raw) or isinstance(raw, (property, staticmethod, classmethod))):
                    with self.omissions.guard(result, "%s.%s.%s" % (self._target, name, member_name),
                                              lambda: live_location(raw)):
                        self._runtime_builder.add_class_member(result, live, member_name, raw)
        return result

    def _is_inline(self, module: str) -> bool:
        source = self._world.source(module)
        return source is not None and source.file.kind == INLINE

    def _class_member(self, result: Class, owner: Symbol, scope, name: str, member, live, is_enum: bool) -> None:
        context = self._context
        scope_pair = (owner, scope)
        is_dunder = name.startswith("__") and name.endswith("__")
        if isinstance(member, FunctionBinding):
            function = self._function(name, member, owner, scope)
            if self._runtime is not None:
                function.doc = member_doc(live, name) if isinstance(live, type) else None
                if isinstance(function, Function) and isinstance(live, type):
                    fill_literal_defaults(function, getattr(live, name, None))
            (result.properties if isinstance(function, Property) else result.functions).append(function)
        elif isinstance(member, ClassBinding):
            if not is_dunder:
                nested = Symbol(CLASS, owner.module, owner.qualname + "." + name)
                context.local_classes.setdefault(nested, _local_name(context, owner) + "." + name)
                nested_live = getattr(live, name, None) if isinstance(live, type) else None
                result.classes.append(self._class(nested, name, nested_live if isinstance(nested_live, type)
                                                  else None))
        elif isinstance(member, VariableBinding):
            if is_dunder:
                if name == "__call__" and member.annotation is not None:
                    # `__call__: Callable[..., Any]` makes instances callable just like a method would.
                    callable_type = context.normalize(member.annotation, owner.module, scope_pair)
                    result.functions.append(Function(name, [signature_from_callable_type(context, callable_type,
                                                                                          True)], kind=METHOD))
                return
            if is_enum and not _is_class_var(member.annotation):
                value = member.value if member.value is not None and is_literal(member.value) else ELLIPSIS
                result.enum_members.append(EnumMember(name, value))
            else:
                result.attributes.append(self._variable(name, member, owner.module, scope_pair, True))

    # -- declarations --------------------------------------------------------------------------

    def _add_declarations(self, module: NormalizedModule) -> None:
        """TypeVars, private aliases and unexported classes of this module that the stub refers to;
        declaring one may reveal more."""
        context = self._context
        declared_typevars: Set[Symbol] = set()
        declared_aliases: Set[Symbol] = set()
        while True:
            new_typevars = [s for s in context.typevars if s not in declared_typevars]
            new_aliases = [s for s in context.private_aliases if s not in declared_aliases]
            new_classes = sorted((s for s in context.pending_classes if s not in context.local_classes),
                                 key=lambda s: s.qualname)
            if not new_typevars and not new_aliases and not new_classes:
                break
            for symbol in new_classes:
                context.local_classes[symbol] = symbol.qualname
                with self.omissions.guard(module, self._target + "." + symbol.qualname,
                                          lambda: self._location(symbol)):
                    module.classes.append(self._class(symbol, symbol.qualname,
                                                      self._runtime_object(symbol.qualname)))
                if not any(c.name == symbol.qualname for c in module.classes):
                    module.classes.append(Class(symbol.qualname))  # the stub names it: it must exist, if empty
            for symbol in new_typevars:
                declared_typevars.add(symbol)
                module.typevars.append(self._typevar(context.typevars[symbol], symbol))
            for symbol in new_aliases:
                declared_aliases.add(symbol)
                self._note_source(symbol.module)
                module.aliases.append(AliasDeclaration(context.private_aliases[symbol], context.alias_value(symbol)))
        context.imports.update(_decorator_modules(module))

    def _typevar(self, name: str, symbol: Symbol) -> TypeVarDeclaration:
        context = self._context
        binding = self._world.binding(symbol)
        call = binding.value if isinstance(binding, VariableBinding) else None
        if not isinstance(call, ast.Call):
            return TypeVarDeclaration(name, "TypeVar")
        self._note_source(symbol.module)
        factory = (dotted_name(call.func) or "TypeVar").rpartition(".")[2]
        declaration = TypeVarDeclaration(name, factory if factory in ("TypeVar", "ParamSpec", "TypeVarTuple")
                                         else "TypeVar")
        constraints = {}
        for argument in call.args[1:]:  # LiteralString and str are both `str` here: keep one
            normalized = context.normalize(argument, symbol.module)
            constraints.setdefault(ast.dump(normalized), normalized)
        declaration.constraints = list(constraints.values())
        for keyword in call.keywords:
            if keyword.arg == "bound":
                declaration.bound = context.normalize(keyword.value, symbol.module)
        return declaration

    # -- helpers -------------------------------------------------------------------------------

    def _runtime_object(self, name: str):
        return self._runtime.get(name) if self._runtime is not None else None

    def _runtime_doc(self, name: str, source_doc: Optional[str]) -> Optional[str]:
        """The live object's docstring when the module was imported, else the one the typed source wrote."""
        if self._runtime is None:
            return source_doc
        self._used_runtime = True
        return docstring_of(self._runtime.get(name))

    def _live_location(self, name: str) -> Location:
        """Where a live member is defined; the module's file when the member cannot tell (an instance)."""
        path, line = live_location(self._runtime_object(name))
        return (path, line) if path is not None else live_location(self._runtime.module)

    def _location(self, symbol: Symbol, binding=None) -> Location:
        """The file and line that define a member of a typed source (``binding``, else ``symbol`` itself)."""
        source = self._world.source(symbol.module)
        binding = binding if binding is not None else self._world.binding(symbol)
        node = binding.nodes[0] if isinstance(binding, FunctionBinding) else getattr(binding, "node", None)
        return (source.file.path if source is not None else None), getattr(node, "lineno", 0)

    def _note_source(self, module: str) -> None:
        source = self._world.source(module)
        if source is not None:
            self._sources.add(source.file.display)


def _local_name(context: TypeContext, owner: Symbol) -> str:
    return context.local_classes.get(owner, owner.qualname)


def _is_class_member_name(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def _is_class_var(annotation: Optional[ast.expr]) -> bool:
    head = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    return head is not None and (dotted_name(head) or "").rpartition(".")[2] == "ClassVar"


def _decorator_modules(module: NormalizedModule) -> Set[str]:
    """Modules named by the stub's own spellings: typing.TypeVar/TypeAlias/overload/final, abc, pybind."""
    needed: Set[str] = set()
    if module.typevars or module.aliases:
        needed.add("typing")
    pending_classes = list(module.classes)
    functions = list(module.functions)
    properties: List[Property] = []
    while pending_classes:
        cls = pending_classes.pop()
        if cls.is_final:
            needed.add("typing")
        functions += cls.functions
        properties += cls.properties
        pending_classes += cls.classes
    for function in functions:
        if len(function.signatures) > 1 or function.is_final:
            needed.add("typing")
        if function.is_abstract:
            needed.add("abc")
        if function.callable_object is not None:
            needed.add("pybind")
    if any(p.is_abstract for p in properties):
        needed.add("abc")
    return needed


def _is_typing_name(name: str, obj) -> bool:
    """Whether a module's attribute is what typing (or typing_extensions) has under the same name: imported from there."""
    return any(getattr(sys.modules.get(typing_module), name, _MISSING) is obj for typing_module in TYPING_MODULES)


_MISSING = object()


def _is_type_variable(obj) -> bool:
    """A live TypeVar, ParamSpec or TypeVarTuple, typing's or typing_extensions' (their classes differ by version)."""
    kind = type(obj)
    return kind.__module__ in TYPING_MODULES and kind.__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple")
