# pybind-stub: 1
# module: bisect
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_bisect.pyi, typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/bisect.pyi, runtime
# content-hash: sha256:c21b6c34f0c7abb322c5b8c8758b5436c9b486105ce58d74daf87776cd86e713
"""Bisection algorithms."""

import _typeshed
import collections.abc
import typing

SupportsRichComparisonT = typing.TypeVar('SupportsRichComparisonT', bound=SupportsRichComparison)
_T = typing.TypeVar('_T')

SupportsRichComparison: typing.TypeAlias = _typeshed.SupportsDunderLT[typing.Any] | _typeshed.SupportsDunderGT[typing.Any]

@typing.overload
def bisect(
    a: collections.abc.Sequence[SupportsRichComparisonT],
    x: SupportsRichComparisonT,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: None = ...,
) -> int:
    """Return the index where to insert item x in list a, assuming a is sorted.

The return value i is such that all e in a[:i] have e <= x, and all e in
a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
insert just after the rightmost x already there.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
    ...
@typing.overload
def bisect(
    a: collections.abc.Sequence[_T],
    x: SupportsRichComparisonT,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: collections.abc.Callable[[_T], SupportsRichComparisonT] = ...,
) -> int: ...

@typing.overload
def bisect_left(
    a: collections.abc.Sequence[SupportsRichComparisonT],
    x: SupportsRichComparisonT,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: None = ...,
) -> int:
    """Return the index where to insert item x in list a, assuming a is sorted.

The return value i is such that all e in a[:i] have e < x, and all e in
a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
insert just before the leftmost x already there.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
    ...
@typing.overload
def bisect_left(
    a: collections.abc.Sequence[_T],
    x: SupportsRichComparisonT,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: collections.abc.Callable[[_T], SupportsRichComparisonT] = ...,
) -> int: ...

@typing.overload
def bisect_right(
    a: collections.abc.Sequence[SupportsRichComparisonT],
    x: SupportsRichComparisonT,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: None = ...,
) -> int:
    """Return the index where to insert item x in list a, assuming a is sorted.

The return value i is such that all e in a[:i] have e <= x, and all e in
a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
insert just after the rightmost x already there.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
    ...
@typing.overload
def bisect_right(
    a: collections.abc.Sequence[_T],
    x: SupportsRichComparisonT,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: collections.abc.Callable[[_T], SupportsRichComparisonT] = ...,
) -> int: ...

@typing.overload
def insort(
    a: collections.abc.MutableSequence[SupportsRichComparisonT],
    x: SupportsRichComparisonT,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: None = ...,
) -> None:
    """Insert item x in list a, and keep it sorted assuming a is sorted.

If x is already in a, insert it to the right of the rightmost x.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
    ...
@typing.overload
def insort(
    a: collections.abc.MutableSequence[_T],
    x: _T,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: collections.abc.Callable[[_T], SupportsRichComparisonT] = ...,
) -> None: ...

@typing.overload
def insort_left(
    a: collections.abc.MutableSequence[SupportsRichComparisonT],
    x: SupportsRichComparisonT,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: None = ...,
) -> None:
    """Insert item x in list a, and keep it sorted assuming a is sorted.

If x is already in a, insert it to the left of the leftmost x.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
    ...
@typing.overload
def insort_left(
    a: collections.abc.MutableSequence[_T],
    x: _T,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: collections.abc.Callable[[_T], SupportsRichComparisonT] = ...,
) -> None: ...

@typing.overload
def insort_right(
    a: collections.abc.MutableSequence[SupportsRichComparisonT],
    x: SupportsRichComparisonT,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: None = ...,
) -> None:
    """Insert item x in list a, and keep it sorted assuming a is sorted.

If x is already in a, insert it to the right of the rightmost x.

Optional args lo (default 0) and hi (default len(a)) bound the
slice of a to be searched."""
    ...
@typing.overload
def insort_right(
    a: collections.abc.MutableSequence[_T],
    x: _T,
    lo: int = ...,
    hi: int | None = ...,
    *,
    key: collections.abc.Callable[[_T], SupportsRichComparisonT] = ...,
) -> None: ...
