# pybind-stub: 1
# module: work
# module-version: unknown
# interpreter: CPython 3.11.2 linux x86_64
# sources: work.py, runtime
# content-hash: sha256:26e02ab41d05c5c458e64ef6381f43b22d3c8d320c5f081bf1ec01afdb81fe7c
"""The work the cluster does: plain Python and numpy, in functions the workers import by name."""

def collatz_steps(n: int) -> int:
    """How many steps of the Collatz map take n to 1."""
    ...

def monte_carlo_pi(seed: int, samples: int) -> float:
    """An estimate of pi from `samples` points of a seeded generator: the same seed gives the same estimate."""
    ...

def spectral_radius(seed: int, size: int) -> float:
    """The largest absolute eigenvalue of a seeded random symmetric matrix."""
    ...
