using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Model;
using PyBind.Gen.Stubs;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Parsing;

/// <summary>Stubs written by the introspection pass: the fixtures in TestData, and every stub committed in stubs-cache/.</summary>
public class RealStubTests
{
    private static ParsedStub ReadFixture(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", fileName);
        return StubReader.Read(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None);
    }

    public static TheoryData<string> AllStubs()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData"), "*.pyi")
            .Concat(Directory.Exists(StubsCacheDirectory()) ? Directory.GetFiles(StubsCacheDirectory(), "*.pyi") : []))
        {
            data.Add(path);
        }

        return data;
    }

    private static string StubsCacheDirectory([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "stubs-cache"));

    [Theory]
    [MemberData(nameof(AllStubs))]
    public void GeneratedStub_ReadsWithoutErrorsOrWarnings(string path)
    {
        ParsedStub stub = StubReader.Read(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None);

        Assert.NotNull(stub.Module);
        Assert.Empty(stub.Diagnostics.Where(d => d.Descriptor.DefaultSeverity >= DiagnosticSeverity.Warning).Select(TestStubs.Describe));
    }

    [Fact]
    public void Json_LoadsHasKeywordOnlyParametersAndItsDocstring()
    {
        ModuleSpec json = ReadFixture("json.pyi").Module!;

        FunctionSpec loads = json.Functions.Single(f => f.PythonName == "loads");
        SignatureSpec signature = Assert.Single(loads.Signatures);
        Assert.Equal(
            [("s", ParameterKind.PositionalOrKeyword), ("cls", ParameterKind.KeywordOnly), ("objectHook", ParameterKind.KeywordOnly), ("parseFloat", ParameterKind.KeywordOnly),
             ("parseInt", ParameterKind.KeywordOnly), ("parseConstant", ParameterKind.KeywordOnly), ("objectPairsHook", ParameterKind.KeywordOnly), ("kwds", ParameterKind.VarKeyword)],
            signature.Parameters.Select(p => (p.Name, p.Kind)));
        Assert.Equal(new PyOptionalType(PyClassType.Builtin("type", new PyClassType("json", "JSONDecoder", []))), signature.Parameters[1].Type);
        Assert.StartsWith("Deserialize ``s``", loads.Docstring, StringComparison.Ordinal);
        Assert.Equal("stdlib", json.Header.ModuleVersion);
        Assert.Equal(ClassKind.Exception, json.Classes.Single(c => c.PythonName == "JSONDecodeError").Kind);
    }

    [Fact]
    public void NumpyLinalg_OverloadsKeepTheirDocstringAndExpandNumpyAliases()
    {
        ModuleSpec linalg = ReadFixture("numpy.linalg.pyi").Module!;

        FunctionSpec inv = linalg.Functions.Single(f => f.PythonName == "inv");
        Assert.Equal(3, inv.Signatures.Count);
        Assert.NotNull(inv.Docstring);
        PyAliasType parameter = Assert.IsType<PyAliasType>(inv.Signatures[0].Parameters[0].Type);
        Assert.Equal("numpy.linalg._ArrayLikeInt_co", parameter.FullName);
        Assert.Equal(new PyClassType("numpy.typing", "NDArray", [new PyClassType("numpy", "float64", [])]), inv.Signatures[0].ReturnType);
        Assert.Equal(ClassKind.Exception, linalg.Classes.Single(c => c.PythonName == "LinAlgError").Kind);
    }
}
