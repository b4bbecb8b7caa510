using System;
using System.IO;
using System.Runtime.InteropServices;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>
/// Python's <c>sys.stdout</c>/<c>sys.stderr</c> sent to .NET <see cref="TextWriter"/>s: a small <c>io.TextIOBase</c>
/// whose <c>write</c> is a native function bound to the writer (no Python-level callback machinery involved).
/// </summary>
internal static unsafe class OutputRedirection
{
    private const string WriterSource = """
        import io

        class DotNetTextWriter(io.TextIOBase):
            "sys.stdout/sys.stderr replacement that writes to a .NET TextWriter."

            def __init__(self, write):
                self._write = write

            def write(self, s):
                if not isinstance(s, str):
                    raise TypeError("write() argument must be str, not " + type(s).__name__)
                self._write(s)
                return len(s)

            def writable(self):
                return True

            @property
            def encoding(self):
                return "utf-8"

            @property
            def errors(self):
                return "strict"
        """;

    private static readonly PyMethodDef* s_write = NativeFunctions.Define("write", (delegate* unmanaged<nint, nint, nint>)&Write, METH_O, "Writes a str to the .NET TextWriter.");
    private static PyObject? s_writerClass;

    /// <summary>Replaces <c>sys.stdout</c>/<c>sys.stderr</c> for the rest of the process (null leaves one as it is).</summary>
    internal static void SetProcessWide(TextWriter? standardOutput, TextWriter? standardError)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject sys = Python.Import("sys");
        if (standardOutput is not null)
            Replace(sys, "stdout", standardOutput).Dispose();
        if (standardError is not null)
            Replace(sys, "stderr", standardError).Dispose();
    }

    /// <summary>Replaces the streams until the returned scope is disposed, then restores the previous ones.</summary>
    internal static IDisposable Redirect(TextWriter? standardOutput, TextWriter? standardError)
    {
        using GilScope gil = Gil.Acquire();
        using PyObject sys = Python.Import("sys");
        PyObject? previousOut = standardOutput is null ? null : Replace(sys, "stdout", standardOutput);
        PyObject? previousError = standardError is null ? null : Replace(sys, "stderr", standardError);
        return new RestoreScope(previousOut, previousError);
    }

    /// <summary>Sets <c>sys.name</c> to a writer over <paramref name="writer"/>; returns the stream it replaced.</summary>
    private static PyObject Replace(PyObject sys, string name, TextWriter writer)
    {
        PyObject previous = sys.GetAttr(name);
        previous.CallMethod("flush").Dispose();
        s_writerClass ??= CreateWriterClass();
        using var write = new PyObject(NativeFunctions.Create(s_write, writer), PyOwnership.Steal);
        using PyObject stream = s_writerClass.Call(write);
        sys.SetAttr(name, stream);
        return previous;
    }

    private static PyObject CreateWriterClass()
    {
        using PyScope scope = Python.CreateScope();
        scope.Run(WriterSource);
        return scope.Get("DotNetTextWriter");
    }

    [UnmanagedCallersOnly]
    private static nint Write(nint self, nint text)
    {
        try
        {
            var writer = (TextWriter)NativeFunctions.TargetOf(self)!;
            writer.Write(PyConvert.ToString(text));
            return PyConvert.None();
        }
#pragma warning disable CA1031 // an exception must not cross into native code: it becomes a Python error
        catch (Exception e)
#pragma warning restore CA1031
        {
            PythonErrors.Raise(Interop.Data.PyExc_RuntimeError, $"{e.GetType().Name}: {e.Message}");
            return 0;
        }
    }

    private sealed class RestoreScope(PyObject? previousOut, PyObject? previousError) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
                return;
            _disposed = true;
            using GilScope gil = Gil.Acquire();
            using PyObject sys = Python.Import("sys");
            Restore(sys, "stdout", previousOut);
            Restore(sys, "stderr", previousError);
        }

        private static void Restore(PyObject sys, string name, PyObject? previous)
        {
            if (previous is null)
                return;
            using (previous)
            {
                using (PyObject current = sys.GetAttr(name))
                    current.CallMethod("flush").Dispose();
                sys.SetAttr(name, previous);
            }
        }
    }
}
