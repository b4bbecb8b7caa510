"""Untyped classes with descriptors (as pandas' Series.str accessor and Index.is_unique cache): read from an instance
they give something else than the descriptor object."""

import functools
import types


class Loud:
    """What a frame's `loud` accessor is, made for each frame."""

    def __init__(self, frame):
        self._frame = frame

    def shout(self):
        return "HI"


class Shifty:
    """An accessor whose construction may make another class's instance (as pandas' `.dt`)."""

    def __new__(cls, frame):
        return Loud(frame)


class _Accessor:
    def __init__(self, accessor):
        self._accessor = accessor

    def __get__(self, obj, cls):
        return self._accessor if obj is None else self._accessor(obj)


class _Cached:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __get__(self, obj, cls):
        return self if obj is None else self.func(obj)

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class _AvailableIf:
    """A method offered only where a check passes, as scikit-learn's available_if (Pipeline.predict)."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner=None):
        if obj is not None:
            return types.MethodType(self.fn, obj)

        @functools.wraps(self.fn)
        def unbound(*args, **kwargs):
            return self.fn(*args, **kwargs)

        return unbound


class Frame:
    loud = _Accessor(Loud)
    odd = _Accessor(Shifty)

    @_Cached
    def unique(self):
        """Whether the values are unique."""
        return True

    @_AvailableIf
    def shout_if(self, volume: int = 1) -> str:
        """Shouts, where the frame can."""
        return "HI" * volume
