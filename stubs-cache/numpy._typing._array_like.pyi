# pybind-stub: 1
# module: numpy._typing._array_like
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/_typing/_array_like.py, runtime
# content-hash: sha256:512936bcef756eec3821f264c25abc5a4e4d2e2dceaa4a42438a4414b402aaa4
from numpy.typing import ArrayLike as ArrayLike
