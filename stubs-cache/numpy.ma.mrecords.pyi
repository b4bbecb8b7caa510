# pybind-stub: 1
# module: numpy.ma.mrecords
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/ma/mrecords.pyi, runtime
# content-hash: sha256:be17695bdcd21a55fb089712607aac567508e9878d32b9a4f7a96d8083c7ee0e
""":mod:`numpy.ma..mrecords`

Defines the equivalent of :class:`numpy.recarrays` for masked arrays,
where fields can be accessed as attributes.
Note that :class:`numpy.ma.MaskedArray` already supports structured datatypes
and the masking of individual fields.

.. moduleauthor:: Pierre Gerard-Marchant

"""

import numpy
import numpy.ma
import typing

_DType_co = typing.TypeVar('_DType_co', bound=numpy.dtype[typing.Any])
_ShapeType = typing.TypeVar('_ShapeType', bound=typing.Any)

mrecarray: typing.TypeAlias = MaskedRecords

def addfield(
    mrecord: typing.Any,
    newfield: typing.Any,
    newfieldname: typing.Any = None,
) -> typing.Any:
    """Adds a new field to the masked record array

    Uses `newfield` as data and `newfieldname` as name. If `newfieldname`
    is None, the new field name is set to 'fi', where `i` is the number of
    existing fields.

   \x20"""
    ...

def fromarrays(
    arraylist: typing.Any,
    dtype: typing.Any = None,
    shape: typing.Any = None,
    formats: typing.Any = None,
    names: typing.Any = None,
    titles: typing.Any = None,
    aligned: typing.Any = False,
    byteorder: typing.Any = None,
    fill_value: typing.Any = None,
) -> typing.Any:
    """
    Creates a mrecarray from a (flat) list of masked arrays.

    Parameters
    ----------
    arraylist : sequence
        A list of (masked) arrays. Each element of the sequence is first converted
        to a masked array if needed. If a 2D array is passed as argument, it is
        processed line by line
    dtype : {None, dtype}, optional
        Data type descriptor.
    shape : {None, integer}, optional
        Number of records. If None, shape is defined from the shape of the
        first array in the list.
    formats : {None, sequence}, optional
        Sequence of formats for each individual field. If None, the formats will
        be autodetected by inspecting the fields and selecting the highest dtype
        possible.
    names : {None, sequence}, optional
        Sequence of the names of each field.
    fill_value : {None, sequence}, optional
        Sequence of data to be used as filling values.

    Notes
    -----
    Lists of tuples should be preferred over lists of lists for faster processing.

   \x20"""
    ...

def fromrecords(
    reclist: typing.Any,
    dtype: typing.Any = None,
    shape: typing.Any = None,
    formats: typing.Any = None,
    names: typing.Any = None,
    titles: typing.Any = None,
    aligned: typing.Any = False,
    byteorder: typing.Any = None,
    fill_value: typing.Any = None,
    mask: typing.Any = ...,
) -> typing.Any:
    """
    Creates a MaskedRecords from a list of records.

    Parameters
    ----------
    reclist : sequence
        A list of records. Each element of the sequence is first converted
        to a masked array if needed. If a 2D array is passed as argument, it is
        processed line by line
    dtype : {None, dtype}, optional
        Data type descriptor.
    shape : {None,int}, optional
        Number of records. If None, ``shape`` is defined from the shape of the
        first array in the list.
    formats : {None, sequence}, optional
        Sequence of formats for each individual field. If None, the formats will
        be autodetected by inspecting the fields and selecting the highest dtype
        possible.
    names : {None, sequence}, optional
        Sequence of the names of each field.
    fill_value : {None, sequence}, optional
        Sequence of data to be used as filling values.
    mask : {nomask, sequence}, optional.
        External mask to apply on the data.

    Notes
    -----
    Lists of tuples should be preferred over lists of lists for faster processing.

   \x20"""
    ...

def fromtextfile(
    fname: typing.Any,
    delimiter: typing.Any = None,
    commentchar: typing.Any = '#',
    missingchar: typing.Any = '',
    varnames: typing.Any = None,
    vartypes: typing.Any = None,
) -> typing.Any:
    """
    Creates a mrecarray from data stored in the file `filename`.

    Parameters
    ----------
    fname : {file name/handle}
        Handle of an opened file.
    delimiter : {None, string}, optional
        Alphanumeric character used to separate columns in the file.
        If None, any (group of) white spacestring(s) will be used.
    commentchar : {'#', string}, optional
        Alphanumeric character used to mark the start of a comment.
    missingchar : {'', string}, optional
        String indicating missing data, and used to create the masks.
    varnames : {None, sequence}, optional
        Sequence of the variable names. If None, a list will be created from
        the first non empty line of the file.
    vartypes : {None, sequence}, optional
        Sequence of the variables dtypes. If None, it will be estimated from
        the first non-commented line.


    Ultra simple: the varnames are in the header, one line"""
    ...

class MaskedRecords(numpy.ma.MaskedArray[_ShapeType, _DType_co]):
    """

    Attributes
    ----------
    _data : recarray
        Underlying data, as a record array.
    _mask : boolean array
        Mask of the records. A record is masked when all its fields are
        masked.
    _fieldmask : boolean recarray
        Record array of booleans, setting the mask of each individual field
        of each record.
    _fill_value : record
        Filling values for each field.

   \x20"""
    def __array_finalize__(self, obj: typing.Any) -> typing.Any: ...
    def __getattribute__(self, attr: typing.Any) -> typing.Any: ...
    def __getitem__(self, indx: typing.Any) -> typing.Any:
        """
        Returns all the fields sharing the same fieldname base.

        The fieldname base is either `_data` or `_mask`.

       \x20"""
        ...
    def __len__(self) -> typing.Any:
        """
        Returns the length

       \x20"""
        ...
    def __new__(
        cls,
        shape: typing.Any,
        dtype: typing.Any = None,
        buf: typing.Any = None,
        offset: typing.Any = 0,
        strides: typing.Any = None,
        formats: typing.Any = None,
        names: typing.Any = None,
        titles: typing.Any = None,
        byteorder: typing.Any = None,
        aligned: typing.Any = False,
        mask: typing.Any = ...,
        hard_mask: typing.Any = False,
        fill_value: typing.Any = None,
        keep_mask: typing.Any = True,
        copy: typing.Any = False,
        **options: typing.Any,
    ) -> typing.Any: ...
    def __reduce__(self) -> typing.Any:
        """
        Return a 3-tuple for pickling a MaskedArray.

       \x20"""
        ...
    def __setattr__(self, attr: typing.Any, val: typing.Any) -> typing.Any:
        """
        Sets the attribute attr to the value val.

       \x20"""
        ...
    def __setitem__(self, indx: typing.Any, value: typing.Any) -> typing.Any:
        """
        Sets the given record to value.

       \x20"""
        ...
    def copy(self) -> typing.Any:
        """
        Returns a copy of the masked record.

       \x20"""
        ...
    def harden_mask(self) -> typing.Any:
        """
        Forces the mask to hard.

       \x20"""
        ...
    def soften_mask(self) -> typing.Any:
        """
        Forces the mask to soft

       \x20"""
        ...
    def tolist(self, fill_value: typing.Any = None) -> typing.Any:
        """
        Return the data portion of the array as a list.

        Data items are converted to the nearest compatible Python type.
        Masked values are converted to fill_value. If fill_value is None,
        the corresponding entries in the output list will be ``None``.

       \x20"""
        ...
    def view(self, dtype: typing.Any = None, type: typing.Any = None) -> typing.Any:
        """
        Returns a view of the mrecarray.

       \x20"""
        ...
