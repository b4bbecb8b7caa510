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
    public void AppendRaw_InsertsTheOtherWritersText_InPlace()
    {
        var part = new IndentedTextWriter(1);
        part.WriteLine("int X;");
        part.WriteLine("int Y;");
        var whole = new IndentedTextWriter();
        whole.WriteLine("class A");
        using (whole.WriteBlock())
        {
            whole.WriteLine("int W;");
            whole.AppendRaw(part);
            whole.WriteLine("int Z;");
        }

        Assert.Equal("class A\n{\n\tint W;\n\tint X;\n\tint Y;\n\tint Z;\n}\n", whole.ToString());
    }

    [Fact]
    public void AppendRaw_InTheMiddleOfALine_Throws()
    {
        var whole = new IndentedTextWriter();
        whole.Write("int");
        Assert.Throws<InvalidOperationException>(() => whole.AppendRaw(new IndentedTextWriter()));
    }
}
