using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyBind.Buffers;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// .NET arrays and spans of numbers as numpy arrays, dtype and shape preserved: <see cref="From{T}(ReadOnlySpan{T})"/>
/// copies once (into a new <c>numpy.ndarray</c>; without numpy, a <c>memoryview</c> of the same format and shape over a
/// <c>bytearray</c>); <see cref="Lend{T}(T[])"/> copies nothing and lets Python use the .NET memory itself.
/// Elements: bool, sbyte, byte, short, ushort, int, uint, long, ulong, nint, nuint, Half, float, double, Complex.
/// </summary>
public static unsafe class PyArray
{
    // numpy.empty, looked up on first use; -1 once numpy turned out not to be importable.
    private static nint s_empty;
    private static readonly PyModuleMember s_asarray = new("numpy", "asarray");
    private static readonly PyInternedName s_cast = new("cast");

    /// <summary>A new 1-dimensional array with a copy of <paramref name="data"/>.</summary>
    public static PyObject From<T>(ReadOnlySpan<T> data) where T : unmanaged => From(data, [data.Length]);

    /// <summary>A new array of <paramref name="shape"/> with a copy of <paramref name="data"/> in row-major order.</summary>
    public static PyObject From<T>(ReadOnlySpan<T> data, ReadOnlySpan<nint> shape) where T : unmanaged
    {
        using GilScope gil = Gil.Acquire();
        return new PyObject(Copy(ref Unsafe.As<T, byte>(ref MemoryMarshal.GetReference(data)), data.Length, PyElementType.Of<T>(), shape), PyOwnership.Steal);
    }

    /// <summary>A new 2-dimensional array with a copy of <paramref name="data"/>.</summary>
    public static PyObject From<T>(T[,] data) where T : unmanaged => FromArray<T>(data);

    /// <summary>A new 3-dimensional array with a copy of <paramref name="data"/>.</summary>
    public static PyObject From<T>(T[,,] data) where T : unmanaged => FromArray<T>(data);

    /// <summary>
    /// Lends <paramref name="array"/> to Python without a copy: a numpy array (a memoryview without numpy) over the
    /// .NET memory, which stays pinned while Python holds a view of it. Writes on either side are seen by the other.
    /// </summary>
    public static PyObject Lend<T>(T[] array) where T : unmanaged => LendArray<T>(array);

    /// <inheritdoc cref="Lend{T}(T[])"/>
    public static PyObject Lend<T>(T[,] array) where T : unmanaged => LendArray<T>(array);

    /// <inheritdoc cref="Lend{T}(T[])"/>
    public static PyObject Lend<T>(T[,,] array) where T : unmanaged => LendArray<T>(array);

    /// <summary>Lends <paramref name="memory"/> to Python without a copy, as an array of <paramref name="shape"/> (by default 1-dimensional).</summary>
    public static PyObject Lend<T>(Memory<T> memory, ReadOnlySpan<nint> shape = default) where T : unmanaged
        => Lend(new LentMemory<T>(memory, ShapeOrLength(shape, memory.Length), readOnly: false));

    /// <summary>Lends <paramref name="memory"/> to Python without a copy, read-only (Python cannot write to it).</summary>
    public static PyObject LendReadOnly<T>(ReadOnlyMemory<T> memory, ReadOnlySpan<nint> shape = default) where T : unmanaged
        => Lend(new LentMemory<T>(MemoryMarshal.AsMemory(memory), ShapeOrLength(shape, memory.Length), readOnly: true));

    /// <summary>A new array copied from a .NET array of any rank whose element type is <paramref name="element"/>; the caller holds the GIL.</summary>
    internal static nint Copy(Array array, PyElementType element)
        => Copy(ref MemoryMarshal.GetArrayDataReference(array), array.Length, element, ShapeOf(array));

    private static PyObject FromArray<T>(Array data) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(data);
        using GilScope gil = Gil.Acquire();
        return new PyObject(Copy(data, PyElementType.Of<T>()), PyOwnership.Steal);
    }

    private static PyObject LendArray<T>(Array array) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(array);
        return Lend(new LentArray(array, PyElementType.Of<T>(), ShapeOf(array), readOnly: false));
    }

    private static PyObject Lend(LentMemory memory)
    {
        using GilScope gil = Gil.Acquire();
        nint exporter = memory.ToPython();
        try
        {
            // numpy.asarray keeps a view (the pin) for the array's life; a memoryview does the same without numpy.
            return new PyObject(NumpyEmpty() != 0 ? Asarray(exporter) : PyObject.Check(PyMemoryView_FromObject(exporter)), PyOwnership.Steal);
        }
        finally
        {
            Py_DecRef(exporter);
        }
    }

    private static nint[] ShapeOrLength(ReadOnlySpan<nint> shape, int length) => shape.IsEmpty ? [length] : shape.ToArray();

    private static nint[] ShapeOf(Array array)
    {
        var shape = new nint[array.Rank];
        for (int i = 0; i < shape.Length; i++)
            shape[i] = array.GetLength(i);
        return shape;
    }

    /// <summary>The one copy: into a new numpy array, or into a bytearray seen through a memoryview of the same format and shape.</summary>
    private static nint Copy(ref byte data, nint count, PyElementType element, ReadOnlySpan<nint> shape)
    {
        nint product = 1;
        foreach (nint length in shape)
            product *= length >= 0 ? length : throw new ArgumentOutOfRangeException(nameof(shape), "A dimension cannot be negative.");
        if (product != count)
            throw new ArgumentException($"The shape ({string.Join(", ", shape.ToArray())}) holds {product} elements, the data {count}.", nameof(shape));
        nint byteLength = count * element.Size;
        nint empty = NumpyEmpty();
        if (empty != 0)
        {
            nint array = NewNumpyArray(empty, element, shape);
            fixed (byte* source = &data)
                Buffer.MemoryCopy(source, (void*)ArrayData(array), byteLength, byteLength);
            return array;
        }
        if (element.Kind == PyElementKind.Complex)
            throw new NotSupportedException("Without numpy, complex numbers have no Python buffer type (memoryview cannot cast to 'Zd').");
        nint bytes;
        fixed (byte* source = &data)
            bytes = PyObject.Check(PyByteArray_FromStringAndSize(source, byteLength));
        using var owner = new PyObject(bytes, PyOwnership.Steal);
        using var view = new PyObject(PyObject.Check(PyMemoryView_FromObject(bytes)), PyOwnership.Steal);
        var args = new PyArgs(stackalloc nint[3]);
        try
        {
            args.Add(PyConvert.ToPython(element.Format));
            args.Add(ShapeTuple(shape));
            return args.CallMethod(view.Handle, s_cast);
        }
        finally
        {
            args.Dispose();
        }
    }

    /// <summary>The data address of a new C-contiguous array (its buffer, released at once: numpy's memory does not move).</summary>
    private static nint ArrayData(nint array)
    {
        using var buffer = new PyBuffer(array, writable: true);
        return buffer.Address;
    }

    private static nint NewNumpyArray(nint empty, PyElementType element, ReadOnlySpan<nint> shape)
    {
        nint* args = stackalloc nint[3];
        args[1] = ShapeTuple(shape);
        args[2] = PyConvert.ToPython(element.Dtype);
        try
        {
            return PyCall.Vectorcall(empty, args + 1, 2, 0);
        }
        finally
        {
            Py_DecRef(args[1]);
            Py_DecRef(args[2]);
        }
    }

    /// <summary>The shape as a new tuple of ints.</summary>
    private static nint ShapeTuple(ReadOnlySpan<nint> shape)
    {
        nint tuple = PyObject.Check(PyTuple_New(shape.Length));
        for (int i = 0; i < shape.Length; i++)
            _ = PyTuple_SetItem(tuple, i, PyConvert.ToPython((long)shape[i]));
        return tuple;
    }

    /// <summary>
    /// A new reference to <c>numpy.asarray(obj)</c>, importing numpy on first use; the caller holds the GIL. The one
    /// lookup of <c>numpy.asarray</c>, kept for the process (<see cref="NumpyScalars"/> makes 0-d arrays through it too).
    /// </summary>
    internal static nint Asarray(nint obj)
    {
        nint* args = stackalloc nint[2];
        args[1] = obj;
        return PyCall.Vectorcall(s_asarray.Handle, args + 1, 1, 0);
    }

    /// <summary><c>numpy.empty</c> (borrowed, kept for the process), or 0 when numpy cannot be imported; the caller holds the GIL.</summary>
    private static nint NumpyEmpty()
    {
        nint empty = s_empty;
        if (empty != 0)
            return empty == -1 ? 0 : empty;
        using PyObject name = PyInternedName.Create("numpy");
        nint numpy = PyImport_Import(name.Handle);
        if (numpy == 0)
        {
            if (PyErr_ExceptionMatches(Interop.Data.PyExc_ImportError) == 0)
                PythonErrors.ThrowCurrent();
            PyErr_Clear();
            s_empty = -1;
            return 0;
        }
        using var module = new PyObject(numpy, PyOwnership.Steal);
        using PyObject function = module.GetAttr("empty");
        // The import can release the GIL, so another thread may have got here first: keep one reference.
        Py_IncRef(function.Handle);
        nint published = System.Threading.Interlocked.CompareExchange(ref s_empty, function.Handle, 0);
        if (published != 0)
            Py_DecRef(function.Handle);
        return published != 0 ? published : function.Handle;
    }
}
