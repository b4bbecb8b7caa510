"""A fixture package whose stub exercises every construct of the dialect."""
import enum
import sys
import typing

from typedpkg._impl import Helper
from typedpkg.shapes import Circle
from . import shapes

ANSWER = 42
GREETING = "hello"


class FixtureError(ValueError):
    """Raised by nothing; exists to be an exception class."""


class Color(enum.Enum):
    """Primary-ish colors."""
    RED = "red"
    GREEN = "green"


class Temperature(enum.IntEnum):
    COLD = 1
    WARM = 2
    HOT = 3


def first(items, default=None):
    """Return the first item, or the default."""
    return items[0] if items else default


if sys.version_info >= (3, 11):
    def since_311(x):
        return x
else:
    def until_310(x):
        return x

if sys.platform == "win32":
    def on_windows():
        return None
else:
    def on_linux():
        return None


def pos_and_kw(a, b, /, c, *args, d=True, e=None, **kwargs):
    """Docstring with "quotes", a backslash \\ and a trailing space: 
    and a line that ends the docstring with a quote\""""


def kinds(legacy, mode="r", *, flag):
    return 0


_SENTINEL = object()


def maybe(x=None, y=-1, z=(1, "a"), w=1j, v=_SENTINEL):
    return x


def combine(f, g):
    return g


def wrap(f):
    return f


def scale(value, factor):
    return value * factor


def area(shape):
    return shape.side ** 2


def private_alias_user(x):
    return x


async def async_fetch(url):
    return b""


class Box:
    """A box holding one item."""
    capacity = 1
    kind = "box"

    def __init__(self, item):
        self._item = item

    @property
    def item(self):
        """The boxed item."""
        return self._item

    @item.setter
    def item(self, value):
        self._item = value

    @property
    def label(self):
        return "box"

    @classmethod
    def empty(cls):
        return cls(None)

    @staticmethod
    def version():
        return "1"

    def map(self, f):
        """Apply f to the item."""
        return Box(f(self._item))

    class Lid:
        closed = True

        def open(self):
            self.closed = False


class _Loud:
    def __call__(self, text, *, times=1):
        """Shout the text."""
        return text.upper() * times


class Shouter(_Loud):
    """Something that shouts when called."""
    volume = 11


shout = Shouter()
T = typing.TypeVar("T")
N = typing.TypeVar("N", int, float)
B = typing.TypeVar("B", bound=typing.Sequence[int])
Number = typing.Union[int, float]


class Unlisted:
    """Not in __all__, but a public function returns it."""
    value = 0


def make_unlisted():
    return Unlisted()


def as_buffer(data):
    return memoryview(data)
