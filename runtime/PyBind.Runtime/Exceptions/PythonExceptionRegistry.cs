using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using PyBind.Marshalling;

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
    private static readonly ConcurrentDictionary<string, ExceptionFactory> s_byPythonName = new(CreateBuiltins(), StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, string> s_pythonNameByType = CreateReverseMap();

    // Registered classes whose module is not imported yet (or was reloaded); looked up (never imported) when an exception
    // is mapped. Every registration is kept, to look its class up again after a reload.
    private static readonly List<(PyModuleMember Class, ExceptionFactory Factory)> s_unresolved = new();
    private static readonly List<(PyModuleMember Class, ExceptionFactory Factory)> s_registered = new();
    private static readonly ConcurrentDictionary<nint, ExceptionFactory> s_byClass = new();
    private static volatile int s_unresolvedCount;

    /// <summary>
    /// Registers the .NET class that mirrors a Python exception class, given as the attribute of the module that
    /// exports it (generated bindings call this from a module initializer).
    /// </summary>
    /// <param name="pythonClass">The class as <c>module.attribute</c>; it is resolved only once its module is imported.</param>
    /// <param name="factory">Creates the .NET exception.</param>
    public static void Register<TException>(PyModuleMember pythonClass, PythonExceptionFactory factory)
        where TException : PythonException
    {
        ArgumentNullException.ThrowIfNull(pythonClass);
        ArgumentNullException.ThrowIfNull(factory);
        var entry = new ExceptionFactory(typeof(TException), factory);
        s_pythonNameByType[typeof(TException)] = pythonClass.QualifiedName;
        lock (s_unresolved)
        {
            s_registered.Add((pythonClass, entry));
            s_unresolved.Add((pythonClass, entry));
            s_unresolvedCount = s_unresolved.Count;
        }
    }

    /// <summary>
    /// Looks the registered classes of <paramref name="module"/> up again when an exception is next mapped: a reload made
    /// new class objects (those of the old ones keep their mapping, for exceptions raised by old code).
    /// </summary>
    internal static void Reloaded(string module)
    {
        lock (s_unresolved)
        {
            foreach ((PyModuleMember Class, ExceptionFactory Factory) registration in s_registered)
            {
                if (registration.Class.Module == module && !s_unresolved.Contains(registration))
                    s_unresolved.Add(registration);
            }
            s_unresolvedCount = s_unresolved.Count;
        }
    }

    /// <summary>
    /// Registers a generated exception class, which knows how to wrap a Python exception itself
    /// (<see cref="Marshalling.IPyExceptionWrapper{TSelf}"/>); generated bindings call this from a module initializer.
    /// </summary>
    /// <param name="pythonClass">The class as <c>module.attribute</c>; it is resolved only once its module is imported.</param>
    public static void Register<TException>(PyModuleMember pythonClass)
        where TException : PythonException, Marshalling.IPyExceptionWrapper<TException>
        => Register<TException>(pythonClass, static info => TException.Wrap(info));

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

    /// <summary>The factory registered for the class object <paramref name="type"/>; the caller holds the GIL.</summary>
    internal static bool TryFind(nint type, out ExceptionFactory factory)
    {
        if (s_unresolvedCount != 0)
            ResolveImportedClasses();
        return s_byClass.TryGetValue(type, out factory);
    }

    /// <summary>
    /// Resolves the registered classes of modules that are imported; an exception can only come from those. The lock
    /// guards the list only: asking Python is done outside it, because Python code can give the GIL to another thread,
    /// which would then wait for the lock while holding the GIL that this thread waits for.
    /// </summary>
    private static void ResolveImportedClasses()
    {
        (PyModuleMember Class, ExceptionFactory Factory)[] pending;
        lock (s_unresolved)
            pending = s_unresolved.ToArray();
        foreach ((PyModuleMember pythonClass, ExceptionFactory factory) in pending)
        {
            if (!pythonClass.IsModuleImported)
                continue;
            lock (s_unresolved)
            {
                // Another thread may have resolved it meanwhile.
                if (!s_unresolved.Remove((pythonClass, factory)))
                    continue;
                s_unresolvedCount = s_unresolved.Count;
            }
            if (pythonClass.TryResolve() is { } handle and not 0)
                s_byClass[handle] = factory;
        }
    }

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
