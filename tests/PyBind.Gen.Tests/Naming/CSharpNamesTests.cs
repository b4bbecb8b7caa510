using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using PyBind.Gen.Naming;
using Xunit;

namespace PyBind.Gen.Tests.Naming;

public class CSharpNamesTests
{
    [Theory]
    [InlineData("array_equal", "ArrayEqual")]
    [InlineData("linspace", "Linspace")]
    [InlineData("pi", "Pi")]
    [InlineData("e", "E")]
    [InlineData("MAX_ROWS", "MaxRows")]
    [InlineData("NAN", "Nan")]
    [InlineData("NaN", "NaN")]
    [InlineData("getLogger", "GetLogger")]
    [InlineData("float64", "Float64")]
    [InlineData("log1p", "Log1p")]
    [InlineData("nan_to_num", "NanToNum")]
    [InlineData("c_", "C")]
    [InlineData("a__b", "AB")]
    [InlineData("HTTPServer", "HTTPServer")]
    [InlineData("größe", "Größe")]
    [InlineData("_", "_")]
    public void ToPascalCase_FollowsTheNamingContract(string python, string expected)
    {
        Assert.Equal(expected, CSharpNames.ToPascalCase(python));
    }

    [Theory]
    [InlineData("max_rows", "maxRows")]
    [InlineData("x", "x")]
    [InlineData("X", "x")]
    [InlineData("HTTPHeaders", "httpHeaders")]
    [InlineData("ABC", "abc")]
    [InlineData("out", "@out")]
    [InlineData("class_", "@class")]
    [InlineData("object", "@object")]
    [InlineData("int", "@int")]
    [InlineData("value", "value")]
    [InlineData("async", "async")]
    public void ToCamelCase_EscapesKeywordsVerbatim(string python, string expected)
    {
        Assert.Equal(expected, CSharpNames.ToCamelCase(python));
    }

    [Theory]
    [InlineData("ndarray", "Ndarray")]
    [InlineData("LinAlgError", "LinAlgError")]
    [InlineData("My_Class", "My_Class")]
    [InlineData("ßeta", "ßeta")]
    public void ToTypeName_UpperCasesOnlyTheFirstLetter(string python, string expected)
    {
        Assert.Equal(expected, CSharpNames.ToTypeName(python));
    }

    [Theory]
    [InlineData("x·y", "x_u00B7y")]
    [InlineData("℘", "_u2118")]
    [InlineData("a\U0001D7D8", "a_U0001D7D8")]
    public void CharactersCSharpRejects_AreEscapedDistinctly(string name, string expected)
    {
        string result = CSharpNames.MakeValidIdentifier(name);

        Assert.Equal(expected, result);
        Assert.True(SyntaxFacts.IsValidIdentifier(result));
    }

    [Theory]
    [InlineData("größe")]
    [InlineData("数値")]
    [InlineData("ǅemal")]
    public void NonAsciiLetters_ArePreserved(string name)
    {
        Assert.Equal(name, CSharpNames.MakeValidIdentifier(name));
    }

    [Fact]
    public void NamesLongerThanMetadataAllows_AreShortenedDeterministically_AndStayDistinct()
    {
        string first = new string('a', 2000);
        string second = new string('a', 1999) + "b";
        string nonBmp = string.Concat(Enumerable.Repeat("\U00010400", 60));

        string[] names = [CSharpNames.ToPascalCase(first), CSharpNames.ToPascalCase(second), CSharpNames.ToTypeName(nonBmp), CSharpNames.ToCamelCase(first)];

        Assert.All(names, n => Assert.True(System.Text.Encoding.UTF8.GetByteCount(n) <= CSharpNames.MaxIdentifierBytes, n));
        Assert.All(names, n => Assert.True(SyntaxFacts.IsValidIdentifier(n), n));
        Assert.NotEqual(names[0], names[1]);
        Assert.Equal(names[0], CSharpNames.ToPascalCase(first));
        Assert.StartsWith("Aaaa", names[0], System.StringComparison.Ordinal);
        Assert.StartsWith("_U00010400_U00010400", names[2], System.StringComparison.Ordinal);
        Assert.Equal(new string('a', 100), CSharpNames.ToCamelCase(new string('a', 100)));
    }
}
