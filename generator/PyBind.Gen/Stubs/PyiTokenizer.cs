using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

namespace PyBind.Gen.Stubs;

/// <summary>
/// Splits stub text into Python tokens, as CPython's tokenizer does: indentation becomes Indent/Dedent tokens,
/// line breaks inside brackets and after a backslash are joined, comments are dropped, and string and number
/// literals are decoded (all prefixes, escapes, raw and triple-quoted forms). It never throws: a problem is recorded
/// as a <see cref="PyiSyntaxError"/> and tokenizing goes on.
/// </summary>
internal sealed class PyiTokenizer
{
    private const int TabSize = 8;

    /// <summary>Python's operators and delimiters by first character (all ASCII), longest first, so the longest match wins.</summary>
    private static readonly string[]?[] s_operatorsByFirstChar = CreateOperatorTable(
        "...", "**=", "//=", ">>=", "<<=",
        "->", "**", "//", "==", "!=", "<=", ">=", "<<", ">>", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "@", "=", "|", "&", "~", "-", "+", "*", "/", "%", "<", ">", "^", "!");

    private readonly string _text;
    private readonly int _end;
    private readonly PyiTokenList _tokens = new();
    private readonly List<PyiSyntaxError> _errors;
    private readonly Stack<int> _indents = new();
    private readonly NameTable _names = new();
    private readonly Stack<PyiToken> _openBrackets = new();

    /// <summary>Decodes string literals with escapes; one builder for all of them (docstrings are long).</summary>
    private readonly StringBuilder _literal = new();
    private int _position;

    private bool _atLineStart = true;

    /// <summary>Whether the end of the text is tokenized (the closing line end, dedents and end of file).</summary>
    private bool _finished;

    /// <summary>The indentation of the line where the outermost open bracket was opened.</summary>
    private int _bracketLineIndent;
    private int _currentLineIndent;

    private PyiTokenizer(string text, int start, int end, List<PyiSyntaxError> errors)
    {
        _text = text;
        _position = start;
        _end = end;
        _errors = errors;
        _indents.Push(0);

    }

    /// <summary>Tokenizes <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public static PyiTokenList Tokenize(string text, int start, int end, List<PyiSyntaxError> errors)
    {
        var tokenizer = new PyiTokenizer(text, start, end, errors);
        tokenizer.ProduceUntil(int.MaxValue);
        return tokenizer._tokens;
    }

    public static PyiTokenList Tokenize(string text, List<PyiSyntaxError> errors) => Tokenize(text, 0, text.Length, errors);

    /// <summary>The tokens of <paramref name="text"/>, produced as they are read (see <see cref="PyiTokenList"/>).</summary>
    public static PyiTokenList TokenizeOnDemand(string text, int start, int end, List<PyiSyntaxError> errors)
    {
        var tokenizer = new PyiTokenizer(text, start, end, errors);
        tokenizer._tokens.ProduceFrom(tokenizer);
        return tokenizer._tokens;
    }

    /// <summary>Reads on until the token at <paramref name="index"/> exists, or the text ends.</summary>
    [MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
    internal void ProduceUntil(int index)
    {
        while (_position < _end && _tokens.Count <= index)
        {
            if (_atLineStart && _openBrackets.Count == 0)
            {
                if (!ReadIndentation())
                {
                    continue;
                }

                _atLineStart = false;
            }

            char c = _text[_position];
            if (c is ' ' or '\t' or '\f')
            {
                _position++;
            }
            else if (c == '#')
            {
                SkipToLineEnd();
            }
            else if (c is '\n' or '\r')
            {
                int start = _position;
                SkipLineBreak();
                if (_openBrackets.Count > 0 && NextLineStartsStatement())
                {
                    CloseUnclosedBrackets();
                    Add(PyiTokenKind.Newline, start, _position - start, string.Empty, isRecovery: true);
                    _atLineStart = true;
                }
                else if (_openBrackets.Count == 0)
                {
                    Add(PyiTokenKind.Newline, start, _position - start, string.Empty);
                    _atLineStart = true;
                }
            }
            else if (c == '\\')
            {
                ReadLineContinuation();
            }
            else if (IsIdentifierStart(_position))
            {
                ReadNameOrPrefixedString();
            }
            else if (IsDigit(c) || (c == '.' && _position + 1 < _end && IsDigit(_text[_position + 1])))
            {
                ReadNumber();
            }
            else if (c is '"' or '\'')
            {
                ReadString(_position, prefix: string.Empty);
            }
            else
            {
                ReadOperator();
            }
        }

        if (_position >= _end && !_finished)
        {
            _finished = true;
            Finish();
        }
    }

    /// <summary>Measures a line's indentation; returns false for a blank or comment-only line, which is skipped.</summary>
    [MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
    private bool ReadIndentation()
    {
        int column = 0;
        int lineStart = _position;
        while (_position < _end && _text[_position] is ' ' or '\t' or '\f')
        {
            column = _text[_position] == '\t' ? ((column / TabSize) + 1) * TabSize : column + 1;
            _position++;
        }

        if (_position >= _end)
        {
            return false;
        }

        char c = _text[_position];
        if (c == '#')
        {
            SkipToLineEnd();
            SkipLineBreak();
            return false;
        }

        if (c is '\n' or '\r')
        {
            SkipLineBreak();
            return false;
        }

        _currentLineIndent = column;
        if (column > _indents.Peek())
        {
            _indents.Push(column);
            Add(PyiTokenKind.Indent, lineStart, _position - lineStart, string.Empty);
        }
        else
        {
            while (column < _indents.Peek())
            {
                _indents.Pop();
                Add(PyiTokenKind.Dedent, _position, 0, string.Empty);
            }

            if (column != _indents.Peek())
            {
                Error(lineStart, _position - lineStart, "unindent does not match any outer indentation level");
            }
        }

        return true;
    }

    private void Finish()
    {
        bool recovering = _openBrackets.Count > 0;
        CloseUnclosedBrackets();
        if (_tokens.Count > 0 && _tokens[_tokens.Count - 1].Kind is not (PyiTokenKind.Newline or PyiTokenKind.Dedent))
        {
            Add(PyiTokenKind.Newline, _end, 0, string.Empty, isRecovery: recovering);
        }

        while (_indents.Count > 1)
        {
            _indents.Pop();
            Add(PyiTokenKind.Dedent, _end, 0, string.Empty);
        }

        Add(PyiTokenKind.EndOfFile, _end, 0, string.Empty);
    }

    private void CloseUnclosedBrackets()
    {
        foreach (PyiToken bracket in _openBrackets)
        {
            Error(bracket.Span.Start, 1, $"'{bracket.Text}' was never closed");
        }

        _openBrackets.Clear();
    }

    /// <summary>
    /// Error recovery for a bracket that is never closed: Python would join the rest of the file into one line. A
    /// following line that is not indented past the bracket's line and starts a definition or an import is taken as
    /// a new statement, so one missing bracket costs one statement.
    /// </summary>
    private bool NextLineStartsStatement()
    {
        int column = 0;
        int position = _position;
        while (position < _end && _text[position] is ' ' or '\t')
        {
            column = _text[position] == '\t' ? ((column / TabSize) + 1) * TabSize : column + 1;
            position++;
        }

        if (column > _bracketLineIndent)
        {
            return false;
        }

        int wordEnd = position;
        while (wordEnd < _end && char.IsLetter(_text[wordEnd]))
        {
            wordEnd++;
        }

        string word = _text.Substring(position, wordEnd - position);
        return (position < _end && _text[position] == '@') || word is "def" or "class" or "async" or "import" or "from";
    }

    private void ReadLineContinuation()
    {
        int start = _position++;
        if (_position < _end && _text[_position] is '\n' or '\r')
        {
            SkipLineBreak();
        }
        else
        {
            Error(start, 1, "unexpected character after line continuation character");
        }
    }

    [MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
    private void ReadNameOrPrefixedString()
    {
        int start = _position;
        _position += char.IsSurrogatePair(_text, _position) ? 2 : 1;
        while (_position < _end && IsIdentifierPart(_position))
        {
            _position += char.IsSurrogatePair(_text, _position) ? 2 : 1;
        }

        string name = _names.Get(_text, start, _position - start);
        if (_position < _end && _text[_position] is '"' or '\'' && IsStringPrefix(name))
        {
            ReadString(start, name);
            return;
        }

        Add(PyiTokenKind.Name, start, _position - start, NormalizeIdentifier(name));
    }

    [MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
    private void ReadOperator()
    {
        char first = _text[_position];
        if (first < s_operatorsByFirstChar.Length && s_operatorsByFirstChar[first] is string[] candidates)
        {
            foreach (string op in candidates)
            {
                if (_position + op.Length <= _end && string.CompareOrdinal(_text, _position, op, 0, op.Length) == 0)
                {
                    PyiToken token = Add(PyiTokenKind.Operator, _position, op.Length, op);
                    _position += op.Length;
                    TrackBracket(token);
                    return;
                }
            }
        }

        Error(_position, 1, $"invalid character '{_text[_position]}' (U+{(int)_text[_position]:X4})");
        _position++;
    }

    private static string[]?[] CreateOperatorTable(params string[] operators)
    {
        var table = new string[]?[128];
        foreach (string op in operators)
        {
            table[op[0]] = [.. table[op[0]] ?? [], op];
        }

        foreach (string[]? candidates in table)
        {
            // Longest first (two operators of one length cannot both match).
            Array.Sort(candidates ?? [], (a, b) => b.Length - a.Length);
        }

        return table;
    }

    private void TrackBracket(PyiToken token)
    {
        switch (token.Text)
        {
            case "(" or "[" or "{":
                if (_openBrackets.Count == 0)
                {
                    _bracketLineIndent = _currentLineIndent;
                }

                _openBrackets.Push(token);
                break;
            case ")" or "]" or "}":
                if (_openBrackets.Count == 0)
                {
                    Error(token.Span.Start, 1, $"unmatched '{token.Text}'");
                }
                else if (ClosingBracketOf(_openBrackets.Peek().Text) != token.Text)
                {
                    Error(token.Span.Start, 1, $"closing '{token.Text}' does not match opening '{_openBrackets.Peek().Text}'");
                    _openBrackets.Pop();
                }
                else
                {
                    _openBrackets.Pop();
                }

                break;
        }
    }

    private static string ClosingBracketOf(string open) => open switch
    {
        "(" => ")",
        "[" => "]",
        _ => "}",
    };

    private void ReadNumber()
    {
        int start = _position;
        PyLiteral? value = _text[_position] == '0' && _position + 1 < _end && _text[_position + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'
            ? ReadRadixInteger()
            : ReadDecimalNumber();
        if (_position < _end && IsIdentifierPart(_position))
        {
            while (_position < _end && IsIdentifierPart(_position))
            {
                _position++;
            }

            value = null;
        }

        string text = _text.Substring(start, _position - start);
        if (value is null)
        {
            Error(start, _position - start, $"invalid number literal '{text}'");
            value = new PyIntLiteral(BigInteger.Zero);
        }

        Add(PyiTokenKind.Number, start, _position - start, text, value);
    }

    private PyIntLiteral? ReadRadixInteger()
    {
        char radixChar = char.ToLowerInvariant(_text[_position + 1]);
        int radix = radixChar == 'x' ? 16 : radixChar == 'o' ? 8 : 2;
        _position += 2;
        BigInteger value = BigInteger.Zero;
        int digits = 0;
        while (_position < _end)
        {
            char c = _text[_position];
            int digit = c == '_' ? -1 : HexValue(c);
            if (c != '_' && (digit < 0 || digit >= radix))
            {
                break;
            }

            if (digit >= 0)
            {
                value = (value * radix) + digit;
                digits++;
            }

            _position++;
        }

        return digits == 0 ? null : new PyIntLiteral(value);
    }

    private PyLiteral? ReadDecimalNumber()
    {
        int start = _position;
        bool isFloat = false;
        SkipDigits();
        if (_position < _end && _text[_position] == '.')
        {
            isFloat = true;
            _position++;
            SkipDigits();
        }

        if (_position < _end && _text[_position] is 'e' or 'E')
        {
            int exponentStart = _position++;
            if (_position < _end && _text[_position] is '+' or '-')
            {
                _position++;
            }

            if (_position >= _end || !IsDigit(_text[_position]))
            {
                _position = exponentStart;
                return null;
            }

            isFloat = true;
            SkipDigits();
        }

        string digits = _text.Substring(start, _position - start).Replace("_", string.Empty);
        if (_position < _end && _text[_position] is 'j' or 'J')
        {
            _position++;
            return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double imaginary)
                ? new PyComplexLiteral(0, imaginary)
                : null;
        }

        if (isFloat)
        {
            return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double real) ? new PyFloatLiteral(real) : null;
        }

        return BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out BigInteger integer) ? new PyIntLiteral(integer) : null;
    }

    private void SkipDigits()
    {
        while (_position < _end && (IsDigit(_text[_position]) || (_text[_position] == '_' && _position + 1 < _end && IsDigit(_text[_position + 1]))))
        {
            _position++;
        }
    }

    /// <summary>Reads a string literal whose prefix (if any) starts at <paramref name="start"/>; <see cref="_position"/> is at the quote.</summary>
    [MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
    private void ReadString(int start, string prefix)
    {
        string lowerPrefix = prefix.ToLowerInvariant();
        bool isRaw = lowerPrefix.IndexOf('r') >= 0;
        bool isBytes = lowerPrefix.IndexOf('b') >= 0;
        bool isFormat = lowerPrefix.IndexOf('f') >= 0;
        char quote = _text[_position];
        bool isTriple = _position + 2 < _end && _text[_position + 1] == quote && _text[_position + 2] == quote;
        _position += isTriple ? 3 : 1;

        // Fast path (most docstrings): no escape and no CR before the closing quote, so the value is a slice of the text.
        int contentStart = _position;
        int scan = _position;
        Span<char> stops = stackalloc char[4];
        stops[0] = quote;
        stops[1] = '\\';
        stops[2] = '\r';
        stops[3] = '\n';
        ReadOnlySpan<char> stopAt = isTriple ? stops.Slice(0, 3) : stops;
        while (scan < _end)
        {
            // Jump to the next character that can end the fast path (a vectorized search: docstrings are long).
            int next = _text.AsSpan(scan, _end - scan).IndexOfAny(stopAt);
            if (next < 0)
            {
                break;
            }

            scan += next;
            char c = _text[scan];
            if (c == quote && (!isTriple || (scan + 2 < _end && _text[scan + 1] == quote && _text[scan + 2] == quote)))
            {
                _position = scan + (isTriple ? 3 : 1);
                string content = _text.Substring(contentStart, scan - contentStart);
                PyLiteral fast = isBytes ? new PyBytesLiteral(ToBytes(content)) : new PyStringLiteral(content);
                if (isBytes && content.Any(ch => ch > 0x7F))
                {
                    break;
                }

                Add(PyiTokenKind.String, start, _position - start, string.Empty, fast, isFormat);
                return;
            }

            if (c is '\\' or '\r' || (!isTriple && c == '\n'))
            {
                break;
            }

            scan++;
        }

        _position = contentStart;
        StringBuilder value = _literal.Clear();
        while (true)
        {
            if (_position >= _end || (!isTriple && _text[_position] is '\n' or '\r'))
            {
                Error(start, _position - start, isTriple ? "unterminated triple-quoted string literal" : "unterminated string literal");
                break;
            }

            char c = _text[_position];
            if (c == quote && (!isTriple || (_position + 2 < _end && _text[_position + 1] == quote && _text[_position + 2] == quote)))
            {
                _position += isTriple ? 3 : 1;
                break;
            }

            if (c == '\\' && !isFormat)
            {
                ReadEscape(value, isRaw, isBytes);
            }
            else if (c == '\r')
            {
                // Python reads source with universal newlines: CRLF and CR inside a literal are LF.
                SkipLineBreak();
                value.Append('\n');
            }
            else
            {
                if (isBytes && c > 0x7F)
                {
                    Error(_position, 1, "bytes can only contain ASCII literal characters");
                }

                // Append the run of ordinary characters at once.
                int run = _position + 1;
                while (run < _end && _text[run] is not ('\\' or '\r' or '\n') && _text[run] != quote && !(isBytes && _text[run] > 0x7F))
                {
                    run++;
                }

                value.Append(_text, _position, run - _position);
                _position = run;
            }
        }

        PyLiteral literal = isBytes ? new PyBytesLiteral(ToBytes(value.ToString())) : new PyStringLiteral(value.ToString());
        Add(PyiTokenKind.String, start, _position - start, string.Empty, literal, isFormat);
    }

    private static EquatableArray<byte> ToBytes(string latin1)
    {
        byte[] bytes = new byte[latin1.Length];
        for (int i = 0; i < latin1.Length; i++)
        {
            bytes[i] = unchecked((byte)latin1[i]);
        }

        return EquatableArray.Create(bytes);
    }

    /// <summary>Decodes one escape sequence; <see cref="_position"/> is at the backslash.</summary>
    private void ReadEscape(StringBuilder value, bool isRaw, bool isBytes)
    {
        int start = _position++;
        if (_position >= _end)
        {
            value.Append('\\');
            return;
        }

        char c = _text[_position];
        if (isRaw)
        {
            // In a raw literal a backslash only keeps the next character from ending the literal; both stay.
            value.Append('\\');
            if (c is '\n' or '\r')
            {
                int lineBreak = _position;
                SkipLineBreak();
                value.Append(_text, lineBreak, _position - lineBreak);
            }
            else
            {
                value.Append(c);
                _position++;
            }

            return;
        }

        _position++;
        switch (c)
        {
            case '\n':
                return;
            case '\r':
                _position--;
                SkipLineBreak();
                return;
            case '\\' or '\'' or '"':
                value.Append(c);
                return;
            case 'a':
                value.Append('\a');
                return;
            case 'b':
                value.Append('\b');
                return;
            case 'f':
                value.Append('\f');
                return;
            case 'n':
                value.Append('\n');
                return;
            case 'r':
                value.Append('\r');
                return;
            case 't':
                value.Append('\t');
                return;
            case 'v':
                value.Append('\v');
                return;
            case >= '0' and <= '7':
                _position--;
                value.Append((char)ReadDigits(8, maxDigits: 3, exactDigits: false, start));
                return;
            case 'x':
                AppendCodePoint(value, ReadDigits(16, maxDigits: 2, exactDigits: true, start), start);
                return;
            case 'u' when !isBytes:
                AppendCodePoint(value, ReadDigits(16, maxDigits: 4, exactDigits: true, start), start);
                return;
            case 'U' when !isBytes:
                AppendCodePoint(value, ReadDigits(16, maxDigits: 8, exactDigits: true, start), start);
                return;
            default:
                // Python keeps unknown escapes, and \N{NAME} (which would need the Unicode name table), as written.
                value.Append('\\').Append(c);
                return;
        }
    }

    private int ReadDigits(int radix, int maxDigits, bool exactDigits, int escapeStart)
    {
        int value = 0;
        int count = 0;
        while (count < maxDigits && _position < _end && HexValue(_text[_position]) is int digit && digit >= 0 && digit < radix)
        {
            value = (value * radix) + digit;
            count++;
            _position++;
        }

        if (exactDigits && count != maxDigits)
        {
            Error(escapeStart, _position - escapeStart, $"truncated escape sequence (expected {maxDigits} hexadecimal digits)");
            return -1;
        }

        return value;
    }

    private void AppendCodePoint(StringBuilder value, int codePoint, int escapeStart)
    {
        if (codePoint < 0)
        {
            return;
        }

        if (codePoint > 0x10FFFF)
        {
            Error(escapeStart, _position - escapeStart, "illegal Unicode character in escape sequence");
            return;
        }

        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            // A lone surrogate is legal in Python but not representable in UTF-16 text on its own; keep the code unit.
            value.Append((char)codePoint);
            return;
        }

        if (codePoint < 0x10000)
        {
            value.Append((char)codePoint);
            return;
        }

        int offset = codePoint - 0x10000;
        value.Append((char)(0xD800 + (offset >> 10))).Append((char)(0xDC00 + (offset & 0x3FF)));
    }

    private void SkipToLineEnd()
    {
        while (_position < _end && _text[_position] is not ('\n' or '\r'))
        {
            _position++;
        }
    }

    private void SkipLineBreak()
    {
        if (_position < _end && _text[_position] == '\r')
        {
            _position++;
        }

        if (_position < _end && _text[_position] == '\n')
        {
            _position++;
        }
    }

    private PyiToken Add(PyiTokenKind kind, int start, int length, string text, PyLiteral? literal = null, bool isFormatString = false, bool isRecovery = false)
    {
        var token = new PyiToken(kind, new TextSpan(start, length), text, literal, isFormatString, isRecovery);
        _tokens.Add(token);
        return token;
    }

    private void Error(int start, int length, string message) => _errors.Add(new PyiSyntaxError(new TextSpan(start, length), message));

    private static bool IsStringPrefix(string name) => name.ToLowerInvariant() is "r" or "u" or "b" or "f" or "br" or "rb" or "fr" or "rf";

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>
    /// Python reads every identifier in NFKC (PEP 3131): <c>𝔘</c> in a source file is the attribute <c>U</c> at run time,
    /// <c>ﬁle</c> is <c>file</c>. The model keeps the name Python will look up.
    /// </summary>
    private static string NormalizeIdentifier(string name)
    {
        foreach (char c in name)
        {
            if (c >= 0x80)
            {
                try
                {
                    return name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
                }
                catch (ArgumentException)
                {
                    // Not reachable from the tokenizer (a lone surrogate is no identifier character); kept as written.
                    return name;
                }
            }
        }

        return name;
    }

    /// <summary>Python's <c>XID_Start</c>, approximated by Unicode categories plus the <c>Other_ID_Start</c> code points.</summary>
    [MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
    private bool IsIdentifierStart(int index)
    {
        char c = _text[index];
        if (c < 0x80)
        {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        return CharUnicodeInfo.GetUnicodeCategory(_text, index) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            || c is '\u1885' or '\u1886' or '\u2118' or '\u212E' or '\u309B' or '\u309C';
    }

    /// <summary>Python's <c>XID_Continue</c>, approximated likewise (<c>Other_ID_Continue</c> included).</summary>
    [MethodImpl(PyBind.Gen.Helpers.Jit.Optimized)]
    private bool IsIdentifierPart(int index)
    {
        char c = _text[index];
        if (c < 0x80)
        {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c);
        }

        return IsIdentifierStart(index)
            || CharUnicodeInfo.GetUnicodeCategory(_text, index) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            || c is '\u00B7' or '\u0387' or '\u19DA' or (>= '\u1369' and <= '\u1371');
    }
}
