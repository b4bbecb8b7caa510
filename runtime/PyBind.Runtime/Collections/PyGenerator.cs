using System;
using System.Diagnostics.CodeAnalysis;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// A Python generator (<c>Generator[TYield, TSend, TReturn]</c>), driven from .NET: <see cref="TrySend"/>,
/// <see cref="TryThrow"/> and <see cref="Close"/> are Python's <c>send</c>, <c>throw</c> and <c>close</c>, and the value
/// of the <c>return</c> statement (<c>StopIteration.value</c>) is <see cref="ReturnValue"/>. As a <see cref="PyIterator{T}"/>,
/// it is the Python object (dispose it to release it) and an <see cref="System.Collections.Generic.IEnumerable{T}"/> of the
/// items still to come (generators cannot restart). Safe at the end: further steps return false.
/// </summary>
public sealed class PyGenerator<TYield, TSend, TReturn> : PyIterator<TYield>
{
    private static readonly PyInternedName s_send = new("send");
    private static readonly PyInternedName s_throw = new("throw");
    private static readonly PyInternedName s_close = new("close");
    private static readonly PyInternedName s_value = new("value");

    private readonly PyConverter<TSend> _sends;
    private readonly PyConverter<TReturn> _returns;
    private TReturn _returnValue = default!;
    private bool _returned;

    /// <summary>Wraps a Python generator; the caller holds the GIL.</summary>
    internal PyGenerator(nint generator, PyOwnership ownership, PyConverter<TYield> yields, PyConverter<TSend> sends, PyConverter<TReturn> returns)
        : base(generator, ownership, yields)
    {
        _sends = sends;
        _returns = returns;
    }

    /// <summary>What the generator returned (<c>StopIteration.value</c>).</summary>
    /// <exception cref="InvalidOperationException">The generator has not returned (yet, or it raised or was closed).</exception>
    public TReturn ReturnValue => _returned ? _returnValue : throw new InvalidOperationException("The generator has not returned a value: it is still running, raised, or was closed.");

    /// <summary>
    /// <c>generator.send(value)</c>: resumes the generator with <paramref name="value"/> as the result of its
    /// <c>yield</c>; false when it returned instead of yielding. A generator that has not started takes only <c>None</c>
    /// (start it with <see cref="PyIterator{T}.TryNext"/>).
    /// </summary>
    public bool TrySend(TSend value, [MaybeNullWhen(false)] out TYield yielded)
    {
        yielded = default;
        if (IsFinished)
            return false;
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
        yielded = default;
        if (IsFinished)
            return false;
        using GilScope gil = Gil.Acquire();
        return StepWithOwned(s_throw, PythonErrors.ToPythonException(exception), out yielded);
    }

    /// <summary><c>generator.close()</c>: runs its <c>finally</c> blocks; idempotent. The object stays alive until disposed.</summary>
    public unsafe void Close()
    {
        if (IsFinished)
            return;
        using GilScope gil = Gil.Acquire();
        IsFinished = true;
        nint* args = stackalloc nint[1];
        args[0] = Handle;
        Py_DecRef(Check(PyObject_VectorcallMethod(s_close.Handle, args, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, 0)));
        GC.KeepAlive(this);
    }

    /// <summary><c>next()</c> as <c>send(None)</c>, which keeps the return value that <c>PyIter_Next</c> would drop.</summary>
    private protected override bool Step([MaybeNullWhen(false)] out TYield item) => Step(s_send, 0, out item);

    /// <summary><see cref="Step(PyInternedName, nint, out TYield)"/> with an argument it releases afterwards; the caller holds the GIL.</summary>
    private bool StepWithOwned(PyInternedName method, nint argument, [MaybeNullWhen(false)] out TYield yielded)
    {
        try
        {
            return Step(method, argument, out yielded);
        }
        finally
        {
            Py_DecRef(argument);
            GC.KeepAlive(this);
        }
    }

    /// <summary>Calls <c>send</c>/<c>throw</c> with <paramref name="argument"/> (borrowed; 0 for <c>None</c>); the caller holds the GIL.</summary>
    private unsafe bool Step(PyInternedName method, nint argument, [MaybeNullWhen(false)] out TYield yielded)
    {
        yielded = default;
        nint* args = stackalloc nint[2];
        args[0] = Handle;
        args[1] = argument != 0 ? argument : Interop.Data.Py_None;
        nint result = PyObject_VectorcallMethod(method.Handle, args, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, 0);
        if (result != 0)
        {
            try
            {
                yielded = Items.FromPython(result);
                return true;
            }
            finally
            {
                Py_DecRef(result);
            }
        }
        IsFinished = true;
        if (PyErr_ExceptionMatches(Interop.Data.PyExc_StopIteration) == 0)
            PythonErrors.ThrowCurrent();
        nint value = TakeStopIterationValue();
        try
        {
            _returnValue = _returns.FromPython(value);
            _returned = true;
        }
        catch (PyConversionException) when (value == Interop.Data.Py_None)
        {
            // A generator finished elsewhere (iterated by Python code it was passed to) stops without a value: the return
            // value went to whoever finished it.
        }
        finally
        {
            Py_DecRef(value);
        }
        return false;
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
