# pybind-stub: 1
# module: hostile_keywords
# module-version: 1.0
# interpreter: CPython 3.11.2 linux x86_64
# sources: hand-written
# content-hash: sha256:00
"""Names that are C# keywords or contextual keywords, in every position a name can take."""

import enum
import typing

var = typing.TypeVar('var')
where = typing.TypeVar('where')

dynamic: typing.TypeAlias = int | str

event: int = 1
nameof: str
record: bool

def await_(async_: int, await_: int) -> None: ...

def class_(class_: int, int: int, event: str, var: int, value: int, yield_: int, dynamic: int, nameof: int, where: int) -> int: ...

def contextual(add: int, remove: int, get: int, set: int, init: int, partial: int, select: int, let: int, orderby: int, group: int, by: int, into: int, join: int, on: int, equals: int, ascending: int, descending: int, when: int, managed: int, unmanaged: int, notnull: int, nint: int, nuint: int, args: int, file: int, required: int, scoped: int, field: int, extension: int, allows: int, record: int, __arglist: int, __makeref: int, __reftype: int, __refvalue: int) -> None: ...

def generic(x: var, y: where) -> var: ...

def nameof_(nameof: int, typeof: int, sizeof: int, default: int, checked: int, stackalloc: int) -> str: ...

def params(*params: int, **ref: int) -> None: ...

def this(this: int, base: int, object: int, string: int, operator: int, implicit: int, explicit: int, new: int, null: int, true: int, false: int) -> None: ...

class event_:
    """A class named like a keyword, with keyword members."""
    value: int
    field: int
    def __init__(self, value: int, out: int = ...) -> None: ...
    def get(self, set: int) -> int: ...
    @property
    def init(self) -> int: ...
    @init.setter
    def init(self, value: int) -> None: ...
    @classmethod
    def operator(cls, implicit: int) -> None: ...
    @staticmethod
    def static(readonly: int, const: int) -> None: ...

class int_(enum.IntEnum):
    long = 1
    value_ = 2
    default = 3

class string(Exception):
    object: int
