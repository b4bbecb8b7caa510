"""Class and instance methods whose run-time descriptions lack their receiver."""

from typing import TypeVar


class Clock:
    @classmethod
    def now(cls, zone: str = "UTC") -> "Clock":
        return cls()

    @classmethod
    def from_doc(cls, *args, **kwargs):
        """from_doc(value)"""
        return cls()


class Tally(dict):
    # A C class method (a classmethod_descriptor) read from its class is a builtin method bound to it: its signature
    # starts after the receiver, as igraph's Graph.Famous(name) does.
    fromkeys = dict.__dict__["fromkeys"]


class Registry:
    @classmethod
    def register(klass, cls, name="x"):
        """A class method with a parameter named cls, as igraph's Graph.Isoclass(n, cls, directed=False)."""
        return klass


Framed = TypeVar("Framed", bound="Frame")


class Frame:
    """Methods whose receiver is annotated with a TypeVar, as pandas' NDFrame.head(self: NDFrameT) -> NDFrameT."""

    def head(self: Framed, n: int = 5) -> Framed:
        return self

    def align(self: Framed, other: Framed) -> "tuple[Framed, Framed]":
        return self, other

    @classmethod
    def empty(cls: "type[Framed]") -> Framed:
        return cls()


class Table(Frame):
    pass


def identity(value: Framed) -> Framed:
    """A function's TypeVar is no receiver."""
    return value
