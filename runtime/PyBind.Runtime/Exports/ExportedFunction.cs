using System;
using PyBind.Callbacks;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Exports;

/// <summary>
/// A function of a <c>[PyExport]</c> module: a builtin function (vectorcall with keywords) whose generated body does the
/// typed work. A call with exactly the positional arguments goes straight to the body; keywords, and optional parameters
/// left out, are bound here first, with the TypeErrors Python gives for a wrong call.
/// </summary>
internal sealed unsafe class ExportedFunction : NativeCallable
{
    private readonly string _qualifiedName;
    private readonly string[] _parameters, _spelled;
    private readonly int _required;
    private readonly PyExportBody _body;

    internal ExportedFunction(string module, string name, string[] parameters, int required, PyExportBody body)
    {
        _qualifiedName = module + "." + name;
        Name = name;
        _parameters = parameters;
        _spelled = Array.ConvertAll(parameters, PythonSpelling.Of);
        _required = required;
        _body = body;
    }

    internal string Name { get; }

    /// <summary>A new function object, documented by <paramref name="doc"/>; the caller holds the GIL.</summary>
    internal nint ToPython(string doc) => Create(this, Name, doc);

    internal override nint Call(nint* args, nint nargs, nint keywordNames)
    {
        int count = _parameters.Length;
        if (keywordNames == 0 && nargs == count)
            return _body(new PyExportArguments(args, this));
        nint* bound = stackalloc nint[count + 1];
        Bind(args, nargs, keywordNames, bound);
        return _body(new PyExportArguments(bound, this));
    }

    /// <summary>
    /// A conversion failure of argument <paramref name="index"/>, as the error Python gives for a wrong argument: a
    /// TypeError (an OverflowError for an int out of range) naming the function and the parameter.
    /// </summary>
    internal PythonException ArgumentError(int index, Exception error)
    {
        string message = $"argument '{_spelled[index]}' of {_qualifiedName}(): " + (error is PyConversionException conversion ? conversion.Message : error.Message);
        return error is OverflowException ? new PyOverflowError(message) : new PyTypeError(message);
    }

    private void Bind(nint* args, nint nargs, nint keywordNames, nint* bound)
    {
        int count = _parameters.Length;
        if (nargs > count)
            throw new PyTypeError($"{Name}() takes {count} positional argument{(count == 1 ? "" : "s")} but {nargs} {(nargs == 1 ? "was" : "were")} given");
        new Span<nint>(bound, count).Clear();
        new ReadOnlySpan<nint>(args, (int)nargs).CopyTo(new Span<nint>(bound, count));
        int keywords = keywordNames == 0 ? 0 : (int)PyTuple_GET_SIZE(keywordNames);
        for (int k = 0; k < keywords; k++)
        {
            string keyword = PyConvert.ToString(PyTuple_GET_ITEM(keywordNames, k));
            int index = Array.IndexOf(_spelled, keyword);
            if (index < 0)
                index = Array.IndexOf(_parameters, keyword);
            if (index < 0)
                throw new PyTypeError($"{Name}() got an unexpected keyword argument '{keyword}'");
            if (bound[index] != 0)
                throw new PyTypeError($"{Name}() got multiple values for argument '{_spelled[index]}'");
            bound[index] = args[nargs + k];
        }
        for (int i = 0; i < _required; i++)
        {
            if (bound[i] == 0)
                throw new PyTypeError($"{Name}() missing required argument: '{_spelled[i]}'");
        }
    }
}
