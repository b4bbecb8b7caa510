using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Reflection;
using PyBind.Hosting;

namespace PyBind.Marshalling;

/// <summary>
/// What a PyBind.Gen build recorded in an assembly (assembly metadata): the interpreter its stubs were made with,
/// which is the program's default, and whether its own <c>.py</c> modules were copied next to it. Every assembly with
/// bindings registers itself from a generated module initializer, so this works whatever the entry assembly is (a
/// test runner, a benchmark host, a plugin's host); the entry assembly counts too.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PyBuildRecord
{
    internal const string PythonKey = "PyBind.Python";
    internal const string ProgramModulesKey = "PyBind.ProgramModules";

    private static readonly object s_lock = new();
    private static readonly List<Assembly> s_assemblies = new();

    /// <summary>Registers an assembly built with PyBind.Gen (generated module initializers call this).</summary>
    public static void Register(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        lock (s_lock)
        {
            if (s_assemblies.Contains(assembly))
                return;
            s_assemblies.Add(assembly);
        }
        // Loaded after Python started (a plugin): its modules' folder joins sys.path now.
        if (PythonEngine.IsReady && ModuleFolder(assembly) is { } folder)
            PythonEngine.AddToSearchPath(folder);
    }

    /// <summary>The interpreter recorded at build time (the entry assembly's first, then in registration order), or null.</summary>
    internal static string? Python => Assemblies().Select(assembly => Read(assembly, PythonKey)).FirstOrDefault(python => !string.IsNullOrEmpty(python));

    /// <summary>The folders holding the projects' own Python modules, to put on <c>sys.path</c>.</summary>
    internal static IEnumerable<string> ModuleFolders => Assemblies().Select(ModuleFolder).OfType<string>().Distinct(StringComparer.Ordinal);

    private static List<Assembly> Assemblies()
    {
        var assemblies = new List<Assembly>();
        if (Assembly.GetEntryAssembly() is { } entry)
            assemblies.Add(entry);
        lock (s_lock)
            assemblies.AddRange(s_assemblies.Where(assembly => !assemblies.Contains(assembly)));
        return assemblies;
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty location (single-file) falls back to AppContext.BaseDirectory.")]
    private static string? ModuleFolder(Assembly assembly)
    {
        if (!string.Equals(Read(assembly, ProgramModulesKey), "true", StringComparison.OrdinalIgnoreCase))
            return null;
        // A single-file program has no assembly location: its files are beside the executable.
        return string.IsNullOrEmpty(assembly.Location) ? AppContext.BaseDirectory : Path.GetDirectoryName(assembly.Location);
    }

    private static string? Read(Assembly assembly, string key)
        => assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(attribute => attribute.Key == key)?.Value;
}
