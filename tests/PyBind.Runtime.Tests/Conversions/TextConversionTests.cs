using System;
using Xunit;

namespace PyBind.Runtime.Tests.Conversions;

public class TextConversionTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain ascii")]
    [InlineData("naïve café — ünïcödé")]
    [InlineData("emoji 😀 and 𝄞 outside the BMP")]
    [InlineData("embedded \0 NUL")]
    public void String_RoundTripsAndPythonSeesTheSameCodePoints(string text)
    {
        using var scope = Python.CreateScope();
        scope.Set("text", text);
        Assert.Equal(text, scope.Get<string>("text"));
        // Python counts code points; .NET counts UTF-16 units.
        int codePoints = 0;
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            codePoints++;
        Assert.Equal(codePoints, scope.Eval<long>("len(text)"));
    }

    [Fact]
    public void LoneSurrogate_SurvivesBothDirections()
    {
        string fromPython = Python.Eval<string>("'a\\ud800b'");
        Assert.Equal("a\ud800b", fromPython);
        using var scope = Python.CreateScope();
        scope.Set("text", "x\udc00");
        Assert.Equal(Python.Eval<string>("repr('x\\udc00')"), scope.Eval<string>("repr(text)"));
    }

    [Fact]
    public void Char_IsAOneCharacterStr()
    {
        Assert.Equal('é', Python.Eval<char>("'é'"));
        Assert.Throws<PyConversionException>(() => Python.Eval<char>("'ab'"));
        using var scope = Python.CreateScope();
        scope.Set("c", 'Z');
        Assert.Equal("'Z'", scope.Eval<string>("repr(c)"));
    }

    [Fact]
    public void Bytes_RoundTripIncludingEmptyAndHighBytes()
    {
        byte[] data = { 0, 1, 127, 128, 255 };
        using var scope = Python.CreateScope();
        scope.Set("data", data);
        Assert.Equal("b'\\x00\\x01\\x7f\\x80\\xff'", scope.Eval<string>("repr(data)"));
        Assert.Equal(data, scope.Get<byte[]>("data"));
        Assert.Empty(Python.Eval<byte[]>("b''"));
        Assert.Equal(new byte[] { 104, 105 }, Python.Eval<byte[]>("bytearray(b'hi')"));
    }

    [Fact]
    public void Str_IsNotBytes()
    {
        var error = Assert.Throws<PyConversionException>(() => Python.Eval<byte[]>("'text'"));
        Assert.Equal("str", error.PythonTypeName);
    }
}
