"""Its __getattr__ raises ImportError for any other name while an optional dependency is missing (dask.ml)."""


def __getattr__(name):
    raise ImportError("the optional dependency is not installed: pip install it")


def available():
    """Whether the optional dependency is installed."""
    return False
