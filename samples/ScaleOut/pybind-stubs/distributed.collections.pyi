# pybind-stub: 1
# module: distributed.collections
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/collections.py, runtime
# content-hash: sha256:c6b1cb6c57df672fa588c428b9561f999575fa40a9c7236474ffcb8cea2a34f5
import collections
import collections.abc
import typing

T = typing.TypeVar('T', bound=collections.abc.Hashable)

class HeapSet(collections.abc.MutableSet[T]):
    """A set-like where the `pop` method returns the smallest item, as sorted by an
    arbitrary key function. Ties are broken by oldest first.

    Values must be compatible with :mod:`weakref`.

    Parameters
    ----------
    key: Callable
        A function that takes a single element of the collection as a parameter and
        returns a sorting key. The key does not need to be hashable and does not need to
        support :mod:`weakref`.

    Note
    ----
    The key returned for each element should not to change over time. If it does, the
    position in the heap won't change, even if the element is re-added, and it *may* not
    change even if it's discarded and then re-added later.
   \x20"""
    key: collections.abc.Callable[[T], typing.Any]
    def __contains__(self, value: object) -> bool: ...
    def __init__(self, *, key: collections.abc.Callable[[T], typing.Any]) -> None: ...
    def __iter__(self) -> collections.abc.Iterator[T]:
        """Iterate over all elements. This is a O(n) operation which returns the
        elements in pseudo-random order.
       \x20"""
        ...
    def __len__(self) -> int: ...
    def __reduce__(self) -> tuple[collections.abc.Callable, tuple]: ...
    def __repr__(self) -> str: ...
    def add(self, value: T) -> None: ...
    def clear(self) -> None: ...
    def discard(self, value: T) -> None: ...
    def peek(self) -> T:
        """Return the smallest element without removing it"""
        ...
    def peekn(self, n: int) -> collections.abc.Iterator[T]:
        """Iterate over the n smallest elements without removing them.
        This is O(1) for n == 1; O(n*logn) otherwise.
       \x20"""
        ...
    def peekright(self) -> T:
        """Return one of the largest elements (not necessarily the largest!) without
        removing it. It's guaranteed that ``self.peekright() >= self.peek()``.
       \x20"""
        ...
    def pop(self) -> T: ...
    def popright(self) -> T:
        """Remove and return one of the largest elements (not necessarily the largest!)
        It's guaranteed that ``self.popright() >= self.peek()``.
       \x20"""
        ...
    def sorted(self) -> collections.abc.Iterator[T]:
        """Iterate over all elements. This is a O(n*logn) operation which returns the
        elements in order, from smallest to largest according to the key and insertion
        order.
       \x20"""
        ...

class LRU(collections.UserDict):
    """Limited size mapping, evicting the least recently looked-up key when full"""
    def __getitem__(self, key: typing.Any) -> typing.Any: ...
    def __init__(self, maxsize: float) -> None: ...
    def __setitem__(self, key: typing.Any, value: typing.Any) -> typing.Any: ...
