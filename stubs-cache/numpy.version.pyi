# pybind-stub: 1
# module: numpy.version
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/version.py, runtime
# content-hash: sha256:a2b4df0f3473f8520ad4371a48a479f0dd324240fc284a7745dc494700645daf
full_version: str
git_revision: str
release: bool
short_version: str
version: str
