# pybind-stub: 1
# module: distributed.deploy.utils
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/deploy/utils.py, runtime
# content-hash: sha256:0aea5fe9e0a21bc1c08da0561e2a0b957730517783536a3deb42fcc1cc6c6796
import typing

def nprocesses_nthreads(n: typing.Any = ...) -> typing.Any:
    """
    The default breakdown of processes and threads for a given number of cores

    Parameters
    ----------
    n : int
        Number of available cores

    Examples
    --------
    >>> nprocesses_nthreads(4)
    (4, 1)
    >>> nprocesses_nthreads(32)
    (8, 4)

    Returns
    -------
    nprocesses, nthreads
   \x20"""
    ...
