# pybind-stub: 1
# module: functools
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/functools.pyi, runtime
# content-hash: sha256:6e5c43b66bc3e4dbba49dfe88eee4979a1a2bba23bb04f60fefca2f7e40a2f95
"""functools.py - Tools for working with functions and callable objects
"""

import _typeshed
import collections.abc
import functools
import types
import typing

Self = typing.TypeVar('Self')
_S = typing.TypeVar('_S')
_T = typing.TypeVar('_T')

_AnyCallable: typing.TypeAlias = collections.abc.Callable[..., object]
_Descriptor: typing.TypeAlias = typing.Any

WRAPPER_ASSIGNMENTS: tuple[typing.Literal['__module__'], typing.Literal['__name__'], typing.Literal['__qualname__'], typing.Literal['__doc__'], typing.Literal['__annotations__']]
WRAPPER_UPDATES: tuple[typing.Literal['__dict__']]

def cache(
    user_function: collections.abc.Callable[..., _T],
    /,
) -> functools._lru_cache_wrapper[_T]:
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    ...

def cmp_to_key(
    mycmp: collections.abc.Callable[[_T, _T], int],
) -> collections.abc.Callable[[_T], _typeshed.SupportsAllComparisons]:
    """Convert a cmp= function into a key= function."""
    ...

@typing.overload
def lru_cache(
    maxsize: int | None = ...,
    typed: bool = ...,
) -> collections.abc.Callable[[collections.abc.Callable[..., _T]], functools._lru_cache_wrapper[_T]]:
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.

    See:  https://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)

   \x20"""
    ...
@typing.overload
def lru_cache(
    maxsize: collections.abc.Callable[..., _T],
    typed: bool = ...,
) -> functools._lru_cache_wrapper[_T]: ...

@typing.overload
def reduce(
    function: collections.abc.Callable[[_T, _S], _T],
    sequence: collections.abc.Iterable[_S],
    initial: _T,
) -> _T:
    """reduce(function, iterable[, initial]) -> value

Apply a function of two arguments cumulatively to the items of a sequence
or iterable, from left to right, so as to reduce the iterable to a single
value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
of the iterable in the calculation, and serves as a default when the
iterable is empty."""
    ...
@typing.overload
def reduce(
    function: collections.abc.Callable[[_T, _T], _T],
    sequence: collections.abc.Iterable[_T],
) -> _T: ...

def singledispatch(
    func: collections.abc.Callable[..., _T],
) -> functools._SingleDispatchCallable[_T]:
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
   \x20"""
    ...

def total_ordering(cls: type[_T]) -> type[_T]:
    """Class decorator that fills in missing ordering methods"""
    ...

def update_wrapper(
    wrapper: _T,
    wrapped: _AnyCallable,
    assigned: collections.abc.Sequence[str] = ...,
    updated: collections.abc.Sequence[str] = ...,
) -> _T:
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
   \x20"""
    ...

def wraps(
    wrapped: _AnyCallable,
    assigned: collections.abc.Sequence[str] = ...,
    updated: collections.abc.Sequence[str] = ...,
) -> _typeshed.IdentityFunction:
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments. Default arguments are as for update_wrapper().
       This is a convenience function to simplify applying partial() to
       update_wrapper().
   \x20"""
    ...

class cached_property(typing.Generic[_T]):
    func: collections.abc.Callable[[typing.Any], _T]
    attrname: str | None
    def __class_getitem__(cls, item: typing.Any) -> types.GenericAlias:
        """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""
        ...
    @typing.overload
    def __get__(
        self,
        instance: None,
        owner: type[typing.Any] | None = ...,
    ) -> cached_property[_T]: ...
    @typing.overload
    def __get__(self, instance: object, owner: type[typing.Any] | None = ...) -> _T: ...
    def __init__(self, func: collections.abc.Callable[[typing.Any], _T]) -> None: ...
    def __set_name__(self, owner: type[typing.Any], name: str) -> None: ...

class partial(typing.Generic[_T]):
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
"""
    def __call__(self, /, *args: typing.Any, **kwargs: typing.Any) -> _T:
        """Call self as a function."""
        ...
    def __class_getitem__(cls, item: typing.Any) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __new__(
        cls: type[Self],
        func: collections.abc.Callable[..., _T],
        /,
        *args: typing.Any,
        **kwargs: typing.Any,
    ) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @property
    def args(self) -> tuple[typing.Any, ...]: ...
    @property
    def func(self) -> collections.abc.Callable[..., _T]: ...
    @property
    def keywords(self) -> dict[str, typing.Any]: ...

class partialmethod(typing.Generic[_T]):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
   \x20"""
    func: collections.abc.Callable[..., _T] | _Descriptor
    args: tuple[typing.Any, ...]
    keywords: dict[str, typing.Any]
    def __class_getitem__(cls, item: typing.Any) -> types.GenericAlias:
        """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""
        ...
    def __get__(
        self,
        obj: typing.Any,
        cls: type[typing.Any] | None = None,
    ) -> collections.abc.Callable[..., _T]: ...
    @typing.overload
    def __init__(
        self,
        func: collections.abc.Callable[..., _T],
        /,
        *args: typing.Any,
        **keywords: typing.Any,
    ) -> None: ...
    @typing.overload
    def __init__(self, func: _Descriptor, /, *args: typing.Any, **keywords: typing.Any) -> None: ...
    @property
    def __isabstractmethod__(self) -> bool: ...

class singledispatchmethod(typing.Generic[_T]):
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
   \x20"""
    dispatcher: functools._SingleDispatchCallable[_T]
    func: collections.abc.Callable[..., _T]
    def __get__(
        self,
        obj: _S,
        cls: type[_S] | None = None,
    ) -> collections.abc.Callable[..., _T]: ...
    def __init__(self, func: collections.abc.Callable[..., _T]) -> None: ...
    @property
    def __isabstractmethod__(self) -> bool: ...
    @typing.overload
    def register(
        self,
        cls: type[typing.Any],
        method: None = ...,
    ) -> collections.abc.Callable[[collections.abc.Callable[..., _T]], collections.abc.Callable[..., _T]]:
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
       \x20"""
        ...
    @typing.overload
    def register(
        self,
        cls: collections.abc.Callable[..., _T],
        method: None = ...,
    ) -> collections.abc.Callable[..., _T]: ...
    @typing.overload
    def register(
        self,
        cls: type[typing.Any],
        method: collections.abc.Callable[..., _T],
    ) -> collections.abc.Callable[..., _T]: ...
