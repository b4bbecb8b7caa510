# pybind-stub: 1
# module: numpy.random._pcg64
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/random/_pcg64.pyi, runtime
# content-hash: sha256:d6db0cbb5443f2e034a4b349342c9be7e2f7f0a29da279d8cf803cb51d4c775a
from numpy.random import PCG64 as PCG64
from numpy.random import PCG64DXSM as PCG64DXSM
