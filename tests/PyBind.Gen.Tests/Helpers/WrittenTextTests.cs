using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Helpers;
using Xunit;

namespace PyBind.Gen.Tests.Helpers;

public class WrittenTextTests
{
    /// <summary>A class text inserted into a module text, as the emitter does, longer than Roslyn's large-text threshold.</summary>
    private static IndentedTextWriter ModuleWithClass(int lines, string marker)
    {
        var cls = new IndentedTextWriter(1);
        for (int i = 0; i < lines; i++)
        {
            cls.WriteLine($"public int Member{i} => {i}; // {marker}");
        }

        var module = new IndentedTextWriter();
        module.WriteLine("static partial class Module");
        using (module.WriteBlock())
        {
            module.WriteLine("public const int Before = 1;");
            module.AppendRaw(cls);
            module.WriteLine("public const int After = 2;");
        }

        return module;
    }

    [Fact]
    public void SourceText_HasTheWholeTextInOrder_ReadInPieces()
    {
        IndentedTextWriter module = ModuleWithClass(5000, "x");
        WrittenText text = module.ToText();

        SourceText source = text.ToSourceText(Encoding.UTF8);

        Assert.True(text.Length > 100_000, "the text should be longer than a large-object string");
        Assert.Equal(text.Length, source.Length);
        Assert.Equal(text.ToString(), source.ToString());
        Assert.Equal(Encoding.UTF8, source.Encoding);
        Assert.StartsWith("static partial class Module\n{\n\tpublic const int Before = 1;\n\tpublic int Member0 => 0; // x\n", source.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("\tpublic int Member4999 => 4999; // x\n\tpublic const int After = 2;\n}\n", source.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AWriterInsertedBeforeItIsWritten_IsReadWithWhatItWroteSince()
    {
        var cls = new IndentedTextWriter(1);
        var module = new IndentedTextWriter();
        module.WriteLine("static partial class Module");
        using (module.WriteBlock())
        {
            module.AppendRaw(cls);
        }

        cls.WriteLine("public int Written = 1;");

        Assert.Equal("static partial class Module\n{\n\tpublic int Written = 1;\n}\n", module.ToText().ToString());
    }

    [Fact]
    public void ReadingAnInsertedWriterWithAPartialLine_IsRefused()
    {
        var part = new IndentedTextWriter();
        var whole = new IndentedTextWriter();
        whole.AppendRaw(part);
        part.Write("no line break");

        Assert.Throws<InvalidOperationException>(() => whole.ToText());
    }
}
