using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// A Python generator (<c>Generator[TYield, TSend, TReturn]</c>), driven from .NET: <see cref="TrySend"/>,
/// <see cref="TryThrow"/> and <see cref="Close"/> are Python's <c>send</c>, <c>throw</c> and <c>close</c>, and the value
/// of the <c>return</c> statement (<c>StopIteration.value</c>) is <see cref="ReturnValue"/>. Enumerating it is
/// <c>for x in generator</c>, once (generators cannot restart). Safe at the end: further steps return false.
/// </summary>
public sealed class PyGenerator<TYield, TSend, TReturn> : IEnumerable<TYield>, IDisposable
{
    private static readonly PyInternedName s_send = new("send");
    private static readonly PyInternedName s_throw = new("throw");
    private static readonly PyInternedName s_close = new("close");
    private static readonly PyInternedName s_value = new("value");

    private readonly PyConverter<TYield> _yields;
    private readonly PyConverter<TSend> _sends;
    private readonly PyConverter<TReturn> _returns;
    private PyObject? _generator;
    private TReturn _returnValue = default!;
    private bool _returned;

    internal PyGenerator(PyObject generator, PyConverter<TYield> yields, PyConverter<TSend> sends, PyConverter<TReturn> returns)
    {
        _generator = generator;
        _yields = yields;
        _sends = sends;
        _returns = returns;
    }

    /// <summary>Whether the generator has finished (returned, raised, or was closed).</summary>
    public bool IsFinished => _generator is null;

    /// <summary>What the generator returned (<c>StopIteration.value</c>).</summary>
    /// <exception cref="InvalidOperationException">The generator has not returned (yet, or it raised or was closed).</exception>
    public TReturn ReturnValue => _returned ? _returnValue : throw new InvalidOperationException("The generator has not returned a value: it is still running, raised, or was closed.");

    /// <summary>The Python generator object (a new reference), or null once finished.</summary>
    public PyObject? GetPythonObject() => _generator?.NewReference();

    /// <summary><c>next(generator)</c>: false when the generator returned (see <see cref="ReturnValue"/>).</summary>
    public bool TryNext([MaybeNullWhen(false)] out TYield yielded) => Step(s_send, 0, out yielded);

    /// <summary>
    /// <c>generator.send(value)</c>: resumes the generator with <paramref name="value"/> as the result of its
    /// <c>yield</c>; false when it returned instead of yielding. A generator that has not started takes only <c>None</c>
    /// (start it with <see cref="TryNext"/>).
    /// </summary>
    public bool TrySend(TSend value, [MaybeNullWhen(false)] out TYield yielded)
    {
        using GilScope gil = Gil.Acquire();
        return StepWithOwned(s_send, _sends.ToPython(value), out yielded);
    }

    /// <summary>
    /// <c>generator.throw(exception)</c>: raises <paramref name="exception"/> at the generator's <c>yield</c> (a .NET
    /// exception as the Python class of the same meaning, see <see cref="Python.Function(PyVariadicFunction, string?)"/>);
    /// if the generator does not handle it, the same exception object is thrown back here.
    /// </summary>
    public bool TryThrow(Exception exception, [MaybeNullWhen(false)] out TYield yielded)
    {
        ArgumentNullException.ThrowIfNull(exception);
        using GilScope gil = Gil.Acquire();
        return StepWithOwned(s_throw, PythonErrors.ToPythonException(exception), out yielded);
    }

    /// <summary><c>generator.close()</c>: runs its <c>finally</c> blocks; idempotent.</summary>
    public unsafe void Close()
    {
        if (_generator is not { } generator)
            return;
        using GilScope gil = Gil.Acquire();
        _generator = null;
        using (generator)
        {
            nint* args = stackalloc nint[1];
            args[0] = generator.Handle;
            Py_DecRef(PyObject.Check(PyObject_VectorcallMethod(s_close.Handle, args, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, 0)));
        }
    }

    /// <summary>Iterates the remaining items (<c>for x in generator</c>); afterwards <see cref="ReturnValue"/> holds the return value.</summary>
    public IEnumerator<TYield> GetEnumerator()
    {
        while (TryNext(out TYield? item))
            yield return item;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Releases the generator without closing it (Python closes a generator it frees).</summary>
    public void Dispose()
    {
        _generator?.Dispose();
        _generator = null;
    }

    /// <summary><see cref="Step"/> with an argument it releases afterwards; the caller holds the GIL.</summary>
    private bool StepWithOwned(PyInternedName method, nint argument, [MaybeNullWhen(false)] out TYield yielded)
    {
        try
        {
            return Step(method, argument, out yielded);
        }
        finally
        {
            Py_DecRef(argument);
        }
    }

    /// <summary>Calls <c>send</c>/<c>throw</c> with <paramref name="argument"/> (borrowed; 0 for <c>None</c>).</summary>
    private unsafe bool Step(PyInternedName method, nint argument, [MaybeNullWhen(false)] out TYield yielded)
    {
        yielded = default;
        if (_generator is not { } generator)
            return false;
        using GilScope gil = Gil.Acquire();
        nint* args = stackalloc nint[2];
        args[0] = generator.Handle;
        args[1] = argument != 0 ? argument : Interop.Data.Py_None;
        nint result = PyObject_VectorcallMethod(method.Handle, args, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, 0);
        if (result != 0)
        {
            try
            {
                yielded = _yields.FromPython(result);
                return true;
            }
            finally
            {
                Py_DecRef(result);
            }
        }
        _generator = null;
        using (generator)
        {
            if (PyErr_ExceptionMatches(Interop.Data.PyExc_StopIteration) == 0)
                PythonErrors.ThrowCurrent();
            nint value = TakeStopIterationValue();
            try
            {
                _returnValue = _returns.FromPython(value);
            }
            finally
            {
                Py_DecRef(value);
            }
            _returned = true;
            return false;
        }
    }

    /// <summary>Clears the pending StopIteration and returns its <c>value</c> (a new reference; None without one).</summary>
    private static unsafe nint TakeStopIterationValue()
    {
        nint type, value, traceback;
        PyErr_Fetch(&type, &value, &traceback);
        PyErr_NormalizeException(&type, &value, &traceback);
        nint result = value != 0 ? PyObject_GetAttr(value, s_value.Handle) : 0;
        Py_DecRef(type);
        if (value != 0)
            Py_DecRef(value);
        if (traceback != 0)
            Py_DecRef(traceback);
        if (result == 0)
        {
            PyErr_Clear();
            return PyConvert.None();
        }
        return result;
    }
}

/// <summary>Converts a Python generator into a <see cref="PyGenerator{TYield, TSend, TReturn}"/>.</summary>
internal sealed class GeneratorConverter<TYield, TSend, TReturn>(PyConverter<TYield> yields, PyConverter<TSend> sends, PyConverter<TReturn> returns)
    : PyConverter<PyGenerator<TYield, TSend, TReturn>>
{
    public GeneratorConverter() : this(PyConverters.For<TYield>(), PyConverters.For<TSend>(), PyConverters.For<TReturn>()) { }

    public override nint ToPython(PyGenerator<TYield, TSend, TReturn> value)
    {
        using PyObject? generator = value?.GetPythonObject();
        return PyConvert.ToPython(generator);
    }

    public override PyGenerator<TYield, TSend, TReturn> FromPython(nint obj)
    {
        var generator = new PyObject(obj, PyOwnership.Borrow);
        if (PyIter_Check(obj) == 0 || !generator.HasAttr("send"))
        {
            generator.Dispose();
            throw PyConvert.Mismatch(obj, "a generator (an iterator with send, throw and close)", typeof(PyGenerator<TYield, TSend, TReturn>));
        }
        return new PyGenerator<TYield, TSend, TReturn>(generator, yields, sends, returns);
    }
}
