using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// A namespace for running code: a globals dict. <see cref="Python.MainScope"/> is <c>__main__</c>'s;
/// <see cref="Python.CreateScope"/> makes isolated ones.
/// </summary>
public sealed class PyScope : PyObject
{
    private readonly bool _shared;

    internal PyScope(nint dict, PyOwnership ownership, bool shared)
        : base(dict, ownership) => _shared = shared;

    /// <summary>
    /// The runtime's own helper code: <paramref name="cache"/>, or a new scope that ran <paramref name="source"/> and
    /// is kept there for the process. The caller holds the GIL; if running the source lets another thread in first,
    /// one scope wins.
    /// </summary>
    internal static PyScope Helpers(ref PyScope? cache, string source)
    {
        if (cache is { } cached)
            return cached;
        PyScope created = Python.CreateScope();
        created.Run(source);
        if (System.Threading.Interlocked.CompareExchange(ref cache, created, null) is { } winner)
        {
            created.Dispose();
            return winner;
        }
        return created;
    }

    /// <summary>The value of a variable.</summary>
    /// <exception cref="KeyNotFoundException">The variable is not defined in this scope.</exception>
    public PyObject Get(string name)
    {
        using GilScope gil = Gil.Acquire();
        nint value = Lookup(name);
        return value != 0 ? new PyObject(value, PyOwnership.Borrow) : throw NotDefined(name);
    }

    /// <summary>The value of a variable, converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="KeyNotFoundException">The variable is not defined in this scope.</exception>
    public T Get<T>(string name)
    {
        using GilScope gil = Gil.Acquire();
        nint value = Lookup(name);
        return value != 0 ? PyConverters.For<T>().FromPython(value) : throw NotDefined(name);
    }

    /// <summary>The value of a variable converted to <typeparamref name="T"/>, if it is defined.</summary>
    public bool TryGet<T>(string name, [MaybeNullWhen(false)] out T value)
    {
        using GilScope gil = Gil.Acquire();
        nint found = Lookup(name);
        value = found != 0 ? PyConverters.For<T>().FromPython(found) : default;
        return found != 0;
    }

    /// <summary>Defines or replaces a variable; the value is converted by its run-time type.</summary>
    public void Set(string name, object? value)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject key = PyInternedName.Create(name);
        PyConvert.SetItemStealing(Handle, PyConvert.ToPython(key), PyConvert.ToPython(value));
    }

    /// <summary>Removes a variable; false when it was not defined.</summary>
    public bool Remove(string name)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject key = PyInternedName.Create(name);
        if (PyDict_DelItem(Handle, key.Handle) == 0)
            return true;
        if (PyErr_ExceptionMatches(Interop.Data.PyExc_KeyError) == 0)
            PythonErrors.ThrowCurrent();
        PyErr_Clear();
        return false;
    }

    /// <summary>The names defined in this scope.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            using GilScope gil = Gil.Acquire();
            using var keys = new PyObject(Check(PyDict_Keys(Handle)), PyOwnership.Steal);
            return keys.As<IReadOnlyList<string>>();
        }
    }

    /// <summary>Runs statements in this scope.</summary>
    public void Run(string code) => Python.Run(code, this);

    /// <summary>Evaluates an expression in this scope.</summary>
    public PyObject Eval(string expression) => Python.Eval(expression, this);

    /// <summary>Evaluates an expression in this scope and converts the result.</summary>
    public T Eval<T>(string expression) => Python.Eval<T>(expression, this);

    /// <summary>Releases an isolated scope; <see cref="Python.MainScope"/> stays usable.</summary>
    protected override void Dispose(bool disposing)
    {
        if (!_shared)
            base.Dispose(disposing);
    }

    private nint Lookup(string name)
    {
        using PyObject key = PyInternedName.Create(name);
        nint value = PyDict_GetItemWithError(Handle, key.Handle);
        if (value == 0 && PyErr_Occurred() != 0)
            PythonErrors.ThrowCurrent();
        return value;
    }

    private static KeyNotFoundException NotDefined(string name) => new($"'{name}' is not defined in this Python scope.");
}
