# pybind-stub: 1
# module: numpy.random._sfc64
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/random/_sfc64.pyi, runtime
# content-hash: sha256:ad7351e4090701446ed0d52e34ad4590e8bbf27ea4da42b6c1196966e4f9f279
from numpy.random import SFC64 as SFC64
