"""Instances of private subclasses, called like functions and used through their methods (scipy.stats.norm)."""
from ._distributions import rv_continuous, uniform

__all__ = ["rv_continuous", "uniform"]
