# pybind-stub: 1
# module: numpy.core.defchararray
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/__init__.pyi, numpy/_typing/_array_like.py, numpy/core/defchararray.pyi, numpy/core/multiarray.pyi, runtime
# content-hash: sha256:dd4e6ec54d93382de1eba25bdf2f64fd7c0b2c78768c54315d9fe37bbade8305
"""
This module contains a set of functions for vectorized string
operations and methods.

.. note::
   The `chararray` class exists for backwards compatibility with
   Numarray, it is not recommended for new development. Starting from numpy
   1.4, if one needs arrays of strings, it is recommended to use arrays of
   `dtype` `object_`, `string_` or `unicode_`, and use the free functions
   in the `numpy.char` module for fast vectorized string operations.

Some methods will only be available if the corresponding string method is
available in your version of Python.

The preferred alias for `defchararray` is `numpy.char`.

"""

import numpy
import numpy._typing._array_like
import numpy._typing._nested_sequence
import numpy.typing
import typing
from numpy import chararray as chararray

_DType = typing.TypeVar('_DType', bound=numpy.dtype[typing.Any])
_SCT = typing.TypeVar('_SCT', numpy.str_, numpy.bytes_)
_T = typing.TypeVar('_T')

_ArrayLikeBool_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_], bool]
_ArrayLikeBytes_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bytes_], bytes]
_ArrayLikeInt_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_ | numpy.integer[typing.Any]], bool | int]
_ArrayLikeStr_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.str_], str]
_CharArray: typing.TypeAlias = numpy.chararray[typing.Any, numpy.dtype[_SCT]]
_DualArrayLike: typing.TypeAlias = numpy._typing._array_like._SupportsArray[_DType] | numpy._typing._nested_sequence._NestedSequence[numpy._typing._array_like._SupportsArray[_DType]] | _T | numpy._typing._nested_sequence._NestedSequence[_T]
_OrderKACF: typing.TypeAlias = typing.Literal[None, 'K', 'A', 'C', 'F']

@typing.overload
def add(x1: _ArrayLikeStr_co, x2: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return element-wise string concatenation for two arrays of str or unicode.

    Arrays `x1` and `x2` must have the same shape.

    Parameters
    ----------
    x1 : array_like of str or unicode
        Input array.
    x2 : array_like of str or unicode
        Input array.

    Returns
    -------
    add : ndarray
        Output array of `string_` or `unicode_`, depending on input types
        of the same shape as `x1` and `x2`.

   \x20"""
    ...
@typing.overload
def add(x1: _ArrayLikeBytes_co, x2: _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def array(
    obj: _ArrayLikeStr_co,
    itemsize: int | None = ...,
    copy: bool = ...,
    unicode: typing.Literal[False] = ...,
    order: _OrderKACF = ...,
) -> _CharArray[numpy.str_]:
    """
    Create a `chararray`.

    .. note::
       This class is provided for numarray backward-compatibility.
       New code (not concerned with numarray compatibility) should use
       arrays of type `string_` or `unicode_` and use the free functions
       in :mod:`numpy.char <numpy.core.defchararray>` for fast
       vectorized string operations instead.

    Versus a regular NumPy array of type `str` or `unicode`, this
    class adds the following functionality:

      1) values automatically have whitespace removed from the end
         when indexed

      2) comparison operators automatically remove whitespace from the
         end when comparing values

      3) vectorized string operations are provided as methods
         (e.g. `str.endswith`) and infix operators (e.g. ``+, *, %``)

    Parameters
    ----------
    obj : array of str or unicode-like

    itemsize : int, optional
        `itemsize` is the number of characters per scalar in the
        resulting array.  If `itemsize` is None, and `obj` is an
        object array or a Python list, the `itemsize` will be
        automatically determined.  If `itemsize` is provided and `obj`
        is of type str or unicode, then the `obj` string will be
        chunked into `itemsize` pieces.

    copy : bool, optional
        If true (default), then the object is copied.  Otherwise, a copy
        will only be made if __array__ returns a copy, if obj is a
        nested sequence, or if a copy is needed to satisfy any of the other
        requirements (`itemsize`, unicode, `order`, etc.).

    unicode : bool, optional
        When true, the resulting `chararray` can contain Unicode
        characters, when false only 8-bit characters.  If unicode is
        None and `obj` is one of the following:

          - a `chararray`,
          - an ndarray of type `str` or `unicode`
          - a Python str or unicode object,

        then the unicode setting of the output array will be
        automatically determined.

    order : {'C', 'F', 'A'}, optional
        Specify the order of the array.  If order is 'C' (default), then the
        array will be in C-contiguous order (last-index varies the
        fastest).  If order is 'F', then the returned array
        will be in Fortran-contiguous order (first-index varies the
        fastest).  If order is 'A', then the returned array may
        be in any order (either C-, Fortran-contiguous, or even
        discontiguous).
   \x20"""
    ...
@typing.overload
def array(
    obj: _ArrayLikeBytes_co,
    itemsize: int | None = ...,
    copy: bool = ...,
    unicode: typing.Literal[False] = ...,
    order: _OrderKACF = ...,
) -> _CharArray[numpy.bytes_]: ...
@typing.overload
def array(
    obj: object,
    itemsize: int | None = ...,
    copy: bool = ...,
    unicode: typing.Literal[False] = ...,
    order: _OrderKACF = ...,
) -> _CharArray[numpy.bytes_]: ...
@typing.overload
def array(
    obj: object,
    itemsize: int | None = ...,
    copy: bool = ...,
    unicode: typing.Literal[True] = ...,
    order: _OrderKACF = ...,
) -> _CharArray[numpy.str_]: ...

@typing.overload
def asarray(
    obj: _ArrayLikeStr_co,
    itemsize: int | None = ...,
    unicode: typing.Literal[False] = ...,
    order: _OrderKACF = ...,
) -> _CharArray[numpy.str_]:
    """
    Convert the input to a `chararray`, copying the data only if
    necessary.

    Versus a regular NumPy array of type `str` or `unicode`, this
    class adds the following functionality:

      1) values automatically have whitespace removed from the end
         when indexed

      2) comparison operators automatically remove whitespace from the
         end when comparing values

      3) vectorized string operations are provided as methods
         (e.g. `str.endswith`) and infix operators (e.g. ``+``, ``*``,``%``)

    Parameters
    ----------
    obj : array of str or unicode-like

    itemsize : int, optional
        `itemsize` is the number of characters per scalar in the
        resulting array.  If `itemsize` is None, and `obj` is an
        object array or a Python list, the `itemsize` will be
        automatically determined.  If `itemsize` is provided and `obj`
        is of type str or unicode, then the `obj` string will be
        chunked into `itemsize` pieces.

    unicode : bool, optional
        When true, the resulting `chararray` can contain Unicode
        characters, when false only 8-bit characters.  If unicode is
        None and `obj` is one of the following:

          - a `chararray`,
          - an ndarray of type `str` or 'unicode`
          - a Python str or unicode object,

        then the unicode setting of the output array will be
        automatically determined.

    order : {'C', 'F'}, optional
        Specify the order of the array.  If order is 'C' (default), then the
        array will be in C-contiguous order (last-index varies the
        fastest).  If order is 'F', then the returned array
        will be in Fortran-contiguous order (first-index varies the
        fastest).
   \x20"""
    ...
@typing.overload
def asarray(
    obj: _ArrayLikeBytes_co,
    itemsize: int | None = ...,
    unicode: typing.Literal[False] = ...,
    order: _OrderKACF = ...,
) -> _CharArray[numpy.bytes_]: ...
@typing.overload
def asarray(
    obj: object,
    itemsize: int | None = ...,
    unicode: typing.Literal[False] = ...,
    order: _OrderKACF = ...,
) -> _CharArray[numpy.bytes_]: ...
@typing.overload
def asarray(
    obj: object,
    itemsize: int | None = ...,
    unicode: typing.Literal[True] = ...,
    order: _OrderKACF = ...,
) -> _CharArray[numpy.str_]: ...

@typing.overload
def capitalize(a: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return a copy of `a` with only the first character of each element
    capitalized.

    Calls `str.capitalize` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like of str or unicode
        Input array of strings to capitalize.

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input
        types

    See Also
    --------
    str.capitalize

    Examples
    --------
    >>> c = np.array(['a1b2','1b2a','b2a1','2a1b'],'S4'); c
    array(['a1b2', '1b2a', 'b2a1', '2a1b'],
        dtype='|S4')
    >>> np.char.capitalize(c)
    array(['A1b2', '1b2a', 'B2a1', '2a1b'],
        dtype='|S4')

   \x20"""
    ...
@typing.overload
def capitalize(a: _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def center(
    a: _ArrayLikeStr_co,
    width: _ArrayLikeInt_co,
    fillchar: _ArrayLikeStr_co = ...,
) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return a copy of `a` with its elements centered in a string of
    length `width`.

    Calls `str.center` element-wise.

    Parameters
    ----------
    a : array_like of str or unicode

    width : int
        The length of the resulting strings
    fillchar : str or unicode, optional
        The padding character to use (default is space).

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input
        types

    See Also
    --------
    str.center
   \x20
    Notes
    -----
    This function is intended to work with arrays of strings.  The
    fill character is not applied to numeric types.

    Examples
    --------
    >>> c = np.array(['a1b2','1b2a','b2a1','2a1b']); c
    array(['a1b2', '1b2a', 'b2a1', '2a1b'], dtype='<U4')
    >>> np.char.center(c, width=9)
    array(['   a1b2  ', '   1b2a  ', '   b2a1  ', '   2a1b  '], dtype='<U9')
    >>> np.char.center(c, width=9, fillchar='*')
    array(['***a1b2**', '***1b2a**', '***b2a1**', '***2a1b**'], dtype='<U9')
    >>> np.char.center(c, width=1)
    array(['a', '1', 'b', '2'], dtype='<U1')

   \x20"""
    ...
@typing.overload
def center(
    a: _ArrayLikeBytes_co,
    width: _ArrayLikeInt_co,
    fillchar: _ArrayLikeBytes_co = ...,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def compare_chararrays(
    a1: _ArrayLikeStr_co,
    a2: _ArrayLikeStr_co,
    cmp: typing.Literal['<', '<=', '==', '>=', '>', '!='],
    rstrip: bool,
) -> numpy.typing.NDArray[numpy.bool_]:
    """compare_chararrays(a1, a2, cmp, rstrip)

    Performs element-wise comparison of two string arrays using the
    comparison operator specified by `cmp_op`.

    Parameters
    ----------
    a1, a2 : array_like
        Arrays to be compared.
    cmp : {"<", "<=", "==", ">=", ">", "!="}
        Type of comparison.
    rstrip : Boolean
        If True, the spaces at the end of Strings are removed before the comparison.

    Returns
    -------
    out : ndarray
        The output array of type Boolean with the same shape as a and b.

    Raises
    ------
    ValueError
        If `cmp_op` is not valid.
    TypeError
        If at least one of `a` or `b` is a non-string array

    Examples
    --------
    >>> a = np.array(["a", "b", "cde"])
    >>> b = np.array(["a", "a", "dec"])
    >>> np.compare_chararrays(a, b, ">", True)
    array([False,  True, False])"""
    ...
@typing.overload
def compare_chararrays(
    a1: _ArrayLikeBytes_co,
    a2: _ArrayLikeBytes_co,
    cmp: typing.Literal['<', '<=', '==', '>=', '>', '!='],
    rstrip: bool,
) -> numpy.typing.NDArray[numpy.bool_]: ...

@typing.overload
def count(
    a: _ArrayLikeStr_co,
    sub: _ArrayLikeStr_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.int_]:
    """
    Returns an array with the number of non-overlapping occurrences of
    substring `sub` in the range [`start`, `end`].

    Calls `str.count` element-wise.

    Parameters
    ----------
    a : array_like of str or unicode

    sub : str or unicode
       The substring to search for.

    start, end : int, optional
       Optional arguments `start` and `end` are interpreted as slice
       notation to specify the range in which to count.

    Returns
    -------
    out : ndarray
        Output array of ints.

    See Also
    --------
    str.count

    Examples
    --------
    >>> c = np.array(['aAaAaA', '  aA  ', 'abBABba'])
    >>> c
    array(['aAaAaA', '  aA  ', 'abBABba'], dtype='<U7')
    >>> np.char.count(c, 'A')
    array([3, 1, 1])
    >>> np.char.count(c, 'aA')
    array([3, 1, 0])
    >>> np.char.count(c, 'A', start=1, end=4)
    array([2, 1, 1])
    >>> np.char.count(c, 'A', start=1, end=3)
    array([1, 0, 0])

   \x20"""
    ...
@typing.overload
def count(
    a: _ArrayLikeBytes_co,
    sub: _ArrayLikeBytes_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.int_]: ...

def decode(
    a: _ArrayLikeBytes_co,
    encoding: str | None = None,
    errors: str | None = None,
) -> numpy.typing.NDArray[numpy.str_]:
    """
    Calls ``bytes.decode`` element-wise.

    The set of available codecs comes from the Python standard library,
    and may be extended at runtime.  For more information, see the
    :mod:`codecs` module.

    Parameters
    ----------
    a : array_like of str or unicode

    encoding : str, optional
       The name of an encoding

    errors : str, optional
       Specifies how to handle encoding errors

    Returns
    -------
    out : ndarray

    See Also
    --------
    :py:meth:`bytes.decode`

    Notes
    -----
    The type of the result will depend on the encoding specified.

    Examples
    --------
    >>> c = np.array([b'\\x81\\xc1\\x81\\xc1\\x81\\xc1', b'@@\\x81\\xc1@@',
    ...               b'\\x81\\x82\\xc2\\xc1\\xc2\\x82\\x81'])
    >>> c
    array([b'\\x81\\xc1\\x81\\xc1\\x81\\xc1', b'@@\\x81\\xc1@@',
    ...    b'\\x81\\x82\\xc2\\xc1\\xc2\\x82\\x81'], dtype='|S7')
    >>> np.char.decode(c, encoding='cp037')
    array(['aAaAaA', '  aA  ', 'abBABba'], dtype='<U7')

   \x20"""
    ...

def encode(
    a: _ArrayLikeStr_co,
    encoding: str | None = None,
    errors: str | None = None,
) -> numpy.typing.NDArray[numpy.bytes_]:
    """
    Calls `str.encode` element-wise.

    The set of available codecs comes from the Python standard library,
    and may be extended at runtime. For more information, see the codecs
    module.

    Parameters
    ----------
    a : array_like of str or unicode

    encoding : str, optional
       The name of an encoding

    errors : str, optional
       Specifies how to handle encoding errors

    Returns
    -------
    out : ndarray

    See Also
    --------
    str.encode

    Notes
    -----
    The type of the result will depend on the encoding specified.

   \x20"""
    ...

@typing.overload
def endswith(
    a: _ArrayLikeStr_co,
    suffix: _ArrayLikeStr_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Returns a boolean array which is `True` where the string element
    in `a` ends with `suffix`, otherwise `False`.

    Calls `str.endswith` element-wise.

    Parameters
    ----------
    a : array_like of str or unicode

    suffix : str

    start, end : int, optional
        With optional `start`, test beginning at that position. With
        optional `end`, stop comparing at that position.

    Returns
    -------
    out : ndarray
        Outputs an array of bools.

    See Also
    --------
    str.endswith

    Examples
    --------
    >>> s = np.array(['foo', 'bar'])
    >>> s[0] = 'foo'
    >>> s[1] = 'bar'
    >>> s
    array(['foo', 'bar'], dtype='<U3')
    >>> np.char.endswith(s, 'ar')
    array([False,  True])
    >>> np.char.endswith(s, 'a', start=1, end=2)
    array([False,  True])

   \x20"""
    ...
@typing.overload
def endswith(
    a: _ArrayLikeBytes_co,
    suffix: _ArrayLikeBytes_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.bool_]: ...

@typing.overload
def equal(x1: _ArrayLikeStr_co, x2: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Return (x1 == x2) element-wise.

    Unlike `numpy.equal`, this comparison is performed by first
    stripping whitespace characters from the end of the string.  This
    behavior is provided for backward-compatibility with numarray.

    Parameters
    ----------
    x1, x2 : array_like of str or unicode
        Input arrays of the same shape.

    Returns
    -------
    out : ndarray
        Output array of bools.

    See Also
    --------
    not_equal, greater_equal, less_equal, greater, less
   \x20"""
    ...
@typing.overload
def equal(x1: _ArrayLikeBytes_co, x2: _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]: ...

@typing.overload
def expandtabs(
    a: _ArrayLikeStr_co,
    tabsize: _ArrayLikeInt_co = ...,
) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return a copy of each string element where all tab characters are
    replaced by one or more spaces.

    Calls `str.expandtabs` element-wise.

    Return a copy of each string element where all tab characters are
    replaced by one or more spaces, depending on the current column
    and the given `tabsize`. The column number is reset to zero after
    each newline occurring in the string. This doesn't understand other
    non-printing characters or escape sequences.

    Parameters
    ----------
    a : array_like of str or unicode
        Input array
    tabsize : int, optional
        Replace tabs with `tabsize` number of spaces.  If not given defaults
        to 8 spaces.

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.expandtabs

   \x20"""
    ...
@typing.overload
def expandtabs(
    a: _ArrayLikeBytes_co,
    tabsize: _ArrayLikeInt_co = ...,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def find(
    a: _ArrayLikeStr_co,
    sub: _ArrayLikeStr_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.int_]:
    """
    For each element, return the lowest index in the string where
    substring `sub` is found.

    Calls `str.find` element-wise.

    For each element, return the lowest index in the string where
    substring `sub` is found, such that `sub` is contained in the
    range [`start`, `end`].

    Parameters
    ----------
    a : array_like of str or unicode

    sub : str or unicode

    start, end : int, optional
        Optional arguments `start` and `end` are interpreted as in
        slice notation.

    Returns
    -------
    out : ndarray or int
        Output array of ints.  Returns -1 if `sub` is not found.

    See Also
    --------
    str.find

    Examples
    --------
    >>> a = np.array(["NumPy is a Python library"])
    >>> np.char.find(a, "Python", start=0, end=None)
    array([11])

   \x20"""
    ...
@typing.overload
def find(
    a: _ArrayLikeBytes_co,
    sub: _ArrayLikeBytes_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.int_]: ...

@typing.overload
def greater(x1: _ArrayLikeStr_co, x2: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Return (x1 > x2) element-wise.

    Unlike `numpy.greater`, this comparison is performed by first
    stripping whitespace characters from the end of the string.  This
    behavior is provided for backward-compatibility with numarray.

    Parameters
    ----------
    x1, x2 : array_like of str or unicode
        Input arrays of the same shape.

    Returns
    -------
    out : ndarray
        Output array of bools.

    See Also
    --------
    equal, not_equal, greater_equal, less_equal, less
   \x20"""
    ...
@typing.overload
def greater(
    x1: _ArrayLikeBytes_co,
    x2: _ArrayLikeBytes_co,
) -> numpy.typing.NDArray[numpy.bool_]: ...

@typing.overload
def greater_equal(
    x1: _ArrayLikeStr_co,
    x2: _ArrayLikeStr_co,
) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Return (x1 >= x2) element-wise.

    Unlike `numpy.greater_equal`, this comparison is performed by
    first stripping whitespace characters from the end of the string.
    This behavior is provided for backward-compatibility with
    numarray.

    Parameters
    ----------
    x1, x2 : array_like of str or unicode
        Input arrays of the same shape.

    Returns
    -------
    out : ndarray
        Output array of bools.

    See Also
    --------
    equal, not_equal, less_equal, greater, less
   \x20"""
    ...
@typing.overload
def greater_equal(
    x1: _ArrayLikeBytes_co,
    x2: _ArrayLikeBytes_co,
) -> numpy.typing.NDArray[numpy.bool_]: ...

@typing.overload
def index(
    a: _ArrayLikeStr_co,
    sub: _ArrayLikeStr_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.int_]:
    """
    Like `find`, but raises `ValueError` when the substring is not found.

    Calls `str.index` element-wise.

    Parameters
    ----------
    a : array_like of str or unicode

    sub : str or unicode

    start, end : int, optional

    Returns
    -------
    out : ndarray
        Output array of ints.  Returns -1 if `sub` is not found.

    See Also
    --------
    find, str.find

    Examples
    --------
    >>> a = np.array(["Computer Science"])
    >>> np.char.index(a, "Science", start=0, end=None)
    array([9])

   \x20"""
    ...
@typing.overload
def index(
    a: _ArrayLikeBytes_co,
    sub: _ArrayLikeBytes_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.int_]: ...

def isalnum(a: _ArrayLikeStr_co | _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Returns true for each element if all characters in the string are
    alphanumeric and there is at least one character, false otherwise.

    Calls `str.isalnum` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like of str or unicode

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.isalnum
   \x20"""
    ...

def isalpha(a: _ArrayLikeStr_co | _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Returns true for each element if all characters in the string are
    alphabetic and there is at least one character, false otherwise.

    Calls `str.isalpha` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like of str or unicode

    Returns
    -------
    out : ndarray
        Output array of bools

    See Also
    --------
    str.isalpha
   \x20"""
    ...

def isdecimal(a: _ArrayLikeStr_co | _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    For each element, return True if there are only decimal
    characters in the element.

    Calls `unicode.isdecimal` element-wise.

    Decimal characters include digit characters, and all characters
    that can be used to form decimal-radix numbers,
    e.g. ``U+0660, ARABIC-INDIC DIGIT ZERO``.

    Parameters
    ----------
    a : array_like, unicode
        Input array.

    Returns
    -------
    out : ndarray, bool
        Array of booleans identical in shape to `a`.

    See Also
    --------
    unicode.isdecimal

    Examples
    --------
    >>> np.char.isdecimal(['12345', '4.99', '123ABC', ''])
    array([ True, False, False, False])

   \x20"""
    ...

def isdigit(a: _ArrayLikeStr_co | _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Returns true for each element if all characters in the string are
    digits and there is at least one character, false otherwise.

    Calls `str.isdigit` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like of str or unicode

    Returns
    -------
    out : ndarray
        Output array of bools

    See Also
    --------
    str.isdigit

    Examples
    --------
    >>> a = np.array(['a', 'b', '0'])
    >>> np.char.isdigit(a)
    array([False, False,  True])
    >>> a = np.array([['a', 'b', '0'], ['c', '1', '2']])
    >>> np.char.isdigit(a)
    array([[False, False,  True], [False,  True,  True]])
   \x20"""
    ...

def islower(a: _ArrayLikeStr_co | _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Returns true for each element if all cased characters in the
    string are lowercase and there is at least one cased character,
    false otherwise.

    Calls `str.islower` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like of str or unicode

    Returns
    -------
    out : ndarray
        Output array of bools

    See Also
    --------
    str.islower
   \x20"""
    ...

def isnumeric(a: _ArrayLikeStr_co | _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    For each element, return True if there are only numeric
    characters in the element.

    Calls `unicode.isnumeric` element-wise.

    Numeric characters include digit characters, and all characters
    that have the Unicode numeric value property, e.g. ``U+2155,
    VULGAR FRACTION ONE FIFTH``.

    Parameters
    ----------
    a : array_like, unicode
        Input array.

    Returns
    -------
    out : ndarray, bool
        Array of booleans of same shape as `a`.

    See Also
    --------
    unicode.isnumeric

    Examples
    --------
    >>> np.char.isnumeric(['123', '123abc', '9.0', '1/4', 'VIII'])
    array([ True, False, False, False, False])

   \x20"""
    ...

def isspace(a: _ArrayLikeStr_co | _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Returns true for each element if there are only whitespace
    characters in the string and there is at least one character,
    false otherwise.

    Calls `str.isspace` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like of str or unicode

    Returns
    -------
    out : ndarray
        Output array of bools

    See Also
    --------
    str.isspace
   \x20"""
    ...

def istitle(a: _ArrayLikeStr_co | _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Returns true for each element if the element is a titlecased
    string and there is at least one character, false otherwise.

    Call `str.istitle` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like of str or unicode

    Returns
    -------
    out : ndarray
        Output array of bools

    See Also
    --------
    str.istitle
   \x20"""
    ...

def isupper(a: _ArrayLikeStr_co | _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Return true for each element if all cased characters in the
    string are uppercase and there is at least one character, false
    otherwise.

    Call `str.isupper` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like of str or unicode

    Returns
    -------
    out : ndarray
        Output array of bools

    See Also
    --------
    str.isupper

    Examples
    --------
    >>> str = "GHC"
    >>> np.char.isupper(str)
    array(True)    \x20
    >>> a = np.array(["hello", "HELLO", "Hello"])
    >>> np.char.isupper(a)
    array([False,  True, False])\x20

   \x20"""
    ...

@typing.overload
def join(sep: _ArrayLikeStr_co, seq: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return a string which is the concatenation of the strings in the
    sequence `seq`.

    Calls `str.join` element-wise.

    Parameters
    ----------
    sep : array_like of str or unicode
    seq : array_like of str or unicode

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input types

    See Also
    --------
    str.join

    Examples
    --------
    >>> np.char.join('-', 'osd')
    array('o-s-d', dtype='<U5')

    >>> np.char.join(['-', '.'], ['ghc', 'osd'])
    array(['g-h-c', 'o.s.d'], dtype='<U5')

   \x20"""
    ...
@typing.overload
def join(
    sep: _ArrayLikeBytes_co,
    seq: _ArrayLikeBytes_co,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def less(x1: _ArrayLikeStr_co, x2: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Return (x1 < x2) element-wise.

    Unlike `numpy.greater`, this comparison is performed by first
    stripping whitespace characters from the end of the string.  This
    behavior is provided for backward-compatibility with numarray.

    Parameters
    ----------
    x1, x2 : array_like of str or unicode
        Input arrays of the same shape.

    Returns
    -------
    out : ndarray
        Output array of bools.

    See Also
    --------
    equal, not_equal, greater_equal, less_equal, greater
   \x20"""
    ...
@typing.overload
def less(x1: _ArrayLikeBytes_co, x2: _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bool_]: ...

@typing.overload
def less_equal(x1: _ArrayLikeStr_co, x2: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Return (x1 <= x2) element-wise.

    Unlike `numpy.less_equal`, this comparison is performed by first
    stripping whitespace characters from the end of the string.  This
    behavior is provided for backward-compatibility with numarray.

    Parameters
    ----------
    x1, x2 : array_like of str or unicode
        Input arrays of the same shape.

    Returns
    -------
    out : ndarray
        Output array of bools.

    See Also
    --------
    equal, not_equal, greater_equal, greater, less
   \x20"""
    ...
@typing.overload
def less_equal(
    x1: _ArrayLikeBytes_co,
    x2: _ArrayLikeBytes_co,
) -> numpy.typing.NDArray[numpy.bool_]: ...

@typing.overload
def ljust(
    a: _ArrayLikeStr_co,
    width: _ArrayLikeInt_co,
    fillchar: _ArrayLikeStr_co = ...,
) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return an array with the elements of `a` left-justified in a
    string of length `width`.

    Calls `str.ljust` element-wise.

    Parameters
    ----------
    a : array_like of str or unicode

    width : int
        The length of the resulting strings
    fillchar : str or unicode, optional
        The character to use for padding

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.ljust

   \x20"""
    ...
@typing.overload
def ljust(
    a: _ArrayLikeBytes_co,
    width: _ArrayLikeInt_co,
    fillchar: _ArrayLikeBytes_co = ...,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def lower(a: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return an array with the elements converted to lowercase.

    Call `str.lower` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like, {str, unicode}
        Input array.

    Returns
    -------
    out : ndarray, {str, unicode}
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.lower

    Examples
    --------
    >>> c = np.array(['A1B C', '1BCA', 'BCA1']); c
    array(['A1B C', '1BCA', 'BCA1'], dtype='<U5')
    >>> np.char.lower(c)
    array(['a1b c', '1bca', 'bca1'], dtype='<U5')

   \x20"""
    ...
@typing.overload
def lower(a: _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def lstrip(
    a: _ArrayLikeStr_co,
    chars: _ArrayLikeStr_co | None = ...,
) -> numpy.typing.NDArray[numpy.str_]:
    """
    For each element in `a`, return a copy with the leading characters
    removed.

    Calls `str.lstrip` element-wise.

    Parameters
    ----------
    a : array-like, {str, unicode}
        Input array.

    chars : {str, unicode}, optional
        The `chars` argument is a string specifying the set of
        characters to be removed. If omitted or None, the `chars`
        argument defaults to removing whitespace. The `chars` argument
        is not a prefix; rather, all combinations of its values are
        stripped.

    Returns
    -------
    out : ndarray, {str, unicode}
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.lstrip

    Examples
    --------
    >>> c = np.array(['aAaAaA', '  aA  ', 'abBABba'])
    >>> c
    array(['aAaAaA', '  aA  ', 'abBABba'], dtype='<U7')

    The 'a' variable is unstripped from c[1] because whitespace leading.

    >>> np.char.lstrip(c, 'a')
    array(['AaAaA', '  aA  ', 'bBABba'], dtype='<U7')


    >>> np.char.lstrip(c, 'A') # leaves c unchanged
    array(['aAaAaA', '  aA  ', 'abBABba'], dtype='<U7')
    >>> (np.char.lstrip(c, ' ') == np.char.lstrip(c, '')).all()
    ... # XXX: is this a regression? This used to return True
    ... # np.char.lstrip(c,'') does not modify c at all.
    False
    >>> (np.char.lstrip(c, ' ') == np.char.lstrip(c, None)).all()
    True

   \x20"""
    ...
@typing.overload
def lstrip(
    a: _ArrayLikeBytes_co,
    chars: _ArrayLikeBytes_co | None = ...,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def mod(a: _ArrayLikeStr_co, value: typing.Any) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return (a % i), that is pre-Python 2.6 string formatting
    (interpolation), element-wise for a pair of array_likes of str
    or unicode.

    Parameters
    ----------
    a : array_like of str or unicode

    values : array_like of values
       These values will be element-wise interpolated into the string.

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input types

    See Also
    --------
    str.__mod__

   \x20"""
    ...
@typing.overload
def mod(a: _ArrayLikeBytes_co, value: typing.Any) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def multiply(a: _ArrayLikeStr_co, i: _ArrayLikeInt_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return (a * i), that is string multiple concatenation,
    element-wise.

    Values in `i` of less than 0 are treated as 0 (which yields an
    empty string).

    Parameters
    ----------
    a : array_like of str or unicode

    i : array_like of ints

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input types
   \x20
    Examples
    --------
    >>> a = np.array(["a", "b", "c"])
    >>> np.char.multiply(x, 3)
    array(['aaa', 'bbb', 'ccc'], dtype='<U3')
    >>> i = np.array([1, 2, 3])
    >>> np.char.multiply(a, i)
    array(['a', 'bb', 'ccc'], dtype='<U3')
    >>> np.char.multiply(np.array(['a']), i)
    array(['a', 'aa', 'aaa'], dtype='<U3')
    >>> a = np.array(['a', 'b', 'c', 'd', 'e', 'f']).reshape((2, 3))
    >>> np.char.multiply(a, 3)
    array([['aaa', 'bbb', 'ccc'],
           ['ddd', 'eee', 'fff']], dtype='<U3')
    >>> np.char.multiply(a, i)
    array([['a', 'bb', 'ccc'],
           ['d', 'ee', 'fff']], dtype='<U3')
   \x20"""
    ...
@typing.overload
def multiply(a: _ArrayLikeBytes_co, i: _ArrayLikeInt_co) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def not_equal(x1: _ArrayLikeStr_co, x2: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Return (x1 != x2) element-wise.

    Unlike `numpy.not_equal`, this comparison is performed by first
    stripping whitespace characters from the end of the string.  This
    behavior is provided for backward-compatibility with numarray.

    Parameters
    ----------
    x1, x2 : array_like of str or unicode
        Input arrays of the same shape.

    Returns
    -------
    out : ndarray
        Output array of bools.

    See Also
    --------
    equal, greater_equal, less_equal, greater, less
   \x20"""
    ...
@typing.overload
def not_equal(
    x1: _ArrayLikeBytes_co,
    x2: _ArrayLikeBytes_co,
) -> numpy.typing.NDArray[numpy.bool_]: ...

@typing.overload
def partition(a: _ArrayLikeStr_co, sep: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Partition each element in `a` around `sep`.

    Calls `str.partition` element-wise.

    For each element in `a`, split the element as the first
    occurrence of `sep`, and return 3 strings containing the part
    before the separator, the separator itself, and the part after
    the separator. If the separator is not found, return 3 strings
    containing the string itself, followed by two empty strings.

    Parameters
    ----------
    a : array_like, {str, unicode}
        Input array
    sep : {str, unicode}
        Separator to split each string element in `a`.

    Returns
    -------
    out : ndarray, {str, unicode}
        Output array of str or unicode, depending on input type.
        The output array will have an extra dimension with 3
        elements per input element.

    See Also
    --------
    str.partition

   \x20"""
    ...
@typing.overload
def partition(
    a: _ArrayLikeBytes_co,
    sep: _ArrayLikeBytes_co,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def replace(
    a: _ArrayLikeStr_co,
    old: _ArrayLikeStr_co,
    new: _ArrayLikeStr_co,
    count: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.str_]:
    """
    For each element in `a`, return a copy of the string with all
    occurrences of substring `old` replaced by `new`.

    Calls `str.replace` element-wise.

    Parameters
    ----------
    a : array-like of str or unicode

    old, new : str or unicode

    count : int, optional
        If the optional argument `count` is given, only the first
        `count` occurrences are replaced.

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.replace
   \x20
    Examples
    --------
    >>> a = np.array(["That is a mango", "Monkeys eat mangos"])
    >>> np.char.replace(a, 'mango', 'banana')
    array(['That is a banana', 'Monkeys eat bananas'], dtype='<U19')

    >>> a = np.array(["The dish is fresh", "This is it"])
    >>> np.char.replace(a, 'is', 'was')
    array(['The dwash was fresh', 'Thwas was it'], dtype='<U19')
   \x20"""
    ...
@typing.overload
def replace(
    a: _ArrayLikeBytes_co,
    old: _ArrayLikeBytes_co,
    new: _ArrayLikeBytes_co,
    count: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def rfind(
    a: _ArrayLikeStr_co,
    sub: _ArrayLikeStr_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.int_]:
    """
    For each element in `a`, return the highest index in the string
    where substring `sub` is found, such that `sub` is contained
    within [`start`, `end`].

    Calls `str.rfind` element-wise.

    Parameters
    ----------
    a : array-like of str or unicode

    sub : str or unicode

    start, end : int, optional
        Optional arguments `start` and `end` are interpreted as in
        slice notation.

    Returns
    -------
    out : ndarray
       Output array of ints.  Return -1 on failure.

    See Also
    --------
    str.rfind

   \x20"""
    ...
@typing.overload
def rfind(
    a: _ArrayLikeBytes_co,
    sub: _ArrayLikeBytes_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.int_]: ...

@typing.overload
def rindex(
    a: _ArrayLikeStr_co,
    sub: _ArrayLikeStr_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.int_]:
    """
    Like `rfind`, but raises `ValueError` when the substring `sub` is
    not found.

    Calls `str.rindex` element-wise.

    Parameters
    ----------
    a : array-like of str or unicode

    sub : str or unicode

    start, end : int, optional

    Returns
    -------
    out : ndarray
       Output array of ints.

    See Also
    --------
    rfind, str.rindex

   \x20"""
    ...
@typing.overload
def rindex(
    a: _ArrayLikeBytes_co,
    sub: _ArrayLikeBytes_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.int_]: ...

@typing.overload
def rjust(
    a: _ArrayLikeStr_co,
    width: _ArrayLikeInt_co,
    fillchar: _ArrayLikeStr_co = ...,
) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return an array with the elements of `a` right-justified in a
    string of length `width`.

    Calls `str.rjust` element-wise.

    Parameters
    ----------
    a : array_like of str or unicode

    width : int
        The length of the resulting strings
    fillchar : str or unicode, optional
        The character to use for padding

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.rjust

   \x20"""
    ...
@typing.overload
def rjust(
    a: _ArrayLikeBytes_co,
    width: _ArrayLikeInt_co,
    fillchar: _ArrayLikeBytes_co = ...,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def rpartition(a: _ArrayLikeStr_co, sep: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Partition (split) each element around the right-most separator.

    Calls `str.rpartition` element-wise.

    For each element in `a`, split the element as the last
    occurrence of `sep`, and return 3 strings containing the part
    before the separator, the separator itself, and the part after
    the separator. If the separator is not found, return 3 strings
    containing the string itself, followed by two empty strings.

    Parameters
    ----------
    a : array_like of str or unicode
        Input array
    sep : str or unicode
        Right-most separator to split each element in array.

    Returns
    -------
    out : ndarray
        Output array of string or unicode, depending on input
        type.  The output array will have an extra dimension with
        3 elements per input element.

    See Also
    --------
    str.rpartition

   \x20"""
    ...
@typing.overload
def rpartition(
    a: _ArrayLikeBytes_co,
    sep: _ArrayLikeBytes_co,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def rsplit(
    a: _ArrayLikeStr_co,
    sep: _ArrayLikeStr_co | None = ...,
    maxsplit: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.object_]:
    """
    For each element in `a`, return a list of the words in the
    string, using `sep` as the delimiter string.

    Calls `str.rsplit` element-wise.

    Except for splitting from the right, `rsplit`
    behaves like `split`.

    Parameters
    ----------
    a : array_like of str or unicode

    sep : str or unicode, optional
        If `sep` is not specified or None, any whitespace string
        is a separator.
    maxsplit : int, optional
        If `maxsplit` is given, at most `maxsplit` splits are done,
        the rightmost ones.

    Returns
    -------
    out : ndarray
       Array of list objects

    See Also
    --------
    str.rsplit, split

   \x20"""
    ...
@typing.overload
def rsplit(
    a: _ArrayLikeBytes_co,
    sep: _ArrayLikeBytes_co | None = ...,
    maxsplit: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.object_]: ...

@typing.overload
def rstrip(
    a: _ArrayLikeStr_co,
    chars: _ArrayLikeStr_co | None = ...,
) -> numpy.typing.NDArray[numpy.str_]:
    """
    For each element in `a`, return a copy with the trailing
    characters removed.

    Calls `str.rstrip` element-wise.

    Parameters
    ----------
    a : array-like of str or unicode

    chars : str or unicode, optional
       The `chars` argument is a string specifying the set of
       characters to be removed. If omitted or None, the `chars`
       argument defaults to removing whitespace. The `chars` argument
       is not a suffix; rather, all combinations of its values are
       stripped.

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.rstrip

    Examples
    --------
    >>> c = np.array(['aAaAaA', 'abBABba'], dtype='S7'); c
    array(['aAaAaA', 'abBABba'],
        dtype='|S7')
    >>> np.char.rstrip(c, b'a')
    array(['aAaAaA', 'abBABb'],
        dtype='|S7')
    >>> np.char.rstrip(c, b'A')
    array(['aAaAa', 'abBABba'],
        dtype='|S7')

   \x20"""
    ...
@typing.overload
def rstrip(
    a: _ArrayLikeBytes_co,
    chars: _ArrayLikeBytes_co | None = ...,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def split(
    a: _ArrayLikeStr_co,
    sep: _ArrayLikeStr_co | None = ...,
    maxsplit: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.object_]:
    """
    For each element in `a`, return a list of the words in the
    string, using `sep` as the delimiter string.

    Calls `str.split` element-wise.

    Parameters
    ----------
    a : array_like of str or unicode

    sep : str or unicode, optional
       If `sep` is not specified or None, any whitespace string is a
       separator.

    maxsplit : int, optional
        If `maxsplit` is given, at most `maxsplit` splits are done.

    Returns
    -------
    out : ndarray
        Array of list objects

    See Also
    --------
    str.split, rsplit

   \x20"""
    ...
@typing.overload
def split(
    a: _ArrayLikeBytes_co,
    sep: _ArrayLikeBytes_co | None = ...,
    maxsplit: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.object_]: ...

@typing.overload
def splitlines(
    a: _ArrayLikeStr_co,
    keepends: _ArrayLikeBool_co | None = ...,
) -> numpy.typing.NDArray[numpy.object_]:
    """
    For each element in `a`, return a list of the lines in the
    element, breaking at line boundaries.

    Calls `str.splitlines` element-wise.

    Parameters
    ----------
    a : array_like of str or unicode

    keepends : bool, optional
        Line breaks are not included in the resulting list unless
        keepends is given and true.

    Returns
    -------
    out : ndarray
        Array of list objects

    See Also
    --------
    str.splitlines

   \x20"""
    ...
@typing.overload
def splitlines(
    a: _ArrayLikeBytes_co,
    keepends: _ArrayLikeBool_co | None = ...,
) -> numpy.typing.NDArray[numpy.object_]: ...

@typing.overload
def startswith(
    a: _ArrayLikeStr_co,
    prefix: _ArrayLikeStr_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.bool_]:
    """
    Returns a boolean array which is `True` where the string element
    in `a` starts with `prefix`, otherwise `False`.

    Calls `str.startswith` element-wise.

    Parameters
    ----------
    a : array_like of str or unicode

    prefix : str

    start, end : int, optional
        With optional `start`, test beginning at that position. With
        optional `end`, stop comparing at that position.

    Returns
    -------
    out : ndarray
        Array of booleans

    See Also
    --------
    str.startswith

   \x20"""
    ...
@typing.overload
def startswith(
    a: _ArrayLikeBytes_co,
    prefix: _ArrayLikeBytes_co,
    start: _ArrayLikeInt_co = ...,
    end: _ArrayLikeInt_co | None = ...,
) -> numpy.typing.NDArray[numpy.bool_]: ...

def str_len(A: _ArrayLikeStr_co | _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.int_]:
    """
    Return len(a) element-wise.

    Parameters
    ----------
    a : array_like of str or unicode

    Returns
    -------
    out : ndarray
        Output array of integers

    See Also
    --------
    builtins.len

    Examples
    --------
    >>> a = np.array(['Grace Hopper Conference', 'Open Source Day'])
    >>> np.char.str_len(a)
    array([23, 15])
    >>> a = np.array([u'Р', u'о'])
    >>> np.char.str_len(a)
    array([1, 1])
    >>> a = np.array([['hello', 'world'], [u'Р', u'о']])
    >>> np.char.str_len(a)
    array([[5, 5], [1, 1]])
   \x20"""
    ...

@typing.overload
def strip(
    a: _ArrayLikeStr_co,
    chars: _ArrayLikeStr_co | None = ...,
) -> numpy.typing.NDArray[numpy.str_]:
    """
    For each element in `a`, return a copy with the leading and
    trailing characters removed.

    Calls `str.strip` element-wise.

    Parameters
    ----------
    a : array-like of str or unicode

    chars : str or unicode, optional
       The `chars` argument is a string specifying the set of
       characters to be removed. If omitted or None, the `chars`
       argument defaults to removing whitespace. The `chars` argument
       is not a prefix or suffix; rather, all combinations of its
       values are stripped.

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.strip

    Examples
    --------
    >>> c = np.array(['aAaAaA', '  aA  ', 'abBABba'])
    >>> c
    array(['aAaAaA', '  aA  ', 'abBABba'], dtype='<U7')
    >>> np.char.strip(c)
    array(['aAaAaA', 'aA', 'abBABba'], dtype='<U7')
    >>> np.char.strip(c, 'a') # 'a' unstripped from c[1] because whitespace leads
    array(['AaAaA', '  aA  ', 'bBABb'], dtype='<U7')
    >>> np.char.strip(c, 'A') # 'A' unstripped from c[1] because (unprinted) ws trails
    array(['aAaAa', '  aA  ', 'abBABba'], dtype='<U7')

   \x20"""
    ...
@typing.overload
def strip(
    a: _ArrayLikeBytes_co,
    chars: _ArrayLikeBytes_co | None = ...,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def swapcase(a: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return element-wise a copy of the string with
    uppercase characters converted to lowercase and vice versa.

    Calls `str.swapcase` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like, {str, unicode}
        Input array.

    Returns
    -------
    out : ndarray, {str, unicode}
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.swapcase

    Examples
    --------
    >>> c=np.array(['a1B c','1b Ca','b Ca1','cA1b'],'S5'); c
    array(['a1B c', '1b Ca', 'b Ca1', 'cA1b'],
        dtype='|S5')
    >>> np.char.swapcase(c)
    array(['A1b C', '1B cA', 'B cA1', 'Ca1B'],
        dtype='|S5')

   \x20"""
    ...
@typing.overload
def swapcase(a: _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def title(a: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return element-wise title cased version of string or unicode.

    Title case words start with uppercase characters, all remaining cased
    characters are lowercase.

    Calls `str.title` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like, {str, unicode}
        Input array.

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.title

    Examples
    --------
    >>> c=np.array(['a1b c','1b ca','b ca1','ca1b'],'S5'); c
    array(['a1b c', '1b ca', 'b ca1', 'ca1b'],
        dtype='|S5')
    >>> np.char.title(c)
    array(['A1B C', '1B Ca', 'B Ca1', 'Ca1B'],
        dtype='|S5')

   \x20"""
    ...
@typing.overload
def title(a: _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def translate(
    a: _ArrayLikeStr_co,
    table: _ArrayLikeStr_co,
    deletechars: _ArrayLikeStr_co | None = ...,
) -> numpy.typing.NDArray[numpy.str_]:
    """
    For each element in `a`, return a copy of the string where all
    characters occurring in the optional argument `deletechars` are
    removed, and the remaining characters have been mapped through the
    given translation table.

    Calls `str.translate` element-wise.

    Parameters
    ----------
    a : array-like of str or unicode

    table : str of length 256

    deletechars : str

    Returns
    -------
    out : ndarray
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.translate

   \x20"""
    ...
@typing.overload
def translate(
    a: _ArrayLikeBytes_co,
    table: _ArrayLikeBytes_co,
    deletechars: _ArrayLikeBytes_co | None = ...,
) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def upper(a: _ArrayLikeStr_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return an array with the elements converted to uppercase.

    Calls `str.upper` element-wise.

    For 8-bit strings, this method is locale-dependent.

    Parameters
    ----------
    a : array_like, {str, unicode}
        Input array.

    Returns
    -------
    out : ndarray, {str, unicode}
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.upper

    Examples
    --------
    >>> c = np.array(['a1b c', '1bca', 'bca1']); c
    array(['a1b c', '1bca', 'bca1'], dtype='<U5')
    >>> np.char.upper(c)
    array(['A1B C', '1BCA', 'BCA1'], dtype='<U5')

   \x20"""
    ...
@typing.overload
def upper(a: _ArrayLikeBytes_co) -> numpy.typing.NDArray[numpy.bytes_]: ...

@typing.overload
def zfill(a: _ArrayLikeStr_co, width: _ArrayLikeInt_co) -> numpy.typing.NDArray[numpy.str_]:
    """
    Return the numeric string left-filled with zeros

    Calls `str.zfill` element-wise.

    Parameters
    ----------
    a : array_like, {str, unicode}
        Input array.
    width : int
        Width of string to left-fill elements in `a`.

    Returns
    -------
    out : ndarray, {str, unicode}
        Output array of str or unicode, depending on input type

    See Also
    --------
    str.zfill

   \x20"""
    ...
@typing.overload
def zfill(a: _ArrayLikeBytes_co, width: _ArrayLikeInt_co) -> numpy.typing.NDArray[numpy.bytes_]: ...
