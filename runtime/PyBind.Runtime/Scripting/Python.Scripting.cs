using System;
using System.Text;
using System.Threading;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

public unsafe partial class Python
{
    private static readonly nint s_fileName = PyTypes.Utf8Constant("<string>");
    private static PyScope? s_mainScope;

    /// <summary><c>import name</c>: the module (a package's submodule with a dotted name).</summary>
    /// <exception cref="PyModuleNotFoundError">No such module for this interpreter.</exception>
    public static PyObject Import(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        using GilScope gil = Gil.Acquire();
        using PyObject pyName = PyInternedName.Create(name);
        return new PyObject(PyObject.Check(PyImport_Import(pyName.Handle)), PyOwnership.Steal);
    }

    /// <summary>Runs statements (<c>exec</c>) in <paramref name="scope"/>, by default <see cref="MainScope"/>.</summary>
    public static void Run(string code, PyScope? scope = null)
    {
        using GilScope gil = Gil.Acquire();
        Py_DecRef(Evaluate(code, Py_file_input, scope ?? MainScope));
    }

    /// <summary>Evaluates an expression (<c>eval</c>) in <paramref name="scope"/>, by default <see cref="MainScope"/>.</summary>
    public static PyObject Eval(string expression, PyScope? scope = null)
    {
        using GilScope gil = Gil.Acquire();
        return new PyObject(Evaluate(expression, Py_eval_input, scope ?? MainScope), PyOwnership.Steal);
    }

    /// <summary>Evaluates an expression and converts the result to <typeparamref name="T"/>.</summary>
    public static T Eval<T>(string expression, PyScope? scope = null)
    {
        using GilScope gil = Gil.Acquire();
        nint result = Evaluate(expression, Py_eval_input, scope ?? MainScope);
        try
        {
            return PyConverters.For<T>().FromPython(result);
        }
        finally
        {
            Py_DecRef(result);
        }
    }

    /// <summary>The globals of <c>__main__</c>, shared by everything that runs there.</summary>
    public static PyScope MainScope
    {
        get
        {
            if (s_mainScope is { } cached)
                return cached;
            using GilScope gil = Gil.Acquire();
            byte* main = stackalloc byte[] { (byte)'_', (byte)'_', (byte)'m', (byte)'a', (byte)'i', (byte)'n', (byte)'_', (byte)'_', 0 };
            nint module = PyObject.Check(PyImport_AddModule(main));
            return s_mainScope ??= new PyScope(PyModule_GetDict(module), PyOwnership.Borrow, shared: true);
        }
    }

    /// <summary>A new, empty, isolated scope (a globals dict with the builtins).</summary>
    public static PyScope CreateScope()
    {
        using GilScope gil = Gil.Acquire();
        var scope = new PyScope(PyObject.Check(PyDict_New()), PyOwnership.Steal, shared: false);
        scope.Set("__builtins__", new PyObject(PyEval_GetBuiltins(), PyOwnership.Borrow));
        scope.Set("__name__", "__pybind__");
        return scope;
    }

    /// <summary>Runs statements like <see cref="Run(string, PyScope?)"/>, cancelled by <paramref name="cancellationToken"/> (see <see cref="CancelWith"/>).</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void Run(string code, PyScope? scope, CancellationToken cancellationToken)
    {
        using PyCancellationScope cancellation = CancelWith(cancellationToken);
        Run(code, scope);
    }

    /// <summary>Evaluates an expression like <see cref="Eval{T}(string, PyScope?)"/>, cancelled by <paramref name="cancellationToken"/> (see <see cref="CancelWith"/>).</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static T Eval<T>(string expression, PyScope? scope, CancellationToken cancellationToken)
    {
        using PyCancellationScope cancellation = CancelWith(cancellationToken);
        return Eval<T>(expression, scope);
    }

    private static nint Evaluate(string code, int start, PyScope scope)
    {
        ArgumentNullException.ThrowIfNull(code);
        byte[] source = Encoding.UTF8.GetBytes(code + "\0");
        nint compiled;
        fixed (byte* text = source)
            compiled = PyObject.Check(Py_CompileString(text, (byte*)s_fileName, start));
        try
        {
            return PyObject.Check(PyEval_EvalCode(compiled, scope.Handle, scope.Handle));
        }
        finally
        {
            Py_DecRef(compiled);
        }
    }
}
