# pybind-stub: 1
# module: hostile_broken
# module-version: 1.0
# interpreter: CPython 3.11.2 linux x86_64
# sources: hand-written
# content-hash: sha256:00
"""A stub with one syntax error: the statement is reported at its line and column, the rest is bound."""

import typing

def before(x: int) -> int: ...

def broken(x: int, y: ) -> int: ...

class Kept:
    def method(self) -> None: ...

def after(x: str) -> str: ...
