# pybind-stub: 1
# module: itertools
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/itertools.pyi, runtime
# content-hash: sha256:6618188f6f69b229ae66bde404f2307690675a0b7be3fc4e191873b0c3a6bc77
"""Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
"""

import collections.abc
import types
import typing

Self = typing.TypeVar('Self')
_N = typing.TypeVar('_N', int, float, typing.SupportsFloat, typing.SupportsInt, typing.SupportsIndex, typing.SupportsComplex)
_S = typing.TypeVar('_S')
_T = typing.TypeVar('_T')
_T1 = typing.TypeVar('_T1')
_T2 = typing.TypeVar('_T2')
_T3 = typing.TypeVar('_T3')
_T4 = typing.TypeVar('_T4')
_T5 = typing.TypeVar('_T5')
_T6 = typing.TypeVar('_T6')
_T_co = typing.TypeVar('_T_co')

_Predicate: typing.TypeAlias = collections.abc.Callable[[_T], object]
_Step: typing.TypeAlias = typing.SupportsFloat | typing.SupportsInt | typing.SupportsIndex | typing.SupportsComplex

def tee(
    iterable: collections.abc.Iterable[_T],
    n: int = 2,
    /,
) -> tuple[collections.abc.Iterator[_T], ...]:
    """Returns a tuple of n independent iterators."""
    ...

class accumulate(collections.abc.Iterator[_T], typing.Generic[_T]):
    """Return series of accumulated sums (or other binary function results)."""
    @typing.overload
    def __init__(
        self,
        iterable: collections.abc.Iterable[_T],
        func: None = ...,
        *,
        initial: _T | None = ...,
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(
        self,
        iterable: collections.abc.Iterable[_S],
        func: collections.abc.Callable[[_T, _S], _T],
        *,
        initial: _T | None = ...,
    ) -> None: ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class chain(collections.abc.Iterator[_T], typing.Generic[_T]):
    """chain(*iterables) --> chain object

Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    def __class_getitem__(cls, item: typing.Any, /) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __init__(self, *iterables: collections.abc.Iterable[_T]) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...
    @classmethod
    def from_iterable(
        cls: type[typing.Any],
        iterable: collections.abc.Iterable[collections.abc.Iterable[_S]],
        /,
    ) -> chain[_S]:
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        ...

class combinations(collections.abc.Iterator[_T_co], typing.Generic[_T_co]):
    """Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    @typing.overload
    def __new__(
        cls,
        iterable: collections.abc.Iterable[_T],
        r: typing.Literal[2],
    ) -> combinations[tuple[_T, _T]]:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(
        cls,
        iterable: collections.abc.Iterable[_T],
        r: typing.Literal[3],
    ) -> combinations[tuple[_T, _T, _T]]: ...
    @typing.overload
    def __new__(
        cls,
        iterable: collections.abc.Iterable[_T],
        r: typing.Literal[4],
    ) -> combinations[tuple[_T, _T, _T, _T]]: ...
    @typing.overload
    def __new__(
        cls,
        iterable: collections.abc.Iterable[_T],
        r: typing.Literal[5],
    ) -> combinations[tuple[_T, _T, _T, _T, _T]]: ...
    @typing.overload
    def __new__(
        cls,
        iterable: collections.abc.Iterable[_T],
        r: int,
    ) -> combinations[tuple[_T, ...]]: ...
    def __next__(self) -> _T_co:
        """Implement next(self)."""
        ...

class combinations_with_replacement(collections.abc.Iterator[tuple[_T, ...]], typing.Generic[_T]):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    def __init__(self, iterable: collections.abc.Iterable[_T], r: int) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> tuple[_T, ...]:
        """Implement next(self)."""
        ...

class compress(collections.abc.Iterator[_T], typing.Generic[_T]):
    """Return data elements corresponding to true selector elements.

Forms a shorter iterator from selected data elements using the selectors to
choose the data elements."""
    def __init__(
        self,
        data: collections.abc.Iterable[_T],
        selectors: collections.abc.Iterable[typing.Any],
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class count(collections.abc.Iterator[_N], typing.Generic[_N]):
    """Return a count object whose .__next__() method returns consecutive values.

Equivalent to:
    def count(firstval=0, step=1):
        x = firstval
        while 1:
            yield x
            x += step"""
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    @typing.overload
    def __new__(cls) -> count[int]:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(cls, start: _N, step: _Step = ...) -> count[_N]: ...
    @typing.overload
    def __new__(cls, *, step: _N) -> count[_N]: ...
    def __next__(self) -> _N:
        """Implement next(self)."""
        ...

class cycle(collections.abc.Iterator[_T], typing.Generic[_T]):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    def __init__(self, iterable: collections.abc.Iterable[_T], /) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class dropwhile(collections.abc.Iterator[_T], typing.Generic[_T]):
    """Drop items from the iterable while predicate(item) is true.

Afterwards, return every element until the iterable is exhausted."""
    def __init__(
        self,
        predicate: _Predicate[_T],
        iterable: collections.abc.Iterable[_T],
        /,
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class filterfalse(collections.abc.Iterator[_T], typing.Generic[_T]):
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""
    def __init__(
        self,
        predicate: _Predicate[_T] | None,
        iterable: collections.abc.Iterable[_T],
        /,
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class groupby(collections.abc.Iterator[tuple[_T, collections.abc.Iterator[_S]]], typing.Generic[_T, _S]):
    """make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping."""
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    @typing.overload
    def __new__(
        cls,
        iterable: collections.abc.Iterable[_T1],
        key: None = ...,
    ) -> groupby[_T1, _T1]:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(
        cls,
        iterable: collections.abc.Iterable[_T1],
        key: collections.abc.Callable[[_T1], _T2],
    ) -> groupby[_T2, _T1]: ...
    def __next__(self) -> tuple[_T, collections.abc.Iterator[_S]]:
        """Implement next(self)."""
        ...

class islice(collections.abc.Iterator[_T], typing.Generic[_T]):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""
    @typing.overload
    def __init__(self, iterable: collections.abc.Iterable[_T], stop: int | None, /) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(
        self,
        iterable: collections.abc.Iterable[_T],
        start: int | None,
        stop: int | None,
        step: int | None = ...,
        /,
    ) -> None: ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class pairwise(collections.abc.Iterator[_T_co], typing.Generic[_T_co]):
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __new__(cls, iterable: collections.abc.Iterable[_T], /) -> pairwise[tuple[_T, _T]]:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    def __next__(self) -> _T_co:
        """Implement next(self)."""
        ...

class permutations(collections.abc.Iterator[tuple[_T, ...]], typing.Generic[_T]):
    """Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    def __init__(self, iterable: collections.abc.Iterable[_T], r: int | None = ...) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> tuple[_T, ...]:
        """Implement next(self)."""
        ...

class product(collections.abc.Iterator[_T_co], typing.Generic[_T_co]):
    """product(*iterables, repeat=1) --> product object

Cartesian product of input iterables.  Equivalent to nested for-loops.

For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
The leftmost iterators are in the outermost for-loop, so the output tuples
cycle in a manner similar to an odometer (with the rightmost element changing
on every iteration).

To compute the product of an iterable with itself, specify the number
of repetitions with the optional repeat keyword argument. For example,
product(A, repeat=4) means the same as product(A, A, A, A).

product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."""
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    @typing.overload
    def __new__(cls, iter1: collections.abc.Iterable[_T1], /) -> product[tuple[_T1]]:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        /,
    ) -> product[tuple[_T1, _T2]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        /,
    ) -> product[tuple[_T1, _T2, _T3]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        /,
    ) -> product[tuple[_T1, _T2, _T3, _T4]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        iter5: collections.abc.Iterable[_T5],
        /,
    ) -> product[tuple[_T1, _T2, _T3, _T4, _T5]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        iter5: collections.abc.Iterable[_T5],
        iter6: collections.abc.Iterable[_T6],
        /,
    ) -> product[tuple[_T1, _T2, _T3, _T4, _T5, _T6]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[typing.Any],
        iter2: collections.abc.Iterable[typing.Any],
        iter3: collections.abc.Iterable[typing.Any],
        iter4: collections.abc.Iterable[typing.Any],
        iter5: collections.abc.Iterable[typing.Any],
        iter6: collections.abc.Iterable[typing.Any],
        iter7: collections.abc.Iterable[typing.Any],
        /,
        *iterables: collections.abc.Iterable[typing.Any],
    ) -> product[tuple[typing.Any, ...]]: ...
    @typing.overload
    def __new__(
        cls,
        *iterables: collections.abc.Iterable[_T1],
        repeat: int,
    ) -> product[tuple[_T1, ...]]: ...
    @typing.overload
    def __new__(
        cls,
        *iterables: collections.abc.Iterable[typing.Any],
        repeat: int = ...,
    ) -> product[tuple[typing.Any, ...]]: ...
    def __next__(self) -> _T_co:
        """Implement next(self)."""
        ...

class repeat(collections.abc.Iterator[_T], typing.Generic[_T]):
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    @typing.overload
    def __init__(self, object: _T) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(self, object: _T, times: int) -> None: ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __length_hint__(self) -> int:
        """Private method returning an estimate of len(list(it))."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class starmap(collections.abc.Iterator[_T], typing.Generic[_T]):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    def __init__(
        self,
        function: collections.abc.Callable[..., _T],
        iterable: collections.abc.Iterable[collections.abc.Iterable[typing.Any]],
        /,
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class takewhile(collections.abc.Iterator[_T], typing.Generic[_T]):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    def __init__(
        self,
        predicate: _Predicate[_T],
        iterable: collections.abc.Iterable[_T],
        /,
    ) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    def __next__(self) -> _T:
        """Implement next(self)."""
        ...

class zip_longest(collections.abc.Iterator[_T_co], typing.Generic[_T_co]):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument.
"""
    def __iter__(self: Self) -> Self:
        """Implement iter(self)."""
        ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        /,
        *,
        fillvalue: object = ...,
    ) -> zip_longest[tuple[_T1]]:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        /,
    ) -> zip_longest[tuple[_T1 | typing.Any, _T2 | typing.Any]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        /,
        *,
        fillvalue: _T,
    ) -> zip_longest[tuple[_T1 | _T, _T2 | _T]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        /,
    ) -> zip_longest[tuple[_T1 | typing.Any, _T2 | typing.Any, _T3 | typing.Any]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        /,
        *,
        fillvalue: _T,
    ) -> zip_longest[tuple[_T1 | _T, _T2 | _T, _T3 | _T]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        /,
    ) -> zip_longest[tuple[_T1 | typing.Any, _T2 | typing.Any, _T3 | typing.Any, _T4 | typing.Any]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        /,
        *,
        fillvalue: _T,
    ) -> zip_longest[tuple[_T1 | _T, _T2 | _T, _T3 | _T, _T4 | _T]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        iter5: collections.abc.Iterable[_T5],
        /,
    ) -> zip_longest[tuple[_T1 | typing.Any, _T2 | typing.Any, _T3 | typing.Any, _T4 | typing.Any, _T5 | typing.Any]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T1],
        iter2: collections.abc.Iterable[_T2],
        iter3: collections.abc.Iterable[_T3],
        iter4: collections.abc.Iterable[_T4],
        iter5: collections.abc.Iterable[_T5],
        /,
        *,
        fillvalue: _T,
    ) -> zip_longest[tuple[_T1 | _T, _T2 | _T, _T3 | _T, _T4 | _T, _T5 | _T]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T],
        iter2: collections.abc.Iterable[_T],
        iter3: collections.abc.Iterable[_T],
        iter4: collections.abc.Iterable[_T],
        iter5: collections.abc.Iterable[_T],
        iter6: collections.abc.Iterable[_T],
        /,
        *iterables: collections.abc.Iterable[_T],
    ) -> zip_longest[tuple[_T | typing.Any, ...]]: ...
    @typing.overload
    def __new__(
        cls,
        iter1: collections.abc.Iterable[_T],
        iter2: collections.abc.Iterable[_T],
        iter3: collections.abc.Iterable[_T],
        iter4: collections.abc.Iterable[_T],
        iter5: collections.abc.Iterable[_T],
        iter6: collections.abc.Iterable[_T],
        /,
        *iterables: collections.abc.Iterable[_T],
        fillvalue: _T,
    ) -> zip_longest[tuple[_T, ...]]: ...
    def __next__(self) -> _T_co:
        """Implement next(self)."""
        ...
