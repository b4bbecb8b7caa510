"""The work the cluster does: plain Python and numpy, in functions the workers import by name."""

import numpy as np


def collatz_steps(n: int) -> int:
    """How many steps of the Collatz map take n to 1."""
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def monte_carlo_pi(seed: int, samples: int) -> float:
    """An estimate of pi from `samples` points of a seeded generator: the same seed gives the same estimate."""
    points = np.random.default_rng(seed).random((samples, 2))
    inside = np.count_nonzero((points * points).sum(axis=1) <= 1.0)
    return 4.0 * inside / samples


def spectral_radius(seed: int, size: int) -> float:
    """The largest absolute eigenvalue of a seeded random symmetric matrix."""
    a = np.random.default_rng(seed).standard_normal((size, size))
    return float(np.abs(np.linalg.eigvalsh(a + a.T)).max())
