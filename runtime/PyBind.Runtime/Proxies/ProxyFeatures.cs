using System;

namespace PyBind.Proxies;

/// <summary>
/// What a .NET object can do as a Python object. Each combination is one Python type (<see cref="ProxyTypes"/>), so
/// that Python's own checks tell the truth: <c>len()</c> of a plain object is a TypeError and <c>bool()</c> of it is
/// True, <c>isinstance(x, collections.abc.Awaitable)</c> holds only for tasks, <c>with</c> only for disposables.
/// </summary>
[Flags]
internal enum ProxyFeatures
{
    None = 0,

    /// <summary><c>len()</c>: a collection's <c>Count</c>.</summary>
    Sized = 1 << 0,

    /// <summary><c>obj[key]</c> get, set and delete: lists (negative indices and slices as Python's), dictionaries, indexers.</summary>
    Subscript = 1 << 1,

    /// <summary><c>in</c>: <c>Contains</c>, <c>ContainsKey</c>.</summary>
    Contains = 1 << 2,

    /// <summary><c>iter()</c>: an <c>IEnumerable</c> (a dictionary's keys, as Python's dict).</summary>
    Iterable = 1 << 3,

    /// <summary><c>next()</c>: an <c>IEnumerator</c>, or a stream read by line.</summary>
    Iterator = 1 << 4,

    /// <summary><c>await</c>: a <c>Task</c> or <c>ValueTask</c>, through the asyncio bridge.</summary>
    Awaitable = 1 << 5,

    /// <summary><c>with</c>: <c>IDisposable</c>, disposed on exit.</summary>
    Disposable = 1 << 6,

    /// <summary>A <c>System.Type</c>: called, it constructs; its attributes are the static members; <c>isinstance</c> checks against it.</summary>
    Type = 1 << 7,

    /// <summary>A <c>System.IO.Stream</c>: a binary file object (<c>io.RawIOBase</c>).</summary>
    Stream = 1 << 8,

    /// <summary>A list-like, to the C API too: integer indices (<c>PySequence_GetItem</c>), so numpy and <c>random</c> see a sequence.</summary>
    Sequence = 1 << 9,

    /// <summary>One past the highest combination.</summary>
    Count = 1 << 10,
}
