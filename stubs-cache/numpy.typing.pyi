# pybind-stub: 1
# module: numpy.typing
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/_typing/__init__.py, numpy/_typing/_array_like.py, numpy/_typing/_dtype_like.py, numpy/_typing/_generic_alias.py, numpy/_typing/_shape.py, numpy/typing/__init__.py, runtime
# content-hash: sha256:961d8aab5986d6b58088572332d38d91f638127fbcd909567ee60bcc2e531f4c
"""
============================
Typing (:mod:`numpy.typing`)
============================

.. versionadded:: 1.20

Large parts of the NumPy API have :pep:`484`-style type annotations. In
addition a number of type aliases are available to users, most prominently
the two below:

- `ArrayLike`: objects that can be converted to arrays
- `DTypeLike`: objects that can be converted to dtypes

.. _typing-extensions: https://pypi.org/project/typing-extensions/

Mypy plugin
-----------

.. versionadded:: 1.21

.. automodule:: numpy.typing.mypy_plugin

.. currentmodule:: numpy.typing

Differences from the runtime NumPy API
--------------------------------------

NumPy is very flexible. Trying to describe the full range of
possibilities statically would result in types that are not very
helpful. For that reason, the typed NumPy API is often stricter than
the runtime NumPy API. This section describes some notable
differences.

ArrayLike
~~~~~~~~~

The `ArrayLike` type tries to avoid creating object arrays. For
example,

.. code-block:: python

    >>> np.array(x**2 for x in range(10))
    array(<generator object <genexpr> at ...>, dtype=object)

is valid NumPy code which will create a 0-dimensional object
array. Type checkers will complain about the above example when using
the NumPy types however. If you really intended to do the above, then
you can either use a ``# type: ignore`` comment:

.. code-block:: python

    >>> np.array(x**2 for x in range(10))  # type: ignore

or explicitly type the array like object as `~typing.Any`:

.. code-block:: python

    >>> from typing import Any
    >>> array_like: Any = (x**2 for x in range(10))
    >>> np.array(array_like)
    array(<generator object <genexpr> at ...>, dtype=object)

ndarray
~~~~~~~

It's possible to mutate the dtype of an array at runtime. For example,
the following code is valid:

.. code-block:: python

    >>> x = np.array([1, 2])
    >>> x.dtype = np.bool_

This sort of mutation is not allowed by the types. Users who want to
write statically typed code should instead use the `numpy.ndarray.view`
method to create a view of the array with a different dtype.

DTypeLike
~~~~~~~~~

The `DTypeLike` type tries to avoid creation of dtype objects using
dictionary of fields like below:

.. code-block:: python

    >>> x = np.dtype({"field1": (float, 1), "field2": (int, 3)})

Although this is valid NumPy code, the type checker will complain about it,
since its usage is discouraged.
Please see : :ref:`Data type objects <arrays.dtypes>`

Number precision
~~~~~~~~~~~~~~~~

The precision of `numpy.number` subclasses is treated as a covariant generic
parameter (see :class:`~NBitBase`), simplifying the annotating of processes
involving precision-based casting.

.. code-block:: python

    >>> from typing import TypeVar
    >>> import numpy as np
    >>> import numpy.typing as npt

    >>> T = TypeVar("T", bound=npt.NBitBase)
    >>> def func(a: "np.floating[T]", b: "np.floating[T]") -> "np.floating[T]":
    ...     ...

Consequently, the likes of `~numpy.float16`, `~numpy.float32` and
`~numpy.float64` are still sub-types of `~numpy.floating`, but, contrary to
runtime, they're not necessarily considered as sub-classes.

Timedelta64
~~~~~~~~~~~

The `~numpy.timedelta64` class is not considered a subclass of
`~numpy.signedinteger`, the former only inheriting from `~numpy.generic`
while static type checking.

0D arrays
~~~~~~~~~

During runtime numpy aggressively casts any passed 0D arrays into their
corresponding `~numpy.generic` instance. Until the introduction of shape
typing (see :pep:`646`) it is unfortunately not possible to make the
necessary distinction between 0D and >0D arrays. While thus not strictly
correct, all operations are that can potentially perform a 0D-array -> scalar
cast are currently annotated as exclusively returning an `ndarray`.

If it is known in advance that an operation _will_ perform a
0D-array -> scalar cast, then one can consider manually remedying the
situation with either `typing.cast` or a ``# type: ignore`` comment.

Record array dtypes
~~~~~~~~~~~~~~~~~~~

The dtype of `numpy.recarray`, and the `numpy.rec` functions in general,
can be specified in one of two ways:

* Directly via the ``dtype`` argument.
* With up to five helper arguments that operate via `numpy.format_parser`:
  ``formats``, ``names``, ``titles``, ``aligned`` and ``byteorder``.

These two approaches are currently typed as being mutually exclusive,
*i.e.* if ``dtype`` is specified than one may not specify ``formats``.
While this mutual exclusivity is not (strictly) enforced during runtime,
combining both dtype specifiers can lead to unexpected or even downright
buggy behavior.

API
---

.. data:: ArrayLike
    :value: typing.Union[...]
   \x20
    A `~typing.Union` representing objects that can be coerced
    into an `~numpy.ndarray`.
   \x20
    Among others this includes the likes of:
   \x20
    * Scalars.
    * (Nested) sequences.
    * Objects implementing the `~class.__array__` protocol.
   \x20
    .. versionadded:: 1.20
   \x20
    .. admonition:: See Also

        :term:`array_like`:
            Any scalar or sequence that can be interpreted as an ndarray.
       \x20
    .. rubric:: Examples

    .. code-block:: python
   \x20
        >>> import numpy as np
        >>> import numpy.typing as npt
   \x20
        >>> def as_array(a: npt.ArrayLike) -> np.ndarray:
        ...     return np.array(a)
   \x20
   \x20
.. data:: DTypeLike
    :value: typing.Union[...]
   \x20
    A `~typing.Union` representing objects that can be coerced
    into a `~numpy.dtype`.
   \x20
    Among others this includes the likes of:
   \x20
    * :class:`type` objects.
    * Character codes or the names of :class:`type` objects.
    * Objects with the ``.dtype`` attribute.
   \x20
    .. versionadded:: 1.20
   \x20
    .. admonition:: See Also

        :ref:`Specifying and constructing data types <arrays.dtypes.constructing>`
            A comprehensive overview of all objects that can be coerced
            into data types.
       \x20
    .. rubric:: Examples

    .. code-block:: python
   \x20
        >>> import numpy as np
        >>> import numpy.typing as npt
   \x20
        >>> def as_dtype(d: npt.DTypeLike) -> np.dtype:
        ...     return np.dtype(d)
   \x20
   \x20
.. data:: NDArray
    :value: numpy.ndarray[typing.Any, numpy.dtype[+ScalarType]]
   \x20
    A :term:`generic <generic type>` version of
    `np.ndarray[Any, np.dtype[+ScalarType]] <numpy.ndarray>`.
   \x20
    Can be used during runtime for typing arrays with a given dtype
    and unspecified shape.
   \x20
    .. versionadded:: 1.21
   \x20
    .. rubric:: Examples

    .. code-block:: python
   \x20
        >>> import numpy as np
        >>> import numpy.typing as npt
   \x20
        >>> print(npt.NDArray)
        numpy.ndarray[typing.Any, numpy.dtype[+ScalarType]]
   \x20
        >>> print(npt.NDArray[np.float64])
        numpy.ndarray[typing.Any, numpy.dtype[numpy.float64]]
   \x20
        >>> NDArrayInt = npt.NDArray[np.int_]
        >>> a: NDArrayInt = np.arange(10)
   \x20
        >>> def func(a: npt.ArrayLike) -> npt.NDArray[Any]:
        ...     return np.array(a)
   \x20
   \x20
.. autoclass:: numpy.typing.NBitBase
"""

import collections.abc
import numpy
import numpy._typing._array_like
import numpy._typing._dtype_like
import numpy._typing._nested_sequence
import typing

ScalarType = typing.TypeVar('ScalarType', bound=numpy.generic)
_DType_2 = typing.TypeVar('_DType_2', bound=numpy.dtype[typing.Any])
_T = typing.TypeVar('_T')

ArrayLike: typing.TypeAlias = _DualArrayLike[numpy.dtype[typing.Any], bool | int | float | complex | str | bytes]
DTypeLike: typing.TypeAlias = _DType[typing.Any] | type[typing.Any] | numpy._typing._dtype_like._SupportsDType[_DType[typing.Any]] | str | _VoidDTypeLike | None
NDArray: typing.TypeAlias = numpy.ndarray[typing.Any, numpy.dtype[ScalarType]]
_DType: typing.TypeAlias = numpy.dtype[ScalarType]
_DTypeLikeNested: typing.TypeAlias = typing.Any
_DualArrayLike: typing.TypeAlias = numpy._typing._array_like._SupportsArray[_DType_2] | numpy._typing._nested_sequence._NestedSequence[numpy._typing._array_like._SupportsArray[_DType_2]] | _T | numpy._typing._nested_sequence._NestedSequence[_T]
_ShapeLike: typing.TypeAlias = typing.SupportsIndex | collections.abc.Sequence[typing.SupportsIndex]
_VoidDTypeLike: typing.TypeAlias = tuple[_DTypeLikeNested, int] | tuple[_DTypeLikeNested, _ShapeLike] | list[typing.Any] | numpy._typing._dtype_like._DTypeDict | tuple[_DTypeLikeNested, _DTypeLikeNested]

@typing.final
class NBitBase:
    """
    A type representing `numpy.number` precision during static type checking.

    Used exclusively for the purpose static type checking, `NBitBase`
    represents the base of a hierarchical set of subclasses.
    Each subsequent subclass is herein used for representing a lower level
    of precision, *e.g.* ``64Bit > 32Bit > 16Bit``.

    .. versionadded:: 1.20

    Examples
    --------
    Below is a typical usage example: `NBitBase` is herein used for annotating
    a function that takes a float and integer of arbitrary precision
    as arguments and returns a new float of whichever precision is largest
    (*e.g.* ``np.float16 + np.int64 -> np.float64``).

    .. code-block:: python

        >>> from __future__ import annotations
        >>> from typing import TypeVar, TYPE_CHECKING
        >>> import numpy as np
        >>> import numpy.typing as npt

        >>> T1 = TypeVar("T1", bound=npt.NBitBase)
        >>> T2 = TypeVar("T2", bound=npt.NBitBase)

        >>> def add(a: np.floating[T1], b: np.integer[T2]) -> np.floating[T1 | T2]:
        ...     return a + b

        >>> a = np.float16()
        >>> b = np.int64()
        >>> out = add(a, b)

        >>> if TYPE_CHECKING:
        ...     reveal_locals()
        ...     # note: Revealed local types are:
        ...     # note:     a: numpy.floating[numpy.typing._16Bit*]
        ...     # note:     b: numpy.signedinteger[numpy.typing._64Bit*]
        ...     # note:     out: numpy.floating[numpy.typing._64Bit*]

   \x20"""
    def __init_subclass__(cls) -> None: ...
