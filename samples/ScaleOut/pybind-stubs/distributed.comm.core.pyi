# pybind-stub: 1
# module: distributed.comm.core
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/comm/core.py, runtime
# content-hash: sha256:3c71bdea068d3283ecc82031bbfb5861ce319aa0568d9ceb6a59a030acccf8e9
import abc
import logging
import typing

logger: logging.Logger

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

class Connector(abc.ABC):
    @abc.abstractmethod
    async def connect(self, address: typing.Any, deserialize: typing.Any = True) -> typing.Any:
        """
        Connect to the given address and return a Comm object.
        This function returns a coroutine. It may raise EnvironmentError
        if the other endpoint is unreachable or unavailable.  It
        may raise ValueError if the address is malformed.
       \x20"""
        ...

class FatalCommClosedError(CommClosedError): ...

class Listener(abc.ABC):
    async def __aenter__(self) -> typing.Any: ...
    async def __aexit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __await__(self) -> typing.Any: ...
    @property
    @abc.abstractmethod
    def contact_address(self) -> typing.Any:
        """
        An address this listener can be contacted on.  This can be
        different from `listen_address` if the latter is some wildcard
        address such as 'tcp://0.0.0.0:123'.
       \x20"""
        ...
    @property
    @abc.abstractmethod
    def listen_address(self) -> typing.Any:
        """
        The listening address as a URI string.
       \x20"""
        ...
    async def on_connection(
        self,
        comm: Comm,
        handshake_overrides: dict[str, typing.Any] | None = None,
    ) -> None: ...
    @abc.abstractmethod
    async def start(self) -> typing.Any:
        """
        Start listening for incoming connections.
       \x20"""
        ...
    @abc.abstractmethod
    def stop(self) -> typing.Any:
        """
        Stop listening.  This does not shutdown already established
        communications, but prevents accepting new ones.
       \x20"""
        ...
