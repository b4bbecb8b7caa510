# pybind-stub: 1
# module: collections
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/collections/__init__.pyi, runtime
# content-hash: sha256:fdb3ff58f0f7af8036fa3f5303c6b016768b8e5d3546e03f23ce3caa46aaf444
"""This module implements specialized container datatypes providing
alternatives to Python's general purpose built-in containers, dict,
list, set, and tuple.

* namedtuple   factory function for creating tuple subclasses with named fields
* deque        list-like container with fast appends and pops on either end
* ChainMap     dict-like class for creating a single view of multiple mappings
* Counter      dict subclass for counting hashable objects
* OrderedDict  dict subclass that remembers the order entries were added
* defaultdict  dict subclass that calls a factory function to supply missing values
* UserDict     wrapper around dictionary objects for easier dict subclassing
* UserList     wrapper around list objects for easier list subclassing
* UserString   wrapper around string objects for easier string subclassing

"""

import _typeshed
import collections
import collections.abc
import types
import typing

Self = typing.TypeVar('Self')
SupportsRichComparisonT = typing.TypeVar('SupportsRichComparisonT', bound=SupportsRichComparison)
_KT = typing.TypeVar('_KT')
_S = typing.TypeVar('_S')
_T = typing.TypeVar('_T')
_T1 = typing.TypeVar('_T1')
_T2 = typing.TypeVar('_T2')
_VT = typing.TypeVar('_VT')

SupportsRichComparison: typing.TypeAlias = _typeshed.SupportsDunderLT[typing.Any] | _typeshed.SupportsDunderGT[typing.Any]

def namedtuple(
    typename: str,
    field_names: str | collections.abc.Iterable[str],
    *,
    rename: bool = False,
    module: str | None = None,
    defaults: collections.abc.Iterable[typing.Any] | None = None,
) -> type[tuple[typing.Any, ...]]:
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__                   # docstring for the new class
    'Point(x, y)'
    >>> p = Point(11, y=22)             # instantiate with positional args or keywords
    >>> p[0] + p[1]                     # indexable like a plain tuple
    33
    >>> x, y = p                        # unpack like a regular tuple
    >>> x, y
    (11, 22)
    >>> p.x + p.y                       # fields also accessible by name
    33
    >>> d = p._asdict()                 # convert to a dictionary
    >>> d['x']
    11
    >>> Point(**d)                      # convert from a dictionary
    Point(x=11, y=22)
    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields
    Point(x=100, y=22)

   \x20"""
    ...

class ChainMap(collections.abc.MutableMapping[_KT, _VT], typing.Generic[_KT, _VT]):
    """ A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.

   \x20"""
    maps: list[collections.abc.MutableMapping[_KT, _VT]]
    def __bool__(self) -> bool: ...
    def __contains__(self, key: object) -> bool: ...
    def __copy__(self: Self) -> Self:
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        ...
    def __delitem__(self, key: _KT) -> None: ...
    def __getitem__(self, key: _KT) -> _VT: ...
    def __init__(self, *maps: collections.abc.MutableMapping[_KT, _VT]) -> None:
        """Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.

       \x20"""
        ...
    @typing.overload
    def __ior__(self: Self, other: _typeshed.SupportsKeysAndGetItem[_KT, _VT]) -> Self: ...
    @typing.overload
    def __ior__(self: Self, other: collections.abc.Iterable[tuple[_KT, _VT]]) -> Self: ...
    def __iter__(self) -> collections.abc.Iterator[_KT]: ...
    def __len__(self) -> int: ...
    def __missing__(self, key: _KT) -> _VT: ...
    def __or__(
        self,
        other: collections.abc.Mapping[_T1, _T2],
    ) -> ChainMap[_KT | _T1, _VT | _T2]: ...
    def __ror__(
        self,
        other: collections.abc.Mapping[_T1, _T2],
    ) -> ChainMap[_KT | _T1, _VT | _T2]: ...
    def __setitem__(self, key: _KT, value: _VT) -> None: ...
    def copy(self: Self) -> Self:
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        ...
    @typing.overload
    @classmethod
    def fromkeys(
        cls,
        iterable: collections.abc.Iterable[_T],
        value: None = ...,
        /,
    ) -> ChainMap[_T, typing.Any | None]:
        """Create a ChainMap with a single dict created from the iterable."""
        ...
    @typing.overload
    @classmethod
    def fromkeys(cls, iterable: collections.abc.Iterable[_T], value: _S, /) -> ChainMap[_T, _S]: ...
    def new_child(
        self: Self,
        m: collections.abc.MutableMapping[_KT, _VT] | None = None,
    ) -> Self:
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
       \x20"""
        ...
    @property
    def parents(self) -> Self:
        """New ChainMap from maps[1:]."""
        ...
    @typing.overload
    def pop(self, key: _KT) -> _VT:
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        ...
    @typing.overload
    def pop(self, key: _KT, default: _VT | _T = ...) -> _VT | _T: ...
    def setdefault(self, key: _KT, default: _VT = ...) -> _VT:
        """D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"""
        ...

class Counter(dict[_T, int], typing.Generic[_T]):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')  # count elements from a string

    >>> c.most_common(3)                # three most common elements
    [('a', 5), ('b', 4), ('c', 3)]
    >>> sorted(c)                       # list all unique elements
    ['a', 'b', 'c', 'd', 'e']
    >>> ''.join(sorted(c.elements()))   # list elements with repetitions
    'aaaaabbbbcccdde'
    >>> sum(c.values())                 # total of all counts
    15

    >>> c['a']                          # count of letter 'a'
    5
    >>> for elem in 'shazam':           # update counts from an iterable
    ...     c[elem] += 1                # by adding 1 to each element's count
    >>> c['a']                          # now there are seven 'a'
    7
    >>> del c['b']                      # remove all 'b'
    >>> c['b']                          # now there are zero 'b'
    0

    >>> d = Counter('simsalabim')       # make another counter
    >>> c.update(d)                     # add in the second counter
    >>> c['a']                          # now there are nine 'a'
    9

    >>> c.clear()                       # empty the counter
    >>> c
    Counter()

    Note:  If a count is set to zero or reduced to zero, it will remain
    in the counter until the entry is deleted or the counter is cleared:

    >>> c = Counter('aaabbc')
    >>> c['b'] -= 2                     # reduce the count of 'b' by two
    >>> c.most_common()                 # 'b' is still in, but its count is zero
    [('a', 3), ('c', 1), ('b', 0)]

   \x20"""
    def __add__(self, other: Counter[_S]) -> Counter[_T | _S]:
        """Add counts from two counters.

        >>> Counter('abbb') + Counter('bcc')
        Counter({'b': 4, 'c': 2, 'a': 1})

       \x20"""
        ...
    def __and__(self, other: Counter[_T]) -> Counter[_T]:
        """ Intersection is the minimum of corresponding counts.

        >>> Counter('abbb') & Counter('bcc')
        Counter({'b': 1})

       \x20"""
        ...
    def __delitem__(self, elem: object) -> None:
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        ...
    def __eq__(self, other: object) -> bool:
        """True if all counts agree. Missing counts are treated as zero."""
        ...
    def __ge__(self, other: Counter[typing.Any]) -> bool:
        """True if all counts in self are a superset of those in other."""
        ...
    def __gt__(self, other: Counter[typing.Any]) -> bool:
        """True if all counts in self are a proper superset of those in other."""
        ...
    def __iadd__(self: Self, other: Counter[_T]) -> Self:
        """Inplace add from another counter, keeping only positive counts.

        >>> c = Counter('abbb')
        >>> c += Counter('bcc')
        >>> c
        Counter({'b': 4, 'c': 2, 'a': 1})

       \x20"""
        ...
    def __iand__(self: Self, other: Counter[_T]) -> Self:
        """Inplace intersection is the minimum of corresponding counts.

        >>> c = Counter('abbb')
        >>> c &= Counter('bcc')
        >>> c
        Counter({'b': 1})

       \x20"""
        ...
    @typing.overload
    def __init__(self, iterable: None = ..., /) -> None:
        """Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.

        >>> c = Counter()                           # a new, empty counter
        >>> c = Counter('gallahad')                 # a new counter from an iterable
        >>> c = Counter({'a': 4, 'b': 2})           # a new counter from a mapping
        >>> c = Counter(a=4, b=2)                   # a new counter from keyword args

       \x20"""
        ...
    @typing.overload
    def __init__(self: Counter[str], iterable: None = ..., /, **kwargs: int) -> None: ...
    @typing.overload
    def __init__(self, mapping: _typeshed.SupportsKeysAndGetItem[_T, int], /) -> None: ...
    @typing.overload
    def __init__(self, iterable: collections.abc.Iterable[_T], /) -> None: ...
    def __ior__(self: Self, other: Counter[_T]) -> Self:
        """Inplace union is the maximum of value from either counter.

        >>> c = Counter('abbb')
        >>> c |= Counter('bcc')
        >>> c
        Counter({'b': 3, 'c': 2, 'a': 1})

       \x20"""
        ...
    def __isub__(self: Self, other: Counter[_T]) -> Self:
        """Inplace subtract counter, but keep only results with positive counts.

        >>> c = Counter('abbbc')
        >>> c -= Counter('bccd')
        >>> c
        Counter({'b': 2, 'a': 1})

       \x20"""
        ...
    def __le__(self, other: Counter[typing.Any]) -> bool:
        """True if all counts in self are a subset of those in other."""
        ...
    def __lt__(self, other: Counter[typing.Any]) -> bool:
        """True if all counts in self are a proper subset of those in other."""
        ...
    def __missing__(self, key: _T) -> int:
        """The count of elements not in the Counter is zero."""
        ...
    def __ne__(self, other: object) -> bool:
        """True if any counts disagree. Missing counts are treated as zero."""
        ...
    def __neg__(self) -> Counter[_T]:
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.

       \x20"""
        ...
    def __or__(self, other: Counter[_S]) -> Counter[_T | _S]:
        """Union is the maximum of value in either of the input counters.

        >>> Counter('abbb') | Counter('bcc')
        Counter({'b': 3, 'c': 2, 'a': 1})

       \x20"""
        ...
    def __pos__(self) -> Counter[_T]:
        """Adds an empty counter, effectively stripping negative and zero counts"""
        ...
    def __sub__(self, other: Counter[_T]) -> Counter[_T]:
        """ Subtract count, but keep only results with positive counts.

        >>> Counter('abbbc') - Counter('bccd')
        Counter({'b': 2, 'a': 1})

       \x20"""
        ...
    def copy(self: Self) -> Self:
        """Return a shallow copy."""
        ...
    def elements(self) -> collections.abc.Iterator[_T]:
        """Iterator over elements repeating each as many times as its count.

        >>> c = Counter('ABCABC')
        >>> sorted(c.elements())
        ['A', 'A', 'B', 'B', 'C', 'C']

        # Knuth's example for prime factors of 1836:  2**2 * 3**3 * 17**1
        >>> import math
        >>> prime_factors = Counter({2: 2, 3: 3, 17: 1})
        >>> math.prod(prime_factors.elements())
        1836

        Note, if an element's count has been set to zero or is a negative
        number, elements() will ignore it.

       \x20"""
        ...
    @classmethod
    def fromkeys(cls, iterable: typing.Any, v: int | None = None) -> typing.NoReturn: ...
    def most_common(self, n: int | None = None) -> list[tuple[_T, int]]:
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.

        >>> Counter('abracadabra').most_common(3)
        [('a', 5), ('b', 2), ('r', 2)]

       \x20"""
        ...
    @typing.overload
    def subtract(self, iterable: None = ..., /) -> None:
        """Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.  Both the inputs and outputs are
        allowed to contain zero and negative counts.

        Source can be an iterable, a dictionary, or another Counter instance.

        >>> c = Counter('which')
        >>> c.subtract('witch')             # subtract elements from another iterable
        >>> c.subtract(Counter('watch'))    # subtract elements from another counter
        >>> c['h']                          # 2 in which, minus 1 in witch, minus 1 in watch
        0
        >>> c['w']                          # 1 in which, minus 1 in witch, minus 1 in watch
        -1

       \x20"""
        ...
    @typing.overload
    def subtract(self, mapping: collections.abc.Mapping[_T, int], /) -> None: ...
    @typing.overload
    def subtract(self, iterable: collections.abc.Iterable[_T], /) -> None: ...
    def total(self) -> int:
        """Sum of the counts"""
        ...
    @typing.overload
    def update(self, m: collections.abc.Mapping[_T, int], /, **kwargs: int) -> None:
        """Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.

        >>> c = Counter('which')
        >>> c.update('witch')           # add elements from another iterable
        >>> d = Counter('watch')
        >>> c.update(d)                 # add elements from another counter
        >>> c['h']                      # four 'h' in which, witch, and watch
        4

       \x20"""
        ...
    @typing.overload
    def update(self, m: collections.abc.Iterable[_T], /, **kwargs: int) -> None: ...
    @typing.overload
    def update(self, m: None = ..., /, **kwargs: int) -> None: ...

class OrderedDict(dict[_KT, _VT], collections.abc.Reversible[_KT], typing.Generic[_KT, _VT]):
    """Dictionary that remembers insertion order"""
    def __reversed__(self) -> collections.abc.Iterator[_KT]:
        """od.__reversed__() <==> reversed(od)"""
        ...
    def copy(self: Self) -> Self:
        """od.copy() -> a shallow copy of od"""
        ...
    @typing.overload
    @classmethod
    def fromkeys(
        cls,
        iterable: collections.abc.Iterable[_T],
        value: None = ...,
    ) -> OrderedDict[_T, typing.Any | None]:
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        ...
    @typing.overload
    @classmethod
    def fromkeys(cls, iterable: collections.abc.Iterable[_T], value: _S) -> OrderedDict[_T, _S]: ...
    def items(self) -> collections._odict_items[_KT, _VT]: ...
    def keys(self) -> collections._odict_keys[_KT, _VT]: ...
    def move_to_end(self, key: _KT, last: bool = True) -> None:
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        ...
    def popitem(self, last: bool = True) -> tuple[_KT, _VT]:
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        ...
    @typing.overload
    def setdefault(self: OrderedDict[_KT, _T | None], key: _KT) -> _T | None:
        """Insert key with a value of default if key is not in the dictionary.

Return the value for key if key is in the dictionary, else default."""
        ...
    @typing.overload
    def setdefault(self, key: _KT, default: _VT) -> _VT: ...
    def values(self) -> collections._odict_values[_KT, _VT]: ...

class UserDict(collections.abc.MutableMapping[_KT, _VT], typing.Generic[_KT, _VT]):
    data: dict[_KT, _VT]
    def __contains__(self, key: object) -> bool: ...
    def __copy__(self: Self) -> Self: ...
    def __delitem__(self, key: _KT) -> None: ...
    def __getitem__(self, key: _KT) -> _VT: ...
    @typing.overload
    def __init__(self, dict: None = ..., /) -> None: ...
    @typing.overload
    def __init__(self: UserDict[str, _VT], dict: None = ..., /, **kwargs: _VT) -> None: ...
    @typing.overload
    def __init__(self, dict: _typeshed.SupportsKeysAndGetItem[_KT, _VT], /) -> None: ...
    @typing.overload
    def __init__(
        self: UserDict[str, _VT],
        dict: _typeshed.SupportsKeysAndGetItem[str, _VT],
        /,
        **kwargs: _VT,
    ) -> None: ...
    @typing.overload
    def __init__(self, iterable: collections.abc.Iterable[tuple[_KT, _VT]], /) -> None: ...
    @typing.overload
    def __init__(
        self: UserDict[str, _VT],
        iterable: collections.abc.Iterable[tuple[str, _VT]],
        /,
        **kwargs: _VT,
    ) -> None: ...
    @typing.overload
    def __init__(
        self: UserDict[str, str],
        iterable: collections.abc.Iterable[list[str]],
        /,
    ) -> None: ...
    @typing.overload
    def __ior__(self: Self, other: _typeshed.SupportsKeysAndGetItem[_KT, _VT]) -> Self: ...
    @typing.overload
    def __ior__(self: Self, other: collections.abc.Iterable[tuple[_KT, _VT]]) -> Self: ...
    def __iter__(self) -> collections.abc.Iterator[_KT]: ...
    def __len__(self) -> int: ...
    def __or__(
        self,
        other: UserDict[_T1, _T2] | dict[_T1, _T2],
    ) -> UserDict[_KT | _T1, _VT | _T2]: ...
    def __ror__(
        self,
        other: UserDict[_T1, _T2] | dict[_T1, _T2],
    ) -> UserDict[_KT | _T1, _VT | _T2]: ...
    def __setitem__(self, key: _KT, item: _VT) -> None: ...
    def copy(self: Self) -> Self: ...
    @typing.overload
    @classmethod
    def fromkeys(
        cls,
        iterable: collections.abc.Iterable[_T],
        value: None = ...,
    ) -> UserDict[_T, typing.Any | None]: ...
    @typing.overload
    @classmethod
    def fromkeys(cls, iterable: collections.abc.Iterable[_T], value: _S) -> UserDict[_T, _S]: ...

class UserList(collections.abc.MutableSequence[_T]):
    """A more or less complete user-defined wrapper around list objects."""
    data: list[_T]
    def __add__(self: Self, other: collections.abc.Iterable[_T]) -> Self: ...
    def __contains__(self, item: object) -> bool: ...
    def __copy__(self: Self) -> Self: ...
    def __delitem__(self, i: typing.SupportsIndex | slice) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ge__(self, other: list[_T] | UserList[_T]) -> bool: ...
    @typing.overload
    def __getitem__(self, i: typing.SupportsIndex) -> _T: ...
    @typing.overload
    def __getitem__(self: Self, i: slice) -> Self: ...
    def __gt__(self, other: list[_T] | UserList[_T]) -> bool: ...
    def __iadd__(self: Self, other: collections.abc.Iterable[_T]) -> Self: ...
    def __imul__(self: Self, n: int) -> Self: ...
    @typing.overload
    def __init__(self, initlist: None = ...) -> None: ...
    @typing.overload
    def __init__(self, initlist: collections.abc.Iterable[_T]) -> None: ...
    def __le__(self, other: list[_T] | UserList[_T]) -> bool: ...
    def __len__(self) -> int: ...
    def __lt__(self, other: list[_T] | UserList[_T]) -> bool: ...
    def __mul__(self: Self, n: int) -> Self: ...
    def __radd__(self: Self, other: collections.abc.Iterable[_T]) -> Self: ...
    def __rmul__(self: Self, n: int) -> Self: ...
    @typing.overload
    def __setitem__(self, i: typing.SupportsIndex, item: _T) -> None: ...
    @typing.overload
    def __setitem__(self, i: slice, item: collections.abc.Iterable[_T]) -> None: ...
    def append(self, item: _T) -> None: ...
    def copy(self: Self) -> Self: ...
    def count(self, item: _T) -> int: ...
    def extend(self, other: collections.abc.Iterable[_T]) -> None: ...
    def index(
        self,
        item: _T,
        start: typing.SupportsIndex = ...,
        stop: typing.SupportsIndex = ...,
        /,
    ) -> int: ...
    def insert(self, i: int, item: _T) -> None: ...
    def pop(self, i: int = -1) -> _T: ...
    def remove(self, item: _T) -> None: ...
    @typing.overload
    def sort(
        self: UserList[SupportsRichComparisonT],
        *,
        key: None = ...,
        reverse: bool = ...,
    ) -> None: ...
    @typing.overload
    def sort(
        self,
        *,
        key: collections.abc.Callable[[_T], SupportsRichComparison],
        reverse: bool = ...,
    ) -> None: ...

class UserString(collections.abc.Sequence[UserString]):
    data: str
    def __add__(self: Self, other: object) -> Self: ...
    def __complex__(self) -> complex: ...
    def __contains__(self, char: object) -> bool: ...
    def __eq__(self, string: object) -> bool: ...
    def __float__(self) -> float: ...
    def __ge__(self, string: str | UserString) -> bool: ...
    def __getitem__(self: Self, index: typing.SupportsIndex | slice) -> Self: ...
    def __getnewargs__(self) -> tuple[str]: ...
    def __gt__(self, string: str | UserString) -> bool: ...
    def __init__(self, seq: object) -> None: ...
    def __int__(self) -> int: ...
    def __iter__(self: Self) -> collections.abc.Iterator[Self]: ...
    def __le__(self, string: str | UserString) -> bool: ...
    def __len__(self) -> int: ...
    def __lt__(self, string: str | UserString) -> bool: ...
    def __mod__(self: Self, args: typing.Any) -> Self: ...
    def __mul__(self: Self, n: int) -> Self: ...
    def __radd__(self: Self, other: object) -> Self: ...
    def __reversed__(self: Self) -> collections.abc.Iterator[Self]: ...
    def __rmod__(self: Self, template: object) -> Self: ...
    def __rmul__(self: Self, n: int) -> Self: ...
    def capitalize(self: Self) -> Self: ...
    def casefold(self: Self) -> Self: ...
    def center(self: Self, width: int, *args: typing.Any) -> Self: ...
    def count(self, sub: str | UserString, start: int = 0, end: int = ...) -> int: ...
    def encode(
        self: UserString,
        encoding: str | None = 'utf-8',
        errors: str | None = 'strict',
    ) -> bytes: ...
    def endswith(
        self,
        suffix: str | tuple[str, ...],
        start: int | None = 0,
        end: int | None = ...,
    ) -> bool: ...
    def expandtabs(self: Self, tabsize: int = 8) -> Self: ...
    def find(self, sub: str | UserString, start: int = 0, end: int = ...) -> int: ...
    def format(self, *args: typing.Any, **kwds: typing.Any) -> str: ...
    def format_map(self, mapping: collections.abc.Mapping[str, typing.Any]) -> str: ...
    def index(self, sub: str, start: int = 0, end: int = ...) -> int: ...
    def isalnum(self) -> bool: ...
    def isalpha(self) -> bool: ...
    def isascii(self) -> bool: ...
    def isdecimal(self) -> bool: ...
    def isdigit(self) -> bool: ...
    def isidentifier(self) -> bool: ...
    def islower(self) -> bool: ...
    def isnumeric(self) -> bool: ...
    def isprintable(self) -> bool: ...
    def isspace(self) -> bool: ...
    def istitle(self) -> bool: ...
    def isupper(self) -> bool: ...
    def join(self, seq: collections.abc.Iterable[str]) -> str: ...
    def ljust(self: Self, width: int, *args: typing.Any) -> Self: ...
    def lower(self: Self) -> Self: ...
    def lstrip(self: Self, chars: str | None = None) -> Self: ...
    @typing.overload
    @staticmethod
    def maketrans(x: dict[int, _T] | dict[str, _T] | dict[str | int, _T]) -> dict[int, _T]:
        """Return a translation table usable for str.translate().

If there is only one argument, it must be a dictionary mapping Unicode
ordinals (integers) or characters to Unicode ordinals, strings or None.
Character keys will be then converted to ordinals.
If there are two arguments, they must be strings of equal length, and
in the resulting dictionary, each character in x will be mapped to the
character at the same position in y. If there is a third argument, it
must be a string, whose characters will be mapped to None in the result."""
        ...
    @typing.overload
    @staticmethod
    def maketrans(x: str, y: str, z: str = ...) -> dict[int, int | None]: ...
    def partition(self, sep: str) -> tuple[str, str, str]: ...
    def removeprefix(self: Self, prefix: str | UserString, /) -> Self: ...
    def removesuffix(self: Self, suffix: str | UserString, /) -> Self: ...
    def replace(
        self: Self,
        old: str | UserString,
        new: str | UserString,
        maxsplit: int = -1,
    ) -> Self: ...
    def rfind(self, sub: str | UserString, start: int = 0, end: int = ...) -> int: ...
    def rindex(self, sub: str | UserString, start: int = 0, end: int = ...) -> int: ...
    def rjust(self: Self, width: int, *args: typing.Any) -> Self: ...
    def rpartition(self, sep: str) -> tuple[str, str, str]: ...
    def rsplit(self, sep: str | None = None, maxsplit: int = -1) -> list[str]: ...
    def rstrip(self: Self, chars: str | None = None) -> Self: ...
    def split(self, sep: str | None = None, maxsplit: int = -1) -> list[str]: ...
    def splitlines(self, keepends: bool = False) -> list[str]: ...
    def startswith(
        self,
        prefix: str | tuple[str, ...],
        start: int | None = 0,
        end: int | None = ...,
    ) -> bool: ...
    def strip(self: Self, chars: str | None = None) -> Self: ...
    def swapcase(self: Self) -> Self: ...
    def title(self: Self) -> Self: ...
    def translate(self: Self, *args: typing.Any) -> Self: ...
    def upper(self: Self) -> Self: ...
    def zfill(self: Self, width: int) -> Self: ...

class defaultdict(dict[_KT, _VT], typing.Generic[_KT, _VT]):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""
    default_factory: collections.abc.Callable[[], _VT] | None
    def __copy__(self: Self) -> Self:
        """D.copy() -> a shallow copy of D."""
        ...
    @typing.overload
    def __init__(self) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(self: defaultdict[str, _VT], **kwargs: _VT) -> None: ...
    @typing.overload
    def __init__(self, default_factory: collections.abc.Callable[[], _VT] | None, /) -> None: ...
    @typing.overload
    def __init__(
        self: defaultdict[str, _VT],
        default_factory: collections.abc.Callable[[], _VT] | None,
        /,
        **kwargs: _VT,
    ) -> None: ...
    @typing.overload
    def __init__(
        self,
        default_factory: collections.abc.Callable[[], _VT] | None,
        map: _typeshed.SupportsKeysAndGetItem[_KT, _VT],
        /,
    ) -> None: ...
    @typing.overload
    def __init__(
        self: defaultdict[str, _VT],
        default_factory: collections.abc.Callable[[], _VT] | None,
        map: _typeshed.SupportsKeysAndGetItem[str, _VT],
        /,
        **kwargs: _VT,
    ) -> None: ...
    @typing.overload
    def __init__(
        self,
        default_factory: collections.abc.Callable[[], _VT] | None,
        iterable: collections.abc.Iterable[tuple[_KT, _VT]],
        /,
    ) -> None: ...
    @typing.overload
    def __init__(
        self: defaultdict[str, _VT],
        default_factory: collections.abc.Callable[[], _VT] | None,
        iterable: collections.abc.Iterable[tuple[str, _VT]],
        /,
        **kwargs: _VT,
    ) -> None: ...
    def __missing__(self, key: _KT, /) -> _VT:
        """__missing__(key) # Called by __getitem__ for missing key; pseudo-code:
  if self.default_factory is None: raise KeyError((key,))
  self[key] = value = self.default_factory()
  return value
"""
        ...
    def copy(self: Self) -> Self:
        """D.copy() -> a shallow copy of D."""
        ...

class deque(collections.abc.MutableSequence[_T], typing.Generic[_T]):
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""
    def __add__(self: Self, other: Self, /) -> Self:
        """Return self+value."""
        ...
    def __class_getitem__(cls, item: typing.Any, /) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __contains__(self, o: object, /) -> bool:
        """Return key in self."""
        ...
    def __copy__(self: Self) -> Self:
        """Return a shallow copy of a deque."""
        ...
    def __delitem__(self, i: typing.SupportsIndex, /) -> None:
        """Delete self[key]."""
        ...
    def __ge__(self, other: deque[_T], /) -> bool:
        """Return self>=value."""
        ...
    def __getitem__(self, index: typing.SupportsIndex, /) -> _T:
        """Return self[key]."""
        ...
    def __gt__(self, other: deque[_T], /) -> bool:
        """Return self>value."""
        ...
    def __iadd__(self: Self, iterable: collections.abc.Iterable[_T], /) -> Self:
        """Implement self+=value."""
        ...
    def __imul__(self: Self, other: int, /) -> Self:
        """Implement self*=value."""
        ...
    @typing.overload
    def __init__(self, *, maxlen: int | None = ...) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    @typing.overload
    def __init__(
        self,
        iterable: collections.abc.Iterable[_T],
        maxlen: int | None = ...,
    ) -> None: ...
    def __le__(self, other: deque[_T], /) -> bool:
        """Return self<=value."""
        ...
    def __len__(self) -> int:
        """Return len(self)."""
        ...
    def __lt__(self, other: deque[_T], /) -> bool:
        """Return self<value."""
        ...
    def __mul__(self: Self, other: int, /) -> Self:
        """Return self*value."""
        ...
    def __reduce__(
        self: Self,
    ) -> tuple[type[Self], tuple[()], None, collections.abc.Iterator[_T]]:
        """Return state information for pickling."""
        ...
    def __setitem__(self, i: typing.SupportsIndex, x: _T, /) -> None:
        """Set self[key] to value."""
        ...
    def append(self, x: _T, /) -> None:
        """Add an element to the right side of the deque."""
        ...
    def appendleft(self, x: _T, /) -> None:
        """Add an element to the left side of the deque."""
        ...
    def copy(self: Self) -> Self:
        """Return a shallow copy of a deque."""
        ...
    def count(self, x: _T, /) -> int:
        """D.count(value) -> integer -- return number of occurrences of value"""
        ...
    def extend(self, iterable: collections.abc.Iterable[_T], /) -> None:
        """Extend the right side of the deque with elements from the iterable"""
        ...
    def extendleft(self, iterable: collections.abc.Iterable[_T], /) -> None:
        """Extend the left side of the deque with elements from the iterable"""
        ...
    def index(self, x: _T, start: int = ..., stop: int = ..., /) -> int:
        """D.index(value, [start, [stop]]) -> integer -- return first index of value.
Raises ValueError if the value is not present."""
        ...
    def insert(self, i: int, x: _T, /) -> None:
        """D.insert(index, object) -- insert object before index"""
        ...
    @property
    def maxlen(self) -> int | None: ...
    def pop(self) -> _T:
        """Remove and return the rightmost element."""
        ...
    def popleft(self) -> _T:
        """Remove and return the leftmost element."""
        ...
    def remove(self, value: _T, /) -> None:
        """D.remove(value) -- remove first occurrence of value."""
        ...
    def rotate(self, n: int = ..., /) -> None:
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        ...
