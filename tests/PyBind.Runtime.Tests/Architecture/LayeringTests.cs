using PyBind.Testing.Architecture;
using Xunit;

namespace PyBind.Runtime.Tests.Architecture;

/// <summary>
/// The runtime's folders form one-way layers (the diagram in <c>runtime/PyBind.Runtime/README.md</c>), Interop at the
/// bottom. One assembly, so nothing but this test stops a back-edge: any reference against the order fails it.
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
        // the views among them), the views' factories that pick those converters (PyList.Create<T>…), values by
        // run-time type (PyConvert.ToPython(object), ToObject, UntypedCall), library values (decimal, datetime).
        ["Conversions"],
        ["Callbacks", "Scripting"],                 // .NET functions for Python | running Python source: PyScope, Run, Eval, Import
        ["Async"],                                  // awaitables both ways
        ["Proxies"],                                // .NET objects seen from Python
        ["Exports", "Packages"],                    // [PyExport] modules, package installation
        [SourceLayers.Root],                        // Python's documented core (starting, stopping), RuntimeSetup
    ];

    [Fact]
    public void RuntimeFolders_ReferOnlyToLowerLayers() =>
        SourceLayers.Load("runtime/PyBind.Runtime").AssertLayered(Layers);
}
