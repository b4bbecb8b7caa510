"""An inline-annotated package (py.typed, no .pyi): the annotations in this file are the types."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Optional, overload

from inlinepkg.models import Record

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Record", "Registry", "VERSION", "count", "parse", "total"]

VERSION = "1.2.3"
_cache: dict = {}


def total(values: Iterable[float], start: float = 0.0) -> float:
    """Sum the values."""
    return sum(values, start)


@overload
def parse(text: str) -> int: ...
@overload
def parse(text: bytes) -> int: ...
def parse(text):
    """Parse a number from text or bytes."""
    return int(text)


def count(items, *, limit: Optional[int] = None):
    """No annotation on items or the return: they are typing.Any."""
    return len(items) if limit is None else min(len(items), limit)


class Registry:
    """Keeps records by name."""

    default_size: int = 8

    def __init__(self, name: str) -> None:
        self.name: str = name
        self.records: list[Record] = []
        self._hidden: int = 0

    def add(self, record: Record) -> None:
        """Add a record."""
        self.records.append(record)

    if sys.version_info >= (3, 9):
        def names(self) -> list[str]:
            return [r.name for r in self.records]
