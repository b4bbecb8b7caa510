using System;

namespace PyBind;

public partial class PyObject
{
    /// <summary>
    /// A view of the object's memory through the buffer protocol (no copy): format, shape, strides, and typed spans.
    /// Dispose it when done; the memory stays valid until then.
    /// </summary>
    /// <param name="writable">Ask for a writable view: fails now (<see cref="PyBufferError"/>) rather than at the first write when the object is read-only.</param>
    /// <exception cref="PyConversionException">The object has no buffer protocol.</exception>
    public PyBuffer GetBuffer(bool writable = false)
    {
        using GilScope gil = Gil.Acquire();
        return new PyBuffer(Handle, writable);
    }

    /// <summary>
    /// The object's memory as a writable span (a contiguous numpy array, <c>bytearray</c>, writable <c>memoryview</c>), no
    /// copy. The span is valid while this object is alive and its memory is not reallocated (resizing a <c>bytearray</c>,
    /// <c>ndarray.resize</c>); for a view that pins the memory until it is disposed, use <see cref="GetBuffer"/>.
    /// </summary>
    /// <exception cref="PyConversionException">The format is not <typeparamref name="T"/>'s.</exception>
    /// <exception cref="InvalidOperationException">The object is read-only or not contiguous.</exception>
    public Span<T> AsSpan<T>() where T : unmanaged
    {
        using PyBuffer buffer = GetBuffer();
        return buffer.AsSpan<T>();
    }

    /// <summary>The object's memory as a read-only span, no copy; valid as for <see cref="AsSpan{T}"/>.</summary>
    /// <exception cref="PyConversionException">The format is not <typeparamref name="T"/>'s.</exception>
    /// <exception cref="InvalidOperationException">The object is not contiguous.</exception>
    public ReadOnlySpan<T> AsReadOnlySpan<T>() where T : unmanaged
    {
        using PyBuffer buffer = GetBuffer();
        return buffer.AsReadOnlySpan<T>();
    }
}
