"""Models deriving from basespkg.base, and one deriving from the standard library, which is not followed."""
import collections

from basespkg.base import Estimator


class Model(Estimator):
    """A model."""

    def fit(self, x):
        return self


class Registry(collections.OrderedDict):
    """Not a base of this package."""
