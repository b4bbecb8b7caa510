using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Model;

namespace PyBind.Gen.Stubs;

// The syntax tree of a stub: what the parser recognizes, before names are resolved. It lives only while one stub
// is read (the binder turns it into the equatable model), so plain classes with spans are enough.

/// <summary>A Python expression: an annotation, a default value, a decorator, a base class.</summary>
internal abstract record PyiExpression(TextSpan Span)
{
    /// <summary>
    /// The height of the tree under this node (1 for a leaf), computed as nodes are built. The parser refuses trees
    /// deeper than <see cref="PyiParser.MaxExpressionDepth"/>, so every recursive walk of the syntax and of the model
    /// made from it has a bounded depth: no stub can overflow the compiler's stack.
    /// </summary>
    public virtual int Depth => 1;

    protected static int DepthOf(PyiExpression first, ImmutableArray<PyiExpression> rest)
    {
        int depth = first.Depth;
        foreach (PyiExpression item in rest)
        {
            depth = depth > item.Depth ? depth : item.Depth;
        }

        return depth + 1;
    }

    protected static int DepthOf(ImmutableArray<PyiExpression> items)
    {
        int depth = 0;
        foreach (PyiExpression item in items)
        {
            depth = depth > item.Depth ? depth : item.Depth;
        }

        return depth + 1;
    }

    /// <summary>The dotted name this expression spells (<c>numpy.ndarray</c>), or <see langword="null"/>.</summary>
    public virtual string? DottedName => null;
}

internal sealed record PyiNameExpression(TextSpan Span, string Name) : PyiExpression(Span)
{
    public override string? DottedName => Name;
}

internal sealed record PyiAttributeExpression(TextSpan Span, PyiExpression Target, string Name) : PyiExpression(Span)
{
    public override int Depth { get; } = Target.Depth + 1;

    /// <summary>Built once with the node (from the target's, also built once), as name resolution asks for it repeatedly.</summary>
    public override string? DottedName { get; } = Target.DottedName is string target ? target + "." + Name : null;
}

/// <summary><c>X[a, b]</c>; the indices are the comma-separated items (a single item for <c>X[a]</c>).</summary>
internal sealed record PyiSubscriptExpression(TextSpan Span, PyiExpression Target, ImmutableArray<PyiExpression> Indices) : PyiExpression(Span)
{
    public override int Depth { get; } = DepthOf(Target, Indices);
}

/// <summary><c>a | b</c>, <c>a + b</c>, <c>a - b</c>.</summary>
internal sealed record PyiBinaryExpression(TextSpan Span, string Operator, PyiExpression Left, PyiExpression Right) : PyiExpression(Span)
{
    public override int Depth { get; } = (Left.Depth > Right.Depth ? Left.Depth : Right.Depth) + 1;
}

internal sealed record PyiUnaryExpression(TextSpan Span, string Operator, PyiExpression Operand) : PyiExpression(Span)
{
    public override int Depth { get; } = Operand.Depth + 1;
}

/// <summary>A literal: number, string (adjacent literals already joined), bytes, <c>None</c>, <c>True</c>, <c>False</c>.</summary>
internal sealed record PyiConstantExpression(TextSpan Span, PyLiteral Value) : PyiExpression(Span);

internal sealed record PyiEllipsisExpression(TextSpan Span) : PyiExpression(Span);

internal sealed record PyiTupleExpression(TextSpan Span, ImmutableArray<PyiExpression> Items) : PyiExpression(Span)
{
    public override int Depth { get; } = DepthOf(Items);
}

internal sealed record PyiListExpression(TextSpan Span, ImmutableArray<PyiExpression> Items) : PyiExpression(Span)
{
    public override int Depth { get; } = DepthOf(Items);
}

/// <summary><c>*X</c> in a subscript (<c>tuple[*Ts]</c>).</summary>
internal sealed record PyiStarredExpression(TextSpan Span, PyiExpression Value) : PyiExpression(Span)
{
    public override int Depth { get; } = Value.Depth + 1;
}

internal sealed record PyiCallExpression(TextSpan Span, PyiExpression Target, ImmutableArray<PyiArgument> Arguments) : PyiExpression(Span)
{
    public override int Depth { get; } = DepthOf(Target, ImmutableArray.CreateRange(Arguments, a => a.Value));
}

/// <summary>Valid Python the dialect has no use for (a dict display, a lambda, an f-string): kept only as a span.</summary>
internal sealed record PyiUnsupportedExpression(TextSpan Span, string Description) : PyiExpression(Span);

/// <summary>A call argument or base-class entry: positional, <c>name=value</c>, <c>*value</c> or <c>**value</c>.</summary>
internal sealed record PyiArgument(string? Name, PyiExpression Value, bool IsStarred = false, bool IsDoubleStarred = false);

internal abstract record PyiStatement(TextSpan Span);

internal sealed record PyiImportStatement(TextSpan Span, ImmutableArray<PyiImportedName> Modules) : PyiStatement(Span);

/// <param name="Level">The number of leading dots of a relative import.</param>
internal sealed record PyiFromImportStatement(TextSpan Span, string Module, int Level, ImmutableArray<PyiImportedName> Names, bool IsStar) : PyiStatement(Span);

/// <summary>A module or name in an import, with its <c>as</c> alias.</summary>
internal sealed record PyiImportedName(TextSpan Span, string Name, string? Alias);

/// <summary><c>target: annotation = value</c>, <c>target = value</c> or <c>type target = value</c> (<see cref="IsTypeStatement"/>).</summary>
/// <param name="Docstring">A string statement right after the assignment (an attribute docstring).</param>
internal sealed record PyiAssignmentStatement(
    TextSpan Span,
    PyiExpression Target,
    PyiExpression? Annotation,
    PyiExpression? Value,
    bool IsTypeStatement,
    string? Docstring) : PyiStatement(Span);

internal sealed record PyiFunctionDefinition(
    TextSpan Span,
    string Name,
    TextSpan NameSpan,
    ImmutableArray<PyiExpression> Decorators,
    ImmutableArray<PyiParameter> Parameters,
    PyiExpression? Returns,
    bool IsAsync,
    string? Docstring) : PyiStatement(Span);

internal sealed record PyiParameter(TextSpan Span, string Name, ParameterKind Kind, PyiExpression? Annotation, PyiExpression? Default);

internal sealed record PyiClassDefinition(
    TextSpan Span,
    string Name,
    TextSpan NameSpan,
    ImmutableArray<PyiExpression> Decorators,
    ImmutableArray<PyiArgument> Bases,
    ImmutableArray<PyiStatement> Body,
    string? Docstring) : PyiStatement(Span);

/// <summary>An expression on its own line: a docstring, <c>...</c>, or something the binder ignores.</summary>
internal sealed record PyiExpressionStatement(TextSpan Span, PyiExpression Expression) : PyiStatement(Span);

/// <summary>A parsed stub file.</summary>
internal sealed record PyiModule(string? Docstring, ImmutableArray<PyiStatement> Body);

/// <summary>Helpers over the syntax.</summary>
internal static class PyiSyntaxFacts
{
    /// <summary>The string of a docstring statement, or <see langword="null"/>.</summary>
    public static string? AsDocstring(PyiStatement statement) =>
        statement is PyiExpressionStatement { Expression: PyiConstantExpression { Value: PyStringLiteral text } } ? text.Value : null;

    public static string Describe(PyiExpression expression)
    {
        var text = new StringBuilder();
        Append(text, expression);
        return text.ToString();
    }

    private static void Append(StringBuilder text, PyiExpression expression)
    {
        switch (expression)
        {
            case PyiNameExpression name:
                text.Append(name.Name);
                break;
            case PyiAttributeExpression attribute:
                Append(text, attribute.Target);
                text.Append('.').Append(attribute.Name);
                break;
            case PyiSubscriptExpression subscript:
                Append(text, subscript.Target);
                AppendList(text, "[", subscript.Indices, "]");
                break;
            case PyiBinaryExpression binary:
                Append(text, binary.Left);
                text.Append(' ').Append(binary.Operator).Append(' ');
                Append(text, binary.Right);
                break;
            case PyiUnaryExpression unary:
                text.Append(unary.Operator);
                Append(text, unary.Operand);
                break;
            case PyiConstantExpression constant:
                text.Append(constant.Value.Display);
                break;
            case PyiEllipsisExpression:
                text.Append("...");
                break;
            case PyiTupleExpression tuple:
                AppendList(text, "(", tuple.Items, ")");
                break;
            case PyiListExpression list:
                AppendList(text, "[", list.Items, "]");
                break;
            case PyiStarredExpression starred:
                text.Append('*');
                Append(text, starred.Value);
                break;
            case PyiCallExpression call:
                Append(text, call.Target);
                text.Append("(…)");
                break;
            case PyiUnsupportedExpression unsupported:
                text.Append(unsupported.Description);
                break;
        }
    }

    private static void AppendList(StringBuilder text, string open, ImmutableArray<PyiExpression> items, string close)
    {
        text.Append(open);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Append(text, items[i]);
        }

        text.Append(close);
    }
}
