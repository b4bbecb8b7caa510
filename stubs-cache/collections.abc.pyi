# pybind-stub: 1
# module: collections.abc
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/collections/abc.pyi, typeshed:stdlib/typing.pyi, runtime
# content-hash: sha256:269451b7cbd94c915a6808edf8ee0f2addded1ab5bda273c6ce89a40019fa81f
import _typeshed
import abc
import types
import typing

Self = typing.TypeVar('Self')
_KT = typing.TypeVar('_KT')
_KT_co = typing.TypeVar('_KT_co')
_T = typing.TypeVar('_T')
_T_co = typing.TypeVar('_T_co')
_T_contra = typing.TypeVar('_T_contra')
_VT = typing.TypeVar('_VT')
_VT_co = typing.TypeVar('_VT_co')
_V_co = typing.TypeVar('_V_co')

Callable: typing._SpecialForm

class AsyncGenerator(AsyncIterator[_T_co], typing.Generic[_T_co, _T_contra]):
    def __anext__(self) -> Awaitable[_T_co]:
        """Return the next item from the asynchronous generator.
        When exhausted, raise StopAsyncIteration.
       \x20"""
        ...
    def aclose(self) -> Awaitable[None]:
        """Raise GeneratorExit inside coroutine.
       \x20"""
        ...
    @property
    def ag_await(self) -> typing.Any: ...
    @property
    def ag_code(self) -> types.CodeType: ...
    @property
    def ag_frame(self) -> types.FrameType: ...
    @property
    def ag_running(self) -> bool: ...
    @abc.abstractmethod
    def asend(self, value: _T_contra, /) -> Awaitable[_T_co]:
        """Send a value into the asynchronous generator.
        Return next yielded value or raise StopAsyncIteration.
       \x20"""
        ...
    @typing.overload
    @abc.abstractmethod
    def athrow(
        self,
        typ: type[BaseException],
        val: BaseException | object = ...,
        tb: types.TracebackType | None = ...,
        /,
    ) -> Awaitable[_T_co]:
        """Raise an exception in the asynchronous generator.
        Return next yielded value or raise StopAsyncIteration.
       \x20"""
        ...
    @typing.overload
    @abc.abstractmethod
    def athrow(
        self,
        typ: BaseException,
        val: None = ...,
        tb: types.TracebackType | None = ...,
        /,
    ) -> Awaitable[_T_co]: ...

class AsyncIterable(typing.Protocol[_T_co]):
    @abc.abstractmethod
    def __aiter__(self) -> AsyncIterator[_T_co]: ...

class AsyncIterator(AsyncIterable[_T_co], typing.Protocol[_T_co]):
    def __aiter__(self) -> AsyncIterator[_T_co]: ...
    @abc.abstractmethod
    def __anext__(self) -> Awaitable[_T_co]:
        """Return the next item or raise StopAsyncIteration when exhausted."""
        ...

class Awaitable(typing.Protocol[_T_co]):
    @abc.abstractmethod
    def __await__(self) -> Generator[typing.Any, None, _T_co]: ...

class ByteString(Sequence[int]):
    """This unifies bytes and bytearray.

    XXX Should add all their methods.
   \x20"""

class Collection(Iterable[_T_co], Container[_T_co], typing.Protocol[_T_co]):
    @abc.abstractmethod
    def __len__(self) -> int: ...

class Container(typing.Protocol[_T_co]):
    @abc.abstractmethod
    def __contains__(self, x: object, /) -> bool: ...

class Coroutine(Awaitable[_V_co], typing.Generic[_T_co, _T_contra, _V_co]):
    @abc.abstractmethod
    def close(self) -> None:
        """Raise GeneratorExit inside coroutine.
       \x20"""
        ...
    @property
    def cr_await(self) -> typing.Any | None: ...
    @property
    def cr_code(self) -> types.CodeType: ...
    @property
    def cr_frame(self) -> types.FrameType: ...
    @property
    def cr_running(self) -> bool: ...
    @abc.abstractmethod
    def send(self, value: _T_contra, /) -> _T_co:
        """Send a value into the coroutine.
        Return next yielded value or raise StopIteration.
       \x20"""
        ...
    @typing.overload
    @abc.abstractmethod
    def throw(
        self,
        typ: type[BaseException],
        val: BaseException | object = ...,
        tb: types.TracebackType | None = ...,
        /,
    ) -> _T_co:
        """Raise an exception in the coroutine.
        Return next yielded value or raise StopIteration.
       \x20"""
        ...
    @typing.overload
    @abc.abstractmethod
    def throw(
        self,
        typ: BaseException,
        val: None = ...,
        tb: types.TracebackType | None = ...,
        /,
    ) -> _T_co: ...

class Generator(Iterator[_T_co], typing.Generic[_T_co, _T_contra, _V_co]):
    def __iter__(self) -> Generator[_T_co, _T_contra, _V_co]: ...
    def __next__(self) -> _T_co:
        """Return the next item from the generator.
        When exhausted, raise StopIteration.
       \x20"""
        ...
    def close(self) -> None:
        """Raise GeneratorExit inside generator.
       \x20"""
        ...
    @property
    def gi_code(self) -> types.CodeType: ...
    @property
    def gi_frame(self) -> types.FrameType: ...
    @property
    def gi_running(self) -> bool: ...
    @property
    def gi_yieldfrom(self) -> Generator[typing.Any, typing.Any, typing.Any] | None: ...
    @abc.abstractmethod
    def send(self, value: _T_contra, /) -> _T_co:
        """Send a value into the generator.
        Return next yielded value or raise StopIteration.
       \x20"""
        ...
    @typing.overload
    @abc.abstractmethod
    def throw(
        self,
        typ: type[BaseException],
        val: BaseException | object = ...,
        tb: types.TracebackType | None = ...,
        /,
    ) -> _T_co:
        """Raise an exception in the generator.
        Return next yielded value or raise StopIteration.
       \x20"""
        ...
    @typing.overload
    @abc.abstractmethod
    def throw(
        self,
        typ: BaseException,
        val: None = ...,
        tb: types.TracebackType | None = ...,
        /,
    ) -> _T_co: ...

class Hashable(typing.Protocol):
    @abc.abstractmethod
    def __hash__(self) -> int: ...

class ItemsView(MappingView, Set[tuple[_KT_co, _VT_co]], typing.Generic[_KT_co, _VT_co]):
    def __and__(self, other: Iterable[typing.Any]) -> set[tuple[_KT_co, _VT_co]]: ...
    def __contains__(self, item: object) -> bool: ...
    def __init__(self, mapping: Mapping[_KT_co, _VT_co]) -> None: ...
    def __iter__(self) -> Iterator[tuple[_KT_co, _VT_co]]: ...
    def __or__(self, other: Iterable[_T]) -> set[tuple[_KT_co, _VT_co] | _T]: ...
    def __rand__(self, other: Iterable[_T]) -> set[_T]: ...
    def __reversed__(self) -> Iterator[tuple[_KT_co, _VT_co]]: ...
    def __ror__(self, other: Iterable[_T]) -> set[tuple[_KT_co, _VT_co] | _T]: ...
    def __rsub__(self, other: Iterable[_T]) -> set[_T]: ...
    def __rxor__(self, other: Iterable[_T]) -> set[tuple[_KT_co, _VT_co] | _T]: ...
    def __sub__(self, other: Iterable[typing.Any]) -> set[tuple[_KT_co, _VT_co]]: ...
    def __xor__(self, other: Iterable[_T]) -> set[tuple[_KT_co, _VT_co] | _T]: ...

class Iterable(typing.Protocol[_T_co]):
    @abc.abstractmethod
    def __iter__(self) -> Iterator[_T_co]: ...

class Iterator(Iterable[_T_co], typing.Protocol[_T_co]):
    def __iter__(self) -> Iterator[_T_co]: ...
    @abc.abstractmethod
    def __next__(self) -> _T_co:
        """Return the next item from the iterator. When exhausted, raise StopIteration"""
        ...

class KeysView(MappingView, Set[_KT_co], typing.Generic[_KT_co]):
    def __and__(self, other: Iterable[typing.Any]) -> set[_KT_co]: ...
    def __contains__(self, key: object) -> bool: ...
    def __init__(self, mapping: Mapping[_KT_co, typing.Any]) -> None: ...
    def __iter__(self) -> Iterator[_KT_co]: ...
    def __or__(self, other: Iterable[_T]) -> set[_KT_co | _T]: ...
    def __rand__(self, other: Iterable[_T]) -> set[_T]: ...
    def __reversed__(self) -> Iterator[_KT_co]: ...
    def __ror__(self, other: Iterable[_T]) -> set[_KT_co | _T]: ...
    def __rsub__(self, other: Iterable[_T]) -> set[_T]: ...
    def __rxor__(self, other: Iterable[_T]) -> set[_KT_co | _T]: ...
    def __sub__(self, other: Iterable[typing.Any]) -> set[_KT_co]: ...
    def __xor__(self, other: Iterable[_T]) -> set[_KT_co | _T]: ...

class Mapping(Collection[_KT], typing.Generic[_KT, _VT_co]):
    """A Mapping is a generic container for associating key/value
    pairs.

    This class provides concrete generic implementations of all
    methods except for __getitem__, __iter__, and __len__.
   \x20"""
    def __contains__(self, o: object, /) -> bool: ...
    @abc.abstractmethod
    def __getitem__(self, key: _KT, /) -> _VT_co: ...
    @typing.overload
    def get(self, key: _KT, /) -> _VT_co | None:
        """D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."""
        ...
    @typing.overload
    def get(self, key: _KT, /, default: _VT_co | _T) -> _VT_co | _T: ...
    def items(self) -> ItemsView[_KT, _VT_co]:
        """D.items() -> a set-like object providing a view on D's items"""
        ...
    def keys(self) -> KeysView[_KT]:
        """D.keys() -> a set-like object providing a view on D's keys"""
        ...
    def values(self) -> ValuesView[_VT_co]:
        """D.values() -> an object providing a view on D's values"""
        ...

class MappingView(Sized):
    def __init__(self, mapping: Mapping[typing.Any, typing.Any]) -> None: ...
    def __len__(self) -> int: ...

class MutableMapping(Mapping[_KT, _VT], typing.Generic[_KT, _VT]):
    """A MutableMapping is a generic container for associating
    key/value pairs.

    This class provides concrete generic implementations of all
    methods except for __getitem__, __setitem__, __delitem__,
    __iter__, and __len__.
   \x20"""
    @abc.abstractmethod
    def __delitem__(self, key: _KT, /) -> None: ...
    @abc.abstractmethod
    def __setitem__(self, key: _KT, value: _VT, /) -> None: ...
    def clear(self) -> None:
        """D.clear() -> None.  Remove all items from D."""
        ...
    @typing.overload
    def pop(self, key: _KT, /) -> _VT:
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value.
          If key is not found, d is returned if given, otherwise KeyError is raised.
       \x20"""
        ...
    @typing.overload
    def pop(self, key: _KT, /, default: _VT | _T) -> _VT | _T: ...
    def popitem(self) -> tuple[_KT, _VT]:
        """D.popitem() -> (k, v), remove and return some (key, value) pair
           as a 2-tuple; but raise KeyError if D is empty.
       \x20"""
        ...
    @typing.overload
    def setdefault(self: MutableMapping[_KT, _T | None], key: _KT, /) -> _T | None:
        """D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"""
        ...
    @typing.overload
    def setdefault(self, key: _KT, default: _VT, /) -> _VT: ...
    @typing.overload
    def update(self, m: _typeshed.SupportsKeysAndGetItem[_KT, _VT], /, **kwargs: _VT) -> None:
        """ D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.
            If E present and has a .keys() method, does:     for k in E: D[k] = E[k]
            If E present and lacks .keys() method, does:     for (k, v) in E: D[k] = v
            In either case, this is followed by: for k, v in F.items(): D[k] = v
       \x20"""
        ...
    @typing.overload
    def update(self, m: Iterable[tuple[_KT, _VT]], /, **kwargs: _VT) -> None: ...
    @typing.overload
    def update(self, **kwargs: _VT) -> None: ...

class MutableSequence(Sequence[_T], typing.Generic[_T]):
    """All the operations on a read-write sequence.

    Concrete subclasses must provide __new__ or __init__,
    __getitem__, __setitem__, __delitem__, __len__, and insert().
   \x20"""
    @typing.overload
    @abc.abstractmethod
    def __delitem__(self, index: int) -> None: ...
    @typing.overload
    @abc.abstractmethod
    def __delitem__(self, index: slice) -> None: ...
    @typing.overload
    @abc.abstractmethod
    def __getitem__(self, index: int) -> _T: ...
    @typing.overload
    @abc.abstractmethod
    def __getitem__(self, index: slice) -> MutableSequence[_T]: ...
    def __iadd__(self: Self, values: Iterable[_T]) -> Self: ...
    @typing.overload
    @abc.abstractmethod
    def __setitem__(self, index: int, value: _T) -> None: ...
    @typing.overload
    @abc.abstractmethod
    def __setitem__(self, index: slice, value: Iterable[_T]) -> None: ...
    def append(self, value: _T) -> None:
        """S.append(value) -- append value to the end of the sequence"""
        ...
    def clear(self) -> None:
        """S.clear() -> None -- remove all items from S"""
        ...
    def extend(self, values: Iterable[_T]) -> None:
        """S.extend(iterable) -- extend sequence by appending elements from the iterable"""
        ...
    @abc.abstractmethod
    def insert(self, index: int, value: _T) -> None:
        """S.insert(index, value) -- insert value before index"""
        ...
    def pop(self, index: int = ...) -> _T:
        """S.pop([index]) -> item -- remove and return item at index (default last).
           Raise IndexError if list is empty or index is out of range.
       \x20"""
        ...
    def remove(self, value: _T) -> None:
        """S.remove(value) -- remove first occurrence of value.
           Raise ValueError if the value is not present.
       \x20"""
        ...
    def reverse(self) -> None:
        """S.reverse() -- reverse *IN PLACE*"""
        ...

class MutableSet(Set[_T], typing.Generic[_T]):
    """A mutable set is a finite, iterable container.

    This class provides concrete generic implementations of all
    methods except for __contains__, __iter__, __len__,
    add(), and discard().

    To override the comparisons (presumably for speed, as the
    semantics are fixed), all you have to do is redefine __le__ and
    then the other operations will automatically follow suit.
   \x20"""
    def __iand__(self: Self, it: Set[typing.Any]) -> Self: ...
    def __ior__(self: Self, it: Set[_T]) -> Self: ...
    def __isub__(self: Self, it: Set[typing.Any]) -> Self: ...
    def __ixor__(self: Self, it: Set[_T]) -> Self: ...
    @abc.abstractmethod
    def add(self, value: _T) -> None:
        """Add an element."""
        ...
    def clear(self) -> None:
        """This is slow (creates N new iterators!) but effective."""
        ...
    @abc.abstractmethod
    def discard(self, value: _T) -> None:
        """Remove an element.  Do not raise an exception if absent."""
        ...
    def pop(self) -> _T:
        """Return the popped value.  Raise KeyError if empty."""
        ...
    def remove(self, value: _T) -> None:
        """Remove an element. If not a member, raise a KeyError."""
        ...

class Reversible(Iterable[_T_co], typing.Protocol[_T_co]):
    @abc.abstractmethod
    def __reversed__(self) -> Iterator[_T_co]: ...

class Sequence(Collection[_T_co], Reversible[_T_co], typing.Generic[_T_co]):
    """All the operations on a read-only sequence.

    Concrete subclasses must override __new__ or __init__,
    __getitem__, and __len__.
   \x20"""
    def __contains__(self, value: object) -> bool: ...
    @typing.overload
    @abc.abstractmethod
    def __getitem__(self, index: int) -> _T_co: ...
    @typing.overload
    @abc.abstractmethod
    def __getitem__(self, index: slice) -> Sequence[_T_co]: ...
    def __iter__(self) -> Iterator[_T_co]: ...
    def __reversed__(self) -> Iterator[_T_co]: ...
    def count(self, value: typing.Any) -> int:
        """S.count(value) -> integer -- return number of occurrences of value"""
        ...
    def index(self, value: typing.Any, start: int = ..., stop: int = ...) -> int:
        """S.index(value, [start, [stop]]) -> integer -- return first index of value.
           Raises ValueError if the value is not present.

           Supporting start and stop arguments is optional, but
           recommended.
       \x20"""
        ...

class Set(Collection[_T_co], typing.Generic[_T_co]):
    """A set is a finite, iterable container.

    This class provides concrete generic implementations of all
    methods except for __contains__, __iter__ and __len__.

    To override the comparisons (presumably for speed, as the
    semantics are fixed), redefine __le__ and __ge__,
    then the other operations will automatically follow suit.
   \x20"""
    def __and__(self, other: Set[typing.Any]) -> Set[_T_co]: ...
    @abc.abstractmethod
    def __contains__(self, x: object) -> bool: ...
    def __ge__(self, other: Set[typing.Any]) -> bool: ...
    def __gt__(self, other: Set[typing.Any]) -> bool: ...
    def __le__(self, other: Set[typing.Any]) -> bool: ...
    def __lt__(self, other: Set[typing.Any]) -> bool: ...
    def __or__(self, other: Set[_T]) -> Set[_T_co | _T]: ...
    def __sub__(self, other: Set[typing.Any]) -> Set[_T_co]: ...
    def __xor__(self, other: Set[_T]) -> Set[_T_co | _T]: ...
    def isdisjoint(self, other: Iterable[typing.Any]) -> bool:
        """Return True if two sets have a null intersection."""
        ...

class Sized(typing.Protocol):
    @abc.abstractmethod
    def __len__(self) -> int: ...

class ValuesView(MappingView, Collection[_VT_co], typing.Generic[_VT_co]):
    def __contains__(self, value: object) -> bool: ...
    def __init__(self, mapping: Mapping[typing.Any, _VT_co]) -> None: ...
    def __iter__(self) -> Iterator[_VT_co]: ...
    def __reversed__(self) -> Iterator[_VT_co]: ...
