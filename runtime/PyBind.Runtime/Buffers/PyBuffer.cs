using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using PyBind.Buffers;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// A view of a Python object's memory through the buffer protocol (a numpy array, <c>bytes</c>, <c>bytearray</c>,
/// <c>memoryview</c>, <c>array.array</c>): no copy. Shape and strides are as Python gives them, strides in
/// <b>bytes</b>. The typed views (<see cref="AsSpan{T}"/>, <see cref="AsTensorSpan{T}"/>, <see cref="AsSpan2D{T}"/>)
/// check that the buffer's format is that of their element type and are valid until <see cref="Dispose"/>, which
/// releases the view (the exporter may then resize or free the memory). The buffer holds its own reference to the
/// object, so the <see cref="PyObject"/> it came from may be disposed first.
/// </summary>
public sealed unsafe class PyBuffer : IDisposable
{
    // Everything but the view itself is read from it on demand: taking a view is on the path of every span over an
    // ndarray, and Python's Py_buffer already holds the shape and strides until it is released.
    private Py_buffer* _view;
    private string? _format;
    private nint[]? _contiguousStrides;

    /// <summary>Requests the buffer of <paramref name="exporter"/>; the caller holds the GIL.</summary>
    internal PyBuffer(nint exporter, bool writable)
    {
        var view = (Py_buffer*)NativeMemory.AllocZeroed((nuint)sizeof(Py_buffer));
        if (PyObject_GetBuffer(exporter, view, PyBUF_RECORDS_RO | (writable ? PyBUF_WRITABLE : 0)) < 0)
        {
            NativeMemory.Free(view);
            if (PyErr_ExceptionMatches(Interop.Data.PyExc_TypeError) != 0)
            {
                PyErr_Clear();
                throw PyConvert.Mismatch(exporter, "an object with the buffer protocol (bytes, bytearray, memoryview, numpy.ndarray…)", typeof(PyBuffer));
            }
            PythonErrors.ThrowCurrent();
        }
        _view = view;
        if (view->SubOffsets is not null)
        {
            PyBuffer_ReleaseAndFree(view);
            _view = null;
            throw new NotSupportedException("The buffer uses suboffsets (a PIL-style indirect array); copy it with numpy.ascontiguousarray first.");
        }
    }

    /// <summary>Releases the view if <see cref="Dispose"/> was not called (at the next GIL acquisition).</summary>
    ~PyBuffer()
    {
        if (_view is not null)
            ReleaseQueue.EnqueueBuffer((nint)_view);
        _view = null;
    }

    /// <summary>The element format in <c>struct</c>-module syntax: <c>"d"</c> (float64), <c>"&lt;i"</c>, <c>"B"</c>.</summary>
    public string Format => _format ??= View->Format is null ? "B" : Marshal.PtrToStringUTF8((nint)View->Format)!;

    /// <summary>Bytes per element.</summary>
    public int ItemSize => checked((int)View->ItemSize);

    /// <summary>Number of dimensions (0 for a scalar).</summary>
    public int Rank => View->NDim;

    /// <summary>Elements per dimension (valid until <see cref="Dispose"/>).</summary>
    public ReadOnlySpan<nint> Shape => new(View->Shape, View->NDim);

    /// <summary>
    /// Bytes from one element to the next along each dimension (negative for reversed views, 0 for broadcast ones);
    /// valid until <see cref="Dispose"/>.
    /// </summary>
    public ReadOnlySpan<nint> Strides => View->Strides is not null ? new ReadOnlySpan<nint>(View->Strides, View->NDim) : ContiguousStrides();

    /// <summary>Number of elements (the product of <see cref="Shape"/>).</summary>
    public long Length => ByteLength / Math.Max(1, View->ItemSize);

    /// <summary>Size of the data in bytes (<c>nbytes</c>), as if it were contiguous.</summary>
    public long ByteLength => View->Len;

    /// <summary>Whether Python's object may not be written through this view.</summary>
    public bool IsReadOnly => View->ReadOnly != 0;

    /// <summary>Whether the elements lie in row-major (C) order without gaps.</summary>
    public bool IsCContiguous => IsContiguousIn(rowMajor: true);

    /// <summary>Whether the elements lie in column-major (Fortran) order without gaps.</summary>
    public bool IsFContiguous => IsContiguousIn(rowMajor: false);

    /// <summary>Whether the elements lie without gaps in either order.</summary>
    public bool IsContiguous => IsCContiguous || IsFContiguous;

    /// <summary>The address of element [0, …, 0].</summary>
    public nint Address => (nint)View->Buf;

    private Py_buffer* View => _view is not null ? _view : throw new ObjectDisposedException(nameof(PyBuffer));

    /// <summary>CPython's own test (<c>PyBuffer_IsContiguous</c>): dimensions of one element may have any stride.</summary>
    private bool IsContiguousIn(bool rowMajor)
    {
        if (ByteLength == 0)
            return true;
        ReadOnlySpan<nint> shape = Shape, strides = Strides;
        nint expected = ItemSize;
        for (int step = 0; step < shape.Length; step++)
        {
            int i = rowMajor ? shape.Length - 1 - step : step;
            if (shape[i] > 1 && strides[i] != expected)
                return false;
            expected *= shape[i];
        }
        return true;
    }

    /// <summary>The strides of a C-contiguous buffer whose exporter gave none.</summary>
    private nint[] ContiguousStrides()
    {
        if (_contiguousStrides is null)
        {
            var strides = new nint[Rank];
            nint stride = View->ItemSize;
            for (int i = strides.Length - 1; i >= 0; i--)
            {
                strides[i] = stride;
                stride *= View->Shape[i];
            }
            _contiguousStrides = strides;
        }
        return _contiguousStrides;
    }

    /// <summary>The elements of a row-major (C-contiguous) buffer, writable, in element order.</summary>
    /// <exception cref="PyConversionException">The format is not <typeparamref name="T"/>'s.</exception>
    /// <exception cref="InvalidOperationException">The buffer is read-only, or not row-major (use <see cref="AsTensorSpan{T}"/>).</exception>
    public Span<T> AsSpan<T>() where T : unmanaged
    {
        CheckWritable();
        return new Span<T>(ContiguousStart<T>(), checked((int)Length));
    }

    /// <summary>The elements of a row-major (C-contiguous) buffer, in element order.</summary>
    /// <exception cref="PyConversionException">The format is not <typeparamref name="T"/>'s.</exception>
    /// <exception cref="InvalidOperationException">The buffer is not row-major (use <see cref="AsReadOnlyTensorSpan{T}"/>).</exception>
    public ReadOnlySpan<T> AsReadOnlySpan<T>() where T : unmanaged => new(ContiguousStart<T>(), checked((int)Length));

    /// <summary>A writable n-dimensional view, strided as Python's object is (non-negative strides that are whole elements).</summary>
    [Experimental("SYSLIB5001")]
    public TensorSpan<T> AsTensorSpan<T>() where T : unmanaged
    {
        CheckWritable();
        nint[] strides = ElementStrides<T>(out nint span);
        return new TensorSpan<T>((T*)View->Buf, span, Shape, strides);
    }

    /// <summary>An n-dimensional view, strided as Python's object is (non-negative strides that are whole elements).</summary>
    [Experimental("SYSLIB5001")]
    public ReadOnlyTensorSpan<T> AsReadOnlyTensorSpan<T>() where T : unmanaged
    {
        nint[] strides = ElementStrides<T>(out nint span);
        return new ReadOnlyTensorSpan<T>((T*)View->Buf, span, Shape, strides);
    }

    /// <summary>A writable view of a 2-dimensional buffer, any strides (negative, broadcast, not whole elements).</summary>
    public PySpan2D<T> AsSpan2D<T>() where T : unmanaged
    {
        CheckWritable();
        return Span2D<T>();
    }

    /// <summary>A view of a 2-dimensional buffer, any strides.</summary>
    public ReadOnlyPySpan2D<T> AsReadOnlySpan2D<T>() where T : unmanaged => new(Span2D<T>());

    /// <summary>A copy of the elements in row-major order, whatever the strides.</summary>
    public T[] ToArray<T>() where T : unmanaged
    {
        var copy = new T[Length];
        CopyTo<T>(copy);
        return copy;
    }

    /// <summary>Copies the elements into <paramref name="destination"/> in row-major order, whatever the strides.</summary>
    public void CopyTo<T>(Span<T> destination) where T : unmanaged
    {
        CheckFormat<T>();
        if (destination.Length < Length)
            throw new ArgumentException($"The destination holds {destination.Length} elements; the buffer has {Length}.", nameof(destination));
        fixed (T* target = destination)
        {
            if (IsCContiguous)
                Buffer.MemoryCopy(View->Buf, target, (long)destination.Length * sizeof(T), ByteLength);
            else
                CopyStrided((byte*)View->Buf, 0, (byte*)target, sizeof(T));
        }
    }

    /// <summary>Releases the view. Idempotent.</summary>
    public void Dispose()
    {
        Py_buffer* view = _view;
        _view = null;
        if (view is not null)
        {
            using GilScope gil = Gil.Acquire();
            PyBuffer_ReleaseAndFree(view);
        }
        GC.SuppressFinalize(this);
    }

    private void CheckFormat<T>() where T : unmanaged
    {
        PyElementType element = PyElementType.Of<T>();
        Py_buffer* view = View;
        if (!element.Matches(view->Format, view->ItemSize))
        {
            throw new PyConversionException(
                $"a buffer of format '{Format}' ({PyElementType.Describe(view->Format, view->ItemSize)}) cannot be viewed as {typeof(T).Name} ({element.Describe()})",
                typeof(T).FullName!, $"buffer '{Format}'");
        }
    }

    private void CheckWritable()
    {
        if (IsReadOnly)
            throw new InvalidOperationException("The buffer is read-only: use the read-only view, or copy the object (numpy: a.copy()).");
    }

    /// <summary>
    /// The first element of a row-major buffer. A Fortran-ordered one (a transposed view, <c>loadtxt(unpack=True)</c>)
    /// is contiguous too, but its memory order is not its element order: a flat span of it would read the elements
    /// in the wrong order without any error, so it is refused like a strided one.
    /// </summary>
    private T* ContiguousStart<T>() where T : unmanaged
    {
        CheckFormat<T>();
        if (!IsCContiguous)
        {
            throw new InvalidOperationException(IsFContiguous
                ? "The buffer is in Fortran (column-major) order, a transposed view: a flat span would list its elements out of order. Use AsSpan2D, AsTensorSpan or ToArray, or numpy.ascontiguousarray."
                : "The buffer is not contiguous (a slice or a strided view): use AsTensorSpan, AsSpan2D or ToArray, or numpy.ascontiguousarray.");
        }
        return (T*)View->Buf;
    }

    private nint[] ElementStrides<T>(out nint span) where T : unmanaged
    {
        CheckFormat<T>();
        ReadOnlySpan<nint> byteStrides = Strides, shape = Shape;
        var strides = new nint[Rank];
        span = Length == 0 ? 0 : 1;
        for (int i = 0; i < Rank; i++)
        {
            if (byteStrides[i] < 0 || byteStrides[i] % sizeof(T) != 0)
                throw new InvalidOperationException("A tensor span needs non-negative strides that are whole elements; this buffer has " +
                    $"[{string.Join(", ", byteStrides.ToArray())}] bytes: use AsSpan2D, ToArray or numpy.ascontiguousarray.");
            strides[i] = byteStrides[i] / sizeof(T);
            if (Length != 0)
                span += (shape[i] - 1) * strides[i];
        }
        return strides;
    }

    private PySpan2D<T> Span2D<T>() where T : unmanaged
    {
        CheckFormat<T>();
        if (Rank != 2)
            throw new InvalidOperationException($"The buffer has {Rank} dimensions, not 2.");
        return new PySpan2D<T>((byte*)View->Buf, Shape[0], Shape[1], Strides[0], Strides[1]);
    }

    /// <summary>Copies dimension <paramref name="dimension"/> onwards from <paramref name="source"/> to contiguous <paramref name="target"/>; returns the end of what it wrote.</summary>
    private byte* CopyStrided(byte* source, int dimension, byte* target, int itemSize)
    {
        nint count = Shape[dimension], stride = Strides[dimension];
        if (dimension == Rank - 1)
        {
            for (nint i = 0; i < count; i++, source += stride, target += itemSize)
                Buffer.MemoryCopy(source, target, itemSize, itemSize);
            return target;
        }
        for (nint i = 0; i < count; i++, source += stride)
            target = CopyStrided(source, dimension + 1, target, itemSize);
        return target;
    }
}
