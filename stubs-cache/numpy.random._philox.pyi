# pybind-stub: 1
# module: numpy.random._philox
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/random/_philox.pyi, runtime
# content-hash: sha256:5f67c8a333fc67bb134f48dfea0c15a0f45b05745d0cb619fb627fabeaa34516
from numpy.random import Philox as Philox
