using System;
using System.Linq;
using System.Reflection;

namespace PyBind.Hosting;

/// <summary>
/// What the PyBind.Gen build recorded in the program (assembly metadata of the entry assembly): the interpreter
/// the stubs were made with, which is the program's default, and whether the program ships its own <c>.py</c>
/// modules next to it.
/// </summary>
internal static class BuildRecord
{
    internal const string PythonKey = "PyBind.Python";
    internal const string ProgramModulesKey = "PyBind.ProgramModules";

    /// <summary>The interpreter recorded at build time, or null.</summary>
    internal static string? Python => Read(PythonKey);

    /// <summary>Whether the program's folder holds the project's own Python modules (and so belongs on <c>sys.path</c>).</summary>
    internal static bool HasProgramModules => string.Equals(Read(ProgramModulesKey), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Read(string key)
        => Assembly.GetEntryAssembly()?
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?
            .Value;
}
