# pybind-stub: 1
# module: distributed.comm.ucx
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/comm/ucx.py, runtime
# content-hash: sha256:4ae03d23954c88c3ad55a56523cd5e75925bb161396a7980031b1310c0642c7b
"""
:ref:`UCX`_ based communications for distributed.

See :ref:`communications` for more.

.. _UCX: https://github.com/openucx/ucx
"""

import collections.abc
import distributed.comm
import distributed.comm.core
import distributed.comm.registry
import logging
import typing

cuda_context_created: bool = False
device_array: typing.Any = None
logger: logging.Logger
pre_existing_cuda_context: bool = False

def init_once() -> typing.Any: ...

def synchronize_stream(stream: typing.Any = 0) -> typing.Any: ...

class UCX(distributed.comm.Comm):
    """Comm object using UCP.

    Parameters
    ----------
    ep : ucp.Endpoint
        The UCP endpoint.
    address : str
        The address, prefixed with `ucx://` to use.
    deserialize : bool, default True
        Whether to deserialize data in :meth:`distributed.protocol.loads`

    Notes
    -----
    The read-write cycle uses the following pattern:

    Each msg is serialized into a number of "data" frames. We prepend these
    real frames with two additional frames

        1. is_gpus: Boolean indicator for whether the frame should be
           received into GPU memory. Packed in '?' format. Unpack with
           ``<n_frames>?`` format.
        2. frame_size : Unsigned int describing the size of frame (in bytes)
           to receive. Packed in 'Q' format, so a length-0 frame is equivalent
           to an unsized frame. Unpacked with ``<n_frames>Q``.

    The expected read cycle is

    1. Read the frame describing if connection is closing and number of frames
    2. Read the frame describing whether each data frame is gpu-bound
    3. Read the frame describing whether each data frame is sized
    4. Read all the data frames.
   \x20"""
    def __init__(
        self,
        ep: typing.Any,
        local_addr: str,
        peer_addr: str,
        deserialize: bool = True,
    ) -> None: ...
    def abort(self) -> typing.Any: ...
    async def close(self) -> typing.Any: ...
    def closed(self) -> typing.Any: ...
    @property
    def ep(self) -> typing.Any: ...
    @property
    def local_address(self) -> str: ...
    @property
    def peer_address(self) -> str: ...
    async def read(
        self,
        deserializers: typing.Any = ('cuda', 'dask', 'pickle', 'error'),
    ) -> typing.Any: ...
    async def write(
        self,
        msg: dict,
        serializers: collections.abc.Collection[str] | None = None,
        on_error: str = 'message',
    ) -> int: ...

class UCXBackend(distributed.comm.registry.Backend):
    def get_address_host(self, loc: typing.Any) -> typing.Any: ...
    def get_address_host_port(self, loc: typing.Any) -> typing.Any: ...
    def get_connector(self) -> typing.Any: ...
    def get_listener(
        self,
        loc: typing.Any,
        handle_comm: typing.Any,
        deserialize: typing.Any,
        **connection_args: typing.Any,
    ) -> typing.Any: ...
    def get_local_address_for(self, loc: typing.Any) -> typing.Any: ...
    def resolve_address(self, loc: typing.Any) -> typing.Any: ...

class UCXConnector(distributed.comm.core.Connector):
    prefix: str = 'ucx://'
    comm_class: typing.Any
    encrypted: bool = False
    async def connect(
        self,
        address: str,
        deserialize: bool = True,
        **connection_args: typing.Any,
    ) -> UCX: ...

class UCXListener(distributed.comm.core.Listener):
    prefix: typing.Any
    comm_class: typing.Any
    encrypted: typing.Any
    def __init__(
        self,
        address: str,
        comm_handler: collections.abc.Callable[[UCX], collections.abc.Awaitable[None]] | None = None,
        deserialize: bool = False,
        allow_offload: bool = True,
        **connection_args: typing.Any,
    ) -> None: ...
    @property
    def address(self) -> typing.Any: ...
    @property
    def bound_address(self) -> typing.Any: ...
    @property
    def contact_address(self) -> typing.Any: ...
    def get_host_port(self) -> typing.Any: ...
    @property
    def listen_address(self) -> typing.Any: ...
    @property
    def port(self) -> typing.Any: ...
    async def start(self) -> typing.Any: ...
    def stop(self) -> typing.Any: ...
