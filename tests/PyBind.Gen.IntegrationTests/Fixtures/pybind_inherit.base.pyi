# pybind-stub: 1
# module: pybind_inherit.base
# module-version: unknown
# interpreter: CPython 3.11.2 linux x86_64
# sources: pybind_inherit/base.py
# content-hash: sha256:0000000000000000000000000000000000000000000000000000000000000000
"""The bases of pybind_inherit.models."""

import typing

class Estimator:
    def __init__(self, **params: typing.Any) -> None: ...
    def describe(self) -> str: ...
    def get_params(self) -> dict[str, typing.Any]: ...
    def set_params(self, **params: typing.Any) -> typing.Self: ...

class Scorer:
    def describe(self) -> str: ...
    def score(self, xs: list[float], ys: list[float]) -> float:
        """The negated mean absolute error of the predictions."""
        ...
