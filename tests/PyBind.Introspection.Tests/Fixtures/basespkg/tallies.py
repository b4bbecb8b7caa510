"""A class deriving from a built-in container, whose members the generator reads in builtins' stub."""


class Tally(dict[str, int]):
    """Counts by name."""

    def total(self) -> int:
        return sum(self.values())
