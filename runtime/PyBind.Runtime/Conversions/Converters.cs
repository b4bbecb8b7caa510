using System;
using System.Runtime.CompilerServices;
using PyBind.Marshalling;

namespace PyBind;

/// <summary>A converter made of two static functions (the scalar conversions of <see cref="PyConvert"/>).</summary>
internal sealed unsafe class FunctionConverter<T> : PyConverter<T>
{
    private readonly delegate*<T, nint> _toPython;
    private readonly delegate*<nint, T> _fromPython;

    internal FunctionConverter(delegate*<T, nint> toPython, delegate*<nint, T> fromPython)
    {
        _toPython = toPython;
        _fromPython = fromPython;
    }

    public override nint ToPython(T value) => _toPython(value);

    public override T FromPython(nint obj) => _fromPython(obj);
}

/// <summary><see cref="PyObject"/> itself, or a generated wrapper of one: identity both ways.</summary>
internal sealed class WrapperConverter<T> : PyConverter<T> where T : PyObject
{
    private readonly Func<nint, T> _wrapBorrowed;
    private readonly PyModuleMember? _pythonType;

    internal WrapperConverter(Func<nint, T> wrapBorrowed, PyModuleMember? pythonType)
    {
        _wrapBorrowed = wrapBorrowed;
        _pythonType = pythonType;
    }

    public override nint ToPython(T value) => PyConvert.ToPython(value);

    public override T FromPython(nint obj)
    {
        if (_pythonType is not null && Interop.Python.PyObject_IsInstance(obj, _pythonType.Handle) != 1)
        {
            if (Interop.Python.PyErr_Occurred() != 0)
                PythonErrors.ThrowCurrent();
            nint array = NumpyScalars.AsZeroDimensionalArray(obj, _pythonType);
            if (array == 0)
                throw PyConvert.Mismatch(obj, _pythonType.QualifiedName, typeof(T));
            try
            {
                return _wrapBorrowed(array);
            }
            finally
            {
                Interop.Python.Py_DecRef(array);
            }
        }
        return _wrapBorrowed(obj);
    }
}

/// <summary><see cref="object"/>: by run-time type to Python, by Python type back (<see cref="PyConvert.ToObject"/>).</summary>
internal sealed class ObjectConverter : PyConverter<object?>
{
    internal static readonly ObjectConverter Instance = new();

    public override nint ToPython(object? value) => PyConvert.ToPython(value);

    public override object? FromPython(nint obj) => PyConvert.ToObject(obj);
}

/// <summary>
/// Any other .NET type: to Python by the value's run-time type (a custom collection is still a sequence); back from
/// Python only when the natural .NET value of the object is a <typeparamref name="T"/>.
/// </summary>
internal sealed class RuntimeTypeConverter<T> : PyConverter<T>
{
    internal static readonly RuntimeTypeConverter<T> Instance = new();

    public override nint ToPython(T value) => PyConvert.ToPython(value);

    public override T FromPython(nint obj)
        => PyConvert.ToObject(obj) is T value ? value : throw PyConvert.Mismatch(obj, $"a value that converts to {typeof(T).Name}", typeof(T));
}

/// <summary>A value of a derived type through the converter of its base (see <see cref="PyConverters.Through{T, TBase}"/>).</summary>
internal sealed class ThroughConverter<T, TBase>(PyConverter<TBase> converter) : PyConverter<T> where T : TBase
{
    public override nint ToPython(T value) => converter.ToPython(value);

    public override T FromPython(nint obj)
        => converter.FromPython(obj) is T value ? value : throw PyConvert.Mismatch(obj, $"a value that converts to {typeof(T).Name}", typeof(T));
}

/// <summary>A value type or <c>None</c>.</summary>
internal sealed class NullableConverter<T> : PyConverter<T?> where T : struct
{
    private readonly PyConverter<T> _value;

    public NullableConverter() : this(PyConverters.For<T>()) { }

    internal NullableConverter(PyConverter<T> value) => _value = value;

    public override nint ToPython(T? value) => value is { } present ? _value.ToPython(present) : PyConvert.None();

    public override T? FromPython(nint obj) => obj == Interop.Data.Py_None ? null : _value.FromPython(obj);
}

/// <summary>A reference type or <c>None</c> (<c>str | None</c>).</summary>
internal sealed class OrNoneConverter<T> : PyConverter<T?> where T : class
{
    private readonly PyConverter<T> _value;

    internal OrNoneConverter(PyConverter<T> value) => _value = value;

    public override nint ToPython(T? value) => value is null ? PyConvert.None() : _value.ToPython(value);

    public override T? FromPython(nint obj) => obj == Interop.Data.Py_None ? null : _value.FromPython(obj);
}

/// <summary>A generated C# enum for a Python enum class: the Python member from its value (<c>Class(value)</c>), and back.</summary>
internal sealed class EnumConverter<TEnum>(PyModuleMember pythonType) : PyConverter<TEnum> where TEnum : struct, Enum
{
    private static readonly PyInternedName s_value = new("value");

    public override unsafe nint ToPython(TEnum value)
    {
        nint* args = stackalloc nint[2];
        args[1] = PyConvert.ToPython(ToInt64(value));
        try
        {
            return PyCall.Vectorcall(pythonType.Handle, args + 1, 1, 0);
        }
        finally
        {
            Interop.Python.Py_DecRef(args[1]);
        }
    }

    public override TEnum FromPython(nint obj)
    {
        // An IntEnum or IntFlag member is an int itself; another enum's member holds its value in .value.
        long number;
        if (PyTypes.IsSubtype(Interop.Python.Py_TYPE(obj), Interop.Python.Py_TPFLAGS_LONG_SUBCLASS))
        {
            number = PyConvert.ToInt64(obj);
        }
        else
        {
            nint inner = PyMarshal.GetAttr(obj, s_value);
            try
            {
                number = PyConvert.ToInt64(inner);
            }
            finally
            {
                PyMarshal.Release(inner);
            }
        }
        return FromInt64(number);
    }

    // By the enum's size, without boxing (generated enums are long).
    private static long ToInt64(TEnum value) => Unsafe.SizeOf<TEnum>() switch
    {
        8 => Unsafe.As<TEnum, long>(ref value),
        4 => Unsafe.As<TEnum, int>(ref value),
        2 => Unsafe.As<TEnum, short>(ref value),
        _ => Unsafe.As<TEnum, sbyte>(ref value),
    };

    private static TEnum FromInt64(long number)
    {
        switch (Unsafe.SizeOf<TEnum>())
        {
            case 8:
                return Unsafe.As<long, TEnum>(ref number);
            case 4:
                int int32 = checked((int)number);
                return Unsafe.As<int, TEnum>(ref int32);
            case 2:
                short int16 = checked((short)number);
                return Unsafe.As<short, TEnum>(ref int16);
            default:
                sbyte int8 = checked((sbyte)number);
                return Unsafe.As<sbyte, TEnum>(ref int8);
        }
    }
}
