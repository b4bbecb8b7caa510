"""An untyped module without stub or py.typed: only run-time inspection describes it."""
import os
import typing

LIMIT = 10
ItemT = typing.TypeVar("ItemT")  # as pandas' NDFrameT: no value of the API


def greet(name, punctuation="!", *, loud=False):
    """Greet someone."""
    text = "Hello, " + name + punctuation
    return text.upper() if loud else text


class Counter:
    """Counts things."""

    step = 1

    def __init__(self, start=0):
        self.value = start

    def increment(self, by=1):
        """Increase the count."""
        self.value += by
        return self.value

    @property
    def doubled(self):
        """Twice the value."""
        return self.value * 2


class _Multiplier:
    def __call__(self, x, factor=2):
        """Multiply x by the factor."""
        return x * factor


multiply = _Multiplier()


class _Estimator:
    def predict(self, x):
        """Predict from x."""
        return x


class Regression(_Estimator, Counter):
    """A public class with a private base (scikit-learn's LinearRegression and linear_model._base.LinearModel)."""

    def fit(self, x):
        return self
