using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Model;

namespace PyBind.Gen.Stubs;

/// <summary>
/// A recursive-descent parser for stubs: Python's statement grammar as far as <c>.pyi</c> files use it. Syntax errors
/// are recorded with their span and the parser resumes at the next statement, so one bad line costs one member.
/// Valid Python that normalized stubs never contain (conditionals, loops, <c>del</c>…) is skipped with a note.
/// </summary>
internal sealed partial class PyiParser
{
    private static readonly HashSet<string> s_compoundKeywords = new(StringComparer.Ordinal)
    {
        "if", "elif", "else", "try", "except", "finally", "for", "while", "with", "match",
    };

    private static readonly HashSet<string> s_simpleKeywords = new(StringComparer.Ordinal)
    {
        "del", "global", "nonlocal", "return", "raise", "assert", "yield", "break", "continue",
    };

    private readonly PyiTokenList _tokens;
    private readonly List<PyiSyntaxError> _errors;
    private readonly List<PyiSyntaxError> _ignored;
    private readonly CancellationToken _cancellationToken;
    private int _index;

    /// <summary>The deepest nesting of indented blocks (CPython's tokenizer: 100).</summary>
    public const int MaxBlockDepth = 100;

    /// <summary>How many indented blocks are being parsed.</summary>
    private int _blocks;

    private PyiParser(PyiTokenList tokens, List<PyiSyntaxError> errors, List<PyiSyntaxError> ignored, CancellationToken cancellationToken)
    {
        _tokens = tokens;
        _errors = errors;
        _ignored = ignored;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses a whole stub body.</summary>
    /// <param name="errors">Receives syntax errors (malformed stub).</param>
    /// <param name="ignored">Receives constructs skipped as outside the dialect.</param>
    public static PyiModule ParseModule(string text, int start, List<PyiSyntaxError> errors, List<PyiSyntaxError> ignored, CancellationToken cancellationToken)
    {
        // The tokenizer reads ahead of the parser as far as it asks; its errors come first, as every one is about
        // a place the parser reaches no earlier.
        var tokenizerErrors = new List<PyiSyntaxError>();
        var parserErrors = new List<PyiSyntaxError>();
        PyiTokenList tokens = PyiTokenizer.TokenizeOnDemand(text, start, text.Length, tokenizerErrors);
        var parser = new PyiParser(tokens, parserErrors, ignored, cancellationToken);
        ImmutableArray<PyiStatement> body = parser.ParseStatements(topLevel: true);
        errors.AddRange(tokenizerErrors);
        errors.AddRange(parserErrors);
        return new PyiModule(DocstringOf(body), body);
    }

    /// <summary>Parses the text of a string annotation (a forward reference such as <c>"Node"</c>) as one expression.</summary>
    public static PyiExpression? ParseTypeString(string text, TextSpan literalSpan, List<PyiSyntaxError> errors)
    {
        var localErrors = new List<PyiSyntaxError>();
        PyiTokenList tokens = PyiTokenizer.Tokenize(text, localErrors);
        var parser = new PyiParser(tokens, localErrors, [], CancellationToken.None);
        PyiExpression? expression = null;
        parser.TryParse(() =>
        {
            expression = parser.ParseExpression();
            parser.SkipNewlines();
            parser.Expect(PyiTokenKind.EndOfFile);
        });

        // Offsets inside the string mean nothing to the user; point at the string literal instead.
        foreach (PyiSyntaxError error in localErrors)
        {
            errors.Add(new PyiSyntaxError(literalSpan, "in the string annotation: " + error.Message));
        }

        return localErrors.Count == 0 ? expression : null;
    }

    private PyiToken Current => _tokens[_index];

    private PyiToken Peek(int offset = 1) => _tokens[_index + offset];

    private ImmutableArray<PyiStatement> ParseStatements(bool topLevel)
    {
        ImmutableArray<PyiStatement>.Builder statements = ImmutableArray.CreateBuilder<PyiStatement>();
        while (Current.Kind != PyiTokenKind.EndOfFile && (topLevel || Current.Kind != PyiTokenKind.Dedent))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            int before = _index;
            if (Current.Kind is PyiTokenKind.Indent or PyiTokenKind.Dedent)
            {
                _errors.Add(new PyiSyntaxError(Current.Span, Current.Kind == PyiTokenKind.Indent ? "unexpected indent" : "unexpected unindent"));
                SkipBlockOrToken();
                continue;
            }

            if (!TryParse(() => ParseStatement(statements)))
            {
                SkipStatement();
            }

            if (_index == before)
            {
                _index++;
            }

            if (topLevel)
            {
                _tokens.ReleaseBefore(_index);
            }
        }

        AttachAttributeDocstrings(statements);
        return statements.ToImmutable();
    }

    /// <summary>Parses one logical line (several simple statements if separated by ';') or one compound statement.</summary>
    private void ParseStatement(ImmutableArray<PyiStatement>.Builder statements)
    {
        PyiToken first = Current;
        if (first.IsOperator("@") || first.IsName("def") || first.IsName("class") || (first.IsName("async") && Peek().IsName("def")))
        {
            statements.Add(ParseDefinition());
            return;
        }

        if (first.Kind == PyiTokenKind.Name && s_compoundKeywords.Contains(first.Text) && !IsSoftKeywordUsedAsName(first))
        {
            Ignore(first.Span, $"'{first.Text}' statement");
            SkipStatement();
            return;
        }

        while (true)
        {
            PyiStatement? statement = ParseSimpleStatement();
            if (statement is not null)
            {
                statements.Add(statement);
            }

            if (!Accept(PyiTokenKind.Operator, ";") || Current.Kind is PyiTokenKind.Newline or PyiTokenKind.EndOfFile)
            {
                break;
            }
        }

        ExpectEndOfLine();
    }

    /// <summary><c>match</c> is a soft keyword: <c>match = 1</c> or <c>match: int</c> is an ordinary name.</summary>
    private bool IsSoftKeywordUsedAsName(PyiToken token) =>
        token.Text == "match" && Peek() is { Kind: PyiTokenKind.Operator } next && next.Text is "=" or ":" or "." or "(" or "[";

    private PyiStatement? ParseSimpleStatement()
    {
        PyiToken first = Current;
        if (first.Kind == PyiTokenKind.Name)
        {
            switch (first.Text)
            {
                case "import":
                    return ParseImport();
                case "from":
                    return ParseFromImport();
                case "pass":
                    _index++;
                    return null;
                case "type" when Peek().Kind == PyiTokenKind.Name && Peek(2) is { } after && (after.IsOperator("=") || after.IsOperator("[")):
                    return ParseTypeStatement();
                case string keyword when s_simpleKeywords.Contains(keyword):
                    Ignore(first.Span, $"'{keyword}' statement");
                    SkipToEndOfSimpleStatement();
                    return null;
            }
        }

        PyiExpression target = ParseExpressionList();
        PyiExpression? annotation = null;
        PyiExpression? value = null;
        if (Accept(PyiTokenKind.Operator, ":"))
        {
            annotation = ParseExpression();
        }

        if (Accept(PyiTokenKind.Operator, "="))
        {
            value = ParseExpressionList();
            if (Current.IsOperator("="))
            {
                Ignore(TextSpan.FromBounds(first.Span.Start, Current.Span.End), "a chained assignment");
                SkipToEndOfSimpleStatement();
                return null;
            }
        }
        else if (annotation is null && Current.Kind == PyiTokenKind.Operator && Current.Text.Length > 1 && Current.Text.EndsWith("=", StringComparison.Ordinal)
            && Current.Text is not ("==" or "!=" or "<=" or ">="))
        {
            Ignore(TextSpan.FromBounds(first.Span.Start, Current.Span.End), "an augmented assignment");
            SkipToEndOfSimpleStatement();
            return null;
        }

        TextSpan span = TextSpan.FromBounds(first.Span.Start, Previous.Span.End);
        return annotation is null && value is null
            ? new PyiExpressionStatement(span, target)
            : new PyiAssignmentStatement(span, target, annotation, value, IsTypeStatement: false, Docstring: null);
    }

    private PyiAssignmentStatement ParseTypeStatement()
    {
        PyiToken keyword = Current;
        _index++;
        PyiToken name = Expect(PyiTokenKind.Name);
        if (Current.IsOperator("["))
        {
            throw Error(Current.Span, "type parameter lists in 'type' statements are not supported");
        }

        Expect(PyiTokenKind.Operator, "=");
        PyiExpression value = ParseExpression();
        return new PyiAssignmentStatement(
            TextSpan.FromBounds(keyword.Span.Start, value.Span.End),
            new PyiNameExpression(name.Span, name.Text),
            Annotation: null,
            value,
            IsTypeStatement: true,
            Docstring: null);
    }

    private PyiImportStatement ParseImport()
    {
        PyiToken keyword = Current;
        _index++;
        ImmutableArray<PyiImportedName>.Builder modules = ImmutableArray.CreateBuilder<PyiImportedName>();
        do
        {
            modules.Add(ParseImportedName(dotted: true));
        }
        while (Accept(PyiTokenKind.Operator, ","));

        return new PyiImportStatement(TextSpan.FromBounds(keyword.Span.Start, Previous.Span.End), modules.ToImmutable());
    }

    private PyiFromImportStatement ParseFromImport()
    {
        PyiToken keyword = Current;
        _index++;
        int level = 0;
        while (Current.IsOperator(".") || Current.IsOperator("..."))
        {
            level += Current.Text.Length;
            _index++;
        }

        string module = Current.IsName("import") && level > 0 ? string.Empty : ParseDottedName().Name;
        Expect(PyiTokenKind.Name, "import");
        ImmutableArray<PyiImportedName>.Builder names = ImmutableArray.CreateBuilder<PyiImportedName>();
        bool isStar = Accept(PyiTokenKind.Operator, "*");
        if (!isStar)
        {
            bool parenthesized = Accept(PyiTokenKind.Operator, "(");
            do
            {
                if (parenthesized && Current.IsOperator(")"))
                {
                    break;
                }

                names.Add(ParseImportedName(dotted: false));
            }
            while (Accept(PyiTokenKind.Operator, ","));

            if (parenthesized)
            {
                Expect(PyiTokenKind.Operator, ")");
            }
        }

        return new PyiFromImportStatement(TextSpan.FromBounds(keyword.Span.Start, Previous.Span.End), module, level, names.ToImmutable(), isStar);
    }

    private PyiImportedName ParseImportedName(bool dotted)
    {
        (string name, TextSpan span) = dotted ? ParseDottedName() : (Expect(PyiTokenKind.Name).Text, Previous.Span);
        string? alias = null;
        if (Accept(PyiTokenKind.Name, "as"))
        {
            alias = Expect(PyiTokenKind.Name).Text;
            span = TextSpan.FromBounds(span.Start, Previous.Span.End);
        }

        return new PyiImportedName(span, name, alias);
    }

    private (string Name, TextSpan Span) ParseDottedName()
    {
        PyiToken first = Expect(PyiTokenKind.Name);
        string name = first.Text;
        while (Current.IsOperator(".") && Peek().Kind == PyiTokenKind.Name)
        {
            _index++;
            name += "." + Current.Text;
            _index++;
        }

        return (name, TextSpan.FromBounds(first.Span.Start, Previous.Span.End));
    }

    private PyiStatement ParseDefinition()
    {
        int start = Current.Span.Start;
        ImmutableArray<PyiExpression>.Builder decorators = ImmutableArray.CreateBuilder<PyiExpression>();
        while (Accept(PyiTokenKind.Operator, "@"))
        {
            decorators.Add(ParseExpression());
            ExpectEndOfLine();
        }

        if (Current.IsName("class"))
        {
            return ParseClass(start, decorators.ToImmutable());
        }

        bool isAsync = Accept(PyiTokenKind.Name, "async");
        if (!Current.IsName("def"))
        {
            throw Error(Current.Span, $"expected 'def' or 'class' after a decorator, found {Current}");
        }

        return ParseFunction(start, decorators.ToImmutable(), isAsync);
    }

    private PyiFunctionDefinition ParseFunction(int start, ImmutableArray<PyiExpression> decorators, bool isAsync)
    {
        Expect(PyiTokenKind.Name, "def");
        PyiToken name = Expect(PyiTokenKind.Name);
        if (Current.IsOperator("["))
        {
            throw Error(Current.Span, "type parameter lists (PEP 695) are not supported; declare TypeVars instead");
        }

        Expect(PyiTokenKind.Operator, "(");
        ImmutableArray<PyiParameter> parameters = ParseParameters();
        Expect(PyiTokenKind.Operator, ")");
        PyiExpression? returns = Accept(PyiTokenKind.Operator, "->") ? ParseExpression() : null;
        TextSpan headerSpan = TextSpan.FromBounds(start, Previous.Span.End);
        Expect(PyiTokenKind.Operator, ":");
        ImmutableArray<PyiStatement> body = ParseSuite();
        return new PyiFunctionDefinition(headerSpan, name.Text, name.Span, decorators, parameters, returns, isAsync, DocstringOf(body));
    }

    private ImmutableArray<PyiParameter> ParseParameters()
    {
        ImmutableArray<PyiParameter>.Builder parameters = ImmutableArray.CreateBuilder<PyiParameter>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        bool keywordOnly = false;
        PyiToken? bareStar = null;
        bool sawSlash = false;
        bool sawVarKeyword = false;
        bool sawDefault = false;
        while (!Current.IsOperator(")"))
        {
            PyiToken first = Current;
            if (sawVarKeyword)
            {
                throw Error(first.Span, "no parameter may follow '**kwargs'");
            }

            if (Accept(PyiTokenKind.Operator, "/"))
            {
                if (sawSlash || keywordOnly || parameters.Count == 0)
                {
                    throw Error(first.Span, "'/' must come once, after at least one parameter and before '*'");
                }

                sawSlash = true;
                for (int i = 0; i < parameters.Count; i++)
                {
                    parameters[i] = parameters[i] with { Kind = ParameterKind.PositionalOnly };
                }
            }
            else if (Accept(PyiTokenKind.Operator, "*"))
            {
                if (keywordOnly)
                {
                    throw Error(first.Span, "'*' may appear only once");
                }

                keywordOnly = true;
                if (Current.Kind == PyiTokenKind.Name)
                {
                    parameters.Add(ParseParameter(first, ParameterKind.VarPositional, names, allowDefault: false));
                }
                else
                {
                    bareStar = first;
                }
            }
            else if (Accept(PyiTokenKind.Operator, "**"))
            {
                ThrowIfBareStarAlone(bareStar);
                sawVarKeyword = true;
                parameters.Add(ParseParameter(first, ParameterKind.VarKeyword, names, allowDefault: false));
            }
            else
            {
                PyiParameter parameter = ParseParameter(first, keywordOnly ? ParameterKind.KeywordOnly : ParameterKind.PositionalOrKeyword, names, allowDefault: true);
                bareStar = null;
                if (!keywordOnly)
                {
                    if (sawDefault && parameter.Default is null)
                    {
                        throw Error(parameter.Span, $"parameter '{parameter.Name}' without a default follows a parameter with a default");
                    }

                    sawDefault |= parameter.Default is not null;
                }

                parameters.Add(parameter);
            }

            if (!Accept(PyiTokenKind.Operator, ","))
            {
                break;
            }
        }

        ThrowIfBareStarAlone(bareStar);
        return parameters.ToImmutable();
    }

    private static void ThrowIfBareStarAlone(PyiToken? bareStar)
    {
        if (bareStar is PyiToken star)
        {
            throw Error(star.Span, "named parameters must follow a bare '*'");
        }
    }

    private PyiParameter ParseParameter(PyiToken first, ParameterKind kind, HashSet<string> names, bool allowDefault)
    {
        PyiToken name = Expect(PyiTokenKind.Name);
        if (!names.Add(name.Text))
        {
            throw Error(name.Span, $"duplicate parameter '{name.Text}'");
        }

        PyiExpression? annotation = null;
        if (Accept(PyiTokenKind.Operator, ":"))
        {
            annotation = Current.IsOperator("*") ? ParseStarred() : ParseExpression();
        }

        PyiExpression? defaultValue = null;
        if (Current.IsOperator("="))
        {
            if (!allowDefault)
            {
                throw Error(Current.Span, $"'{first.Text}{name.Text}' cannot have a default value");
            }

            _index++;
            defaultValue = ParseExpression();
        }

        return new PyiParameter(TextSpan.FromBounds(first.Span.Start, Previous.Span.End), name.Text, kind, annotation, defaultValue);
    }

    private PyiClassDefinition ParseClass(int start, ImmutableArray<PyiExpression> decorators)
    {
        Expect(PyiTokenKind.Name, "class");
        PyiToken name = Expect(PyiTokenKind.Name);
        if (Current.IsOperator("["))
        {
            throw Error(Current.Span, "type parameter lists (PEP 695) are not supported; derive from typing.Generic[T] instead");
        }

        ImmutableArray<PyiArgument> bases = ImmutableArray<PyiArgument>.Empty;
        if (Accept(PyiTokenKind.Operator, "("))
        {
            bases = ParseArguments();
            Expect(PyiTokenKind.Operator, ")");
        }

        TextSpan headerSpan = TextSpan.FromBounds(start, Previous.Span.End);
        Expect(PyiTokenKind.Operator, ":");
        ImmutableArray<PyiStatement> body = ParseSuite();
        return new PyiClassDefinition(headerSpan, name.Text, name.Span, decorators, bases, body, DocstringOf(body));
    }

    /// <summary>The body after ':' — an indented block, or simple statements on the same line (<c>def f(): ...</c>).</summary>
    private ImmutableArray<PyiStatement> ParseSuite()
    {
        if (!Accept(PyiTokenKind.Newline))
        {
            var statements = ImmutableArray.CreateBuilder<PyiStatement>();
            ParseStatement(statements);
            return statements.ToImmutable();
        }

        if (Current.Kind != PyiTokenKind.Indent)
        {
            throw Error(Current.Span, "expected an indented block");
        }

        // Blocks recurse (a class in a class…); CPython refuses more than 100 levels of indentation, and so do we.
        if (_blocks >= MaxBlockDepth)
        {
            throw Error(Current.Span, $"too many levels of indentation (more than {MaxBlockDepth})");
        }

        _index++;
        _blocks++;
        try
        {
            ImmutableArray<PyiStatement> body = ParseStatements(topLevel: false);
            Accept(PyiTokenKind.Dedent);
            return body;
        }
        finally
        {
            _blocks--;
        }
    }

    /// <summary>A string statement right after an assignment documents it (the attribute-docstring convention).</summary>
    private static void AttachAttributeDocstrings(ImmutableArray<PyiStatement>.Builder statements)
    {
        for (int i = statements.Count - 2; i >= 0; i--)
        {
            if (statements[i] is PyiAssignmentStatement { Docstring: null } assignment && PyiSyntaxFacts.AsDocstring(statements[i + 1]) is string docstring)
            {
                statements[i] = assignment with { Docstring = docstring };
            }
        }
    }

    private static string? DocstringOf(ImmutableArray<PyiStatement> body) => body.IsEmpty ? null : PyiSyntaxFacts.AsDocstring(body[0]);

    private void ExpectEndOfLine()
    {
        if (Current.Kind == PyiTokenKind.EndOfFile)
        {
            return;
        }

        if (Current.Kind != PyiTokenKind.Newline)
        {
            throw Error(Current.Span, $"expected end of line, found {Current}");
        }

        _index++;
    }

    private void Ignore(TextSpan span, string what) => _ignored.Add(new PyiSyntaxError(span, what));

    /// <summary>Runs a parse step; on a syntax error, records it and returns false with the position left at the error.</summary>
    private bool TryParse(Action parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (PyiSyntaxException e)
        {
            if (!IsOnUnclosedLine())
            {
                _errors.Add(e.Error);
            }

            return false;
        }
    }

    /// <summary>
    /// Whether the current logical line was ended by the tokenizer because a bracket on it was never closed. That
    /// error is already reported, and whatever else the parser trips over on that line is its consequence.
    /// </summary>
    private bool IsOnUnclosedLine()
    {
        for (int i = _index; ; i++)
        {
            if (_tokens[i].Kind is PyiTokenKind.Newline or PyiTokenKind.EndOfFile)
            {
                return _tokens[i].IsRecovery;
            }
        }
    }

    /// <summary>Error recovery: skips to the end of the logical line, and over the indented block that follows it, if any.</summary>
    private void SkipStatement()
    {
        SkipToEndOfSimpleStatement(stopAtSemicolon: false);
        Accept(PyiTokenKind.Newline);
        if (Current.Kind == PyiTokenKind.Indent)
        {
            SkipBlockOrToken();
        }
    }

    private void SkipToEndOfSimpleStatement(bool stopAtSemicolon = true)
    {
        while (Current.Kind is not (PyiTokenKind.Newline or PyiTokenKind.EndOfFile) && !(stopAtSemicolon && Current.IsOperator(";")))
        {
            if (Current.Kind == PyiTokenKind.Indent)
            {
                // Only an error right before a block leaves us at its Indent: the block ends the statement, and the
                // Dedents after it close the enclosing blocks, which must not be skipped too.
                SkipBlockOrToken();
                return;
            }

            _index++;
        }
    }

    /// <summary>Skips an indented block (Indent … matching Dedent), or a single stray token.</summary>
    private void SkipBlockOrToken()
    {
        if (Current.Kind != PyiTokenKind.Indent)
        {
            _index++;
            return;
        }

        int depth = 0;
        do
        {
            if (Current.Kind == PyiTokenKind.Indent)
            {
                depth++;
            }
            else if (Current.Kind == PyiTokenKind.Dedent)
            {
                depth--;
            }

            _index++;
        }
        while (depth > 0 && Current.Kind != PyiTokenKind.EndOfFile);
    }

    private void SkipNewlines()
    {
        while (Current.Kind == PyiTokenKind.Newline)
        {
            _index++;
        }
    }

    private PyiToken Previous => _tokens[Math.Max(_index - 1, 0)];

    private bool Accept(PyiTokenKind kind, string? text = null)
    {
        if (Current.Kind != kind || (text is not null && Current.Text != text))
        {
            return false;
        }

        _index++;
        return true;
    }

    private PyiToken Expect(PyiTokenKind kind, string? text = null)
    {
        PyiToken token = Current;
        if (!Accept(kind, text))
        {
            string expected = text is not null ? $"'{text}'" : kind == PyiTokenKind.Name ? "a name" : kind.ToString().ToLowerInvariant();
            throw Error(token.Span, $"expected {expected}, found {token}");
        }

        return token;
    }

    private static PyiSyntaxException Error(TextSpan span, string message) => new(new PyiSyntaxError(span, message));

    /// <summary>Unwinds the parser to the statement loop, which records the error and resynchronizes. Never leaves the parser.</summary>
    private sealed class PyiSyntaxException(PyiSyntaxError error) : Exception(error.Message)
    {
        public PyiSyntaxError Error { get; } = error;
    }
}
