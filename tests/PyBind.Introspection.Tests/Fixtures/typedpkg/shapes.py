"""Shapes: Circle is re-exported by the package, Square lives here."""


class Circle:
    """A circle."""

    def __init__(self, radius):
        self.radius = radius

    def scaled(self, factor=2.0):
        """The circle with its radius times factor."""
        return Circle(self.radius * factor)

    scaledBy = scaled


class Square:
    """A square."""
    side = 1.0
