using System;
using System.Runtime.InteropServices;
using PyBind.Buffers;

namespace PyBind;

public static partial class PyConverters
{
    /// <summary><c>T[]</c> as a numpy array (one copy; a memoryview without numpy), and any 1-dimensional buffer back as a copy.</summary>
    public static PyConverter<T[]> NdArray<T>() where T : unmanaged => new NdArrayConverter<T[], T>(1);

    /// <summary><c>T[,]</c> as a 2-dimensional numpy array (one copy), and any 2-dimensional buffer back as a copy, whatever its strides.</summary>
    public static PyConverter<T[,]> NdArray2D<T>() where T : unmanaged => new NdArrayConverter<T[,], T>(2);

    /// <summary><c>T[,,]</c> as a 3-dimensional numpy array (one copy), and any 3-dimensional buffer back as a copy.</summary>
    public static PyConverter<T[,,]> NdArray3D<T>() where T : unmanaged => new NdArrayConverter<T[,,], T>(3);
}

/// <summary>A .NET array of numbers ↔ a buffer of the same element type and rank (numpy arrays in practice).</summary>
internal sealed class NdArrayConverter<TArray, T> : PyConverter<TArray>
    where TArray : class
    where T : unmanaged
{
    private readonly int _rank;

    public NdArrayConverter(int rank) => _rank = rank;

    public override nint ToPython(TArray value)
        => value is null ? PyConvert.None() : PyArray.Copy((Array)(object)value, PyElementType.Of<T>());

    public override TArray FromPython(nint obj)
    {
        using var buffer = new PyBuffer(obj, writable: false);
        if (buffer.Rank != _rank)
            throw PyConvert.Mismatch(obj, $"a {_rank}-dimensional buffer", typeof(TArray));
        var lengths = new int[_rank];
        for (int i = 0; i < _rank; i++)
            lengths[i] = checked((int)buffer.Shape[i]);
        Array array = _rank switch
        {
            1 => new T[lengths[0]],
            2 => new T[lengths[0], lengths[1]],
            _ => new T[lengths[0], lengths[1], lengths[2]],
        };
        buffer.CopyTo(MemoryMarshal.CreateSpan(ref System.Runtime.CompilerServices.Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(array)), array.Length));
        return (TArray)(object)array;
    }
}
