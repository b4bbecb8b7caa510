# pybind-stub: 1
# module: distributed.comm.core
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/comm/core.py, runtime
# content-hash: sha256:57d57accc6f356374a23cd1e29e475a06810c6ec7fa82b59f67cfda49b7955b6
import abc
import distributed.comm
import logging
import typing
from distributed.comm import Comm as Comm
from distributed.comm import CommClosedError as CommClosedError

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

class FatalCommClosedError(distributed.comm.CommClosedError): ...

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
        comm: distributed.comm.Comm,
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
