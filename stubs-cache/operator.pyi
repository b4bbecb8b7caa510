# pybind-stub: 1
# module: operator
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_operator.pyi, typeshed:stdlib/operator.pyi, runtime
# content-hash: sha256:e0aac3dde87898aed84315fb730d1b369b8a4a20e18dbf7115c1b47b8faf8d14
"""Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience."""

import _operator
import _typeshed
import collections.abc
import typing

_K = typing.TypeVar('_K')
_P = typing.ParamSpec('_P')
_R = typing.TypeVar('_R')
_T = typing.TypeVar('_T')
_T_co = typing.TypeVar('_T_co')
_V = typing.TypeVar('_V')

_SupportsComparison: typing.TypeAlias = _operator._SupportsDunderLE | _operator._SupportsDunderGE | _operator._SupportsDunderGT | _operator._SupportsDunderLT

def abs(a: typing.SupportsAbs[_T], /) -> _T:
    """Same as abs(a)."""
    ...

def add(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a + b."""
    ...

def and_(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a & b."""
    ...

def call(
    obj: collections.abc.Callable[_P, _R],
    /,
    *args: _operator._P.args,
    **kwargs: _operator._P.kwargs,
) -> _R:
    """Same as obj(*args, **kwargs)."""
    ...

def concat(
    a: collections.abc.Sequence[_T],
    b: collections.abc.Sequence[_T],
    /,
) -> collections.abc.Sequence[_T]:
    """Same as a + b, for a and b sequences."""
    ...

def contains(a: collections.abc.Container[object], b: object, /) -> bool:
    """Same as b in a (note reversed operands)."""
    ...

def countOf(a: collections.abc.Iterable[object], b: object, /) -> int:
    """Return the number of items in a which are, or which equal, b."""
    ...

@typing.overload
def delitem(a: collections.abc.MutableSequence[typing.Any], b: typing.SupportsIndex, /) -> None:
    """Same as del a[b]."""
    ...
@typing.overload
def delitem(a: collections.abc.MutableSequence[typing.Any], b: slice, /) -> None: ...
@typing.overload
def delitem(a: collections.abc.MutableMapping[_K, typing.Any], b: _K, /) -> None: ...

def eq(a: object, b: object, /) -> typing.Any:
    """Same as a == b."""
    ...

def floordiv(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a // b."""
    ...

def ge(a: _SupportsComparison, b: _SupportsComparison, /) -> typing.Any:
    """Same as a >= b."""
    ...

@typing.overload
def getitem(a: collections.abc.Sequence[_T], b: slice, /) -> collections.abc.Sequence[_T]:
    """Same as a[b]."""
    ...
@typing.overload
def getitem(a: _typeshed.SupportsGetItem[_K, _V], b: _K, /) -> _V: ...

def gt(a: _SupportsComparison, b: _SupportsComparison, /) -> typing.Any:
    """Same as a > b."""
    ...

def iadd(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a += b."""
    ...

def iand(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a &= b."""
    ...

def iconcat(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a += b, for a and b sequences."""
    ...

def ifloordiv(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a //= b."""
    ...

def ilshift(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a <<= b."""
    ...

def imatmul(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a @= b."""
    ...

def imod(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a %= b."""
    ...

def imul(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a *= b."""
    ...

def index(a: typing.SupportsIndex, /) -> int:
    """Same as a.__index__()"""
    ...

def indexOf(a: collections.abc.Iterable[_T], b: _T, /) -> int:
    """Return the first index of b in a."""
    ...

def inv(a: _operator._SupportsInversion[_T_co], /) -> _T_co:
    """Same as ~a."""
    ...

def invert(a: _operator._SupportsInversion[_T_co], /) -> _T_co:
    """Same as ~a."""
    ...

def ior(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a |= b."""
    ...

def ipow(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a **= b."""
    ...

def irshift(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a >>= b."""
    ...

def is_(a: object, b: object, /) -> bool:
    """Same as a is b."""
    ...

def is_not(a: object, b: object, /) -> bool:
    """Same as a is not b."""
    ...

def isub(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a -= b."""
    ...

def itruediv(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a /= b."""
    ...

def ixor(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a ^= b."""
    ...

def le(a: _SupportsComparison, b: _SupportsComparison, /) -> typing.Any:
    """Same as a <= b."""
    ...

def length_hint(obj: object, default: int = 0, /) -> int:
    """Return an estimate of the number of items in obj.

This is useful for presizing containers when building from an iterable.

If the object supports len(), the result will be exact.
Otherwise, it may over- or under-estimate by an arbitrary amount.
The result will be an integer >= 0."""
    ...

def lshift(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a << b."""
    ...

def lt(a: _SupportsComparison, b: _SupportsComparison, /) -> typing.Any:
    """Same as a < b."""
    ...

def matmul(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a @ b."""
    ...

def mod(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a % b."""
    ...

def mul(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a * b."""
    ...

def ne(a: object, b: object, /) -> typing.Any:
    """Same as a != b."""
    ...

def neg(a: _operator._SupportsNeg[_T_co], /) -> _T_co:
    """Same as -a."""
    ...

def not_(a: object, /) -> bool:
    """Same as not a."""
    ...

def or_(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a | b."""
    ...

def pos(a: _operator._SupportsPos[_T_co], /) -> _T_co:
    """Same as +a."""
    ...

def pow(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a ** b."""
    ...

def rshift(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a >> b."""
    ...

@typing.overload
def setitem(a: collections.abc.MutableSequence[_T], b: typing.SupportsIndex, c: _T, /) -> None:
    """Same as a[b] = c."""
    ...
@typing.overload
def setitem(
    a: collections.abc.MutableSequence[_T],
    b: slice,
    c: collections.abc.Sequence[_T],
    /,
) -> None: ...
@typing.overload
def setitem(a: collections.abc.MutableMapping[_K, _V], b: _K, c: _V, /) -> None: ...

def sub(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a - b."""
    ...

def truediv(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a / b."""
    ...

def truth(a: object, /) -> bool:
    """Return True if a is true, False otherwise."""
    ...

def xor(a: typing.Any, b: typing.Any, /) -> typing.Any:
    """Same as a ^ b."""
    ...

@typing.final
class attrgetter(typing.Generic[_T_co]):
    """attrgetter(attr, ...) --> attrgetter object

Return a callable object that fetches the given attribute(s) from its operand.
After f = attrgetter('name'), the call f(r) returns r.name.
After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
After h = attrgetter('name.first', 'name.last'), the call h(r) returns
(r.name.first, r.name.last)."""
    def __call__(self, obj: typing.Any) -> _T_co:
        """Call self as a function."""
        ...
    @typing.overload
    def __new__(cls, attr: str) -> attrgetter[typing.Any]:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(cls, attr: str, attr2: str, /) -> attrgetter[tuple[typing.Any, typing.Any]]: ...
    @typing.overload
    def __new__(
        cls,
        attr: str,
        attr2: str,
        attr3: str,
        /,
    ) -> attrgetter[tuple[typing.Any, typing.Any, typing.Any]]: ...
    @typing.overload
    def __new__(
        cls,
        attr: str,
        attr2: str,
        attr3: str,
        attr4: str,
        /,
    ) -> attrgetter[tuple[typing.Any, typing.Any, typing.Any, typing.Any]]: ...
    @typing.overload
    def __new__(cls, attr: str, *attrs: str) -> attrgetter[tuple[typing.Any, ...]]: ...

@typing.final
class itemgetter(typing.Generic[_T_co]):
    """itemgetter(item, ...) --> itemgetter object

Return a callable object that fetches the given item(s) from its operand.
After f = itemgetter(2), the call f(r) returns r[2].
After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""
    def __call__(self, obj: _typeshed.SupportsGetItem[typing.Any, typing.Any]) -> typing.Any:
        """Call self as a function."""
        ...
    @typing.overload
    def __new__(cls, item: _T_co) -> itemgetter[_T_co]:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(cls, item: _T_co, item2: _T_co, /) -> itemgetter[tuple[_T_co, _T_co]]: ...
    @typing.overload
    def __new__(
        cls,
        item: _T_co,
        item2: _T_co,
        item3: _T_co,
        /,
    ) -> itemgetter[tuple[_T_co, _T_co, _T_co]]: ...
    @typing.overload
    def __new__(
        cls,
        item: _T_co,
        item2: _T_co,
        item3: _T_co,
        item4: _T_co,
        /,
    ) -> itemgetter[tuple[_T_co, _T_co, _T_co, _T_co]]: ...
    @typing.overload
    def __new__(
        cls,
        item: _T_co,
        item2: _T_co,
        item3: _T_co,
        item4: _T_co,
        /,
        *items: _T_co,
    ) -> itemgetter[tuple[_T_co, ...]]: ...

@typing.final
class methodcaller:
    """methodcaller(name, ...) --> methodcaller object

Return a callable object that calls the given method on its operand.
After f = methodcaller('name'), the call f(r) returns r.name().
After g = methodcaller('name', 'date', foo=1), the call g(r) returns
r.name('date', foo=1)."""
    def __call__(self, obj: typing.Any) -> typing.Any:
        """Call self as a function."""
        ...
    def __init__(self, name: str, /, *args: typing.Any, **kwargs: typing.Any) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
