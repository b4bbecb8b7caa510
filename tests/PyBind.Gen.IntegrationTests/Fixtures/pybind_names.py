"""Methods named like PyObject's helpers, for PyBind.Gen's naming tests: contains() as shapely's, count() as bitarray's."""


class Interval:
    """A closed interval of numbers; contains() asks about another interval, as shapely's geometries do."""

    def __init__(self, low, high):
        self.low = low
        self.high = high

    def contains(self, other):
        return self.low <= other.low and other.high <= self.high

    def count(self, points):
        return sum(1 for p in points if self.low <= p <= self.high)

    def repr(self):
        return f"[{self.low}, {self.high}]"
