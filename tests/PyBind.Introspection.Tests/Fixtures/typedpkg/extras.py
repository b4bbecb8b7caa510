"""Re-exports the package's callable object: its marker must name the type by its full path here."""
from typedpkg import shout
