"""Containers in every annotation shape, for PyBind.Gen's argument-shape tests: each function describes what it received."""
from typing import Any, Iterable, Mapping, Optional, Sequence


def describe(value):
    """A canonical text of a value: its Python type and items, nested (sets and dicts in sorted order)."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, float, str)):
        return repr(value)
    if isinstance(value, (set, frozenset)):
        return type(value).__name__ + '{' + ', '.join(sorted(describe(v) for v in value)) + '}'
    if isinstance(value, dict):
        items = sorted((describe(k), describe(v)) for k, v in value.items())
        return 'dict{' + ', '.join(k + ': ' + v for k, v in items) + '}'
    if isinstance(value, (list, tuple)):
        return type(value).__name__ + '[' + ', '.join(describe(v) for v in value) + ']'
    return type(value).__name__


def list_of_int(x: list[int]) -> str:
    return describe(x)


def sequence_of_float(x: Sequence[float]) -> str:
    return describe(x)


def iterable_of_str(x: Iterable[str]) -> str:
    return describe(list(x))


def set_of_int(x: set[int]) -> str:
    return describe(x)


def frozenset_of_str(x: frozenset[str]) -> str:
    return describe(x)


def tuple_of_int(x: tuple[int, ...]) -> str:
    return describe(x)


def list_of_any(x: list[Any]) -> str:
    return describe(x)


def dict_of_int(x: dict[str, int]) -> str:
    return describe(x)


def mapping_of_float(x: Mapping[str, float]) -> str:
    return describe(x)


def dict_of_any(x: dict[str, Any]) -> str:
    return describe(x)


def list_of_lists(x: list[list[int]]) -> str:
    return describe(x)


def list_of_dicts(x: list[dict[str, int]]) -> str:
    return describe(x)


def list_of_pairs(x: list[tuple[int, str]]) -> str:
    return describe(x)


def dict_of_lists(x: dict[str, list[int]]) -> str:
    return describe(x)


def dict_of_sets(x: dict[str, set[int]]) -> str:
    return describe(x)


def dict_of_dicts(x: dict[str, dict[str, int]]) -> str:
    return describe(x)


def mapping_of_sequences(x: Mapping[str, Sequence[float]]) -> str:
    return describe(x)


def dict_of_lists_of_any(x: dict[str, list[Any]]) -> str:
    return describe(x)


def optional_dict_of_lists(n: int, x: Optional[dict[str, list[int]]] = None) -> str:
    return str(n) + ' ' + describe(x)


def make_list(n: int) -> list[int]:
    return list(range(n))


def make_sequence(n: int) -> Sequence[float]:
    return tuple(float(i) / 2 for i in range(n))


def make_set(n: int) -> set[int]:
    return set(range(n))


def make_dict(n: int) -> dict[str, int]:
    return {chr(97 + i): i for i in range(n)}


def make_list_of_lists(n: int) -> list[list[int]]:
    return [list(range(i)) for i in range(n)]


def make_dict_of_lists(n: int) -> dict[str, list[int]]:
    return {chr(97 + i): list(range(i)) for i in range(n)}


def make_dict_of_dicts(n: int) -> dict[str, dict[str, int]]:
    return {chr(97 + i): {'v': i} for i in range(n)}


def rotate(t: tuple[int, int, int, int, int, int, int, int, float, str]) -> tuple[str, int, int, int, int, int, int, int, int, float]:
    """Moves the last item first: a tuple longer than C#'s ValueTuple holds flat, both ways."""
    return (t[-1],) + t[:-1]


def nothing() -> tuple[()]:
    return ()
