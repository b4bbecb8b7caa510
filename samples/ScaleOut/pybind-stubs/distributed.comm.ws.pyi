# pybind-stub: 1
# module: distributed.comm.ws
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/comm/ws.py, runtime
# content-hash: sha256:a7c002b3b68a58ccf5cd4cb182623ee2e98592fcf89267dc1e3e29cf39f8ad34
import collections.abc
import distributed.comm
import distributed.comm.core
import distributed.comm.tcp
import logging
import tornado.websocket
import typing

BIG_BYTES_SHARD_SIZE: int
MAX_MESSAGE_SIZE: int = 10000000000
logger: logging.Logger

class WS(distributed.comm.Comm):
    prefix: str = 'ws://'
    def __init__(
        self,
        sock: tornado.websocket.WebSocketClientConnection,
        deserialize: bool = True,
        allow_offload: bool = True,
    ) -> None: ...
    def abort(self) -> typing.Any: ...
    async def close(self) -> typing.Any: ...
    def closed(self) -> typing.Any: ...
    @property
    def extra_info(self) -> typing.Any: ...
    @property
    def local_address(self) -> str: ...
    @property
    def peer_address(self) -> str: ...
    async def read(self, deserializers: typing.Any = None) -> typing.Any: ...
    async def write(
        self,
        msg: typing.Any,
        serializers: typing.Any = None,
        on_error: typing.Any = None,
    ) -> typing.Any: ...

class WSBackend(distributed.comm.tcp.BaseTCPBackend): ...

class WSConnector(distributed.comm.core.Connector):
    prefix: str = 'ws://'
    comm_class: typing.Any
    async def connect(
        self,
        address: typing.Any,
        deserialize: typing.Any = True,
        **connection_args: typing.Any,
    ) -> typing.Any: ...

class WSHandler(tornado.websocket.WebSocketHandler):
    def __init__(
        self,
        application: typing.Any,
        request: typing.Any,
        handler: typing.Any = None,
        deserialize: bool = True,
        allow_offload: bool = True,
        listener: typing.Any = None,
        **kwargs: typing.Any,
    ) -> None: ...
    def close(self) -> typing.Any: ...
    @property
    def max_message_size(self) -> int: ...
    def on_close(self) -> typing.Any: ...
    async def on_message(self, msg: typing.Any) -> typing.Any: ...
    async def on_open(self) -> typing.Any: ...
    async def open(self) -> typing.Any: ...

class WSHandlerComm(distributed.comm.Comm):
    def __init__(
        self,
        handler: WSHandler,
        deserialize: bool = True,
        allow_offload: bool = True,
    ) -> None: ...
    def abort(self) -> typing.Any: ...
    async def close(self) -> typing.Any: ...
    def closed(self) -> typing.Any: ...
    @property
    def local_address(self) -> str: ...
    @property
    def peer_address(self) -> str: ...
    async def read(self, deserializers: typing.Any = None) -> typing.Any: ...
    async def write(
        self,
        msg: typing.Any,
        serializers: typing.Any = None,
        on_error: typing.Any = None,
    ) -> typing.Any: ...

class WSListener(distributed.comm.core.Listener):
    prefix: str = 'ws://'
    def __init__(
        self,
        address: str,
        handler: collections.abc.Callable,
        deserialize: bool = True,
        allow_offload: bool = False,
        **connection_args: typing.Any,
    ) -> None: ...
    @property
    def address(self) -> str: ...
    @property
    def contact_address(self) -> str: ...
    def get_host_port(self) -> typing.Any:
        """
        The listening address as a (host, port) tuple.
       \x20"""
        ...
    @property
    def listen_address(self) -> str: ...
    async def start(self) -> typing.Any: ...
    def stop(self) -> typing.Any: ...

class WSS(WS):
    prefix: str = 'wss://'

class WSSBackend(distributed.comm.tcp.BaseTCPBackend): ...

class WSSConnector(WSConnector):
    prefix: str = 'wss://'
    comm_class: typing.Any

class WSSListener(WSListener):
    prefix: str = 'wss://'
