"""An inline-annotated package without __all__ (dask.array): what it imports from its own modules is its API."""
from typing import Optional

from reexportpkg.core import Block, make_block
