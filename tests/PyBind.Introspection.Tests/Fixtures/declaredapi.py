"""An untyped module that lists its API in __all__ without its base class (statsmodels.regression.linear_model)."""

__all__ = ["Ordinary"]


class Model:
    def fit(self, x):
        """Fit to x."""
        return self


class Ordinary(Model):
    def __init__(self, y):
        self.y = y
