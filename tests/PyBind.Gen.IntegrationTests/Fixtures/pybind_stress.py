"""A module for PyBind.Gen's stress tests: fresh objects per call, a live-instance count, callbacks and buffers."""
import threading

_lock = threading.Lock()
_live = 0


class Tracked:
    """Counts its live instances (made by __init__, freed by __del__), so a test can see that nothing leaks."""

    def __init__(self, value):
        global _live
        with _lock:
            _live += 1
        self.value = value
        # Big enough that a million leaked instances are far past any memory bound a test sets.
        self.payload = 'x' * 256

    def __del__(self):
        global _live
        with _lock:
            _live -= 1

    def doubled(self):
        return 2 * self.value


def live():
    return _live


def make(value):
    return Tracked(value)


def make_text(value):
    return f'text-{value}-' + 'y' * 200


def make_list(value):
    return [value, value + 1, value + 2]


def make_buffer(size):
    return bytearray(range(size % 256)) + bytearray(size // 256 * 256)


def checksum(data):
    return sum(data)


def apply(function, value):
    return function(value)


def apply_tracked(function, value):
    return function(Tracked(value))


def make_adder(value):
    tracked = Tracked(value)
    return lambda x: x + tracked.value


def add(a, b):
    return a + b


def scaled(values, factor):
    return [v * factor for v in values]


def check_below(value, limit):
    if value >= limit:
        raise ValueError(f'{value} is not below {limit}')
    return value
