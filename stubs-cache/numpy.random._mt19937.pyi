# pybind-stub: 1
# module: numpy.random._mt19937
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/random/_mt19937.pyi, runtime
# content-hash: sha256:9c46f6c0c61a98f43728903c18008600ced4a8dd7172c73a8142fd87852e1ebe
from numpy.random import MT19937 as MT19937
