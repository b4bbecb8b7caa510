# pybind-stub: 1
# module: numpy.core.records
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/__init__.pyi, numpy/_typing/_array_like.py, numpy/_typing/_shape.py, numpy/core/records.pyi, runtime
# content-hash: sha256:d5964766cc29c5452701b19466d7740745b93041506e9fc7a1d773e8375da4f3
"""
Record Arrays
=============
Record arrays expose the fields of structured arrays as properties.

Most commonly, ndarrays contain elements of a single type, e.g. floats,
integers, bools etc.  However, it is possible for elements to be combinations
of these using structured types, such as::

  >>> a = np.array([(1, 2.0), (1, 2.0)], dtype=[('x', np.int64), ('y', np.float64)])
  >>> a
  array([(1, 2.), (1, 2.)], dtype=[('x', '<i8'), ('y', '<f8')])

Here, each element consists of two fields: x (and int), and y (a float).
This is known as a structured array.  The different fields are analogous
to columns in a spread-sheet.  The different fields can be accessed as
one would a dictionary::

  >>> a['x']
  array([1, 1])

  >>> a['y']
  array([2., 2.])

Record arrays allow us to access fields as properties::

  >>> ar = np.rec.array(a)

  >>> ar.x
  array([1, 1])

  >>> ar.y
  array([2., 2.])

"""

import array
import collections.abc
import mmap
import numpy
import numpy._typing._array_like
import numpy._typing._nested_sequence
import numpy.core.records
import numpy.typing
import os
import typing
from numpy import format_parser as format_parser
from numpy import recarray as recarray
from numpy import record as record

_SCT = typing.TypeVar('_SCT', bound=numpy.generic)

_ArrayLikeVoid_co: typing.TypeAlias = numpy._typing._array_like._SupportsArray[numpy.dtype[numpy.void]] | numpy._typing._nested_sequence._NestedSequence[numpy._typing._array_like._SupportsArray[numpy.dtype[numpy.void]]]
_ByteOrder: typing.TypeAlias = typing.Literal['S', '<', '>', '=', '|', 'L', 'B', 'N', 'I']
_RecArray: typing.TypeAlias = numpy.recarray[typing.Any, numpy.dtype[_SCT]]
_ShapeLike: typing.TypeAlias = typing.SupportsIndex | collections.abc.Sequence[typing.SupportsIndex]
_SupportsBuffer: typing.TypeAlias = bytes | bytearray | memoryview | array.array[typing.Any] | mmap.mmap | numpy.typing.NDArray[typing.Any] | numpy.generic

@typing.overload
def array(
    obj: _SCT | numpy.typing.NDArray[_SCT],
    dtype: None = ...,
    shape: _ShapeLike | None = ...,
    offset: int = ...,
    formats: None = ...,
    names: None = ...,
    titles: None = ...,
    aligned: bool = ...,
    byteorder: None = ...,
    copy: bool = ...,
) -> _RecArray[_SCT]:
    """
    Construct a record array from a wide-variety of objects.

    A general-purpose record array constructor that dispatches to the
    appropriate `recarray` creation function based on the inputs (see Notes).

    Parameters
    ----------
    obj : any
        Input object. See Notes for details on how various input types are
        treated.
    dtype : data-type, optional
        Valid dtype for array.
    shape : int or tuple of ints, optional
        Shape of each array.
    offset : int, optional
        Position in the file or buffer to start reading from.
    strides : tuple of ints, optional
        Buffer (`buf`) is interpreted according to these strides (strides
        define how many bytes each array element, row, column, etc.
        occupy in memory).
    formats, names, titles, aligned, byteorder :
        If `dtype` is ``None``, these arguments are passed to
        `numpy.format_parser` to construct a dtype. See that function for
        detailed documentation.
    copy : bool, optional
        Whether to copy the input object (True), or to use a reference instead.
        This option only applies when the input is an ndarray or recarray.
        Defaults to True.

    Returns
    -------
    np.recarray
        Record array created from the specified object.

    Notes
    -----
    If `obj` is ``None``, then call the `~numpy.recarray` constructor. If
    `obj` is a string, then call the `fromstring` constructor. If `obj` is a
    list or a tuple, then if the first object is an `~numpy.ndarray`, call
    `fromarrays`, otherwise call `fromrecords`. If `obj` is a
    `~numpy.recarray`, then make a copy of the data in the recarray
    (if ``copy=True``) and use the new formats, names, and titles. If `obj`
    is a file, then call `fromfile`. Finally, if obj is an `ndarray`, then
    return ``obj.view(recarray)``, making a copy of the data if ``copy=True``.

    Examples
    --------
    >>> a = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    array([[1, 2, 3],
           [4, 5, 6],
           [7, 8, 9]])

    >>> np.core.records.array(a)
    rec.array([[1, 2, 3],
               [4, 5, 6],
               [7, 8, 9]],
        dtype=int32)

    >>> b = [(1, 1), (2, 4), (3, 9)]
    >>> c = np.core.records.array(b, formats = ['i2', 'f2'], names = ('x', 'y'))
    >>> c
    rec.array([(1, 1.0), (2, 4.0), (3, 9.0)],
              dtype=[('x', '<i2'), ('y', '<f2')])

    >>> c.x
    rec.array([1, 2, 3], dtype=int16)

    >>> c.y
    rec.array([ 1.0,  4.0,  9.0], dtype=float16)

    >>> r = np.rec.array(['abc','def'], names=['col1','col2'])
    >>> print(r.col1)
    abc

    >>> r.col1
    array('abc', dtype='<U3')

    >>> r.col2
    array('def', dtype='<U3')
   \x20"""
    ...
@typing.overload
def array(
    obj: numpy.typing.ArrayLike,
    dtype: numpy.typing.DTypeLike,
    shape: _ShapeLike | None = ...,
    offset: int = ...,
    formats: None = ...,
    names: None = ...,
    titles: None = ...,
    aligned: bool = ...,
    byteorder: None = ...,
    copy: bool = ...,
) -> _RecArray[typing.Any]: ...
@typing.overload
def array(
    obj: numpy.typing.ArrayLike,
    dtype: None = ...,
    shape: _ShapeLike | None = ...,
    offset: int = ...,
    *,
    formats: numpy.typing.DTypeLike,
    names: str | collections.abc.Sequence[str] | None = ...,
    titles: str | collections.abc.Sequence[str] | None = ...,
    aligned: bool = ...,
    byteorder: _ByteOrder | None = ...,
    copy: bool = ...,
) -> _RecArray[numpy.record]: ...
@typing.overload
def array(
    obj: None,
    dtype: numpy.typing.DTypeLike,
    shape: _ShapeLike,
    offset: int = ...,
    formats: None = ...,
    names: None = ...,
    titles: None = ...,
    aligned: bool = ...,
    byteorder: None = ...,
    copy: bool = ...,
) -> _RecArray[typing.Any]: ...
@typing.overload
def array(
    obj: None,
    dtype: None = ...,
    *,
    shape: _ShapeLike,
    offset: int = ...,
    formats: numpy.typing.DTypeLike,
    names: str | collections.abc.Sequence[str] | None = ...,
    titles: str | collections.abc.Sequence[str] | None = ...,
    aligned: bool = ...,
    byteorder: _ByteOrder | None = ...,
    copy: bool = ...,
) -> _RecArray[numpy.record]: ...
@typing.overload
def array(
    obj: numpy.core.records._SupportsReadInto,
    dtype: numpy.typing.DTypeLike,
    shape: _ShapeLike | None = ...,
    offset: int = ...,
    formats: None = ...,
    names: None = ...,
    titles: None = ...,
    aligned: bool = ...,
    byteorder: None = ...,
    copy: bool = ...,
) -> _RecArray[typing.Any]: ...
@typing.overload
def array(
    obj: numpy.core.records._SupportsReadInto,
    dtype: None = ...,
    shape: _ShapeLike | None = ...,
    offset: int = ...,
    *,
    formats: numpy.typing.DTypeLike,
    names: str | collections.abc.Sequence[str] | None = ...,
    titles: str | collections.abc.Sequence[str] | None = ...,
    aligned: bool = ...,
    byteorder: _ByteOrder | None = ...,
    copy: bool = ...,
) -> _RecArray[numpy.record]: ...

@typing.overload
def fromarrays(
    arrayList: collections.abc.Iterable[numpy.typing.ArrayLike],
    dtype: numpy.typing.DTypeLike = ...,
    shape: _ShapeLike | None = ...,
    formats: None = ...,
    names: None = ...,
    titles: None = ...,
    aligned: bool = ...,
    byteorder: None = ...,
) -> _RecArray[typing.Any]:
    """Create a record array from a (flat) list of arrays

    Parameters
    ----------
    arrayList : list or tuple
        List of array-like objects (such as lists, tuples,
        and ndarrays).
    dtype : data-type, optional
        valid dtype for all arrays
    shape : int or tuple of ints, optional
        Shape of the resulting array. If not provided, inferred from
        ``arrayList[0]``.
    formats, names, titles, aligned, byteorder :
        If `dtype` is ``None``, these arguments are passed to
        `numpy.format_parser` to construct a dtype. See that function for
        detailed documentation.

    Returns
    -------
    np.recarray
        Record array consisting of given arrayList columns.

    Examples
    --------
    >>> x1=np.array([1,2,3,4])
    >>> x2=np.array(['a','dd','xyz','12'])
    >>> x3=np.array([1.1,2,3,4])
    >>> r = np.core.records.fromarrays([x1,x2,x3],names='a,b,c')
    >>> print(r[1])
    (2, 'dd', 2.0) # may vary
    >>> x1[1]=34
    >>> r.a
    array([1, 2, 3, 4])

    >>> x1 = np.array([1, 2, 3, 4])
    >>> x2 = np.array(['a', 'dd', 'xyz', '12'])
    >>> x3 = np.array([1.1, 2, 3,4])
    >>> r = np.core.records.fromarrays(
    ...     [x1, x2, x3],
    ...     dtype=np.dtype([('a', np.int32), ('b', 'S3'), ('c', np.float32)]))
    >>> r
    rec.array([(1, b'a', 1.1), (2, b'dd', 2. ), (3, b'xyz', 3. ),
               (4, b'12', 4. )],
              dtype=[('a', '<i4'), ('b', 'S3'), ('c', '<f4')])
   \x20"""
    ...
@typing.overload
def fromarrays(
    arrayList: collections.abc.Iterable[numpy.typing.ArrayLike],
    dtype: None = ...,
    shape: _ShapeLike | None = ...,
    *,
    formats: numpy.typing.DTypeLike,
    names: str | collections.abc.Sequence[str] | None = ...,
    titles: str | collections.abc.Sequence[str] | None = ...,
    aligned: bool = ...,
    byteorder: _ByteOrder | None = ...,
) -> _RecArray[numpy.record]: ...

@typing.overload
def fromfile(
    fd: str | bytes | os.PathLike[str] | os.PathLike[bytes] | numpy.core.records._SupportsReadInto,
    dtype: numpy.typing.DTypeLike,
    shape: _ShapeLike | None = ...,
    offset: int = ...,
    formats: None = ...,
    names: None = ...,
    titles: None = ...,
    aligned: bool = ...,
    byteorder: None = ...,
) -> _RecArray[typing.Any]:
    """Create an array from binary file data

    Parameters
    ----------
    fd : str or file type
        If file is a string or a path-like object then that file is opened,
        else it is assumed to be a file object. The file object must
        support random access (i.e. it must have tell and seek methods).
    dtype : data-type, optional
        valid dtype for all arrays
    shape : int or tuple of ints, optional
        shape of each array.
    offset : int, optional
        Position in the file to start reading from.
    formats, names, titles, aligned, byteorder :
        If `dtype` is ``None``, these arguments are passed to
        `numpy.format_parser` to construct a dtype. See that function for
        detailed documentation

    Returns
    -------
    np.recarray
        record array consisting of data enclosed in file.

    Examples
    --------
    >>> from tempfile import TemporaryFile
    >>> a = np.empty(10,dtype='f8,i4,a5')
    >>> a[5] = (0.5,10,'abcde')
    >>>
    >>> fd=TemporaryFile()
    >>> a = a.newbyteorder('<')
    >>> a.tofile(fd)
    >>>
    >>> _ = fd.seek(0)
    >>> r=np.core.records.fromfile(fd, formats='f8,i4,a5', shape=10,
    ... byteorder='<')
    >>> print(r[5])
    (0.5, 10, 'abcde')
    >>> r.shape
    (10,)
   \x20"""
    ...
@typing.overload
def fromfile(
    fd: str | bytes | os.PathLike[str] | os.PathLike[bytes] | numpy.core.records._SupportsReadInto,
    dtype: None = ...,
    shape: _ShapeLike | None = ...,
    offset: int = ...,
    *,
    formats: numpy.typing.DTypeLike,
    names: str | collections.abc.Sequence[str] | None = ...,
    titles: str | collections.abc.Sequence[str] | None = ...,
    aligned: bool = ...,
    byteorder: _ByteOrder | None = ...,
) -> _RecArray[numpy.record]: ...

@typing.overload
def fromrecords(
    recList: _ArrayLikeVoid_co | tuple[typing.Any, ...] | numpy._typing._nested_sequence._NestedSequence[tuple[typing.Any, ...]],
    dtype: numpy.typing.DTypeLike = ...,
    shape: _ShapeLike | None = ...,
    formats: None = ...,
    names: None = ...,
    titles: None = ...,
    aligned: bool = ...,
    byteorder: None = ...,
) -> _RecArray[numpy.record]:
    """Create a recarray from a list of records in text form.

    Parameters
    ----------
    recList : sequence
        data in the same field may be heterogeneous - they will be promoted
        to the highest data type.
    dtype : data-type, optional
        valid dtype for all arrays
    shape : int or tuple of ints, optional
        shape of each array.
    formats, names, titles, aligned, byteorder :
        If `dtype` is ``None``, these arguments are passed to
        `numpy.format_parser` to construct a dtype. See that function for
        detailed documentation.

        If both `formats` and `dtype` are None, then this will auto-detect
        formats. Use list of tuples rather than list of lists for faster
        processing.

    Returns
    -------
    np.recarray
        record array consisting of given recList rows.

    Examples
    --------
    >>> r=np.core.records.fromrecords([(456,'dbe',1.2),(2,'de',1.3)],
    ... names='col1,col2,col3')
    >>> print(r[0])
    (456, 'dbe', 1.2)
    >>> r.col1
    array([456,   2])
    >>> r.col2
    array(['dbe', 'de'], dtype='<U3')
    >>> import pickle
    >>> pickle.loads(pickle.dumps(r))
    rec.array([(456, 'dbe', 1.2), (  2, 'de', 1.3)],
              dtype=[('col1', '<i8'), ('col2', '<U3'), ('col3', '<f8')])
   \x20"""
    ...
@typing.overload
def fromrecords(
    recList: _ArrayLikeVoid_co | tuple[typing.Any, ...] | numpy._typing._nested_sequence._NestedSequence[tuple[typing.Any, ...]],
    dtype: None = ...,
    shape: _ShapeLike | None = ...,
    *,
    formats: numpy.typing.DTypeLike,
    names: str | collections.abc.Sequence[str] | None = ...,
    titles: str | collections.abc.Sequence[str] | None = ...,
    aligned: bool = ...,
    byteorder: _ByteOrder | None = ...,
) -> _RecArray[numpy.record]: ...

@typing.overload
def fromstring(
    datastring: _SupportsBuffer,
    dtype: numpy.typing.DTypeLike,
    shape: _ShapeLike | None = ...,
    offset: int = ...,
    formats: None = ...,
    names: None = ...,
    titles: None = ...,
    aligned: bool = ...,
    byteorder: None = ...,
) -> _RecArray[numpy.record]:
    """Create a record array from binary data

    Note that despite the name of this function it does not accept `str`
    instances.

    Parameters
    ----------
    datastring : bytes-like
        Buffer of binary data
    dtype : data-type, optional
        Valid dtype for all arrays
    shape : int or tuple of ints, optional
        Shape of each array.
    offset : int, optional
        Position in the buffer to start reading from.
    formats, names, titles, aligned, byteorder :
        If `dtype` is ``None``, these arguments are passed to
        `numpy.format_parser` to construct a dtype. See that function for
        detailed documentation.


    Returns
    -------
    np.recarray
        Record array view into the data in datastring. This will be readonly
        if `datastring` is readonly.

    See Also
    --------
    numpy.frombuffer

    Examples
    --------
    >>> a = b'\\x01\\x02\\x03abc'
    >>> np.core.records.fromstring(a, dtype='u1,u1,u1,S3')
    rec.array([(1, 2, 3, b'abc')],
            dtype=[('f0', 'u1'), ('f1', 'u1'), ('f2', 'u1'), ('f3', 'S3')])

    >>> grades_dtype = [('Name', (np.str_, 10)), ('Marks', np.float64),
    ...                 ('GradeLevel', np.int32)]
    >>> grades_array = np.array([('Sam', 33.3, 3), ('Mike', 44.4, 5),
    ...                         ('Aadi', 66.6, 6)], dtype=grades_dtype)
    >>> np.core.records.fromstring(grades_array.tobytes(), dtype=grades_dtype)
    rec.array([('Sam', 33.3, 3), ('Mike', 44.4, 5), ('Aadi', 66.6, 6)],
            dtype=[('Name', '<U10'), ('Marks', '<f8'), ('GradeLevel', '<i4')])

    >>> s = '\\x01\\x02\\x03abc'
    >>> np.core.records.fromstring(s, dtype='u1,u1,u1,S3')
    Traceback (most recent call last)
       ...
    TypeError: a bytes-like object is required, not 'str'
   \x20"""
    ...
@typing.overload
def fromstring(
    datastring: _SupportsBuffer,
    dtype: None = ...,
    shape: _ShapeLike | None = ...,
    offset: int = ...,
    *,
    formats: numpy.typing.DTypeLike,
    names: str | collections.abc.Sequence[str] | None = ...,
    titles: str | collections.abc.Sequence[str] | None = ...,
    aligned: bool = ...,
    byteorder: _ByteOrder | None = ...,
) -> _RecArray[numpy.record]: ...
