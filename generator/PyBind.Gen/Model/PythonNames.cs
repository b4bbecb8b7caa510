using System.Collections.Generic;
using System.Collections.Immutable;

namespace PyBind.Gen.Model;

/// <summary>
/// Python's own names, which mean something without a stub: the builtins (their exceptions above all), enum bases, and
/// the old spellings of typing's names. The binder resolves names with them; the emitter knows the builtin exceptions
/// the runtime mirrors by them.
/// </summary>
internal static class PythonNames
{
    public const string Builtins = "builtins";

    /// <summary>
    /// The builtin exception and warning classes (Python 3.8–3.13), aliases included (<c>IOError</c> is <c>OSError</c>).
    /// The runtime mirrors each (<c>ValueError</c> → <c>PyBind.PyValueError</c>, written by its
    /// <c>Exceptions/generate_builtins.py</c>); <c>PythonNamesTests</c> checks the two agree.
    /// </summary>
    public static readonly ImmutableHashSet<string> BuiltinExceptions = ImmutableHashSet.Create(
        "BaseException", "BaseExceptionGroup", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "Exception",
        "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError",
        "BufferError", "EOFError", "ExceptionGroup", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError",
        "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError", "EnvironmentError", "IOError",
        "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
        "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError", "InterruptedError",
        "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
        "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "PythonFinalizationError",
        "StopAsyncIteration", "StopIteration", "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError",
        "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
        "Warning", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
        "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning");

    /// <summary>The builtin exceptions that are other names of one (<c>IOError is OSError</c>): the one they name.</summary>
    public static string ExceptionAliasTarget(string name) => name is "EnvironmentError" or "IOError" ? "OSError" : name;

    /// <summary>Builtin names a stub may use unqualified as types (the dialect's list, plus common builtin classes).</summary>
    public static readonly ImmutableHashSet<string> BuiltinTypes = BuiltinExceptions.Union(
    [
        "int", "float", "bool", "str", "bytes", "bytearray", "complex", "object", "list", "dict", "set", "frozenset",
        "tuple", "type", "slice", "range", "memoryview", "property", "staticmethod", "classmethod", "enumerate", "zip",
        "map", "filter", "reversed", "super", "function", "ellipsis",
    ]);

    /// <summary>Which kind of enum a base class makes a class, or <see langword="null"/> when it makes none.</summary>
    public static EnumKind? EnumBase(string fullName) => fullName switch
    {
        "enum.Enum" => EnumKind.Enum,
        "enum.IntEnum" => EnumKind.IntEnum,
        "enum.Flag" => EnumKind.Flag,
        "enum.IntFlag" => EnumKind.IntFlag,
        "enum.StrEnum" => EnumKind.StrEnum,
        _ => null,
    };

    /// <summary>
    /// Old spellings rewritten to the one the dialect uses: <c>typing.List</c> → <c>builtins.list</c>,
    /// <c>typing.Sequence</c> → <c>collections.abc.Sequence</c>. Keys and values are full names.
    /// </summary>
    public static readonly ImmutableDictionary<string, string> TypingAliases = CreateTypingAliases();

    private static ImmutableDictionary<string, string> CreateTypingAliases()
    {
        var aliases = new Dictionary<string, string>
        {
            ["typing.List"] = "builtins.list",
            ["typing.Dict"] = "builtins.dict",
            ["typing.Set"] = "builtins.set",
            ["typing.FrozenSet"] = "builtins.frozenset",
            ["typing.Type"] = "builtins.type",
            ["typing.Tuple"] = "builtins.tuple",
            ["typing.Text"] = "builtins.str",
            ["typing.LiteralString"] = "builtins.str",
            ["typing.TypeGuard"] = "builtins.bool",
            ["typing.TypeIs"] = "builtins.bool",
            ["typing.DefaultDict"] = "collections.defaultdict",
            ["typing.OrderedDict"] = "collections.OrderedDict",
            ["typing.Counter"] = "collections.Counter",
            ["typing.ChainMap"] = "collections.ChainMap",
            ["typing.Deque"] = "collections.deque",
            ["typing.AbstractSet"] = "collections.abc.Set",
            ["typing.Pattern"] = "re.Pattern",
            ["typing.Match"] = "re.Match",
        };
        foreach (string abc in new[]
        {
            "Sequence", "MutableSequence", "Mapping", "MutableMapping", "MutableSet", "Iterable", "Iterator", "Generator",
            "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Awaitable", "Coroutine", "Collection", "Container", "Sized",
            "Hashable", "Reversible", "KeysView", "ValuesView", "ItemsView", "MappingView", "ByteString",
        })
        {
            aliases["typing." + abc] = "collections.abc." + abc;
        }

        return aliases.ToImmutableDictionary();
    }

    /// <summary>
    /// The module of <c>typing_extensions.X</c>: typing_extensions re-creates <c>typing.X</c>, except for its backports of
    /// <c>collections.abc</c>'s later additions (<c>Buffer</c>, <c>collections.abc.Buffer</c> from Python 3.12, in no
    /// version <c>typing.Buffer</c>). The introspection tool spells each name as the running Python has it; a stub made
    /// for an older Python may still say <c>typing_extensions</c>.
    /// </summary>
    public static string NormalizeModule(string module, string name) =>
        module != "typing_extensions" ? module
        : name == "Buffer" ? "collections.abc"
        : "typing";
}
