# pybind-stub: 1
# module: pipeline
# module-version: unknown
# interpreter: CPython 3.11.2 linux x86_64
# sources: pipeline.py, runtime
# content-hash: sha256:786b0d14b484ef2cce0f5677b2bd06d38513476593e8b388e9975b3cf9d7501b
"""A small measurement pipeline, written in Python and called from C# through generated bindings."""

import collections.abc
import numpy

def calibrate(readings: list[float], low: float = 0.0, high: float = 100.0) -> list[float]:
    """Scale readings from [low, high] to [0, 1].

    Raises:
        CalibrationError: a reading is outside [low, high].
   \x20"""
    ...

def score(values: list[float], weight: collections.abc.Callable[[float], float]) -> float:
    """Sum of the values, each multiplied by the weight the caller's function gives it."""
    ...

def smooth(signal: list[float], window: int = 3) -> numpy.ndarray:
    """Moving average over `window` samples (numpy.convolve, mode='valid')."""
    ...

async def total_after(counts: list[int], delay: float = 0.01) -> int:
    """Waits (as an I/O-bound task would), then adds up the counts."""
    ...

class CalibrationError(ValueError):
    """A reading is outside the sensor's range."""
