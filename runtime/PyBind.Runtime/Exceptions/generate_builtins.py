"""Writes PythonException.Builtins.g.cs: one .NET class per builtin Python exception.

The exceptions are listed below (as of CPython 3.13, with the first line of each docstring), so the file is the same
whichever Python runs this; the running Python checks the list: a builtin exception it has that the list lacks, or
with another base, stops the script (add it, with the version that introduced it).
"""
import builtins
import sys

# (name, first base, summary[, the Python version that introduced it]), in the order of the file: by the length of
# the class's MRO, then by name, so base classes come first.
EXCEPTIONS = [
    ('BaseExceptionGroup', 'BaseException', 'A combination of multiple unrelated exceptions.', '3.11'),
    ('Exception', 'BaseException', 'Common base class for all non-exit exceptions.'),
    ('GeneratorExit', 'BaseException', 'Request that a generator exit.'),
    ('KeyboardInterrupt', 'BaseException', 'Program interrupted by user.'),
    ('SystemExit', 'BaseException', 'Request to exit from the interpreter.'),
    ('ArithmeticError', 'Exception', 'Base class for arithmetic errors.'),
    ('AssertionError', 'Exception', 'Assertion failed.'),
    ('AttributeError', 'Exception', 'Attribute not found.'),
    ('BufferError', 'Exception', 'Buffer error.'),
    ('EOFError', 'Exception', 'Read beyond end of file.'),
    ('ImportError', 'Exception', "Import can't find module, or can't find name in module."),
    ('LookupError', 'Exception', 'Base class for lookup errors.'),
    ('MemoryError', 'Exception', 'Out of memory.'),
    ('NameError', 'Exception', 'Name not found globally.'),
    ('OSError', 'Exception', 'Base class for I/O related errors.'),
    ('ReferenceError', 'Exception', 'Weak ref proxy used after referent went away.'),
    ('RuntimeError', 'Exception', 'Unspecified run-time error.'),
    ('StopAsyncIteration', 'Exception', 'Signal the end from iterator.__anext__().'),
    ('StopIteration', 'Exception', 'Signal the end from iterator.__next__().'),
    ('SyntaxError', 'Exception', 'Invalid syntax.'),
    ('SystemError', 'Exception', 'Internal error in the Python interpreter.'),
    ('TypeError', 'Exception', 'Inappropriate argument type.'),
    ('ValueError', 'Exception', 'Inappropriate argument value (of correct type).'),
    ('Warning', 'Exception', 'Base class for warning categories.'),
    ('BlockingIOError', 'OSError', 'I/O operation would block.'),
    ('BytesWarning', 'Warning', 'Base class for warnings about bytes and buffer related problems, mostly'),
    ('ChildProcessError', 'OSError', 'Child process error.'),
    ('ConnectionError', 'OSError', 'Connection error.'),
    ('DeprecationWarning', 'Warning', 'Base class for warnings about deprecated features.'),
    ('EncodingWarning', 'Warning', 'Base class for warnings about encodings.', '3.10'),
    ('ExceptionGroup', 'BaseExceptionGroup', 'ExceptionGroup.', '3.11'),
    ('FileExistsError', 'OSError', 'File already exists.'),
    ('FileNotFoundError', 'OSError', 'File not found.'),
    ('FloatingPointError', 'ArithmeticError', 'Floating-point operation failed.'),
    ('FutureWarning', 'Warning', 'Base class for warnings about constructs that will change semantically'),
    ('ImportWarning', 'Warning', 'Base class for warnings about probable mistakes in module imports'),
    ('IndentationError', 'SyntaxError', 'Improper indentation.'),
    ('IndexError', 'LookupError', 'Sequence index out of range.'),
    ('InterruptedError', 'OSError', 'Interrupted by signal.'),
    ('IsADirectoryError', 'OSError', "Operation doesn't work on directories."),
    ('KeyError', 'LookupError', 'Mapping key not found.'),
    ('ModuleNotFoundError', 'ImportError', 'Module not found.'),
    ('NotADirectoryError', 'OSError', 'Operation only works on directories.'),
    ('NotImplementedError', 'RuntimeError', "Method or function hasn't been implemented yet."),
    ('OverflowError', 'ArithmeticError', 'Result too large to be represented.'),
    ('PendingDeprecationWarning', 'Warning', 'Base class for warnings about features which will be deprecated'),
    ('PermissionError', 'OSError', 'Not enough permissions.'),
    ('ProcessLookupError', 'OSError', 'Process not found.'),
    ('PythonFinalizationError', 'RuntimeError', 'Operation blocked during Python finalization.', '3.13'),
    ('RecursionError', 'RuntimeError', 'Recursion limit exceeded.'),
    ('ResourceWarning', 'Warning', 'Base class for warnings about resource usage.'),
    ('RuntimeWarning', 'Warning', 'Base class for warnings about dubious runtime behavior.'),
    ('SyntaxWarning', 'Warning', 'Base class for warnings about dubious syntax.'),
    ('TimeoutError', 'OSError', 'Timeout expired.'),
    ('UnboundLocalError', 'NameError', 'Local name referenced but not bound to a value.'),
    ('UnicodeError', 'ValueError', 'Unicode related error.'),
    ('UnicodeWarning', 'Warning', 'Base class for warnings about Unicode related problems, mostly'),
    ('UserWarning', 'Warning', 'Base class for warnings generated by user code.'),
    ('ZeroDivisionError', 'ArithmeticError', 'Second argument to a division or modulo operation was zero.'),
    ('BrokenPipeError', 'ConnectionError', 'Broken pipe.'),
    ('ConnectionAbortedError', 'ConnectionError', 'Connection aborted.'),
    ('ConnectionRefusedError', 'ConnectionError', 'Connection refused.'),
    ('ConnectionResetError', 'ConnectionError', 'Connection reset.'),
    ('TabError', 'IndentationError', 'Improper mixture of spaces and tabs.'),
    ('UnicodeDecodeError', 'UnicodeError', 'Unicode decoding error.'),
    ('UnicodeEncodeError', 'UnicodeError', 'Unicode encoding error.'),
    ('UnicodeTranslateError', 'UnicodeError', 'Unicode translation error.'),
]


def check_against_running_python():
    listed = {name: base for name, base, *_ in EXCEPTIONS}
    introduced = {entry[0]: entry[3] for entry in EXCEPTIONS if len(entry) > 3}
    running = {k: v for k, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException) and not k.startswith('_')}
    problems = []
    for name, cls in running.items():
        if cls is BaseException or name != cls.__name__:  # EnvironmentError and IOError are aliases of OSError
            continue
        if listed.get(name) != cls.__bases__[0].__name__:
            problems.append(f"{name}({cls.__bases__[0].__name__}) is not listed (or listed with another base)")
    version = sys.version_info[:2]
    for name in listed:
        if name not in running and tuple(map(int, introduced.get(name, "0.0").split("."))) <= version:
            problems.append(f"{name} is listed but this Python ({version[0]}.{version[1]}) has no such builtin")
    if problems:
        sys.exit("generate_builtins.py: update EXCEPTIONS: " + "; ".join(problems))


def clr(name):
    return "PythonException" if name == "BaseException" else "Py" + name


check_against_running_python()
out = []
for name, base, summary, *introduced in EXCEPTIONS:
    doc = summary.replace("&", "&amp;").replace("<", "&lt;")
    note = f" (Python {introduced[0]}+)" if introduced else ""
    out.append(f'''
/// <summary>Python's <c>{name}</c>{note}: {doc}</summary>
public class {clr(name)} : {clr(base)}
{{
    /// <summary>Creates the exception to raise in Python from .NET code (for example in a callback).</summary>
    public {clr(name)}(string message) : base(message) {{ }}

    /// <summary>Wraps an exception raised by Python.</summary>
    protected internal {clr(name)}(PythonErrorInfo info) : base(info) {{ }}
}}''')
reg = "\n".join(f'        ["{name}"] = new(typeof({clr(name)}), static info => new {clr(name)}(info)),' for name, *_ in EXCEPTIONS)
print('''// <auto-generated>
// Produced by generate_builtins.py from its list of Python's builtin exceptions (every builtin exception class, base
// first); add to the list when a new Python version adds one. Each class mirrors its Python base, so
// `catch (PyLookupError)` catches PyKeyError.
// </auto-generated>
#pragma warning disable CA1032 // the (message, inner) constructors make no sense for an exception that mirrors a Python one
#pragma warning disable CA1711 // the names mirror Python's
using System.Collections.Generic;

namespace PyBind;
''' + "\n".join(out) + '''

public static partial class PythonExceptionRegistry
{
    /// <summary>Every builtin exception by its Python name, with the .NET class that mirrors it.</summary>
    private static Dictionary<string, ExceptionFactory> CreateBuiltins() => new()
    {
        ["BaseException"] = new(typeof(PythonException), static info => new PythonException(info)),
''' + reg + '''
    };
}''')
