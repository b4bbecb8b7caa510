using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

/// <summary>How a C# argument reaches Python.</summary>
internal enum PassKind
{
    /// <summary>By position: the leading required parameters, in Python's order.</summary>
    Positional,

    /// <summary>By keyword, through the call's <c>PyKeywordNames</c>: optional and keyword-only parameters.</summary>
    Keyword,

    /// <summary>The items of <c>*args</c>, by position after the positional parameters.</summary>
    VarPositional,

    /// <summary>The entries of <c>**kwargs</c>.</summary>
    VarKeyword,

    /// <summary>Not sent to Python: the <c>CancellationToken</c> of an async binding.</summary>
    NotSent,
}

/// <summary>One parameter of a generated C# method: immutable, so the planner replaces it rather than edits it.</summary>
internal sealed class ParameterPlan
{
    public ParameterPlan(ParameterSpec? source, string pythonName, string name, CsType type, PassKind pass, bool isOptional, bool isPyOptional = false, bool isParamsArray = false)
    {
        Source = source;
        PythonName = pythonName;
        Name = name;
        Type = type;
        Pass = pass;
        IsOptional = isOptional;
        IsPyOptional = isPyOptional;
        IsParamsArray = isParamsArray;
    }

    public ParameterSpec? Source { get; }

    public string PythonName { get; }

    /// <summary>The C# name, a valid identifier (<c>@out</c>).</summary>
    public string Name { get; }

    /// <summary>The type of a value given for it (for <c>*args</c>: of each item; for <c>**kwargs</c>: of each value).</summary>
    public CsType Type { get; }

    public PassKind Pass { get; }

    /// <summary>The caller may omit it; an omitted argument is not sent.</summary>
    public bool IsOptional { get; }

    /// <summary>Declared <c>PyOptional&lt;T&gt;</c>: omitted is <c>default</c>, so that <c>null</c> can mean <c>None</c>.</summary>
    public bool IsPyOptional { get; }

    /// <summary><c>*args</c> as a C# <c>params</c> array.</summary>
    public bool IsParamsArray { get; }

    /// <summary>The type as declared: <c>long?</c> for an optional <c>long</c>, <c>params T[]</c>, <c>PyOptional&lt;T&gt;</c>.</summary>
    public string DeclaredType =>
        IsParamsArray ? Type.Syntax + "[]"
        : Pass == PassKind.VarPositional ? "global::System.Collections.Generic.IEnumerable<" + Type.Syntax + ">?"
        : Pass == PassKind.VarKeyword ? EmittedNames.KeywordPairs + Type.Syntax + ">>?"
        : IsPyOptional ? EmittedNames.PyOptional + "<" + Type.Syntax + ">"
        : IsOptional && !Type.AcceptsNull && Pass != PassKind.NotSent ? Type.Syntax + "?"
        : Type.Syntax;

    /// <summary>The signature identity of the declared type (nullable reference annotations do not count).</summary>
    public string Key =>
        IsParamsArray ? Type.Key + "[]"
        : Pass == PassKind.VarPositional ? "global::System.Collections.Generic.IEnumerable<" + Type.Key + ">"
        : Pass == PassKind.VarKeyword ? EmittedNames.KeywordPairs + Type.Key + ">>"
        : IsPyOptional ? "PyOptional<" + Type.Key + ">"
        : IsOptional && !Type.AcceptsNull && Type.IsValueType && Pass != PassKind.NotSent ? Type.Key + "?"
        : Type.Key;

    public string Declaration =>
        (IsParamsArray ? "params " : string.Empty) + DeclaredType + " " + Name
        + (IsParamsArray || !IsOptional ? string.Empty : IsPyOptional || Pass == PassKind.NotSent ? " = default" : " = null");

    /// <summary>This parameter, optional (a call may leave it out) and passed as <paramref name="pass"/>.</summary>
    public ParameterPlan AsOptional(PassKind pass) => new(Source, PythonName, Name, Type, pass, isOptional: true, IsPyOptional, IsParamsArray);

    public ParameterPlan WithPass(PassKind pass) => new(Source, PythonName, Name, Type, pass, IsOptional, IsPyOptional, IsParamsArray);

    public ParameterPlan WithName(string name) => new(Source, PythonName, name, Type, Pass, IsOptional, IsPyOptional, IsParamsArray);
}

/// <summary>
/// One generated C# method (or constructor, operator, indexer accessor) and how it calls Python, as planning settled it:
/// immutable, so writers can only write it.
/// </summary>
internal sealed class MethodPlan
{
    public MethodPlan(IEnumerable<ParameterPlan> parameters, CsType returnType, IEnumerable<string> typeParameters, IEnumerable<SignatureSpec> sources, int priority)
    {
        Parameters = ImmutableArray.CreateRange(parameters);
        Return = returnType;
        TypeParameters = ImmutableArray.CreateRange(typeParameters);
        Sources = ImmutableArray.CreateRange(sources);
        Priority = priority;
    }

    /// <summary>
    /// In C# order: required first, then optional, then the <c>CancellationToken</c> of an async method, then
    /// <c>**kwargs</c>, then a <c>params</c> array.
    /// </summary>
    public IReadOnlyList<ParameterPlan> Parameters { get; }

    public CsType Return { get; }

    public IReadOnlyList<string> TypeParameters { get; }

    /// <summary>The Python signatures this method covers (several when overloads were merged).</summary>
    public IReadOnlyList<SignatureSpec> Sources { get; }

    public bool IsAsync => Return is TaskType;

    /// <summary>
    /// The overload resolution priority (C# 13) that settles which method a call picks where several apply (one more
    /// than the highest of the methods it must win against); 0 elsewhere.
    /// </summary>
    public int Priority { get; }

    /// <summary>The C# signature identity: type parameter count and parameter types.</summary>
    public string SignatureKey => SignatureKeyOf(TypeParameters.Count, Parameters);

    public static string SignatureKeyOf(int typeParameterCount, IEnumerable<ParameterPlan> parameters) =>
        typeParameterCount + "(" + string.Join(", ", parameters.Select(p => p.Key)) + ")";
}
