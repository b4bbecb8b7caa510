"""pybind_introspect: turns what Python knows about a module into a normalized stub (dialect 1).

Call :func:`normalize` with module names; each result carries the stub text or an error. The
dialect is specified in ``stubs-cache/README.md`` of the PyBind.Gen repository. Standard
library only; runs on CPython 3.9 to 3.13.
"""
from .api import ModuleResult, Options, interpreter_description, normalize
from .writer import DIALECT_VERSION

__all__ = ["DIALECT_VERSION", "ModuleResult", "Options", "interpreter_description", "normalize"]
