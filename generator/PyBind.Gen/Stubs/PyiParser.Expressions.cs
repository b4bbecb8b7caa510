using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Model;

namespace PyBind.Gen.Stubs;

internal sealed partial class PyiParser
{
    /// <summary>
    /// The deepest expression a stub may write, in brackets and operators (CPython's tokenizer allows 200 nested
    /// brackets). Deeper input is a syntax error of its statement: the walks over the syntax and the model are recursive.
    /// </summary>
    public const int MaxExpressionDepth = 200;

    private const string TooDeep = "the expression is nested too deeply (more than 200 levels)";

    /// <summary>How many <see cref="ParseExpression"/> calls are active.</summary>
    private int _nesting;

    /// <summary><c>a, b</c> without parentheses (the right side of an assignment) or a single expression.</summary>
    private PyiExpression ParseExpressionList()
    {
        PyiExpression first = ParseExpression();
        if (!Current.IsOperator(","))
        {
            return first;
        }

        ImmutableArray<PyiExpression>.Builder items = ImmutableArray.CreateBuilder<PyiExpression>();
        items.Add(first);
        while (Accept(PyiTokenKind.Operator, ",") && StartsExpression(Current))
        {
            items.Add(ParseExpression());
        }

        return Checked(new PyiTupleExpression(TextSpan.FromBounds(first.Span.Start, Previous.Span.End), items.ToImmutable()));
    }

    /// <summary>
    /// The expression grammar stubs need, with Python's precedence: <c>|</c> below <c>+</c>/<c>-</c> below unary operators
    /// below attribute access, subscripts and calls.
    /// </summary>
    private PyiExpression ParseExpression()
    {
        if (Current.IsName("lambda"))
        {
            throw Error(Current.Span, "a lambda is not allowed in a stub");
        }

        // Brackets recurse through here: bound the recursion before it can exhaust the compiler's stack.
        if (_nesting >= MaxExpressionDepth)
        {
            throw Error(Current.Span, TooDeep);
        }

        _nesting++;
        try
        {
            PyiExpression first = ParseArithmetic();
            if (!Current.IsOperator("|"))
            {
                return first;
            }

            // `|` is associative: a long union is built as a balanced tree, so its depth grows with the logarithm of its length.
            var operands = new List<PyiExpression> { first };
            while (Accept(PyiTokenKind.Operator, "|"))
            {
                operands.Add(ParseArithmetic());
            }

            return Checked(Union(operands, 0, operands.Count));
        }
        finally
        {
            _nesting--;
        }
    }

    private static PyiExpression Union(List<PyiExpression> operands, int start, int end)
    {
        if (end - start == 1)
        {
            return operands[start];
        }

        int middle = start + ((end - start) / 2);
        PyiExpression left = Union(operands, start, middle);
        PyiExpression right = Union(operands, middle, end);
        return new PyiBinaryExpression(TextSpan.FromBounds(left.Span.Start, right.Span.End), "|", left, right);
    }

    private PyiExpression ParseArithmetic()
    {
        PyiExpression left = ParseUnary();
        while (Current.IsOperator("+") || Current.IsOperator("-"))
        {
            string op = Current.Text;
            _index++;
            PyiExpression right = ParseUnary();
            left = Checked(new PyiBinaryExpression(TextSpan.FromBounds(left.Span.Start, right.Span.End), op, left, right));
        }

        return left;
    }

    private PyiExpression ParseUnary()
    {
        // Iterative: a run of signs (`- - - 1`) must not recurse once per sign. Most operands have no sign: no list.
        List<PyiToken>? operators = null;
        while (Current.IsOperator("-") || Current.IsOperator("+") || Current.IsOperator("~"))
        {
            operators ??= [];
            operators.Add(Current);
            _index++;
            if (operators.Count > MaxExpressionDepth)
            {
                throw Error(operators[0].Span, TooDeep);
            }
        }

        PyiExpression expression = ParsePostfix();
        for (int i = (operators?.Count ?? 0) - 1; i >= 0; i--)
        {
            expression = Checked(new PyiUnaryExpression(TextSpan.FromBounds(operators![i].Span.Start, expression.Span.End), operators[i].Text, expression));
        }

        return expression;
    }

    private PyiExpression ParsePostfix()
    {
        PyiExpression expression = ParseAtom();
        while (true)
        {
            if (Accept(PyiTokenKind.Operator, "."))
            {
                PyiToken name = Expect(PyiTokenKind.Name);
                expression = Checked(new PyiAttributeExpression(TextSpan.FromBounds(expression.Span.Start, name.Span.End), expression, name.Text));
            }
            else if (Accept(PyiTokenKind.Operator, "["))
            {
                ImmutableArray<PyiExpression> indices = ParseSubscriptItems();
                PyiToken close = Expect(PyiTokenKind.Operator, "]");
                expression = Checked(new PyiSubscriptExpression(TextSpan.FromBounds(expression.Span.Start, close.Span.End), expression, indices));
            }
            else if (Accept(PyiTokenKind.Operator, "("))
            {
                ImmutableArray<PyiArgument> arguments = ParseArguments();
                PyiToken close = Expect(PyiTokenKind.Operator, ")");
                expression = Checked(new PyiCallExpression(TextSpan.FromBounds(expression.Span.Start, close.Span.End), expression, arguments));
            }
            else
            {
                return expression;
            }
        }
    }

    /// <summary>The expression, unless its tree is deeper than <see cref="MaxExpressionDepth"/> (a syntax error at its start).</summary>
    private static T Checked<T>(T expression)
        where T : PyiExpression =>
        expression.Depth <= MaxExpressionDepth ? expression : throw Error(TextSpan.FromBounds(expression.Span.Start, expression.Span.Start), TooDeep);

    private ImmutableArray<PyiExpression> ParseSubscriptItems()
    {
        ImmutableArray<PyiExpression>.Builder items = ImmutableArray.CreateBuilder<PyiExpression>();
        do
        {
            if (Current.IsOperator("]"))
            {
                break;
            }

            if (Current.IsOperator(":"))
            {
                throw Error(Current.Span, "slices are not allowed in a stub");
            }

            items.Add(Current.IsOperator("*") ? ParseStarred() : ParseExpression());
        }
        while (Accept(PyiTokenKind.Operator, ","));

        if (items.Count == 0)
        {
            throw Error(Current.Span, "expected an expression inside '[]'");
        }

        return items.ToImmutable();
    }

    private PyiStarredExpression ParseStarred()
    {
        PyiToken star = Expect(PyiTokenKind.Operator, "*");
        PyiExpression value = ParseExpression();
        return Checked(new PyiStarredExpression(TextSpan.FromBounds(star.Span.Start, value.Span.End), value));
    }

    /// <summary>Call arguments and class bases: positional, <c>name=value</c>, <c>*value</c>, <c>**value</c>.</summary>
    private ImmutableArray<PyiArgument> ParseArguments()
    {
        ImmutableArray<PyiArgument>.Builder arguments = ImmutableArray.CreateBuilder<PyiArgument>();
        while (!Current.IsOperator(")"))
        {
            if (Accept(PyiTokenKind.Operator, "**"))
            {
                arguments.Add(new PyiArgument(null, ParseExpression(), IsDoubleStarred: true));
            }
            else if (Accept(PyiTokenKind.Operator, "*"))
            {
                arguments.Add(new PyiArgument(null, ParseExpression(), IsStarred: true));
            }
            else if (Current.Kind == PyiTokenKind.Name && Peek().IsOperator("="))
            {
                string name = Current.Text;
                _index += 2;
                arguments.Add(new PyiArgument(name, ParseExpression()));
            }
            else
            {
                arguments.Add(new PyiArgument(null, ParseExpression()));
            }

            if (!Accept(PyiTokenKind.Operator, ","))
            {
                break;
            }
        }

        return arguments.ToImmutable();
    }

    private PyiExpression ParseAtom()
    {
        PyiToken token = Current;
        switch (token.Kind)
        {
            case PyiTokenKind.Name:
                _index++;
                return token.Text switch
                {
                    "None" => new PyiConstantExpression(token.Span, PyNoneLiteral.Instance),
                    "True" => new PyiConstantExpression(token.Span, new PyBoolLiteral(true)),
                    "False" => new PyiConstantExpression(token.Span, new PyBoolLiteral(false)),
                    _ => new PyiNameExpression(token.Span, token.Text),
                };
            case PyiTokenKind.Number:
                _index++;
                return new PyiConstantExpression(token.Span, token.Literal!);
            case PyiTokenKind.String:
                return ParseStrings();
            case PyiTokenKind.Operator when token.Text == "...":
                _index++;
                return new PyiEllipsisExpression(token.Span);
            case PyiTokenKind.Operator when token.Text == "(":
                return ParseParenthesized();
            case PyiTokenKind.Operator when token.Text == "[":
                _index++;
                ImmutableArray<PyiExpression> items = Current.IsOperator("]") ? ImmutableArray<PyiExpression>.Empty : ParseSequenceItems("]");
                PyiToken close = Expect(PyiTokenKind.Operator, "]");
                return Checked(new PyiListExpression(TextSpan.FromBounds(token.Span.Start, close.Span.End), items));
            case PyiTokenKind.Operator when token.Text == "{":
                return SkipBracketed("a dict or set display");
            default:
                throw Error(token.Span, $"expected an expression, found {token}");
        }
    }

    /// <summary>Adjacent string literals are one literal (<c>"a" "b"</c> is <c>"ab"</c>); str and bytes cannot be mixed.</summary>
    private PyiExpression ParseStrings()
    {
        PyiToken first = Current;
        if (Peek().Kind != PyiTokenKind.String && first.Literal is PyLiteral single && !first.IsFormatString)
        {
            // One literal (every docstring): its value as the tokenizer made it, not copied again.
            _index++;
            return new PyiConstantExpression(first.Span, single);
        }

        var text = new StringBuilder();
        var bytes = ImmutableArray.CreateBuilder<byte>();
        bool isBytes = first.Literal is PyBytesLiteral;
        bool isFormat = false;
        while (Current.Kind == PyiTokenKind.String)
        {
            PyiToken part = Current;
            _index++;
            isFormat |= part.IsFormatString;
            switch (part.Literal)
            {
                case PyBytesLiteral b when isBytes:
                    bytes.AddRange(b.Value.Items);
                    break;
                case PyStringLiteral s when !isBytes:
                    text.Append(s.Value);
                    break;
                default:
                    throw Error(part.Span, "cannot mix bytes and str literals");
            }
        }

        TextSpan span = TextSpan.FromBounds(first.Span.Start, Previous.Span.End);
        if (isFormat)
        {
            return new PyiUnsupportedExpression(span, "an f-string");
        }

        return new PyiConstantExpression(span, isBytes ? new PyBytesLiteral(bytes.ToImmutable()) : new PyStringLiteral(text.ToString()));
    }

    private PyiExpression ParseParenthesized()
    {
        PyiToken open = Expect(PyiTokenKind.Operator, "(");
        if (Current.IsOperator(")"))
        {
            PyiToken emptyClose = Expect(PyiTokenKind.Operator, ")");
            return new PyiTupleExpression(TextSpan.FromBounds(open.Span.Start, emptyClose.Span.End), ImmutableArray<PyiExpression>.Empty);
        }

        PyiExpression first = ParseExpression();
        if (!Current.IsOperator(","))
        {
            Expect(PyiTokenKind.Operator, ")");
            return first;
        }

        ImmutableArray<PyiExpression>.Builder items = ImmutableArray.CreateBuilder<PyiExpression>();
        items.Add(first);
        while (Accept(PyiTokenKind.Operator, ",") && !Current.IsOperator(")"))
        {
            items.Add(ParseExpression());
        }

        PyiToken close = Expect(PyiTokenKind.Operator, ")");
        return Checked(new PyiTupleExpression(TextSpan.FromBounds(open.Span.Start, close.Span.End), items.ToImmutable()));
    }

    private ImmutableArray<PyiExpression> ParseSequenceItems(string close)
    {
        ImmutableArray<PyiExpression>.Builder items = ImmutableArray.CreateBuilder<PyiExpression>();
        do
        {
            if (Current.IsOperator(close))
            {
                break;
            }

            items.Add(ParseExpression());
        }
        while (Accept(PyiTokenKind.Operator, ","));

        return items.ToImmutable();
    }

    /// <summary>Consumes a balanced bracketed display the dialect does not use, keeping only its span.</summary>
    private PyiUnsupportedExpression SkipBracketed(string description)
    {
        PyiToken open = Current;
        int depth = 0;
        do
        {
            if (Current.Kind == PyiTokenKind.EndOfFile)
            {
                throw Error(open.Span, $"'{open.Text}' was never closed");
            }

            if (Current.IsOperator("(") || Current.IsOperator("[") || Current.IsOperator("{"))
            {
                depth++;
            }
            else if (Current.IsOperator(")") || Current.IsOperator("]") || Current.IsOperator("}"))
            {
                depth--;
            }

            _index++;
        }
        while (depth > 0);

        return new PyiUnsupportedExpression(TextSpan.FromBounds(open.Span.Start, Previous.Span.End), description);
    }

    private static bool StartsExpression(PyiToken token) =>
        token.Kind is PyiTokenKind.Name or PyiTokenKind.Number or PyiTokenKind.String
        || (token.Kind == PyiTokenKind.Operator && token.Text is "(" or "[" or "{" or "-" or "+" or "~" or "...");
}
