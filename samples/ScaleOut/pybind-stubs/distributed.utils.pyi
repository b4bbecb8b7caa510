# pybind-stub: 1
# module: distributed.utils
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/utils.py, runtime
# content-hash: sha256:bd72fcaca7b6f2adf928e17cc2d72a3740edf83a674def14c7e7429b0a3e0437
import collections.abc
import datetime
import distributed.utils
import logging
import pickle
import types
import typing

P = typing.ParamSpec('P')
T = typing.TypeVar('T')

empty_context: EmptyContext
logger: logging.Logger
no_default: str = '__no_default__'
palette: list

async def All(args: typing.Any, quiet_exceptions: typing.Any = ()) -> typing.Any:
    """Wait on many tasks at the same time

    Err once any of the tasks err.

    See https://github.com/tornadoweb/tornado/issues/1546

    Parameters
    ----------
    args: futures to wait for
    quiet_exceptions: tuple, Exception
        Exception types to avoid logging if they fail
   \x20"""
    ...

async def Any(args: typing.Any, quiet_exceptions: typing.Any = ()) -> typing.Any:
    """Wait on many tasks at the same time and return when any is finished

    Err once any of the tasks err.

    Parameters
    ----------
    args: futures to wait for
    quiet_exceptions: tuple, Exception
        Exception types to avoid logging if they fail
   \x20"""
    ...

def asciitable(columns: typing.Any, rows: typing.Any) -> typing.Any:
    """Formats an ascii table for given columns and rows.

    Parameters
    ----------
    columns : list
        The column names
    rows : list of tuples
        The rows in the table. Each tuple must be the same length as
        ``columns``.
   \x20"""
    ...

def clean_dashboard_address(addrs: typing.Any, default_listen_ip: str = '') -> list[dict]:
    """
    Examples
    --------
    >>> clean_dashboard_address(8787)
    [{'address': '', 'port': 8787}]
    >>> clean_dashboard_address(":8787")
    [{'address': '', 'port': 8787}]
    >>> clean_dashboard_address("8787")
    [{'address': '', 'port': 8787}]
    >>> clean_dashboard_address("8787")
    [{'address': '', 'port': 8787}]
    >>> clean_dashboard_address("foo:8787")
    [{'address': 'foo', 'port': 8787}]
    >>> clean_dashboard_address([8787, 8887])
    [{'address': '', 'port': 8787}, {'address': '', 'port': 8887}]
    >>> clean_dashboard_address(":8787,:8887")
    [{'address': '', 'port': 8787}, {'address': '', 'port': 8887}]
   \x20"""
    ...

def cli_keywords(
    d: dict[str, typing.Any],
    cls: collections.abc.Callable | None = None,
    cmd: str | types.ModuleType | None = None,
) -> list[str]:
    """Convert a kwargs dictionary into a list of CLI keywords

    Parameters
    ----------
    d : dict
        The keywords to convert
    cls : callable
        The callable that consumes these terms to check them for validity
    cmd : string or object
        A string with the name of a module, or the module containing a
        click-generated command with a "main" function, or the function itself.
        It may be used to parse a module's custom arguments (that is, arguments that
        are not part of Worker class), such as nworkers from dask worker CLI or
        enable_nvlink from dask-cuda-worker CLI.

    Examples
    --------
    >>> cli_keywords({"x": 123, "save_file": "foo.txt"})
    ['--x', '123', '--save-file', 'foo.txt']

    >>> from dask.distributed import Worker
    >>> cli_keywords({"x": 123}, Worker)
    Traceback (most recent call last):
    ...
    ValueError: Class distributed.worker.Worker does not support keyword x
   \x20"""
    ...

def color_of(x: typing.Any, palette: typing.Any = ...) -> typing.Any: ...

def command_has_keyword(cmd: typing.Any, k: typing.Any) -> typing.Any: ...

def ensure_bytes(s: typing.Any) -> typing.Any:
    """Attempt to turn `s` into bytes.

    Parameters
    ----------
    s : Any
        The object to be converted. Will correctly handled

        * str
        * bytes
        * objects implementing the buffer protocol (memoryview, ndarray, etc.)

    Returns
    -------
    b : bytes

    Raises
    ------
    TypeError
        When `s` cannot be converted

    Examples
    --------
    >>> ensure_bytes('123')
    b'123'
    >>> ensure_bytes(b'123')
    b'123'
   \x20"""
    ...

def ensure_ip(hostname: typing.Any) -> typing.Any:
    """Ensure that address is an IP address

    Examples
    --------
    >>> ensure_ip('localhost')
    '127.0.0.1'
    >>> ensure_ip('')  # Maps as localhost for binding e.g. 'tcp://:8811'
    '127.0.0.1'
    >>> ensure_ip('123.123.123.123')  # pass through IP addresses
    '123.123.123.123'
   \x20"""
    ...

def ensure_memoryview(obj: bytes | bytearray | memoryview | pickle.PickleBuffer) -> memoryview:
    """Ensure `obj` is a 1-D contiguous `uint8` `memoryview`"""
    ...

def format_dashboard_link(host: typing.Any, port: typing.Any) -> typing.Any: ...

def get_fileno_limit() -> typing.Any:
    """
    Get the maximum number of open files per process.
   \x20"""
    ...

def get_ip(host: typing.Any = '8.8.8.8', port: typing.Any = 80) -> typing.Any:
    """
    Get the local IP address through which the *host* is reachable.

    *host* defaults to a well-known Internet host (one of Google's public
    DNS servers).
   \x20"""
    ...

def get_ip_interface(ifname: typing.Any) -> typing.Any:
    """
    Get the local IPv4 address of a network interface.

    KeyError is raised if the interface doesn't exist.
    ValueError is raised if the interface does no have an IPv4 address
    associated with it.
   \x20"""
    ...

def get_ipv6(host: typing.Any = '2001:4860:4860::8888', port: typing.Any = 80) -> typing.Any:
    """
    The same as get_ip(), but for IPv6.
   \x20"""
    ...

def get_mp_context() -> typing.Any:
    """Create a multiprocessing context

    The context type is controlled by the
    ``distributed.worker.multiprocessing-method`` configuration key.

    Returns
    -------
    multiprocessing.BaseContext
        The multiprocessing context

    Notes
    -----
    Repeated calls with the same method will return the same object
    (since multiprocessing.get_context returns singleton instances).
   \x20"""
    ...

def get_traceback() -> typing.Any: ...

def has_arg(func: typing.Any, argname: typing.Any) -> typing.Any:
    """
    Whether the function takes an argument with the given name.
   \x20"""
    ...

def has_keyword(func: typing.Any, keyword: typing.Any) -> typing.Any: ...

def import_file(path: str) -> list[types.ModuleType]:
    """Loads modules for a file (.py, .zip, .egg)"""
    ...

def import_term(name: str) -> typing.Any:
    """Return the fully qualified term

    Examples
    --------
    >>> import_term("math.sin") # doctest: +SKIP
    <function math.sin(x, /)>
   \x20"""
    ...

def in_async_call(loop: typing.Any, default: typing.Any = False) -> typing.Any:
    """Whether this call is currently within an async call"""
    ...

def is_coroutine_function(f: typing.Any) -> typing.Any: ...

def is_kernel() -> typing.Any:
    """Determine if we're running within an IPython kernel

    >>> is_kernel()
    False
   \x20"""
    ...

def is_python_shutting_down() -> bool:
    """Is the interpreter shutting down now?

    This is a variant of ``sys.is_finalizing`` which can return True inside the ``__del__``
    method of classes defined inside the distributed package.
   \x20"""
    ...

def is_valid_xml(text: typing.Any) -> typing.Any: ...

def iscoroutinefunction(f: typing.Any) -> typing.Any: ...

def json_load_robust(
    fn: typing.Any,
    load: typing.Any = ...,
    timeout: typing.Any = None,
) -> typing.Any:
    """Reads a JSON file from disk that may be being written as we read"""
    ...

def key_split_group(x: object) -> str:
    """A more fine-grained version of key_split.

    >>> key_split_group(('x-2', 1))
    'x-2'
    >>> key_split_group("('x-2', 1)")
    'x-2'
    >>> key_split_group('ae05086432ca935f6eba409a8ecd4896')
    'data'
    >>> key_split_group('<module.submodule.myclass object at 0xdaf372')
    'myclass'
    >>> key_split_group('x')
    'x'
    >>> key_split_group('x-1')
    'x'
   \x20"""
    ...

@typing.overload
def log_errors(func: collections.abc.Callable[P, T], /) -> collections.abc.Callable[P, T]:
    """Log any errors and then reraise them.

    This can be used:

    - As a context manager::

        with log_errors(...):
            ...

    - As a bare function decorator::

        @log_errors
        def func(...):
            ...

    - As a function decorator with parameters::

        @log_errors(...)
        def func(...):
            ...

    Parameters
    ----------
    pdb: bool, optional
        Set to True to break into the debugger in case of exception
    unroll_stack: int, optional
        Number of levels of stack to unroll when determining the module's name for the
        purpose of logging. Normally you should omit this. Set to 2 if you are writing a
        helper function, context manager, or decorator.
   \x20"""
    ...
@typing.overload
def log_errors(*, pdb: bool = False, unroll_stack: int = 1) -> distributed.utils._LogErrors: ...

def nbytes(frame: typing.Any, _bytes_like: typing.Any = ...) -> typing.Any:
    """Number of bytes of a frame or memoryview"""
    ...

async def offload(fn: typing.Any, *args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...

def open_port(host: str = '') -> int:
    """Return a probably-open port

    There is a chance that this port will be taken by the operating system soon
    after returning from this function.
   \x20"""
    ...

def parse_ports(
    port: int | str | collections.abc.Collection[int] | None,
) -> list[int] | list[None]:
    """Parse input port information into list of ports

    Parameters
    ----------
    port : int, str, list[int], None
        Input port or ports. Can be an integer like 8787, a string for a
        single port like "8787", string for a sequential range of ports like
        "8000:8200", a collection of ints, or None.

    Returns
    -------
    ports : list
        List of ports

    Examples
    --------
    A single port can be specified using an integer:

    >>> parse_ports(8787)
    [8787]

    or a string:

    >>> parse_ports("8787")
    [8787]

    A sequential range of ports can be specified by a string which indicates
    the first and last ports which should be included in the sequence of ports:

    >>> parse_ports("8787:8790")
    [8787, 8788, 8789, 8790]

    An input of ``None`` is also valid and can be used to indicate that no port
    has been specified:

    >>> parse_ports(None)
    [None]

   \x20"""
    ...

def read_block(
    f: typing.Any,
    offset: typing.Any,
    length: typing.Any,
    delimiter: typing.Any = None,
) -> typing.Any:
    """Read a block of bytes from a file

    Parameters
    ----------
    f: file
        File-like object supporting seek, read, tell, etc..
    offset: int
        Byte offset to start read
    length: int
        Number of bytes to read
    delimiter: bytes (optional)
        Ensure reading starts and stops at delimiter bytestring

    If using the ``delimiter=`` keyword argument we ensure that the read
    starts and stops at delimiter boundaries that follow the locations
    ``offset`` and ``offset + length``.  If ``offset`` is zero then we
    start at zero.  The bytestring returned WILL include the
    terminating delimiter string.

    Examples
    --------

    >>> from io import BytesIO  # doctest: +SKIP
    >>> f = BytesIO(b'Alice, 100\\nBob, 200\\nCharlie, 300')  # doctest: +SKIP
    >>> read_block(f, 0, 13)  # doctest: +SKIP
    b'Alice, 100\\nBo'

    >>> read_block(f, 0, 13, delimiter=b'\\n')  # doctest: +SKIP
    b'Alice, 100\\nBob, 200\\n'

    >>> read_block(f, 10, 10, delimiter=b'\\n')  # doctest: +SKIP
    b'Bob, 200\\nCharlie, 300'
   \x20"""
    ...

def recursive_to_dict(
    obj: typing.Any,
    *,
    exclude: collections.abc.Container[str] = (),
    members: bool = False,
) -> typing.Any:
    """Recursively convert arbitrary Python objects to a JSON-serializable
    representation. This is intended for debugging purposes only.

    The following objects are supported:

    list, tuple, set, frozenset, deque, dict, dict_keys, dict_values
        Descended into these objects recursively. Python-specific collections are
        converted to JSON-friendly variants.
    Classes that define ``_to_dict(self, *, exclude: Container[str] = ())``:
        Call the method and dump its output
    Classes that define ``_to_dict_no_nest(self, *, exclude: Container[str] = ())``:
        Like above, but prevents nested calls (see below)
    Other Python objects
        Dump the output of ``repr()``
    Objects already encountered before, regardless of type
        Dump the output of ``repr()``. This breaks circular references and shortens the
        output.

    Parameters
    ----------
    exclude:
        A list of attribute names to be excluded from the dump.
        This will be forwarded to the objects ``_to_dict`` methods and these methods
        are required to accept this parameter.
    members:
        If True, convert the top-level Python object to a dict of its public members

    **``_to_dict_no_nest`` vs. ``_to_dict``**

    The presence of the ``_to_dict_no_nest`` method signals ``recursive_to_dict`` to
    have a mutually exclusive full dict representation with other objects that also have
    the ``_to_dict_no_nest``, regardless of their class. Only the outermost object in a
    nested structure has the method invoked; all others are
    dumped as their string repr instead, even if they were not encountered before.

    Example:

    .. code-block:: python

        >>> class Person:
        ...     def __init__(self, name):
        ...         self.name = name
        ...         self.children = []
        ...         self.pets = []
        ...
        ...     def _to_dict_no_nest(self, exclude=()):
        ...         return recursive_to_dict(self.__dict__, exclude=exclude)
        ...
        ...     def __repr__(self):
        ...         return self.name

        >>> class Pet:
        ...     def __init__(self, name):
        ...         self.name = name
        ...         self.owners = []
        ...
        ...     def _to_dict_no_nest(self, exclude=()):
        ...         return recursive_to_dict(self.__dict__, exclude=exclude)
        ...
        ...     def __repr__(self):
        ...         return self.name

        >>> alice = Person("Alice")
        >>> bob = Person("Bob")
        >>> charlie = Pet("Charlie")
        >>> alice.children.append(bob)
        >>> alice.pets.append(charlie)
        >>> bob.pets.append(charlie)
        >>> charlie.owners[:] = [alice, bob]
        >>> recursive_to_dict({"people": [alice, bob], "pets": [charlie]})
        {
            "people": [
                {"name": "Alice", "children": ["Bob"], "pets": ["Charlie"]},
                {"name": "Bob", "children": [], "pets": ["Charlie"]},
            ],
            "pets": [
                {"name": "Charlie", "owners": ["Alice", "Bob"]},
            ],
        }

    If we changed the methods to ``_to_dict``, the output would instead be:

    .. code-block:: python

        {
            "people": [
                {
                    "name": "Alice",
                    "children": [
                        {
                            "name": "Bob",
                            "children": [],
                            "pets": [{"name": "Charlie", "owners": ["Alice", "Bob"]}],
                        },
                    ],
                    pets: ["Charlie"],
                ],
                "Bob",
            ],
            "pets": ["Charlie"],
        }

    Also notice that, if in the future someone will swap the creation of the
    ``children`` and ``pets`` attributes inside ``Person.__init__``, the output with
    ``_to_dict`` will change completely whereas the one with ``_to_dict_no_nest`` won't!
   \x20"""
    ...

def reset_logger_locks() -> typing.Any:
    """Python 2's logger's locks don't survive a fork event

    https://github.com/dask/distributed/issues/1491
   \x20"""
    ...

def seek_delimiter(
    file: typing.Any,
    delimiter: typing.Any,
    blocksize: typing.Any,
) -> typing.Any:
    """Seek current file to next byte after a delimiter bytestring

    This seeks the file to the next byte following the delimiter.  It does
    not return anything.  Use ``file.tell()`` to see location afterwards.

    Parameters
    ----------
    file: a file
    delimiter: bytes
        a delimiter like ``b'
'`` or message sentinel
    blocksize: int
        Number of bytes to read from the file at once.
   \x20"""
    ...

def set_thread_state(**kwargs: typing.Any) -> typing.Any: ...

def silence_logging(level: typing.Any, root: typing.Any = 'distributed') -> typing.Any:
    """
    Change all StreamHandlers for the given logger to the given level
   \x20"""
    ...

def sync(
    loop: typing.Any,
    func: typing.Any,
    *args: typing.Any,
    callback_timeout: typing.Any = None,
    **kwargs: typing.Any,
) -> typing.Any:
    """
    Run coroutine in loop running in separate thread.
   \x20"""
    ...

def tmp_text(filename: typing.Any, text: typing.Any) -> typing.Any: ...

def truncate_exception(e: typing.Any, n: typing.Any = 10000) -> typing.Any:
    """Truncate exception to be about a certain length"""
    ...

def validate_key(k: typing.Any) -> typing.Any:
    """Validate a key as received on a stream."""
    ...

def warn_on_duration(
    duration: str | float | datetime.timedelta,
    msg: str,
) -> collections.abc.Iterator[None]:
    """Generate a UserWarning if the operation in this context takes longer than
    *duration* and print *msg*

    The message may include a format string `{duration}` which will be formatted
    to include the actual duration it took
   \x20"""
    ...

class Deadline:
    """Utility class tracking a deadline and the progress toward it"""
    expires_at: float | None
    started_at: float
    def __init__(self, expires_at: float | None = None) -> None: ...
    @classmethod
    def after(cls, duration: float | None = None) -> Deadline:
        """Create a new ``Deadline`` that expires in ``duration`` seconds
        or never if ``duration`` is None"""
        ...
    @property
    def duration(self) -> float | None:
        """Seconds between the creation and expiration time of the deadline
        if the deadline expires, None otherwise"""
        ...
    @property
    def elapsed(self) -> float:
        """Seconds that elapsed since the deadline was created"""
        ...
    @property
    def expired(self) -> bool:
        """Whether the deadline has already expired"""
        ...
    @property
    def expires(self) -> bool:
        """Whether the deadline ever expires"""
        ...
    @property
    def remaining(self) -> float | None:
        """Seconds remaining until the deadline expires if an expiry time is set,
        None otherwise"""
        ...

class DequeHandler(logging.Handler):
    """A logging.Handler that records records into a deque"""
    def __init__(self, *args: typing.Any, n: typing.Any = 10000, **kwargs: typing.Any) -> None: ...
    def clear(self) -> typing.Any:
        """
        Clear internal storage.
       \x20"""
        ...
    @classmethod
    def clear_all_instances(cls) -> typing.Any:
        """
        Clear the internal storage of all live DequeHandlers.
       \x20"""
        ...
    def emit(self, record: typing.Any) -> typing.Any: ...

class EmptyContext:
    async def __aenter__(self) -> typing.Any: ...
    async def __aexit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __enter__(self) -> typing.Any: ...
    def __exit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...

class Log(str):
    """A container for newline-delimited string of log entries"""

class Logs(dict):
    """A container for a dict mapping names to strings of log entries"""

class LoopRunner:
    """
    A helper to start and stop an IO loop in a controlled way.
    Several loop runners can associate safely to the same IO loop.

    Parameters
    ----------
    loop: IOLoop (optional)
        If given, this loop will be re-used, otherwise an appropriate one
        will be looked up or created.
    asynchronous: boolean (optional, default False)
        If false (the default), the loop is meant to run in a separate
        thread and will be started if necessary.
        If true, the loop is meant to run in the thread this
        object is instantiated from, and will not be started automatically.
   \x20"""
    def __init__(self, loop: typing.Any = None, asynchronous: typing.Any = False) -> None: ...
    def is_started(self) -> typing.Any:
        """
        Return True between start() and stop() calls, False otherwise.
       \x20"""
        ...
    @property
    def loop(self) -> typing.Any: ...
    def run_sync(self, func: typing.Any, *args: typing.Any, **kwargs: typing.Any) -> typing.Any:
        """
        Convenience helper: start the loop if needed,
        run sync(func, *args, **kwargs), then stop the loop again.
       \x20"""
        ...
    def start(self) -> typing.Any:
        """
        Start the IO loop if required.  The loop is run in a dedicated
        thread.

        If the loop is already running, this method does nothing.
       \x20"""
        ...
    def stop(self, timeout: typing.Any = 10) -> typing.Any:
        """
        Stop and close the loop if it was created by us.
        Otherwise, just mark this object "stopped".
       \x20"""
        ...

class NoOpAwaitable:
    """An awaitable object that always returns None.

    Useful to return from a method that can be called in both asynchronous and
    synchronous contexts"""
    def __await__(self) -> typing.Any: ...

class SyncMethodMixin:
    """
    A mixin for adding an `asynchronous` attribute and `sync` method to a class.

    Subclasses must define a `loop` attribute for an associated
    `tornado.IOLoop`, and may also add a `_asynchronous` attribute indicating
    whether the class should default to asynchronous behavior.
   \x20"""
    @property
    def asynchronous(self) -> typing.Any:
        """Are we running in the event loop?"""
        ...
    def sync(
        self,
        func: typing.Any,
        *args: typing.Any,
        asynchronous: typing.Any = None,
        callback_timeout: typing.Any = None,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Call `func` with `args` synchronously or asynchronously depending on
        the calling context"""
        ...
