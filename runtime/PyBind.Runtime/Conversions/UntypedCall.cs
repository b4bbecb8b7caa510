using System;
using System.Collections.Generic;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// The calls of hand-written code (<see cref="PyObject.Call(object?[])"/>), whose arguments are .NET values of any type:
/// they convert by run-time type, so they sit with the conversions, above the vectorcall they end in (<see cref="PyCall"/>).
/// </summary>
internal static unsafe class UntypedCall
{
    /// <summary>Calls with .NET values converted by their run-time types.</summary>
    internal static nint Invoke(nint callable, ReadOnlySpan<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        int keywordCount = kwargs?.Count ?? 0;
        int total = args.Length + keywordCount;
        Span<nint> slots = total <= 15 ? stackalloc nint[16] : new nint[total + 1];
        int converted = 0;
        nint keywordNames = 0;
        try
        {
            foreach (object? argument in args)
                slots[1 + converted++] = PyConvert.ToPython(argument);
            if (kwargs is not null && keywordCount > 0)
            {
                keywordNames = PyObject.Check(PyTuple_New(keywordCount));
                int index = 0;
                foreach (KeyValuePair<string, object?> pair in kwargs)
                {
                    // PyTuple_SetItem steals the name, even on failure.
                    _ = PyTuple_SetItem(keywordNames, index++, PyConvert.ToPython(pair.Key));
                    slots[1 + converted++] = PyConvert.ToPython(pair.Value);
                }
            }
            fixed (nint* first = slots)
                return PyCall.Vectorcall(callable, first + 1, args.Length, keywordNames);
        }
        finally
        {
            for (int i = 1; i <= converted; i++)
                Py_DecRef(slots[i]);
            if (keywordNames != 0)
                Py_DecRef(keywordNames);
        }
    }
}
