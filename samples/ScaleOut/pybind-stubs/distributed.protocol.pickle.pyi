# pybind-stub: 1
# module: distributed.protocol.pickle
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/protocol/pickle.py, runtime
# content-hash: sha256:34a043ec06c874fda4fdd0437562e9389ae588894b8961ae5d3a9aa177d8f012
import logging
import typing

CLOUDPICKLE_GTE_20: bool
HIGHEST_PROTOCOL: int
logger: logging.Logger

def dumps(
    x: typing.Any,
    *,
    buffer_callback: typing.Any = None,
    protocol: typing.Any = ...,
) -> typing.Any:
    """Manage between cloudpickle and pickle

    1.  Try pickle
    2.  If it is short then check if it contains __main__
    3.  If it is long, then first check type, then check __main__
   \x20"""
    ...

def loads(x: typing.Any, *, buffers: typing.Any = ()) -> typing.Any: ...
