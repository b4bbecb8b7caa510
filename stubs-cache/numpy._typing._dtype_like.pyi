# pybind-stub: 1
# module: numpy._typing._dtype_like
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/_typing/_dtype_like.py, runtime
# content-hash: sha256:0590ff17e2b7a202649dba5e3df370a6d2f4cfef9f8b50dac770c3dd05073ce0
from numpy.typing import DTypeLike as DTypeLike
