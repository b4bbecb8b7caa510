using System;
using System.Linq;
using PyBind.Gen.Emit;
using PyBind.Gen.Model;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Emission;

/// <summary>
/// The docstring parser on its own, over numpy's real docstrings as the committed stubs carry them (numpydoc), and
/// Google-style sections: what lands in the summary, the description, each parameter, the returns and the raises.
/// </summary>
public class DocstringParserTests
{
    private static readonly Lazy<ModuleSpec> s_numpy = new(() => Module("numpy"));
    private static readonly Lazy<ModuleSpec> s_linalg = new(() => Module("numpy.linalg"));

    private static ModuleSpec Module(string name)
    {
        (string path, string text) = StubsCache.Stub(name);
        return TestStubs.Read(text, path).Module!;
    }

    private static ParsedDocstring Numpy(ModuleSpec module, string function) =>
        DocstringParser.Parse(module.Functions.Single(f => f.PythonName == function).Docstring);

    [Fact]
    public void NumpyLinspace_SplitsSummaryDescriptionParametersReturnsAndExamples()
    {
        ParsedDocstring doc = Numpy(s_numpy.Value, "linspace");

        Assert.Equal("Return evenly spaced numbers over a specified interval.", doc.Summary);
        Assert.StartsWith("Returns `num` evenly spaced samples, calculated over the\ninterval [`start`, `stop`].\n\nThe endpoint", doc.Extended, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameters", doc.Extended, StringComparison.Ordinal);
        Assert.Equal(new[] { "start", "stop", "num", "endpoint", "retstep", "dtype", "axis" }, doc.Parameters.Keys);
        Assert.Equal("Number of samples to generate. Default is 50. Must be non-negative.", doc.Parameters["num"]);
        Assert.Equal("If True, `stop` is the last sample. Otherwise, it is not included.\nDefault is True.", doc.Parameters["endpoint"]);
        Assert.Equal(
            "samples (ndarray): There are `num` equally spaced samples in the closed interval\n``[start, stop]`` or the half-open interval ``[start, stop)``\n"
            + "(depending on whether `endpoint` is True or False).\nstep (float, optional): Only returned if `retstep` is True\n\nSize of spacing between samples.",
            doc.Returns);
        Assert.Empty(doc.Raises);
        Assert.StartsWith(">>> np.linspace(2.0, 3.0, num=5)\narray([2.  , 2.25, 2.5 , 2.75, 3.  ])", doc.Examples, StringComparison.Ordinal);
        Assert.EndsWith(">>> plt.show()", doc.Examples, StringComparison.Ordinal);
    }

    [Fact]
    public void NumpyBincount_SkipsTheLeadingSignatureForTheSummary()
    {
        ParsedDocstring doc = Numpy(s_numpy.Value, "bincount");

        Assert.Equal("Count number of occurrences of each value in array of non-negative ints.", doc.Summary);
        Assert.DoesNotContain("bincount(x", doc.Extended, StringComparison.Ordinal);
        Assert.Equal("Input array.", doc.Parameters["x"]);
    }

    [Fact]
    public void NumpyLinalgInv_ReadsTheRaisedTypeAndWhy()
    {
        ParsedDocstring doc = Numpy(s_linalg.Value, "inv");

        Assert.Equal("Compute the (multiplicative) inverse of a matrix.", doc.Summary);
        ParsedDocstring.Entry raised = Assert.Single(doc.Raises);
        Assert.Equal(new ParsedDocstring.Entry("LinAlgError", "If `a` is not square or inversion fails."), raised);
    }

    [Fact]
    public void NumpydocSharedHead_DocumentsEveryNameAndFallsBackToTheType()
    {
        ParsedDocstring doc = DocstringParser.Parse("""
            Add arguments element-wise.

            Parameters
            ----------
            x1, x2 : array_like
                The arrays to be added.
            *args : int
            """);

        Assert.Equal("The arrays to be added.", doc.Parameters["x1"]);
        Assert.Equal("The arrays to be added.", doc.Parameters["x2"]);
        Assert.Equal("int", doc.Parameters["args"]);
    }

    [Fact]
    public void GoogleSections_ReadTheTextOnTheHeadLine()
    {
        ParsedDocstring doc = DocstringParser.Parse("""
            Fetch rows.

            Args:
                table (str): The table's name.
                keys: Which rows,
                    in order.

            Returns:
                dict: The rows by key.

            Raises:
                IOError: The table could not be read.
            """);

        Assert.Equal("Fetch rows.", doc.Summary);
        Assert.Equal(string.Empty, doc.Extended);
        Assert.Equal("The table's name.", doc.Parameters["table"]);
        Assert.Equal("Which rows,\nin order.", doc.Parameters["keys"]);
        Assert.Equal("dict: The rows by key.", doc.Returns);
        Assert.Equal(new[] { new ParsedDocstring.Entry("IOError", "The table could not be read.") }, doc.Raises);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void BlankDocstring_IsTheSharedEmptyResult(string? docstring) =>
        Assert.Same(ParsedDocstring.Empty, DocstringParser.Parse(docstring));
}
