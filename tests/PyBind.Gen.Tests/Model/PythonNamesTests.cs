using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PyBind.Gen.Emit;
using PyBind.Gen.Model;
using Xunit;

namespace PyBind.Gen.Tests.Model;

/// <summary>
/// The builtin exceptions are listed once in the generator (<see cref="PythonNames.BuiltinExceptions"/>) and written
/// once into the runtime by its script (<c>Exceptions/generate_builtins.py</c> → <c>PythonException.Builtins.g.cs</c>):
/// the two lists must name the same exceptions, and every mirror the emitter writes must be a runtime class.
/// </summary>
public sealed partial class PythonNamesTests
{
    [Fact]
    public void BuiltinExceptions_AreTheRuntimesMirroredExceptionsAndTheirAliases()
    {
        string[] runtime = RegistryEntry().Matches(File.ReadAllText(RuntimeBuiltinsFile()))
            .Select(m => m.Groups[1].Value)
            .Order(StringComparer.Ordinal)
            .ToArray();
        string[] generator = PythonNames.BuiltinExceptions
            .Where(name => PythonNames.ExceptionAliasTarget(name) == name)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(runtime.Length > 60, $"only {runtime.Length} exceptions were read from the runtime's registry");
        Assert.Equal(runtime, generator);
    }

    [Fact]
    public void EveryBuiltinExceptionsMirror_IsAPythonExceptionOfTheRuntime()
    {
        Type root = typeof(PythonException);
        foreach (string name in PythonNames.BuiltinExceptions)
        {
            string mirror = KnownPythonTypes.RuntimeExceptions[name];
            Type? type = root.Assembly.GetType(mirror["global::".Length..]);
            Assert.True(type is not null && type.IsPublic && root.IsAssignableFrom(type), $"{name} is mirrored as {mirror}, which is not a public PythonException of the runtime");
        }
    }

    [GeneratedRegex("""^\s*\["(\w+)"\] = new\(typeof\(""", RegexOptions.Multiline)]
    private static partial Regex RegistryEntry();

    private static string RuntimeBuiltinsFile([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "runtime", "PyBind.Runtime", "Exceptions", "PythonException.Builtins.g.cs"));
}
