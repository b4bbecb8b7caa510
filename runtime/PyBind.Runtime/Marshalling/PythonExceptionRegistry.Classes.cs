using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using PyBind.Marshalling;

namespace PyBind;

// The classes registered by their class objects: looked up when error translation maps a Python exception, resolved
// (never imported) once their modules are imported, so this half needs module members and the GIL.
public static partial class PythonExceptionRegistry
{
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
}
