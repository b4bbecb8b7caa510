using System;
using System.Collections.Concurrent;

namespace PyBind;

/// <summary>Creates the .NET exception for a Python exception described by <paramref name="info"/>.</summary>
public delegate PythonException PythonExceptionFactory(PythonErrorInfo info);

internal readonly record struct ExceptionFactory(Type ClrType, PythonExceptionFactory Create);

/// <summary>
/// Maps Python exception classes to .NET exception classes. Builtins are known by name; generated bindings register
/// their modules' classes (<c>numpy.linalg.LinAlgError</c>) from a module initializer, by the class object itself,
/// because the name a module exports a class under (<c>json.JSONDecodeError</c>) is often not the one Python reports
/// (<c>json.decoder.JSONDecodeError</c>). A Python exception becomes the class registered for the nearest type in its MRO.
/// </summary>
public static partial class PythonExceptionRegistry
{
    // This part knows the classes by name, which needs no Python (a PythonException asks it its own Python name); the
    // class objects, resolved once their modules are imported, are error translation's (Marshalling).
    private static readonly ConcurrentDictionary<string, ExceptionFactory> s_byPythonName = new(CreateBuiltins(), StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, string> s_pythonNameByType = CreateReverseMap();

    /// <summary>Registers the .NET class that mirrors the Python exception class <paramref name="pythonQualifiedName"/>.</summary>
    /// <param name="pythonQualifiedName">The class's <c>__module__</c> and <c>__qualname__</c>, e.g. <c>numpy.linalg.LinAlgError</c>.</param>
    /// <param name="factory">Creates the .NET exception.</param>
    public static void Register<TException>(string pythonQualifiedName, PythonExceptionFactory factory)
        where TException : PythonException
    {
        ArgumentException.ThrowIfNullOrEmpty(pythonQualifiedName);
        ArgumentNullException.ThrowIfNull(factory);
        s_byPythonName[pythonQualifiedName] = new ExceptionFactory(typeof(TException), factory);
        s_pythonNameByType[typeof(TException)] = pythonQualifiedName;
    }

    internal static bool TryFind(string pythonQualifiedName, out ExceptionFactory factory)
        => s_byPythonName.TryGetValue(pythonQualifiedName, out factory);

    /// <summary>The Python class a .NET exception class stands for; its nearest registered base for an unregistered class.</summary>
    internal static string PythonNameOf(Type type)
    {
        for (Type? current = type; current is not null; current = current.BaseType)
        {
            if (s_pythonNameByType.TryGetValue(current, out string? name))
                return name;
        }
        return "BaseException";
    }

    private static ConcurrentDictionary<Type, string> CreateReverseMap()
    {
        var map = new ConcurrentDictionary<Type, string>();
        foreach (var (name, factory) in s_byPythonName)
            map[factory.ClrType] = name;
        return map;
    }
}
