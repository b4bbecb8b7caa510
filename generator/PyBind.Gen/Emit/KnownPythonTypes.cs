using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

/// <summary>
/// Python types the emitter recognizes by name and maps to the runtime rather than to generated types: the builtin
/// exceptions to their mirrors, protocol-like types to <c>object</c>. (The C# spellings it writes are
/// <see cref="EmittedNames"/>; the names of Python's builtins themselves, <see cref="PythonNames"/>.)
/// </summary>
internal static class KnownPythonTypes
{
    /// <summary>
    /// Each of Python's builtin exceptions (<see cref="PythonNames.BuiltinExceptions"/>) with the runtime class that
    /// mirrors it (<c>ValueError</c> → <c>PyBind.PyValueError</c>). A generated exception derives from its mirror;
    /// builtin exceptions are never generated again.
    /// </summary>
    public static readonly ImmutableDictionary<string, string> RuntimeExceptions = PythonNames.BuiltinExceptions.ToImmutableDictionary(
        name => name,
        name => name == "BaseException" ? EmittedNames.PythonException : "global::PyBind.Py" + PythonNames.ExceptionAliasTarget(name),
        StringComparer.Ordinal);

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
