# pybind-stub: 1
# module: numpy.ctypeslib
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/_typing/_array_like.py, numpy/_typing/_char_codes.py, numpy/_typing/_dtype_like.py, numpy/_typing/_shape.py, numpy/ctypeslib.pyi, runtime
# content-hash: sha256:19c85799d98ad5c24336101e308d77ba7c32b4f42f3e9e1eb63f305b60a75363
"""
============================
``ctypes`` Utility Functions
============================

See Also
--------
load_library : Load a C library.
ndpointer : Array restype/argtype with verification.
as_ctypes : Create a ctypes array from an ndarray.
as_array : Create an ndarray from a ctypes array.

References
----------
.. [1] "SciPy Cookbook: ctypes", https://scipy-cookbook.readthedocs.io/items/Ctypes.html

Examples
--------
Load the C library:

>>> _lib = np.ctypeslib.load_library('libmystuff', '.')     #doctest: +SKIP

Our result type, an ndarray that must be of type double, be 1-dimensional
and is C-contiguous in memory:

>>> array_1d_double = np.ctypeslib.ndpointer(
...                          dtype=np.double,
...                          ndim=1, flags='CONTIGUOUS')    #doctest: +SKIP

Our C-function typically takes an array and updates its values
in-place.  For example::

    void foo_func(double* x, int length)
    {
        int i;
        for (i = 0; i < length; i++) {
            x[i] = i*i;
        }
    }

We wrap it using:

>>> _lib.foo_func.restype = None                      #doctest: +SKIP
>>> _lib.foo_func.argtypes = [array_1d_double, c_int] #doctest: +SKIP

Then, we're ready to call ``foo_func``:

>>> out = np.empty(15, dtype=np.double)
>>> _lib.foo_func(out, len(out))                #doctest: +SKIP

"""

import collections.abc
import ctypes
import numpy
import numpy._typing._array_like
import numpy._typing._dtype_like
import numpy._typing._nested_sequence
import numpy.core.multiarray
import numpy.ctypeslib
import numpy.typing
import os
import typing

_SCT = typing.TypeVar('_SCT', bound=numpy.generic)
_SCT_2 = typing.TypeVar('_SCT_2', bound=numpy.generic)
_ScalarType = typing.TypeVar('_ScalarType', bound=numpy.generic)

_ArrayLike: typing.TypeAlias = numpy._typing._array_like._SupportsArray[numpy.dtype[_ScalarType]] | numpy._typing._nested_sequence._NestedSequence[numpy._typing._array_like._SupportsArray[numpy.dtype[_ScalarType]]]
_BoolCodes: typing.TypeAlias = typing.Literal['?', '=?', '<?', '>?', 'bool', 'bool_', 'bool8']
_ByteCodes: typing.TypeAlias = typing.Literal['byte', 'b', '=b', '<b', '>b']
_DTypeLike: typing.TypeAlias = numpy.dtype[_SCT_2] | type[_SCT_2] | numpy._typing._dtype_like._SupportsDType[numpy.dtype[_SCT_2]]
_DTypeLikeNested: typing.TypeAlias = typing.Any
_DoubleCodes: typing.TypeAlias = typing.Literal['double', 'float', 'float_', 'd', '=d', '<d', '>d']
_FlagsKind: typing.TypeAlias = typing.Literal['C_CONTIGUOUS', 'CONTIGUOUS', 'C', 'F_CONTIGUOUS', 'FORTRAN', 'F', 'ALIGNED', 'A', 'WRITEABLE', 'W', 'OWNDATA', 'O', 'WRITEBACKIFCOPY', 'X']
_IntCCodes: typing.TypeAlias = typing.Literal['intc', 'i', '=i', '<i', '>i']
_IntCodes: typing.TypeAlias = typing.Literal['long', 'int', 'int_', 'l', '=l', '<l', '>l']
_LongDoubleCodes: typing.TypeAlias = typing.Literal['longdouble', 'longfloat', 'g', '=g', '<g', '>g']
_LongLongCodes: typing.TypeAlias = typing.Literal['longlong', 'q', '=q', '<q', '>q']
_ShapeLike: typing.TypeAlias = typing.SupportsIndex | collections.abc.Sequence[typing.SupportsIndex]
_ShortCodes: typing.TypeAlias = typing.Literal['short', 'h', '=h', '<h', '>h']
_SingleCodes: typing.TypeAlias = typing.Literal['single', 'f', '=f', '<f', '>f']
_UByteCodes: typing.TypeAlias = typing.Literal['ubyte', 'B', '=B', '<B', '>B']
_UIntCCodes: typing.TypeAlias = typing.Literal['uintc', 'I', '=I', '<I', '>I']
_UIntCodes: typing.TypeAlias = typing.Literal['ulong', 'uint', 'L', '=L', '<L', '>L']
_ULongLongCodes: typing.TypeAlias = typing.Literal['ulonglong', 'Q', '=Q', '<Q', '>Q']
_UShortCodes: typing.TypeAlias = typing.Literal['ushort', 'H', '=H', '<H', '>H']
_VoidDTypeLike: typing.TypeAlias = tuple[_DTypeLikeNested, int] | tuple[_DTypeLikeNested, _ShapeLike] | list[typing.Any] | numpy._typing._dtype_like._DTypeDict | tuple[_DTypeLikeNested, _DTypeLikeNested]
c_intp: typing.TypeAlias = ctypes.c_int64

@typing.overload
def as_array(
    obj: ctypes._PointerLike,
    shape: collections.abc.Sequence[int],
) -> numpy.typing.NDArray[typing.Any]:
    """
        Create a numpy array from a ctypes array or POINTER.

        The numpy array shares the memory with the ctypes object.

        The shape parameter must be given if converting from a ctypes POINTER.
        The shape parameter is ignored if converting from a ctypes array
       \x20"""
    ...
@typing.overload
def as_array(
    obj: _ArrayLike[_SCT],
    shape: _ShapeLike | None = ...,
) -> numpy.typing.NDArray[_SCT]: ...
@typing.overload
def as_array(obj: object, shape: _ShapeLike | None = ...) -> numpy.typing.NDArray[typing.Any]: ...

@typing.overload
def as_ctypes(obj: numpy.bool_) -> ctypes.c_bool:
    """Create and return a ctypes object from a numpy array.  Actually
        anything that exposes the __array_interface__ is accepted."""
    ...
@typing.overload
def as_ctypes(obj: numpy.byte) -> ctypes.c_byte: ...
@typing.overload
def as_ctypes(obj: numpy.short) -> ctypes.c_short: ...
@typing.overload
def as_ctypes(obj: numpy.intc) -> ctypes.c_int: ...
@typing.overload
def as_ctypes(obj: numpy.int_) -> ctypes.c_long: ...
@typing.overload
def as_ctypes(obj: numpy.longlong) -> ctypes.c_longlong: ...
@typing.overload
def as_ctypes(obj: numpy.ubyte) -> ctypes.c_ubyte: ...
@typing.overload
def as_ctypes(obj: numpy.ushort) -> ctypes.c_ushort: ...
@typing.overload
def as_ctypes(obj: numpy.uintc) -> ctypes.c_uint: ...
@typing.overload
def as_ctypes(obj: numpy.uint) -> ctypes.c_ulong: ...
@typing.overload
def as_ctypes(obj: numpy.ulonglong) -> ctypes.c_ulonglong: ...
@typing.overload
def as_ctypes(obj: numpy.single) -> ctypes.c_float: ...
@typing.overload
def as_ctypes(obj: numpy.double) -> ctypes.c_double: ...
@typing.overload
def as_ctypes(obj: numpy.longdouble) -> ctypes.c_longdouble: ...
@typing.overload
def as_ctypes(obj: numpy.void) -> typing.Any: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.bool_]) -> ctypes.Array[ctypes.c_bool]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.byte]) -> ctypes.Array[ctypes.c_byte]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.short]) -> ctypes.Array[ctypes.c_short]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.intc]) -> ctypes.Array[ctypes.c_int]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.int_]) -> ctypes.Array[ctypes.c_long]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.longlong]) -> ctypes.Array[ctypes.c_longlong]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.ubyte]) -> ctypes.Array[ctypes.c_ubyte]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.ushort]) -> ctypes.Array[ctypes.c_ushort]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.uintc]) -> ctypes.Array[ctypes.c_uint]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.uint]) -> ctypes.Array[ctypes.c_ulong]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.ulonglong]) -> ctypes.Array[ctypes.c_ulonglong]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.single]) -> ctypes.Array[ctypes.c_float]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.double]) -> ctypes.Array[ctypes.c_double]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.longdouble]) -> ctypes.Array[ctypes.c_longdouble]: ...
@typing.overload
def as_ctypes(obj: numpy.typing.NDArray[numpy.void]) -> ctypes.Array[typing.Any]: ...

@typing.overload
def as_ctypes_type(
    dtype: _BoolCodes | _DTypeLike[numpy.bool_] | type[ctypes.c_bool],
) -> type[ctypes.c_bool]:
    """
        Convert a dtype into a ctypes type.

        Parameters
        ----------
        dtype : dtype
            The dtype to convert

        Returns
        -------
        ctype
            A ctype scalar, union, array, or struct

        Raises
        ------
        NotImplementedError
            If the conversion is not possible

        Notes
        -----
        This function does not losslessly round-trip in either direction.

        ``np.dtype(as_ctypes_type(dt))`` will:

         - insert padding fields
         - reorder fields to be sorted by offset
         - discard field titles

        ``as_ctypes_type(np.dtype(ctype))`` will:

         - discard the class names of `ctypes.Structure`\\ s and
           `ctypes.Union`\\ s
         - convert single-element `ctypes.Union`\\ s into single-element
           `ctypes.Structure`\\ s
         - insert padding fields

       \x20"""
    ...
@typing.overload
def as_ctypes_type(
    dtype: _ByteCodes | _DTypeLike[numpy.byte] | type[ctypes.c_byte],
) -> type[ctypes.c_byte]: ...
@typing.overload
def as_ctypes_type(
    dtype: _ShortCodes | _DTypeLike[numpy.short] | type[ctypes.c_short],
) -> type[ctypes.c_short]: ...
@typing.overload
def as_ctypes_type(
    dtype: _IntCCodes | _DTypeLike[numpy.intc] | type[ctypes.c_int],
) -> type[ctypes.c_int]: ...
@typing.overload
def as_ctypes_type(
    dtype: _IntCodes | _DTypeLike[numpy.int_] | type[int | ctypes.c_long],
) -> type[ctypes.c_long]: ...
@typing.overload
def as_ctypes_type(
    dtype: _LongLongCodes | _DTypeLike[numpy.longlong] | type[ctypes.c_longlong],
) -> type[ctypes.c_longlong]: ...
@typing.overload
def as_ctypes_type(
    dtype: _UByteCodes | _DTypeLike[numpy.ubyte] | type[ctypes.c_ubyte],
) -> type[ctypes.c_ubyte]: ...
@typing.overload
def as_ctypes_type(
    dtype: _UShortCodes | _DTypeLike[numpy.ushort] | type[ctypes.c_ushort],
) -> type[ctypes.c_ushort]: ...
@typing.overload
def as_ctypes_type(
    dtype: _UIntCCodes | _DTypeLike[numpy.uintc] | type[ctypes.c_uint],
) -> type[ctypes.c_uint]: ...
@typing.overload
def as_ctypes_type(
    dtype: _UIntCodes | _DTypeLike[numpy.uint] | type[ctypes.c_ulong],
) -> type[ctypes.c_ulong]: ...
@typing.overload
def as_ctypes_type(
    dtype: _ULongLongCodes | _DTypeLike[numpy.ulonglong] | type[ctypes.c_ulonglong],
) -> type[ctypes.c_ulonglong]: ...
@typing.overload
def as_ctypes_type(
    dtype: _SingleCodes | _DTypeLike[numpy.single] | type[ctypes.c_float],
) -> type[ctypes.c_float]: ...
@typing.overload
def as_ctypes_type(
    dtype: _DoubleCodes | _DTypeLike[numpy.double] | type[float | ctypes.c_double],
) -> type[ctypes.c_double]: ...
@typing.overload
def as_ctypes_type(
    dtype: _LongDoubleCodes | _DTypeLike[numpy.longdouble] | type[ctypes.c_longdouble],
) -> type[ctypes.c_longdouble]: ...
@typing.overload
def as_ctypes_type(dtype: _VoidDTypeLike) -> type[typing.Any]: ...
@typing.overload
def as_ctypes_type(dtype: str) -> type[typing.Any]: ...

def load_library(
    libname: str | bytes | os.PathLike[str] | os.PathLike[bytes],
    loader_path: str | bytes | os.PathLike[str] | os.PathLike[bytes],
) -> ctypes.CDLL:
    """
        It is possible to load a library using

        >>> lib = ctypes.cdll[<full_path_name>] # doctest: +SKIP

        But there are cross-platform considerations, such as library file extensions,
        plus the fact Windows will just load the first library it finds with that name.
        NumPy supplies the load_library function as a convenience.

        .. versionchanged:: 1.20.0
            Allow libname and loader_path to take any
            :term:`python:path-like object`.

        Parameters
        ----------
        libname : path-like
            Name of the library, which can have 'lib' as a prefix,
            but without an extension.
        loader_path : path-like
            Where the library can be found.

        Returns
        -------
        ctypes.cdll[libpath] : library object
           A ctypes library object

        Raises
        ------
        OSError
            If there is no library with the expected extension, or the
            library is defective and cannot be loaded.
       \x20"""
    ...

@typing.overload
def ndpointer(
    dtype: None = ...,
    ndim: int = ...,
    shape: _ShapeLike | None = ...,
    flags: _FlagsKind | collections.abc.Iterable[_FlagsKind] | int | numpy.core.multiarray.flagsobj | None = ...,
) -> type[numpy.ctypeslib._ndptr[None]]:
    """
    Array-checking restype/argtypes.

    An ndpointer instance is used to describe an ndarray in restypes
    and argtypes specifications.  This approach is more flexible than
    using, for example, ``POINTER(c_double)``, since several restrictions
    can be specified, which are verified upon calling the ctypes function.
    These include data type, number of dimensions, shape and flags.  If a
    given array does not satisfy the specified restrictions,
    a ``TypeError`` is raised.

    Parameters
    ----------
    dtype : data-type, optional
        Array data-type.
    ndim : int, optional
        Number of array dimensions.
    shape : tuple of ints, optional
        Array shape.
    flags : str or tuple of str
        Array flags; may be one or more of:

          - C_CONTIGUOUS / C / CONTIGUOUS
          - F_CONTIGUOUS / F / FORTRAN
          - OWNDATA / O
          - WRITEABLE / W
          - ALIGNED / A
          - WRITEBACKIFCOPY / X

    Returns
    -------
    klass : ndpointer type object
        A type object, which is an ``_ndtpr`` instance containing
        dtype, ndim, shape and flags information.

    Raises
    ------
    TypeError
        If a given array does not satisfy the specified restrictions.

    Examples
    --------
    >>> clib.somefunc.argtypes = [np.ctypeslib.ndpointer(dtype=np.float64,
    ...                                                  ndim=1,
    ...                                                  flags='C_CONTIGUOUS')]
    ... #doctest: +SKIP
    >>> clib.somefunc(np.array([1, 2, 3], dtype=np.float64))
    ... #doctest: +SKIP

   \x20"""
    ...
@typing.overload
def ndpointer(
    dtype: _DTypeLike[_SCT],
    ndim: int = ...,
    *,
    shape: _ShapeLike,
    flags: _FlagsKind | collections.abc.Iterable[_FlagsKind] | int | numpy.core.multiarray.flagsobj | None = ...,
) -> type[numpy.ctypeslib._concrete_ndptr[numpy.dtype[_SCT]]]: ...
@typing.overload
def ndpointer(
    dtype: numpy.typing.DTypeLike,
    ndim: int = ...,
    *,
    shape: _ShapeLike,
    flags: _FlagsKind | collections.abc.Iterable[_FlagsKind] | int | numpy.core.multiarray.flagsobj | None = ...,
) -> type[numpy.ctypeslib._concrete_ndptr[numpy.dtype[typing.Any]]]: ...
@typing.overload
def ndpointer(
    dtype: _DTypeLike[_SCT],
    ndim: int = ...,
    shape: None = ...,
    flags: _FlagsKind | collections.abc.Iterable[_FlagsKind] | int | numpy.core.multiarray.flagsobj | None = ...,
) -> type[numpy.ctypeslib._ndptr[numpy.dtype[_SCT]]]: ...
@typing.overload
def ndpointer(
    dtype: numpy.typing.DTypeLike,
    ndim: int = ...,
    shape: None = ...,
    flags: _FlagsKind | collections.abc.Iterable[_FlagsKind] | int | numpy.core.multiarray.flagsobj | None = ...,
) -> type[numpy.ctypeslib._ndptr[numpy.dtype[typing.Any]]]: ...
