"""A module for PyBind.Gen's integration tests: every call shape the generator emits, with answers Python makes."""
import asyncio
import enum

VERSION = '1.2.3'
LIMIT = 10


def describe(a, b=2.5, /, c='default', *, d=None, e=7):
    """Echoes its arguments."""
    return f'{a}|{b}|{c}|{d}|{e}'


def concat(first, *rest, sep='-'):
    return sep.join([first, *rest])


def options(name, **kwargs):
    return name + ':' + ','.join(f'{k}={v}' for k, v in sorted(kwargs.items()))


def axis_default(axis=0):
    return 'none' if axis is None else f'axis={axis}'


def wrong_type():
    return 'not an int'


def maybe(flag):
    return 1 if flag else None


def maybe_anything(flag):
    return ['anything'] if flag else None


def pair():
    return (1, 'one')


def counts(words):
    result = {}
    for word in words:
        result[word] = result.get(word, 0) + 1
    return result


def unique(items):
    return set(items)


_numbers = [1, 2, 3]


def numbers():
    return _numbers


def lazy(n):
    for i in range(n):
        yield i * i


def counter(start):
    """Counts down from start, yielding 'n=...'; a number sent in counts down that much more; returns whether it hit 0 exactly."""
    n = start
    while n > 0:
        sent = yield f'n={n}'
        n -= 1 if sent is None else 1 + sent
    return n == 0


class Delayed:
    """An awaitable that is no coroutine: awaiting it gives twice its value."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 2 * self.value


def later(value):
    return Delayed(value)


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def doubled_later(x):
    await asyncio.sleep(0.01)
    return 2 * x


def kinds(value):
    return type(value).__name__


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


def paint(color):
    return Color(3 - int(color))


class Distribution:
    def __call__(self, *args, **kwds):
        return "frozen " + repr(args) + " " + repr(sorted(kwds.items()))

    def cdf(self, x):
        return min(1.0, max(0.0, x))


class _UniformGen(Distribution):
    pass


uniform = _UniformGen()


class FixtureError(ValueError):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


def fail(code):
    raise FixtureError(f'failed with {code}', code)


def chained(kind):
    """Raises ValueError from a KeyError: kind 'cause' (raise ... from), 'context' (raised while handling), 'suppressed' (from None)."""
    try:
        {}['missing']
    except KeyError as error:
        if kind == 'cause':
            raise FixtureError('bad lookup', 1) from error
        if kind == 'suppressed':
            raise ValueError('clean') from None
        raise ValueError('while handling')


def call_wrapped(function, value):
    """Calls back into .NET; what it raises is re-raised as the cause of a RuntimeError."""
    try:
        return function(value)
    except Exception as error:
        raise RuntimeError('the callback failed') from error


def chain_of(call):
    """The chain Python reports for what call() raises: 'Type: message' from the outermost down."""
    try:
        call()
    except BaseException as error:
        chain, current = [], error
        while current is not None:
            chain.append(f'{type(current).__name__}: {current}')
            current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        return chain


class Shape:
    """A named polygon."""

    def __init__(self, name, sides=3):
        self._name = name
        self.sides = sides

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    def describe(self, prefix='shape'):
        return f'{prefix} {self._name} with {self.sides} sides'

    @staticmethod
    def unit():
        return Shape('unit', 1)

    @classmethod
    def named(cls, name):
        return cls(name)

    def __len__(self):
        return self.sides

    def __getitem__(self, index):
        return f'{self._name}[{index}]'

    def __iter__(self):
        return iter([f'{self._name}{i}' for i in range(self.sides)])

    def __add__(self, other):
        return Shape(self._name + '+' + other._name, self.sides + other.sides)

    def __call__(self, x):
        return x * self.sides


class Square(Shape):
    def __init__(self, name):
        super().__init__(name, 4)

    def describe(self, prefix='square'):
        return super().describe(prefix)
