"""C functions with no __text_signature__: only their docstrings' first lines tell their parameters."""
from builtins import getattr as lookup
from builtins import max as largest
from socket import gethostbyname_ex as resolve

__all__ = ["lookup", "largest", "resolve"]
