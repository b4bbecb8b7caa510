using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Stubs;

internal sealed partial class StubBinder
{
    /// <summary>What the decorators of a <c>def</c> say about it.</summary>
    private sealed class Decorators
    {
        public bool IsOverload { get; set; }

        public bool IsClassMethod { get; set; }

        public bool IsStaticMethod { get; set; }

        public bool IsProperty { get; set; }

        public bool IsAbstract { get; set; }

        public bool IsFinal { get; set; }

        /// <summary>For <c>@name.setter</c> / <c>@name.deleter</c>: the property's name.</summary>
        public string? AccessorOf { get; set; }

        public bool IsDeleter { get; set; }

        /// <summary>The argument of <c>@pybind.callable_object(T)</c>.</summary>
        public PyiExpression? CallableObjectType { get; set; }
    }

    private sealed record Definition(PyiFunctionDefinition Syntax, Decorators Decorators);

    private const string CallableObjectMarker = "pybind.callable_object";

    /// <summary>Decorators that change nothing a caller sees; accepted without a note.</summary>
    private static readonly HashSet<string> s_neutralDecorators = new(StringComparer.Ordinal)
    {
        "typing.override", "typing.no_type_check", "typing.type_check_only", "typing.runtime_checkable",
        "functools.wraps", "functools.cache", "functools.lru_cache", "typing.deprecated", "warnings.deprecated",
    };

    private Decorators AnalyzeDecorators(PyiFunctionDefinition function)
    {
        var result = new Decorators();
        foreach (PyiExpression decorator in function.Decorators)
        {
            if (decorator is PyiCallExpression { Target.DottedName: CallableObjectMarker } marker)
            {
                if (marker.Arguments.Length == 1 && marker.Arguments[0].Name is null)
                {
                    result.CallableObjectType = marker.Arguments[0].Value;
                }
                else
                {
                    _diagnostics.Malformed(marker.Span, "@pybind.callable_object takes exactly one argument, the type of the object");
                }

                continue;
            }

            if (decorator is PyiAttributeExpression { Target: PyiNameExpression owner, Name: "setter" or "deleter" or "getter" } accessor)
            {
                result.AccessorOf = owner.Name;
                result.IsDeleter = accessor.Name == "deleter";
                continue;
            }

            string? name = decorator is PyiCallExpression call ? call.Target.DottedName : decorator.DottedName;
            Symbol symbol = name is null ? default : ResolveName(name);
            string fullName = symbol.Kind == SymbolKind.Class ? PythonNames.NormalizeModule(symbol.Module, symbol.Name) + "." + symbol.Name : string.Empty;
            switch (fullName)
            {
                case "typing.overload":
                    result.IsOverload = true;
                    break;
                case "builtins.classmethod":
                    result.IsClassMethod = true;
                    break;
                case "builtins.staticmethod":
                    result.IsStaticMethod = true;
                    break;
                case "builtins.property" or "functools.cached_property" or "types.DynamicClassAttribute" or "enum.property":
                    result.IsProperty = true;
                    break;
                case "abc.abstractproperty":
                    result.IsProperty = true;
                    result.IsAbstract = true;
                    break;
                case "abc.abstractmethod":
                    result.IsAbstract = true;
                    break;
                case "typing.final":
                    result.IsFinal = true;
                    break;
                case string neutral when s_neutralDecorators.Contains(neutral):
                    break;
                default:
                    _diagnostics.Ignored(decorator.Span, $"the decorator '@{PyiSyntaxFacts.Describe(decorator)}'");
                    break;
            }
        }

        return result;
    }

    /// <summary>Groups definitions by name, in order of first appearance (overloads are consecutive, but need not be).</summary>
    private static List<List<Definition>> GroupByName(IEnumerable<Definition> definitions)
    {
        var groups = new List<List<Definition>>();
        var byName = new Dictionary<string, List<Definition>>(StringComparer.Ordinal);
        foreach (Definition definition in definitions)
        {
            if (!byName.TryGetValue(definition.Syntax.Name, out List<Definition>? group))
            {
                group = [];
                byName.Add(definition.Syntax.Name, group);
                groups.Add(group);
            }

            group.Add(definition);
        }

        return groups;
    }

    private EquatableArray<FunctionSpec> BindFunctions(List<PyiFunctionDefinition> definitions, FunctionKind kind, string scopePath)
    {
        var functions = new List<FunctionSpec>();
        foreach (List<Definition> group in GroupByName(definitions.Select(d => new Definition(d, AnalyzeDecorators(d)))))
        {
            string name = group[0].Syntax.Name;
            if (IsDunder(name))
            {
                _diagnostics.Skipped(group[0].Syntax.NameSpan, scopePath + "." + name, "a module-level special function makes the module's API dynamic");
            }
            else if (IsPublic(name))
            {
                functions.Add(BindFunctionGroup(group, kind, scopePath));
            }
        }

        return functions.ToEquatableArray();
    }

    /// <summary>One Python name: its overloads, or its single definition.</summary>
    private FunctionSpec BindFunctionGroup(List<Definition> group, FunctionKind scopeKind, string scopePath)
    {
        string name = group[0].Syntax.Name;
        string path = scopePath + "." + name;
        List<Definition> chosen = group.Where(d => d.Decorators.IsOverload).ToList();
        if (chosen.Count > 0)
        {
            foreach (Definition implementation in group.Where(d => !d.Decorators.IsOverload))
            {
                _diagnostics.Ignored(implementation.Syntax.Span, $"the implementation signature of overloaded '{path}'");
            }
        }
        else
        {
            foreach (Definition earlier in group.Take(group.Count - 1))
            {
                _diagnostics.Ignored(earlier.Syntax.Span, $"an earlier definition of '{path}' (the last one wins, as in Python)");
            }

            chosen = [group[group.Count - 1]];
        }

        _diagnostics.Defined(chosen[0].Syntax.NameSpan, path);
        Decorators first = chosen[0].Decorators;
        FunctionKind kind = scopeKind == FunctionKind.Module ? FunctionKind.Module
            : first.IsStaticMethod ? FunctionKind.Static
            : first.IsClassMethod ? FunctionKind.Class
            : FunctionKind.Instance;
        return new FunctionSpec(
            name,
            IsDunder(name) ? name : Naming.CSharpNames.ToPascalCase(name),
            kind,
            chosen.Select(d => BindSignature(d.Syntax, kind, path)).ToEquatableArray(),
            first.CallableObjectType is null ? null : BindType(first.CallableObjectType),
            chosen.Select(d => d.Syntax.Docstring).FirstOrDefault(d => d is not null),
            chosen.Any(d => d.Decorators.IsAbstract),
            chosen.Any(d => d.Decorators.IsFinal));
    }

    private SignatureSpec BindSignature(PyiFunctionDefinition function, FunctionKind kind, string path)
    {
        int start = 0;
        PyTypeSpec? selfType = null;
        if (kind is FunctionKind.Instance or FunctionKind.Class)
        {
            if (function.Parameters.Length > 0 && function.Parameters[0].Kind is ParameterKind.PositionalOnly or ParameterKind.PositionalOrKeyword)
            {
                start = 1;
                if (function.Parameters[0].Annotation is { } selfAnnotation and not PyiStarredExpression)
                {
                    selfType = BindType(selfAnnotation);
                    // cls: type[Self] (typeshed's datetime.now) makes Self instances: a result typed Self is the class.
                    if (kind == FunctionKind.Class && selfType is PyClassType { Module: "builtins", QualifiedName: "type", TypeArguments.Count: 1 } classOf)
                    {
                        selfType = classOf.TypeArguments[0];
                    }
                }
            }
            else if (function.Parameters.IsEmpty || function.Parameters[0].Kind != ParameterKind.VarPositional)
            {
                _diagnostics.Malformed(function.NameSpan, $"method '{path}' has no 'self' or 'cls' parameter");
            }
        }

        var parameters = new List<ParameterSpec>();
        foreach (PyiParameter parameter in function.Parameters.Skip(start))
        {
            PyTypeSpec type = parameter.Annotation switch
            {
                null => PyAnyType.Instance,
                PyiStarredExpression starred => DegradeUnpacked(starred, path),
                PyiExpression annotation => BindType(annotation),
            };
            PyLiteral? defaultValue = parameter.Default is null ? null : EvaluateLiteral(parameter.Default);
            if (parameter.Default is not null and not PyiEllipsisExpression && defaultValue is null)
            {
                _diagnostics.Ignored(parameter.Default.Span, $"the non-literal default of '{path}({parameter.Name})'");
            }

            parameters.Add(new ParameterSpec(parameter.Name, Naming.CSharpNames.ToCamelCase(parameter.Name), parameter.Kind, type, parameter.Default is not null, defaultValue));
        }

        PyTypeSpec returnType = function.Returns is null ? PyAnyType.Instance : BindType(function.Returns);
        return new SignatureSpec(parameters.ToEquatableArray(), returnType, function.IsAsync, selfType);
    }

    private PyAnyType DegradeUnpacked(PyiStarredExpression starred, string path)
    {
        _diagnostics.Degraded(starred.Span, path, "'*args' annotated with an unpacked TypeVarTuple takes items of any type");
        return PyAnyType.Instance;
    }

    private ClassSpec BindClass(PyiClassDefinition definition, string qualifiedName)
    {
        string path = _module + "." + qualifiedName;
        _diagnostics.Defined(definition.NameSpan, path);
        var bases = new List<PyTypeSpec>();
        foreach (PyiArgument argument in definition.Bases)
        {
            if (argument.Name is null && !argument.IsStarred && !argument.IsDoubleStarred)
            {
                bases.Add(BindType(argument.Value));
            }
            else if (argument.Name != "metaclass")
            {
                _diagnostics.Ignored(argument.Value.Span, $"a class keyword or unpacked base of '{path}'");
            }
        }

        bool isFinal = false;
        foreach (PyiExpression decorator in definition.Decorators)
        {
            Symbol symbol = decorator.DottedName is string name ? ResolveName(name) : default;
            string fullName = symbol.Kind == SymbolKind.Class ? PythonNames.NormalizeModule(symbol.Module, symbol.Name) + "." + symbol.Name : string.Empty;
            if (fullName == "typing.final")
            {
                isFinal = true;
            }
            else if (!s_neutralDecorators.Contains(fullName))
            {
                _diagnostics.Ignored(decorator.Span, $"the class decorator '@{PyiSyntaxFacts.Describe(decorator)}'");
            }
        }

        (ClassKind kind, EnumKind enumKind) = ClassKindOf(qualifiedName);
        var definitions = new List<Definition>();
        var properties = new List<PropertySpec>();
        var enumMembers = new List<EnumMemberSpec>();
        var nested = new List<ClassSpec>();
        foreach (PyiStatement statement in definition.Body)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (statement)
            {
                case PyiFunctionDefinition function:
                    definitions.Add(new Definition(function, AnalyzeDecorators(function)));
                    break;
                case PyiClassDefinition nestedClass when IsPublic(nestedClass.Name):
                    nested.Add(BindClass(nestedClass, qualifiedName + "." + nestedClass.Name));
                    break;
                case PyiAssignmentStatement assignment:
                    BindClassAssignment(assignment, kind, path, properties, enumMembers);
                    break;
                case PyiImportStatement or PyiFromImportStatement:
                    _diagnostics.Ignored(statement.Span, $"an import inside class '{path}'");
                    break;
            }
        }

        var methods = new List<FunctionSpec>();
        var specialMethods = new List<FunctionSpec>();
        EquatableArray<SignatureSpec> initializers = EquatableArray<SignatureSpec>.Empty;
        EquatableArray<SignatureSpec> allocators = EquatableArray<SignatureSpec>.Empty;
        properties.InsertRange(0, BindProperties(definitions, path));
        foreach (List<Definition> group in GroupByName(definitions.Where(d => !d.Decorators.IsProperty && d.Decorators.AccessorOf is null)))
        {
            string name = group[0].Syntax.Name;
            if (!IsPublic(name) && !IsDunder(name))
            {
                continue;
            }

            FunctionSpec function = BindFunctionGroup(group, FunctionKind.Instance, path);
            switch (name)
            {
                case "__init__":
                    initializers = function.Signatures;
                    break;
                case "__new__":
                    allocators = function.Signatures;
                    break;
                case string dunder when IsDunder(dunder):
                    specialMethods.Add(function);
                    break;
                default:
                    methods.Add(function);
                    break;
            }
        }

        return new ClassSpec(
            definition.Name,
            Naming.CSharpNames.ToTypeName(definition.Name),
            qualifiedName,
            kind,
            bases.ToEquatableArray(),
            TypeParametersOf(bases),
            definition.Docstring,
            initializers.IsEmpty ? allocators : initializers,
            methods.ToEquatableArray(),
            properties.ToEquatableArray(),
            specialMethods.ToEquatableArray(),
            nested.ToEquatableArray(),
            kind == ClassKind.Enum ? new EnumSpec(enumKind, enumMembers.ToEquatableArray()) : null,
            isFinal,
            definitions.Any(d => d.Decorators.IsAbstract));
    }

    /// <summary>Properties from <c>@property</c> getters, with their <c>@name.setter</c> and <c>@name.deleter</c>.</summary>
    private List<PropertySpec> BindProperties(List<Definition> definitions, string classPath)
    {
        var properties = new List<PropertySpec>();
        var getters = definitions.Where(d => d.Decorators.IsProperty).GroupBy(d => d.Syntax.Name).Select(g => g.Last()).ToList();
        foreach (Definition accessor in definitions.Where(d => d.Decorators.AccessorOf is string owner && getters.All(g => g.Syntax.Name != owner)))
        {
            _diagnostics.Skipped(accessor.Syntax.NameSpan, classPath + "." + accessor.Syntax.Name, "a property setter or deleter without a '@property' getter");
        }

        foreach (Definition getter in getters)
        {
            string name = getter.Syntax.Name;
            if (!IsPublic(name))
            {
                continue;
            }

            if (getter.Decorators.IsClassMethod)
            {
                _diagnostics.Skipped(getter.Syntax.NameSpan, classPath + "." + name, "class properties (@classmethod @property) are deprecated in Python and not bound");
                continue;
            }

            bool hasSetter = definitions.Any(d => d.Decorators.AccessorOf == name && !d.Decorators.IsDeleter);
            bool hasDeleter = definitions.Any(d => d.Decorators.AccessorOf == name && d.Decorators.IsDeleter);
            _diagnostics.Defined(getter.Syntax.NameSpan, classPath + "." + name);
            PyTypeSpec type = getter.Syntax.Returns is null ? PyAnyType.Instance : BindType(getter.Syntax.Returns);
            properties.Add(new PropertySpec(name, Naming.CSharpNames.ToPascalCase(name), PropertyKind.Property, type, !hasSetter, hasDeleter, null, getter.Syntax.Docstring));
        }

        return properties;
    }

    private void BindClassAssignment(PyiAssignmentStatement assignment, ClassKind kind, string classPath, List<PropertySpec> properties, List<EnumMemberSpec> enumMembers)
    {
        if (assignment.Target is not PyiNameExpression target)
        {
            _diagnostics.Ignored(assignment.Span, $"an assignment to '{PyiSyntaxFacts.Describe(assignment.Target)}' in class '{classPath}'");
            return;
        }

        // Private names and dunder attributes (__slots__, __hash__ = None, __match_args__) are not API.
        if (!IsPublic(target.Name))
        {
            return;
        }

        string path = classPath + "." + target.Name;
        _diagnostics.Defined(target.Span, path);
        bool isEnumMember = kind == ClassKind.Enum && assignment.Value is not null
            && (assignment.Annotation is null || UnwrapQualifiers(assignment.Annotation, out bool isClassVariable, out _) is not null && !isClassVariable);
        if (isEnumMember)
        {
            // `RED = 1`; `RED = enum.auto()` or `...` leave the value to Python.
            enumMembers.Add(new EnumMemberSpec(target.Name, Naming.CSharpNames.ToPascalCase(target.Name), EvaluateLiteral(assignment.Value!)));
            return;
        }

        (PyTypeSpec type, PyLiteral? value, bool classVariable, bool isFinal) = BindVariable(assignment, path, allowClassVar: true);
        PropertyKind propertyKind = classVariable || assignment.Annotation is null ? PropertyKind.ClassVariable : PropertyKind.Attribute;
        properties.Add(new PropertySpec(target.Name, Naming.CSharpNames.ToPascalCase(target.Name), propertyKind, type, isFinal, false, value, assignment.Docstring));
    }

    /// <summary>
    /// The kind of a class of the stub, from its bases: an enum base or a builtin exception base, directly or through
    /// other classes of the stub. A base from another module is not followed (its stub is not at hand).
    /// </summary>
    private (ClassKind Kind, EnumKind EnumKind) ClassKindOf(string qualifiedName)
    {
        if (_classKinds.TryGetValue(qualifiedName, out ClassKind known))
        {
            return (known, _enumKinds.TryGetValue(qualifiedName, out EnumKind knownEnum) ? knownEnum : EnumKind.Enum);
        }

        if (!_classKindsBeingComputed.Add(qualifiedName))
        {
            return (ClassKind.Class, EnumKind.Enum);
        }

        (ClassKind Kind, EnumKind EnumKind) result = (ClassKind.Class, EnumKind.Enum);
        foreach (PyiArgument argument in _classes[qualifiedName].Bases.Where(a => a.Name is null))
        {
            string? name = argument.Value is PyiSubscriptExpression subscript ? subscript.Target.DottedName : argument.Value.DottedName;
            Symbol symbol = name is null ? default : ResolveName(name);
            if (symbol.Kind != SymbolKind.Class)
            {
                continue;
            }

            string fullName = PythonNames.NormalizeModule(symbol.Module, symbol.Name) + "." + symbol.Name;
            (ClassKind Kind, EnumKind EnumKind) fromBase =
                PythonNames.EnumBase(fullName) is EnumKind enumKind ? (ClassKind.Enum, enumKind)
                : symbol.Module == PythonNames.Builtins && PythonNames.BuiltinExceptions.Contains(symbol.Name) ? (ClassKind.Exception, EnumKind.Enum)
                : fullName == "typing.Protocol" ? (ClassKind.Protocol, EnumKind.Enum)
                : symbol.Module == _module && _classes.ContainsKey(symbol.Name) && ClassKindOf(symbol.Name) is { Kind: ClassKind.Enum or ClassKind.Exception } inherited ? inherited
                : (ClassKind.Class, EnumKind.Enum);
            if (fromBase.Kind is ClassKind.Enum or ClassKind.Exception)
            {
                result = fromBase;
                break;
            }

            if (fromBase.Kind == ClassKind.Protocol)
            {
                result = fromBase;
            }
        }

        _classKindsBeingComputed.Remove(qualifiedName);
        _classKinds[qualifiedName] = result.Kind;
        _enumKinds[qualifiedName] = result.EnumKind;
        return result;
    }

    /// <summary>PEP 484: the variables of <c>Generic[…]</c> / <c>Protocol[…]</c> if present, else those of all bases in order.</summary>
    private static EquatableArray<string> TypeParametersOf(List<PyTypeSpec> bases)
    {
        PyClassType? generic = bases.OfType<PyClassType>()
            .FirstOrDefault(b => b.Module == "typing" && b.QualifiedName is "Generic" or "Protocol" && !b.TypeArguments.IsEmpty);
        var names = new List<string>();
        foreach (PyTypeSpec type in generic is null ? (IEnumerable<PyTypeSpec>)bases : generic.TypeArguments)
        {
            PyTypeAlgebra.CollectTypeVariables(type, names);
        }

        return names.ToEquatableArray();
    }
}
