"""The Python side of the benchmarks: each function exercises one thing, and does as little as possible itself."""


def f(x: int) -> int:
    return x + 1


def f_keyword(*, x: int) -> int:
    return x + 1


def nothing() -> None:
    return None


class Holder:
    """An object with an int attribute to read."""

    value: int

    def __init__(self) -> None:
        self.value = 42


_HUNDRED = list(range(100))


def hundred() -> list[int]:
    """The same list of 100 ints each time: the cost measured is reading it, not making it."""
    return _HUNDRED


def count(d: dict[str, int]) -> int:
    return len(d)
