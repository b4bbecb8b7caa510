"""Annotations typing.get_type_hints cannot resolve as a whole, and overloads: pandas' shapes, described at run time."""
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

if TYPE_CHECKING:
    from decimal import Decimal
    from fractions import Fraction as Ratio


class Frame:
    """A table."""


class Reader:
    """Chunks of a table."""


@overload
def read(path: str, *, iterator: Literal[True]) -> Reader: ...
@overload
def read(path: str, *, iterator: Literal[False] = ...) -> Frame: ...
def read(path: str, *, iterator: bool = False) -> Frame | Reader:
    """Reads a table, or an iterator over its chunks."""
    return Reader() if iterator else Frame()


def total(values: list[Decimal], scale: Ratio, unit: Unknown) -> Decimal:
    """Sums values in a unit; no module defines Unknown."""
    raise NotImplementedError
