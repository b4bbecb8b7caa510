"""Methods that are not CPython's function types: decorated by functools, as compiled extensions' are by Cython."""

import functools


class Catalog:
    """Looks items up, remembering the answers."""

    def __init__(self, prefix: str = "item") -> None:
        self.prefix = prefix

    @functools.lru_cache(maxsize=None)
    def lookup(self, key: int, suffix: str = "") -> str:
        """The name of the item numbered key."""
        return "%s-%d%s" % (self.prefix, key, suffix)

    @functools.cached_property
    def size(self) -> int:
        """How many items there are (counted once)."""
        return 3


@functools.lru_cache(maxsize=16)
def square(x: int) -> int:
    """x times x, remembered."""
    return x * x
