"""Shapes: Circle is re-exported by the package, Square lives here."""


class Circle:
    """A circle."""

    def __init__(self, radius):
        self.radius = radius


class Square:
    """A square."""
    side = 1.0
