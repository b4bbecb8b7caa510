"""A module whose stub (pybind_stale.pyi) is out of date: it promises things this module does not do or have."""
import math


class Widget:
    def __init__(self, size):
        self.size = size


def present(value):
    return value + 1


def str_for_int():
    return 'not an int'


def none_for_int():
    return None


def none_for_str():
    return None


def none_for_widget():
    return None


def int_for_widget():
    return 42


def huge_for_int():
    return 2 ** 70


def float_for_int():
    return 1.5


def nan_for_int():
    return math.nan


def int_for_list():
    return 7


def bad_items_for_list():
    return [1, 'two', 3]


def str_for_float():
    return '1.5'


def int_for_bool():
    return 1


def echo(value):
    return value


def small_int(value):
    # Like a C function with an `int` parameter: Python rejects what does not fit in 32 bits.
    return chr(value)
