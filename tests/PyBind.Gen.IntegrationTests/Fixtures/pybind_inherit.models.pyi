# pybind-stub: 1
# module: pybind_inherit.models
# module-version: unknown
# interpreter: CPython 3.11.2 linux x86_64
# sources: pybind_inherit/models.py
# content-hash: sha256:0000000000000000000000000000000000000000000000000000000000000000
"""A model deriving from two bases of pybind_inherit.base: Python looks names up in Line, Scorer, Estimator."""

import pybind_inherit.base
import typing

class Line(pybind_inherit.base.Scorer, pybind_inherit.base.Estimator):
    def fit(self, xs: list[float], ys: list[float]) -> typing.Self: ...
    def predict(self, x: float) -> float: ...
