# pybind-stub: 1
# module: builtins
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/builtins.pyi, typeshed:stdlib/sys.pyi, runtime
# content-hash: sha256:9c235e765f0eab2b8db96b58442c869d79bbd2d750e5a3c88841d3b65c591276
"""Built-in functions, exceptions, and other objects.

Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices."""

import _collections_abc
import _typeshed
import array
import ast
import builtins
import collections.abc
import ctypes
import io
import mmap
import os
import pickle
import types
import typing

Self = typing.TypeVar('Self')
SupportsRichComparisonT = typing.TypeVar('SupportsRichComparisonT', bound=SupportsRichComparison)
_AddableT1 = typing.TypeVar('_AddableT1', bound=_typeshed.SupportsAdd[typing.Any, typing.Any])
_AddableT2 = typing.TypeVar('_AddableT2', bound=_typeshed.SupportsAdd[typing.Any, typing.Any])
_AwaitableT = typing.TypeVar('_AwaitableT', bound=collections.abc.Awaitable[typing.Any])
_BaseExceptionT = typing.TypeVar('_BaseExceptionT', bound=BaseException)
_BaseExceptionT_co = typing.TypeVar('_BaseExceptionT_co', bound=BaseException)
_E = typing.TypeVar('_E')
_ExceptionT = typing.TypeVar('_ExceptionT', bound=Exception)
_ExceptionT_co = typing.TypeVar('_ExceptionT_co', bound=Exception)
_KT = typing.TypeVar('_KT')
_M = typing.TypeVar('_M')
_R_co = typing.TypeVar('_R_co')
_S = typing.TypeVar('_S')
_SupportsAnextT = typing.TypeVar('_SupportsAnextT', bound=_typeshed.SupportsAnext[typing.Any])
_SupportsNextT = typing.TypeVar('_SupportsNextT', bound=_typeshed.SupportsNext[typing.Any])
_SupportsSumNoDefaultT = typing.TypeVar('_SupportsSumNoDefaultT', bound=builtins._SupportsSumWithNoDefaultGiven)
_T = typing.TypeVar('_T')
_T1 = typing.TypeVar('_T1')
_T2 = typing.TypeVar('_T2')
_T3 = typing.TypeVar('_T3')
_T4 = typing.TypeVar('_T4')
_T5 = typing.TypeVar('_T5')
_T_co = typing.TypeVar('_T_co')
_T_contra = typing.TypeVar('_T_contra')
_VT = typing.TypeVar('_VT')

EnvironmentError: typing.TypeAlias = OSError
FileDescriptorOrPath: typing.TypeAlias = int | StrOrBytesPath
IOError: typing.TypeAlias = OSError
OpenBinaryMode: typing.TypeAlias = OpenBinaryModeUpdating | OpenBinaryModeReading | OpenBinaryModeWriting
OpenBinaryModeReading: typing.TypeAlias = typing.Literal['rb', 'br', 'rbU', 'rUb', 'Urb', 'brU', 'bUr', 'Ubr']
OpenBinaryModeUpdating: typing.TypeAlias = typing.Literal['rb+', 'r+b', '+rb', 'br+', 'b+r', '+br', 'wb+', 'w+b', '+wb', 'bw+', 'b+w', '+bw', 'ab+', 'a+b', '+ab', 'ba+', 'b+a', '+ba', 'xb+', 'x+b', '+xb', 'bx+', 'b+x', '+bx']
OpenBinaryModeWriting: typing.TypeAlias = typing.Literal['wb', 'bw', 'ab', 'ba', 'xb', 'bx']
OpenTextMode: typing.TypeAlias = OpenTextModeUpdating | OpenTextModeWriting | OpenTextModeReading
OpenTextModeReading: typing.TypeAlias = typing.Literal['r', 'rt', 'tr', 'U', 'rU', 'Ur', 'rtU', 'rUt', 'Urt', 'trU', 'tUr', 'Utr']
OpenTextModeUpdating: typing.TypeAlias = typing.Literal['r+', '+r', 'rt+', 'r+t', '+rt', 'tr+', 't+r', '+tr', 'w+', '+w', 'wt+', 'w+t', '+wt', 'tw+', 't+w', '+tw', 'a+', '+a', 'at+', 'a+t', '+at', 'ta+', 't+a', '+ta', 'x+', '+x', 'xt+', 'x+t', '+xt', 'tx+', 't+x', '+tx']
OpenTextModeWriting: typing.TypeAlias = typing.Literal['w', 'wt', 'tw', 'a', 'at', 'ta', 'x', 'xt', 'tx']
ReadOnlyBuffer: typing.TypeAlias = bytes
ReadableBuffer: typing.TypeAlias = ReadOnlyBuffer | WriteableBuffer
StrOrBytesPath: typing.TypeAlias = str | bytes | os.PathLike[str] | os.PathLike[bytes]
SupportsRichComparison: typing.TypeAlias = _typeshed.SupportsDunderLT[typing.Any] | _typeshed.SupportsDunderGT[typing.Any]
WriteableBuffer: typing.TypeAlias = bytearray | memoryview | array.array[typing.Any] | mmap.mmap | ctypes._CData | pickle.PickleBuffer
_ClassInfo: typing.TypeAlias = type | types.UnionType | tuple[_ClassInfo, ...]
_ExitCode: typing.TypeAlias = str | int | None
_NegativeInteger: typing.TypeAlias = typing.Literal[-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14, -15, -16, -17, -18, -19, -20]
_Opener: typing.TypeAlias = collections.abc.Callable[[str, int], int]
_PositiveInteger: typing.TypeAlias = typing.Literal[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]
_SupportsSomeKindOfPow: typing.TypeAlias = builtins._SupportsPow2[typing.Any, typing.Any] | builtins._SupportsPow3NoneOnly[typing.Any, typing.Any] | builtins._SupportsPow3[typing.Any, typing.Any, typing.Any]

Ellipsis: ellipsis
NotImplemented: builtins._NotImplementedType

def abs(x: typing.SupportsAbs[_T], /) -> _T:
    """Return the absolute value of the argument."""
    ...

def aiter(async_iterable: _typeshed.SupportsAiter[_SupportsAnextT], /) -> _SupportsAnextT:
    """Return an AsyncIterator for an AsyncIterable object."""
    ...

def all(iterable: collections.abc.Iterable[object], /) -> bool:
    """Return True if bool(x) is True for all values x in the iterable.

If the iterable is empty, return True."""
    ...

@typing.overload
async def anext(i: builtins._SupportsSynchronousAnext[_AwaitableT], /) -> _AwaitableT:
    """async anext(aiterator[, default])

Return the next item from the async iterator.  If default is given and the async
iterator is exhausted, it is returned instead of raising StopAsyncIteration."""
    ...
@typing.overload
async def anext(i: _typeshed.SupportsAnext[_T], /, default: _VT) -> _T | _VT: ...

def any(iterable: collections.abc.Iterable[object], /) -> bool:
    """Return True if bool(x) is True for any x in the iterable.

If the iterable is empty, return False."""
    ...

def ascii(obj: object, /) -> str:
    """Return an ASCII-only representation of an object.

As repr(), return a string containing a printable representation of an
object, but escape the non-ASCII characters in the string returned by
repr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar
to that returned by repr() in Python 2."""
    ...

def bin(number: int | typing.SupportsIndex, /) -> str:
    """Return the binary representation of an integer.

   >>> bin(2796202)
   '0b1010101010101010101010'"""
    ...

def breakpoint(*args: typing.Any, **kws: typing.Any) -> None:
    """breakpoint(*args, **kws)

Call sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept
whatever arguments are passed.

By default, this drops you into the pdb debugger."""
    ...

def callable(obj: object, /) -> bool:
    """Return whether the object is callable (i.e., some kind of function).

Note that classes are callable, as are instances of classes with a
__call__() method."""
    ...

def chr(i: int, /) -> str:
    """Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."""
    ...

def compile(
    source: str | ReadableBuffer | ast.Module | ast.Expression | ast.Interactive,
    filename: str | ReadableBuffer | builtins._PathLike[typing.Any],
    mode: str,
    flags: int = 0,
    dont_inherit: int = False,
    optimize: int = -1,
    *,
    _feature_version: int = -1,
) -> typing.Any:
    """Compile source into a code object that can be executed by exec() or eval().

The source code may represent a Python module, statement or expression.
The filename will be used for run-time error messages.
The mode must be 'exec' to compile a module, 'single' to compile a
single (interactive) statement, or 'eval' to compile an expression.
The flags argument, if present, controls which future statements influence
the compilation of the code.
The dont_inherit argument, if true, stops the compilation inheriting
the effects of any future statements in effect in the code calling
compile; if absent or false these statements do influence the compilation,
in addition to any features explicitly specified."""
    ...

def copyright() -> None:
    """interactive prompt objects for printing the license text, a list of
    contributors and the copyright notice."""
    ...

def credits() -> None:
    """interactive prompt objects for printing the license text, a list of
    contributors and the copyright notice."""
    ...

def delattr(obj: object, name: str, /) -> None:
    """Deletes the named attribute from the given object.

delattr(x, 'y') is equivalent to ``del x.y``"""
    ...

def dir(o: object = ..., /) -> list[str]:
    """dir([object]) -> list of strings

If called without an argument, return the names in the current scope.
Else, return an alphabetized list of names comprising (some of) the attributes
of the given object, and of attributes reachable from it.
If the object supplies a method named __dir__, it will be used; otherwise
the default dir() logic is used and returns:
  for a module object: the module's attributes.
  for a class object:  its attributes, and recursively the attributes
    of its bases.
  for any other object: its attributes, its class's attributes, and
    recursively the attributes of its class's base classes."""
    ...

@typing.overload
def divmod(x: _typeshed.SupportsDivMod[_T_contra, _T_co], y: _T_contra, /) -> _T_co:
    """Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."""
    ...
@typing.overload
def divmod(x: _T_contra, y: _typeshed.SupportsRDivMod[_T_contra, _T_co], /) -> _T_co: ...

def eval(
    source: str | ReadableBuffer | types.CodeType,
    globals: dict[str, typing.Any] | None = None,
    locals: collections.abc.Mapping[str, object] | None = None,
    /,
) -> typing.Any:
    """Evaluate the given source in the context of globals and locals.

The source may be a string representing a Python expression
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it."""
    ...

def exec(
    source: str | ReadableBuffer | types.CodeType,
    globals: dict[str, typing.Any] | None = None,
    locals: collections.abc.Mapping[str, object] | None = None,
    /,
    *,
    closure: tuple[types._Cell, ...] | None = None,
) -> None:
    """Execute the given source in the context of globals and locals.

The source may be a string representing one or more Python statements
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it.
The closure must be a tuple of cellvars, and can only be used
when source is a code object requiring exactly that many cellvars."""
    ...

def exit(code: _ExitCode = ...) -> typing.NoReturn: ...

def format(value: object, format_spec: str = '', /) -> str:
    """Return value.__format__(format_spec)

format_spec defaults to the empty string.
See the Format Specification Mini-Language section of help('FORMATTING') for
details."""
    ...

@typing.overload
def getattr(o: object, name: str, /) -> typing.Any:
    """getattr(object, name[, default]) -> value

Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.
When a default argument is given, it is returned when the attribute doesn't
exist; without it, an exception is raised in that case."""
    ...
@typing.overload
def getattr(o: object, name: str, default: None, /) -> typing.Any | None: ...
@typing.overload
def getattr(o: object, name: str, default: bool, /) -> typing.Any | bool: ...
@typing.overload
def getattr(
    o: object,
    name: str,
    default: list[typing.Any],
    /,
) -> typing.Any | list[typing.Any]: ...
@typing.overload
def getattr(
    o: object,
    name: str,
    default: dict[typing.Any, typing.Any],
    /,
) -> typing.Any | dict[typing.Any, typing.Any]: ...
@typing.overload
def getattr(o: object, name: str, default: _T, /) -> typing.Any | _T: ...

def globals() -> dict[str, typing.Any]:
    """Return the dictionary containing the current scope's global variables.

NOTE: Updates to this dictionary *will* affect name lookups in the current
global scope and vice-versa."""
    ...

def hasattr(obj: object, name: str, /) -> bool:
    """Return whether the object has an attribute with the given name.

This is done by calling getattr(obj, name) and catching AttributeError."""
    ...

def hash(obj: object, /) -> int:
    """Return the hash value for the given object.

Two objects that compare equal must also have the same hash value, but the
reverse is not necessarily true."""
    ...

def help(request: object = ...) -> None:
    """Define the builtin 'help'.

    This is a wrapper around pydoc.help that provides a helpful message
    when 'help' is typed at the Python interactive prompt.

    Calling help() at the Python prompt starts an interactive help session.
    Calling help(thing) prints help for the python object 'thing'.
   \x20"""
    ...

def hex(number: int | typing.SupportsIndex, /) -> str:
    """Return the hexadecimal representation of an integer.

   >>> hex(12648430)
   '0xc0ffee'"""
    ...

def id(obj: object, /) -> int:
    """Return the identity of an object.

This is guaranteed to be unique among simultaneously existing objects.
(CPython uses the object's memory address.)"""
    ...

def input(prompt: object = '', /) -> str:
    """Read a string from standard input.  The trailing newline is stripped.

The prompt string, if given, is printed to standard output without a
trailing newline before reading input.

If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.
On *nix systems, readline is used if available."""
    ...

def isinstance(obj: object, class_or_tuple: _ClassInfo, /) -> bool:
    """Return whether an object is an instance of a class or of a subclass thereof.

A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to
check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)
or ...`` etc."""
    ...

def issubclass(cls: type, class_or_tuple: _ClassInfo, /) -> bool:
    """Return whether 'cls' is derived from another class or is the same class.

A tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to
check against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)
or ...``."""
    ...

@typing.overload
def iter(iterable: _typeshed.SupportsIter[_SupportsNextT], /) -> _SupportsNextT:
    """iter(iterable) -> iterator
iter(callable, sentinel) -> iterator

Get an iterator from an object.  In the first form, the argument must
supply its own iterator, or be a sequence.
In the second form, the callable is called until it returns the sentinel."""
    ...
@typing.overload
def iter(iterable: builtins._GetItemIterable[_T], /) -> collections.abc.Iterator[_T]: ...
@typing.overload
def iter(
    function: collections.abc.Callable[[], _T | None],
    sentinel: None,
    /,
) -> collections.abc.Iterator[_T]: ...
@typing.overload
def iter(
    function: collections.abc.Callable[[], _T],
    sentinel: object,
    /,
) -> collections.abc.Iterator[_T]: ...

def len(obj: collections.abc.Sized, /) -> int:
    """Return the number of items in a container."""
    ...

def license() -> None:
    """interactive prompt objects for printing the license text, a list of
    contributors and the copyright notice."""
    ...

def locals() -> dict[str, typing.Any]:
    """Return a dictionary containing the current scope's local variables.

NOTE: Whether or not updates to this dictionary will affect name lookups in
the local scope and vice-versa is *implementation dependent* and not
covered by any backwards compatibility guarantees."""
    ...

@typing.overload
def max(
    arg1: SupportsRichComparisonT,
    arg2: SupportsRichComparisonT,
    /,
    *_args: SupportsRichComparisonT,
    key: None = ...,
) -> SupportsRichComparisonT:
    """max(iterable, *[, default=obj, key=func]) -> value
max(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its biggest item. The
default keyword-only argument specifies an object to return if
the provided iterable is empty.
With two or more arguments, return the largest argument."""
    ...
@typing.overload
def max(
    arg1: _T,
    arg2: _T,
    /,
    *_args: _T,
    key: collections.abc.Callable[[_T], SupportsRichComparison],
) -> _T: ...
@typing.overload
def max(
    iterable: collections.abc.Iterable[SupportsRichComparisonT],
    /,
    *,
    key: None = ...,
) -> SupportsRichComparisonT: ...
@typing.overload
def max(
    iterable: collections.abc.Iterable[_T],
    /,
    *,
    key: collections.abc.Callable[[_T], SupportsRichComparison],
) -> _T: ...
@typing.overload
def max(
    iterable: collections.abc.Iterable[SupportsRichComparisonT],
    /,
    *,
    key: None = ...,
    default: _T,
) -> SupportsRichComparisonT | _T: ...
@typing.overload
def max(
    iterable: collections.abc.Iterable[_T1],
    /,
    *,
    key: collections.abc.Callable[[_T1], SupportsRichComparison],
    default: _T2,
) -> _T1 | _T2: ...

@typing.overload
def min(
    arg1: SupportsRichComparisonT,
    arg2: SupportsRichComparisonT,
    /,
    *_args: SupportsRichComparisonT,
    key: None = ...,
) -> SupportsRichComparisonT:
    """min(iterable, *[, default=obj, key=func]) -> value
min(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its smallest item. The
default keyword-only argument specifies an object to return if
the provided iterable is empty.
With two or more arguments, return the smallest argument."""
    ...
@typing.overload
def min(
    arg1: _T,
    arg2: _T,
    /,
    *_args: _T,
    key: collections.abc.Callable[[_T], SupportsRichComparison],
) -> _T: ...
@typing.overload
def min(
    iterable: collections.abc.Iterable[SupportsRichComparisonT],
    /,
    *,
    key: None = ...,
) -> SupportsRichComparisonT: ...
@typing.overload
def min(
    iterable: collections.abc.Iterable[_T],
    /,
    *,
    key: collections.abc.Callable[[_T], SupportsRichComparison],
) -> _T: ...
@typing.overload
def min(
    iterable: collections.abc.Iterable[SupportsRichComparisonT],
    /,
    *,
    key: None = ...,
    default: _T,
) -> SupportsRichComparisonT | _T: ...
@typing.overload
def min(
    iterable: collections.abc.Iterable[_T1],
    /,
    *,
    key: collections.abc.Callable[[_T1], SupportsRichComparison],
    default: _T2,
) -> _T1 | _T2: ...

@typing.overload
def next(i: _typeshed.SupportsNext[_T], /) -> _T:
    """next(iterator[, default])

Return the next item from the iterator. If default is given and the iterator
is exhausted, it is returned instead of raising StopIteration."""
    ...
@typing.overload
def next(i: _typeshed.SupportsNext[_T], default: _VT, /) -> _T | _VT: ...

def oct(number: int | typing.SupportsIndex, /) -> str:
    """Return the octal representation of an integer.

   >>> oct(342391)
   '0o1234567'"""
    ...

@typing.overload
def open(
    file: FileDescriptorOrPath,
    mode: OpenTextMode = ...,
    buffering: int = ...,
    encoding: str | None = ...,
    errors: str | None = ...,
    newline: str | None = ...,
    closefd: bool = ...,
    opener: _Opener | None = ...,
) -> io.TextIOWrapper:
    """Open file and return a stream.  Raise OSError upon failure.

file is either a text or byte string giving the name (and the path
if the file isn't in the current working directory) of the file to
be opened or an integer file descriptor of the file to be
wrapped. (If a file descriptor is given, it is closed when the
returned I/O object is closed, unless closefd is set to False.)

mode is an optional string that specifies the mode in which the file
is opened. It defaults to 'r' which means open for reading in text
mode.  Other common values are 'w' for writing (truncating the file if
it already exists), 'x' for creating and writing to a new file, and
'a' for appending (which on some Unix systems, means that all writes
append to the end of the file regardless of the current seek position).
In text mode, if encoding is not specified the encoding used is platform
dependent: locale.getencoding() is called to get the current locale encoding.
(For reading and writing raw bytes use binary mode and leave encoding
unspecified.) The available modes are:

========= ===============================================================
Character Meaning
--------- ---------------------------------------------------------------
'r'       open for reading (default)
'w'       open for writing, truncating the file first
'x'       create a new file and open it for writing
'a'       open for writing, appending to the end of the file if it exists
'b'       binary mode
't'       text mode (default)
'+'       open a disk file for updating (reading and writing)
========= ===============================================================

The default mode is 'rt' (open for reading text). For binary random
access, the mode 'w+b' opens and truncates the file to 0 bytes, while
'r+b' opens the file without truncation. The 'x' mode implies 'w' and
raises an `FileExistsError` if the file already exists.

Python distinguishes between files opened in binary and text modes,
even when the underlying operating system doesn't. Files opened in
binary mode (appending 'b' to the mode argument) return contents as
bytes objects without any decoding. In text mode (the default, or when
't' is appended to the mode argument), the contents of the file are
returned as strings, the bytes having been first decoded using a
platform-dependent encoding or using the specified encoding if given.

buffering is an optional integer used to set the buffering policy.
Pass 0 to switch buffering off (only allowed in binary mode), 1 to select
line buffering (only usable in text mode), and an integer > 1 to indicate
the size of a fixed-size chunk buffer.  When no buffering argument is
given, the default buffering policy works as follows:

* Binary files are buffered in fixed-size chunks; the size of the buffer
  is chosen using a heuristic trying to determine the underlying device's
  "block size" and falling back on `io.DEFAULT_BUFFER_SIZE`.
  On many systems, the buffer will typically be 4096 or 8192 bytes long.

* "Interactive" text files (files for which isatty() returns True)
  use line buffering.  Other text files use the policy described above
  for binary files.

encoding is the name of the encoding used to decode or encode the
file. This should only be used in text mode. The default encoding is
platform dependent, but any encoding supported by Python can be
passed.  See the codecs module for the list of supported encodings.

errors is an optional string that specifies how encoding errors are to
be handled---this argument should not be used in binary mode. Pass
'strict' to raise a ValueError exception if there is an encoding error
(the default of None has the same effect), or pass 'ignore' to ignore
errors. (Note that ignoring encoding errors can lead to data loss.)
See the documentation for codecs.register or run 'help(codecs.Codec)'
for a list of the permitted encoding error strings.

newline controls how universal newlines works (it only applies to text
mode). It can be None, '', '\\n', '\\r', and '\\r\\n'.  It works as
follows:

* On input, if newline is None, universal newlines mode is
  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and
  these are translated into '\\n' before being returned to the
  caller. If it is '', universal newline mode is enabled, but line
  endings are returned to the caller untranslated. If it has any of
  the other legal values, input lines are only terminated by the given
  string, and the line ending is returned to the caller untranslated.

* On output, if newline is None, any '\\n' characters written are
  translated to the system default line separator, os.linesep. If
  newline is '' or '\\n', no translation takes place. If newline is any
  of the other legal values, any '\\n' characters written are translated
  to the given string.

If closefd is False, the underlying file descriptor will be kept open
when the file is closed. This does not work when a file name is given
and must be True in that case.

A custom opener can be used by passing a callable as *opener*. The
underlying file descriptor for the file object is then obtained by
calling *opener* with (*file*, *flags*). *opener* must return an open
file descriptor (passing os.open as *opener* results in functionality
similar to passing None).

open() returns a file object whose type depends on the mode, and
through which the standard file operations such as reading and writing
are performed. When open() is used to open a file in a text mode ('w',
'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open
a file in a binary mode, the returned class varies: in read binary
mode, it returns a BufferedReader; in write binary and append binary
modes, it returns a BufferedWriter, and in read/write mode, it returns
a BufferedRandom.

It is also possible to use a string or bytearray as a file for both
reading and writing. For strings StringIO can be used like a file
opened in a text mode, and for bytes a BytesIO can be used like a file
opened in a binary mode."""
    ...
@typing.overload
def open(
    file: FileDescriptorOrPath,
    mode: OpenBinaryMode,
    buffering: typing.Literal[0],
    encoding: None = ...,
    errors: None = ...,
    newline: None = ...,
    closefd: bool = ...,
    opener: _Opener | None = ...,
) -> io.FileIO: ...
@typing.overload
def open(
    file: FileDescriptorOrPath,
    mode: OpenBinaryModeUpdating,
    buffering: typing.Literal[-1, 1] = ...,
    encoding: None = ...,
    errors: None = ...,
    newline: None = ...,
    closefd: bool = ...,
    opener: _Opener | None = ...,
) -> io.BufferedRandom: ...
@typing.overload
def open(
    file: FileDescriptorOrPath,
    mode: OpenBinaryModeWriting,
    buffering: typing.Literal[-1, 1] = ...,
    encoding: None = ...,
    errors: None = ...,
    newline: None = ...,
    closefd: bool = ...,
    opener: _Opener | None = ...,
) -> io.BufferedWriter: ...
@typing.overload
def open(
    file: FileDescriptorOrPath,
    mode: OpenBinaryModeReading,
    buffering: typing.Literal[-1, 1] = ...,
    encoding: None = ...,
    errors: None = ...,
    newline: None = ...,
    closefd: bool = ...,
    opener: _Opener | None = ...,
) -> io.BufferedReader: ...
@typing.overload
def open(
    file: FileDescriptorOrPath,
    mode: OpenBinaryMode,
    buffering: int = ...,
    encoding: None = ...,
    errors: None = ...,
    newline: None = ...,
    closefd: bool = ...,
    opener: _Opener | None = ...,
) -> typing.BinaryIO: ...
@typing.overload
def open(
    file: FileDescriptorOrPath,
    mode: str,
    buffering: int = ...,
    encoding: str | None = ...,
    errors: str | None = ...,
    newline: str | None = ...,
    closefd: bool = ...,
    opener: _Opener | None = ...,
) -> typing.IO[typing.Any]: ...

def ord(c: str | bytes | bytearray, /) -> int:
    """Return the Unicode code point for a one-character string."""
    ...

@typing.overload
def pow(base: int, exp: int, mod: int) -> int:
    """Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments

Some types, such as ints, are able to use a more efficient algorithm when
invoked using the three argument form."""
    ...
@typing.overload
def pow(base: int, exp: typing.Literal[0], mod: None = ...) -> typing.Literal[1]: ...
@typing.overload
def pow(base: int, exp: _PositiveInteger, mod: None = ...) -> int: ...
@typing.overload
def pow(base: int, exp: _NegativeInteger, mod: None = ...) -> float: ...
@typing.overload
def pow(base: int, exp: int, mod: None = ...) -> typing.Any: ...
@typing.overload
def pow(base: _PositiveInteger, exp: float, mod: None = ...) -> float: ...
@typing.overload
def pow(base: _NegativeInteger, exp: float, mod: None = ...) -> complex: ...
@typing.overload
def pow(base: float, exp: int, mod: None = ...) -> float: ...
@typing.overload
def pow(base: float, exp: complex | _SupportsSomeKindOfPow, mod: None = ...) -> typing.Any: ...
@typing.overload
def pow(base: complex, exp: complex | _SupportsSomeKindOfPow, mod: None = ...) -> complex: ...
@typing.overload
def pow(base: builtins._SupportsPow2[_E, _T_co], exp: _E, mod: None = ...) -> _T_co: ...
@typing.overload
def pow(base: builtins._SupportsPow3NoneOnly[_E, _T_co], exp: _E, mod: None = ...) -> _T_co: ...
@typing.overload
def pow(base: builtins._SupportsPow3[_E, _M, _T_co], exp: _E, mod: _M = ...) -> _T_co: ...
@typing.overload
def pow(base: _SupportsSomeKindOfPow, exp: float, mod: None = ...) -> typing.Any: ...
@typing.overload
def pow(base: _SupportsSomeKindOfPow, exp: complex, mod: None = ...) -> complex: ...

@typing.overload
def print(
    *values: object,
    sep: str | None = ...,
    end: str | None = ...,
    file: _typeshed.SupportsWrite[str] | None = ...,
    flush: typing.Literal[False] = ...,
) -> None:
    """Prints the values to a stream, or to sys.stdout by default.

  sep
    string inserted between values, default a space.
  end
    string appended after the last value, default a newline.
  file
    a file-like object (stream); defaults to the current sys.stdout.
  flush
    whether to forcibly flush the stream."""
    ...
@typing.overload
def print(
    *values: object,
    sep: str | None = ...,
    end: str | None = ...,
    file: builtins._SupportsWriteAndFlush[str] | None = ...,
    flush: bool,
) -> None: ...

def quit(code: _ExitCode = ...) -> typing.NoReturn: ...

def repr(obj: object, /) -> str:
    """Return the canonical string representation of the object.

For many object types, including most builtins, eval(repr(obj)) == obj."""
    ...

@typing.overload
def round(number: builtins._SupportsRound1[_T], ndigits: None = ...) -> _T:
    """Round a number to a given precision in decimal digits.

The return value is an integer if ndigits is omitted or None.  Otherwise
the return value has the same type as the number.  ndigits may be negative."""
    ...
@typing.overload
def round(number: builtins._SupportsRound2[_T], ndigits: typing.SupportsIndex) -> _T: ...

def setattr(obj: object, name: str, value: typing.Any, /) -> None:
    """Sets the named attribute on the given object to the specified value.

setattr(x, 'y', v) is equivalent to ``x.y = v``"""
    ...

@typing.overload
def sorted(
    iterable: collections.abc.Iterable[SupportsRichComparisonT],
    /,
    *,
    key: None = ...,
    reverse: bool = ...,
) -> list[SupportsRichComparisonT]:
    """Return a new list containing all items from the iterable in ascending order.

A custom key function can be supplied to customize the sort order, and the
reverse flag can be set to request the result in descending order."""
    ...
@typing.overload
def sorted(
    iterable: collections.abc.Iterable[_T],
    /,
    *,
    key: collections.abc.Callable[[_T], SupportsRichComparison],
    reverse: bool = ...,
) -> list[_T]: ...

@typing.overload
def sum(iterable: collections.abc.Iterable[bool], /, start: int = ...) -> int:
    """Return the sum of a 'start' value (default: 0) plus an iterable of numbers

When the iterable is empty, return the start value.
This function is intended specifically for use with numeric values and may
reject non-numeric types."""
    ...
@typing.overload
def sum(
    iterable: collections.abc.Iterable[_SupportsSumNoDefaultT],
    /,
) -> _SupportsSumNoDefaultT | typing.Literal[0]: ...
@typing.overload
def sum(
    iterable: collections.abc.Iterable[_AddableT1],
    /,
    start: _AddableT2,
) -> _AddableT1 | _AddableT2: ...

@typing.overload
def vars(object: type, /) -> types.MappingProxyType[str, typing.Any]:
    """vars([object]) -> dictionary

Without arguments, equivalent to locals().
With an argument, equivalent to object.__dict__."""
    ...
@typing.overload
def vars(object: typing.Any = ..., /) -> dict[str, typing.Any]: ...

class ArithmeticError(Exception):
    """Base class for arithmetic errors."""

class AssertionError(Exception):
    """Assertion failed."""

class AttributeError(Exception):
    """Attribute not found."""
    name: str
    obj: object
    def __init__(self, *args: object, name: str | None = ..., obj: object = ...) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...

class BaseException:
    """Common base class for all exceptions"""
    args: tuple[typing.Any, ...]
    def __init__(self, *args: object) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __setstate__(self, state: dict[str, typing.Any] | None, /) -> None: ...
    def add_note(self, note: str, /) -> None:
        """Exception.add_note(note) --
    add a note to the exception"""
        ...
    def with_traceback(self: Self, tb: types.TracebackType | None, /) -> Self:
        """Exception.with_traceback(tb) --
    set self.__traceback__ to tb and return self."""
        ...

class BaseExceptionGroup(BaseException, typing.Generic[_BaseExceptionT_co]):
    """A combination of multiple unrelated exceptions."""
    def __class_getitem__(cls, item: typing.Any, /) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __new__(
        cls: type[Self],
        message: str,
        exceptions: collections.abc.Sequence[_BaseExceptionT_co],
        /,
    ) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def derive(
        self,
        excs: collections.abc.Sequence[_ExceptionT],
        /,
    ) -> ExceptionGroup[_ExceptionT]: ...
    @typing.overload
    def derive(
        self,
        excs: collections.abc.Sequence[_BaseExceptionT],
        /,
    ) -> BaseExceptionGroup[_BaseExceptionT]: ...
    @property
    def exceptions(
        self,
    ) -> tuple[_BaseExceptionT_co | BaseExceptionGroup[_BaseExceptionT_co], ...]: ...
    @property
    def message(self) -> str: ...
    @typing.overload
    def split(
        self,
        condition: type[_ExceptionT] | tuple[type[_ExceptionT], ...],
        /,
    ) -> tuple[ExceptionGroup[_ExceptionT] | None, BaseExceptionGroup[_BaseExceptionT_co] | None]: ...
    @typing.overload
    def split(
        self,
        condition: type[_BaseExceptionT] | tuple[type[_BaseExceptionT], ...],
        /,
    ) -> tuple[BaseExceptionGroup[_BaseExceptionT] | None, BaseExceptionGroup[_BaseExceptionT_co] | None]: ...
    @typing.overload
    def split(
        self: Self,
        condition: collections.abc.Callable[[_BaseExceptionT_co | Self], bool],
        /,
    ) -> tuple[BaseExceptionGroup[_BaseExceptionT_co] | None, BaseExceptionGroup[_BaseExceptionT_co] | None]: ...
    @typing.overload
    def subgroup(
        self,
        condition: type[_ExceptionT] | tuple[type[_ExceptionT], ...],
        /,
    ) -> ExceptionGroup[_ExceptionT] | None: ...
    @typing.overload
    def subgroup(
        self,
        condition: type[_BaseExceptionT] | tuple[type[_BaseExceptionT], ...],
        /,
    ) -> BaseExceptionGroup[_BaseExceptionT] | None: ...
    @typing.overload
    def subgroup(
        self: Self,
        condition: collections.abc.Callable[[_BaseExceptionT_co | Self], bool],
        /,
    ) -> BaseExceptionGroup[_BaseExceptionT_co] | None: ...

class BlockingIOError(OSError):
    """I/O operation would block."""
    characters_written: int

class BrokenPipeError(ConnectionError):
    """Broken pipe."""

class BufferError(Exception):
    """Buffer error."""

class BytesWarning(Warning):
    """Base class for warnings about bytes and buffer related problems, mostly
related to conversion from str or comparing to str."""

class ChildProcessError(OSError):
    """Child process error."""

class ConnectionAbortedError(ConnectionError):
    """Connection aborted."""

class ConnectionError(OSError):
    """Connection error."""

class ConnectionRefusedError(ConnectionError):
    """Connection refused."""

class ConnectionResetError(ConnectionError):
    """Connection reset."""

class DeprecationWarning(Warning):
    """Base class for warnings about deprecated features."""

class EOFError(Exception):
    """Read beyond end of file."""

class EncodingWarning(Warning):
    """Base class for warnings about encodings."""

class Exception(BaseException):
    """Common base class for all non-exit exceptions."""

class ExceptionGroup(BaseExceptionGroup[_ExceptionT_co], Exception):
    def __new__(
        cls: type[Self],
        message: str,
        exceptions: collections.abc.Sequence[_ExceptionT_co],
        /,
    ) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @property
    def exceptions(self) -> tuple[_ExceptionT_co | ExceptionGroup[_ExceptionT_co], ...]: ...
    @typing.overload
    def split(
        self,
        condition: type[_ExceptionT] | tuple[type[_ExceptionT], ...],
        /,
    ) -> tuple[ExceptionGroup[_ExceptionT] | None, ExceptionGroup[_ExceptionT_co] | None]: ...
    @typing.overload
    def split(
        self: Self,
        condition: collections.abc.Callable[[_ExceptionT_co | Self], bool],
        /,
    ) -> tuple[ExceptionGroup[_ExceptionT_co] | None, ExceptionGroup[_ExceptionT_co] | None]: ...
    @typing.overload
    def subgroup(
        self,
        condition: type[_ExceptionT] | tuple[type[_ExceptionT], ...],
        /,
    ) -> ExceptionGroup[_ExceptionT] | None: ...
    @typing.overload
    def subgroup(
        self: Self,
        condition: collections.abc.Callable[[_ExceptionT_co | Self], bool],
        /,
    ) -> ExceptionGroup[_ExceptionT_co] | None: ...

class FileExistsError(OSError):
    """File already exists."""

class FileNotFoundError(OSError):
    """File not found."""

class FloatingPointError(ArithmeticError):
    """Floating point operation failed."""

class FutureWarning(Warning):
    """Base class for warnings about constructs that will change semantically
in the future."""

class GeneratorExit(BaseException):
    """Request that a generator exit."""

class ImportError(Exception):
    """Import can't find module, or can't find name in module."""
    name: str | None
    path: str | None
    msg: str
    def __init__(self, *args: object, name: str | None = ..., path: str | None = ...) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...

class ImportWarning(Warning):
    """Base class for warnings about probable mistakes in module imports"""

class IndentationError(SyntaxError):
    """Improper indentation."""

class IndexError(LookupError):
    """Sequence index out of range."""

class InterruptedError(OSError):
    """Interrupted by signal."""

class IsADirectoryError(OSError):
    """Operation doesn't work on directories."""

class KeyError(LookupError):
    """Mapping key not found."""

class KeyboardInterrupt(BaseException):
    """Program interrupted by user."""

class LookupError(Exception):
    """Base class for lookup errors."""

class MemoryError(Exception):
    """Out of memory."""

class ModuleNotFoundError(ImportError):
    """Module not found."""

class NameError(Exception):
    """Name not found globally."""
    name: str

class NotADirectoryError(OSError):
    """Operation only works on directories."""

class NotImplementedError(RuntimeError):
    """Method or function hasn't been implemented yet."""

class OSError(Exception):
    """Base class for I/O related errors."""
    errno: int
    strerror: str
    filename: typing.Any
    filename2: typing.Any

class OverflowError(ArithmeticError):
    """Result too large to be represented."""

class PendingDeprecationWarning(Warning):
    """Base class for warnings about features which will be deprecated
in the future."""

class PermissionError(OSError):
    """Not enough permissions."""

class ProcessLookupError(OSError):
    """Process not found."""

class RecursionError(RuntimeError):
    """Recursion limit exceeded."""

class ReferenceError(Exception):
    """Weak ref proxy used after referent went away."""

class ResourceWarning(Warning):
    """Base class for warnings about resource usage."""

class RuntimeError(Exception):
    """Unspecified run-time error."""

class RuntimeWarning(Warning):
    """Base class for warnings about dubious runtime behavior."""

class StopAsyncIteration(Exception):
    """Signal the end from iterator.__anext__()."""
    value: typing.Any

class StopIteration(Exception):
    """Signal the end from iterator.__next__()."""
    value: typing.Any

class SyntaxError(Exception):
    """Invalid syntax."""
    msg: str
    lineno: int | None
    offset: int | None
    text: str | None
    filename: str | None
    end_lineno: int | None
    end_offset: int | None

class SyntaxWarning(Warning):
    """Base class for warnings about dubious syntax."""

class SystemError(Exception):
    """Internal error in the Python interpreter.

Please report this to the Python maintainer, along with the traceback,
the Python version, and the hardware/OS platform and version."""

class SystemExit(BaseException):
    """Request to exit from the interpreter."""
    code: _ExitCode

class TabError(IndentationError):
    """Improper mixture of spaces and tabs."""

class TimeoutError(OSError):
    """Timeout expired."""

class TypeError(Exception):
    """Inappropriate argument type."""

class UnboundLocalError(NameError):
    """Local name referenced but not bound to a value."""

class UnicodeDecodeError(UnicodeError):
    """Unicode decoding error."""
    encoding: str
    object: bytes
    start: int
    end: int
    reason: str
    def __init__(
        self,
        encoding: str,
        object: ReadableBuffer,
        start: int,
        end: int,
        reason: str,
        /,
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...

class UnicodeEncodeError(UnicodeError):
    """Unicode encoding error."""
    encoding: str
    object: str
    start: int
    end: int
    reason: str
    def __init__(
        self,
        encoding: str,
        object: str,
        start: int,
        end: int,
        reason: str,
        /,
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...

class UnicodeError(ValueError):
    """Unicode related error."""

class UnicodeTranslateError(UnicodeError):
    """Unicode translation error."""
    encoding: None
    object: str
    start: int
    end: int
    reason: str
    def __init__(self, object: str, start: int, end: int, reason: str, /) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...

class UnicodeWarning(Warning):
    """Base class for warnings about Unicode related problems, mostly
related to conversion problems."""

class UserWarning(Warning):
    """Base class for warnings generated by user code."""

class ValueError(Exception):
    """Inappropriate argument value (of correct type)."""

class Warning(Exception):
    """Base class for warning categories."""

class ZeroDivisionError(ArithmeticError):
    """Second argument to a division or modulo operation was zero."""

@typing.final
class bool(int):
    """bool(x) -> bool

Returns True when the argument x is true, False otherwise.
The builtins True and False are the only two instances of the class bool.
The class bool is a subclass of the class int, and cannot be subclassed."""
    @typing.overload
    def __and__(self, x: bool, /) -> bool:
        """Return self&value."""
        ...
    @typing.overload
    def __and__(self, x: int, /) -> int: ...
    def __getnewargs__(self) -> tuple[int]: ...
    def __new__(cls: type[Self], o: object = ..., /) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __or__(self, x: bool, /) -> bool:
        """Return self|value."""
        ...
    @typing.overload
    def __or__(self, x: int, /) -> int: ...
    @typing.overload
    def __rand__(self, x: bool, /) -> bool:
        """Return value&self."""
        ...
    @typing.overload
    def __rand__(self, x: int, /) -> int: ...
    @typing.overload
    def __ror__(self, x: bool, /) -> bool:
        """Return value|self."""
        ...
    @typing.overload
    def __ror__(self, x: int, /) -> int: ...
    @typing.overload
    def __rxor__(self, x: bool, /) -> bool:
        """Return value^self."""
        ...
    @typing.overload
    def __rxor__(self, x: int, /) -> int: ...
    @typing.overload
    def __xor__(self, x: bool, /) -> bool:
        """Return self^value."""
        ...
    @typing.overload
    def __xor__(self, x: int, /) -> int: ...

class bytearray(collections.abc.MutableSequence[int], collections.abc.ByteString):
    """bytearray(iterable_of_ints) -> bytearray
bytearray(string, encoding[, errors]) -> bytearray
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
bytearray() -> empty bytes array

Construct a mutable bytearray object from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - a bytes or a buffer object
  - any object implementing the buffer API.
  - an integer"""
    def __add__(self, s: ReadableBuffer, /) -> bytearray:
        """Return self+value."""
        ...
    def __alloc__(self) -> int:
        """B.__alloc__() -> int

Return the number of bytes actually allocated."""
        ...
    def __contains__(self, o: typing.SupportsIndex | ReadableBuffer, /) -> bool:
        """Return key in self."""
        ...
    def __delitem__(self, i: typing.SupportsIndex | slice, /) -> None:
        """Delete self[key]."""
        ...
    def __eq__(self, x: object, /) -> bool:
        """Return self==value."""
        ...
    def __ge__(self, x: ReadableBuffer, /) -> bool:
        """Return self>=value."""
        ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsIndex, /) -> int:
        """Return self[key]."""
        ...
    @typing.overload
    def __getitem__(self, s: slice, /) -> bytearray: ...
    def __gt__(self, x: ReadableBuffer, /) -> bool:
        """Return self>value."""
        ...
    def __iadd__(self: Self, s: ReadableBuffer, /) -> Self:
        """Implement self+=value."""
        ...
    def __imul__(self: Self, n: typing.SupportsIndex, /) -> Self:
        """Implement self*=value."""
        ...
    @typing.overload
    def __init__(self) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(
        self,
        ints: collections.abc.Iterable[typing.SupportsIndex] | typing.SupportsIndex | ReadableBuffer,
        /,
    ) -> None: ...
    @typing.overload
    def __init__(self, string: str, /, encoding: str, errors: str = ...) -> None: ...
    def __iter__(self) -> collections.abc.Iterator[int]:
        """Implement iter(self)."""
        ...
    def __le__(self, x: ReadableBuffer, /) -> bool:
        """Return self<=value."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    def __lt__(self, x: ReadableBuffer, /) -> bool:
        """Return self<value."""
        ...
    def __mod__(self, value: typing.Any, /) -> bytes:
        """Return self%value."""
        ...
    def __mul__(self, n: typing.SupportsIndex, /) -> bytearray:
        """Return self*value."""
        ...
    def __ne__(self, x: object, /) -> bool:
        """Return self!=value."""
        ...
    def __rmul__(self, n: typing.SupportsIndex, /) -> bytearray:
        """Return value*self."""
        ...
    @typing.overload
    def __setitem__(self, i: typing.SupportsIndex, x: typing.SupportsIndex, /) -> None:
        """Set self[key] to value."""
        ...
    @typing.overload
    def __setitem__(
        self,
        s: slice,
        x: collections.abc.Iterable[typing.SupportsIndex] | bytes,
        /,
    ) -> None: ...
    def append(self, item: typing.SupportsIndex, /) -> None:
        """Append a single item to the end of the bytearray.

  item
    The item to be appended."""
        ...
    def capitalize(self) -> bytearray:
        """B.capitalize() -> copy of B

Return a copy of B with only its first character capitalized (ASCII)
and the rest lower-cased."""
        ...
    def center(self, width: typing.SupportsIndex, fillchar: bytes = b' ', /) -> bytearray:
        """Return a centered string of length width.

Padding is done using the specified fill character."""
        ...
    def copy(self) -> bytearray:
        """Return a copy of B."""
        ...
    def count(
        self,
        sub: ReadableBuffer | typing.SupportsIndex,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """B.count(sub[, start[, end]]) -> int

Return the number of non-overlapping occurrences of subsection sub in
bytes B[start:end].  Optional arguments start and end are interpreted
as in slice notation."""
        ...
    def decode(self, encoding: str = 'utf-8', errors: str = 'strict') -> str:
        """Decode the bytearray using the codec registered for encoding.

  encoding
    The encoding with which to decode the bytearray.
  errors
    The error handling scheme to use for the handling of decoding errors.
    The default is 'strict' meaning that decoding errors raise a
    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'
    as well as any other name registered with codecs.register_error that
    can handle UnicodeDecodeErrors."""
        ...
    def endswith(
        self,
        suffix: ReadableBuffer | tuple[ReadableBuffer, ...],
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> bool:
        """B.endswith(suffix[, start[, end]]) -> bool

Return True if B ends with the specified suffix, False otherwise.
With optional start, test B beginning at that position.
With optional end, stop comparing B at that position.
suffix can also be a tuple of bytes to try."""
        ...
    def expandtabs(self, tabsize: typing.SupportsIndex = 8) -> bytearray:
        """Return a copy where all tab characters are expanded using spaces.

If tabsize is not given, a tab size of 8 characters is assumed."""
        ...
    def extend(
        self,
        iterable_of_ints: collections.abc.Iterable[typing.SupportsIndex],
        /,
    ) -> None:
        """Append all the items from the iterator or sequence to the end of the bytearray.

  iterable_of_ints
    The iterable of items to append."""
        ...
    def find(
        self,
        sub: ReadableBuffer | typing.SupportsIndex,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """B.find(sub[, start[, end]]) -> int

Return the lowest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Return -1 on failure."""
        ...
    @classmethod
    def fromhex(cls: type[Self], string: str, /) -> Self:
        """Create a bytearray object from a string of hexadecimal numbers.

Spaces between two numbers are accepted.
Example: bytearray.fromhex('B9 01EF') -> bytearray(b'\\\\xb9\\\\x01\\\\xef')"""
        ...
    def hex(self, sep: str | bytes = ..., bytes_per_sep: typing.SupportsIndex = ...) -> str:
        """Create a string of hexadecimal numbers from a bytearray object.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

Example:
>>> value = bytearray([0xb9, 0x01, 0xef])
>>> value.hex()
'b901ef'
>>> value.hex(':')
'b9:01:ef'
>>> value.hex(':', 2)
'b9:01ef'
>>> value.hex(':', -2)
'b901:ef'"""
        ...
    def index(
        self,
        sub: ReadableBuffer | typing.SupportsIndex,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """B.index(sub[, start[, end]]) -> int

Return the lowest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Raises ValueError when the subsection is not found."""
        ...
    def insert(self, index: typing.SupportsIndex, item: typing.SupportsIndex, /) -> None:
        """Insert a single item into the bytearray before the given index.

  index
    The index where the value is to be inserted.
  item
    The item to be inserted."""
        ...
    def isalnum(self) -> bool:
        """B.isalnum() -> bool

Return True if all characters in B are alphanumeric
and there is at least one character in B, False otherwise."""
        ...
    def isalpha(self) -> bool:
        """B.isalpha() -> bool

Return True if all characters in B are alphabetic
and there is at least one character in B, False otherwise."""
        ...
    def isascii(self) -> bool:
        """B.isascii() -> bool

Return True if B is empty or all characters in B are ASCII,
False otherwise."""
        ...
    def isdigit(self) -> bool:
        """B.isdigit() -> bool

Return True if all characters in B are digits
and there is at least one character in B, False otherwise."""
        ...
    def islower(self) -> bool:
        """B.islower() -> bool

Return True if all cased characters in B are lowercase and there is
at least one cased character in B, False otherwise."""
        ...
    def isspace(self) -> bool:
        """B.isspace() -> bool

Return True if all characters in B are whitespace
and there is at least one character in B, False otherwise."""
        ...
    def istitle(self) -> bool:
        """B.istitle() -> bool

Return True if B is a titlecased string and there is at least one
character in B, i.e. uppercase characters may only follow uncased
characters and lowercase characters only cased ones. Return False
otherwise."""
        ...
    def isupper(self) -> bool:
        """B.isupper() -> bool

Return True if all cased characters in B are uppercase and there is
at least one cased character in B, False otherwise."""
        ...
    def join(self, iterable_of_bytes: collections.abc.Iterable[ReadableBuffer], /) -> bytearray:
        """Concatenate any number of bytes/bytearray objects.

The bytearray whose method is called is inserted in between each pair.

The result is returned as a new bytearray object."""
        ...
    def ljust(
        self,
        width: typing.SupportsIndex,
        fillchar: bytes | bytearray = b' ',
        /,
    ) -> bytearray:
        """Return a left-justified string of length width.

Padding is done using the specified fill character."""
        ...
    def lower(self) -> bytearray:
        """B.lower() -> copy of B

Return a copy of B with all ASCII characters converted to lowercase."""
        ...
    def lstrip(self, bytes: ReadableBuffer | None = None, /) -> bytearray:
        """Strip leading bytes contained in the argument.

If the argument is omitted or None, strip leading ASCII whitespace."""
        ...
    @staticmethod
    def maketrans(frm: ReadableBuffer, to: ReadableBuffer, /) -> bytes:
        """Return a translation table useable for the bytes or bytearray translate method.

The returned table will be one where each byte in frm is mapped to the byte at
the same position in to.

The bytes objects frm and to must be of the same length."""
        ...
    def partition(self, sep: ReadableBuffer, /) -> tuple[bytearray, bytearray, bytearray]:
        """Partition the bytearray into three parts using the given separator.

This will search for the separator sep in the bytearray. If the separator is
found, returns a 3-tuple containing the part before the separator, the
separator itself, and the part after it as new bytearray objects.

If the separator is not found, returns a 3-tuple containing the copy of the
original bytearray object and two empty bytearray objects."""
        ...
    def pop(self, index: int = -1, /) -> int:
        """Remove and return a single item from B.

  index
    The index from where to remove the item.
    -1 (the default value) means remove the last item.

If no index argument is given, will pop the last item."""
        ...
    def remove(self, value: int, /) -> None:
        """Remove the first occurrence of a value in the bytearray.

  value
    The value to remove."""
        ...
    def removeprefix(self, prefix: ReadableBuffer, /) -> bytearray:
        """Return a bytearray with the given prefix string removed if present.

If the bytearray starts with the prefix string, return
bytearray[len(prefix):].  Otherwise, return a copy of the original
bytearray."""
        ...
    def removesuffix(self, suffix: ReadableBuffer, /) -> bytearray:
        """Return a bytearray with the given suffix string removed if present.

If the bytearray ends with the suffix string and that suffix is not
empty, return bytearray[:-len(suffix)].  Otherwise, return a copy of
the original bytearray."""
        ...
    def replace(
        self,
        old: ReadableBuffer,
        new: ReadableBuffer,
        count: typing.SupportsIndex = -1,
        /,
    ) -> bytearray:
        """Return a copy with all occurrences of substring old replaced by new.

  count
    Maximum number of occurrences to replace.
    -1 (the default value) means replace all occurrences.

If the optional argument count is given, only the first count occurrences are
replaced."""
        ...
    def rfind(
        self,
        sub: ReadableBuffer | typing.SupportsIndex,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """B.rfind(sub[, start[, end]]) -> int

Return the highest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Return -1 on failure."""
        ...
    def rindex(
        self,
        sub: ReadableBuffer | typing.SupportsIndex,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """B.rindex(sub[, start[, end]]) -> int

Return the highest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Raise ValueError when the subsection is not found."""
        ...
    def rjust(
        self,
        width: typing.SupportsIndex,
        fillchar: bytes | bytearray = b' ',
        /,
    ) -> bytearray:
        """Return a right-justified string of length width.

Padding is done using the specified fill character."""
        ...
    def rpartition(self, sep: ReadableBuffer, /) -> tuple[bytearray, bytearray, bytearray]:
        """Partition the bytearray into three parts using the given separator.

This will search for the separator sep in the bytearray, starting at the end.
If the separator is found, returns a 3-tuple containing the part before the
separator, the separator itself, and the part after it as new bytearray
objects.

If the separator is not found, returns a 3-tuple containing two empty bytearray
objects and the copy of the original bytearray object."""
        ...
    def rsplit(
        self,
        sep: ReadableBuffer | None = None,
        maxsplit: typing.SupportsIndex = -1,
    ) -> list[bytearray]:
        """Return a list of the sections in the bytearray, using sep as the delimiter.

  sep
    The delimiter according which to split the bytearray.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit.

Splitting is done starting at the end of the bytearray and working to the front."""
        ...
    def rstrip(self, bytes: ReadableBuffer | None = None, /) -> bytearray:
        """Strip trailing bytes contained in the argument.

If the argument is omitted or None, strip trailing ASCII whitespace."""
        ...
    def split(
        self,
        sep: ReadableBuffer | None = None,
        maxsplit: typing.SupportsIndex = -1,
    ) -> list[bytearray]:
        """Return a list of the sections in the bytearray, using sep as the delimiter.

  sep
    The delimiter according which to split the bytearray.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit."""
        ...
    def splitlines(self, keepends: bool = False) -> list[bytearray]:
        """Return a list of the lines in the bytearray, breaking at line boundaries.

Line breaks are not included in the resulting list unless keepends is given and
true."""
        ...
    def startswith(
        self,
        prefix: ReadableBuffer | tuple[ReadableBuffer, ...],
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> bool:
        """B.startswith(prefix[, start[, end]]) -> bool

Return True if B starts with the specified prefix, False otherwise.
With optional start, test B beginning at that position.
With optional end, stop comparing B at that position.
prefix can also be a tuple of bytes to try."""
        ...
    def strip(self, bytes: ReadableBuffer | None = None, /) -> bytearray:
        """Strip leading and trailing bytes contained in the argument.

If the argument is omitted or None, strip leading and trailing ASCII whitespace."""
        ...
    def swapcase(self) -> bytearray:
        """B.swapcase() -> copy of B

Return a copy of B with uppercase ASCII characters converted
to lowercase ASCII and vice versa."""
        ...
    def title(self) -> bytearray:
        """B.title() -> copy of B

Return a titlecased version of B, i.e. ASCII words start with uppercase
characters, all remaining cased characters have lowercase."""
        ...
    def translate(self, table: ReadableBuffer | None, /, delete: bytes = b'') -> bytearray:
        """Return a copy with each character mapped by the given translation table.

  table
    Translation table, which must be a bytes object of length 256.

All characters occurring in the optional argument delete are removed.
The remaining characters are mapped through the given translation table."""
        ...
    def upper(self) -> bytearray:
        """B.upper() -> copy of B

Return a copy of B with all ASCII characters converted to uppercase."""
        ...
    def zfill(self, width: typing.SupportsIndex, /) -> bytearray:
        """Pad a numeric string with zeros on the left, to fill a field of the given width.

The original string is never truncated."""
        ...

class bytes(collections.abc.ByteString):
    """bytes(iterable_of_ints) -> bytes
bytes(string, encoding[, errors]) -> bytes
bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer
bytes(int) -> bytes object of size given by the parameter initialized with null bytes
bytes() -> empty bytes object

Construct an immutable array of bytes from:
  - an iterable yielding integers in range(256)
  - a text string encoded using the specified encoding
  - any object implementing the buffer API.
  - an integer"""
    def __add__(self, s: ReadableBuffer, /) -> bytes:
        """Return self+value."""
        ...
    def __bytes__(self) -> bytes:
        """Convert this value to exact type bytes."""
        ...
    def __contains__(self, o: typing.SupportsIndex | ReadableBuffer, /) -> bool:
        """Return key in self."""
        ...
    def __eq__(self, x: object, /) -> bool:
        """Return self==value."""
        ...
    def __ge__(self, x: bytes, /) -> bool:
        """Return self>=value."""
        ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsIndex, /) -> int:
        """Return self[key]."""
        ...
    @typing.overload
    def __getitem__(self, s: slice, /) -> bytes: ...
    def __getnewargs__(self) -> tuple[bytes]: ...
    def __gt__(self, x: bytes, /) -> bool:
        """Return self>value."""
        ...
    def __iter__(self) -> collections.abc.Iterator[int]:
        """Implement iter(self)."""
        ...
    def __le__(self, x: bytes, /) -> bool:
        """Return self<=value."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    def __lt__(self, x: bytes, /) -> bool:
        """Return self<value."""
        ...
    def __mod__(self, value: typing.Any, /) -> bytes:
        """Return self%value."""
        ...
    def __mul__(self, n: typing.SupportsIndex, /) -> bytes:
        """Return self*value."""
        ...
    def __ne__(self, x: object, /) -> bool:
        """Return self!=value."""
        ...
    @typing.overload
    def __new__(
        cls: type[Self],
        o: collections.abc.Iterable[typing.SupportsIndex] | typing.SupportsIndex | typing.SupportsBytes | ReadableBuffer,
        /,
    ) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(cls: type[Self], string: str, /, encoding: str, errors: str = ...) -> Self: ...
    @typing.overload
    def __new__(cls: type[Self]) -> Self: ...
    def __rmul__(self, n: typing.SupportsIndex, /) -> bytes:
        """Return value*self."""
        ...
    def capitalize(self) -> bytes:
        """B.capitalize() -> copy of B

Return a copy of B with only its first character capitalized (ASCII)
and the rest lower-cased."""
        ...
    def center(self, width: typing.SupportsIndex, fillchar: bytes = b' ', /) -> bytes:
        """Return a centered string of length width.

Padding is done using the specified fill character."""
        ...
    def count(
        self,
        sub: ReadableBuffer | typing.SupportsIndex,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """B.count(sub[, start[, end]]) -> int

Return the number of non-overlapping occurrences of subsection sub in
bytes B[start:end].  Optional arguments start and end are interpreted
as in slice notation."""
        ...
    def decode(self, encoding: str = 'utf-8', errors: str = 'strict') -> str:
        """Decode the bytes using the codec registered for encoding.

  encoding
    The encoding with which to decode the bytes.
  errors
    The error handling scheme to use for the handling of decoding errors.
    The default is 'strict' meaning that decoding errors raise a
    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'
    as well as any other name registered with codecs.register_error that
    can handle UnicodeDecodeErrors."""
        ...
    def endswith(
        self,
        suffix: ReadableBuffer | tuple[ReadableBuffer, ...],
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> bool:
        """B.endswith(suffix[, start[, end]]) -> bool

Return True if B ends with the specified suffix, False otherwise.
With optional start, test B beginning at that position.
With optional end, stop comparing B at that position.
suffix can also be a tuple of bytes to try."""
        ...
    def expandtabs(self, tabsize: typing.SupportsIndex = 8) -> bytes:
        """Return a copy where all tab characters are expanded using spaces.

If tabsize is not given, a tab size of 8 characters is assumed."""
        ...
    def find(
        self,
        sub: ReadableBuffer | typing.SupportsIndex,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """B.find(sub[, start[, end]]) -> int

Return the lowest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Return -1 on failure."""
        ...
    @classmethod
    def fromhex(cls: type[Self], s: str, /) -> Self:
        """Create a bytes object from a string of hexadecimal numbers.

Spaces between two numbers are accepted.
Example: bytes.fromhex('B9 01EF') -> b'\\\\xb9\\\\x01\\\\xef'."""
        ...
    def hex(self, sep: str | bytes = ..., bytes_per_sep: typing.SupportsIndex = ...) -> str:
        """Create a string of hexadecimal numbers from a bytes object.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

Example:
>>> value = b'\\xb9\\x01\\xef'
>>> value.hex()
'b901ef'
>>> value.hex(':')
'b9:01:ef'
>>> value.hex(':', 2)
'b9:01ef'
>>> value.hex(':', -2)
'b901:ef'"""
        ...
    def index(
        self,
        sub: ReadableBuffer | typing.SupportsIndex,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """B.index(sub[, start[, end]]) -> int

Return the lowest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Raises ValueError when the subsection is not found."""
        ...
    def isalnum(self) -> bool:
        """B.isalnum() -> bool

Return True if all characters in B are alphanumeric
and there is at least one character in B, False otherwise."""
        ...
    def isalpha(self) -> bool:
        """B.isalpha() -> bool

Return True if all characters in B are alphabetic
and there is at least one character in B, False otherwise."""
        ...
    def isascii(self) -> bool:
        """B.isascii() -> bool

Return True if B is empty or all characters in B are ASCII,
False otherwise."""
        ...
    def isdigit(self) -> bool:
        """B.isdigit() -> bool

Return True if all characters in B are digits
and there is at least one character in B, False otherwise."""
        ...
    def islower(self) -> bool:
        """B.islower() -> bool

Return True if all cased characters in B are lowercase and there is
at least one cased character in B, False otherwise."""
        ...
    def isspace(self) -> bool:
        """B.isspace() -> bool

Return True if all characters in B are whitespace
and there is at least one character in B, False otherwise."""
        ...
    def istitle(self) -> bool:
        """B.istitle() -> bool

Return True if B is a titlecased string and there is at least one
character in B, i.e. uppercase characters may only follow uncased
characters and lowercase characters only cased ones. Return False
otherwise."""
        ...
    def isupper(self) -> bool:
        """B.isupper() -> bool

Return True if all cased characters in B are uppercase and there is
at least one cased character in B, False otherwise."""
        ...
    def join(self, iterable_of_bytes: collections.abc.Iterable[ReadableBuffer], /) -> bytes:
        """Concatenate any number of bytes objects.

The bytes whose method is called is inserted in between each pair.

The result is returned as a new bytes object.

Example: b'.'.join([b'ab', b'pq', b'rs']) -> b'ab.pq.rs'."""
        ...
    def ljust(
        self,
        width: typing.SupportsIndex,
        fillchar: bytes | bytearray = b' ',
        /,
    ) -> bytes:
        """Return a left-justified string of length width.

Padding is done using the specified fill character."""
        ...
    def lower(self) -> bytes:
        """B.lower() -> copy of B

Return a copy of B with all ASCII characters converted to lowercase."""
        ...
    def lstrip(self, bytes: ReadableBuffer | None = None, /) -> bytes:
        """Strip leading bytes contained in the argument.

If the argument is omitted or None, strip leading  ASCII whitespace."""
        ...
    @staticmethod
    def maketrans(frm: ReadableBuffer, to: ReadableBuffer, /) -> bytes:
        """Return a translation table useable for the bytes or bytearray translate method.

The returned table will be one where each byte in frm is mapped to the byte at
the same position in to.

The bytes objects frm and to must be of the same length."""
        ...
    def partition(self, sep: ReadableBuffer, /) -> tuple[bytes, bytes, bytes]:
        """Partition the bytes into three parts using the given separator.

This will search for the separator sep in the bytes. If the separator is found,
returns a 3-tuple containing the part before the separator, the separator
itself, and the part after it.

If the separator is not found, returns a 3-tuple containing the original bytes
object and two empty bytes objects."""
        ...
    def removeprefix(self, prefix: ReadableBuffer, /) -> bytes:
        """Return a bytes object with the given prefix string removed if present.

If the bytes starts with the prefix string, return bytes[len(prefix):].
Otherwise, return a copy of the original bytes."""
        ...
    def removesuffix(self, suffix: ReadableBuffer, /) -> bytes:
        """Return a bytes object with the given suffix string removed if present.

If the bytes ends with the suffix string and that suffix is not empty,
return bytes[:-len(prefix)].  Otherwise, return a copy of the original
bytes."""
        ...
    def replace(
        self,
        old: ReadableBuffer,
        new: ReadableBuffer,
        count: typing.SupportsIndex = -1,
        /,
    ) -> bytes:
        """Return a copy with all occurrences of substring old replaced by new.

  count
    Maximum number of occurrences to replace.
    -1 (the default value) means replace all occurrences.

If the optional argument count is given, only the first count occurrences are
replaced."""
        ...
    def rfind(
        self,
        sub: ReadableBuffer | typing.SupportsIndex,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """B.rfind(sub[, start[, end]]) -> int

Return the highest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Return -1 on failure."""
        ...
    def rindex(
        self,
        sub: ReadableBuffer | typing.SupportsIndex,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """B.rindex(sub[, start[, end]]) -> int

Return the highest index in B where subsection sub is found,
such that sub is contained within B[start,end].  Optional
arguments start and end are interpreted as in slice notation.

Raise ValueError when the subsection is not found."""
        ...
    def rjust(
        self,
        width: typing.SupportsIndex,
        fillchar: bytes | bytearray = b' ',
        /,
    ) -> bytes:
        """Return a right-justified string of length width.

Padding is done using the specified fill character."""
        ...
    def rpartition(self, sep: ReadableBuffer, /) -> tuple[bytes, bytes, bytes]:
        """Partition the bytes into three parts using the given separator.

This will search for the separator sep in the bytes, starting at the end. If
the separator is found, returns a 3-tuple containing the part before the
separator, the separator itself, and the part after it.

If the separator is not found, returns a 3-tuple containing two empty bytes
objects and the original bytes object."""
        ...
    def rsplit(
        self,
        sep: ReadableBuffer | None = None,
        maxsplit: typing.SupportsIndex = -1,
    ) -> list[bytes]:
        """Return a list of the sections in the bytes, using sep as the delimiter.

  sep
    The delimiter according which to split the bytes.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit.

Splitting is done starting at the end of the bytes and working to the front."""
        ...
    def rstrip(self, bytes: ReadableBuffer | None = None, /) -> bytes:
        """Strip trailing bytes contained in the argument.

If the argument is omitted or None, strip trailing ASCII whitespace."""
        ...
    def split(
        self,
        sep: ReadableBuffer | None = None,
        maxsplit: typing.SupportsIndex = -1,
    ) -> list[bytes]:
        """Return a list of the sections in the bytes, using sep as the delimiter.

  sep
    The delimiter according which to split the bytes.
    None (the default value) means split on ASCII whitespace characters
    (space, tab, return, newline, formfeed, vertical tab).
  maxsplit
    Maximum number of splits to do.
    -1 (the default value) means no limit."""
        ...
    def splitlines(self, keepends: bool = False) -> list[bytes]:
        """Return a list of the lines in the bytes, breaking at line boundaries.

Line breaks are not included in the resulting list unless keepends is given and
true."""
        ...
    def startswith(
        self,
        prefix: ReadableBuffer | tuple[ReadableBuffer, ...],
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> bool:
        """B.startswith(prefix[, start[, end]]) -> bool

Return True if B starts with the specified prefix, False otherwise.
With optional start, test B beginning at that position.
With optional end, stop comparing B at that position.
prefix can also be a tuple of bytes to try."""
        ...
    def strip(self, bytes: ReadableBuffer | None = None, /) -> bytes:
        """Strip leading and trailing bytes contained in the argument.

If the argument is omitted or None, strip leading and trailing ASCII whitespace."""
        ...
    def swapcase(self) -> bytes:
        """B.swapcase() -> copy of B

Return a copy of B with uppercase ASCII characters converted
to lowercase ASCII and vice versa."""
        ...
    def title(self) -> bytes:
        """B.title() -> copy of B

Return a titlecased version of B, i.e. ASCII words start with uppercase
characters, all remaining cased characters have lowercase."""
        ...
    def translate(self, table: ReadableBuffer | None, /, delete: bytes = b'') -> bytes:
        """Return a copy with each character mapped by the given translation table.

  table
    Translation table, which must be a bytes object of length 256.

All characters occurring in the optional argument delete are removed.
The remaining characters are mapped through the given translation table."""
        ...
    def upper(self) -> bytes:
        """B.upper() -> copy of B

Return a copy of B with all ASCII characters converted to uppercase."""
        ...
    def zfill(self, width: typing.SupportsIndex, /) -> bytes:
        """Pad a numeric string with zeros on the left, to fill a field of the given width.

The original string is never truncated."""
        ...

class classmethod(typing.Generic[_R_co]):
    """classmethod(function) -> method

Convert a function to be a class method.

A class method receives the class as implicit first argument,
just like an instance method receives the instance.
To declare a class method, use this idiom:

  class C:
      @classmethod
      def f(cls, arg1, arg2, ...):
          ...

It can be called either on the class (e.g. C.f()) or on an instance
(e.g. C().f()).  The instance is ignored except for its class.
If a class method is called for a derived class, the derived class
object is passed as the implied first argument.

Class methods are different than C++ or Java static methods.
If you want those, see the staticmethod builtin."""
    @property
    def __func__(self) -> collections.abc.Callable[..., _R_co]: ...
    def __get__(
        self,
        obj: _T,
        type: type[_T] | None = ...,
        /,
    ) -> collections.abc.Callable[..., _R_co]:
        """Return an attribute of instance, which is of type owner."""
        ...
    def __init__(self: classmethod[_R_co], f: collections.abc.Callable[..., _R_co], /) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @property
    def __isabstractmethod__(self) -> bool: ...
    @property
    def __wrapped__(self) -> collections.abc.Callable[..., _R_co]: ...

class complex:
    """Create a complex number from a real part and an optional imaginary part.

This is equivalent to (real + imag*1j) where imag defaults to 0."""
    def __abs__(self) -> float:
        """abs(self)"""
        ...
    def __add__(self, x: complex, /) -> complex:
        """Return self+value."""
        ...
    def __bool__(self) -> bool:
        """True if self else False"""
        ...
    def __complex__(self) -> complex:
        """Convert this value to exact type complex."""
        ...
    def __eq__(self, x: object, /) -> bool:
        """Return self==value."""
        ...
    def __mul__(self, x: complex, /) -> complex:
        """Return self*value."""
        ...
    def __ne__(self, x: object, /) -> bool:
        """Return self!=value."""
        ...
    def __neg__(self) -> complex:
        """-self"""
        ...
    @typing.overload
    def __new__(
        cls: type[Self],
        real: complex | typing.SupportsComplex | typing.SupportsFloat | typing.SupportsIndex = ...,
        imag: complex | typing.SupportsFloat | typing.SupportsIndex = ...,
    ) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(
        cls: type[Self],
        real: str | typing.SupportsComplex | typing.SupportsFloat | typing.SupportsIndex | complex,
    ) -> Self: ...
    def __pos__(self) -> complex:
        """+self"""
        ...
    def __pow__(self, x: complex, mod: None = None, /) -> complex:
        """Return pow(self, value, mod)."""
        ...
    def __radd__(self, x: complex, /) -> complex:
        """Return value+self."""
        ...
    def __rmul__(self, x: complex, /) -> complex:
        """Return value*self."""
        ...
    def __rpow__(self, x: complex, mod: None = None, /) -> complex:
        """Return pow(value, self, mod)."""
        ...
    def __rsub__(self, x: complex, /) -> complex:
        """Return value-self."""
        ...
    def __rtruediv__(self, x: complex, /) -> complex:
        """Return value/self."""
        ...
    def __sub__(self, x: complex, /) -> complex:
        """Return self-value."""
        ...
    def __truediv__(self, x: complex, /) -> complex:
        """Return self/value."""
        ...
    def conjugate(self) -> complex:
        """Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."""
        ...
    @property
    def imag(self) -> float: ...
    @property
    def real(self) -> float: ...

class dict(collections.abc.MutableMapping[_KT, _VT], typing.Generic[_KT, _VT]):
    """dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's
    (key, value) pairs
dict(iterable) -> new dictionary initialized as if via:
    d = {}
    for k, v in iterable:
        d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs
    in the keyword argument list.  For example:  dict(one=1, two=2)"""
    def __class_getitem__(cls, item: typing.Any, /) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __delitem__(self, key: _KT, /) -> None:
        """Delete self[key]."""
        ...
    def __getitem__(self, key: _KT, /) -> _VT:
        """x.__getitem__(y) <==> x[y]"""
        ...
    @typing.overload
    def __init__(self) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(self: dict[str, _VT], **kwargs: _VT) -> None: ...
    @typing.overload
    def __init__(self, map: _typeshed.SupportsKeysAndGetItem[_KT, _VT], /) -> None: ...
    @typing.overload
    def __init__(
        self: dict[str, _VT],
        map: _typeshed.SupportsKeysAndGetItem[str, _VT],
        /,
        **kwargs: _VT,
    ) -> None: ...
    @typing.overload
    def __init__(self, iterable: collections.abc.Iterable[tuple[_KT, _VT]], /) -> None: ...
    @typing.overload
    def __init__(
        self: dict[str, _VT],
        iterable: collections.abc.Iterable[tuple[str, _VT]],
        /,
        **kwargs: _VT,
    ) -> None: ...
    @typing.overload
    def __init__(
        self: dict[str, str],
        iterable: collections.abc.Iterable[list[str]],
        /,
    ) -> None: ...
    @typing.overload
    def __ior__(self: Self, value: _typeshed.SupportsKeysAndGetItem[_KT, _VT], /) -> Self:
        """Return self|=value."""
        ...
    @typing.overload
    def __ior__(self: Self, value: collections.abc.Iterable[tuple[_KT, _VT]], /) -> Self: ...
    def __iter__(self) -> collections.abc.Iterator[_KT]:
        """Implement iter(self)."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    def __new__(cls: type[Self], *args: typing.Any, **kwargs: typing.Any) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    def __or__(self, value: collections.abc.Mapping[_T1, _T2], /) -> dict[_KT | _T1, _VT | _T2]:
        """Return self|value."""
        ...
    def __reversed__(self) -> collections.abc.Iterator[_KT]:
        """Return a reverse iterator over the dict keys."""
        ...
    def __ror__(
        self,
        value: collections.abc.Mapping[_T1, _T2],
        /,
    ) -> dict[_KT | _T1, _VT | _T2]:
        """Return value|self."""
        ...
    def __setitem__(self, key: _KT, value: _VT, /) -> None:
        """Set self[key] to value."""
        ...
    def copy(self) -> dict[_KT, _VT]:
        """D.copy() -> a shallow copy of D"""
        ...
    @typing.overload
    @classmethod
    def fromkeys(
        cls,
        iterable: collections.abc.Iterable[_T],
        value: None = ...,
        /,
    ) -> dict[_T, typing.Any | None]:
        """Create a new dictionary with keys from iterable and values set to value."""
        ...
    @typing.overload
    @classmethod
    def fromkeys(cls, iterable: collections.abc.Iterable[_T], value: _S, /) -> dict[_T, _S]: ...
    @typing.overload
    def get(self, key: _KT, /) -> _VT | None:
        """Return the value for key if key is in the dictionary, else default."""
        ...
    @typing.overload
    def get(self, key: _KT, default: _VT | _T, /) -> _VT | _T: ...
    def items(self) -> _collections_abc.dict_items[_KT, _VT]:
        """D.items() -> a set-like object providing a view on D's items"""
        ...
    def keys(self) -> _collections_abc.dict_keys[_KT, _VT]:
        """D.keys() -> a set-like object providing a view on D's keys"""
        ...
    @typing.overload
    def pop(self, key: _KT, /) -> _VT:
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value.

If the key is not found, return the default if given; otherwise,
raise a KeyError."""
        ...
    @typing.overload
    def pop(self, key: _KT, default: _VT | _T, /) -> _VT | _T: ...
    def values(self) -> _collections_abc.dict_values[_KT, _VT]:
        """D.values() -> an object providing a view on D's values"""
        ...

@typing.final
class ellipsis: ...

class enumerate(collections.abc.Iterator[tuple[int, _T]], typing.Generic[_T]):
    """Return an enumerate object.

  iterable
    an object supporting iteration

The enumerate object yields pairs containing a count (from start, which
defaults to zero) and a value yielded by the iterable argument.

enumerate is useful for obtaining an indexed list:
    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."""
    def __class_getitem__(cls, item: typing.Any, /) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __init__(self, iterable: collections.abc.Iterable[_T], start: int = ...) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> tuple[int, _T]:
        """Implement next(self)."""
        ...

class filter(collections.abc.Iterator[_T], typing.Generic[_T]):
    """filter(function or None, iterable) --> filter object

Return an iterator yielding those items of iterable for which function(item)
is true. If function is None, return the items that are true."""
    @typing.overload
    def __init__(
        self,
        function: None,
        iterable: collections.abc.Iterable[_T | None],
        /,
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(
        self,
        function: collections.abc.Callable[[_S], bool],
        iterable: collections.abc.Iterable[_S],
        /,
    ) -> None: ...
    @typing.overload
    def __init__(
        self,
        function: collections.abc.Callable[[_T], typing.Any],
        iterable: collections.abc.Iterable[_T],
        /,
    ) -> None: ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class float:
    """Convert a string or number to a floating point number, if possible."""
    def __abs__(self) -> float:
        """abs(self)"""
        ...
    def __add__(self, x: float, /) -> float:
        """Return self+value."""
        ...
    def __bool__(self) -> bool:
        """True if self else False"""
        ...
    def __ceil__(self) -> int:
        """Return the ceiling as an Integral."""
        ...
    def __divmod__(self, x: float, /) -> tuple[float, float]:
        """Return divmod(self, value)."""
        ...
    def __eq__(self, x: object, /) -> bool:
        """Return self==value."""
        ...
    def __float__(self) -> float:
        """float(self)"""
        ...
    def __floor__(self) -> int:
        """Return the floor as an Integral."""
        ...
    def __floordiv__(self, x: float, /) -> float:
        """Return self//value."""
        ...
    def __ge__(self, x: float, /) -> bool:
        """Return self>=value."""
        ...
    def __getnewargs__(self) -> tuple[float]: ...
    def __gt__(self, x: float, /) -> bool:
        """Return self>value."""
        ...
    def __int__(self) -> int:
        """int(self)"""
        ...
    def __le__(self, x: float, /) -> bool:
        """Return self<=value."""
        ...
    def __lt__(self, x: float, /) -> bool:
        """Return self<value."""
        ...
    def __mod__(self, x: float, /) -> float:
        """Return self%value."""
        ...
    def __mul__(self, x: float, /) -> float:
        """Return self*value."""
        ...
    def __ne__(self, x: object, /) -> bool:
        """Return self!=value."""
        ...
    def __neg__(self) -> float:
        """-self"""
        ...
    def __new__(
        cls: type[Self],
        x: typing.SupportsFloat | typing.SupportsIndex | str | ReadableBuffer = ...,
        /,
    ) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    def __pos__(self) -> float:
        """+self"""
        ...
    @typing.overload
    def __pow__(self, x: int, mod: None = ..., /) -> float:
        """Return pow(self, value, mod)."""
        ...
    @typing.overload
    def __pow__(self, x: float, mod: None = ..., /) -> typing.Any: ...
    def __radd__(self, x: float, /) -> float:
        """Return value+self."""
        ...
    def __rdivmod__(self, x: float, /) -> tuple[float, float]:
        """Return divmod(value, self)."""
        ...
    def __rfloordiv__(self, x: float, /) -> float:
        """Return value//self."""
        ...
    def __rmod__(self, x: float, /) -> float:
        """Return value%self."""
        ...
    def __rmul__(self, x: float, /) -> float:
        """Return value*self."""
        ...
    @typing.overload
    def __round__(self, ndigits: None = ..., /) -> int:
        """Return the Integral closest to x, rounding half toward even.

When an argument is passed, work like built-in round(x, ndigits)."""
        ...
    @typing.overload
    def __round__(self, ndigits: typing.SupportsIndex, /) -> float: ...
    @typing.overload
    def __rpow__(self, x: _PositiveInteger, modulo: None = ..., /) -> float:
        """Return pow(value, self, mod)."""
        ...
    @typing.overload
    def __rpow__(self, x: _NegativeInteger, mod: None = ..., /) -> complex: ...
    @typing.overload
    def __rpow__(self, x: float, mod: None = ..., /) -> typing.Any: ...
    def __rsub__(self, x: float, /) -> float:
        """Return value-self."""
        ...
    def __rtruediv__(self, x: float, /) -> float:
        """Return value/self."""
        ...
    def __sub__(self, x: float, /) -> float:
        """Return self-value."""
        ...
    def __truediv__(self, x: float, /) -> float:
        """Return self/value."""
        ...
    def __trunc__(self) -> int:
        """Return the Integral closest to x between 0 and x."""
        ...
    def as_integer_ratio(self) -> tuple[int, int]:
        """Return integer ratio.

Return a pair of integers, whose ratio is exactly equal to the original float
and with a positive denominator.

Raise OverflowError on infinities and a ValueError on NaNs.

>>> (10.0).as_integer_ratio()
(10, 1)
>>> (0.0).as_integer_ratio()
(0, 1)
>>> (-.25).as_integer_ratio()
(-1, 4)"""
        ...
    def conjugate(self) -> float:
        """Return self, the complex conjugate of any float."""
        ...
    @classmethod
    def fromhex(cls: type[Self], s: str, /) -> Self:
        """Create a floating-point number from a hexadecimal string.

>>> float.fromhex('0x1.ffffp10')
2047.984375
>>> float.fromhex('-0x1p-1074')
-5e-324"""
        ...
    def hex(self) -> str:
        """Return a hexadecimal representation of a floating-point number.

>>> (-0.1).hex()
'-0x1.999999999999ap-4'
>>> 3.14159.hex()
'0x1.921f9f01b866ep+1'"""
        ...
    @property
    def imag(self) -> float: ...
    def is_integer(self) -> bool:
        """Return True if the float is an integer."""
        ...
    @property
    def real(self) -> float: ...

class frozenset(collections.abc.Set[_T_co], typing.Generic[_T_co]):
    """frozenset() -> empty frozenset object
frozenset(iterable) -> frozenset object

Build an immutable unordered collection of unique elements."""
    def __and__(self, s: collections.abc.Set[_T_co], /) -> frozenset[_T_co]:
        """Return self&value."""
        ...
    def __class_getitem__(cls, item: typing.Any, /) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __contains__(self, o: object, /) -> bool:
        """x.__contains__(y) <==> y in x."""
        ...
    def __ge__(self, s: collections.abc.Set[object], /) -> bool:
        """Return self>=value."""
        ...
    def __gt__(self, s: collections.abc.Set[object], /) -> bool:
        """Return self>value."""
        ...
    def __iter__(self) -> collections.abc.Iterator[_T_co]:
        """Implement iter(self)."""
        ...
    def __le__(self, s: collections.abc.Set[object], /) -> bool:
        """Return self<=value."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    def __lt__(self, s: collections.abc.Set[object], /) -> bool:
        """Return self<value."""
        ...
    @typing.overload
    def __new__(cls: type[Self]) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(cls: type[Self], iterable: collections.abc.Iterable[_T_co], /) -> Self: ...
    def __or__(self, s: collections.abc.Set[_S], /) -> frozenset[_T_co | _S]:
        """Return self|value."""
        ...
    def __sub__(self, s: collections.abc.Set[_T_co], /) -> frozenset[_T_co]:
        """Return self-value."""
        ...
    def __xor__(self, s: collections.abc.Set[_S], /) -> frozenset[_T_co | _S]:
        """Return self^value."""
        ...
    def copy(self) -> frozenset[_T_co]:
        """Return a shallow copy of a set."""
        ...
    def difference(self, *s: collections.abc.Iterable[object]) -> frozenset[_T_co]:
        """Return the difference of two or more sets as a new set.

(i.e. all elements that are in this set but not the others.)"""
        ...
    def intersection(self, *s: collections.abc.Iterable[object]) -> frozenset[_T_co]:
        """Return the intersection of two sets as a new set.

(i.e. all elements that are in both sets.)"""
        ...
    def isdisjoint(self, s: collections.abc.Iterable[_T_co], /) -> bool:
        """Return True if two sets have a null intersection."""
        ...
    def issubset(self, s: collections.abc.Iterable[object], /) -> bool:
        """Report whether another set contains this set."""
        ...
    def issuperset(self, s: collections.abc.Iterable[object], /) -> bool:
        """Report whether this set contains another set."""
        ...
    def symmetric_difference(self, s: collections.abc.Iterable[_T_co], /) -> frozenset[_T_co]:
        """Return the symmetric difference of two sets as a new set.

(i.e. all elements that are in exactly one of the sets.)"""
        ...
    def union(self, *s: collections.abc.Iterable[_S]) -> frozenset[_T_co | _S]:
        """Return the union of sets as a new set.

(i.e. all elements that are in either set.)"""
        ...

class int:
    """int([x]) -> integer
int(x, base=10) -> integer

Convert a number or string to an integer, or return 0 if no arguments
are given.  If x is a number, return x.__int__().  For floating point
numbers, this truncates towards zero.

If x is not a number or if base is given, then x must be a string,
bytes, or bytearray instance representing an integer literal in the
given base.  The literal can be preceded by '+' or '-' and be surrounded
by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.
Base 0 means to interpret the base from the string as an integer literal.
>>> int('0b100', base=0)
4"""
    def __abs__(self) -> int:
        """abs(self)"""
        ...
    def __add__(self, x: int, /) -> int:
        """Return self+value."""
        ...
    def __and__(self, n: int, /) -> int:
        """Return self&value."""
        ...
    def __bool__(self) -> bool:
        """True if self else False"""
        ...
    def __ceil__(self) -> int:
        """Ceiling of an Integral returns itself."""
        ...
    def __divmod__(self, x: int, /) -> tuple[int, int]:
        """Return divmod(self, value)."""
        ...
    def __eq__(self, x: object, /) -> bool:
        """Return self==value."""
        ...
    def __float__(self) -> float:
        """float(self)"""
        ...
    def __floor__(self) -> int:
        """Flooring an Integral returns itself."""
        ...
    def __floordiv__(self, x: int, /) -> int:
        """Return self//value."""
        ...
    def __ge__(self, x: int, /) -> bool:
        """Return self>=value."""
        ...
    def __getnewargs__(self) -> tuple[int]: ...
    def __gt__(self, x: int, /) -> bool:
        """Return self>value."""
        ...
    def __index__(self) -> int:
        """Return self converted to an integer, if self is suitable for use as an index into a list."""
        ...
    def __int__(self) -> int:
        """int(self)"""
        ...
    def __invert__(self) -> int:
        """~self"""
        ...
    def __le__(self, x: int, /) -> bool:
        """Return self<=value."""
        ...
    def __lshift__(self, n: int, /) -> int:
        """Return self<<value."""
        ...
    def __lt__(self, x: int, /) -> bool:
        """Return self<value."""
        ...
    def __mod__(self, x: int, /) -> int:
        """Return self%value."""
        ...
    def __mul__(self, x: int, /) -> int:
        """Return self*value."""
        ...
    def __ne__(self, x: object, /) -> bool:
        """Return self!=value."""
        ...
    def __neg__(self) -> int:
        """-self"""
        ...
    @typing.overload
    def __new__(
        cls: type[Self],
        x: str | ReadableBuffer | typing.SupportsInt | typing.SupportsIndex | _typeshed.SupportsTrunc = ...,
        /,
    ) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(
        cls: type[Self],
        x: str | bytes | bytearray,
        /,
        base: typing.SupportsIndex,
    ) -> Self: ...
    def __or__(self, n: int, /) -> int:
        """Return self|value."""
        ...
    def __pos__(self) -> int:
        """+self"""
        ...
    @typing.overload
    def __pow__(self, x: typing.Literal[0], /) -> typing.Literal[1]:
        """Return pow(self, value, mod)."""
        ...
    @typing.overload
    def __pow__(self, x: typing.Literal[0], modulo: None, /) -> typing.Literal[1]: ...
    @typing.overload
    def __pow__(self, x: _PositiveInteger, modulo: None = ..., /) -> int: ...
    @typing.overload
    def __pow__(self, x: _NegativeInteger, modulo: None = ..., /) -> float: ...
    @typing.overload
    def __pow__(self, x: int, modulo: None = ..., /) -> typing.Any: ...
    @typing.overload
    def __pow__(self, x: int, modulo: int, /) -> int: ...
    def __radd__(self, x: int, /) -> int:
        """Return value+self."""
        ...
    def __rand__(self, n: int, /) -> int:
        """Return value&self."""
        ...
    def __rdivmod__(self, x: int, /) -> tuple[int, int]:
        """Return divmod(value, self)."""
        ...
    def __rfloordiv__(self, x: int, /) -> int:
        """Return value//self."""
        ...
    def __rlshift__(self, n: int, /) -> int:
        """Return value<<self."""
        ...
    def __rmod__(self, x: int, /) -> int:
        """Return value%self."""
        ...
    def __rmul__(self, x: int, /) -> int:
        """Return value*self."""
        ...
    def __ror__(self, n: int, /) -> int:
        """Return value|self."""
        ...
    def __round__(self, ndigits: typing.SupportsIndex = ..., /) -> int:
        """Rounding an Integral returns itself.

Rounding with an ndigits argument also returns an integer."""
        ...
    def __rpow__(self, x: int, mod: int | None = None, /) -> typing.Any:
        """Return pow(value, self, mod)."""
        ...
    def __rrshift__(self, n: int, /) -> int:
        """Return value>>self."""
        ...
    def __rshift__(self, n: int, /) -> int:
        """Return self>>value."""
        ...
    def __rsub__(self, x: int, /) -> int:
        """Return value-self."""
        ...
    def __rtruediv__(self, x: int, /) -> float:
        """Return value/self."""
        ...
    def __rxor__(self, n: int, /) -> int:
        """Return value^self."""
        ...
    def __sub__(self, x: int, /) -> int:
        """Return self-value."""
        ...
    def __truediv__(self, x: int, /) -> float:
        """Return self/value."""
        ...
    def __trunc__(self) -> int:
        """Truncating an Integral returns itself."""
        ...
    def __xor__(self, n: int, /) -> int:
        """Return self^value."""
        ...
    def as_integer_ratio(self) -> tuple[int, typing.Literal[1]]:
        """Return integer ratio.

Return a pair of integers, whose ratio is exactly equal to the original int
and with a positive denominator.

>>> (10).as_integer_ratio()
(10, 1)
>>> (-10).as_integer_ratio()
(-10, 1)
>>> (0).as_integer_ratio()
(0, 1)"""
        ...
    def bit_count(self) -> int:
        """Number of ones in the binary representation of the absolute value of self.

Also known as the population count.

>>> bin(13)
'0b1101'
>>> (13).bit_count()
3"""
        ...
    def bit_length(self) -> int:
        """Number of bits necessary to represent self in binary.

>>> bin(37)
'0b100101'
>>> (37).bit_length()
6"""
        ...
    def conjugate(self) -> int:
        """Returns self, the complex conjugate of any int."""
        ...
    @property
    def denominator(self) -> typing.Literal[1]: ...
    @classmethod
    def from_bytes(
        cls: type[Self],
        bytes: collections.abc.Iterable[typing.SupportsIndex] | typing.SupportsBytes | ReadableBuffer,
        byteorder: typing.Literal['little', 'big'] = 'big',
        *,
        signed: bool = False,
    ) -> Self:
        """Return the integer represented by the given array of bytes.

  bytes
    Holds the array of bytes to convert.  The argument must either
    support the buffer protocol or be an iterable object producing bytes.
    Bytes and bytearray are examples of built-in objects that support the
    buffer protocol.
  byteorder
    The byte order used to represent the integer.  If byteorder is 'big',
    the most significant byte is at the beginning of the byte array.  If
    byteorder is 'little', the most significant byte is at the end of the
    byte array.  To request the native byte order of the host system, use
    `sys.byteorder' as the byte order value.  Default is to use 'big'.
  signed
    Indicates whether two's complement is used to represent the integer."""
        ...
    @property
    def imag(self) -> typing.Literal[0]: ...
    @property
    def numerator(self) -> int: ...
    @property
    def real(self) -> int: ...
    def to_bytes(
        self,
        length: typing.SupportsIndex = 1,
        byteorder: typing.Literal['little', 'big'] = 'big',
        *,
        signed: bool = False,
    ) -> bytes:
        """Return an array of bytes representing an integer.

  length
    Length of bytes object to use.  An OverflowError is raised if the
    integer is not representable with the given number of bytes.  Default
    is length 1.
  byteorder
    The byte order used to represent the integer.  If byteorder is 'big',
    the most significant byte is at the beginning of the byte array.  If
    byteorder is 'little', the most significant byte is at the end of the
    byte array.  To request the native byte order of the host system, use
    `sys.byteorder' as the byte order value.  Default is to use 'big'.
  signed
    Determines whether two's complement is used to represent the integer.
    If signed is False and a negative integer is given, an OverflowError
    is raised."""
        ...

class list(collections.abc.MutableSequence[_T], typing.Generic[_T]):
    """Built-in mutable sequence.

If no argument is given, the constructor creates a new empty list.
The argument must be an iterable if specified."""
    @typing.overload
    def __add__(self, x: list[_T], /) -> list[_T]:
        """Return self+value."""
        ...
    @typing.overload
    def __add__(self, x: list[_S], /) -> list[_S | _T]: ...
    def __class_getitem__(cls, item: typing.Any, /) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __contains__(self, o: object, /) -> bool:
        """Return key in self."""
        ...
    def __delitem__(self, i: typing.SupportsIndex | slice, /) -> None:
        """Delete self[key]."""
        ...
    def __ge__(self, x: list[_T], /) -> bool:
        """Return self>=value."""
        ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsIndex, /) -> _T:
        """x.__getitem__(y) <==> x[y]"""
        ...
    @typing.overload
    def __getitem__(self, s: slice, /) -> list[_T]: ...
    def __gt__(self, x: list[_T], /) -> bool:
        """Return self>value."""
        ...
    def __iadd__(self: Self, x: collections.abc.Iterable[_T], /) -> Self:
        """Implement self+=value."""
        ...
    def __imul__(self: Self, n: typing.SupportsIndex, /) -> Self:
        """Implement self*=value."""
        ...
    @typing.overload
    def __init__(self) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(self, iterable: collections.abc.Iterable[_T], /) -> None: ...
    def __iter__(self) -> collections.abc.Iterator[_T]:
        """Implement iter(self)."""
        ...
    def __le__(self, x: list[_T], /) -> bool:
        """Return self<=value."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    def __lt__(self, x: list[_T], /) -> bool:
        """Return self<value."""
        ...
    def __mul__(self, n: typing.SupportsIndex, /) -> list[_T]:
        """Return self*value."""
        ...
    def __reversed__(self) -> collections.abc.Iterator[_T]:
        """Return a reverse iterator over the list."""
        ...
    def __rmul__(self, n: typing.SupportsIndex, /) -> list[_T]:
        """Return value*self."""
        ...
    @typing.overload
    def __setitem__(self, i: typing.SupportsIndex, o: _T, /) -> None:
        """Set self[key] to value."""
        ...
    @typing.overload
    def __setitem__(self, s: slice, o: collections.abc.Iterable[_T], /) -> None: ...
    def append(self, object: _T, /) -> None:
        """Append object to the end of the list."""
        ...
    def copy(self) -> list[_T]:
        """Return a shallow copy of the list."""
        ...
    def count(self, value: _T, /) -> int:
        """Return number of occurrences of value."""
        ...
    def extend(self, iterable: collections.abc.Iterable[_T], /) -> None:
        """Extend list by appending elements from the iterable."""
        ...
    def index(
        self,
        value: _T,
        start: typing.SupportsIndex = 0,
        stop: typing.SupportsIndex = 9223372036854775807,
        /,
    ) -> int:
        """Return first index of value.

Raises ValueError if the value is not present."""
        ...
    def insert(self, index: typing.SupportsIndex, object: _T, /) -> None:
        """Insert object before index."""
        ...
    def pop(self, index: typing.SupportsIndex = -1, /) -> _T:
        """Remove and return item at index (default last).

Raises IndexError if list is empty or index is out of range."""
        ...
    def remove(self, value: _T, /) -> None:
        """Remove first occurrence of value.

Raises ValueError if the value is not present."""
        ...
    @typing.overload
    def sort(
        self: list[SupportsRichComparisonT],
        *,
        key: None = ...,
        reverse: bool = ...,
    ) -> None:
        """Sort the list in ascending order and return None.

The sort is in-place (i.e. the list itself is modified) and stable (i.e. the
order of two equal elements is maintained).

If a key function is given, apply it once to each list item and sort them,
ascending or descending, according to their function values.

The reverse flag can be set to sort in descending order."""
        ...
    @typing.overload
    def sort(
        self,
        *,
        key: collections.abc.Callable[[_T], SupportsRichComparison],
        reverse: bool = ...,
    ) -> None: ...

class map(collections.abc.Iterator[_S], typing.Generic[_S]):
    """map(func, *iterables) --> map object

Make an iterator that computes the function using arguments from
each of the iterables.  Stops when the shortest iterable is exhausted."""
    @typing.overload
    def __init__(
        self,
        func: collections.abc.Callable[[_T1], _S],
        iter1: collections.abc.Iterable[_T1],
        /,
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(
        self,
        func: collections.abc.Callable[[_T1, _T2], _S],
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        /,
    ) -> None: ...
    @typing.overload
    def __init__(
        self,
        func: collections.abc.Callable[[_T1, _T2, _T3], _S],
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        /,
    ) -> None: ...
    @typing.overload
    def __init__(
        self,
        func: collections.abc.Callable[[_T1, _T2, _T3, _T4], _S],
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        /,
    ) -> None: ...
    @typing.overload
    def __init__(
        self,
        func: collections.abc.Callable[[_T1, _T2, _T3, _T4, _T5], _S],
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        iter5: collections.abc.Iterable[_T5],
        /,
    ) -> None: ...
    @typing.overload
    def __init__(
        self,
        func: collections.abc.Callable[..., _S],
        iter1: collections.abc.Iterable[typing.Any],
        iter2: collections.abc.Iterable[typing.Any],
        iter3: collections.abc.Iterable[typing.Any],
        iter4: collections.abc.Iterable[typing.Any],
        iter5: collections.abc.Iterable[typing.Any],
        iter6: collections.abc.Iterable[typing.Any],
        /,
        *iterables: collections.abc.Iterable[typing.Any],
    ) -> None: ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _S:
        """Implement next(self)."""
        ...

@typing.final
class memoryview(collections.abc.Sequence[int]):
    """Create a new memoryview object which references the given object."""
    def __contains__(self, x: object, /) -> bool: ...
    def __enter__(self: Self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: types.TracebackType | None,
        /,
    ) -> None: ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsIndex, /) -> int:
        """Return self[key]."""
        ...
    @typing.overload
    def __getitem__(self, s: slice, /) -> memoryview: ...
    def __init__(self, obj: ReadableBuffer) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self) -> collections.abc.Iterator[int]:
        """Implement iter(self)."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    @typing.overload
    def __setitem__(self, s: slice, o: ReadableBuffer, /) -> None:
        """Set self[key] to value."""
        ...
    @typing.overload
    def __setitem__(self, i: typing.SupportsIndex, o: typing.SupportsIndex, /) -> None: ...
    @property
    def c_contiguous(self) -> bool: ...
    def cast(self, format: str, shape: list[int] | tuple[int, ...] = ...) -> memoryview:
        """Cast a memoryview to a new format or shape."""
        ...
    @property
    def contiguous(self) -> bool: ...
    @property
    def f_contiguous(self) -> bool: ...
    @property
    def format(self) -> str: ...
    def hex(self, sep: str | bytes = ..., bytes_per_sep: typing.SupportsIndex = ...) -> str:
        """Return the data in the buffer as a str of hexadecimal numbers.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

Example:
>>> value = memoryview(b'\\xb9\\x01\\xef')
>>> value.hex()
'b901ef'
>>> value.hex(':')
'b9:01:ef'
>>> value.hex(':', 2)
'b9:01ef'
>>> value.hex(':', -2)
'b901:ef'"""
        ...
    @property
    def itemsize(self) -> int: ...
    @property
    def nbytes(self) -> int: ...
    @property
    def ndim(self) -> int: ...
    @property
    def obj(self) -> ReadableBuffer: ...
    @property
    def readonly(self) -> bool: ...
    def release(self) -> None:
        """Release the underlying buffer exposed by the memoryview object."""
        ...
    @property
    def shape(self) -> tuple[int, ...] | None: ...
    @property
    def strides(self) -> tuple[int, ...] | None: ...
    @property
    def suboffsets(self) -> tuple[int, ...] | None: ...
    def tobytes(self, order: typing.Literal['C', 'F', 'A'] | None = 'C') -> bytes:
        """Return the data in the buffer as a byte string.

Order can be {'C', 'F', 'A'}. When order is 'C' or 'F', the data of the
original array is converted to C or Fortran order. For contiguous views,
'A' returns an exact copy of the physical memory. In particular, in-memory
Fortran order is preserved. For non-contiguous views, the data is converted
to C first. order=None is the same as order='C'."""
        ...
    def tolist(self) -> list[int]:
        """Return the data in the buffer as a list of elements."""
        ...
    def toreadonly(self) -> memoryview:
        """Return a readonly version of the memoryview."""
        ...

class object:
    """The base class of the class hierarchy.

When called, it accepts no arguments and returns a new featureless
instance that has no instance attributes and cannot be given any.
"""
    @property
    def __class__(self) -> type[Self]: ...
    @__class__.setter
    def __class__(self, value: type[object]) -> None: ...
    def __delattr__(self, name: str, /) -> None:
        """Implement delattr(self, name)."""
        ...
    def __dir__(self) -> collections.abc.Iterable[str]:
        """Default dir() implementation."""
        ...
    def __eq__(self, o: object, /) -> bool:
        """Return self==value."""
        ...
    def __format__(self, format_spec: str, /) -> str:
        """Default object formatter."""
        ...
    def __getattribute__(self, name: str, /) -> typing.Any:
        """Return getattr(self, name)."""
        ...
    def __hash__(self) -> int:
        """Return hash(self)."""
        ...
    def __init__(self) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __init_subclass__(cls) -> None:
        """This method is called when a class is subclassed.

The default implementation does nothing. It may be
overridden to extend subclasses.
"""
        ...
    def __ne__(self, o: object, /) -> bool:
        """Return self!=value."""
        ...
    def __new__(cls: type[Self]) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    def __reduce__(self) -> str | tuple[typing.Any, ...]:
        """Helper for pickle."""
        ...
    def __reduce_ex__(self, protocol: typing.SupportsIndex, /) -> str | tuple[typing.Any, ...]:
        """Helper for pickle."""
        ...
    def __repr__(self) -> str:
        """Return repr(self)."""
        ...
    def __setattr__(self, name: str, value: typing.Any, /) -> None:
        """Implement setattr(self, name, value)."""
        ...
    def __sizeof__(self) -> int:
        """Size of object in memory, in bytes."""
        ...
    def __str__(self) -> str:
        """Return str(self)."""
        ...

class property:
    """Property attribute.

  fget
    function to be used for getting an attribute value
  fset
    function to be used for setting an attribute value
  fdel
    function to be used for del'ing an attribute
  doc
    docstring

Typical use is to define a managed attribute x:

class C(object):
    def getx(self): return self._x
    def setx(self, value): self._x = value
    def delx(self): del self._x
    x = property(getx, setx, delx, "I'm the 'x' property.")

Decorators make defining new properties or modifying existing ones easy:

class C(object):
    @property
    def x(self):
        "I am the 'x' property."
        return self._x
    @x.setter
    def x(self, value):
        self._x = value
    @x.deleter
    def x(self):
        del self._x"""
    fget: collections.abc.Callable[[typing.Any], typing.Any] | None
    fset: collections.abc.Callable[[typing.Any, typing.Any], None] | None
    fdel: collections.abc.Callable[[typing.Any], None] | None
    def __delete__(self, obj: typing.Any, /) -> None:
        """Delete an attribute of instance."""
        ...
    def __get__(self, obj: typing.Any, type: type | None = ..., /) -> typing.Any:
        """Return an attribute of instance, which is of type owner."""
        ...
    def __init__(
        self,
        fget: collections.abc.Callable[[typing.Any], typing.Any] | None = ...,
        fset: collections.abc.Callable[[typing.Any, typing.Any], None] | None = ...,
        fdel: collections.abc.Callable[[typing.Any], None] | None = ...,
        doc: str | None = ...,
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __set__(self, obj: typing.Any, value: typing.Any, /) -> None:
        """Set an attribute of instance to value."""
        ...
    def deleter(self, fdel: collections.abc.Callable[[typing.Any], None], /) -> property:
        """Descriptor to obtain a copy of the property with a different deleter."""
        ...
    def getter(self, fget: collections.abc.Callable[[typing.Any], typing.Any], /) -> property:
        """Descriptor to obtain a copy of the property with a different getter."""
        ...
    def setter(
        self,
        fset: collections.abc.Callable[[typing.Any, typing.Any], None],
        /,
    ) -> property:
        """Descriptor to obtain a copy of the property with a different setter."""
        ...

@typing.final
class range(collections.abc.Sequence[int]):
    """range(stop) -> range object
range(start, stop[, step]) -> range object

Return an object that produces a sequence of integers from start (inclusive)
to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.
start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.
These are exactly the valid indices for a list of 4 elements.
When step is given, it specifies the increment (or decrement)."""
    def __contains__(self, o: object, /) -> bool:
        """Return key in self."""
        ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsIndex, /) -> int:
        """Return self[key]."""
        ...
    @typing.overload
    def __getitem__(self, s: slice, /) -> range: ...
    @typing.overload
    def __init__(self, stop: typing.SupportsIndex, /) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(
        self,
        start: typing.SupportsIndex,
        stop: typing.SupportsIndex,
        step: typing.SupportsIndex = ...,
        /,
    ) -> None: ...
    def __iter__(self) -> collections.abc.Iterator[int]:
        """Implement iter(self)."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    def __reversed__(self) -> collections.abc.Iterator[int]:
        """Return a reverse iterator."""
        ...
    def count(self, value: int, /) -> int:
        """rangeobject.count(value) -> integer -- return number of occurrences of value"""
        ...
    def index(self, value: int, /) -> int:
        """rangeobject.index(value) -> integer -- return index of value.
Raise ValueError if the value is not present."""
        ...
    @property
    def start(self) -> int: ...
    @property
    def step(self) -> int: ...
    @property
    def stop(self) -> int: ...

class reversed(collections.abc.Iterator[_T], typing.Generic[_T]):
    """Return a reverse iterator over the values of the given sequence."""
    @typing.overload
    def __init__(self, sequence: collections.abc.Reversible[_T], /) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(self, sequence: _typeshed.SupportsLenAndGetItem[_T], /) -> None: ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __length_hint__(self) -> int:
        """Private method returning an estimate of len(list(it))."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class set(collections.abc.MutableSet[_T], typing.Generic[_T]):
    """set() -> new empty set object
set(iterable) -> new set object

Build an unordered collection of unique elements."""
    def __and__(self, s: collections.abc.Set[object], /) -> set[_T]:
        """Return self&value."""
        ...
    def __class_getitem__(cls, item: typing.Any, /) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __contains__(self, o: object, /) -> bool:
        """x.__contains__(y) <==> y in x."""
        ...
    def __ge__(self, s: collections.abc.Set[object], /) -> bool:
        """Return self>=value."""
        ...
    def __gt__(self, s: collections.abc.Set[object], /) -> bool:
        """Return self>value."""
        ...
    def __iand__(self: Self, s: collections.abc.Set[object], /) -> Self:
        """Return self&=value."""
        ...
    @typing.overload
    def __init__(self) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(self, iterable: collections.abc.Iterable[_T], /) -> None: ...
    def __ior__(self: Self, s: collections.abc.Set[_T], /) -> Self:
        """Return self|=value."""
        ...
    def __isub__(self: Self, s: collections.abc.Set[object], /) -> Self:
        """Return self-=value."""
        ...
    def __iter__(self) -> collections.abc.Iterator[_T]:
        """Implement iter(self)."""
        ...
    def __ixor__(self: Self, s: collections.abc.Set[_T], /) -> Self:
        """Return self^=value."""
        ...
    def __le__(self, s: collections.abc.Set[object], /) -> bool:
        """Return self<=value."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    def __lt__(self, s: collections.abc.Set[object], /) -> bool:
        """Return self<value."""
        ...
    def __or__(self, s: collections.abc.Set[_S], /) -> set[_T | _S]:
        """Return self|value."""
        ...
    def __sub__(self, s: collections.abc.Set[_T | None], /) -> set[_T]:
        """Return self-value."""
        ...
    def __xor__(self, s: collections.abc.Set[_S], /) -> set[_T | _S]:
        """Return self^value."""
        ...
    def add(self, element: _T, /) -> None:
        """Add an element to a set.

This has no effect if the element is already present."""
        ...
    def copy(self) -> set[_T]:
        """Return a shallow copy of a set."""
        ...
    def difference(self, *s: collections.abc.Iterable[typing.Any]) -> set[_T]:
        """Return the difference of two or more sets as a new set.

(i.e. all elements that are in this set but not the others.)"""
        ...
    def difference_update(self, *s: collections.abc.Iterable[typing.Any]) -> None:
        """Remove all elements of another set from this set."""
        ...
    def discard(self, element: _T, /) -> None:
        """Remove an element from a set if it is a member.

Unlike set.remove(), the discard() method does not raise
an exception when an element is missing from the set."""
        ...
    def intersection(self, *s: collections.abc.Iterable[typing.Any]) -> set[_T]:
        """Return the intersection of two sets as a new set.

(i.e. all elements that are in both sets.)"""
        ...
    def intersection_update(self, *s: collections.abc.Iterable[typing.Any]) -> None:
        """Update a set with the intersection of itself and another."""
        ...
    def isdisjoint(self, s: collections.abc.Iterable[typing.Any], /) -> bool:
        """Return True if two sets have a null intersection."""
        ...
    def issubset(self, s: collections.abc.Iterable[typing.Any], /) -> bool:
        """Report whether another set contains this set."""
        ...
    def issuperset(self, s: collections.abc.Iterable[typing.Any], /) -> bool:
        """Report whether this set contains another set."""
        ...
    def remove(self, element: _T, /) -> None:
        """Remove an element from a set; it must be a member.

If the element is not a member, raise a KeyError."""
        ...
    def symmetric_difference(self, s: collections.abc.Iterable[_T], /) -> set[_T]:
        """Return the symmetric difference of two sets as a new set.

(i.e. all elements that are in exactly one of the sets.)"""
        ...
    def symmetric_difference_update(self, s: collections.abc.Iterable[_T], /) -> None:
        """Update a set with the symmetric difference of itself and another."""
        ...
    def union(self, *s: collections.abc.Iterable[_S]) -> set[_T | _S]:
        """Return the union of sets as a new set.

(i.e. all elements that are in either set.)"""
        ...
    def update(self, *s: collections.abc.Iterable[_T]) -> None:
        """Update a set with the union of itself and others."""
        ...

@typing.final
class slice:
    """slice(stop)
slice(start, stop[, step])

Create a slice object.  This is used for extended slicing (e.g. a[0:10:2])."""
    @typing.overload
    def __init__(self, stop: typing.Any, /) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(self, start: typing.Any, stop: typing.Any, step: typing.Any = ..., /) -> None: ...
    def indices(self, len: typing.SupportsIndex, /) -> tuple[int, int, int]:
        """S.indices(len) -> (start, stop, stride)

Assuming a sequence of length len, calculate the start and stop
indices, and the stride length of the extended slice described by
S. Out of bounds indices are clipped in a manner consistent with the
handling of normal slices."""
        ...
    @property
    def start(self) -> typing.Any: ...
    @property
    def step(self) -> typing.Any: ...
    @property
    def stop(self) -> typing.Any: ...

class staticmethod(typing.Generic[_R_co]):
    """staticmethod(function) -> method

Convert a function to be a static method.

A static method does not receive an implicit first argument.
To declare a static method, use this idiom:

     class C:
         @staticmethod
         def f(arg1, arg2, ...):
             ...

It can be called either on the class (e.g. C.f()) or on an instance
(e.g. C().f()). Both the class and the instance are ignored, and
neither is passed implicitly as the first argument to the method.

Static methods in Python are similar to those found in Java or C++.
For a more advanced concept, see the classmethod builtin."""
    def __call__(self, *args: typing.Any, **kwargs: typing.Any) -> _R_co:
        """Call self as a function."""
        ...
    @property
    def __func__(self) -> collections.abc.Callable[..., _R_co]: ...
    def __get__(
        self,
        obj: _T,
        type: type[_T] | None = ...,
        /,
    ) -> collections.abc.Callable[..., _R_co]:
        """Return an attribute of instance, which is of type owner."""
        ...
    def __init__(self: staticmethod[_R_co], f: collections.abc.Callable[..., _R_co], /) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @property
    def __isabstractmethod__(self) -> bool: ...
    @property
    def __wrapped__(self) -> collections.abc.Callable[..., _R_co]: ...

class str(collections.abc.Sequence[str]):
    """str(object='') -> str
str(bytes_or_buffer[, encoding[, errors]]) -> str

Create a new string object from the given object. If encoding or
errors is specified, then the object must expose a data buffer
that will be decoded using the given encoding and error handler.
Otherwise, returns the result of object.__str__() (if defined)
or repr(object).
encoding defaults to sys.getdefaultencoding().
errors defaults to 'strict'."""
    def __add__(self, s: str, /) -> str:
        """Return self+value."""
        ...
    def __contains__(self, o: str, /) -> bool:
        """Return key in self."""
        ...
    def __eq__(self, x: object, /) -> bool:
        """Return self==value."""
        ...
    def __ge__(self, x: str, /) -> bool:
        """Return self>=value."""
        ...
    def __getitem__(self, i: typing.SupportsIndex | slice, /) -> str:
        """Return self[key]."""
        ...
    def __getnewargs__(self) -> tuple[str]: ...
    def __gt__(self, x: str, /) -> bool:
        """Return self>value."""
        ...
    def __iter__(self) -> collections.abc.Iterator[str]:
        """Implement iter(self)."""
        ...
    def __le__(self, x: str, /) -> bool:
        """Return self<=value."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    def __lt__(self, x: str, /) -> bool:
        """Return self<value."""
        ...
    def __mod__(self, x: typing.Any, /) -> str:
        """Return self%value."""
        ...
    def __mul__(self, n: typing.SupportsIndex, /) -> str:
        """Return self*value."""
        ...
    def __ne__(self, x: object, /) -> bool:
        """Return self!=value."""
        ...
    @typing.overload
    def __new__(cls: type[Self], object: object = ...) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(
        cls: type[Self],
        object: ReadableBuffer,
        encoding: str = ...,
        errors: str = ...,
    ) -> Self: ...
    def __rmul__(self, n: typing.SupportsIndex, /) -> str:
        """Return value*self."""
        ...
    def capitalize(self) -> str:
        """Return a capitalized version of the string.

More specifically, make the first character have upper case and the rest lower
case."""
        ...
    def casefold(self) -> str:
        """Return a version of the string suitable for caseless comparisons."""
        ...
    def center(self, width: typing.SupportsIndex, fillchar: str = ' ', /) -> str:
        """Return a centered string of length width.

Padding is done using the specified fill character (default is a space)."""
        ...
    def count(
        self,
        x: str,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """S.count(sub[, start[, end]]) -> int

Return the number of non-overlapping occurrences of substring sub in
string S[start:end].  Optional arguments start and end are
interpreted as in slice notation."""
        ...
    def encode(self, encoding: str = 'utf-8', errors: str = 'strict') -> bytes:
        """Encode the string using the codec registered for encoding.

  encoding
    The encoding in which to encode the string.
  errors
    The error handling scheme to use for encoding errors.
    The default is 'strict' meaning that encoding errors raise a
    UnicodeEncodeError.  Other possible values are 'ignore', 'replace' and
    'xmlcharrefreplace' as well as any other name registered with
    codecs.register_error that can handle UnicodeEncodeErrors."""
        ...
    def endswith(
        self,
        suffix: str | tuple[str, ...],
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> bool:
        """S.endswith(suffix[, start[, end]]) -> bool

Return True if S ends with the specified suffix, False otherwise.
With optional start, test S beginning at that position.
With optional end, stop comparing S at that position.
suffix can also be a tuple of strings to try."""
        ...
    def expandtabs(self, tabsize: typing.SupportsIndex = 8) -> str:
        """Return a copy where all tab characters are expanded using spaces.

If tabsize is not given, a tab size of 8 characters is assumed."""
        ...
    def find(
        self,
        sub: str,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """S.find(sub[, start[, end]]) -> int

Return the lowest index in S where substring sub is found,
such that sub is contained within S[start:end].  Optional
arguments start and end are interpreted as in slice notation.

Return -1 on failure."""
        ...
    def format(self, *args: object, **kwargs: object) -> str:
        """S.format(*args, **kwargs) -> str

Return a formatted version of S, using substitutions from args and kwargs.
The substitutions are identified by braces ('{' and '}')."""
        ...
    def format_map(self, map: builtins._FormatMapMapping) -> str:
        """S.format_map(mapping) -> str

Return a formatted version of S, using substitutions from mapping.
The substitutions are identified by braces ('{' and '}')."""
        ...
    def index(
        self,
        sub: str,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """S.index(sub[, start[, end]]) -> int

Return the lowest index in S where substring sub is found,
such that sub is contained within S[start:end].  Optional
arguments start and end are interpreted as in slice notation.

Raises ValueError when the substring is not found."""
        ...
    def isalnum(self) -> bool:
        """Return True if the string is an alpha-numeric string, False otherwise.

A string is alpha-numeric if all characters in the string are alpha-numeric and
there is at least one character in the string."""
        ...
    def isalpha(self) -> bool:
        """Return True if the string is an alphabetic string, False otherwise.

A string is alphabetic if all characters in the string are alphabetic and there
is at least one character in the string."""
        ...
    def isascii(self) -> bool:
        """Return True if all characters in the string are ASCII, False otherwise.

ASCII characters have code points in the range U+0000-U+007F.
Empty string is ASCII too."""
        ...
    def isdecimal(self) -> bool:
        """Return True if the string is a decimal string, False otherwise.

A string is a decimal string if all characters in the string are decimal and
there is at least one character in the string."""
        ...
    def isdigit(self) -> bool:
        """Return True if the string is a digit string, False otherwise.

A string is a digit string if all characters in the string are digits and there
is at least one character in the string."""
        ...
    def isidentifier(self) -> bool:
        """Return True if the string is a valid Python identifier, False otherwise.

Call keyword.iskeyword(s) to test whether string s is a reserved identifier,
such as "def" or "class"."""
        ...
    def islower(self) -> bool:
        """Return True if the string is a lowercase string, False otherwise.

A string is lowercase if all cased characters in the string are lowercase and
there is at least one cased character in the string."""
        ...
    def isnumeric(self) -> bool:
        """Return True if the string is a numeric string, False otherwise.

A string is numeric if all characters in the string are numeric and there is at
least one character in the string."""
        ...
    def isprintable(self) -> bool:
        """Return True if the string is printable, False otherwise.

A string is printable if all of its characters are considered printable in
repr() or if it is empty."""
        ...
    def isspace(self) -> bool:
        """Return True if the string is a whitespace string, False otherwise.

A string is whitespace if all characters in the string are whitespace and there
is at least one character in the string."""
        ...
    def istitle(self) -> bool:
        """Return True if the string is a title-cased string, False otherwise.

In a title-cased string, upper- and title-case characters may only
follow uncased characters and lowercase characters only cased ones."""
        ...
    def isupper(self) -> bool:
        """Return True if the string is an uppercase string, False otherwise.

A string is uppercase if all cased characters in the string are uppercase and
there is at least one cased character in the string."""
        ...
    def join(self, iterable: collections.abc.Iterable[str], /) -> str:
        """Concatenate any number of strings.

The string whose method is called is inserted in between each given string.
The result is returned as a new string.

Example: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'"""
        ...
    def ljust(self, width: typing.SupportsIndex, fillchar: str = ' ', /) -> str:
        """Return a left-justified string of length width.

Padding is done using the specified fill character (default is a space)."""
        ...
    def lower(self) -> str:
        """Return a copy of the string converted to lowercase."""
        ...
    def lstrip(self, chars: str | None = None, /) -> str:
        """Return a copy of the string with leading whitespace removed.

If chars is given and not None, remove characters in chars instead."""
        ...
    @typing.overload
    @staticmethod
    def maketrans(x: dict[int, _T] | dict[str, _T] | dict[str | int, _T], /) -> dict[int, _T]:
        """Return a translation table usable for str.translate().

If there is only one argument, it must be a dictionary mapping Unicode
ordinals (integers) or characters to Unicode ordinals, strings or None.
Character keys will be then converted to ordinals.
If there are two arguments, they must be strings of equal length, and
in the resulting dictionary, each character in x will be mapped to the
character at the same position in y. If there is a third argument, it
must be a string, whose characters will be mapped to None in the result."""
        ...
    @typing.overload
    @staticmethod
    def maketrans(x: str, y: str, z: str | None = ..., /) -> dict[int, int | None]: ...
    def partition(self, sep: str, /) -> tuple[str, str, str]:
        """Partition the string into three parts using the given separator.

This will search for the separator in the string.  If the separator is found,
returns a 3-tuple containing the part before the separator, the separator
itself, and the part after it.

If the separator is not found, returns a 3-tuple containing the original string
and two empty strings."""
        ...
    def removeprefix(self, prefix: str, /) -> str:
        """Return a str with the given prefix string removed if present.

If the string starts with the prefix string, return string[len(prefix):].
Otherwise, return a copy of the original string."""
        ...
    def removesuffix(self, suffix: str, /) -> str:
        """Return a str with the given suffix string removed if present.

If the string ends with the suffix string and that suffix is not empty,
return string[:-len(suffix)]. Otherwise, return a copy of the original
string."""
        ...
    def replace(self, old: str, new: str, count: typing.SupportsIndex = -1, /) -> str:
        """Return a copy with all occurrences of substring old replaced by new.

  count
    Maximum number of occurrences to replace.
    -1 (the default value) means replace all occurrences.

If the optional argument count is given, only the first count occurrences are
replaced."""
        ...
    def rfind(
        self,
        sub: str,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """S.rfind(sub[, start[, end]]) -> int

Return the highest index in S where substring sub is found,
such that sub is contained within S[start:end].  Optional
arguments start and end are interpreted as in slice notation.

Return -1 on failure."""
        ...
    def rindex(
        self,
        sub: str,
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> int:
        """S.rindex(sub[, start[, end]]) -> int

Return the highest index in S where substring sub is found,
such that sub is contained within S[start:end].  Optional
arguments start and end are interpreted as in slice notation.

Raises ValueError when the substring is not found."""
        ...
    def rjust(self, width: typing.SupportsIndex, fillchar: str = ' ', /) -> str:
        """Return a right-justified string of length width.

Padding is done using the specified fill character (default is a space)."""
        ...
    def rpartition(self, sep: str, /) -> tuple[str, str, str]:
        """Partition the string into three parts using the given separator.

This will search for the separator in the string, starting at the end. If
the separator is found, returns a 3-tuple containing the part before the
separator, the separator itself, and the part after it.

If the separator is not found, returns a 3-tuple containing two empty strings
and the original string."""
        ...
    def rsplit(self, sep: str | None = None, maxsplit: typing.SupportsIndex = -1) -> list[str]:
        """Return a list of the substrings in the string, using sep as the separator string.

  sep
    The separator used to split the string.

    When set to None (the default value), will split on any whitespace
    character (including \\\\n \\\\r \\\\t \\\\f and spaces) and will discard
    empty strings from the result.
  maxsplit
    Maximum number of splits (starting from the left).
    -1 (the default value) means no limit.

Splitting starts at the end of the string and works to the front."""
        ...
    def rstrip(self, chars: str | None = None, /) -> str:
        """Return a copy of the string with trailing whitespace removed.

If chars is given and not None, remove characters in chars instead."""
        ...
    def split(self, sep: str | None = None, maxsplit: typing.SupportsIndex = -1) -> list[str]:
        """Return a list of the substrings in the string, using sep as the separator string.

  sep
    The separator used to split the string.

    When set to None (the default value), will split on any whitespace
    character (including \\\\n \\\\r \\\\t \\\\f and spaces) and will discard
    empty strings from the result.
  maxsplit
    Maximum number of splits (starting from the left).
    -1 (the default value) means no limit.

Note, str.split() is mainly useful for data that has been intentionally
delimited.  With natural text that includes punctuation, consider using
the regular expression module."""
        ...
    def splitlines(self, keepends: bool = False) -> list[str]:
        """Return a list of the lines in the string, breaking at line boundaries.

Line breaks are not included in the resulting list unless keepends is given and
true."""
        ...
    def startswith(
        self,
        prefix: str | tuple[str, ...],
        start: typing.SupportsIndex | None = ...,
        end: typing.SupportsIndex | None = ...,
        /,
    ) -> bool:
        """S.startswith(prefix[, start[, end]]) -> bool

Return True if S starts with the specified prefix, False otherwise.
With optional start, test S beginning at that position.
With optional end, stop comparing S at that position.
prefix can also be a tuple of strings to try."""
        ...
    def strip(self, chars: str | None = None, /) -> str:
        """Return a copy of the string with leading and trailing whitespace removed.

If chars is given and not None, remove characters in chars instead."""
        ...
    def swapcase(self) -> str:
        """Convert uppercase characters to lowercase and lowercase characters to uppercase."""
        ...
    def title(self) -> str:
        """Return a version of the string where each word is titlecased.

More specifically, words start with uppercased characters and all remaining
cased characters have lower case."""
        ...
    def translate(self, table: builtins._TranslateTable, /) -> str:
        """Replace each character in the string using the given translation table.

  table
    Translation table, which must be a mapping of Unicode ordinals to
    Unicode ordinals, strings, or None.

The table must implement lookup/indexing via __getitem__, for instance a
dictionary or list.  If this operation raises LookupError, the character is
left untouched.  Characters mapped to None are deleted."""
        ...
    def upper(self) -> str:
        """Return a copy of the string converted to uppercase."""
        ...
    def zfill(self, width: typing.SupportsIndex, /) -> str:
        """Pad a numeric string with zeros on the left, to fill a field of the given width.

The string is never truncated."""
        ...

class super:
    """super() -> same as super(__class__, <first argument>)
super(type) -> unbound super object
super(type, obj) -> bound super object; requires isinstance(obj, type)
super(type, type2) -> bound super object; requires issubclass(type2, type)
Typical use to call a cooperative superclass method:
class C(B):
    def meth(self, arg):
        super().meth(arg)
This works for class methods too:
class C(B):
    @classmethod
    def cmeth(cls, arg):
        super().cmeth(arg)
"""
    @typing.overload
    def __init__(self, t: typing.Any, obj: typing.Any, /) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(self, t: typing.Any, /) -> None: ...
    @typing.overload
    def __init__(self) -> None: ...

class tuple(collections.abc.Sequence[_T_co], typing.Generic[_T_co]):
    """Built-in immutable sequence.

If no argument is given, the constructor returns an empty tuple.
If iterable is specified the tuple is initialized from iterable's items.

If the argument is a tuple, the return value is the same object."""
    @typing.overload
    def __add__(self, x: tuple[_T_co, ...], /) -> tuple[_T_co, ...]:
        """Return self+value."""
        ...
    @typing.overload
    def __add__(self, x: tuple[_T, ...], /) -> tuple[_T_co | _T, ...]: ...
    def __class_getitem__(cls, item: typing.Any, /) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __contains__(self, x: object, /) -> bool:
        """Return key in self."""
        ...
    def __ge__(self, x: tuple[_T_co, ...], /) -> bool:
        """Return self>=value."""
        ...
    @typing.overload
    def __getitem__(self, x: typing.SupportsIndex, /) -> _T_co:
        """Return self[key]."""
        ...
    @typing.overload
    def __getitem__(self, x: slice, /) -> tuple[_T_co, ...]: ...
    def __gt__(self, x: tuple[_T_co, ...], /) -> bool:
        """Return self>value."""
        ...
    def __iter__(self) -> collections.abc.Iterator[_T_co]:
        """Implement iter(self)."""
        ...
    def __le__(self, x: tuple[_T_co, ...], /) -> bool:
        """Return self<=value."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    def __lt__(self, x: tuple[_T_co, ...], /) -> bool:
        """Return self<value."""
        ...
    def __mul__(self, n: typing.SupportsIndex, /) -> tuple[_T_co, ...]:
        """Return self*value."""
        ...
    def __new__(cls: type[Self], iterable: collections.abc.Iterable[_T_co] = ..., /) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    def __rmul__(self, n: typing.SupportsIndex, /) -> tuple[_T_co, ...]:
        """Return value*self."""
        ...
    def count(self, value: typing.Any, /) -> int:
        """Return number of occurrences of value."""
        ...
    def index(
        self,
        value: typing.Any,
        start: typing.SupportsIndex = 0,
        stop: typing.SupportsIndex = 9223372036854775807,
        /,
    ) -> int:
        """Return first index of value.

Raises ValueError if the value is not present."""
        ...

class type:
    """type(object) -> the object's type
type(name, bases, dict, **kwds) -> a new type"""
    @property
    def __base__(self) -> type: ...
    @property
    def __basicsize__(self) -> int: ...
    def __call__(self, *args: typing.Any, **kwds: typing.Any) -> typing.Any:
        """Call self as a function."""
        ...
    @property
    def __dict__(self) -> types.MappingProxyType[str, typing.Any]: ...
    @property
    def __dictoffset__(self) -> int: ...
    @property
    def __flags__(self) -> int: ...
    @typing.overload
    def __init__(self, o: object, /) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(
        self,
        name: str,
        bases: tuple[type, ...],
        dict: dict[str, typing.Any],
        /,
        **kwds: typing.Any,
    ) -> None: ...
    def __instancecheck__(self, instance: typing.Any, /) -> bool:
        """Check if an object is an instance."""
        ...
    @property
    def __itemsize__(self) -> int: ...
    @property
    def __mro__(self) -> tuple[type, ...]: ...
    @typing.overload
    def __new__(cls, o: object, /) -> type:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(
        cls: type[Self],
        name: str,
        bases: tuple[type, ...],
        namespace: dict[str, typing.Any],
        /,
        **kwds: typing.Any,
    ) -> Self: ...
    def __or__(self, t: typing.Any, /) -> types.UnionType:
        """Return self|value."""
        ...
    @classmethod
    def __prepare__(
        metacls,
        name: str,
        bases: tuple[type, ...],
        /,
        **kwds: typing.Any,
    ) -> collections.abc.Mapping[str, object]:
        """__prepare__() -> dict
used to create the namespace for the class statement"""
        ...
    def __ror__(self, t: typing.Any, /) -> types.UnionType:
        """Return value|self."""
        ...
    def __subclasscheck__(self, subclass: type, /) -> bool:
        """Check if a class is a subclass."""
        ...
    def __subclasses__(self: Self) -> list[Self]:
        """Return a list of immediate subclasses."""
        ...
    @property
    def __text_signature__(self) -> str | None: ...
    @property
    def __weakrefoffset__(self) -> int: ...
    def mro(self) -> list[type]:
        """Return a type's method resolution order."""
        ...

class zip(collections.abc.Iterator[_T_co], typing.Generic[_T_co]):
    """zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.

   >>> list(zip('abcdefg', range(3), range(4)))
   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]

The zip object yields n-length tuples, where n is the number of iterables
passed as positional arguments to zip().  The i-th element in every tuple
comes from the i-th iterable argument to zip().  This continues until the
shortest argument is exhausted.

If strict is true and one of the arguments is exhausted before the others,
raise a ValueError."""
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        /,
        *,
        strict: bool = ...,
    ) -> zip[tuple[_T1]]:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        /,
        *,
        strict: bool = ...,
    ) -> zip[tuple[_T1, _T2]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        /,
        *,
        strict: bool = ...,
    ) -> zip[tuple[_T1, _T2, _T3]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        /,
        *,
        strict: bool = ...,
    ) -> zip[tuple[_T1, _T2, _T3, _T4]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        iter5: collections.abc.Iterable[_T5],
        /,
        *,
        strict: bool = ...,
    ) -> zip[tuple[_T1, _T2, _T3, _T4, _T5]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[typing.Any],
        iter2: collections.abc.Iterable[typing.Any],
        iter3: collections.abc.Iterable[typing.Any],
        iter4: collections.abc.Iterable[typing.Any],
        iter5: collections.abc.Iterable[typing.Any],
        iter6: collections.abc.Iterable[typing.Any],
        /,
        *iterables: collections.abc.Iterable[typing.Any],
        strict: bool = ...,
    ) -> zip[tuple[typing.Any, ...]]: ...
    def __next__(self) -> _T_co:
        """Implement next(self)."""
        ...
