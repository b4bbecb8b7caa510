# pybind-stub: 1
# module: numpy._typing._nested_sequence
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/_typing/_nested_sequence.py, runtime
# content-hash: sha256:dd1555ebc756290079ec8cfc240ee72a0d9569228ef62346e99d932508d026a3
"""A module containing the `_NestedSequence` protocol."""

import collections.abc
import typing

_T_co = typing.TypeVar('_T_co')

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
