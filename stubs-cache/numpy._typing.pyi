# pybind-stub: 1
# module: numpy._typing
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/__init__.pyi, numpy/_typing/__init__.py, numpy/_typing/_array_like.py, numpy/_typing/_char_codes.py, numpy/_typing/_dtype_like.py, numpy/_typing/_generic_alias.py, numpy/_typing/_nbit.py, numpy/_typing/_nested_sequence.py, numpy/_typing/_scalars.py, numpy/_typing/_shape.py, numpy/_typing/_ufunc.pyi, numpy/core/overrides.py, runtime
# content-hash: sha256:145d4a049a78cdaf6f3c8f994ffb278bb409154976e75422db2cac033919d7e1
"""Private counterpart of ``numpy.typing``."""

import collections.abc
import numpy
import numpy._typing._dtype_like
import numpy._typing._ufunc
import numpy.typing
import typing
from numpy.typing import ArrayLike as ArrayLike
from numpy.typing import DTypeLike as DTypeLike
from numpy.typing import NBitBase as NBitBase
from numpy.typing import NDArray as NDArray
from numpy import ufunc as ufunc

ScalarType = typing.TypeVar('ScalarType', bound=numpy.generic)
_DType_3 = typing.TypeVar('_DType_3', bound=numpy.dtype[typing.Any])
_DType_co = typing.TypeVar('_DType_co', bound=numpy.dtype[typing.Any])
_DType_co_2 = typing.TypeVar('_DType_co_2', bound=_DType_2[typing.Any])
_IDType = typing.TypeVar('_IDType', bound=typing.Any)
_NTypes = typing.TypeVar('_NTypes', bound=int)
_NameType = typing.TypeVar('_NameType', bound=str)
_SCT = typing.TypeVar('_SCT', bound=numpy.generic)
_ScalarType = typing.TypeVar('_ScalarType', bound=numpy.generic)
_T = typing.TypeVar('_T')
_T_2 = typing.TypeVar('_T_2', bound=_GenericAlias)
_T_3 = typing.TypeVar('_T_3')
_T_co = typing.TypeVar('_T_co')

_2Tuple: typing.TypeAlias = tuple[_T_3, _T_3]
_3Tuple: typing.TypeAlias = tuple[_T_3, _T_3, _T_3]
_4Tuple: typing.TypeAlias = tuple[_T_3, _T_3, _T_3, _T_3]
_ArrayLike: typing.TypeAlias = _SupportsArray[numpy.dtype[_ScalarType]] | _NestedSequence[_SupportsArray[numpy.dtype[_ScalarType]]]
_ArrayLikeBool_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_], bool]
_ArrayLikeBool_co_2: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_], bool]
_ArrayLikeBytes_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bytes_], bytes]
_ArrayLikeComplex_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_ | numpy.integer[typing.Any] | numpy.floating[typing.Any] | numpy.complexfloating[typing.Any, typing.Any]], bool | int | float | complex]
_ArrayLikeDT64_co: typing.TypeAlias = _SupportsArray[numpy.dtype[numpy.datetime64]] | _NestedSequence[_SupportsArray[numpy.dtype[numpy.datetime64]]]
_ArrayLikeFloat_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_ | numpy.integer[typing.Any] | numpy.floating[typing.Any]], bool | int | float]
_ArrayLikeInt: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.integer[typing.Any]], int]
_ArrayLikeInt_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_ | numpy.integer[typing.Any]], bool | int]
_ArrayLikeInt_co_2: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_ | numpy.integer[typing.Any]], bool | int]
_ArrayLikeNumber_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_ | numpy.number[typing.Any]], bool | int | float | complex]
_ArrayLikeObject_co: typing.TypeAlias = _SupportsArray[numpy.dtype[numpy.object_]] | _NestedSequence[_SupportsArray[numpy.dtype[numpy.object_]]]
_ArrayLikeStr_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.str_], str]
_ArrayLikeTD64_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_ | numpy.integer[typing.Any] | numpy.timedelta64], bool | int]
_ArrayLikeUInt_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_ | numpy.unsignedinteger[typing.Any]], bool]
_ArrayLikeUnknown: typing.TypeAlias = _DualArrayLike[numpy.dtype[_UnknownType], _UnknownType]
_ArrayLikeVoid_co: typing.TypeAlias = _SupportsArray[numpy.dtype[numpy.void]] | _NestedSequence[_SupportsArray[numpy.dtype[numpy.void]]]
_BoolCodes: typing.TypeAlias = typing.Literal['?', '=?', '<?', '>?', 'bool', 'bool_', 'bool8']
_BoolCodes_2: typing.TypeAlias = typing.Literal['?', '=?', '<?', '>?', 'bool', 'bool_', 'bool8']
_BoolLike_co: typing.TypeAlias = bool | numpy.bool_
_BoolLike_co_2: typing.TypeAlias = bool | numpy.bool_
_ByteCodes: typing.TypeAlias = typing.Literal['byte', 'b', '=b', '<b', '>b']
_ByteCodes_2: typing.TypeAlias = typing.Literal['byte', 'b', '=b', '<b', '>b']
_BytesCodes: typing.TypeAlias = typing.Literal['bytes', 'bytes_', 'bytes0', 'S', '=S', '<S', '>S']
_BytesCodes_2: typing.TypeAlias = typing.Literal['bytes', 'bytes_', 'bytes0', 'S', '=S', '<S', '>S']
_CDoubleCodes: typing.TypeAlias = typing.Literal['cdouble', 'complex', 'complex_', 'cfloat', 'D', '=D', '<D', '>D']
_CDoubleCodes_2: typing.TypeAlias = typing.Literal['cdouble', 'complex', 'complex_', 'cfloat', 'D', '=D', '<D', '>D']
_CLongDoubleCodes: typing.TypeAlias = typing.Literal['clongdouble', 'clongfloat', 'longcomplex', 'G', '=G', '<G', '>G']
_CLongDoubleCodes_2: typing.TypeAlias = typing.Literal['clongdouble', 'clongfloat', 'longcomplex', 'G', '=G', '<G', '>G']
_CSingleCodes: typing.TypeAlias = typing.Literal['csingle', 'singlecomplex', 'F', '=F', '<F', '>F']
_CSingleCodes_2: typing.TypeAlias = typing.Literal['csingle', 'singlecomplex', 'F', '=F', '<F', '>F']
_CastingKind: typing.TypeAlias = typing.Literal['no', 'equiv', 'safe', 'same_kind', 'unsafe']
_CharLike_co: typing.TypeAlias = str | bytes
_Complex128Codes: typing.TypeAlias = typing.Literal['complex128', 'c16', '=c16', '<c16', '>c16']
_Complex128Codes_2: typing.TypeAlias = typing.Literal['complex128', 'c16', '=c16', '<c16', '>c16']
_Complex64Codes: typing.TypeAlias = typing.Literal['complex64', 'c8', '=c8', '<c8', '>c8']
_Complex64Codes_2: typing.TypeAlias = typing.Literal['complex64', 'c8', '=c8', '<c8', '>c8']
_ComplexLike_co: typing.TypeAlias = _FloatLike_co_2 | complex | numpy.complexfloating
_DT64Codes: typing.TypeAlias = typing.Literal['datetime64', '=datetime64', '<datetime64', '>datetime64', 'datetime64[Y]', '=datetime64[Y]', '<datetime64[Y]', '>datetime64[Y]', 'datetime64[M]', '=datetime64[M]', '<datetime64[M]', '>datetime64[M]', 'datetime64[W]', '=datetime64[W]', '<datetime64[W]', '>datetime64[W]', 'datetime64[D]', '=datetime64[D]', '<datetime64[D]', '>datetime64[D]', 'datetime64[h]', '=datetime64[h]', '<datetime64[h]', '>datetime64[h]', 'datetime64[m]', '=datetime64[m]', '<datetime64[m]', '>datetime64[m]', 'datetime64[s]', '=datetime64[s]', '<datetime64[s]', '>datetime64[s]', 'datetime64[ms]', '=datetime64[ms]', '<datetime64[ms]', '>datetime64[ms]', 'datetime64[us]', '=datetime64[us]', '<datetime64[us]', '>datetime64[us]', 'datetime64[ns]', '=datetime64[ns]', '<datetime64[ns]', '>datetime64[ns]', 'datetime64[ps]', '=datetime64[ps]', '<datetime64[ps]', '>datetime64[ps]', 'datetime64[fs]', '=datetime64[fs]', '<datetime64[fs]', '>datetime64[fs]', 'datetime64[as]', '=datetime64[as]', '<datetime64[as]', '>datetime64[as]', 'M', '=M', '<M', '>M', 'M8', '=M8', '<M8', '>M8', 'M8[Y]', '=M8[Y]', '<M8[Y]', '>M8[Y]', 'M8[M]', '=M8[M]', '<M8[M]', '>M8[M]', 'M8[W]', '=M8[W]', '<M8[W]', '>M8[W]', 'M8[D]', '=M8[D]', '<M8[D]', '>M8[D]', 'M8[h]', '=M8[h]', '<M8[h]', '>M8[h]', 'M8[m]', '=M8[m]', '<M8[m]', '>M8[m]', 'M8[s]', '=M8[s]', '<M8[s]', '>M8[s]', 'M8[ms]', '=M8[ms]', '<M8[ms]', '>M8[ms]', 'M8[us]', '=M8[us]', '<M8[us]', '>M8[us]', 'M8[ns]', '=M8[ns]', '<M8[ns]', '>M8[ns]', 'M8[ps]', '=M8[ps]', '<M8[ps]', '>M8[ps]', 'M8[fs]', '=M8[fs]', '<M8[fs]', '>M8[fs]', 'M8[as]', '=M8[as]', '<M8[as]', '>M8[as]']
_DT64Codes_2: typing.TypeAlias = typing.Literal['datetime64', '=datetime64', '<datetime64', '>datetime64', 'datetime64[Y]', '=datetime64[Y]', '<datetime64[Y]', '>datetime64[Y]', 'datetime64[M]', '=datetime64[M]', '<datetime64[M]', '>datetime64[M]', 'datetime64[W]', '=datetime64[W]', '<datetime64[W]', '>datetime64[W]', 'datetime64[D]', '=datetime64[D]', '<datetime64[D]', '>datetime64[D]', 'datetime64[h]', '=datetime64[h]', '<datetime64[h]', '>datetime64[h]', 'datetime64[m]', '=datetime64[m]', '<datetime64[m]', '>datetime64[m]', 'datetime64[s]', '=datetime64[s]', '<datetime64[s]', '>datetime64[s]', 'datetime64[ms]', '=datetime64[ms]', '<datetime64[ms]', '>datetime64[ms]', 'datetime64[us]', '=datetime64[us]', '<datetime64[us]', '>datetime64[us]', 'datetime64[ns]', '=datetime64[ns]', '<datetime64[ns]', '>datetime64[ns]', 'datetime64[ps]', '=datetime64[ps]', '<datetime64[ps]', '>datetime64[ps]', 'datetime64[fs]', '=datetime64[fs]', '<datetime64[fs]', '>datetime64[fs]', 'datetime64[as]', '=datetime64[as]', '<datetime64[as]', '>datetime64[as]', 'M', '=M', '<M', '>M', 'M8', '=M8', '<M8', '>M8', 'M8[Y]', '=M8[Y]', '<M8[Y]', '>M8[Y]', 'M8[M]', '=M8[M]', '<M8[M]', '>M8[M]', 'M8[W]', '=M8[W]', '<M8[W]', '>M8[W]', 'M8[D]', '=M8[D]', '<M8[D]', '>M8[D]', 'M8[h]', '=M8[h]', '<M8[h]', '>M8[h]', 'M8[m]', '=M8[m]', '<M8[m]', '>M8[m]', 'M8[s]', '=M8[s]', '<M8[s]', '>M8[s]', 'M8[ms]', '=M8[ms]', '<M8[ms]', '>M8[ms]', 'M8[us]', '=M8[us]', '<M8[us]', '>M8[us]', 'M8[ns]', '=M8[ns]', '<M8[ns]', '>M8[ns]', 'M8[ps]', '=M8[ps]', '<M8[ps]', '>M8[ps]', 'M8[fs]', '=M8[fs]', '<M8[fs]', '>M8[fs]', 'M8[as]', '=M8[as]', '<M8[as]', '>M8[as]']
_DType: typing.TypeAlias = numpy.dtype[ScalarType]
_DTypeLike: typing.TypeAlias = numpy.dtype[_SCT] | type[_SCT] | _SupportsDType[numpy.dtype[_SCT]]
_DTypeLikeBool: typing.TypeAlias = type[bool] | type[numpy.bool_] | _DType_2[numpy.bool_] | _SupportsDType[_DType_2[numpy.bool_]] | _BoolCodes_2
_DTypeLikeBool_2: typing.TypeAlias = type[bool] | type[numpy.bool_] | _DType_2[numpy.bool_] | _SupportsDType[_DType_2[numpy.bool_]] | _BoolCodes_2
_DTypeLikeBytes: typing.TypeAlias = type[bytes] | type[numpy.bytes_] | _DType_2[numpy.bytes_] | _SupportsDType[_DType_2[numpy.bytes_]] | _BytesCodes_2
_DTypeLikeComplex: typing.TypeAlias = type[complex] | type[numpy.complexfloating] | _DType_2[numpy.complexfloating] | _SupportsDType[_DType_2[numpy.complexfloating]] | _Complex64Codes_2 | _Complex128Codes_2 | _CSingleCodes_2 | _CDoubleCodes_2 | _CLongDoubleCodes_2
_DTypeLikeComplex_2: typing.TypeAlias = type[complex] | type[numpy.complexfloating] | _DType_2[numpy.complexfloating] | _SupportsDType[_DType_2[numpy.complexfloating]] | _Complex64Codes_2 | _Complex128Codes_2 | _CSingleCodes_2 | _CDoubleCodes_2 | _CLongDoubleCodes_2
_DTypeLikeComplex_co: typing.TypeAlias = _DTypeLikeBool_2 | _DTypeLikeUInt_2 | _DTypeLikeInt_2 | _DTypeLikeFloat_2 | _DTypeLikeComplex_2
_DTypeLikeDT64: typing.TypeAlias = type[numpy.timedelta64] | _DType_2[numpy.timedelta64] | _SupportsDType[_DType_2[numpy.timedelta64]] | _TD64Codes_2
_DTypeLikeFloat: typing.TypeAlias = type[float] | type[numpy.floating] | _DType_2[numpy.floating] | _SupportsDType[_DType_2[numpy.floating]] | _Float16Codes_2 | _Float32Codes_2 | _Float64Codes_2 | _HalfCodes_2 | _SingleCodes_2 | _DoubleCodes_2 | _LongDoubleCodes_2
_DTypeLikeFloat_2: typing.TypeAlias = type[float] | type[numpy.floating] | _DType_2[numpy.floating] | _SupportsDType[_DType_2[numpy.floating]] | _Float16Codes_2 | _Float32Codes_2 | _Float64Codes_2 | _HalfCodes_2 | _SingleCodes_2 | _DoubleCodes_2 | _LongDoubleCodes_2
_DTypeLikeInt: typing.TypeAlias = type[int] | type[numpy.signedinteger] | _DType_2[numpy.signedinteger] | _SupportsDType[_DType_2[numpy.signedinteger]] | _Int8Codes_2 | _Int16Codes_2 | _Int32Codes_2 | _Int64Codes_2 | _ByteCodes_2 | _ShortCodes_2 | _IntCCodes_2 | _IntPCodes_2 | _IntCodes_2 | _LongLongCodes_2
_DTypeLikeInt_2: typing.TypeAlias = type[int] | type[numpy.signedinteger] | _DType_2[numpy.signedinteger] | _SupportsDType[_DType_2[numpy.signedinteger]] | _Int8Codes_2 | _Int16Codes_2 | _Int32Codes_2 | _Int64Codes_2 | _ByteCodes_2 | _ShortCodes_2 | _IntCCodes_2 | _IntPCodes_2 | _IntCodes_2 | _LongLongCodes_2
_DTypeLikeNested: typing.TypeAlias = typing.Any
_DTypeLikeObject: typing.TypeAlias = type | _DType_2[numpy.object_] | _SupportsDType[_DType_2[numpy.object_]] | _ObjectCodes_2
_DTypeLikeStr: typing.TypeAlias = type[str] | type[numpy.str_] | _DType_2[numpy.str_] | _SupportsDType[_DType_2[numpy.str_]] | _StrCodes_2
_DTypeLikeTD64: typing.TypeAlias = type[numpy.datetime64] | _DType_2[numpy.datetime64] | _SupportsDType[_DType_2[numpy.datetime64]] | _DT64Codes_2
_DTypeLikeUInt: typing.TypeAlias = type[numpy.unsignedinteger] | _DType_2[numpy.unsignedinteger] | _SupportsDType[_DType_2[numpy.unsignedinteger]] | _UInt8Codes_2 | _UInt16Codes_2 | _UInt32Codes_2 | _UInt64Codes_2 | _UByteCodes_2 | _UShortCodes_2 | _UIntCCodes_2 | _UIntPCodes_2 | _UIntCodes_2 | _ULongLongCodes_2
_DTypeLikeUInt_2: typing.TypeAlias = type[numpy.unsignedinteger] | _DType_2[numpy.unsignedinteger] | _SupportsDType[_DType_2[numpy.unsignedinteger]] | _UInt8Codes_2 | _UInt16Codes_2 | _UInt32Codes_2 | _UInt64Codes_2 | _UByteCodes_2 | _UShortCodes_2 | _UIntCCodes_2 | _UIntPCodes_2 | _UIntCodes_2 | _ULongLongCodes_2
_DTypeLikeVoid: typing.TypeAlias = type[numpy.void] | _DType_2[numpy.void] | _SupportsDType[_DType_2[numpy.void]] | _VoidCodes_2 | _VoidDTypeLike_2
_DType_2: typing.TypeAlias = numpy.dtype[ScalarType]
_DoubleCodes: typing.TypeAlias = typing.Literal['double', 'float', 'float_', 'd', '=d', '<d', '>d']
_DoubleCodes_2: typing.TypeAlias = typing.Literal['double', 'float', 'float_', 'd', '=d', '<d', '>d']
_DualArrayLike: typing.TypeAlias = _SupportsArray[_DType_3] | _NestedSequence[_SupportsArray[_DType_3]] | _T | _NestedSequence[_T]
_FiniteNestedSequence: typing.TypeAlias = _T | collections.abc.Sequence[_T] | collections.abc.Sequence[collections.abc.Sequence[_T]] | collections.abc.Sequence[collections.abc.Sequence[collections.abc.Sequence[_T]]] | collections.abc.Sequence[collections.abc.Sequence[collections.abc.Sequence[collections.abc.Sequence[_T]]]]
_Float16Codes: typing.TypeAlias = typing.Literal['float16', 'f2', '=f2', '<f2', '>f2']
_Float16Codes_2: typing.TypeAlias = typing.Literal['float16', 'f2', '=f2', '<f2', '>f2']
_Float32Codes: typing.TypeAlias = typing.Literal['float32', 'f4', '=f4', '<f4', '>f4']
_Float32Codes_2: typing.TypeAlias = typing.Literal['float32', 'f4', '=f4', '<f4', '>f4']
_Float64Codes: typing.TypeAlias = typing.Literal['float64', 'f8', '=f8', '<f8', '>f8']
_Float64Codes_2: typing.TypeAlias = typing.Literal['float64', 'f8', '=f8', '<f8', '>f8']
_FloatLike_co: typing.TypeAlias = _IntLike_co_2 | float | numpy.floating
_FloatLike_co_2: typing.TypeAlias = _IntLike_co_2 | float | numpy.floating
_HalfCodes: typing.TypeAlias = typing.Literal['half', 'e', '=e', '<e', '>e']
_HalfCodes_2: typing.TypeAlias = typing.Literal['half', 'e', '=e', '<e', '>e']
_Int16Codes: typing.TypeAlias = typing.Literal['int16', 'i2', '=i2', '<i2', '>i2']
_Int16Codes_2: typing.TypeAlias = typing.Literal['int16', 'i2', '=i2', '<i2', '>i2']
_Int32Codes: typing.TypeAlias = typing.Literal['int32', 'i4', '=i4', '<i4', '>i4']
_Int32Codes_2: typing.TypeAlias = typing.Literal['int32', 'i4', '=i4', '<i4', '>i4']
_Int64Codes: typing.TypeAlias = typing.Literal['int64', 'i8', '=i8', '<i8', '>i8']
_Int64Codes_2: typing.TypeAlias = typing.Literal['int64', 'i8', '=i8', '<i8', '>i8']
_Int8Codes: typing.TypeAlias = typing.Literal['int8', 'i1', '=i1', '<i1', '>i1']
_Int8Codes_2: typing.TypeAlias = typing.Literal['int8', 'i1', '=i1', '<i1', '>i1']
_IntCCodes: typing.TypeAlias = typing.Literal['intc', 'i', '=i', '<i', '>i']
_IntCCodes_2: typing.TypeAlias = typing.Literal['intc', 'i', '=i', '<i', '>i']
_IntCodes: typing.TypeAlias = typing.Literal['long', 'int', 'int_', 'l', '=l', '<l', '>l']
_IntCodes_2: typing.TypeAlias = typing.Literal['long', 'int', 'int_', 'l', '=l', '<l', '>l']
_IntLike_co: typing.TypeAlias = _BoolLike_co_2 | int | numpy.integer
_IntLike_co_2: typing.TypeAlias = _BoolLike_co_2 | int | numpy.integer
_IntPCodes: typing.TypeAlias = typing.Literal['intp', 'int0', 'p', '=p', '<p', '>p']
_IntPCodes_2: typing.TypeAlias = typing.Literal['intp', 'int0', 'p', '=p', '<p', '>p']
_LongDoubleCodes: typing.TypeAlias = typing.Literal['longdouble', 'longfloat', 'g', '=g', '<g', '>g']
_LongDoubleCodes_2: typing.TypeAlias = typing.Literal['longdouble', 'longfloat', 'g', '=g', '<g', '>g']
_LongLongCodes: typing.TypeAlias = typing.Literal['longlong', 'q', '=q', '<q', '>q']
_LongLongCodes_2: typing.TypeAlias = typing.Literal['longlong', 'q', '=q', '<q', '>q']
_NBitByte: typing.TypeAlias = typing.Any
_NBitDouble: typing.TypeAlias = typing.Any
_NBitHalf: typing.TypeAlias = typing.Any
_NBitInt: typing.TypeAlias = typing.Any
_NBitIntC: typing.TypeAlias = typing.Any
_NBitIntP: typing.TypeAlias = typing.Any
_NBitLongDouble: typing.TypeAlias = typing.Any
_NBitLongLong: typing.TypeAlias = typing.Any
_NBitShort: typing.TypeAlias = typing.Any
_NBitSingle: typing.TypeAlias = typing.Any
_NumberLike_co: typing.TypeAlias = int | float | complex | numpy.number | numpy.bool_
_ObjectCodes: typing.TypeAlias = typing.Literal['object', 'object_', 'O', '=O', '<O', '>O']
_ObjectCodes_2: typing.TypeAlias = typing.Literal['object', 'object_', 'O', '=O', '<O', '>O']
_OrderKACF: typing.TypeAlias = typing.Literal[None, 'K', 'A', 'C', 'F']
_ScalarLike_co: typing.TypeAlias = int | float | complex | str | bytes | numpy.generic
_ScalarLike_co_2: typing.TypeAlias = int | float | complex | str | bytes | numpy.generic
_Shape: typing.TypeAlias = tuple[int, ...]
_ShapeLike: typing.TypeAlias = typing.SupportsIndex | collections.abc.Sequence[typing.SupportsIndex]
_ShapeLike_2: typing.TypeAlias = typing.SupportsIndex | collections.abc.Sequence[typing.SupportsIndex]
_ShortCodes: typing.TypeAlias = typing.Literal['short', 'h', '=h', '<h', '>h']
_ShortCodes_2: typing.TypeAlias = typing.Literal['short', 'h', '=h', '<h', '>h']
_SingleCodes: typing.TypeAlias = typing.Literal['single', 'f', '=f', '<f', '>f']
_SingleCodes_2: typing.TypeAlias = typing.Literal['single', 'f', '=f', '<f', '>f']
_StrCodes: typing.TypeAlias = typing.Literal['str', 'str_', 'str0', 'unicode', 'unicode_', 'U', '=U', '<U', '>U']
_StrCodes_2: typing.TypeAlias = typing.Literal['str', 'str_', 'str0', 'unicode', 'unicode_', 'U', '=U', '<U', '>U']
_TD64Codes: typing.TypeAlias = typing.Literal['timedelta64', '=timedelta64', '<timedelta64', '>timedelta64', 'timedelta64[Y]', '=timedelta64[Y]', '<timedelta64[Y]', '>timedelta64[Y]', 'timedelta64[M]', '=timedelta64[M]', '<timedelta64[M]', '>timedelta64[M]', 'timedelta64[W]', '=timedelta64[W]', '<timedelta64[W]', '>timedelta64[W]', 'timedelta64[D]', '=timedelta64[D]', '<timedelta64[D]', '>timedelta64[D]', 'timedelta64[h]', '=timedelta64[h]', '<timedelta64[h]', '>timedelta64[h]', 'timedelta64[m]', '=timedelta64[m]', '<timedelta64[m]', '>timedelta64[m]', 'timedelta64[s]', '=timedelta64[s]', '<timedelta64[s]', '>timedelta64[s]', 'timedelta64[ms]', '=timedelta64[ms]', '<timedelta64[ms]', '>timedelta64[ms]', 'timedelta64[us]', '=timedelta64[us]', '<timedelta64[us]', '>timedelta64[us]', 'timedelta64[ns]', '=timedelta64[ns]', '<timedelta64[ns]', '>timedelta64[ns]', 'timedelta64[ps]', '=timedelta64[ps]', '<timedelta64[ps]', '>timedelta64[ps]', 'timedelta64[fs]', '=timedelta64[fs]', '<timedelta64[fs]', '>timedelta64[fs]', 'timedelta64[as]', '=timedelta64[as]', '<timedelta64[as]', '>timedelta64[as]', 'm', '=m', '<m', '>m', 'm8', '=m8', '<m8', '>m8', 'm8[Y]', '=m8[Y]', '<m8[Y]', '>m8[Y]', 'm8[M]', '=m8[M]', '<m8[M]', '>m8[M]', 'm8[W]', '=m8[W]', '<m8[W]', '>m8[W]', 'm8[D]', '=m8[D]', '<m8[D]', '>m8[D]', 'm8[h]', '=m8[h]', '<m8[h]', '>m8[h]', 'm8[m]', '=m8[m]', '<m8[m]', '>m8[m]', 'm8[s]', '=m8[s]', '<m8[s]', '>m8[s]', 'm8[ms]', '=m8[ms]', '<m8[ms]', '>m8[ms]', 'm8[us]', '=m8[us]', '<m8[us]', '>m8[us]', 'm8[ns]', '=m8[ns]', '<m8[ns]', '>m8[ns]', 'm8[ps]', '=m8[ps]', '<m8[ps]', '>m8[ps]', 'm8[fs]', '=m8[fs]', '<m8[fs]', '>m8[fs]', 'm8[as]', '=m8[as]', '<m8[as]', '>m8[as]']
_TD64Codes_2: typing.TypeAlias = typing.Literal['timedelta64', '=timedelta64', '<timedelta64', '>timedelta64', 'timedelta64[Y]', '=timedelta64[Y]', '<timedelta64[Y]', '>timedelta64[Y]', 'timedelta64[M]', '=timedelta64[M]', '<timedelta64[M]', '>timedelta64[M]', 'timedelta64[W]', '=timedelta64[W]', '<timedelta64[W]', '>timedelta64[W]', 'timedelta64[D]', '=timedelta64[D]', '<timedelta64[D]', '>timedelta64[D]', 'timedelta64[h]', '=timedelta64[h]', '<timedelta64[h]', '>timedelta64[h]', 'timedelta64[m]', '=timedelta64[m]', '<timedelta64[m]', '>timedelta64[m]', 'timedelta64[s]', '=timedelta64[s]', '<timedelta64[s]', '>timedelta64[s]', 'timedelta64[ms]', '=timedelta64[ms]', '<timedelta64[ms]', '>timedelta64[ms]', 'timedelta64[us]', '=timedelta64[us]', '<timedelta64[us]', '>timedelta64[us]', 'timedelta64[ns]', '=timedelta64[ns]', '<timedelta64[ns]', '>timedelta64[ns]', 'timedelta64[ps]', '=timedelta64[ps]', '<timedelta64[ps]', '>timedelta64[ps]', 'timedelta64[fs]', '=timedelta64[fs]', '<timedelta64[fs]', '>timedelta64[fs]', 'timedelta64[as]', '=timedelta64[as]', '<timedelta64[as]', '>timedelta64[as]', 'm', '=m', '<m', '>m', 'm8', '=m8', '<m8', '>m8', 'm8[Y]', '=m8[Y]', '<m8[Y]', '>m8[Y]', 'm8[M]', '=m8[M]', '<m8[M]', '>m8[M]', 'm8[W]', '=m8[W]', '<m8[W]', '>m8[W]', 'm8[D]', '=m8[D]', '<m8[D]', '>m8[D]', 'm8[h]', '=m8[h]', '<m8[h]', '>m8[h]', 'm8[m]', '=m8[m]', '<m8[m]', '>m8[m]', 'm8[s]', '=m8[s]', '<m8[s]', '>m8[s]', 'm8[ms]', '=m8[ms]', '<m8[ms]', '>m8[ms]', 'm8[us]', '=m8[us]', '<m8[us]', '>m8[us]', 'm8[ns]', '=m8[ns]', '<m8[ns]', '>m8[ns]', 'm8[ps]', '=m8[ps]', '<m8[ps]', '>m8[ps]', 'm8[fs]', '=m8[fs]', '<m8[fs]', '>m8[fs]', 'm8[as]', '=m8[as]', '<m8[as]', '>m8[as]']
_TD64Like_co: typing.TypeAlias = _IntLike_co_2 | numpy.timedelta64
_UByteCodes: typing.TypeAlias = typing.Literal['ubyte', 'B', '=B', '<B', '>B']
_UByteCodes_2: typing.TypeAlias = typing.Literal['ubyte', 'B', '=B', '<B', '>B']
_UInt16Codes: typing.TypeAlias = typing.Literal['uint16', 'u2', '=u2', '<u2', '>u2']
_UInt16Codes_2: typing.TypeAlias = typing.Literal['uint16', 'u2', '=u2', '<u2', '>u2']
_UInt32Codes: typing.TypeAlias = typing.Literal['uint32', 'u4', '=u4', '<u4', '>u4']
_UInt32Codes_2: typing.TypeAlias = typing.Literal['uint32', 'u4', '=u4', '<u4', '>u4']
_UInt64Codes: typing.TypeAlias = typing.Literal['uint64', 'u8', '=u8', '<u8', '>u8']
_UInt64Codes_2: typing.TypeAlias = typing.Literal['uint64', 'u8', '=u8', '<u8', '>u8']
_UInt8Codes: typing.TypeAlias = typing.Literal['uint8', 'u1', '=u1', '<u1', '>u1']
_UInt8Codes_2: typing.TypeAlias = typing.Literal['uint8', 'u1', '=u1', '<u1', '>u1']
_UIntCCodes: typing.TypeAlias = typing.Literal['uintc', 'I', '=I', '<I', '>I']
_UIntCCodes_2: typing.TypeAlias = typing.Literal['uintc', 'I', '=I', '<I', '>I']
_UIntCodes: typing.TypeAlias = typing.Literal['ulong', 'uint', 'L', '=L', '<L', '>L']
_UIntCodes_2: typing.TypeAlias = typing.Literal['ulong', 'uint', 'L', '=L', '<L', '>L']
_UIntLike_co: typing.TypeAlias = _BoolLike_co_2 | numpy.unsignedinteger
_UIntPCodes: typing.TypeAlias = typing.Literal['uintp', 'uint0', 'P', '=P', '<P', '>P']
_UIntPCodes_2: typing.TypeAlias = typing.Literal['uintp', 'uint0', 'P', '=P', '<P', '>P']
_ULongLongCodes: typing.TypeAlias = typing.Literal['ulonglong', 'Q', '=Q', '<Q', '>Q']
_ULongLongCodes_2: typing.TypeAlias = typing.Literal['ulonglong', 'Q', '=Q', '<Q', '>Q']
_UShortCodes: typing.TypeAlias = typing.Literal['ushort', 'H', '=H', '<H', '>H']
_UShortCodes_2: typing.TypeAlias = typing.Literal['ushort', 'H', '=H', '<H', '>H']
_VoidCodes: typing.TypeAlias = typing.Literal['void', 'void0', 'V', '=V', '<V', '>V']
_VoidCodes_2: typing.TypeAlias = typing.Literal['void', 'void0', 'V', '=V', '<V', '>V']
_VoidDTypeLike: typing.TypeAlias = tuple[_DTypeLikeNested, int] | tuple[_DTypeLikeNested, _ShapeLike_2] | list[typing.Any] | numpy._typing._dtype_like._DTypeDict | tuple[_DTypeLikeNested, _DTypeLikeNested]
_VoidDTypeLike_2: typing.TypeAlias = tuple[_DTypeLikeNested, int] | tuple[_DTypeLikeNested, _ShapeLike_2] | list[typing.Any] | numpy._typing._dtype_like._DTypeDict | tuple[_DTypeLikeNested, _DTypeLikeNested]
_VoidLike_co: typing.TypeAlias = tuple[typing.Any, ...] | numpy.void

def set_module(module: typing.Any) -> typing.Any:
    """Decorator for overriding __module__ on a function or class.

    Example usage::

        @set_module('numpy')
        def example():
            pass

        assert example.__module__ == 'numpy'
   \x20"""
    ...

class _GUFunc_Nin2_Nout1(numpy.ufunc, typing.Generic[_NameType, _NTypes, _IDType]):
    """Functions that operate element by element on whole arrays.

    To see the documentation for a specific ufunc, use `info`.  For
    example, ``np.info(np.sin)``.  Because ufuncs are written in C
    (for speed) and linked into Python with NumPy's ufunc facility,
    Python's help() function finds this page whenever help() is called
    on a ufunc.

    A detailed explanation of ufuncs can be found in the docs for :ref:`ufuncs`.

    **Calling ufuncs:** ``op(*x[, out], where=True, **kwargs)``

    Apply `op` to the arguments `*x` elementwise, broadcasting the arguments.

    The broadcasting rules are:

    * Dimensions of length 1 may be prepended to either array.
    * Arrays may be repeated along dimensions of length 1.

    Parameters
    ----------
    *x : array_like
        Input arrays.
    out : ndarray, None, or tuple of ndarray and None, optional
        Alternate array object(s) in which to put the result; if provided, it
        must have a shape that the inputs broadcast to. A tuple of arrays
        (possible only as a keyword argument) must have length equal to the
        number of outputs; use None for uninitialized outputs to be
        allocated by the ufunc.
    where : array_like, optional
        This condition is broadcast over the input. At locations where the
        condition is True, the `out` array will be set to the ufunc result.
        Elsewhere, the `out` array will retain its original value.
        Note that if an uninitialized `out` array is created via the default
        ``out=None``, locations within it where the condition is False will
        remain uninitialized.
    **kwargs
        For other keyword-only arguments, see the :ref:`ufunc docs <ufuncs.kwargs>`.

    Returns
    -------
    r : ndarray or tuple of ndarray
        `r` will have the shape that the arrays in `x` broadcast to; if `out` is
        provided, it will be returned. If not, `r` will be allocated and
        may contain uninitialized values. If the function has more than one
        output, then the result will be a tuple of arrays."""
    @typing.overload
    def __call__(
        self,
        x1: numpy.typing.ArrayLike,
        x2: numpy.typing.ArrayLike,
        /,
        out: None = ...,
        *,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _3Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
        axes: list[_2Tuple[typing.SupportsIndex]] = ...,
    ) -> typing.Any:
        """Call self as a function."""
        ...
    @typing.overload
    def __call__(
        self,
        x1: numpy.typing.ArrayLike,
        x2: numpy.typing.ArrayLike,
        /,
        out: numpy.typing.NDArray[typing.Any] | tuple[numpy.typing.NDArray[typing.Any]],
        *,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _3Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
        axes: list[_2Tuple[typing.SupportsIndex]] = ...,
    ) -> numpy.typing.NDArray[typing.Any]: ...
    @property
    def __name__(self) -> _NameType: ...
    @property
    def accumulate(self) -> None:
        """accumulate(array, axis=0, dtype=None, out=None)

    Accumulate the result of applying the operator to all elements.

    For a one-dimensional array, accumulate produces results equivalent to::

      r = np.empty(len(A))
      t = op.identity        # op = the ufunc being applied to A's  elements
      for i in range(len(A)):
          t = op(t, A[i])
          r[i] = t
      return r

    For example, add.accumulate() is equivalent to np.cumsum().

    For a multi-dimensional array, accumulate is applied along only one
    axis (axis zero by default; see Examples below) so repeated use is
    necessary if one wants to accumulate over multiple axes.

    Parameters
    ----------
    array : array_like
        The array to act on.
    axis : int, optional
        The axis along which to apply the accumulation; default is zero.
    dtype : data-type code, optional
        The data-type used to represent the intermediate results. Defaults
        to the data-type of the output array if such is provided, or the
        data-type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.

    Returns
    -------
    r : ndarray
        The accumulated values. If `out` was supplied, `r` is a reference to
        `out`.

    Examples
    --------
    1-D array examples:

    >>> np.add.accumulate([2, 3, 5])
    array([ 2,  5, 10])
    >>> np.multiply.accumulate([2, 3, 5])
    array([ 2,  6, 30])

    2-D array examples:

    >>> I = np.eye(2)
    >>> I
    array([[1.,  0.],
           [0.,  1.]])

    Accumulate along axis 0 (rows), down columns:

    >>> np.add.accumulate(I, 0)
    array([[1.,  0.],
           [1.,  1.]])
    >>> np.add.accumulate(I) # no axis specified = axis zero
    array([[1.,  0.],
           [1.,  1.]])

    Accumulate along axis 1 (columns), through rows:

    >>> np.add.accumulate(I, 1)
    array([[1.,  1.],
           [0.,  1.]])"""
        ...
    @property
    def at(self) -> None:
        """at(a, indices, b=None, /)

    Performs unbuffered in place operation on operand 'a' for elements
    specified by 'indices'. For addition ufunc, this method is equivalent to
    ``a[indices] += b``, except that results are accumulated for elements that
    are indexed more than once. For example, ``a[[0,0]] += 1`` will only
    increment the first element once because of buffering, whereas
    ``add.at(a, [0,0], 1)`` will increment the first element twice.

    .. versionadded:: 1.8.0

    Parameters
    ----------
    a : array_like
        The array to perform in place operation on.
    indices : array_like or tuple
        Array like index object or slice object for indexing into first
        operand. If first operand has multiple dimensions, indices can be a
        tuple of array like index objects or slice objects.
    b : array_like
        Second operand for ufuncs requiring two operands. Operand must be
        broadcastable over first operand after indexing or slicing.

    Examples
    --------
    Set items 0 and 1 to their negative values:

    >>> a = np.array([1, 2, 3, 4])
    >>> np.negative.at(a, [0, 1])
    >>> a
    array([-1, -2,  3,  4])

    Increment items 0 and 1, and increment item 2 twice:

    >>> a = np.array([1, 2, 3, 4])
    >>> np.add.at(a, [0, 1, 2, 2], 1)
    >>> a
    array([2, 3, 5, 4])

    Add items 0 and 1 in first array to second array,
    and store results in first array:

    >>> a = np.array([1, 2, 3, 4])
    >>> b = np.array([1, 2])
    >>> np.add.at(a, [0, 1], b)
    >>> a
    array([2, 4, 3, 4])"""
        ...
    @property
    def identity(self) -> _IDType: ...
    @property
    def nargs(self) -> typing.Literal[3]: ...
    @property
    def nin(self) -> typing.Literal[2]: ...
    @property
    def nout(self) -> typing.Literal[1]: ...
    @property
    def ntypes(self) -> _NTypes: ...
    @property
    def outer(self) -> None:
        """outer(A, B, /, **kwargs)

    Apply the ufunc `op` to all pairs (a, b) with a in `A` and b in `B`.

    Let ``M = A.ndim``, ``N = B.ndim``. Then the result, `C`, of
    ``op.outer(A, B)`` is an array of dimension M + N such that:

    .. math:: C[i_0, ..., i_{M-1}, j_0, ..., j_{N-1}] =
       op(A[i_0, ..., i_{M-1}], B[j_0, ..., j_{N-1}])

    For `A` and `B` one-dimensional, this is equivalent to::

      r = empty(len(A),len(B))
      for i in range(len(A)):
          for j in range(len(B)):
              r[i,j] = op(A[i], B[j])  # op = ufunc in question

    Parameters
    ----------
    A : array_like
        First array
    B : array_like
        Second array
    kwargs : any
        Arguments to pass on to the ufunc. Typically `dtype` or `out`.
        See `ufunc` for a comprehensive overview of all available arguments.

    Returns
    -------
    r : ndarray
        Output array

    See Also
    --------
    numpy.outer : A less powerful version of ``np.multiply.outer``
                  that `ravel`\\ s all inputs to 1D. This exists
                  primarily for compatibility with old code.

    tensordot : ``np.tensordot(a, b, axes=((), ()))`` and
                ``np.multiply.outer(a, b)`` behave same for all
                dimensions of a and b.

    Examples
    --------
    >>> np.multiply.outer([1, 2, 3], [4, 5, 6])
    array([[ 4,  5,  6],
           [ 8, 10, 12],
           [12, 15, 18]])

    A multi-dimensional example:

    >>> A = np.array([[1, 2, 3], [4, 5, 6]])
    >>> A.shape
    (2, 3)
    >>> B = np.array([[1, 2, 3, 4]])
    >>> B.shape
    (1, 4)
    >>> C = np.multiply.outer(A, B)
    >>> C.shape; C
    (2, 3, 1, 4)
    array([[[[ 1,  2,  3,  4]],
            [[ 2,  4,  6,  8]],
            [[ 3,  6,  9, 12]]],
           [[[ 4,  8, 12, 16]],
            [[ 5, 10, 15, 20]],
            [[ 6, 12, 18, 24]]]])"""
        ...
    @property
    def reduce(self) -> None:
        """reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)

    Reduces `array`'s dimension by one, by applying ufunc along one axis.

    Let :math:`array.shape = (N_0, ..., N_i, ..., N_{M-1})`.  Then
    :math:`ufunc.reduce(array, axis=i)[k_0, ..,k_{i-1}, k_{i+1}, .., k_{M-1}]` =
    the result of iterating `j` over :math:`range(N_i)`, cumulatively applying
    ufunc to each :math:`array[k_0, ..,k_{i-1}, j, k_{i+1}, .., k_{M-1}]`.
    For a one-dimensional array, reduce produces results equivalent to:
    ::

     r = op.identity # op = ufunc
     for i in range(len(A)):
       r = op(r, A[i])
     return r

    For example, add.reduce() is equivalent to sum().

    Parameters
    ----------
    array : array_like
        The array to act on.
    axis : None or int or tuple of ints, optional
        Axis or axes along which a reduction is performed.
        The default (`axis` = 0) is perform a reduction over the first
        dimension of the input array. `axis` may be negative, in
        which case it counts from the last to the first axis.

        .. versionadded:: 1.7.0

        If this is None, a reduction is performed over all the axes.
        If this is a tuple of ints, a reduction is performed on multiple
        axes, instead of a single axis or all the axes as before.

        For operations which are either not commutative or not associative,
        doing a reduction over multiple axes is not well-defined. The
        ufuncs do not currently raise an exception in this case, but will
        likely do so in the future.
    dtype : data-type code, optional
        The type used to represent the intermediate results. Defaults
        to the data-type of the output array if this is provided, or
        the data-type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.
    keepdims : bool, optional
        If this is set to True, the axes which are reduced are left
        in the result as dimensions with size one. With this option,
        the result will broadcast correctly against the original `array`.

        .. versionadded:: 1.7.0
    initial : scalar, optional
        The value with which to start the reduction.
        If the ufunc has no identity or the dtype is object, this defaults
        to None - otherwise it defaults to ufunc.identity.
        If ``None`` is given, the first element of the reduction is used,
        and an error is thrown if the reduction is empty.

        .. versionadded:: 1.15.0

    where : array_like of bool, optional
        A boolean array which is broadcasted to match the dimensions
        of `array`, and selects elements to include in the reduction. Note
        that for ufuncs like ``minimum`` that do not have an identity
        defined, one has to pass in also ``initial``.

        .. versionadded:: 1.17.0

    Returns
    -------
    r : ndarray
        The reduced array. If `out` was supplied, `r` is a reference to it.

    Examples
    --------
    >>> np.multiply.reduce([2,3,5])
    30

    A multi-dimensional array example:

    >>> X = np.arange(8).reshape((2,2,2))
    >>> X
    array([[[0, 1],
            [2, 3]],
           [[4, 5],
            [6, 7]]])
    >>> np.add.reduce(X, 0)
    array([[ 4,  6],
           [ 8, 10]])
    >>> np.add.reduce(X) # confirm: default axis value is 0
    array([[ 4,  6],
           [ 8, 10]])
    >>> np.add.reduce(X, 1)
    array([[ 2,  4],
           [10, 12]])
    >>> np.add.reduce(X, 2)
    array([[ 1,  5],
           [ 9, 13]])

    You can use the ``initial`` keyword argument to initialize the reduction
    with a different value, and ``where`` to select specific elements to include:

    >>> np.add.reduce([10], initial=5)
    15
    >>> np.add.reduce(np.ones((2, 2, 2)), axis=(0, 2), initial=10)
    array([14., 14.])
    >>> a = np.array([10., np.nan, 10])
    >>> np.add.reduce(a, where=~np.isnan(a))
    20.0

    Allows reductions of empty arrays where they would normally fail, i.e.
    for ufuncs without an identity.

    >>> np.minimum.reduce([], initial=np.inf)
    inf
    >>> np.minimum.reduce([[1., 2.], [3., 4.]], initial=10., where=[True, False])
    array([ 1., 10.])
    >>> np.minimum.reduce([])
    Traceback (most recent call last):
        ...
    ValueError: zero-size array to reduction operation minimum which has no identity"""
        ...
    @property
    def reduceat(self) -> None:
        """reduceat(array, indices, axis=0, dtype=None, out=None)

    Performs a (local) reduce with specified slices over a single axis.

    For i in ``range(len(indices))``, `reduceat` computes
    ``ufunc.reduce(array[indices[i]:indices[i+1]])``, which becomes the i-th
    generalized "row" parallel to `axis` in the final result (i.e., in a
    2-D array, for example, if `axis = 0`, it becomes the i-th row, but if
    `axis = 1`, it becomes the i-th column).  There are three exceptions to this:

    * when ``i = len(indices) - 1`` (so for the last index),
      ``indices[i+1] = array.shape[axis]``.
    * if ``indices[i] >= indices[i + 1]``, the i-th generalized "row" is
      simply ``array[indices[i]]``.
    * if ``indices[i] >= len(array)`` or ``indices[i] < 0``, an error is raised.

    The shape of the output depends on the size of `indices`, and may be
    larger than `array` (this happens if ``len(indices) > array.shape[axis]``).

    Parameters
    ----------
    array : array_like
        The array to act on.
    indices : array_like
        Paired indices, comma separated (not colon), specifying slices to
        reduce.
    axis : int, optional
        The axis along which to apply the reduceat.
    dtype : data-type code, optional
        The type used to represent the intermediate results. Defaults
        to the data type of the output array if this is provided, or
        the data type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.

    Returns
    -------
    r : ndarray
        The reduced values. If `out` was supplied, `r` is a reference to
        `out`.

    Notes
    -----
    A descriptive example:

    If `array` is 1-D, the function `ufunc.accumulate(array)` is the same as
    ``ufunc.reduceat(array, indices)[::2]`` where `indices` is
    ``range(len(array) - 1)`` with a zero placed
    in every other element:
    ``indices = zeros(2 * len(array) - 1)``,
    ``indices[1::2] = range(1, len(array))``.

    Don't be fooled by this attribute's name: `reduceat(array)` is not
    necessarily smaller than `array`.

    Examples
    --------
    To take the running sum of four successive values:

    >>> np.add.reduceat(np.arange(8),[0,4, 1,5, 2,6, 3,7])[::2]
    array([ 6, 10, 14, 18])

    A 2-D example:

    >>> x = np.linspace(0, 15, 16).reshape(4,4)
    >>> x
    array([[ 0.,   1.,   2.,   3.],
           [ 4.,   5.,   6.,   7.],
           [ 8.,   9.,  10.,  11.],
           [12.,  13.,  14.,  15.]])

    ::

     # reduce such that the result has the following five rows:
     # [row1 + row2 + row3]
     # [row4]
     # [row2]
     # [row3]
     # [row1 + row2 + row3 + row4]

    >>> np.add.reduceat(x, [0, 3, 1, 2, 0])
    array([[12.,  15.,  18.,  21.],
           [12.,  13.,  14.,  15.],
           [ 4.,   5.,   6.,   7.],
           [ 8.,   9.,  10.,  11.],
           [24.,  28.,  32.,  36.]])

    ::

     # reduce such that result has the following two columns:
     # [col1 * col2 * col3, col4]

    >>> np.multiply.reduceat(x, [0, 3], 1)
    array([[   0.,     3.],
           [ 120.,     7.],
           [ 720.,    11.],
           [2184.,    15.]])"""
        ...
    @property
    def signature(self) -> typing.Literal['(n?,k),(k,m?)->(n?,m?)']: ...

class _GenericAlias:
    """A python-based backport of the `types.GenericAlias` class.

    E.g. for ``t = list[int]``, ``t.__origin__`` is ``list`` and
    ``t.__args__`` is ``(int,)``.

    See Also
    --------
    :pep:`585`
        The PEP responsible for introducing `types.GenericAlias`.

   \x20"""
    @property
    def __args__(self) -> tuple[object, ...]: ...
    @property
    def __call__(self) -> type[typing.Any]: ...
    def __dir__(self) -> list[str]:
        """Implement ``dir(self)``."""
        ...
    def __eq__(self, value: object) -> bool:
        """Return ``self == value``."""
        ...
    def __getattribute__(self, name: str) -> typing.Any:
        """Return ``getattr(self, name)``."""
        ...
    def __getitem__(self: _T_2, key: object | tuple[object, ...]) -> _T_2:
        """Return ``self[key]``."""
        ...
    def __hash__(self) -> int:
        """Return ``hash(self)``."""
        ...
    def __init__(
        self,
        origin: type,
        args: object | tuple[object, ...],
        starred: bool = False,
    ) -> None: ...
    def __instancecheck__(self, obj: object) -> typing.NoReturn:
        """Check if an `obj` is an instance."""
        ...
    def __iter__(self: _T_2) -> collections.abc.Generator[_T_2, None, None]:
        """Return ``iter(self)``."""
        ...
    def __mro_entries__(
        self,
        bases: collections.abc.Iterable[object],
    ) -> tuple[type[typing.Any]]: ...
    @property
    def __origin__(self) -> type: ...
    @property
    def __parameters__(self) -> tuple[typing.TypeVar, ...]:
        """Type variables in the ``GenericAlias``."""
        ...
    def __reduce__(
        self: _T_2,
    ) -> tuple[type[_T_2], tuple[type[typing.Any], tuple[object, ...], bool]]: ...
    def __repr__(self) -> str:
        """Return ``repr(self)``."""
        ...
    def __subclasscheck__(self, cls: type) -> typing.NoReturn:
        """Check if a `cls` is a subclass."""
        ...
    @property
    def __typing_unpacked_tuple_args__(self) -> tuple[object, ...] | None: ...
    @property
    def __unpacked__(self) -> bool: ...

class _NestedSequence(typing.Protocol[_T_co]):
    """A protocol for representing nested sequences.

    Warning
    -------
    `_NestedSequence` currently does not work in combination with typevars,
    *e.g.* ``def func(a: _NestedSequnce[T]) -> T: ...``.

    See Also
    --------
    collections.abc.Sequence
        ABCs for read-only and mutable :term:`sequences`.

    Examples
    --------
    .. code-block:: python

        >>> from __future__ import annotations

        >>> from typing import TYPE_CHECKING
        >>> import numpy as np
        >>> from numpy._typing import _NestedSequence

        >>> def get_dtype(seq: _NestedSequence[float]) -> np.dtype[np.float64]:
        ...     return np.asarray(seq).dtype

        >>> a = get_dtype([1.0])
        >>> b = get_dtype([[1.0]])
        >>> c = get_dtype([[[1.0]]])
        >>> d = get_dtype([[[[1.0]]]])

        >>> if TYPE_CHECKING:
        ...     reveal_locals()
        ...     # note: Revealed local types are:
        ...     # note:     a: numpy.dtype[numpy.floating[numpy._typing._64Bit]]
        ...     # note:     b: numpy.dtype[numpy.floating[numpy._typing._64Bit]]
        ...     # note:     c: numpy.dtype[numpy.floating[numpy._typing._64Bit]]
        ...     # note:     d: numpy.dtype[numpy.floating[numpy._typing._64Bit]]

   \x20"""
    def __contains__(self, x: object, /) -> bool:
        """Implement ``x in self``."""
        ...
    @typing.overload
    def __getitem__(self, index: int, /) -> _T_co | _NestedSequence[_T_co]:
        """Implement ``self[x]``."""
        ...
    @typing.overload
    def __getitem__(self, index: slice, /) -> _NestedSequence[_T_co]: ...
    def __init__(self, *args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...
    def __iter__(self, /) -> collections.abc.Iterator[_T_co | _NestedSequence[_T_co]]:
        """Implement ``iter(self)``."""
        ...
    def __len__(self, /) -> int:
        """Implement ``len(self)``."""
        ...
    def __reversed__(self, /) -> collections.abc.Iterator[_T_co | _NestedSequence[_T_co]]:
        """Implement ``reversed(self)``."""
        ...
    def __subclasshook__(other) -> typing.Any: ...
    def count(self, value: typing.Any, /) -> int:
        """Return the number of occurrences of `value`."""
        ...
    def index(self, value: typing.Any, /) -> int:
        """Return the first index of `value`."""
        ...

class _SupportsArray(typing.Protocol[_DType_co]):
    def __array__(self) -> numpy.ndarray[typing.Any, _DType_co]: ...
    def __init__(self, *args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...
    def __subclasshook__(other) -> typing.Any: ...

class _SupportsArrayFunc(typing.Protocol):
    """A protocol class representing `~class.__array_function__`."""
    def __array_function__(
        self,
        func: collections.abc.Callable[..., typing.Any],
        types: collections.abc.Collection[type[typing.Any]],
        args: tuple[typing.Any, ...],
        kwargs: dict[str, typing.Any],
    ) -> object: ...
    def __init__(self, *args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...
    def __subclasshook__(other) -> typing.Any: ...

class _SupportsDType(typing.Protocol[_DType_co_2]):
    def __init__(self, *args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...
    def __subclasshook__(other) -> typing.Any: ...
    @property
    def dtype(self) -> _DType_co_2: ...

class _UFunc_Nin1_Nout1(numpy.ufunc, typing.Generic[_NameType, _NTypes, _IDType]):
    """Functions that operate element by element on whole arrays.

    To see the documentation for a specific ufunc, use `info`.  For
    example, ``np.info(np.sin)``.  Because ufuncs are written in C
    (for speed) and linked into Python with NumPy's ufunc facility,
    Python's help() function finds this page whenever help() is called
    on a ufunc.

    A detailed explanation of ufuncs can be found in the docs for :ref:`ufuncs`.

    **Calling ufuncs:** ``op(*x[, out], where=True, **kwargs)``

    Apply `op` to the arguments `*x` elementwise, broadcasting the arguments.

    The broadcasting rules are:

    * Dimensions of length 1 may be prepended to either array.
    * Arrays may be repeated along dimensions of length 1.

    Parameters
    ----------
    *x : array_like
        Input arrays.
    out : ndarray, None, or tuple of ndarray and None, optional
        Alternate array object(s) in which to put the result; if provided, it
        must have a shape that the inputs broadcast to. A tuple of arrays
        (possible only as a keyword argument) must have length equal to the
        number of outputs; use None for uninitialized outputs to be
        allocated by the ufunc.
    where : array_like, optional
        This condition is broadcast over the input. At locations where the
        condition is True, the `out` array will be set to the ufunc result.
        Elsewhere, the `out` array will retain its original value.
        Note that if an uninitialized `out` array is created via the default
        ``out=None``, locations within it where the condition is False will
        remain uninitialized.
    **kwargs
        For other keyword-only arguments, see the :ref:`ufunc docs <ufuncs.kwargs>`.

    Returns
    -------
    r : ndarray or tuple of ndarray
        `r` will have the shape that the arrays in `x` broadcast to; if `out` is
        provided, it will be returned. If not, `r` will be allocated and
        may contain uninitialized values. If the function has more than one
        output, then the result will be a tuple of arrays."""
    @typing.overload
    def __call__(
        self,
        x1: _ScalarLike_co_2,
        /,
        out: None = ...,
        *,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _2Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> typing.Any:
        """Call self as a function."""
        ...
    @typing.overload
    def __call__(
        self,
        x1: numpy.typing.ArrayLike,
        /,
        out: numpy.typing.NDArray[typing.Any] | tuple[numpy.typing.NDArray[typing.Any]] | None = ...,
        *,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _2Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> numpy.typing.NDArray[typing.Any]: ...
    @typing.overload
    def __call__(
        self,
        x1: numpy._typing._ufunc._SupportsArrayUFunc,
        /,
        out: numpy.typing.NDArray[typing.Any] | tuple[numpy.typing.NDArray[typing.Any]] | None = ...,
        *,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _2Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> typing.Any: ...
    @property
    def __name__(self) -> _NameType: ...
    @property
    def accumulate(self) -> None:
        """accumulate(array, axis=0, dtype=None, out=None)

    Accumulate the result of applying the operator to all elements.

    For a one-dimensional array, accumulate produces results equivalent to::

      r = np.empty(len(A))
      t = op.identity        # op = the ufunc being applied to A's  elements
      for i in range(len(A)):
          t = op(t, A[i])
          r[i] = t
      return r

    For example, add.accumulate() is equivalent to np.cumsum().

    For a multi-dimensional array, accumulate is applied along only one
    axis (axis zero by default; see Examples below) so repeated use is
    necessary if one wants to accumulate over multiple axes.

    Parameters
    ----------
    array : array_like
        The array to act on.
    axis : int, optional
        The axis along which to apply the accumulation; default is zero.
    dtype : data-type code, optional
        The data-type used to represent the intermediate results. Defaults
        to the data-type of the output array if such is provided, or the
        data-type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.

    Returns
    -------
    r : ndarray
        The accumulated values. If `out` was supplied, `r` is a reference to
        `out`.

    Examples
    --------
    1-D array examples:

    >>> np.add.accumulate([2, 3, 5])
    array([ 2,  5, 10])
    >>> np.multiply.accumulate([2, 3, 5])
    array([ 2,  6, 30])

    2-D array examples:

    >>> I = np.eye(2)
    >>> I
    array([[1.,  0.],
           [0.,  1.]])

    Accumulate along axis 0 (rows), down columns:

    >>> np.add.accumulate(I, 0)
    array([[1.,  0.],
           [1.,  1.]])
    >>> np.add.accumulate(I) # no axis specified = axis zero
    array([[1.,  0.],
           [1.,  1.]])

    Accumulate along axis 1 (columns), through rows:

    >>> np.add.accumulate(I, 1)
    array([[1.,  1.],
           [0.,  1.]])"""
        ...
    def at(
        self,
        a: numpy._typing._ufunc._SupportsArrayUFunc,
        indices: _ArrayLikeInt_co_2,
        /,
    ) -> None:
        """at(a, indices, b=None, /)

    Performs unbuffered in place operation on operand 'a' for elements
    specified by 'indices'. For addition ufunc, this method is equivalent to
    ``a[indices] += b``, except that results are accumulated for elements that
    are indexed more than once. For example, ``a[[0,0]] += 1`` will only
    increment the first element once because of buffering, whereas
    ``add.at(a, [0,0], 1)`` will increment the first element twice.

    .. versionadded:: 1.8.0

    Parameters
    ----------
    a : array_like
        The array to perform in place operation on.
    indices : array_like or tuple
        Array like index object or slice object for indexing into first
        operand. If first operand has multiple dimensions, indices can be a
        tuple of array like index objects or slice objects.
    b : array_like
        Second operand for ufuncs requiring two operands. Operand must be
        broadcastable over first operand after indexing or slicing.

    Examples
    --------
    Set items 0 and 1 to their negative values:

    >>> a = np.array([1, 2, 3, 4])
    >>> np.negative.at(a, [0, 1])
    >>> a
    array([-1, -2,  3,  4])

    Increment items 0 and 1, and increment item 2 twice:

    >>> a = np.array([1, 2, 3, 4])
    >>> np.add.at(a, [0, 1, 2, 2], 1)
    >>> a
    array([2, 3, 5, 4])

    Add items 0 and 1 in first array to second array,
    and store results in first array:

    >>> a = np.array([1, 2, 3, 4])
    >>> b = np.array([1, 2])
    >>> np.add.at(a, [0, 1], b)
    >>> a
    array([2, 4, 3, 4])"""
        ...
    @property
    def identity(self) -> _IDType: ...
    @property
    def nargs(self) -> typing.Literal[2]: ...
    @property
    def nin(self) -> typing.Literal[1]: ...
    @property
    def nout(self) -> typing.Literal[1]: ...
    @property
    def ntypes(self) -> _NTypes: ...
    @property
    def outer(self) -> None:
        """outer(A, B, /, **kwargs)

    Apply the ufunc `op` to all pairs (a, b) with a in `A` and b in `B`.

    Let ``M = A.ndim``, ``N = B.ndim``. Then the result, `C`, of
    ``op.outer(A, B)`` is an array of dimension M + N such that:

    .. math:: C[i_0, ..., i_{M-1}, j_0, ..., j_{N-1}] =
       op(A[i_0, ..., i_{M-1}], B[j_0, ..., j_{N-1}])

    For `A` and `B` one-dimensional, this is equivalent to::

      r = empty(len(A),len(B))
      for i in range(len(A)):
          for j in range(len(B)):
              r[i,j] = op(A[i], B[j])  # op = ufunc in question

    Parameters
    ----------
    A : array_like
        First array
    B : array_like
        Second array
    kwargs : any
        Arguments to pass on to the ufunc. Typically `dtype` or `out`.
        See `ufunc` for a comprehensive overview of all available arguments.

    Returns
    -------
    r : ndarray
        Output array

    See Also
    --------
    numpy.outer : A less powerful version of ``np.multiply.outer``
                  that `ravel`\\ s all inputs to 1D. This exists
                  primarily for compatibility with old code.

    tensordot : ``np.tensordot(a, b, axes=((), ()))`` and
                ``np.multiply.outer(a, b)`` behave same for all
                dimensions of a and b.

    Examples
    --------
    >>> np.multiply.outer([1, 2, 3], [4, 5, 6])
    array([[ 4,  5,  6],
           [ 8, 10, 12],
           [12, 15, 18]])

    A multi-dimensional example:

    >>> A = np.array([[1, 2, 3], [4, 5, 6]])
    >>> A.shape
    (2, 3)
    >>> B = np.array([[1, 2, 3, 4]])
    >>> B.shape
    (1, 4)
    >>> C = np.multiply.outer(A, B)
    >>> C.shape; C
    (2, 3, 1, 4)
    array([[[[ 1,  2,  3,  4]],
            [[ 2,  4,  6,  8]],
            [[ 3,  6,  9, 12]]],
           [[[ 4,  8, 12, 16]],
            [[ 5, 10, 15, 20]],
            [[ 6, 12, 18, 24]]]])"""
        ...
    @property
    def reduce(self) -> None:
        """reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)

    Reduces `array`'s dimension by one, by applying ufunc along one axis.

    Let :math:`array.shape = (N_0, ..., N_i, ..., N_{M-1})`.  Then
    :math:`ufunc.reduce(array, axis=i)[k_0, ..,k_{i-1}, k_{i+1}, .., k_{M-1}]` =
    the result of iterating `j` over :math:`range(N_i)`, cumulatively applying
    ufunc to each :math:`array[k_0, ..,k_{i-1}, j, k_{i+1}, .., k_{M-1}]`.
    For a one-dimensional array, reduce produces results equivalent to:
    ::

     r = op.identity # op = ufunc
     for i in range(len(A)):
       r = op(r, A[i])
     return r

    For example, add.reduce() is equivalent to sum().

    Parameters
    ----------
    array : array_like
        The array to act on.
    axis : None or int or tuple of ints, optional
        Axis or axes along which a reduction is performed.
        The default (`axis` = 0) is perform a reduction over the first
        dimension of the input array. `axis` may be negative, in
        which case it counts from the last to the first axis.

        .. versionadded:: 1.7.0

        If this is None, a reduction is performed over all the axes.
        If this is a tuple of ints, a reduction is performed on multiple
        axes, instead of a single axis or all the axes as before.

        For operations which are either not commutative or not associative,
        doing a reduction over multiple axes is not well-defined. The
        ufuncs do not currently raise an exception in this case, but will
        likely do so in the future.
    dtype : data-type code, optional
        The type used to represent the intermediate results. Defaults
        to the data-type of the output array if this is provided, or
        the data-type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.
    keepdims : bool, optional
        If this is set to True, the axes which are reduced are left
        in the result as dimensions with size one. With this option,
        the result will broadcast correctly against the original `array`.

        .. versionadded:: 1.7.0
    initial : scalar, optional
        The value with which to start the reduction.
        If the ufunc has no identity or the dtype is object, this defaults
        to None - otherwise it defaults to ufunc.identity.
        If ``None`` is given, the first element of the reduction is used,
        and an error is thrown if the reduction is empty.

        .. versionadded:: 1.15.0

    where : array_like of bool, optional
        A boolean array which is broadcasted to match the dimensions
        of `array`, and selects elements to include in the reduction. Note
        that for ufuncs like ``minimum`` that do not have an identity
        defined, one has to pass in also ``initial``.

        .. versionadded:: 1.17.0

    Returns
    -------
    r : ndarray
        The reduced array. If `out` was supplied, `r` is a reference to it.

    Examples
    --------
    >>> np.multiply.reduce([2,3,5])
    30

    A multi-dimensional array example:

    >>> X = np.arange(8).reshape((2,2,2))
    >>> X
    array([[[0, 1],
            [2, 3]],
           [[4, 5],
            [6, 7]]])
    >>> np.add.reduce(X, 0)
    array([[ 4,  6],
           [ 8, 10]])
    >>> np.add.reduce(X) # confirm: default axis value is 0
    array([[ 4,  6],
           [ 8, 10]])
    >>> np.add.reduce(X, 1)
    array([[ 2,  4],
           [10, 12]])
    >>> np.add.reduce(X, 2)
    array([[ 1,  5],
           [ 9, 13]])

    You can use the ``initial`` keyword argument to initialize the reduction
    with a different value, and ``where`` to select specific elements to include:

    >>> np.add.reduce([10], initial=5)
    15
    >>> np.add.reduce(np.ones((2, 2, 2)), axis=(0, 2), initial=10)
    array([14., 14.])
    >>> a = np.array([10., np.nan, 10])
    >>> np.add.reduce(a, where=~np.isnan(a))
    20.0

    Allows reductions of empty arrays where they would normally fail, i.e.
    for ufuncs without an identity.

    >>> np.minimum.reduce([], initial=np.inf)
    inf
    >>> np.minimum.reduce([[1., 2.], [3., 4.]], initial=10., where=[True, False])
    array([ 1., 10.])
    >>> np.minimum.reduce([])
    Traceback (most recent call last):
        ...
    ValueError: zero-size array to reduction operation minimum which has no identity"""
        ...
    @property
    def reduceat(self) -> None:
        """reduceat(array, indices, axis=0, dtype=None, out=None)

    Performs a (local) reduce with specified slices over a single axis.

    For i in ``range(len(indices))``, `reduceat` computes
    ``ufunc.reduce(array[indices[i]:indices[i+1]])``, which becomes the i-th
    generalized "row" parallel to `axis` in the final result (i.e., in a
    2-D array, for example, if `axis = 0`, it becomes the i-th row, but if
    `axis = 1`, it becomes the i-th column).  There are three exceptions to this:

    * when ``i = len(indices) - 1`` (so for the last index),
      ``indices[i+1] = array.shape[axis]``.
    * if ``indices[i] >= indices[i + 1]``, the i-th generalized "row" is
      simply ``array[indices[i]]``.
    * if ``indices[i] >= len(array)`` or ``indices[i] < 0``, an error is raised.

    The shape of the output depends on the size of `indices`, and may be
    larger than `array` (this happens if ``len(indices) > array.shape[axis]``).

    Parameters
    ----------
    array : array_like
        The array to act on.
    indices : array_like
        Paired indices, comma separated (not colon), specifying slices to
        reduce.
    axis : int, optional
        The axis along which to apply the reduceat.
    dtype : data-type code, optional
        The type used to represent the intermediate results. Defaults
        to the data type of the output array if this is provided, or
        the data type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.

    Returns
    -------
    r : ndarray
        The reduced values. If `out` was supplied, `r` is a reference to
        `out`.

    Notes
    -----
    A descriptive example:

    If `array` is 1-D, the function `ufunc.accumulate(array)` is the same as
    ``ufunc.reduceat(array, indices)[::2]`` where `indices` is
    ``range(len(array) - 1)`` with a zero placed
    in every other element:
    ``indices = zeros(2 * len(array) - 1)``,
    ``indices[1::2] = range(1, len(array))``.

    Don't be fooled by this attribute's name: `reduceat(array)` is not
    necessarily smaller than `array`.

    Examples
    --------
    To take the running sum of four successive values:

    >>> np.add.reduceat(np.arange(8),[0,4, 1,5, 2,6, 3,7])[::2]
    array([ 6, 10, 14, 18])

    A 2-D example:

    >>> x = np.linspace(0, 15, 16).reshape(4,4)
    >>> x
    array([[ 0.,   1.,   2.,   3.],
           [ 4.,   5.,   6.,   7.],
           [ 8.,   9.,  10.,  11.],
           [12.,  13.,  14.,  15.]])

    ::

     # reduce such that the result has the following five rows:
     # [row1 + row2 + row3]
     # [row4]
     # [row2]
     # [row3]
     # [row1 + row2 + row3 + row4]

    >>> np.add.reduceat(x, [0, 3, 1, 2, 0])
    array([[12.,  15.,  18.,  21.],
           [12.,  13.,  14.,  15.],
           [ 4.,   5.,   6.,   7.],
           [ 8.,   9.,  10.,  11.],
           [24.,  28.,  32.,  36.]])

    ::

     # reduce such that result has the following two columns:
     # [col1 * col2 * col3, col4]

    >>> np.multiply.reduceat(x, [0, 3], 1)
    array([[   0.,     3.],
           [ 120.,     7.],
           [ 720.,    11.],
           [2184.,    15.]])"""
        ...
    @property
    def signature(self) -> None: ...

class _UFunc_Nin1_Nout2(numpy.ufunc, typing.Generic[_NameType, _NTypes, _IDType]):
    """Functions that operate element by element on whole arrays.

    To see the documentation for a specific ufunc, use `info`.  For
    example, ``np.info(np.sin)``.  Because ufuncs are written in C
    (for speed) and linked into Python with NumPy's ufunc facility,
    Python's help() function finds this page whenever help() is called
    on a ufunc.

    A detailed explanation of ufuncs can be found in the docs for :ref:`ufuncs`.

    **Calling ufuncs:** ``op(*x[, out], where=True, **kwargs)``

    Apply `op` to the arguments `*x` elementwise, broadcasting the arguments.

    The broadcasting rules are:

    * Dimensions of length 1 may be prepended to either array.
    * Arrays may be repeated along dimensions of length 1.

    Parameters
    ----------
    *x : array_like
        Input arrays.
    out : ndarray, None, or tuple of ndarray and None, optional
        Alternate array object(s) in which to put the result; if provided, it
        must have a shape that the inputs broadcast to. A tuple of arrays
        (possible only as a keyword argument) must have length equal to the
        number of outputs; use None for uninitialized outputs to be
        allocated by the ufunc.
    where : array_like, optional
        This condition is broadcast over the input. At locations where the
        condition is True, the `out` array will be set to the ufunc result.
        Elsewhere, the `out` array will retain its original value.
        Note that if an uninitialized `out` array is created via the default
        ``out=None``, locations within it where the condition is False will
        remain uninitialized.
    **kwargs
        For other keyword-only arguments, see the :ref:`ufunc docs <ufuncs.kwargs>`.

    Returns
    -------
    r : ndarray or tuple of ndarray
        `r` will have the shape that the arrays in `x` broadcast to; if `out` is
        provided, it will be returned. If not, `r` will be allocated and
        may contain uninitialized values. If the function has more than one
        output, then the result will be a tuple of arrays."""
    @typing.overload
    def __call__(
        self,
        x1: _ScalarLike_co_2,
        out1: None = ...,
        out2: None = ...,
        /,
        *,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _3Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> _2Tuple[typing.Any]:
        """Call self as a function."""
        ...
    @typing.overload
    def __call__(
        self,
        x1: numpy.typing.ArrayLike,
        out1: numpy.typing.NDArray[typing.Any] | None = ...,
        out2: numpy.typing.NDArray[typing.Any] | None = ...,
        /,
        *,
        out: _2Tuple[numpy.typing.NDArray[typing.Any]] = ...,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _3Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> _2Tuple[numpy.typing.NDArray[typing.Any]]: ...
    @typing.overload
    def __call__(
        self,
        x1: numpy._typing._ufunc._SupportsArrayUFunc,
        out1: numpy.typing.NDArray[typing.Any] | None = ...,
        out2: numpy.typing.NDArray[typing.Any] | None = ...,
        /,
        *,
        out: _2Tuple[numpy.typing.NDArray[typing.Any]] = ...,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _3Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> _2Tuple[typing.Any]: ...
    @property
    def __name__(self) -> _NameType: ...
    @property
    def accumulate(self) -> None:
        """accumulate(array, axis=0, dtype=None, out=None)

    Accumulate the result of applying the operator to all elements.

    For a one-dimensional array, accumulate produces results equivalent to::

      r = np.empty(len(A))
      t = op.identity        # op = the ufunc being applied to A's  elements
      for i in range(len(A)):
          t = op(t, A[i])
          r[i] = t
      return r

    For example, add.accumulate() is equivalent to np.cumsum().

    For a multi-dimensional array, accumulate is applied along only one
    axis (axis zero by default; see Examples below) so repeated use is
    necessary if one wants to accumulate over multiple axes.

    Parameters
    ----------
    array : array_like
        The array to act on.
    axis : int, optional
        The axis along which to apply the accumulation; default is zero.
    dtype : data-type code, optional
        The data-type used to represent the intermediate results. Defaults
        to the data-type of the output array if such is provided, or the
        data-type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.

    Returns
    -------
    r : ndarray
        The accumulated values. If `out` was supplied, `r` is a reference to
        `out`.

    Examples
    --------
    1-D array examples:

    >>> np.add.accumulate([2, 3, 5])
    array([ 2,  5, 10])
    >>> np.multiply.accumulate([2, 3, 5])
    array([ 2,  6, 30])

    2-D array examples:

    >>> I = np.eye(2)
    >>> I
    array([[1.,  0.],
           [0.,  1.]])

    Accumulate along axis 0 (rows), down columns:

    >>> np.add.accumulate(I, 0)
    array([[1.,  0.],
           [1.,  1.]])
    >>> np.add.accumulate(I) # no axis specified = axis zero
    array([[1.,  0.],
           [1.,  1.]])

    Accumulate along axis 1 (columns), through rows:

    >>> np.add.accumulate(I, 1)
    array([[1.,  1.],
           [0.,  1.]])"""
        ...
    @property
    def at(self) -> None:
        """at(a, indices, b=None, /)

    Performs unbuffered in place operation on operand 'a' for elements
    specified by 'indices'. For addition ufunc, this method is equivalent to
    ``a[indices] += b``, except that results are accumulated for elements that
    are indexed more than once. For example, ``a[[0,0]] += 1`` will only
    increment the first element once because of buffering, whereas
    ``add.at(a, [0,0], 1)`` will increment the first element twice.

    .. versionadded:: 1.8.0

    Parameters
    ----------
    a : array_like
        The array to perform in place operation on.
    indices : array_like or tuple
        Array like index object or slice object for indexing into first
        operand. If first operand has multiple dimensions, indices can be a
        tuple of array like index objects or slice objects.
    b : array_like
        Second operand for ufuncs requiring two operands. Operand must be
        broadcastable over first operand after indexing or slicing.

    Examples
    --------
    Set items 0 and 1 to their negative values:

    >>> a = np.array([1, 2, 3, 4])
    >>> np.negative.at(a, [0, 1])
    >>> a
    array([-1, -2,  3,  4])

    Increment items 0 and 1, and increment item 2 twice:

    >>> a = np.array([1, 2, 3, 4])
    >>> np.add.at(a, [0, 1, 2, 2], 1)
    >>> a
    array([2, 3, 5, 4])

    Add items 0 and 1 in first array to second array,
    and store results in first array:

    >>> a = np.array([1, 2, 3, 4])
    >>> b = np.array([1, 2])
    >>> np.add.at(a, [0, 1], b)
    >>> a
    array([2, 4, 3, 4])"""
        ...
    @property
    def identity(self) -> _IDType: ...
    @property
    def nargs(self) -> typing.Literal[3]: ...
    @property
    def nin(self) -> typing.Literal[1]: ...
    @property
    def nout(self) -> typing.Literal[2]: ...
    @property
    def ntypes(self) -> _NTypes: ...
    @property
    def outer(self) -> None:
        """outer(A, B, /, **kwargs)

    Apply the ufunc `op` to all pairs (a, b) with a in `A` and b in `B`.

    Let ``M = A.ndim``, ``N = B.ndim``. Then the result, `C`, of
    ``op.outer(A, B)`` is an array of dimension M + N such that:

    .. math:: C[i_0, ..., i_{M-1}, j_0, ..., j_{N-1}] =
       op(A[i_0, ..., i_{M-1}], B[j_0, ..., j_{N-1}])

    For `A` and `B` one-dimensional, this is equivalent to::

      r = empty(len(A),len(B))
      for i in range(len(A)):
          for j in range(len(B)):
              r[i,j] = op(A[i], B[j])  # op = ufunc in question

    Parameters
    ----------
    A : array_like
        First array
    B : array_like
        Second array
    kwargs : any
        Arguments to pass on to the ufunc. Typically `dtype` or `out`.
        See `ufunc` for a comprehensive overview of all available arguments.

    Returns
    -------
    r : ndarray
        Output array

    See Also
    --------
    numpy.outer : A less powerful version of ``np.multiply.outer``
                  that `ravel`\\ s all inputs to 1D. This exists
                  primarily for compatibility with old code.

    tensordot : ``np.tensordot(a, b, axes=((), ()))`` and
                ``np.multiply.outer(a, b)`` behave same for all
                dimensions of a and b.

    Examples
    --------
    >>> np.multiply.outer([1, 2, 3], [4, 5, 6])
    array([[ 4,  5,  6],
           [ 8, 10, 12],
           [12, 15, 18]])

    A multi-dimensional example:

    >>> A = np.array([[1, 2, 3], [4, 5, 6]])
    >>> A.shape
    (2, 3)
    >>> B = np.array([[1, 2, 3, 4]])
    >>> B.shape
    (1, 4)
    >>> C = np.multiply.outer(A, B)
    >>> C.shape; C
    (2, 3, 1, 4)
    array([[[[ 1,  2,  3,  4]],
            [[ 2,  4,  6,  8]],
            [[ 3,  6,  9, 12]]],
           [[[ 4,  8, 12, 16]],
            [[ 5, 10, 15, 20]],
            [[ 6, 12, 18, 24]]]])"""
        ...
    @property
    def reduce(self) -> None:
        """reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)

    Reduces `array`'s dimension by one, by applying ufunc along one axis.

    Let :math:`array.shape = (N_0, ..., N_i, ..., N_{M-1})`.  Then
    :math:`ufunc.reduce(array, axis=i)[k_0, ..,k_{i-1}, k_{i+1}, .., k_{M-1}]` =
    the result of iterating `j` over :math:`range(N_i)`, cumulatively applying
    ufunc to each :math:`array[k_0, ..,k_{i-1}, j, k_{i+1}, .., k_{M-1}]`.
    For a one-dimensional array, reduce produces results equivalent to:
    ::

     r = op.identity # op = ufunc
     for i in range(len(A)):
       r = op(r, A[i])
     return r

    For example, add.reduce() is equivalent to sum().

    Parameters
    ----------
    array : array_like
        The array to act on.
    axis : None or int or tuple of ints, optional
        Axis or axes along which a reduction is performed.
        The default (`axis` = 0) is perform a reduction over the first
        dimension of the input array. `axis` may be negative, in
        which case it counts from the last to the first axis.

        .. versionadded:: 1.7.0

        If this is None, a reduction is performed over all the axes.
        If this is a tuple of ints, a reduction is performed on multiple
        axes, instead of a single axis or all the axes as before.

        For operations which are either not commutative or not associative,
        doing a reduction over multiple axes is not well-defined. The
        ufuncs do not currently raise an exception in this case, but will
        likely do so in the future.
    dtype : data-type code, optional
        The type used to represent the intermediate results. Defaults
        to the data-type of the output array if this is provided, or
        the data-type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.
    keepdims : bool, optional
        If this is set to True, the axes which are reduced are left
        in the result as dimensions with size one. With this option,
        the result will broadcast correctly against the original `array`.

        .. versionadded:: 1.7.0
    initial : scalar, optional
        The value with which to start the reduction.
        If the ufunc has no identity or the dtype is object, this defaults
        to None - otherwise it defaults to ufunc.identity.
        If ``None`` is given, the first element of the reduction is used,
        and an error is thrown if the reduction is empty.

        .. versionadded:: 1.15.0

    where : array_like of bool, optional
        A boolean array which is broadcasted to match the dimensions
        of `array`, and selects elements to include in the reduction. Note
        that for ufuncs like ``minimum`` that do not have an identity
        defined, one has to pass in also ``initial``.

        .. versionadded:: 1.17.0

    Returns
    -------
    r : ndarray
        The reduced array. If `out` was supplied, `r` is a reference to it.

    Examples
    --------
    >>> np.multiply.reduce([2,3,5])
    30

    A multi-dimensional array example:

    >>> X = np.arange(8).reshape((2,2,2))
    >>> X
    array([[[0, 1],
            [2, 3]],
           [[4, 5],
            [6, 7]]])
    >>> np.add.reduce(X, 0)
    array([[ 4,  6],
           [ 8, 10]])
    >>> np.add.reduce(X) # confirm: default axis value is 0
    array([[ 4,  6],
           [ 8, 10]])
    >>> np.add.reduce(X, 1)
    array([[ 2,  4],
           [10, 12]])
    >>> np.add.reduce(X, 2)
    array([[ 1,  5],
           [ 9, 13]])

    You can use the ``initial`` keyword argument to initialize the reduction
    with a different value, and ``where`` to select specific elements to include:

    >>> np.add.reduce([10], initial=5)
    15
    >>> np.add.reduce(np.ones((2, 2, 2)), axis=(0, 2), initial=10)
    array([14., 14.])
    >>> a = np.array([10., np.nan, 10])
    >>> np.add.reduce(a, where=~np.isnan(a))
    20.0

    Allows reductions of empty arrays where they would normally fail, i.e.
    for ufuncs without an identity.

    >>> np.minimum.reduce([], initial=np.inf)
    inf
    >>> np.minimum.reduce([[1., 2.], [3., 4.]], initial=10., where=[True, False])
    array([ 1., 10.])
    >>> np.minimum.reduce([])
    Traceback (most recent call last):
        ...
    ValueError: zero-size array to reduction operation minimum which has no identity"""
        ...
    @property
    def reduceat(self) -> None:
        """reduceat(array, indices, axis=0, dtype=None, out=None)

    Performs a (local) reduce with specified slices over a single axis.

    For i in ``range(len(indices))``, `reduceat` computes
    ``ufunc.reduce(array[indices[i]:indices[i+1]])``, which becomes the i-th
    generalized "row" parallel to `axis` in the final result (i.e., in a
    2-D array, for example, if `axis = 0`, it becomes the i-th row, but if
    `axis = 1`, it becomes the i-th column).  There are three exceptions to this:

    * when ``i = len(indices) - 1`` (so for the last index),
      ``indices[i+1] = array.shape[axis]``.
    * if ``indices[i] >= indices[i + 1]``, the i-th generalized "row" is
      simply ``array[indices[i]]``.
    * if ``indices[i] >= len(array)`` or ``indices[i] < 0``, an error is raised.

    The shape of the output depends on the size of `indices`, and may be
    larger than `array` (this happens if ``len(indices) > array.shape[axis]``).

    Parameters
    ----------
    array : array_like
        The array to act on.
    indices : array_like
        Paired indices, comma separated (not colon), specifying slices to
        reduce.
    axis : int, optional
        The axis along which to apply the reduceat.
    dtype : data-type code, optional
        The type used to represent the intermediate results. Defaults
        to the data type of the output array if this is provided, or
        the data type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.

    Returns
    -------
    r : ndarray
        The reduced values. If `out` was supplied, `r` is a reference to
        `out`.

    Notes
    -----
    A descriptive example:

    If `array` is 1-D, the function `ufunc.accumulate(array)` is the same as
    ``ufunc.reduceat(array, indices)[::2]`` where `indices` is
    ``range(len(array) - 1)`` with a zero placed
    in every other element:
    ``indices = zeros(2 * len(array) - 1)``,
    ``indices[1::2] = range(1, len(array))``.

    Don't be fooled by this attribute's name: `reduceat(array)` is not
    necessarily smaller than `array`.

    Examples
    --------
    To take the running sum of four successive values:

    >>> np.add.reduceat(np.arange(8),[0,4, 1,5, 2,6, 3,7])[::2]
    array([ 6, 10, 14, 18])

    A 2-D example:

    >>> x = np.linspace(0, 15, 16).reshape(4,4)
    >>> x
    array([[ 0.,   1.,   2.,   3.],
           [ 4.,   5.,   6.,   7.],
           [ 8.,   9.,  10.,  11.],
           [12.,  13.,  14.,  15.]])

    ::

     # reduce such that the result has the following five rows:
     # [row1 + row2 + row3]
     # [row4]
     # [row2]
     # [row3]
     # [row1 + row2 + row3 + row4]

    >>> np.add.reduceat(x, [0, 3, 1, 2, 0])
    array([[12.,  15.,  18.,  21.],
           [12.,  13.,  14.,  15.],
           [ 4.,   5.,   6.,   7.],
           [ 8.,   9.,  10.,  11.],
           [24.,  28.,  32.,  36.]])

    ::

     # reduce such that result has the following two columns:
     # [col1 * col2 * col3, col4]

    >>> np.multiply.reduceat(x, [0, 3], 1)
    array([[   0.,     3.],
           [ 120.,     7.],
           [ 720.,    11.],
           [2184.,    15.]])"""
        ...
    @property
    def signature(self) -> None: ...

class _UFunc_Nin2_Nout1(numpy.ufunc, typing.Generic[_NameType, _NTypes, _IDType]):
    """Functions that operate element by element on whole arrays.

    To see the documentation for a specific ufunc, use `info`.  For
    example, ``np.info(np.sin)``.  Because ufuncs are written in C
    (for speed) and linked into Python with NumPy's ufunc facility,
    Python's help() function finds this page whenever help() is called
    on a ufunc.

    A detailed explanation of ufuncs can be found in the docs for :ref:`ufuncs`.

    **Calling ufuncs:** ``op(*x[, out], where=True, **kwargs)``

    Apply `op` to the arguments `*x` elementwise, broadcasting the arguments.

    The broadcasting rules are:

    * Dimensions of length 1 may be prepended to either array.
    * Arrays may be repeated along dimensions of length 1.

    Parameters
    ----------
    *x : array_like
        Input arrays.
    out : ndarray, None, or tuple of ndarray and None, optional
        Alternate array object(s) in which to put the result; if provided, it
        must have a shape that the inputs broadcast to. A tuple of arrays
        (possible only as a keyword argument) must have length equal to the
        number of outputs; use None for uninitialized outputs to be
        allocated by the ufunc.
    where : array_like, optional
        This condition is broadcast over the input. At locations where the
        condition is True, the `out` array will be set to the ufunc result.
        Elsewhere, the `out` array will retain its original value.
        Note that if an uninitialized `out` array is created via the default
        ``out=None``, locations within it where the condition is False will
        remain uninitialized.
    **kwargs
        For other keyword-only arguments, see the :ref:`ufunc docs <ufuncs.kwargs>`.

    Returns
    -------
    r : ndarray or tuple of ndarray
        `r` will have the shape that the arrays in `x` broadcast to; if `out` is
        provided, it will be returned. If not, `r` will be allocated and
        may contain uninitialized values. If the function has more than one
        output, then the result will be a tuple of arrays."""
    @typing.overload
    def __call__(
        self,
        x1: _ScalarLike_co_2,
        x2: _ScalarLike_co_2,
        /,
        out: None = ...,
        *,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _3Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> typing.Any:
        """Call self as a function."""
        ...
    @typing.overload
    def __call__(
        self,
        x1: numpy.typing.ArrayLike,
        x2: numpy.typing.ArrayLike,
        /,
        out: numpy.typing.NDArray[typing.Any] | tuple[numpy.typing.NDArray[typing.Any]] | None = ...,
        *,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _3Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> numpy.typing.NDArray[typing.Any]: ...
    @property
    def __name__(self) -> _NameType: ...
    def accumulate(
        self,
        array: numpy.typing.ArrayLike,
        axis: typing.SupportsIndex = ...,
        dtype: numpy.typing.DTypeLike = ...,
        out: numpy.typing.NDArray[typing.Any] | None = ...,
    ) -> numpy.typing.NDArray[typing.Any]:
        """accumulate(array, axis=0, dtype=None, out=None)

    Accumulate the result of applying the operator to all elements.

    For a one-dimensional array, accumulate produces results equivalent to::

      r = np.empty(len(A))
      t = op.identity        # op = the ufunc being applied to A's  elements
      for i in range(len(A)):
          t = op(t, A[i])
          r[i] = t
      return r

    For example, add.accumulate() is equivalent to np.cumsum().

    For a multi-dimensional array, accumulate is applied along only one
    axis (axis zero by default; see Examples below) so repeated use is
    necessary if one wants to accumulate over multiple axes.

    Parameters
    ----------
    array : array_like
        The array to act on.
    axis : int, optional
        The axis along which to apply the accumulation; default is zero.
    dtype : data-type code, optional
        The data-type used to represent the intermediate results. Defaults
        to the data-type of the output array if such is provided, or the
        data-type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.

    Returns
    -------
    r : ndarray
        The accumulated values. If `out` was supplied, `r` is a reference to
        `out`.

    Examples
    --------
    1-D array examples:

    >>> np.add.accumulate([2, 3, 5])
    array([ 2,  5, 10])
    >>> np.multiply.accumulate([2, 3, 5])
    array([ 2,  6, 30])

    2-D array examples:

    >>> I = np.eye(2)
    >>> I
    array([[1.,  0.],
           [0.,  1.]])

    Accumulate along axis 0 (rows), down columns:

    >>> np.add.accumulate(I, 0)
    array([[1.,  0.],
           [1.,  1.]])
    >>> np.add.accumulate(I) # no axis specified = axis zero
    array([[1.,  0.],
           [1.,  1.]])

    Accumulate along axis 1 (columns), through rows:

    >>> np.add.accumulate(I, 1)
    array([[1.,  1.],
           [0.,  1.]])"""
        ...
    def at(
        self,
        a: numpy.typing.NDArray[typing.Any],
        indices: _ArrayLikeInt_co_2,
        b: numpy.typing.ArrayLike,
        /,
    ) -> None:
        """at(a, indices, b=None, /)

    Performs unbuffered in place operation on operand 'a' for elements
    specified by 'indices'. For addition ufunc, this method is equivalent to
    ``a[indices] += b``, except that results are accumulated for elements that
    are indexed more than once. For example, ``a[[0,0]] += 1`` will only
    increment the first element once because of buffering, whereas
    ``add.at(a, [0,0], 1)`` will increment the first element twice.

    .. versionadded:: 1.8.0

    Parameters
    ----------
    a : array_like
        The array to perform in place operation on.
    indices : array_like or tuple
        Array like index object or slice object for indexing into first
        operand. If first operand has multiple dimensions, indices can be a
        tuple of array like index objects or slice objects.
    b : array_like
        Second operand for ufuncs requiring two operands. Operand must be
        broadcastable over first operand after indexing or slicing.

    Examples
    --------
    Set items 0 and 1 to their negative values:

    >>> a = np.array([1, 2, 3, 4])
    >>> np.negative.at(a, [0, 1])
    >>> a
    array([-1, -2,  3,  4])

    Increment items 0 and 1, and increment item 2 twice:

    >>> a = np.array([1, 2, 3, 4])
    >>> np.add.at(a, [0, 1, 2, 2], 1)
    >>> a
    array([2, 3, 5, 4])

    Add items 0 and 1 in first array to second array,
    and store results in first array:

    >>> a = np.array([1, 2, 3, 4])
    >>> b = np.array([1, 2])
    >>> np.add.at(a, [0, 1], b)
    >>> a
    array([2, 4, 3, 4])"""
        ...
    @property
    def identity(self) -> _IDType: ...
    @property
    def nargs(self) -> typing.Literal[3]: ...
    @property
    def nin(self) -> typing.Literal[2]: ...
    @property
    def nout(self) -> typing.Literal[1]: ...
    @property
    def ntypes(self) -> _NTypes: ...
    @typing.overload
    def outer(
        self,
        A: _ScalarLike_co_2,
        B: _ScalarLike_co_2,
        /,
        *,
        out: None = ...,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _3Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> typing.Any:
        """outer(A, B, /, **kwargs)

    Apply the ufunc `op` to all pairs (a, b) with a in `A` and b in `B`.

    Let ``M = A.ndim``, ``N = B.ndim``. Then the result, `C`, of
    ``op.outer(A, B)`` is an array of dimension M + N such that:

    .. math:: C[i_0, ..., i_{M-1}, j_0, ..., j_{N-1}] =
       op(A[i_0, ..., i_{M-1}], B[j_0, ..., j_{N-1}])

    For `A` and `B` one-dimensional, this is equivalent to::

      r = empty(len(A),len(B))
      for i in range(len(A)):
          for j in range(len(B)):
              r[i,j] = op(A[i], B[j])  # op = ufunc in question

    Parameters
    ----------
    A : array_like
        First array
    B : array_like
        Second array
    kwargs : any
        Arguments to pass on to the ufunc. Typically `dtype` or `out`.
        See `ufunc` for a comprehensive overview of all available arguments.

    Returns
    -------
    r : ndarray
        Output array

    See Also
    --------
    numpy.outer : A less powerful version of ``np.multiply.outer``
                  that `ravel`\\ s all inputs to 1D. This exists
                  primarily for compatibility with old code.

    tensordot : ``np.tensordot(a, b, axes=((), ()))`` and
                ``np.multiply.outer(a, b)`` behave same for all
                dimensions of a and b.

    Examples
    --------
    >>> np.multiply.outer([1, 2, 3], [4, 5, 6])
    array([[ 4,  5,  6],
           [ 8, 10, 12],
           [12, 15, 18]])

    A multi-dimensional example:

    >>> A = np.array([[1, 2, 3], [4, 5, 6]])
    >>> A.shape
    (2, 3)
    >>> B = np.array([[1, 2, 3, 4]])
    >>> B.shape
    (1, 4)
    >>> C = np.multiply.outer(A, B)
    >>> C.shape; C
    (2, 3, 1, 4)
    array([[[[ 1,  2,  3,  4]],
            [[ 2,  4,  6,  8]],
            [[ 3,  6,  9, 12]]],
           [[[ 4,  8, 12, 16]],
            [[ 5, 10, 15, 20]],
            [[ 6, 12, 18, 24]]]])"""
        ...
    @typing.overload
    def outer(
        self,
        A: numpy.typing.ArrayLike,
        B: numpy.typing.ArrayLike,
        /,
        *,
        out: numpy.typing.NDArray[typing.Any] | tuple[numpy.typing.NDArray[typing.Any]] | None = ...,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _3Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> numpy.typing.NDArray[typing.Any]: ...
    def reduce(
        self,
        array: numpy.typing.ArrayLike,
        axis: _ShapeLike_2 | None = ...,
        dtype: numpy.typing.DTypeLike = ...,
        out: numpy.typing.NDArray[typing.Any] | None = ...,
        keepdims: bool = ...,
        initial: typing.Any = ...,
        where: _ArrayLikeBool_co_2 = ...,
    ) -> typing.Any:
        """reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)

    Reduces `array`'s dimension by one, by applying ufunc along one axis.

    Let :math:`array.shape = (N_0, ..., N_i, ..., N_{M-1})`.  Then
    :math:`ufunc.reduce(array, axis=i)[k_0, ..,k_{i-1}, k_{i+1}, .., k_{M-1}]` =
    the result of iterating `j` over :math:`range(N_i)`, cumulatively applying
    ufunc to each :math:`array[k_0, ..,k_{i-1}, j, k_{i+1}, .., k_{M-1}]`.
    For a one-dimensional array, reduce produces results equivalent to:
    ::

     r = op.identity # op = ufunc
     for i in range(len(A)):
       r = op(r, A[i])
     return r

    For example, add.reduce() is equivalent to sum().

    Parameters
    ----------
    array : array_like
        The array to act on.
    axis : None or int or tuple of ints, optional
        Axis or axes along which a reduction is performed.
        The default (`axis` = 0) is perform a reduction over the first
        dimension of the input array. `axis` may be negative, in
        which case it counts from the last to the first axis.

        .. versionadded:: 1.7.0

        If this is None, a reduction is performed over all the axes.
        If this is a tuple of ints, a reduction is performed on multiple
        axes, instead of a single axis or all the axes as before.

        For operations which are either not commutative or not associative,
        doing a reduction over multiple axes is not well-defined. The
        ufuncs do not currently raise an exception in this case, but will
        likely do so in the future.
    dtype : data-type code, optional
        The type used to represent the intermediate results. Defaults
        to the data-type of the output array if this is provided, or
        the data-type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.
    keepdims : bool, optional
        If this is set to True, the axes which are reduced are left
        in the result as dimensions with size one. With this option,
        the result will broadcast correctly against the original `array`.

        .. versionadded:: 1.7.0
    initial : scalar, optional
        The value with which to start the reduction.
        If the ufunc has no identity or the dtype is object, this defaults
        to None - otherwise it defaults to ufunc.identity.
        If ``None`` is given, the first element of the reduction is used,
        and an error is thrown if the reduction is empty.

        .. versionadded:: 1.15.0

    where : array_like of bool, optional
        A boolean array which is broadcasted to match the dimensions
        of `array`, and selects elements to include in the reduction. Note
        that for ufuncs like ``minimum`` that do not have an identity
        defined, one has to pass in also ``initial``.

        .. versionadded:: 1.17.0

    Returns
    -------
    r : ndarray
        The reduced array. If `out` was supplied, `r` is a reference to it.

    Examples
    --------
    >>> np.multiply.reduce([2,3,5])
    30

    A multi-dimensional array example:

    >>> X = np.arange(8).reshape((2,2,2))
    >>> X
    array([[[0, 1],
            [2, 3]],
           [[4, 5],
            [6, 7]]])
    >>> np.add.reduce(X, 0)
    array([[ 4,  6],
           [ 8, 10]])
    >>> np.add.reduce(X) # confirm: default axis value is 0
    array([[ 4,  6],
           [ 8, 10]])
    >>> np.add.reduce(X, 1)
    array([[ 2,  4],
           [10, 12]])
    >>> np.add.reduce(X, 2)
    array([[ 1,  5],
           [ 9, 13]])

    You can use the ``initial`` keyword argument to initialize the reduction
    with a different value, and ``where`` to select specific elements to include:

    >>> np.add.reduce([10], initial=5)
    15
    >>> np.add.reduce(np.ones((2, 2, 2)), axis=(0, 2), initial=10)
    array([14., 14.])
    >>> a = np.array([10., np.nan, 10])
    >>> np.add.reduce(a, where=~np.isnan(a))
    20.0

    Allows reductions of empty arrays where they would normally fail, i.e.
    for ufuncs without an identity.

    >>> np.minimum.reduce([], initial=np.inf)
    inf
    >>> np.minimum.reduce([[1., 2.], [3., 4.]], initial=10., where=[True, False])
    array([ 1., 10.])
    >>> np.minimum.reduce([])
    Traceback (most recent call last):
        ...
    ValueError: zero-size array to reduction operation minimum which has no identity"""
        ...
    def reduceat(
        self,
        array: numpy.typing.ArrayLike,
        indices: _ArrayLikeInt_co_2,
        axis: typing.SupportsIndex = ...,
        dtype: numpy.typing.DTypeLike = ...,
        out: numpy.typing.NDArray[typing.Any] | None = ...,
    ) -> numpy.typing.NDArray[typing.Any]:
        """reduceat(array, indices, axis=0, dtype=None, out=None)

    Performs a (local) reduce with specified slices over a single axis.

    For i in ``range(len(indices))``, `reduceat` computes
    ``ufunc.reduce(array[indices[i]:indices[i+1]])``, which becomes the i-th
    generalized "row" parallel to `axis` in the final result (i.e., in a
    2-D array, for example, if `axis = 0`, it becomes the i-th row, but if
    `axis = 1`, it becomes the i-th column).  There are three exceptions to this:

    * when ``i = len(indices) - 1`` (so for the last index),
      ``indices[i+1] = array.shape[axis]``.
    * if ``indices[i] >= indices[i + 1]``, the i-th generalized "row" is
      simply ``array[indices[i]]``.
    * if ``indices[i] >= len(array)`` or ``indices[i] < 0``, an error is raised.

    The shape of the output depends on the size of `indices`, and may be
    larger than `array` (this happens if ``len(indices) > array.shape[axis]``).

    Parameters
    ----------
    array : array_like
        The array to act on.
    indices : array_like
        Paired indices, comma separated (not colon), specifying slices to
        reduce.
    axis : int, optional
        The axis along which to apply the reduceat.
    dtype : data-type code, optional
        The type used to represent the intermediate results. Defaults
        to the data type of the output array if this is provided, or
        the data type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.

    Returns
    -------
    r : ndarray
        The reduced values. If `out` was supplied, `r` is a reference to
        `out`.

    Notes
    -----
    A descriptive example:

    If `array` is 1-D, the function `ufunc.accumulate(array)` is the same as
    ``ufunc.reduceat(array, indices)[::2]`` where `indices` is
    ``range(len(array) - 1)`` with a zero placed
    in every other element:
    ``indices = zeros(2 * len(array) - 1)``,
    ``indices[1::2] = range(1, len(array))``.

    Don't be fooled by this attribute's name: `reduceat(array)` is not
    necessarily smaller than `array`.

    Examples
    --------
    To take the running sum of four successive values:

    >>> np.add.reduceat(np.arange(8),[0,4, 1,5, 2,6, 3,7])[::2]
    array([ 6, 10, 14, 18])

    A 2-D example:

    >>> x = np.linspace(0, 15, 16).reshape(4,4)
    >>> x
    array([[ 0.,   1.,   2.,   3.],
           [ 4.,   5.,   6.,   7.],
           [ 8.,   9.,  10.,  11.],
           [12.,  13.,  14.,  15.]])

    ::

     # reduce such that the result has the following five rows:
     # [row1 + row2 + row3]
     # [row4]
     # [row2]
     # [row3]
     # [row1 + row2 + row3 + row4]

    >>> np.add.reduceat(x, [0, 3, 1, 2, 0])
    array([[12.,  15.,  18.,  21.],
           [12.,  13.,  14.,  15.],
           [ 4.,   5.,   6.,   7.],
           [ 8.,   9.,  10.,  11.],
           [24.,  28.,  32.,  36.]])

    ::

     # reduce such that result has the following two columns:
     # [col1 * col2 * col3, col4]

    >>> np.multiply.reduceat(x, [0, 3], 1)
    array([[   0.,     3.],
           [ 120.,     7.],
           [ 720.,    11.],
           [2184.,    15.]])"""
        ...
    @property
    def signature(self) -> None: ...

class _UFunc_Nin2_Nout2(numpy.ufunc, typing.Generic[_NameType, _NTypes, _IDType]):
    """Functions that operate element by element on whole arrays.

    To see the documentation for a specific ufunc, use `info`.  For
    example, ``np.info(np.sin)``.  Because ufuncs are written in C
    (for speed) and linked into Python with NumPy's ufunc facility,
    Python's help() function finds this page whenever help() is called
    on a ufunc.

    A detailed explanation of ufuncs can be found in the docs for :ref:`ufuncs`.

    **Calling ufuncs:** ``op(*x[, out], where=True, **kwargs)``

    Apply `op` to the arguments `*x` elementwise, broadcasting the arguments.

    The broadcasting rules are:

    * Dimensions of length 1 may be prepended to either array.
    * Arrays may be repeated along dimensions of length 1.

    Parameters
    ----------
    *x : array_like
        Input arrays.
    out : ndarray, None, or tuple of ndarray and None, optional
        Alternate array object(s) in which to put the result; if provided, it
        must have a shape that the inputs broadcast to. A tuple of arrays
        (possible only as a keyword argument) must have length equal to the
        number of outputs; use None for uninitialized outputs to be
        allocated by the ufunc.
    where : array_like, optional
        This condition is broadcast over the input. At locations where the
        condition is True, the `out` array will be set to the ufunc result.
        Elsewhere, the `out` array will retain its original value.
        Note that if an uninitialized `out` array is created via the default
        ``out=None``, locations within it where the condition is False will
        remain uninitialized.
    **kwargs
        For other keyword-only arguments, see the :ref:`ufunc docs <ufuncs.kwargs>`.

    Returns
    -------
    r : ndarray or tuple of ndarray
        `r` will have the shape that the arrays in `x` broadcast to; if `out` is
        provided, it will be returned. If not, `r` will be allocated and
        may contain uninitialized values. If the function has more than one
        output, then the result will be a tuple of arrays."""
    @typing.overload
    def __call__(
        self,
        x1: _ScalarLike_co_2,
        x2: _ScalarLike_co_2,
        out1: None = ...,
        out2: None = ...,
        /,
        *,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _4Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> _2Tuple[typing.Any]:
        """Call self as a function."""
        ...
    @typing.overload
    def __call__(
        self,
        x1: numpy.typing.ArrayLike,
        x2: numpy.typing.ArrayLike,
        out1: numpy.typing.NDArray[typing.Any] | None = ...,
        out2: numpy.typing.NDArray[typing.Any] | None = ...,
        /,
        *,
        out: _2Tuple[numpy.typing.NDArray[typing.Any]] = ...,
        where: _ArrayLikeBool_co_2 | None = ...,
        casting: _CastingKind = ...,
        order: _OrderKACF = ...,
        dtype: numpy.typing.DTypeLike = ...,
        subok: bool = ...,
        signature: str | _4Tuple[str | None] = ...,
        extobj: list[typing.Any] = ...,
    ) -> _2Tuple[numpy.typing.NDArray[typing.Any]]: ...
    @property
    def __name__(self) -> _NameType: ...
    @property
    def accumulate(self) -> None:
        """accumulate(array, axis=0, dtype=None, out=None)

    Accumulate the result of applying the operator to all elements.

    For a one-dimensional array, accumulate produces results equivalent to::

      r = np.empty(len(A))
      t = op.identity        # op = the ufunc being applied to A's  elements
      for i in range(len(A)):
          t = op(t, A[i])
          r[i] = t
      return r

    For example, add.accumulate() is equivalent to np.cumsum().

    For a multi-dimensional array, accumulate is applied along only one
    axis (axis zero by default; see Examples below) so repeated use is
    necessary if one wants to accumulate over multiple axes.

    Parameters
    ----------
    array : array_like
        The array to act on.
    axis : int, optional
        The axis along which to apply the accumulation; default is zero.
    dtype : data-type code, optional
        The data-type used to represent the intermediate results. Defaults
        to the data-type of the output array if such is provided, or the
        data-type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.

    Returns
    -------
    r : ndarray
        The accumulated values. If `out` was supplied, `r` is a reference to
        `out`.

    Examples
    --------
    1-D array examples:

    >>> np.add.accumulate([2, 3, 5])
    array([ 2,  5, 10])
    >>> np.multiply.accumulate([2, 3, 5])
    array([ 2,  6, 30])

    2-D array examples:

    >>> I = np.eye(2)
    >>> I
    array([[1.,  0.],
           [0.,  1.]])

    Accumulate along axis 0 (rows), down columns:

    >>> np.add.accumulate(I, 0)
    array([[1.,  0.],
           [1.,  1.]])
    >>> np.add.accumulate(I) # no axis specified = axis zero
    array([[1.,  0.],
           [1.,  1.]])

    Accumulate along axis 1 (columns), through rows:

    >>> np.add.accumulate(I, 1)
    array([[1.,  1.],
           [0.,  1.]])"""
        ...
    @property
    def at(self) -> None:
        """at(a, indices, b=None, /)

    Performs unbuffered in place operation on operand 'a' for elements
    specified by 'indices'. For addition ufunc, this method is equivalent to
    ``a[indices] += b``, except that results are accumulated for elements that
    are indexed more than once. For example, ``a[[0,0]] += 1`` will only
    increment the first element once because of buffering, whereas
    ``add.at(a, [0,0], 1)`` will increment the first element twice.

    .. versionadded:: 1.8.0

    Parameters
    ----------
    a : array_like
        The array to perform in place operation on.
    indices : array_like or tuple
        Array like index object or slice object for indexing into first
        operand. If first operand has multiple dimensions, indices can be a
        tuple of array like index objects or slice objects.
    b : array_like
        Second operand for ufuncs requiring two operands. Operand must be
        broadcastable over first operand after indexing or slicing.

    Examples
    --------
    Set items 0 and 1 to their negative values:

    >>> a = np.array([1, 2, 3, 4])
    >>> np.negative.at(a, [0, 1])
    >>> a
    array([-1, -2,  3,  4])

    Increment items 0 and 1, and increment item 2 twice:

    >>> a = np.array([1, 2, 3, 4])
    >>> np.add.at(a, [0, 1, 2, 2], 1)
    >>> a
    array([2, 3, 5, 4])

    Add items 0 and 1 in first array to second array,
    and store results in first array:

    >>> a = np.array([1, 2, 3, 4])
    >>> b = np.array([1, 2])
    >>> np.add.at(a, [0, 1], b)
    >>> a
    array([2, 4, 3, 4])"""
        ...
    @property
    def identity(self) -> _IDType: ...
    @property
    def nargs(self) -> typing.Literal[4]: ...
    @property
    def nin(self) -> typing.Literal[2]: ...
    @property
    def nout(self) -> typing.Literal[2]: ...
    @property
    def ntypes(self) -> _NTypes: ...
    @property
    def outer(self) -> None:
        """outer(A, B, /, **kwargs)

    Apply the ufunc `op` to all pairs (a, b) with a in `A` and b in `B`.

    Let ``M = A.ndim``, ``N = B.ndim``. Then the result, `C`, of
    ``op.outer(A, B)`` is an array of dimension M + N such that:

    .. math:: C[i_0, ..., i_{M-1}, j_0, ..., j_{N-1}] =
       op(A[i_0, ..., i_{M-1}], B[j_0, ..., j_{N-1}])

    For `A` and `B` one-dimensional, this is equivalent to::

      r = empty(len(A),len(B))
      for i in range(len(A)):
          for j in range(len(B)):
              r[i,j] = op(A[i], B[j])  # op = ufunc in question

    Parameters
    ----------
    A : array_like
        First array
    B : array_like
        Second array
    kwargs : any
        Arguments to pass on to the ufunc. Typically `dtype` or `out`.
        See `ufunc` for a comprehensive overview of all available arguments.

    Returns
    -------
    r : ndarray
        Output array

    See Also
    --------
    numpy.outer : A less powerful version of ``np.multiply.outer``
                  that `ravel`\\ s all inputs to 1D. This exists
                  primarily for compatibility with old code.

    tensordot : ``np.tensordot(a, b, axes=((), ()))`` and
                ``np.multiply.outer(a, b)`` behave same for all
                dimensions of a and b.

    Examples
    --------
    >>> np.multiply.outer([1, 2, 3], [4, 5, 6])
    array([[ 4,  5,  6],
           [ 8, 10, 12],
           [12, 15, 18]])

    A multi-dimensional example:

    >>> A = np.array([[1, 2, 3], [4, 5, 6]])
    >>> A.shape
    (2, 3)
    >>> B = np.array([[1, 2, 3, 4]])
    >>> B.shape
    (1, 4)
    >>> C = np.multiply.outer(A, B)
    >>> C.shape; C
    (2, 3, 1, 4)
    array([[[[ 1,  2,  3,  4]],
            [[ 2,  4,  6,  8]],
            [[ 3,  6,  9, 12]]],
           [[[ 4,  8, 12, 16]],
            [[ 5, 10, 15, 20]],
            [[ 6, 12, 18, 24]]]])"""
        ...
    @property
    def reduce(self) -> None:
        """reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)

    Reduces `array`'s dimension by one, by applying ufunc along one axis.

    Let :math:`array.shape = (N_0, ..., N_i, ..., N_{M-1})`.  Then
    :math:`ufunc.reduce(array, axis=i)[k_0, ..,k_{i-1}, k_{i+1}, .., k_{M-1}]` =
    the result of iterating `j` over :math:`range(N_i)`, cumulatively applying
    ufunc to each :math:`array[k_0, ..,k_{i-1}, j, k_{i+1}, .., k_{M-1}]`.
    For a one-dimensional array, reduce produces results equivalent to:
    ::

     r = op.identity # op = ufunc
     for i in range(len(A)):
       r = op(r, A[i])
     return r

    For example, add.reduce() is equivalent to sum().

    Parameters
    ----------
    array : array_like
        The array to act on.
    axis : None or int or tuple of ints, optional
        Axis or axes along which a reduction is performed.
        The default (`axis` = 0) is perform a reduction over the first
        dimension of the input array. `axis` may be negative, in
        which case it counts from the last to the first axis.

        .. versionadded:: 1.7.0

        If this is None, a reduction is performed over all the axes.
        If this is a tuple of ints, a reduction is performed on multiple
        axes, instead of a single axis or all the axes as before.

        For operations which are either not commutative or not associative,
        doing a reduction over multiple axes is not well-defined. The
        ufuncs do not currently raise an exception in this case, but will
        likely do so in the future.
    dtype : data-type code, optional
        The type used to represent the intermediate results. Defaults
        to the data-type of the output array if this is provided, or
        the data-type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.
    keepdims : bool, optional
        If this is set to True, the axes which are reduced are left
        in the result as dimensions with size one. With this option,
        the result will broadcast correctly against the original `array`.

        .. versionadded:: 1.7.0
    initial : scalar, optional
        The value with which to start the reduction.
        If the ufunc has no identity or the dtype is object, this defaults
        to None - otherwise it defaults to ufunc.identity.
        If ``None`` is given, the first element of the reduction is used,
        and an error is thrown if the reduction is empty.

        .. versionadded:: 1.15.0

    where : array_like of bool, optional
        A boolean array which is broadcasted to match the dimensions
        of `array`, and selects elements to include in the reduction. Note
        that for ufuncs like ``minimum`` that do not have an identity
        defined, one has to pass in also ``initial``.

        .. versionadded:: 1.17.0

    Returns
    -------
    r : ndarray
        The reduced array. If `out` was supplied, `r` is a reference to it.

    Examples
    --------
    >>> np.multiply.reduce([2,3,5])
    30

    A multi-dimensional array example:

    >>> X = np.arange(8).reshape((2,2,2))
    >>> X
    array([[[0, 1],
            [2, 3]],
           [[4, 5],
            [6, 7]]])
    >>> np.add.reduce(X, 0)
    array([[ 4,  6],
           [ 8, 10]])
    >>> np.add.reduce(X) # confirm: default axis value is 0
    array([[ 4,  6],
           [ 8, 10]])
    >>> np.add.reduce(X, 1)
    array([[ 2,  4],
           [10, 12]])
    >>> np.add.reduce(X, 2)
    array([[ 1,  5],
           [ 9, 13]])

    You can use the ``initial`` keyword argument to initialize the reduction
    with a different value, and ``where`` to select specific elements to include:

    >>> np.add.reduce([10], initial=5)
    15
    >>> np.add.reduce(np.ones((2, 2, 2)), axis=(0, 2), initial=10)
    array([14., 14.])
    >>> a = np.array([10., np.nan, 10])
    >>> np.add.reduce(a, where=~np.isnan(a))
    20.0

    Allows reductions of empty arrays where they would normally fail, i.e.
    for ufuncs without an identity.

    >>> np.minimum.reduce([], initial=np.inf)
    inf
    >>> np.minimum.reduce([[1., 2.], [3., 4.]], initial=10., where=[True, False])
    array([ 1., 10.])
    >>> np.minimum.reduce([])
    Traceback (most recent call last):
        ...
    ValueError: zero-size array to reduction operation minimum which has no identity"""
        ...
    @property
    def reduceat(self) -> None:
        """reduceat(array, indices, axis=0, dtype=None, out=None)

    Performs a (local) reduce with specified slices over a single axis.

    For i in ``range(len(indices))``, `reduceat` computes
    ``ufunc.reduce(array[indices[i]:indices[i+1]])``, which becomes the i-th
    generalized "row" parallel to `axis` in the final result (i.e., in a
    2-D array, for example, if `axis = 0`, it becomes the i-th row, but if
    `axis = 1`, it becomes the i-th column).  There are three exceptions to this:

    * when ``i = len(indices) - 1`` (so for the last index),
      ``indices[i+1] = array.shape[axis]``.
    * if ``indices[i] >= indices[i + 1]``, the i-th generalized "row" is
      simply ``array[indices[i]]``.
    * if ``indices[i] >= len(array)`` or ``indices[i] < 0``, an error is raised.

    The shape of the output depends on the size of `indices`, and may be
    larger than `array` (this happens if ``len(indices) > array.shape[axis]``).

    Parameters
    ----------
    array : array_like
        The array to act on.
    indices : array_like
        Paired indices, comma separated (not colon), specifying slices to
        reduce.
    axis : int, optional
        The axis along which to apply the reduceat.
    dtype : data-type code, optional
        The type used to represent the intermediate results. Defaults
        to the data type of the output array if this is provided, or
        the data type of the input array if no output array is provided.
    out : ndarray, None, or tuple of ndarray and None, optional
        A location into which the result is stored. If not provided or None,
        a freshly-allocated array is returned. For consistency with
        ``ufunc.__call__``, if given as a keyword, this may be wrapped in a
        1-element tuple.

        .. versionchanged:: 1.13.0
           Tuples are allowed for keyword argument.

    Returns
    -------
    r : ndarray
        The reduced values. If `out` was supplied, `r` is a reference to
        `out`.

    Notes
    -----
    A descriptive example:

    If `array` is 1-D, the function `ufunc.accumulate(array)` is the same as
    ``ufunc.reduceat(array, indices)[::2]`` where `indices` is
    ``range(len(array) - 1)`` with a zero placed
    in every other element:
    ``indices = zeros(2 * len(array) - 1)``,
    ``indices[1::2] = range(1, len(array))``.

    Don't be fooled by this attribute's name: `reduceat(array)` is not
    necessarily smaller than `array`.

    Examples
    --------
    To take the running sum of four successive values:

    >>> np.add.reduceat(np.arange(8),[0,4, 1,5, 2,6, 3,7])[::2]
    array([ 6, 10, 14, 18])

    A 2-D example:

    >>> x = np.linspace(0, 15, 16).reshape(4,4)
    >>> x
    array([[ 0.,   1.,   2.,   3.],
           [ 4.,   5.,   6.,   7.],
           [ 8.,   9.,  10.,  11.],
           [12.,  13.,  14.,  15.]])

    ::

     # reduce such that the result has the following five rows:
     # [row1 + row2 + row3]
     # [row4]
     # [row2]
     # [row3]
     # [row1 + row2 + row3 + row4]

    >>> np.add.reduceat(x, [0, 3, 1, 2, 0])
    array([[12.,  15.,  18.,  21.],
           [12.,  13.,  14.,  15.],
           [ 4.,   5.,   6.,   7.],
           [ 8.,   9.,  10.,  11.],
           [24.,  28.,  32.,  36.]])

    ::

     # reduce such that result has the following two columns:
     # [col1 * col2 * col3, col4]

    >>> np.multiply.reduceat(x, [0, 3], 1)
    array([[   0.,     3.],
           [ 120.,     7.],
           [ 720.,    11.],
           [2184.,    15.]])"""
        ...
    @property
    def signature(self) -> None: ...

class _UnknownType: ...
