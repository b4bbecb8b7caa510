using System;
using PyBind.Gen.Helpers;
using Xunit;

namespace PyBind.Gen.Tests.Helpers;

public class IndentedTextWriterTests
{
    [Fact]
    public void WriteBlock_IndentsItsContentAndClosesOnDispose()
    {
        var writer = new IndentedTextWriter();
        writer.WriteLine("class A");
        using (writer.WriteBlock())
        {
            writer.WriteLine("int X;");
            writer.WriteLine("void M()");
            using (writer.WriteBlock())
            {
                writer.WriteLine("return;");
            }
        }

        Assert.Equal("class A\n{\n\tint X;\n\tvoid M()\n\t{\n\t\treturn;\n\t}\n}\n", writer.ToString());
    }

    [Fact]
    public void MultiLineText_IsReindentedLineByLine_WithoutTrailingWhitespaceOnBlankLines()
    {
        var writer = new IndentedTextWriter();
        writer.IncreaseIndent();
        writer.WriteLine("/// <summary>\r\n/// One.\n\n/// Two.\n/// </summary>");

        Assert.Equal("\t/// <summary>\n\t/// One.\n\n\t/// Two.\n\t/// </summary>\n", writer.ToString());
    }

    [Fact]
    public void Write_ContinuesTheCurrentLine()
    {
        var writer = new IndentedTextWriter();
        writer.IncreaseIndent();
        writer.Write("a");
        writer.Write("b");
        writer.WriteLineIf(false, "skipped");
        writer.WriteLineIf(true, "c");

        Assert.Equal("\tabc\n", writer.ToString());
    }

    [Fact]
    public void CustomBlockDelimiters_AreWritten()
    {
        var writer = new IndentedTextWriter();
        using (writer.WriteBlock("#region X", "#endregion"))
        {
            writer.WriteLine("x");
        }

        Assert.Equal("#region X\n\tx\n#endregion\n", writer.ToString());
    }

    [Fact]
    public void DecreaseIndent_AtTheMargin_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new IndentedTextWriter().DecreaseIndent());
    }

    [Fact]
    public void DeferredText_IsDecidedWhenTheTextIsFinished_AndWrittenInPlaceAtItsIndentation()
    {
        var decided = new Decided();
        var writer = new IndentedTextWriter();
        writer.WriteLine("class A");
        using (writer.WriteBlock())
        {
            writer.Write("int X;");
            writer.WriteDeferred(decided);
            writer.WriteLine("int Y;");
        }

        decided.Text = "// one\n// two";
        Assert.Equal("class A\n{\n\tint X;\n\t// one\n\t// two\n\tint Y;\n}\n", writer.ToString());
        decided.Text = "// changed";
        Assert.Equal("class A\n{\n\tint X;\n\t// changed\n\tint Y;\n}\n", writer.ToString());
    }

    [Fact]
    public void AppendRaw_CarriesTheOtherWritersDeferredText_ToItsNewPlace()
    {
        var decided = new Decided { Text = "// later" };
        var part = new IndentedTextWriter(1);
        part.WriteLine("int X;");
        part.WriteDeferred(decided);
        part.WriteLine("int Y;");
        var whole = new IndentedTextWriter();
        whole.WriteLine("class A");
        using (whole.WriteBlock())
        {
            whole.WriteLine("int W;");
            whole.AppendRaw(part);
        }

        Assert.Equal("class A\n{\n\tint W;\n\tint X;\n\t// later\n\tint Y;\n}\n", whole.ToString());
    }

    private sealed class Decided : IDeferredText
    {
        public string Text { get; set; } = string.Empty;

        public void WriteTo(IndentedTextWriter writer) => writer.WriteLine(Text);
    }
}
