"""A class attribute built by iterating a set of strings, as pandas builds some: its order follows the string hash."""

_NAMES = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima"}


class Visitor:
    """Refuses the names it was given."""

    unsupported = tuple(_NAMES)
