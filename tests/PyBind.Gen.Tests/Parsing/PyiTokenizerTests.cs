using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;
using Xunit;

namespace PyBind.Gen.Tests.Parsing;

public class PyiTokenizerTests
{
    private static PyiTokenList Tokenize(string text, out List<PyiSyntaxError> errors)
    {
        errors = [];
        return PyiTokenizer.Tokenize(text, errors);
    }

    private static PyLiteral SingleLiteral(string text)
    {
        PyiTokenList tokens = Tokenize(text, out List<PyiSyntaxError> errors);
        Assert.Empty(errors);
        return Assert.Single(tokens, t => t.Kind is PyiTokenKind.String or PyiTokenKind.Number).Literal!;
    }

    [Theory]
    [InlineData(@"'a\nb'", "a\nb")]
    [InlineData(@"'tab\there'", "tab\there")]
    [InlineData(@"'\x41\u00e9\U0001F600'", "Aé😀")]
    [InlineData(@"'\101\0'", "A\0")]
    [InlineData(@"'\\ \' \""'", "\\ ' \"")]
    [InlineData(@"'\a\b\f\v\r'", "\a\b\f\v\r")]
    [InlineData(@"'keep \d and \N{BULLET}'", @"keep \d and \N{BULLET}")]
    [InlineData(@"r'\n\d'", @"\n\d")]
    [InlineData(@"R'raw \' quote'", @"raw \' quote")]
    [InlineData(@"u'unicode'", "unicode")]
    [InlineData("\"double 'single' inside\"", "double 'single' inside")]
    public void StringLiteral_EscapesAndPrefixes_DecodeLikePython(string source, string expected)
    {
        Assert.Equal(new PyStringLiteral(expected), SingleLiteral(source));
    }

    [Fact]
    public void TripleQuotedString_SpansLinesAndNormalizesLineEndings()
    {
        Assert.Equal(new PyStringLiteral("first\nsecond 'q' \"\"\nthird"), SingleLiteral("\"\"\"first\r\nsecond 'q' \"\"\nthird\"\"\""));
    }

    [Fact]
    public void BackslashNewlineInString_JoinsTheLines()
    {
        Assert.Equal(new PyStringLiteral("ab"), SingleLiteral("'a\\\nb'"));
    }

    [Theory]
    [InlineData(@"b'\x00\xff\n'", new byte[] { 0, 255, 10 })]
    [InlineData(@"rb'\x'", new byte[] { 92, 120 })]
    [InlineData(@"b'\u0041'", new byte[] { 92, 117, 48, 48, 52, 49 })]
    public void BytesLiteral_DecodesToBytes(string source, byte[] expected)
    {
        PyBytesLiteral literal = Assert.IsType<PyBytesLiteral>(SingleLiteral(source));
        Assert.Equal(expected, literal.Value.ToArray());
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("1_000_000", "1000000")]
    [InlineData("0x_FF", "255")]
    [InlineData("0o17", "15")]
    [InlineData("0b1010", "10")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    public void IntegerLiteral_AllRadixes_ParseToBigInteger(string source, string expected)
    {
        Assert.Equal(new PyIntLiteral(BigInteger.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), SingleLiteral(source));
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e-05", 1e-05)]
    [InlineData("2.", 2.0)]
    [InlineData("1_0.2_5E+1", 102.5)]
    public void FloatLiteral_ParsesInvariantly(string source, double expected)
    {
        Assert.Equal(new PyFloatLiteral(expected), SingleLiteral(source));
    }

    [Fact]
    public void ImaginaryLiteral_IsComplex()
    {
        Assert.Equal(new PyComplexLiteral(0, 2.5), SingleLiteral("2.5j"));
    }

    [Fact]
    public void Indentation_ProducesIndentAndDedentAroundBlocks()
    {
        PyiTokenList tokens = Tokenize("class A:\n    x: int\n\n    # comment\n    y: int\nz: int\n", out List<PyiSyntaxError> errors);

        Assert.Empty(errors);
        Assert.Equal(
            ["class", "A", ":", "NL", "INDENT", "x", ":", "int", "NL", "y", ":", "int", "NL", "DEDENT", "z", ":", "int", "NL", "EOF"],
            tokens.Select(Short));
    }

    [Fact]
    public void NewlinesInsideBrackets_AreJoined()
    {
        PyiTokenList tokens = Tokenize("def f(\n    a: int,\n    b: str,\n) -> None: ...\n", out List<PyiSyntaxError> errors);

        Assert.Empty(errors);
        Assert.Single(tokens, t => t.Kind == PyiTokenKind.Newline);
        Assert.DoesNotContain(tokens, t => t.Kind == PyiTokenKind.Indent);
    }

    [Fact]
    public void BackslashContinuation_JoinsLines()
    {
        PyiTokenList tokens = Tokenize("x: int = \\\n    1\n", out List<PyiSyntaxError> errors);

        Assert.Empty(errors);
        Assert.Equal(["x", ":", "int", "=", "1", "NL", "EOF"], tokens.Select(Short));
    }

    [Fact]
    public void NonAsciiIdentifiers_AreNames()
    {
        PyiTokenList tokens = Tokenize("größe·x: 数値\n", out List<PyiSyntaxError> errors);

        Assert.Empty(errors);
        Assert.Equal(["größe·x", ":", "数値", "NL", "EOF"], tokens.Select(Short));
    }

    [Theory]
    [InlineData("\U0001D518", "U")] // MATHEMATICAL FRAKTUR CAPITAL U: Python's attribute is 'U'
    [InlineData("\U0001D507\U0001D51E\U0001D531\U0001D51E", "Data")]
    [InlineData("\uFB01le", "file")] // the ligature fi
    [InlineData("\U00010400", "\U00010400")] // DESERET CAPITAL LONG I: no compatibility form, kept
    [InlineData("caf\u0065\u0301", "caf\u00E9")] // e + combining acute composes
    public void Identifiers_AreReadInNfkcLikePythonReadsThem(string written, string name)
    {
        PyiTokenList tokens = Tokenize(System.Text.RegularExpressions.Regex.Unescape(written) + ": int\n", out List<PyiSyntaxError> errors);

        Assert.Empty(errors);
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(name), tokens[0].Text);
    }

    [Fact]
    public void InconsistentDedent_IsAnErrorAtTheLine()
    {
        Tokenize("class A:\n        x: int\n    y: int\n", out List<PyiSyntaxError> errors);

        PyiSyntaxError error = Assert.Single(errors);
        Assert.Contains("unindent", error.Message);
        Assert.Equal("class A:\n        x: int\n".Length, error.Span.Start);
    }

    [Theory]
    [InlineData("x = 'abc\n", "unterminated string literal", 4)]
    [InlineData("x = \"\"\"abc\n", "unterminated triple-quoted string literal", 4)]
    [InlineData("x = $\n", "invalid character '$'", 4)]
    [InlineData("x = (1,\n", "'(' was never closed", 4)]
    [InlineData("x = 1)\n", "unmatched ')'", 5)]
    [InlineData("x = 12abc\n", "invalid number literal '12abc'", 4)]
    [InlineData(@"x = '\x4'", "truncated escape sequence", 5)]
    public void MalformedToken_IsReportedWithItsPosition(string text, string message, int start)
    {
        Tokenize(text, out List<PyiSyntaxError> errors);

        PyiSyntaxError error = Assert.Single(errors);
        Assert.Contains(message, error.Message);
        Assert.Equal(start, error.Span.Start);
    }

    private static string Short(PyiToken token) => token.Kind switch
    {
        PyiTokenKind.Newline => "NL",
        PyiTokenKind.Indent => "INDENT",
        PyiTokenKind.Dedent => "DEDENT",
        PyiTokenKind.EndOfFile => "EOF",
        _ => token.Text,
    };

    [Fact]
    public void TokensReadOnDemand_AreTheTokensOfTheWholeText_WhileReadBlocksAreReleased()
    {
        string text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"class C{i}:\n    def f(self, x: int = {i}) -> 'C{i}': ...\n    \"\"\"doc {i}\"\"\"\n"));
        PyiTokenList all = Tokenize(text, out List<PyiSyntaxError> errors);
        var lazyErrors = new List<PyiSyntaxError>();
        PyiTokenList onDemand = PyiTokenizer.TokenizeOnDemand(text, 0, text.Length, lazyErrors);

        Assert.Empty(errors);
        Assert.True(all.Count > 10_000, $"{all.Count} tokens: the text should span many blocks");
        for (int i = 0; i < all.Count; i++)
        {
            Assert.Equal(all[i], onDemand[i]);
            Assert.Equal(all[System.Math.Max(i - 1, 0)], onDemand[System.Math.Max(i - 1, 0)]);
            onDemand.ReleaseBefore(i);
        }

        Assert.Equal(all.Count, onDemand.Count);
        Assert.Equal(PyiTokenKind.EndOfFile, onDemand[all.Count + 5].Kind);
        Assert.Empty(lazyErrors);
    }
}
