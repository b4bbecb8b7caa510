using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Stubs;

internal sealed partial class StubBinder
{
    private enum SymbolKind
    {
        Unknown,
        TypeVariable,
        Alias,
        Class,
    }

    /// <summary>What a name in an annotation denotes. For a class, <see cref="Module"/> and the qualified <see cref="Name"/>.</summary>
    private readonly record struct Symbol(SymbolKind Kind, string Module, string Name)
    {
        public string FullName => Module.Length == 0 ? Name : Module + "." + Name;
    }

    /// <summary>How deep string annotations may nest (<c>"list['Node']"</c>), so a pathological stub cannot recurse forever.</summary>
    private const int MaxForwardReferenceDepth = 8;

    /// <summary>The deepest type the binder makes: above the parser's bound on one expression, so only alias expansion reaches it.</summary>
    private const int MaxTypeDepth = 256;

    /// <summary>How many <see cref="BindType"/> calls are active.</summary>
    private int _typeDepth;

    /// <summary>Aliases already reported as recursive: one Info per alias, not one per self-reference.</summary>
    private readonly HashSet<string> _recursiveAliases = new(StringComparer.Ordinal);

    private int _forwardReferenceDepth;

    /// <summary>
    /// Resolves a dotted name: the stub's TypeVars, aliases and classes first, then names bound by imports, then
    /// builtins; a dotted name is split into module and qualified name at the longest known module prefix.
    /// </summary>
    private Symbol ResolveName(string dottedName)
    {
        int firstDot = dottedName.IndexOf('.');
        if (firstDot < 0)
        {
            if (_typeVariableDeclarations.ContainsKey(dottedName))
            {
                return new Symbol(SymbolKind.TypeVariable, string.Empty, dottedName);
            }

            if (_aliasDeclarations.ContainsKey(dottedName))
            {
                return new Symbol(SymbolKind.Alias, _module, dottedName);
            }
        }

        if (_classes.ContainsKey(dottedName))
        {
            return new Symbol(SymbolKind.Class, _module, dottedName);
        }

        string first = firstDot < 0 ? dottedName : dottedName.Substring(0, firstDot);
        // A dotted name that starts with a module imported under its own name is that module's (the dialect qualifies
        // names fully): flask's `import flask.typing as typing` exposes a submodule, and `typing.Any` stays typing's.
        if (firstDot > 0 && _modules.Contains(first))
        {
            return ResolveQualifiedName(dottedName);
        }

        if (_importedNames.TryGetValue(first, out string? imported))
        {
            return ResolveQualifiedName(firstDot < 0 ? imported : imported + dottedName.Substring(firstDot));
        }

        if (firstDot < 0)
        {
            return PythonNames.BuiltinTypes.Contains(dottedName)
                ? new Symbol(SymbolKind.Class, PythonNames.Builtins, dottedName)
                : new Symbol(SymbolKind.Unknown, string.Empty, dottedName);
        }

        return ResolveQualifiedName(dottedName);
    }

    private Symbol ResolveQualifiedName(string fullName)
    {
        if (fullName.StartsWith(_modulePrefix, StringComparison.Ordinal))
        {
            string local = fullName.Substring(_modulePrefix.Length);
            if (_classes.ContainsKey(local) || _aliasDeclarations.ContainsKey(local) || _typeVariableDeclarations.ContainsKey(local))
            {
                return ResolveName(local);
            }
        }

        int lastDot = fullName.LastIndexOf('.');
        if (lastDot < 0)
        {
            return PythonNames.BuiltinTypes.Contains(fullName)
                ? new Symbol(SymbolKind.Class, PythonNames.Builtins, fullName)
                : new Symbol(SymbolKind.Unknown, string.Empty, fullName);
        }

        // The longest known module prefix: numpy.ma.core.MaskedArray is class MaskedArray of numpy.ma.core.
        for (int split = lastDot; split > 0; split = fullName.LastIndexOf('.', split - 1))
        {
            string module = fullName.Substring(0, split);
            if (_modules.Contains(module))
            {
                return new Symbol(SymbolKind.Class, module, fullName.Substring(split + 1));
            }
        }

        // A module the stub does not import: the dialect requires the import, but the last part is a fair guess.
        return new Symbol(SymbolKind.Class, fullName.Substring(0, lastDot), fullName.Substring(lastDot + 1));
    }

    private static bool IsTypingName(Symbol symbol, string name) =>
        symbol.Kind == SymbolKind.Class && symbol.Name == name && PythonNames.NormalizeModule(symbol.Module, symbol.Name) == "typing";

    /// <summary>Binds an annotation to a <see cref="PyTypeSpec"/>; what cannot be bound becomes <c>typing.Any</c> with a diagnostic.</summary>
    /// <remarks>
    /// The parser bounds the depth of each expression, but aliases expand into one another (<c>A0 = A1</c>, <c>A1 = A2</c>…,
    /// or a generic alias applied to itself): binding recurses through them, and the model they make is walked
    /// recursively by everything after. Both stay bounded by <see cref="MaxTypeDepth"/>; deeper is <c>typing.Any</c>.
    /// </remarks>
    private PyTypeSpec BindType(PyiExpression expression)
    {
        if (_typeDepth >= MaxTypeDepth)
        {
            _diagnostics.Degraded(expression.Span, PyiSyntaxFacts.Describe(expression), TooDeep);
            return PyAnyType.Instance;
        }

        _typeDepth++;
        try
        {
            PyTypeSpec type = BindTypeCore(expression);
            if (type is PyAliasType && IsDeeperThan(type, MaxTypeDepth))
            {
                _diagnostics.Degraded(expression.Span, PyiSyntaxFacts.Describe(expression), TooDeep);
                return PyAnyType.Instance;
            }

            return type;
        }
        finally
        {
            _typeDepth--;
        }
    }

    private const string TooDeep = "its type is nested more than 256 levels deep (through type aliases), so it is typed as typing.Any";

    /// <summary>Whether <paramref name="type"/> is more than <paramref name="limit"/> levels deep (recursing at most that far).</summary>
    /// <remarks>Runs for every use of an alias over its whole expansion, so it walks the arrays without LINQ or closures.</remarks>
    private static bool IsDeeperThan(PyTypeSpec type, int limit)
    {
        if (limit <= 0)
        {
            return true;
        }

        return type switch
        {
            PyClassType c => AnyDeeperThan(c.TypeArguments, limit - 1),
            PyUnionType u => AnyDeeperThan(u.Members, limit - 1),
            PyOptionalType o => IsDeeperThan(o.Type, limit - 1),
            PyCallableType f => IsDeeperThan(f.ReturnType, limit - 1) || AnyDeeperThan(f.ParameterTypes, limit - 1),
            PyTupleType t => AnyDeeperThan(t.ElementTypes, limit - 1),
            PyAliasType a => IsDeeperThan(a.Target, limit - 1) || AnyDeeperThan(a.TypeArguments, limit - 1),
            _ => false,
        };
    }

    private static bool AnyDeeperThan(EquatableArray<PyTypeSpec> types, int limit)
    {
        foreach (PyTypeSpec type in types)
        {
            if (IsDeeperThan(type, limit))
            {
                return true;
            }
        }

        return false;
    }

    private PyTypeSpec BindTypeCore(PyiExpression expression)
    {
        switch (expression)
        {
            case PyiConstantExpression { Value: PyNoneLiteral }:
                return PyNoneType.Instance;
            case PyiConstantExpression { Value: PyStringLiteral forwardReference }:
                return BindForwardReference(forwardReference.Value, expression);
            case PyiNameExpression or PyiAttributeExpression:
                return BindNamedType(ResolveName(expression.DottedName!), ImmutableArray<PyiExpression>.Empty, expression);
            case PyiSubscriptExpression { Target.DottedName: string target } subscript:
                return BindNamedType(ResolveName(target), subscript.Indices, expression);
            case PyiBinaryExpression { Operator: "|" } union:
                return PyTypeAlgebra.MakeUnion([BindType(union.Left), BindType(union.Right)]);
            default:
                _diagnostics.Malformed(expression.Span, $"'{PyiSyntaxFacts.Describe(expression)}' is not a type");
                return PyAnyType.Instance;
        }
    }

    private PyTypeSpec BindForwardReference(string text, PyiExpression literal)
    {
        if (_forwardReferenceDepth >= MaxForwardReferenceDepth)
        {
            _diagnostics.Malformed(literal.Span, "string annotations are nested too deeply");
            return PyAnyType.Instance;
        }

        var errors = new List<PyiSyntaxError>();
        PyiExpression? parsed = PyiParser.ParseTypeString(text, literal.Span, errors);
        foreach (PyiSyntaxError error in errors)
        {
            _diagnostics.Malformed(error.Span, error.Message);
        }

        if (parsed is null)
        {
            return PyAnyType.Instance;
        }

        // Spans inside the string are relative to the string; report against the literal.
        _forwardReferenceDepth++;
        try
        {
            return BindType(parsed with { Span = literal.Span });
        }
        finally
        {
            _forwardReferenceDepth--;
        }
    }

    private PyTypeSpec BindNamedType(Symbol symbol, ImmutableArray<PyiExpression> arguments, PyiExpression expression)
    {
        switch (symbol.Kind)
        {
            case SymbolKind.TypeVariable:
                TypeVariableKind kind = TypeVariableKindOf(_typeVariableDeclarations[symbol.Name])!.Value;
                if (!arguments.IsEmpty)
                {
                    _diagnostics.Malformed(expression.Span, $"type variable '{symbol.Name}' cannot take type arguments");
                }

                return new PyTypeVariableType(symbol.Name, kind);
            case SymbolKind.Alias:
                EquatableArray<PyTypeSpec> aliasArguments = arguments.Select(BindTypeArgument).ToEquatableArray();
                PyTypeSpec target = ResolveAlias(symbol.Name);
                return new PyAliasType(symbol.FullName, aliasArguments, aliasArguments.IsEmpty ? target : Specialize(target, aliasArguments, expression));
            case SymbolKind.Unknown:
                _diagnostics.Degraded(expression.Span, symbol.Name, $"'{symbol.Name}' is neither declared in the stub nor imported, so it is typed as typing.Any");
                return PyAnyType.Instance;
        }

        string fullName = PythonNames.NormalizeModule(symbol.Module, symbol.Name) + "." + symbol.Name;
        if (PythonNames.TypingAliases.TryGetValue(fullName, out string? rewritten))
        {
            fullName = rewritten;
        }

        switch (fullName)
        {
            case "typing.Any":
                return PyAnyType.Instance;
            case "typing.NoReturn" or "typing.Never":
                return PyNeverType.Instance;
            case "typing.Self":
                return PySelfType.Instance;
            case "typing.Union":
                return PyTypeAlgebra.MakeUnion(arguments.Select(BindType));
            case "typing.Optional" when arguments.Length == 1:
                return PyTypeAlgebra.MakeUnion([BindType(arguments[0]), PyNoneType.Instance]);
            case "typing.Literal":
                return BindLiteralType(arguments, expression);
            case "typing.Callable" or "collections.abc.Callable":
                return BindCallable(arguments, expression);
            case "builtins.tuple" when !arguments.IsEmpty:
                return BindTuple(arguments, expression);
            case "typing.Annotated" or "typing.Final" or "typing.ClassVar" or "typing.Required" or "typing.NotRequired" or "typing.ReadOnly" when arguments.Length >= 1:
                return BindType(arguments[0]);
            case "typing.Unpack" or "typing.Concatenate":
                _diagnostics.Degraded(expression.Span, PyiSyntaxFacts.Describe(expression), $"{fullName} is only meaningful inside a signature");
                return PyAnyType.Instance;
            case "typing.Optional" or "typing.Union" or "typing.Annotated" or "typing.Final" or "typing.ClassVar":
                _diagnostics.Malformed(expression.Span, $"{fullName} needs type arguments");
                return PyAnyType.Instance;
            case "builtins.bool" or "builtins.str" when !arguments.IsEmpty:
                // TypeGuard[X] / TypeIs[X] were rewritten to bool; their argument does not matter to a caller.
                return PyClassType.Builtin(fullName.Substring(PythonNames.Builtins.Length + 1));
        }

        if (arguments.IsEmpty)
        {
            // A class without arguments is one value wherever the stub names it (numpy.float64, thousands of times):
            // one instance, so the model is smaller and fewer objects live through a collection.
            if (!_plainClassTypes.TryGetValue(fullName, out PyClassType? plain))
            {
                _plainClassTypes[fullName] = plain = NewClassType(symbol, rewritten, EquatableArray<PyTypeSpec>.Empty);
            }

            return plain;
        }

        return NewClassType(symbol, rewritten, arguments.Select(BindTypeArgument).ToEquatableArray());
    }

    private static PyClassType NewClassType(Symbol symbol, string? rewritten, EquatableArray<PyTypeSpec> typeArguments)
    {
        if (rewritten is null)
        {
            return new PyClassType(PythonNames.NormalizeModule(symbol.Module, symbol.Name), symbol.Name, typeArguments);
        }

        int split = rewritten.LastIndexOf('.');
        return new PyClassType(rewritten.Substring(0, split), rewritten.Substring(split + 1), typeArguments);
    }

    /// <summary>A type argument of a generic class; <c>...</c> and ParamSpec argument lists carry no type a caller can use.</summary>
    private PyTypeSpec BindTypeArgument(PyiExpression argument) => argument switch
    {
        PyiEllipsisExpression or PyiListExpression or PyiStarredExpression => PyAnyType.Instance,
        _ => BindType(argument),
    };

    private PyTypeSpec BindLiteralType(ImmutableArray<PyiExpression> arguments, PyiExpression expression)
    {
        var values = new List<PyLiteral>();
        bool includesNone = false;
        var pending = new Queue<PyiExpression>(arguments);
        while (pending.Count > 0)
        {
            PyiExpression argument = pending.Dequeue();
            if (argument is PyiSubscriptExpression { Target.DottedName: string nested } inner && IsTypingName(ResolveName(nested), "Literal"))
            {
                foreach (PyiExpression item in inner.Indices)
                {
                    pending.Enqueue(item);
                }
            }
            else if (EvaluateLiteral(argument) is PyLiteral value)
            {
                includesNone |= value is PyNoneLiteral;
                if (value is not PyNoneLiteral and not PyTupleLiteral && !values.Contains(value))
                {
                    values.Add(value);
                }
            }
            else
            {
                _diagnostics.Degraded(argument.Span, PyiSyntaxFacts.Describe(expression), $"'{PyiSyntaxFacts.Describe(argument)}' is not a literal value, so it is left out of the Literal");
            }
        }

        var members = new List<PyTypeSpec>();
        if (values.Count > 0)
        {
            members.Add(new PyLiteralType(values.ToEquatableArray()));
        }

        if (includesNone)
        {
            members.Add(PyNoneType.Instance);
        }

        return members.Count == 0 ? PyAnyType.Instance : PyTypeAlgebra.MakeUnion(members);
    }

    private PyTypeSpec BindCallable(ImmutableArray<PyiExpression> arguments, PyiExpression expression)
    {
        if (arguments.IsEmpty)
        {
            return new PyCallableType(EquatableArray<PyTypeSpec>.Empty, AcceptsAnyArguments: true, PyAnyType.Instance);
        }

        if (arguments.Length != 2)
        {
            _diagnostics.Malformed(expression.Span, "Callable takes a parameter list and a return type: Callable[[A, B], R]");
            return PyAnyType.Instance;
        }

        PyTypeSpec returnType = BindType(arguments[1]);
        switch (arguments[0])
        {
            case PyiListExpression parameters:
                return new PyCallableType(parameters.Items.Select(BindType).ToEquatableArray(), AcceptsAnyArguments: false, returnType);
            case PyiEllipsisExpression:
                return new PyCallableType(EquatableArray<PyTypeSpec>.Empty, AcceptsAnyArguments: true, returnType);
            case PyiNameExpression { Name: string name } when ResolveName(name).Kind == SymbolKind.TypeVariable:
            case PyiSubscriptExpression { Target.DottedName: string concatenate } when IsTypingName(ResolveName(concatenate), "Concatenate"):
                // A ParamSpec stands for a whole argument list that is not known statically.
                return new PyCallableType(EquatableArray<PyTypeSpec>.Empty, AcceptsAnyArguments: true, returnType);
            default:
                _diagnostics.Malformed(arguments[0].Span, "the parameters of a Callable must be a list ([A, B]), '...' or a ParamSpec");
                return new PyCallableType(EquatableArray<PyTypeSpec>.Empty, AcceptsAnyArguments: true, returnType);
        }
    }

    private PyTupleType BindTuple(ImmutableArray<PyiExpression> arguments, PyiExpression expression)
    {
        if (arguments.Length == 1 && arguments[0] is PyiTupleExpression { Items.IsEmpty: true })
        {
            return new PyTupleType(EquatableArray<PyTypeSpec>.Empty, IsVariadic: false);
        }

        if (arguments.Length == 2 && arguments[1] is PyiEllipsisExpression)
        {
            return new PyTupleType(EquatableArray.Create(BindType(arguments[0])), IsVariadic: true);
        }

        if (arguments.Any(a => a is PyiStarredExpression))
        {
            _diagnostics.Degraded(expression.Span, PyiSyntaxFacts.Describe(expression), "an unpacked TypeVarTuple makes the tuple's length unknown");
            return new PyTupleType(EquatableArray.Create<PyTypeSpec>(PyAnyType.Instance), IsVariadic: true);
        }

        return new PyTupleType(arguments.Select(BindType).ToEquatableArray(), IsVariadic: false);
    }

    /// <summary>
    /// A generic alias with type arguments (PEP 484): its type parameters are the type variables of its expansion in
    /// order of first appearance, and missing arguments mean <c>typing.Any</c>.
    /// </summary>
    private PyTypeSpec Specialize(PyTypeSpec target, EquatableArray<PyTypeSpec> arguments, PyiExpression expression)
    {
        var parameters = new List<string>();
        PyTypeAlgebra.CollectTypeVariables(target, parameters);
        if (arguments.Count > parameters.Count && !(parameters.Count == 0 && target is PyClassType { TypeArguments.IsEmpty: true }))
        {
            _diagnostics.Malformed(expression.Span, $"'{PyiSyntaxFacts.Describe(expression)}' gives {arguments.Count} type arguments to an alias with {parameters.Count} type parameters");
        }

        return PyTypeAlgebra.SpecializeAlias(target, arguments);
    }

    /// <summary>The value of a literal expression (numbers with sign, complex sums, tuples of literals), or <see langword="null"/>.</summary>
    private static PyLiteral? EvaluateLiteral(PyiExpression expression)
    {
        switch (expression)
        {
            case PyiConstantExpression constant:
                return constant.Value;
            case PyiUnaryExpression { Operator: "+" } plus:
                return EvaluateLiteral(plus.Operand) is PyIntLiteral or PyFloatLiteral or PyComplexLiteral ? EvaluateLiteral(plus.Operand) : null;
            case PyiUnaryExpression { Operator: "-" } minus:
                return EvaluateLiteral(minus.Operand) switch
                {
                    PyIntLiteral i => new PyIntLiteral(-i.Value),
                    PyFloatLiteral f => new PyFloatLiteral(-f.Value),
                    PyComplexLiteral c => new PyComplexLiteral(-c.Real, -c.Imaginary),
                    _ => null,
                };
            case PyiBinaryExpression { Operator: "+" or "-" } sum
                when EvaluateLiteral(sum.Left) is PyIntLiteral or PyFloatLiteral && EvaluateLiteral(sum.Right) is PyComplexLiteral { Real: 0 } imaginary:
                double real = EvaluateLiteral(sum.Left) is PyIntLiteral integer ? (double)integer.Value : ((PyFloatLiteral)EvaluateLiteral(sum.Left)!).Value;
                return new PyComplexLiteral(real, sum.Operator == "+" ? imaginary.Imaginary : -imaginary.Imaginary);
            case PyiTupleExpression tuple:
                var items = tuple.Items.Select(EvaluateLiteral).ToList();
                return items.Contains(null) ? null : new PyTupleLiteral(items.Select(i => i!).ToEquatableArray());
            default:
                return null;
        }
    }

    /// <summary>The type of an unannotated variable, from its value (<c>x = 1</c> is an <c>int</c>).</summary>
    private static PyTypeSpec TypeOfLiteral(PyLiteral? value) => value switch
    {
        PyNoneLiteral => PyNoneType.Instance,
        PyBoolLiteral => PyClassType.Builtin("bool"),
        PyIntLiteral => PyClassType.Builtin("int"),
        PyFloatLiteral => PyClassType.Builtin("float"),
        PyComplexLiteral => PyClassType.Builtin("complex"),
        PyStringLiteral => PyClassType.Builtin("str"),
        PyBytesLiteral => PyClassType.Builtin("bytes"),
        PyTupleLiteral tuple => new PyTupleType(tuple.Items.Select(TypeOfLiteral).ToEquatableArray(), IsVariadic: false),
        _ => PyAnyType.Instance,
    };

    /// <summary>Peels <c>typing.ClassVar[…]</c> and <c>typing.Final[…]</c>; returns <see langword="null"/> for a bare <c>Final</c>.</summary>
    private PyiExpression? UnwrapQualifiers(PyiExpression annotation, out bool isClassVariable, out bool isFinal)
    {
        isClassVariable = false;
        isFinal = false;
        PyiExpression? current = annotation;
        while (current is not null)
        {
            string? name = current is PyiSubscriptExpression subscript ? subscript.Target.DottedName : current.DottedName;
            if (name is null)
            {
                break;
            }

            Symbol symbol = ResolveName(name);
            bool classVariable = IsTypingName(symbol, "ClassVar");
            bool final = IsTypingName(symbol, "Final");
            if (!classVariable && !final)
            {
                break;
            }

            isClassVariable |= classVariable;
            isFinal |= final;
            current = current is PyiSubscriptExpression { Indices.Length: 1 } qualified ? qualified.Indices[0] : null;
        }

        return current;
    }

    private PyTypeSpec ResolveAlias(string name)
    {
        if (_aliasTargets.TryGetValue(name, out PyTypeSpec? resolved))
        {
            return resolved;
        }

        PyiAssignmentStatement declaration = _aliasDeclarations[name];
        if (!_aliasesBeingResolved.Add(name))
        {
            if (_recursiveAliases.Add(name))
            {
                _diagnostics.Degraded(declaration.Span, name, "the alias refers to itself, so the recursive reference is typed as typing.Any");
            }

            return PyAnyType.Instance;
        }

        PyTypeSpec target = declaration.Value is null ? PyAnyType.Instance : BindType(declaration.Value);
        _aliasesBeingResolved.Remove(name);
        _aliasTargets[name] = target;
        return target;
    }
}
