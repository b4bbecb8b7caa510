# A stub exercising every construct the dialect has; tests assert its normalized form.
import sys
import typing_extensions
from collections.abc import Callable, Sequence
from enum import Enum, IntEnum
from typing import Any, ClassVar, Generic, Literal, Optional, ParamSpec, TypeVar, Union, overload

from typedpkg._impl import Helper as Helper, _private_helper
from typedpkg.shapes import Circle as Circle
from . import shapes as shapes

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=Sequence[int])
P = ParamSpec("P")
_Secret = TypeVar("_Secret")
Number = Union[int, float]
_PrivateAlias = Optional[list[str]]

__all__ = [
    "ANSWER", "GREETING", "Box", "Circle", "Color", "FixtureError", "Helper", "Number", "Temperature", "Shouter",
    "area", "async_fetch", "combine", "first", "kinds", "maybe", "scale", "shout", "shapes", "since_311", "until_310",
    "wrap", "as_buffer", "on_linux", "on_windows", "pos_and_kw", "private_alias_user", "B", "N", "T", "make_unlisted",
]

ANSWER: int
GREETING: str = "hello"
_HIDDEN: int

class FixtureError(ValueError): ...

class Color(Enum):
    RED = "red"
    GREEN = "green"

@overload
def first(items: Sequence[T]) -> T: ...
@overload
def first(items: Sequence[T], default: T = ...) -> T: ...

if sys.version_info >= (3, 11):
    def since_311(x: int) -> int: ...
else:
    def until_310(x: int) -> int: ...

if sys.platform == "win32":
    def on_windows() -> None: ...
else:
    def on_linux() -> None: ...

def pos_and_kw(a: int, b: str, /, c: float, *args: bytes, d: bool = True, e: Optional[str] = None, **kwargs: Any) -> None: ...
def kinds(__legacy: int, mode: Literal["r", "w"] = "r", *, flag: bool) -> Union[int, str]: ...
def maybe(x: Optional[int] = ..., y: int = -1, z: tuple[int, str] = (1, "a"), w: complex = ..., v: object = ...) -> int | None: ...
def combine(f: Callable[[int, str], bool], g: Callable[..., Any]) -> Callable[P, T]: ...
def wrap(f: Callable[P, T]) -> Callable[P, list[T]]: ...
def scale(value: N, factor: N) -> N: ...
def area(shape: shapes.Square) -> float: ...
def private_alias_user(x: _PrivateAlias) -> _Secret: ...
async def async_fetch(url: str) -> bytes: ...
def _private_function() -> None: ...

class Box(Generic[T]):
    capacity: int
    kind: ClassVar[str]
    def __init__(self, item: T) -> None: ...
    @property
    def item(self) -> T: ...
    @item.setter
    def item(self, value: T) -> None: ...
    @property
    def label(self) -> str: ...
    @classmethod
    def empty(cls) -> Box[Any]: ...
    @staticmethod
    def version() -> str: ...
    def map(self, f: Callable[[T], B]) -> Box[B]: ...
    def _internal(self) -> None: ...
    class Lid:
        closed: bool
        def open(self) -> None: ...

class Temperature(IntEnum):
    COLD = 1
    WARM = 2
    HOT: int

class _Loud:
    def __call__(self, text: str, *, times: int = 1) -> str: ...

class Shouter(_Loud):
    volume: int

shout: Shouter

class Unlisted:
    """Not in __all__, but a public function returns it."""
    value: int

def make_unlisted() -> Unlisted: ...

def as_buffer(data: typing_extensions.Buffer) -> typing_extensions.Buffer: ...
