using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PyBind.Gen.Emit;

/// <summary>Python names the emitter maps to things of the runtime rather than to generated types.</summary>
internal static class WellKnown
{
    /// <summary>
    /// Python's builtin exceptions that the runtime mirrors (<c>ValueError</c> → <c>PyBind.PyValueError</c>), as of
    /// <c>runtime/PyBind.Runtime/Exceptions/PythonException.Builtins.g.cs</c>. A generated exception derives from its
    /// mirror; builtin exceptions are never generated again.
    /// </summary>
    public static readonly ImmutableDictionary<string, string> RuntimeExceptions = new[]
    {
        "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError",
        "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError",
        "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError", "TypeError",
        "ValueError", "Warning", "BlockingIOError", "BytesWarning", "ChildProcessError", "ConnectionError", "DeprecationWarning",
        "EncodingWarning", "ExceptionGroup", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
        "ImportWarning", "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError", "KeyError",
        "ModuleNotFoundError", "NotADirectoryError", "NotImplementedError", "OverflowError", "PendingDeprecationWarning",
        "PermissionError", "ProcessLookupError", "PythonFinalizationError", "RecursionError", "ResourceWarning", "RuntimeWarning",
        "SyntaxWarning", "TimeoutError", "UnboundLocalError", "UnicodeError", "UnicodeWarning", "UserWarning", "ZeroDivisionError",
        "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
        "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
    }.ToImmutableDictionary(name => name, name => name == "BaseException" ? Names.PythonException : "global::PyBind.Py" + name, StringComparer.Ordinal)
     .Add("EnvironmentError", "global::PyBind.PyOSError")
     .Add("IOError", "global::PyBind.PyOSError");

    /// <summary>Structural types (protocols, ABCs used as interfaces): nothing more precise than <c>object</c>, and no diagnostic.</summary>
    public static bool IsProtocolLike(string fullName) =>
        fullName.StartsWith("typing.Supports", StringComparison.Ordinal)
        || fullName.StartsWith("_typeshed.", StringComparison.Ordinal)
        || s_protocols.Contains(fullName);

    private static readonly ImmutableHashSet<string> s_protocols = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "typing.Protocol", "typing.Hashable", "typing.Sized", "typing.Generic", "typing.NamedTuple", "typing.TypedDict",
        "collections.abc.Hashable", "collections.abc.Sized", "collections.abc.Callable", "collections.abc.Awaitable",
        "collections.abc.AsyncIterable", "collections.abc.AsyncIterator", "collections.abc.AsyncGenerator", "collections.abc.Buffer",
        "collections.abc.ByteString", "collections.abc.KeysView", "collections.abc.ValuesView", "collections.abc.ItemsView",
        "collections.abc.MappingView", "types.GenericAlias", "types.UnionType", "types.NoneType", "types.ModuleType",
        "types.FunctionType", "types.TracebackType", "types.CodeType", "types.FrameType", "types.SimpleNamespace", "types.MethodType",
        "typing.IO", "typing.TextIO", "typing.BinaryIO", "typing.SupportsAbs", "enum.Enum", "enum.IntEnum", "enum.Flag",
        "enum.IntFlag", "abc.ABC", "abc.ABCMeta", "contextlib.AbstractContextManager", "contextlib.AbstractAsyncContextManager",
        "re.Pattern", "re.Match", "array.array", "mmap.mmap", "ctypes._CData", "pickle.PickleBuffer", "os.DirEntry",
        "io.IOBase", "io.TextIOWrapper", "io.BufferedReader", "io.BufferedWriter", "io.BytesIO", "io.StringIO", "io.FileIO");

    /// <summary>The exception mirror for a Python builtin exception name, if the runtime has one.</summary>
    public static string? RuntimeException(string name) => RuntimeExceptions.TryGetValue(name, out string? mirror) ? mirror : null;
}
