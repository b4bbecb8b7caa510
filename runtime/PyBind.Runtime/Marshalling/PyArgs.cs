using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>
/// The arguments of one call made by generated code, in caller-provided (stack) memory: it owns each converted
/// argument until <see cref="Dispose"/>, whatever happens in between, and passes them by vectorcall.
/// Use: <c>var args = new PyArgs(stackalloc nint[1 + n]); try { args.Add(...); return args.Call(...); } finally { args.Dispose(); }</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe ref struct PyArgs
{
    private readonly Span<nint> _slots;
    private int _count;
    private int _positional;
    private ulong _keywordMask;

    /// <summary>Uses <paramref name="slots"/>: one more than the most arguments the call can have (vectorcall's scratch slot).</summary>
    public PyArgs(Span<nint> slots)
    {
        _slots = slots;
        _count = 0;
        _positional = 0;
        _keywordMask = 0;
    }

    /// <summary>Appends a positional argument, taking over the reference (0 is not allowed: converters throw instead).</summary>
    public void Add(nint ownedArgument)
    {
        Debug.Assert(_positional == _count, "positional arguments come before keyword arguments");
        _slots[1 + _count++] = ownedArgument;
        _positional++;
    }

    /// <summary>
    /// Appends the argument of keyword <paramref name="keywordIndex"/> (its place in the function's
    /// <see cref="PyKeywordNames"/>); keywords are added in increasing index order.
    /// </summary>
    public void AddKeyword(int keywordIndex, nint ownedArgument)
    {
        Debug.Assert(keywordIndex is >= 0 and < PyKeywordNames.MaxNames, "keyword index out of range");
        Debug.Assert(_keywordMask >> keywordIndex == 0, "keywords are added in increasing index order");
        _slots[1 + _count++] = ownedArgument;
        _keywordMask |= 1UL << keywordIndex;
    }

    /// <summary>Calls <paramref name="callable"/> (borrowed) and returns a new reference; throws the Python error.</summary>
    public readonly nint Call(nint callable, PyKeywordNames? keywordNames = null)
    {
        nint names = _keywordMask == 0 ? 0 : keywordNames!.Get(_keywordMask);
        fixed (nint* slots = _slots)
            return PyCall.Vectorcall(callable, slots + 1, _positional, names);
    }

    /// <summary>Calls the method <paramref name="name"/> of <paramref name="self"/> (borrowed) without creating a bound method.</summary>
    public readonly nint CallMethod(nint self, PyInternedName name, PyKeywordNames? keywordNames = null)
    {
        nint names = _keywordMask == 0 ? 0 : keywordNames!.Get(_keywordMask);
        fixed (nint* slots = _slots)
        {
            slots[0] = self;
            nint result = PyObject_VectorcallMethod(name.Handle, slots, (nuint)(_positional + 1) | PY_VECTORCALL_ARGUMENTS_OFFSET, names);
            slots[0] = 0;
            if (result == 0)
                PythonErrors.ThrowFromMethodCall(self, name.Handle);
            return result;
        }
    }

    /// <summary>Releases every argument added.</summary>
    public void Dispose()
    {
        for (int i = 1; i <= _count; i++)
            Py_DecRef(_slots[i]);
        _count = 0;
        _positional = 0;
        _keywordMask = 0;
    }
}

/// <summary>
/// The keyword names of one function, and for each combination of them that a call passes, the tuple vectorcall
/// wants, built once and kept. A generated function passes the keywords its caller gave, so the combination varies.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PyKeywordNames
{
    /// <summary>The most keyword parameters one function can pass this way (bits of the mask).</summary>
    public const int MaxNames = 64;

    private readonly string[] _names;
    private readonly Dictionary<ulong, nint> _tuples = new();

    /// <summary>The function's keyword-passable parameter names, in the order generated code adds them.</summary>
    public PyKeywordNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Length > MaxNames)
            throw new ArgumentException($"At most {MaxNames} keyword names are supported.", nameof(names));
        _names = names;
    }

    /// <summary>The tuple of the names whose bits are set, in index order (borrowed, kept for the process); the caller holds the GIL.</summary>
    public nint Get(ulong mask)
    {
        // The GIL serializes callers, and building the tuple runs no Python code that could release it.
        if (_tuples.TryGetValue(mask, out nint tuple))
            return tuple;
        tuple = Build(mask);
        _tuples.Add(mask, tuple);
        return tuple;
    }

    private nint Build(ulong mask)
    {
        int count = System.Numerics.BitOperations.PopCount(mask);
        nint tuple = PyObject.Check(PyTuple_New(count));
        int position = 0;
        for (int index = 0; index < _names.Length; index++)
        {
            if ((mask & (1UL << index)) == 0)
                continue;
            using PyObject name = PyInternedName.Create(_names[index]);
            Py_IncRef(name.Handle);
            _ = PyTuple_SetItem(tuple, position++, name.Handle);
        }
        return tuple;
    }
}
