using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Stubs;

/// <summary>
/// Turns a parsed stub into a <see cref="ModuleSpec"/>: resolves every name in annotations (TypeVars, aliases, the
/// stub's classes, imports, builtins), normalizes type spellings, groups overloads and property accessors, and
/// classifies classes. Each member gets its own C# spelling here (<see cref="Naming.CSharpNames"/>: <c>array_equal</c> →
/// <c>ArrayEqual</c>); collisions between them are settled afterwards, scope by scope, by <see cref="Naming.ModuleNamer"/>.
/// </summary>
internal sealed partial class StubBinder
{
    private readonly string _module;

    /// <summary><c>numpy.</c>: names starting with it may be the stub's own.</summary>
    private readonly string _modulePrefix;
    private readonly StubDiagnostics _diagnostics;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Names bound by imports: <c>import a.b as c</c> (c → a.b) and <c>from a import b as c</c> (c → a.b).</summary>
    private readonly Dictionary<string, string> _importedNames = new(StringComparer.Ordinal);

    /// <summary>Modules known to exist: every imported module and this one; used to split <c>a.b.C</c> into module and class.</summary>
    private readonly HashSet<string> _modules = new(StringComparer.Ordinal);

    private readonly Dictionary<string, PyiAssignmentStatement> _typeVariableDeclarations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PyiAssignmentStatement> _aliasDeclarations = new(StringComparer.Ordinal);

    /// <summary>The stub's classes by qualified name (<c>Outer.Inner</c>).</summary>
    private readonly Dictionary<string, PyiClassDefinition> _classes = new(StringComparer.Ordinal);

    private readonly Dictionary<string, PyTypeSpec> _aliasTargets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aliasesBeingResolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClassKind> _classKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumKind> _enumKinds = new(StringComparer.Ordinal);

    /// <summary>Classes named without type arguments, by full name: one shared instance each.</summary>
    private readonly Dictionary<string, PyClassType> _plainClassTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _classKindsBeingComputed = new(StringComparer.Ordinal);

    private StubBinder(string module, StubDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        _module = module;
        _modulePrefix = module + ".";
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        _modules.Add(module);
    }

    public static ModuleSpec Bind(string module, StubHeaderSpec header, PyiModule syntax, StubDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var binder = new StubBinder(module, diagnostics, cancellationToken);
        binder.CollectDeclarations(syntax.Body);
        return binder.BindModule(header, syntax);
    }

    private void CollectDeclarations(ImmutableArray<PyiStatement> body)
    {
        foreach (PyiStatement statement in body)
        {
            switch (statement)
            {
                case PyiImportStatement import:
                    foreach (PyiImportedName imported in import.Modules)
                    {
                        _modules.Add(imported.Name);
                        if (imported.Alias is not null)
                        {
                            _importedNames[imported.Alias] = imported.Name;
                        }
                    }

                    break;
                case PyiFromImportStatement { Level: 0, IsStar: false } fromImport:
                    _modules.Add(fromImport.Module);
                    foreach (PyiImportedName imported in fromImport.Names)
                    {
                        _importedNames[imported.Alias ?? imported.Name] = fromImport.Module + "." + imported.Name;
                    }

                    break;
                case PyiAssignmentStatement { Target: PyiNameExpression target } assignment:
                    if (TypeVariableKindOf(assignment) is not null)
                    {
                        _typeVariableDeclarations[target.Name] = assignment;
                    }
                    else if (IsExplicitAlias(assignment))
                    {
                        _aliasDeclarations[target.Name] = assignment;
                    }

                    break;
                case PyiClassDefinition classDefinition:
                    CollectClass(classDefinition, classDefinition.Name);
                    break;
            }
        }

        // Implicit aliases (`Name = list[int]`) need the explicit declarations above to be recognized.
        foreach (PyiStatement statement in body)
        {
            if (statement is PyiAssignmentStatement { Target: PyiNameExpression target, Annotation: null, IsTypeStatement: false, Value: { } value } assignment
                && !_typeVariableDeclarations.ContainsKey(target.Name)
                && LooksLikeTypeExpression(value))
            {
                _aliasDeclarations[target.Name] = assignment;
            }
        }
    }

    private void CollectClass(PyiClassDefinition classDefinition, string qualifiedName)
    {
        _classes[qualifiedName] = classDefinition;
        foreach (PyiClassDefinition nested in classDefinition.Body.OfType<PyiClassDefinition>())
        {
            CollectClass(nested, qualifiedName + "." + nested.Name);
        }
    }

    private ModuleSpec BindModule(StubHeaderSpec header, PyiModule syntax)
    {
        var submodules = new List<SubmoduleSpec>();
        var reExports = new List<ReExportSpec>();
        var constants = new List<ConstantSpec>();
        var functions = new List<PyiFunctionDefinition>();
        var classes = new List<ClassSpec>();

        foreach (PyiStatement statement in syntax.Body)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (statement)
            {
                case PyiImportStatement import:
                    // `import numpy.linalg as linalg`, and also `import numpy.core.defchararray as char`: an aliased
                    // import of a module of the same top-level package is a submodule attribute (dialect 1).
                    submodules.AddRange(import.Modules
                        .Where(m => m.Alias is not null && IsPublic(m.Alias) && TopLevelPackage(m.Name) == TopLevelPackage(_module) && m.Name != _module)
                        .Select(m => new SubmoduleSpec(m.Alias!, Naming.CSharpNames.ToPascalCase(m.Alias!), m.Name)));
                    break;
                case PyiFromImportStatement fromImport:
                    BindFromImport(fromImport, reExports);
                    break;
                case PyiAssignmentStatement assignment:
                    if (BindModuleAssignment(assignment) is ConstantSpec constant)
                    {
                        constants.Add(constant);
                    }

                    break;
                case PyiFunctionDefinition function:
                    functions.Add(function);
                    break;
                case PyiClassDefinition classDefinition when IsPublic(classDefinition.Name):
                    classes.Add(BindClass(classDefinition, classDefinition.Name));
                    break;
            }
        }

        // An object whose call the stub cannot type (scipy.stats.norm: `(*args, **kwds) -> Any`) is worth more as
        // itself: a property of its class, whose methods (norm.cdf) a caller reaches and whose __call__ is Invoke.
        // Only a class users can name: a private helper (numpy.ma's _convert2ma) has nothing to reach but its call.
        ILookup<bool, FunctionSpec> boundFunctions = BindFunctions(functions, FunctionKind.Module, _module).ToLookup(IsUntypedCallableObject);
        constants.AddRange(boundFunctions[true].Select(f => new ConstantSpec(f.PythonName, f.Name, f.CallableObjectType!, null, f.Docstring)));
        var module = new ModuleSpec(
            _module,
            header,
            syntax.Docstring,
            submodules.ToEquatableArray(),
            reExports.ToEquatableArray(),
            BindTypeVariables(),
            _aliasDeclarations.Keys.OrderBy(n => n, StringComparer.Ordinal).Select(n => new TypeAliasSpec(n, ResolveAlias(n))).ToEquatableArray(),
            constants.ToEquatableArray(),
            boundFunctions[false].ToEquatableArray(),
            classes.ToEquatableArray(),
            EquatableArray<RenameSpec>.Empty);
        return module;
    }

    private static bool IsUntypedCallableObject(FunctionSpec function) =>
        function.CallableObjectType is PyClassType type
        && (type.Module + "." + type.QualifiedName).Split('.').All(IsPublic)
        && function.Signatures.All(s => s.ReturnType is PyAnyType
            && s.Parameters.All(p => p.Kind is ParameterKind.VarPositional or ParameterKind.VarKeyword && p.Type is PyAnyType));

    private void BindFromImport(PyiFromImportStatement fromImport, List<ReExportSpec> reExports)
    {
        if (fromImport.Level > 0)
        {
            _diagnostics.Ignored(fromImport.Span, "a relative import");
            return;
        }

        if (fromImport.IsStar)
        {
            _diagnostics.Ignored(fromImport.Span, $"'from {fromImport.Module} import *'");
            return;
        }

        // The .pyi convention: only `from m import x as x` (or an explicit other alias) re-exports; a bare
        // `from m import x` just makes x usable in annotations.
        foreach (PyiImportedName imported in fromImport.Names)
        {
            if (imported.Alias is string alias && IsPublic(alias))
            {
                _diagnostics.Defined(imported.Span, _module + "." + alias);
                reExports.Add(new ReExportSpec(alias, string.Empty, fromImport.Module, imported.Name));
            }
        }
    }

    private ConstantSpec? BindModuleAssignment(PyiAssignmentStatement assignment)
    {
        if (assignment.Target is not PyiNameExpression target)
        {
            _diagnostics.Ignored(assignment.Span, $"an assignment to '{PyiSyntaxFacts.Describe(assignment.Target)}'");
            return null;
        }

        if (!IsPublic(target.Name) || _typeVariableDeclarations.ContainsKey(target.Name) || _aliasDeclarations.ContainsKey(target.Name))
        {
            return null;
        }

        _diagnostics.Defined(target.Span, _module + "." + target.Name);
        (PyTypeSpec type, PyLiteral? value, _, _) = BindVariable(assignment, target.Name, allowClassVar: false);
        return new ConstantSpec(target.Name, Naming.CSharpNames.ToPascalCase(target.Name), type, value, assignment.Docstring);
    }

    /// <summary>The type, value and qualifiers of an annotated or inferred variable (constant, attribute, class variable).</summary>
    private (PyTypeSpec Type, PyLiteral? Value, bool IsClassVariable, bool IsFinal) BindVariable(PyiAssignmentStatement assignment, string memberPath, bool allowClassVar)
    {
        PyLiteral? value = assignment.Value is null ? null : EvaluateLiteral(assignment.Value);
        if (assignment.Value is not null and not PyiEllipsisExpression && value is null)
        {
            _diagnostics.Ignored(assignment.Value.Span, $"the non-literal value of '{memberPath}'");
        }

        if (assignment.Annotation is null)
        {
            return (TypeOfLiteral(value), value, false, false);
        }

        PyiExpression? annotation = UnwrapQualifiers(assignment.Annotation, out bool isClassVariable, out bool isFinal);
        if (isClassVariable && !allowClassVar)
        {
            _diagnostics.Ignored(assignment.Annotation.Span, $"typing.ClassVar outside a class (on '{memberPath}')");
        }

        PyTypeSpec type = annotation is null ? TypeOfLiteral(value) : BindType(annotation);
        return (type, value, isClassVariable, isFinal);
    }

    private EquatableArray<TypeVariableSpec> BindTypeVariables()
    {
        var names = new List<string>(_typeVariableDeclarations.Keys);
        names.Sort(StringComparer.Ordinal);
        return names.Select(name => BindTypeVariable(name, _typeVariableDeclarations[name])).ToEquatableArray();
    }

    private TypeVariableSpec BindTypeVariable(string name, PyiAssignmentStatement declaration)
    {
        var call = (PyiCallExpression)declaration.Value!;
        TypeVariableKind kind = TypeVariableKindOf(declaration)!.Value;
        PyTypeSpec? bound = null;
        var constraints = new List<PyTypeSpec>();
        Variance variance = Variance.Invariant;
        for (int i = 0; i < call.Arguments.Length; i++)
        {
            PyiArgument argument = call.Arguments[i];
            switch (argument.Name)
            {
                case null when i == 0:
                    if (argument.Value is not PyiConstantExpression { Value: PyStringLiteral declared } || declared.Value != name)
                    {
                        _diagnostics.Malformed(argument.Value.Span, $"the first argument of {kind}() must be the string '{name}'");
                    }

                    break;
                case null:
                    constraints.Add(BindType(argument.Value));
                    break;
                case "bound":
                    bound = BindType(argument.Value);
                    break;
                case "covariant" when IsTrue(argument.Value):
                    variance = Variance.Covariant;
                    break;
                case "contravariant" when IsTrue(argument.Value):
                    variance = Variance.Contravariant;
                    break;
            }
        }

        return new TypeVariableSpec(name, kind, bound, constraints.ToEquatableArray(), variance);
    }

    private static bool IsTrue(PyiExpression expression) => expression is PyiConstantExpression { Value: PyBoolLiteral { Value: true } };

    private TypeVariableKind? TypeVariableKindOf(PyiAssignmentStatement assignment)
    {
        if (assignment.Value is not PyiCallExpression { Target.DottedName: string callee })
        {
            return null;
        }

        return ResolveName(callee) is { Kind: SymbolKind.Class } symbol && PythonNames.NormalizeModule(symbol.Module, symbol.Name) == "typing"
            ? symbol.Name switch
            {
                "TypeVar" => TypeVariableKind.TypeVar,
                "ParamSpec" => TypeVariableKind.ParamSpec,
                "TypeVarTuple" => TypeVariableKind.TypeVarTuple,
                _ => null,
            }
            : null;
    }

    private bool IsExplicitAlias(PyiAssignmentStatement assignment) =>
        assignment.IsTypeStatement
        || (assignment.Annotation?.DottedName is string annotation && IsTypingName(ResolveName(annotation), "TypeAlias"));

    /// <summary>
    /// Whether an unannotated <c>Name = value</c> is an old-style alias rather than a constant: a subscript or union,
    /// or a name that denotes a type.
    /// </summary>
    private bool LooksLikeTypeExpression(PyiExpression value) => value switch
    {
        PyiSubscriptExpression { Target.DottedName: string target } => ResolveName(target).Kind != SymbolKind.Unknown,
        PyiBinaryExpression { Operator: "|" } binary => LooksLikeTypeExpression(binary.Left) || LooksLikeTypeExpression(binary.Right),
        PyiNameExpression or PyiAttributeExpression => ResolveName(value.DottedName!) is { Kind: not SymbolKind.Unknown } symbol
            && (symbol.Kind != SymbolKind.Class || symbol.Module == PythonNames.Builtins || symbol.Module == _module || _modules.Contains(symbol.Module)),
        _ => false,
    };

    private static string TopLevelPackage(string module)
    {
        int dot = module.IndexOf('.');
        return dot < 0 ? module : module.Substring(0, dot);
    }

    private static bool IsPublic(string name) => !name.StartsWith("_", StringComparison.Ordinal);

    private static bool IsDunder(string name) => name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);
}
