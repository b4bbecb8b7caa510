# pybind-stub: 1
# module: numpy.version
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/version.py, runtime
# content-hash: sha256:a68aaee17896bcc15f3de976c159322d73f0d470ae5e3cc0cb4307ff06f4b9a6
import __future__
import typing

annotations: __future__._Feature
full_version: typing.Any
git_revision: typing.Any
release: typing.Any
short_version: typing.Any
version: typing.Any
