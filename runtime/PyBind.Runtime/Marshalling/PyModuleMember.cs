using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using PyBind.Hosting;
using static PyBind.Interop.Python;

namespace PyBind.Marshalling;

/// <summary>
/// A module attribute looked up once, on first use, and kept until its module is reloaded (<see cref="Python.Reload"/>):
/// generated bindings hold one per function (<c>numpy.linspace</c>), class and constant, so a call costs no import and
/// no attribute lookup.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PyModuleMember
{
    // The members that resolved, by module, for Forget; and the objects a reload replaced, kept alive because a call
    // running on another thread may still use one (a reload is a development step: a few objects per edit).
    private static readonly Dictionary<string, List<PyModuleMember>> s_resolved = new(StringComparer.Ordinal);
    private static readonly List<nint> s_replaced = [];

    private readonly string _module;
    private readonly string[] _path;
    private nint _handle;

    /// <summary>Describes <c>module.path</c>; nothing is imported until <see cref="Handle"/> is first read.</summary>
    /// <param name="module">The module to import (<c>numpy.linalg</c>).</param>
    /// <param name="attributePath">The attribute, dotted for nested ones (<c>ndarray.reshape</c>); empty for the module itself.</param>
    public PyModuleMember(string module, string attributePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(module);
        _module = module;
        _path = string.IsNullOrEmpty(attributePath) ? Array.Empty<string>() : attributePath.Split('.');
    }

    /// <summary>The attribute (a borrowed reference that stays valid for the process, across reloads); the caller holds the GIL.</summary>
    public nint Handle
    {
        get
        {
            nint handle = Volatile.Read(ref _handle);
            return handle != 0 ? handle : Resolve();
        }
    }

    /// <summary>The dotted Python name, for messages.</summary>
    public string QualifiedName => _path.Length == 0 ? _module : _module + "." + string.Join(".", _path);

    /// <summary>The module the attribute is looked up in.</summary>
    internal string Module => _module;

    /// <summary>
    /// Makes every member of <paramref name="module"/> look its attribute up again on next use, after the module was
    /// reloaded; the objects it held stay alive. The caller holds the GIL.
    /// </summary>
    internal static void Forget(string module)
    {
        lock (s_resolved)
        {
            if (!s_resolved.Remove(module, out List<PyModuleMember>? members))
                return;
            foreach (PyModuleMember member in members)
            {
                nint replaced = Interlocked.Exchange(ref member._handle, 0);
                if (replaced != 0)
                    s_replaced.Add(replaced);
            }
        }
    }

    /// <summary>Whether the module is in <c>sys.modules</c> already (asking does not import it); the caller holds the GIL.</summary>
    internal bool IsModuleImported => IsImported(_module);

    /// <summary>Whether <paramref name="module"/> is in <c>sys.modules</c> (asking does not import it); the caller holds the GIL.</summary>
    internal static bool IsImported(string module)
    {
        using PyObject name = PyInternedName.Create(module);
        nint imported = PyImport_GetModule(name.Handle);
        if (imported == 0)
        {
            PyErr_Clear();
            return false;
        }
        Py_DecRef(imported);
        return true;
    }

    /// <summary>The attribute, or 0 (and no error pending) when it cannot be resolved; the caller holds the GIL.</summary>
    internal nint TryResolve()
    {
        try
        {
            return Handle;
        }
        catch (PythonException)
        {
            return 0;
        }
    }

    private nint Resolve()
    {
        nint current;
        using (PyObject name = PyInternedName.Create(_module))
            current = PyImport_Import(name.Handle);
        if (current == 0)
            throw ImportFailed();
        for (int i = 0; i < _path.Length; i++)
        {
            using PyObject name = PyInternedName.Create(_path[i]);
            nint next = PyObject_GetAttr(current, name.Handle);
            if (next == 0)
            {
                Exception error = AttributeMissing(current, name.Handle, i);
                Py_DecRef(current);
                throw error;
            }
            Py_DecRef(current);
            current = next;
        }
        // An import can release the GIL, so two threads may resolve at once: keep the first, release the other.
        nint published = Interlocked.CompareExchange(ref _handle, current, 0);
        if (published != 0)
        {
            Py_DecRef(current);
            return published;
        }
        lock (s_resolved)
        {
            if (!s_resolved.TryGetValue(_module, out List<PyModuleMember>? members))
                s_resolved[_module] = members = [];
            members.Add(this);
        }
        return current;
    }

    /// <summary>
    /// What to do when a stub promises what the installed module does not have; shared with the method calls of
    /// generated wrappers (<see cref="PythonErrors.ThrowFromMethodCall"/>).
    /// </summary>
    internal static string StaleStubRemedy(string module)
        => $"The stub describes another version of '{module}' than the one installed: regenerate the stub (delete {module}.pyi " +
           "from the stubs folder, pybind-stubs/ by default, and build again) or install the version of the module the stub was made from";

    /// <summary>The pending import error, saying which binding needed the module and, when it is not installed, what to do.</summary>
    private Exception ImportFailed()
    {
        Exception error = PythonErrors.TakeCurrent();
        // Only a Python error met here for the first time gets context (a .NET exception that crossed stays as it was).
        if (error is PythonException { StackTrace: null } python)
        {
            if (python is PyModuleNotFoundError && IsThisModule(MissingModuleName(python)))
            {
                PythonInstallation installation = PythonEngine.Installation;
                string interpreter = $"Python {installation.Version} at {installation.Executable ?? installation.LibraryPath}";
                python.AddContext(
                    $"{QualifiedName} is bound by a stub, but module '{_module}' cannot be found by {interpreter}",
                    "Install the module for this interpreter, or run with the interpreter that has it (PYBIND_PYTHON, PythonOptions.PythonExecutable)");
            }
            else
            {
                python.AddContext($"raised while importing module '{_module}' for {QualifiedName}");
            }
        }
        return error;
    }

    /// <summary>The pending attribute error, saying which part of the stub the installed module lacks when that is what happened.</summary>
    private Exception AttributeMissing(nint owner, nint name, int index)
    {
        Exception error = PythonErrors.TakeCurrent();
        if (error is PyAttributeError { StackTrace: null } python && PyObject_HasAttr(owner, name) == 0)
        {
            string where = index == 0 ? $"the installed module '{_module}'{FileOf(owner)}" : $"{_module}.{string.Join('.', _path, 0, index)}";
            python.AddContext($"{QualifiedName} is in the stub but not in {where}", StaleStubRemedy(_module));
        }
        else if (error is PythonException { StackTrace: null } other)
        {
            other.AddContext($"raised while looking up {QualifiedName}");
        }
        return error;
    }

    /// <summary>Whether a module Python could not find is this member's module or a package containing it.</summary>
    private bool IsThisModule(string? missing)
        => missing is not null && (missing == _module || _module.StartsWith(missing + ".", StringComparison.Ordinal));

    /// <summary>The <c>name</c> attribute of a <c>ModuleNotFoundError</c>: the module that was not found.</summary>
    private static string? MissingModuleName(PythonException error)
    {
        using PyObject? exception = error.GetPythonException();
        if (exception is null)
            return null;
        using PyObject name = exception.GetAttr("name");
        return name.Is(PyObject.None) ? null : name.ToString();
    }

    /// <summary><c> (/path/to/module.py)</c>, or nothing for a module without a file.</summary>
    private static string FileOf(nint module)
    {
        using PyObject wrapper = new(module, PyOwnership.Borrow);
        if (!wrapper.HasAttr("__file__"))
            return string.Empty;
        using PyObject file = wrapper.GetAttr("__file__");
        return file.Is(PyObject.None) ? string.Empty : $" ({file})";
    }
}
