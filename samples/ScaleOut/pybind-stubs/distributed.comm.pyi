# pybind-stub: 1
# module: distributed.comm
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/comm/__init__.py, distributed/comm/addressing.py, distributed/comm/core.py, distributed/comm/registry.py, distributed/comm/utils.py, runtime
# content-hash: sha256:800171b894e8d3902723b70271c547b70d8c08329c28188fcc33ff01b2b0313c
import abc
import distributed.comm.registry
import typing
import distributed.comm.addressing as addressing
import distributed.comm.core as core
import distributed.comm.inproc as inproc
import distributed.comm.registry as registry
import distributed.comm.tcp as tcp
import distributed.comm.ucx as ucx
import distributed.comm.utils as utils
import distributed.comm.ws as ws

backends: dict[str, distributed.comm.registry.Backend]

async def connect(
    addr: typing.Any,
    timeout: typing.Any = None,
    deserialize: typing.Any = True,
    handshake_overrides: typing.Any = None,
    **connection_args: typing.Any,
) -> typing.Any:
    """
    Connect to the given address (a URI such as ``tcp://127.0.0.1:1234``)
    and yield a ``Comm`` object.  If the connection attempt fails, it is
    retried until the *timeout* is expired.
   \x20"""
    ...

def get_address_host(addr: str) -> str:
    """
    Return a hostname / IP address identifying the machine this address
    is located on.

    In contrast to get_address_host_port(), this function should always
    succeed for well-formed addresses.

    >>> get_address_host('tcp://1.2.3.4:80')
    '1.2.3.4'
   \x20"""
    ...

def get_address_host_port(addr: str, strict: bool = False) -> tuple[str, int]:
    """
    Get a (host, port) tuple out of the given address.
    For definition of strict check parse_address
    ValueError is raised if the address scheme doesn't allow extracting
    the requested information.

    >>> get_address_host_port('tcp://1.2.3.4:80')
    ('1.2.3.4', 80)
    >>> get_address_host_port('tcp://[::1]:80')
    ('::1', 80)
   \x20"""
    ...

def get_local_address_for(addr: str) -> str:
    """
    Get a local listening address suitable for reaching *addr*.

    For instance, trying to reach an external TCP address will return
    a local TCP address that's routable to that external address.

    >>> get_local_address_for('tcp://8.8.8.8:1234')
    'tcp://192.168.1.68'
    >>> get_local_address_for('tcp://127.0.0.1:1234')
    'tcp://127.0.0.1'
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

def listen(
    addr: typing.Any,
    handle_comm: typing.Any,
    deserialize: typing.Any = True,
    **kwargs: typing.Any,
) -> typing.Any:
    """
    Create a listener object with the given parameters.  When its ``start()``
    method is called, the listener will listen on the given address
    (a URI such as ``tcp://0.0.0.0``) and call *handle_comm* with a
    ``Comm`` object for each incoming connection.

    *handle_comm* can be a regular function or a coroutine.
   \x20"""
    ...

def normalize_address(addr: str) -> str:
    """
    Canonicalize address, adding a default scheme if necessary.

    >>> normalize_address('tls://[::1]')
    'tls://[::1]'
    >>> normalize_address('[::1]')
    'tcp://[::1]'
   \x20"""
    ...

def parse_address(addr: str, strict: bool = False) -> tuple[str, str]:
    """
    Split address into its scheme and scheme-dependent location string.

    >>> parse_address('tcp://127.0.0.1')
    ('tcp', '127.0.0.1')

    If strict is set to true the address must have a scheme.
   \x20"""
    ...

def parse_host_port(
    address: str | tuple[str, int],
    default_port: str | int | None = None,
) -> tuple[str, int]:
    """
    Parse an endpoint address given in the form "host:port".
   \x20"""
    ...

def resolve_address(addr: str) -> str:
    """
    Apply scheme-specific address resolution to *addr*, replacing
    all symbolic references with concrete location specifiers.

    In practice, this can mean hostnames are resolved to IP addresses.

    >>> resolve_address('tcp://localhost:8786')
    'tcp://127.0.0.1:8786'
   \x20"""
    ...

def unparse_address(scheme: str, loc: str) -> str:
    """
    Undo parse_address().

    >>> unparse_address('tcp', '127.0.0.1')
    'tcp://127.0.0.1'
   \x20"""
    ...

def unparse_host_port(host: str, port: int | None = None) -> str:
    """
    Undo parse_host_port().
   \x20"""
    ...

class Comm(abc.ABC):
    """
    A message-oriented communication object, representing an established
    communication channel.  There should be only one reader and one
    writer at a time: to manage current communications, even with a
    single peer, you must create distinct ``Comm`` objects.

    Messages are arbitrary Python objects.  Concrete implementations
    of this class can implement different serialization mechanisms
    depending on the underlying transport's characteristics.
   \x20"""
    name: str | None
    local_info: dict
    remote_info: dict
    handshake_options: dict
    deserialize: bool
    def __init__(self, deserialize: bool = True) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @abc.abstractmethod
    def abort(self) -> typing.Any:
        """
        Close the communication immediately and abruptly.
        Useful in destructors or generators' ``finally`` blocks.
       \x20"""
        ...
    @abc.abstractmethod
    async def close(self) -> typing.Any:
        """
        Close the communication cleanly.  This will attempt to flush
        outgoing buffers before actually closing the underlying transport.

        This method returns a coroutine.
       \x20"""
        ...
    @abc.abstractmethod
    def closed(self) -> typing.Any:
        """Return whether the stream is closed."""
        ...
    @property
    def extra_info(self) -> typing.Any:
        """
        Return backend-specific information about the communication,
        as a dict.  Typically, this is information which is initialized
        when the communication is established and doesn't vary afterwards.
       \x20"""
        ...
    @staticmethod
    def handshake_configuration(local: typing.Any, remote: typing.Any) -> typing.Any: ...
    @staticmethod
    def handshake_info() -> typing.Any: ...
    @property
    @abc.abstractmethod
    def local_address(self) -> str:
        """The local address. For logging and debugging purposes only."""
        ...
    @property
    @abc.abstractmethod
    def peer_address(self) -> str:
        """The peer's address. For logging and debugging purposes only."""
        ...
    @abc.abstractmethod
    async def read(self, deserializers: typing.Any = None) -> typing.Any:
        """
        Read and return a message (a Python object).

        This method returns a coroutine.

        Parameters
        ----------
        deserializers : dict[str, tuple[Callable, Callable, bool]] | None
            An optional dict appropriate for distributed.protocol.deserialize.
            See :ref:`serialization` for more.
       \x20"""
        ...
    @abc.abstractmethod
    async def write(
        self,
        msg: typing.Any,
        serializers: typing.Any = None,
        on_error: typing.Any = None,
    ) -> typing.Any:
        """
        Write a message (a Python object).

        This method returns a coroutine.

        Parameters
        ----------
        msg
        on_error : str | None
            The behavior when serialization fails. See
            ``distributed.protocol.core.dumps`` for valid values.
       \x20"""
        ...

class CommClosedError(IOError): ...
