# pybind-stub: 1
# module: distributed.comm.tcp
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/comm/tcp.py, runtime
# content-hash: sha256:282796e7238c97fc41abeb846d2f75f9bb83d502af0d09433f4b8bd3fdabed22
import distributed.comm
import distributed.comm.core
import distributed.comm.registry
import logging
import tornado.iostream
import tornado.tcpclient
import typing

MAX_BUFFER_SIZE: float
OPENSSL_MAX_CHUNKSIZE: int
logger: logging.Logger

def convert_stream_closed_error(obj: typing.Any, exc: typing.Any) -> typing.Any:
    """
    Re-raise StreamClosedError as CommClosedError.
   \x20"""
    ...

def get_stream_address(comm: typing.Any) -> typing.Any:
    """
    Get a stream's local address.
   \x20"""
    ...

def set_tcp_timeout(comm: typing.Any) -> typing.Any:
    """
    Set kernel-level TCP timeout on the stream.
   \x20"""
    ...

class BaseTCPBackend(distributed.comm.registry.Backend):
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

class BaseTCPConnector(distributed.comm.core.Connector, RequireEncryptionMixin):
    client: typing.ClassVar[tornado.tcpclient.TCPClient]
    async def connect(
        self,
        address: typing.Any,
        deserialize: typing.Any = True,
        **connection_args: typing.Any,
    ) -> typing.Any: ...

class BaseTCPListener(distributed.comm.core.Listener, RequireEncryptionMixin):
    def __init__(
        self,
        address: typing.Any,
        comm_handler: typing.Any,
        deserialize: typing.Any = True,
        allow_offload: typing.Any = True,
        default_host: typing.Any = None,
        default_port: typing.Any = 0,
        **connection_args: typing.Any,
    ) -> None: ...
    @property
    def contact_address(self) -> typing.Any:
        """
        The contact address as a string.
       \x20"""
        ...
    def get_host_port(self) -> typing.Any:
        """
        The listening address as a (host, port) tuple.
       \x20"""
        ...
    @property
    def listen_address(self) -> typing.Any:
        """
        The listening address as a string.
       \x20"""
        ...
    async def start(self) -> typing.Any: ...
    def stop(self) -> typing.Any: ...

class RequireEncryptionMixin: ...

class TCP(distributed.comm.Comm):
    """
    An established communication based on an underlying Tornado IOStream.
   \x20"""
    max_shard_size: typing.ClassVar[int]
    stream: tornado.iostream.IOStream | None
    def __init__(
        self,
        stream: tornado.iostream.IOStream,
        local_addr: str,
        peer_addr: str,
        deserialize: bool = True,
    ) -> None: ...
    def abort(self) -> None: ...
    def close(self) -> typing.Any: ...
    def closed(self) -> bool: ...
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
        on_error: typing.Any = 'message',
    ) -> typing.Any: ...

class TCPBackend(BaseTCPBackend): ...

class TCPConnector(BaseTCPConnector):
    prefix: str = 'tcp://'
    comm_class: typing.Any
    encrypted: bool = False

class TCPListener(BaseTCPListener):
    prefix: str = 'tcp://'
    comm_class: typing.Any
    encrypted: bool = False

class TLS(TCP):
    """
    A TLS-specific version of TCP.
   \x20"""
    max_shard_size: typing.Any

class TLSBackend(BaseTCPBackend): ...

class TLSConnector(BaseTCPConnector):
    prefix: str = 'tls://'
    comm_class: typing.Any
    encrypted: bool = True

class TLSListener(BaseTCPListener):
    prefix: str = 'tls://'
    comm_class: typing.Any
    encrypted: bool = True
