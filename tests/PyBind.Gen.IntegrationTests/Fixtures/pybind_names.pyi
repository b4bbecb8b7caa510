# pybind-stub: 1
# module: pybind_names
# module-version: unknown
# interpreter: CPython 3.11.2 linux x86_64
# sources: pybind_names.py
# content-hash: sha256:0000000000000000000000000000000000000000000000000000000000000000
"""Methods named like PyObject's helpers, for PyBind.Gen's naming tests: contains() as shapely's, count() as bitarray's."""

import collections.abc

class Interval:
    """A closed interval of numbers; contains() asks about another interval, as shapely's geometries do."""
    def __init__(self, low: float, high: float) -> None: ...
    def contains(self, other: pybind_names.Interval) -> bool: ...
    def count(self, points: collections.abc.Iterable[float]) -> int: ...
    def repr(self) -> str: ...
