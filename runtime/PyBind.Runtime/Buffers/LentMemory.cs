using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Buffers;

/// <summary>
/// .NET memory lent to Python (<see cref="PyArray.Lend{T}(T[])"/>): an instance of the Python type
/// <c>pybind.DotNetBuffer</c> whose buffer protocol hands out the memory itself. The memory is pinned while at least
/// one buffer view is open (a memoryview, a numpy array made from it) and unpinned when the last one is released, so
/// the GC may move it again; the .NET object lives as long as Python holds the exporter.
/// </summary>
internal abstract unsafe class LentMemory : IDisposable
{
    private static nint s_type;

    private readonly PyElementType _element;
    private readonly bool _readOnly;
    private readonly nint _byteLength;
    private nint* _shape;
    private int _rank;
    private int _exports;
    private void* _pinned;

    protected LentMemory(PyElementType element, ReadOnlySpan<nint> shape, bool readOnly)
    {
        _element = element;
        _readOnly = readOnly;
        _rank = shape.Length;
        // Shape, then C-order strides, in native memory: the views Python makes point at them.
        _shape = (nint*)NativeMemory.Alloc((nuint)(2 * Math.Max(1, shape.Length) * sizeof(nint)));
        nint stride = element.Size;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            _shape[i] = shape[i];
            _shape[shape.Length + i] = stride;
            stride *= shape[i];
        }
        _byteLength = stride;
    }

    /// <summary>A new reference to an exporter lending this memory; the caller holds the GIL.</summary>
    internal nint ToPython()
    {
        if (s_type == 0)
        {
            s_type = NativeTypes.Create("pybind.DotNetBuffer", "Memory of a .NET array, lent to Python through the buffer protocol (pinned while views are open).",
            [
                new PyType_Slot { Slot = Py_bf_getbuffer, Pfunc = (delegate* unmanaged<nint, Py_buffer*, int, int>)&GetBuffer },
                new PyType_Slot { Slot = Py_bf_releasebuffer, Pfunc = (delegate* unmanaged<nint, Py_buffer*, void>)&ReleaseBuffer },
            ]);
        }
        return NativeTypes.New(s_type, this);
    }

    /// <summary>Pins the memory and returns its address.</summary>
    protected abstract void* Pin();

    protected abstract void Unpin();

    /// <summary>Frees the shape when Python frees the exporter (every view holds the exporter, so none is open).</summary>
    public void Dispose()
    {
        if (_exports > 0)
            Unpin();
        NativeMemory.Free(_shape);
        _shape = null;
        _rank = 0;
    }

    [UnmanagedCallersOnly]
    private static int GetBuffer(nint exporter, Py_buffer* view, int flags)
    {
        try
        {
            if (NativeTypes.TargetOf(exporter) is not LentMemory memory || memory._shape is null)
            {
                view->Obj = 0;
                PythonErrors.Raise(Interop.Data.PyExc_BufferError, "this DotNetBuffer lends no memory");
                return -1;
            }
            return memory.Export(exporter, view, flags);
        }
#pragma warning disable CA1031 // no exception may unwind through Python's frames
        catch (Exception e)
#pragma warning restore CA1031
        {
            view->Obj = 0;
            PythonErrors.Raise(e);
            return -1;
        }
    }

    private int Export(nint exporter, Py_buffer* view, int flags)
    {
        if ((flags & PyBUF_WRITABLE) != 0 && _readOnly)
        {
            view->Obj = 0;
            PythonErrors.Raise(Interop.Data.PyExc_BufferError, "the .NET memory was lent read-only");
            return -1;
        }
        if (_exports++ == 0)
            _pinned = Pin();
        view->Buf = _pinned;
        Py_IncRef(exporter);
        view->Obj = exporter;
        view->Len = _byteLength;
        view->ItemSize = _element.Size;
        view->ReadOnly = _readOnly ? 1 : 0;
        view->NDim = _rank;
        view->Format = (flags & PyBUF_FORMAT) != 0 ? _element.FormatUtf8 : null;
        view->Shape = (flags & PyBUF_ND) == PyBUF_ND ? _shape : null;
        view->Strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? _shape + _rank : null;
        view->SubOffsets = null;
        view->Internal = null;
        return 0;
    }

    [UnmanagedCallersOnly]
    private static void ReleaseBuffer(nint exporter, Py_buffer* view)
    {
        if (NativeTypes.TargetOf(exporter) is LentMemory memory && --memory._exports == 0)
        {
            memory.Unpin();
            memory._pinned = null;
        }
    }
}

/// <summary>An array of any rank, pinned by a GC handle.</summary>
internal sealed unsafe class LentArray(Array array, PyElementType element, ReadOnlySpan<nint> shape, bool readOnly)
    : LentMemory(element, shape, readOnly)
{
    private GCHandle _pin;

    protected override void* Pin()
    {
        _pin = GCHandle.Alloc(array, GCHandleType.Pinned);
        return Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
    }

    protected override void Unpin() => _pin.Free();
}

/// <summary>A <see cref="Memory{T}"/>, pinned by its own <see cref="MemoryHandle"/>.</summary>
internal sealed unsafe class LentMemory<T>(Memory<T> memory, ReadOnlySpan<nint> shape, bool readOnly)
    : LentMemory(PyElementType.Of<T>(), shape, readOnly) where T : unmanaged
{
    private MemoryHandle _pin;

    protected override void* Pin()
    {
        _pin = memory.Pin();
        return _pin.Pointer;
    }

    protected override void Unpin() => _pin.Dispose();
}
