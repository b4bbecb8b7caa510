using PyBind.Testing.Architecture;
using Xunit;

namespace PyBind.Runtime.Tests.Architecture;

/// <summary>
/// The runtime's folders are meant as one-way layers (the diagram in <c>runtime/PyBind.Runtime/README.md</c>), Interop
/// at the bottom. One assembly, so nothing but this test stops a back-edge: any reference against the order fails it,
/// except the known debts listed here, each of which must still exist (paying one means deleting its line).
/// </summary>
public sealed class LayeringTests
{
    /// <summary>Lowest first.</summary>
    public static readonly string[][] Layers =
    [
        ["Interop"],                                // P/Invoke and libpython's exported data, nothing else
        ["Hosting"],                                // finding, loading and starting CPython
        ["Threading"],                              // the GIL, interrupts, deferred releases
        ["Objects"],                                // PyObject's core: the handle, its reference, its release
        ["Exceptions"],                             // PythonException and the builtin mirrors
        // Error translation reads str, and the scalar and text conversions throw Python errors through it: one
        // layer, the crossing itself (PyConvert's scalars and text, the PyConverter<T> contract, calls, errors, names).
        ["Marshalling"],
        ["Buffers", "Collections"],                 // typed views of Python objects, given their items' converters
        // What is built on the crossing and the views: converters composed for any .NET type (PyConverters, those of
        // the views among them), values by run-time type (PyConvert.ToPython(object), ToObject, UntypedCall),
        // library values (decimal, datetime).
        ["Conversions"],
        ["Callbacks", "Scripting"],                 // .NET functions for Python | running Python source: PyScope, Run, Eval, Import
        ["Async"],                                  // awaitables both ways
        ["Proxies"],                                // .NET objects seen from Python
        ["Exports", "Packages"],                    // [PyExport] modules, package installation
        [SourceLayers.Root],                        // Python's documented core (starting, stopping), RuntimeSetup
    ];

    /// <summary>Back-edges not yet removed (from, to), with why they exist.</summary>
    private static readonly (string From, string To)[] s_debts =
    [
        // The collections' Create factories (PyList.Create<T>…) and their converters' parameterless constructors (the
        // reflection path of PyConverters.For) take their items' default converter from PyConverters.For<T>().
        ("Collections", "Conversions"),
    ];

    [Fact]
    public void RuntimeFolders_ReferOnlyToLowerLayersButTheKnownDebts() =>
        SourceLayers.Load("runtime/PyBind.Runtime").AssertLayered(Layers, s_debts);
}
