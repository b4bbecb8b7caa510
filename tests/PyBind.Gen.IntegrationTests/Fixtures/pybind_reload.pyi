# pybind-stub: 1
# module: pybind_reload
# module-version: unknown
# interpreter: CPython 3.11.2 linux x86_64
# sources: pybind_reload.py
# content-hash: sha256:0000000000000000000000000000000000000000000000000000000000000000
"""A module the reload tests write (a fresh copy in a temporary folder) and edit while bound."""

class ReloadError(Exception): ...

class Greeter:
    def __init__(self, name: str) -> None: ...
    def greet(self) -> str: ...

EDITION: int

def version() -> int: ...

def check(value: int) -> int: ...
