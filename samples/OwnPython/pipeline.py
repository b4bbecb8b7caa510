"""A small measurement pipeline, written in Python and called from C# through generated bindings."""

import asyncio
from typing import Callable

import numpy as np


class CalibrationError(ValueError):
    """A reading is outside the sensor's range."""


def calibrate(readings: list[float], low: float = 0.0, high: float = 100.0) -> list[float]:
    """Scale readings from [low, high] to [0, 1].

    Raises:
        CalibrationError: a reading is outside [low, high].
    """
    for reading in readings:
        if not low <= reading <= high:
            raise CalibrationError(f"reading {reading} is outside [{low}, {high}]")
    return [(reading - low) / (high - low) for reading in readings]


def smooth(signal: list[float], window: int = 3) -> np.ndarray:
    """Moving average over `window` samples (numpy.convolve, mode='valid')."""
    return np.convolve(np.asarray(signal, dtype=np.float64), np.ones(window) / window, mode="valid")


def score(values: list[float], weight: Callable[[float], float]) -> float:
    """Sum of the values, each multiplied by the weight the caller's function gives it."""
    return sum(weight(value) * value for value in values)


async def total_after(counts: list[int], delay: float = 0.01) -> int:
    """Waits (as an I/O-bound task would), then adds up the counts."""
    await asyncio.sleep(delay)
    return sum(counts)
