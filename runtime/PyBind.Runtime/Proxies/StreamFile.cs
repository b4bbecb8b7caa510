using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>
/// A .NET <see cref="Stream"/> as a Python binary file: <c>read</c>, <c>read1</c>, <c>readall</c>, <c>readinto</c>,
/// <c>readline</c>, <c>readlines</c>, iteration by line, <c>write</c>, <c>writelines</c>, <c>seek</c>, <c>tell</c>,
/// <c>truncate</c>, <c>flush</c>, <c>close</c>, <c>closed</c>, <c>readable</c>/<c>writable</c>/<c>seekable</c>, and
/// <c>with</c>. Its type is registered as an <c>io.RawIOBase</c>, so <c>json.load</c>, <c>io.TextIOWrapper</c> (and
/// through it <c>csv</c>) and <c>pandas.read_csv</c> take it as they take a file opened in binary mode. Python closing it
/// disposes the stream; Python merely dropping it does not (the stream belongs to .NET). Reads and writes give the
/// GIL up while .NET does the I/O, as Python's own files do.
/// </summary>
internal static unsafe class StreamFile
{
    private const int ChunkSize = 8192;

    internal static IReadOnlyDictionary<string, ProxyMember> Members { get; } = new Dictionary<string, ProxyMember>(StringComparer.Ordinal)
    {
        ["read"] = Method("read", (stream, args) => Bytes(Read(stream, Size(args)))),
        ["read1"] = Method("read1", (stream, args) => Bytes(Read(stream, Size(args)))),
        ["readall"] = Method("readall", (stream, _) => Bytes(Read(stream, -1))),
        ["readinto"] = Method("readinto", ReadInto),
        ["readline"] = Method("readline", (stream, args) => Bytes(ReadLine(stream, Size(args)))),
        ["readlines"] = Method("readlines", ReadLines),
        ["write"] = Method("write", Write),
        ["writelines"] = Method("writelines", WriteLines),
        ["seek"] = Method("seek", (stream, args) => PyConvert.ToPython(stream.Seek(args.Get<long>(0), (SeekOrigin)args.Get(1, 0L)))),
        ["tell"] = Method("tell", (stream, _) => PyConvert.ToPython(stream.Position)),
        ["truncate"] = Method("truncate", Truncate),
        ["flush"] = Method("flush", (stream, _) => None(stream.Flush)),
        ["close"] = new BuiltinMember("close", (target, _) => None(((Stream)target).Dispose)),
        ["readable"] = new BuiltinMember("readable", (target, _) => PyConvert.ToPython(((Stream)target).CanRead)),
        ["writable"] = new BuiltinMember("writable", (target, _) => PyConvert.ToPython(((Stream)target).CanWrite)),
        ["seekable"] = new BuiltinMember("seekable", (target, _) => PyConvert.ToPython(((Stream)target).CanSeek)),
        ["isatty"] = new BuiltinMember("isatty", (_, _) => PyConvert.ToPython(false)),
        ["closed"] = new ComputedMember(target => PyConvert.ToPython(IsClosed((Stream)target))),
        ["mode"] = new ComputedMember(target => PyConvert.ToPython(Mode((Stream)target))),
    };

    /// <summary>Makes <c>isinstance(f, io.RawIOBase)</c> (and <c>io.IOBase</c>) true for the stream proxy type; the caller holds the GIL.</summary>
    internal static void RegisterAsRawIO(nint type)
    {
        using PyObject io = Python.Import("io");
        using PyObject rawIOBase = io.GetAttr("RawIOBase");
        using var streamType = new PyObject(type, PyOwnership.Borrow);
        rawIOBase.CallMethod("register", streamType).Dispose();
    }

    /// <summary>The next line (with its <c>\n</c>), empty at the end: what iterating the file gives.</summary>
    internal static byte[] ReadLine(Stream stream, long limit)
    {
        Open(stream);
        using var line = new MemoryStream();
        using (Python.AllowThreads())
        {
            if (stream.CanSeek)
                ReadLineByChunks(stream, limit, line);
            else
                ReadLineByBytes(stream, limit, line);
        }
        return line.ToArray();
    }

    private delegate nint StreamMethodBody(Stream stream, PyCallArguments arguments);

    private static BuiltinMember Method(string name, StreamMethodBody body)
        => new(name, (target, args) => body(Open((Stream)target), args));

    /// <summary>A closed file raises ValueError in Python, whatever it is asked.</summary>
    private static Stream Open(Stream stream) => IsClosed(stream) ? throw new PyValueError("I/O operation on closed file.") : stream;

    // A disposed stream reports that it can do nothing (every Stream of the framework does).
    private static bool IsClosed(Stream stream) => !stream.CanRead && !stream.CanWrite && !stream.CanSeek;

    private static string Mode(Stream stream) => (stream.CanRead, stream.CanWrite) switch
    {
        (true, true) => "rb+",
        (false, true) => "wb",
        _ => "rb",
    };

    /// <summary>The size argument (positional or <c>size=</c>): -1 or <c>None</c> for all.</summary>
    private static long Size(PyCallArguments args)
    {
        if (args.Count > 0)
            return OptionalInt64(args[0]) ?? -1;
        return args.TryGetKeyword("size", out PyObject? size) ? OptionalInt64(size!) ?? -1 : -1;
    }

    /// <summary>An <c>int</c> or <c>None</c> argument; takes over the wrapper.</summary>
    private static long? OptionalInt64(PyObject value)
    {
        using (value)
            return value.IsNone ? null : value.As<long>();
    }

    private static nint Bytes(byte[] value) => PyConvert.ToPython(value);

    private static nint None(Action action)
    {
        action();
        return PyConvert.None();
    }

    /// <summary>Up to <paramref name="size"/> bytes (all that is left when negative), fewer only at the end.</summary>
    private static byte[] Read(Stream stream, long size)
    {
        using (Python.AllowThreads())
        {
            if (size < 0)
            {
                using var all = new MemoryStream();
                stream.CopyTo(all);
                return all.ToArray();
            }
            byte[] buffer = new byte[size];
            int total = 0;
            for (int read; total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0;)
                total += read;
            return total == buffer.Length ? buffer : buffer[..total];
        }
    }

    private static nint ReadInto(Stream stream, PyCallArguments args)
    {
        using PyObject target = args[0];
        Py_buffer view;
        if (PyObject_GetBuffer(target.DangerousGetHandle(), &view, PyBUF_WRITABLE) < 0)
            PythonErrors.ThrowCurrent();
        try
        {
            int read;
            using (Python.AllowThreads())
                read = stream.Read(new Span<byte>(view.Buf, checked((int)view.Len)));
            return PyConvert.ToPython(read);
        }
        finally
        {
            PyBuffer_Release(&view);
        }
    }

    private static nint ReadLines(Stream stream, PyCallArguments args)
    {
        long hint = Size(args);
        nint lines = PyObject.Check(PyList_New(0));
        try
        {
            long total = 0;
            for (byte[] line; (hint <= 0 || total < hint) && (line = ReadLine(stream, -1)).Length > 0; total += line.Length)
                PyConvert.AppendStealing(lines, Bytes(line));
            return lines;
        }
        catch
        {
            Py_DecRef(lines);
            throw;
        }
    }

    private static nint Write(Stream stream, PyCallArguments args)
    {
        using PyObject data = args[0];
        return PyConvert.ToPython(WriteBuffer(stream, data.DangerousGetHandle()));
    }

    private static nint WriteLines(Stream stream, PyCallArguments args)
    {
        using PyObject lines = args[0];
        foreach (PyObject line in lines.AsEnumerable<PyObject>())
        {
            using (line)
                WriteBuffer(stream, line.DangerousGetHandle());
        }
        return PyConvert.None();
    }

    /// <summary>Writes any bytes-like object (bytes, bytearray, memoryview, an array) and returns how many bytes.</summary>
    private static long WriteBuffer(Stream stream, nint data)
    {
        Py_buffer view;
        if (PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0)
            PythonErrors.ThrowCurrent();
        try
        {
            using (Python.AllowThreads())
                stream.Write(new ReadOnlySpan<byte>(view.Buf, checked((int)view.Len)));
            return view.Len;
        }
        finally
        {
            PyBuffer_Release(&view);
        }
    }

    private static nint Truncate(Stream stream, PyCallArguments args)
    {
        long size = (args.Count > 0 ? OptionalInt64(args[0]) : null) ?? stream.Position;
        stream.SetLength(size);
        return PyConvert.ToPython(size);
    }

    /// <summary>Reads a chunk, keeps it up to the line break and seeks back over the rest: no byte-at-a-time calls.</summary>
    private static void ReadLineByChunks(Stream stream, long limit, MemoryStream line)
    {
        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            while (limit < 0 || line.Length < limit)
            {
                int wanted = limit < 0 ? ChunkSize : (int)Math.Min(ChunkSize, limit - line.Length);
                int read = stream.Read(chunk, 0, wanted);
                if (read == 0)
                    return;
                int end = Array.IndexOf(chunk, (byte)'\n', 0, read);
                if (end >= 0)
                {
                    line.Write(chunk, 0, end + 1);
                    stream.Seek(end + 1 - read, SeekOrigin.Current);
                    return;
                }
                line.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static void ReadLineByBytes(Stream stream, long limit, MemoryStream line)
    {
        for (int next; (limit < 0 || line.Length < limit) && (next = stream.ReadByte()) >= 0;)
        {
            line.WriteByte((byte)next);
            if (next == '\n')
                return;
        }
    }
}
