# pybind-stub: 1
# module: pybind_absent
# module-version: unknown
# interpreter: CPython 3.11.2 linux x86_64
# sources: pybind_absent.py
# content-hash: sha256:0000000000000000000000000000000000000000000000000000000000000000
"""A module that has a stub but is not installed: its bindings compile, and every call says what is missing."""

def anything(value: int) -> int: ...
