# pybind-stub: 1
# module: distributed.comm.utils
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/comm/utils.py, runtime
# content-hash: sha256:ee609bf9951b51e717568e5b4824eaed08923d2dbd1795522e83955699d6cc75
import logging
import typing

OFFLOAD_THRESHOLD: int
logger: logging.Logger

def ensure_concrete_host(host: typing.Any, default_host: typing.Any = None) -> typing.Any:
    """
    Ensure the given host string (or IP) denotes a concrete host, not a
    wildcard listening address.
   \x20"""
    ...

async def from_frames(
    frames: typing.Any,
    deserialize: typing.Any = True,
    deserializers: typing.Any = None,
    allow_offload: typing.Any = True,
) -> typing.Any:
    """
    Unserialize a list of Distributed protocol frames.
   \x20"""
    ...

def get_tcp_server_address(tcp_server: typing.Any) -> typing.Any:
    """
    Get the first bound address of a started Tornado TCPServer.
   \x20"""
    ...

def get_tcp_server_addresses(tcp_server: typing.Any) -> typing.Any:
    """
    Get all bound addresses of a started Tornado TCPServer.
   \x20"""
    ...

def host_array(n: int) -> memoryview: ...

def numpy_host_array(n: int) -> memoryview: ...

async def to_frames(
    msg: typing.Any,
    allow_offload: typing.Any = True,
    **kwargs: typing.Any,
) -> typing.Any:
    """
    Serialize a message into a list of Distributed protocol frames.
    Any kwargs are forwarded to protocol.dumps().
   \x20"""
    ...
