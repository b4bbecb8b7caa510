# pybind-stub: 1
# module: numpy._typing._ufunc
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/_typing/_ufunc.pyi
# content-hash: sha256:c6d4cc702d7a0490294b740464588fbfc1238846a699219a85a79727ab6b6fc6
"""A module with private type-check-only `numpy.ufunc` subclasses.

The signatures of the ufuncs are too varied to reasonably type
with a single class. So instead, `ufunc` has been expanded into
four private subclasses, one for each combination of
`~ufunc.nin` and `~ufunc.nout`.

"""
