using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Exports;

/// <summary>
/// A <c>[PyExport]</c> module: functions, constants and types are put in the namespace when the module is made (a call
/// finds them as fast as any module attribute); properties are read and written through the module on every access;
/// the exact .NET names resolve to the same objects as the Python spellings.
/// </summary>
internal sealed class ExportedModule(string name, string? doc, Action<PyExportModule> define) : ModuleSource
{
    private PyExportModule? _definition;

    internal override string? Doc => doc;

    private PyExportModule Definition => _definition ??= PyExportModule.Define(name, define);

    internal override IEnumerable<string> Names
        => Definition.Entries.SelectMany(e => e.ConstantName is { } constant ? new[] { e.Name, constant } : new[] { e.Name }).Concat(Definition.SubmoduleNames);

    internal override void Populate(PyObject namespaceDict)
    {
        foreach (PyExportModule.Entry entry in Definition.Entries)
        {
            if (entry.Create is not { } create)
                continue;
            nint value = Value(entry, create);
            if (entry.ConstantName is { } constant)
            {
                // The same object under both names: geo.EARTH_RADIUS_KM is geo.earth_radius_km.
                Py_IncRef(value);
                PyConvert.SetItemStealing(namespaceDict.Handle, PyConvert.ToPython(constant), value);
            }
            PyConvert.SetItemStealing(namespaceDict.Handle, PyConvert.ToPython(entry.Name), value);
        }
    }

    internal override nint Get(string attribute, PyObject namespaceDict)
    {
        PyExportModule.Entry? entry = Find(attribute);
        if (entry?.Get is { } get)
            return Value(entry, get);
        return entry is null ? 0 : Spelled(entry, namespaceDict);
    }

    /// <summary>For an exact .NET name: a new reference to the object its Python spelling holds.</summary>
    private static nint Spelled(PyExportModule.Entry entry, PyObject namespaceDict)
    {
        using PyObject key = PyInternedName.Create(entry.Name);
        nint value = PyDict_GetItemWithError(namespaceDict.Handle, key.Handle);
        if (value == 0 && PyErr_Occurred() != 0)
            PythonErrors.ThrowCurrent();
        Py_IncRef(value);
        return value;
    }

    internal override bool TrySet(string attribute, nint value)
    {
        if (Find(attribute) is not { Set: { } set } entry)
            return false;
        try
        {
            set(value);
        }
        catch (PyConversionException e)
        {
            throw e.WithContext($"attribute '{entry.Name}' of module '{name}'");
        }
        return true;
    }

    internal override ModuleSource? Submodule(string attribute) => Definition.Submodule(attribute);

    private PyExportModule.Entry? Find(string attribute)
        => Definition.Entries.FirstOrDefault(e => e.Name == attribute) ?? Definition.Entries.FirstOrDefault(e => e.DotNetName == attribute);

    private nint Value(PyExportModule.Entry entry, Func<nint> read)
    {
        try
        {
            return read();
        }
        catch (PyConversionException e)
        {
            throw e.WithContext($"attribute '{entry.Name}' of module '{name}'");
        }
    }
}
