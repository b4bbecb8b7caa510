using System;
using System.IO;
using PyBind.Introspection.Tests.Infrastructure;
using PyBind.Testing;
using Xunit;

namespace PyBind.Introspection.Tests;

/// <summary>The tool embedding other CPython versions: branches resolve for that version, newer syntax is read.</summary>
public sealed class OtherInterpreterTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "pybind-introspect-versions-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [RequiresPyenvPythonFact(9)]
    public void Python39_TakesTheOlderVersionBranch_AndReadsTheSameStub()
    {
        string stub = Normalize(PyenvPython.Find(9)!, "typedpkg", "--path", TestPaths.Fixtures, "--no-imports");

        Assert.StartsWith("CPython 3.9.", StubText.Header(stub, "interpreter"));
        Assert.Contains("def until_310(x: int) -> int: ...", stub);
        Assert.DoesNotContain("since_311", stub);
    }

    [RequiresPyenvPythonFact(12)]
    public void Python312_ReadsTypeStatementsAndTypeParameters_AsTypeVarsAliasesAndGenericBases()
    {
        string stub = Normalize(PyenvPython.Find(12)!, "modern", "--source-path", Path.Combine(TestPaths.Fixtures, "modern"));

        Assert.Contains(
            """
            K = typing.TypeVar('K', str, bytes)
            T = typing.TypeVar('T')
            V = typing.TypeVar('V')

            Number: typing.TypeAlias = int | float
            Pair: typing.TypeAlias = tuple[T, T]

            def first(mapping: dict[K, V], key: K) -> V: ...

            def swap(pair: Pair[T]) -> Pair[T]: ...

            class Box(typing.Generic[T]):
                item: T
                def __init__(self, item: T) -> None: ...
                def get(self) -> T: ...
            """,
            stub);
    }

    private string Normalize(string python, string module, params string[] options)
    {
        (int exitCode, string output, string errors) = OtherInterpreters.RunTool(["--python", python, "-o", _output, .. options, module]);
        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{errors}");
        return File.ReadAllText(Path.Combine(_output, module + ".pyi"));
    }
}
