# pybind-stub: 1
# module: distributed.core
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/core.py, runtime
# content-hash: sha256:d6a3ff6794c2409fe266595bb0622dbc25a591c022916ae6235cab1ff8a2e27e
import collections.abc
import distributed
import distributed.comm
import distributed.core
import distributed.protocol
import logging
import types
import typing
from distributed import Status as Status
from distributed import rpc as rpc

P = typing.ParamSpec('P')
T = typing.TypeVar('T')

Coro: typing.TypeAlias = collections.abc.Coroutine[typing.Any, typing.Any, T]

LOG_PDB: bool
logger: logging.Logger
tick_maximum_delay: int

def addr_from_args(
    addr: typing.Any = None,
    ip: typing.Any = None,
    port: typing.Any = None,
) -> typing.Any: ...

def clean_exception(
    exception: BaseException | bytes | bytearray | str | None,
    traceback: types.TracebackType | bytes | str | None = None,
    **kwargs: typing.Any,
) -> tuple[type[BaseException | None], BaseException | None, types.TracebackType | None]:
    """Reraise exception and traceback. Deserialize if necessary

    See Also
    --------
    error_message : create and serialize errors into message
   \x20"""
    ...

def coerce_to_address(o: typing.Any) -> typing.Any: ...

def collect_causes(e: BaseException) -> list[BaseException]: ...

def error_message(e: BaseException, status: str = 'error') -> ErrorMessage:
    """Produce message to send back given an exception has occurred

    This does the following:

    1.  Gets the traceback
    2.  Truncates the exception and the traceback
    3.  Serializes the exception and traceback or
    4.  If they can't be serialized send string versions
    5.  Format a message and return

    See Also
    --------
    clean_exception : deserialize and unpack message into exception/traceback
   \x20"""
    ...

def pingpong(comm: typing.Any) -> typing.Any: ...

def raise_later(exc: typing.Any) -> typing.Any: ...

async def send_recv(
    comm: distributed.comm.Comm,
    *,
    reply: bool = True,
    serializers: typing.Any = None,
    deserializers: typing.Any = None,
    **kwargs: typing.Any,
) -> typing.Any:
    """Send and recv with a Comm.

    Keyword arguments turn into the message

    response = await send_recv(comm, op='ping', reply=True)
   \x20"""
    ...

class AsyncTaskGroup:
    """Collection tracking all currently running asynchronous tasks within a group"""
    closed: bool
    def __init__(self) -> None: ...
    def __len__(self) -> typing.Any: ...
    def call_later(
        self,
        delay: float,
        afunc: collections.abc.Callable[P, Coro[None]],
        /,
        *args: distributed.core.P.args,
        **kwargs: distributed.core.P.kwargs,
    ) -> None:
        """Schedule a coroutine function to be executed after `delay` seconds as an `asyncio.Task`.

        The coroutine function `afunc` is scheduled with `args` arguments and `kwargs` keyword arguments
        as an `asyncio.Task` that is executed after `delay` seconds.

        Parameters
        ----------
        delay
            Delay in seconds.
        afunc
            Coroutine function to schedule.
        *args
            Arguments to be passed to `afunc`.
        **kwargs
            Keyword arguments to be passed to `afunc`

        Returns
        -------
            The None

        Raises
        ------
        AsyncTaskGroupClosedError
            If the task group is closed.
       \x20"""
        ...
    def call_soon(
        self,
        afunc: collections.abc.Callable[P, Coro[None]],
        /,
        *args: distributed.core.P.args,
        **kwargs: distributed.core.P.kwargs,
    ) -> None:
        """Schedule a coroutine function to be executed as an `asyncio.Task`.

        The coroutine function `afunc` is scheduled with `args` arguments and `kwargs` keyword arguments
        as an `asyncio.Task`.

        Parameters
        ----------
        afunc
            Coroutine function to schedule.
        *args
            Arguments to be passed to `afunc`.
        **kwargs
            Keyword arguments to be passed to `afunc`

        Returns
        -------
            None

        Raises
        ------
        AsyncTaskGroupClosedError
            If the task group is closed.
       \x20"""
        ...
    def close(self) -> None:
        """Closes the task group so that no new tasks can be scheduled.

        Existing tasks continue to run.
       \x20"""
        ...
    async def stop(self) -> None:
        """Close the group and stop all currently running tasks.

        Closes the task group and cancels all tasks. All tasks are cancelled
        an additional time for each time this task is cancelled.
       \x20"""
        ...

class AsyncTaskGroupClosedError(RuntimeError): ...

class ConnectionPool:
    """A maximum sized pool of Comm objects.

    This provides a connect method that mirrors the normal distributed.connect
    method, but provides connection sharing and tracks connection limits.

    This object provides an ``rpc`` like interface::

        >>> rpc = ConnectionPool(limit=512)
        >>> scheduler = rpc('127.0.0.1:8786')
        >>> workers = [rpc(address) for address in ...]

        >>> info = await scheduler.identity()

    It creates enough comms to satisfy concurrent connections to any
    particular address::

        >>> a, b = await asyncio.gather(scheduler.who_has(), scheduler.has_what())

    It reuses existing comms so that we don't have to continuously reconnect.

    It also maintains a comm limit to avoid "too many open file handle"
    issues.  Whenever this maximum is reached we clear out all idling comms.
    If that doesn't do the trick then we wait until one of the occupied comms
    closes.

    Parameters
    ----------
    limit: int
        The number of open comms to maintain at once
    deserialize: bool
        Whether or not to deserialize data by default or pass it through
   \x20"""
    def __await__(self) -> typing.Any: ...
    def __call__(
        self,
        addr: typing.Any = None,
        ip: typing.Any = None,
        port: typing.Any = None,
    ) -> typing.Any:
        """Cached rpc objects"""
        ...
    def __init__(
        self,
        limit: typing.Any = 512,
        deserialize: typing.Any = True,
        serializers: typing.Any = None,
        allow_offload: typing.Any = True,
        deserializers: typing.Any = None,
        connection_args: typing.Any = None,
        timeout: typing.Any = None,
        server: typing.Any = None,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @property
    def active(self) -> typing.Any: ...
    async def close(self) -> typing.Any:
        """
        Close all communications
       \x20"""
        ...
    def collect(self) -> typing.Any:
        """
        Collect open but unused communications, to allow opening other ones.
       \x20"""
        ...
    async def connect(self, addr: typing.Any, timeout: typing.Any = None) -> typing.Any:
        """
        Get a Comm to the given address.  For internal use.
       \x20"""
        ...
    @property
    def open(self) -> typing.Any: ...
    def remove(self, addr: typing.Any) -> typing.Any:
        """
        Remove all Comms to a given address.
       \x20"""
        ...
    def reuse(self, addr: typing.Any, comm: typing.Any) -> typing.Any:
        """
        Reuse an open communication to the given address.  For internal use.
       \x20"""
        ...
    async def start(self) -> typing.Any: ...

class ErrorMessage(typing.TypedDict):
    status: str
    exception: distributed.protocol.Serialize
    traceback: distributed.protocol.Serialize | None
    exception_text: str
    traceback_text: str

class PooledRPCCall:
    """The result of ConnectionPool()('host:port')

    See Also:
        ConnectionPool
   \x20"""
    async def __aenter__(self) -> typing.Any: ...
    async def __aexit__(self, *args: typing.Any) -> typing.Any: ...
    def __enter__(self) -> typing.Any: ...
    def __exit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __getattr__(self, key: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        addr: typing.Any,
        pool: typing.Any,
        serializers: typing.Any = None,
        deserializers: typing.Any = None,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @property
    def address(self) -> typing.Any: ...
    async def close_rpc(self) -> typing.Any: ...

class RPCClosed(IOError): ...

class Server:
    """Dask Distributed Server

    Superclass for endpoints in a distributed cluster, such as Worker
    and Scheduler objects.

    **Handlers**

    Servers define operations with a ``handlers`` dict mapping operation names
    to functions.  The first argument of a handler function will be a ``Comm``
    for the communication established with the client.  Other arguments
    will receive inputs from the keys of the incoming message which will
    always be a dictionary.

    >>> def pingpong(comm):
    ...     return b'pong'

    >>> def add(comm, x, y):
    ...     return x + y

    >>> handlers = {'ping': pingpong, 'add': add}
    >>> server = Server(handlers)  # doctest: +SKIP
    >>> server.listen('tcp://0.0.0.0:8000')  # doctest: +SKIP

    **Message Format**

    The server expects messages to be dictionaries with a special key, `'op'`
    that corresponds to the name of the operation, and other key-value pairs as
    required by the function.

    So in the example above the following would be good messages.

    *  ``{'op': 'ping'}``
    *  ``{'op': 'add', 'x': 10, 'y': 20}``

   \x20"""
    default_ip: str = ''
    default_port: int = 0
    async def __aenter__(self) -> typing.Any: ...
    async def __aexit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __await__(self) -> typing.Any: ...
    def __init__(
        self,
        handlers: typing.Any,
        blocked_handlers: typing.Any = None,
        stream_handlers: typing.Any = None,
        connection_limit: typing.Any = 512,
        deserialize: typing.Any = True,
        serializers: typing.Any = None,
        deserializers: typing.Any = None,
        connection_args: typing.Any = None,
        timeout: typing.Any = None,
        io_loop: typing.Any = None,
    ) -> None: ...
    @property
    def address(self) -> str:
        """
        The address this Server can be contacted on.
        If the server is not up, yet, this raises a ValueError.
       \x20"""
        ...
    @property
    def address_safe(self) -> str:
        """
        The address this Server can be contacted on.
        If the server is not up, yet, this returns a ``"not-running"``.
       \x20"""
        ...
    async def close(self, timeout: typing.Any = None) -> typing.Any: ...
    def digest_metric(self, name: str, value: float) -> None: ...
    def echo(self, data: typing.Any = None) -> typing.Any: ...
    async def finished(self) -> typing.Any:
        """Wait until the server has finished"""
        ...
    def get_connection_counters(self) -> dict[str, int]:
        """A dict with various connection counters

        See also
        --------
        Server.incoming_comms_open
        Server.incoming_comms_active
        Server.outgoing_comms_open
        Server.outgoing_comms_active
       \x20"""
        ...
    def handle_comm(self, comm: typing.Any) -> typing.Any:
        """Start a background task that dispatches new communications to coroutine-handlers"""
        ...
    async def handle_stream(self, comm: typing.Any, extra: typing.Any = None) -> typing.Any: ...
    @property
    def host(self) -> typing.Any:
        """
        The host this Server is running on.

        This will raise ValueError if the Server is listening on a
        non-IP based protocol.
       \x20"""
        ...
    def identity(self) -> dict[str, str]: ...
    @property
    def incoming_comms_active(self) -> int:
        """The number of connections currently handling a remote RPC"""
        ...
    @property
    def incoming_comms_open(self) -> int:
        """The number of total incoming connections listening to remote RPCs"""
        ...
    async def listen(
        self,
        port_or_addr: typing.Any = None,
        allow_offload: typing.Any = True,
        **kwargs: typing.Any,
    ) -> typing.Any: ...
    @property
    def listen_address(self) -> typing.Any:
        """
        The address this Server is listening on.  This may be a wildcard
        address such as `tcp://0.0.0.0:1234`.
       \x20"""
        ...
    @property
    def listener(self) -> typing.Any: ...
    @property
    def outgoing_comms_active(self) -> int:
        """The number of outgoing connections that are currently used to
        execute a RPC"""
        ...
    @property
    def outgoing_comms_open(self) -> int:
        """The number of connections currently open and waiting for a remote RPC"""
        ...
    @property
    def port(self) -> typing.Any:
        """
        The port number this Server is listening on.

        This will raise ValueError if the Server is listening on a
        non-IP based protocol.
       \x20"""
        ...
    @typing.final
    async def start(self) -> typing.Any: ...
    def start_periodic_callbacks(self) -> typing.Any:
        """Start Periodic Callbacks consistently

        This starts all PeriodicCallbacks stored in self.periodic_callbacks if
        they are not yet running. It does this safely by checking that it is using the
        correct event loop.
       \x20"""
        ...
    async def start_unsafe(self) -> typing.Any:
        """Attempt to start the server. This is not idempotent and not protected against concurrent startup attempts.

        This is intended to be overwritten or called by subclasses. For a safe
        startup, please use ``Server.start`` instead.

        If ``death_timeout`` is configured, we will require this coroutine to
        finish before this timeout is reached. If the timeout is reached we will
        close the instance and raise an ``asyncio.TimeoutError``
       \x20"""
        ...
    @property
    def status(self) -> distributed.Status: ...
    @status.setter
    def status(self, value: distributed.Status) -> None: ...
    def stop(self) -> typing.Any: ...
