# pybind-stub: 1
# module: distributed
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: dask/config.py, distributed/__init__.py, distributed/_version.py, distributed/actor.py, distributed/client.py, distributed/comm/core.py, distributed/core.py, distributed/deploy/adaptive.py, distributed/deploy/local.py, distributed/deploy/spec.py, distributed/deploy/ssh.py, distributed/diagnostics/plugin.py, distributed/diagnostics/progressbar.py, distributed/event.py, distributed/lock.py, distributed/multi_lock.py, distributed/nanny.py, distributed/pubsub.py, distributed/queues.py, distributed/scheduler.py, distributed/security.py, distributed/semaphore.py, distributed/threadpoolexecutor.py, distributed/utils.py, distributed/variable.py, distributed/worker.py, distributed/worker_client.py, runtime
# content-hash: sha256:215d600ae9f4dd583c2bec6c94b32e4e1c15c6c67a08f3780105dfc89b315a49
import _weakrefset
import abc
import collections
import collections.abc
import concurrent.futures
import datetime
import distributed.batched
import distributed.client
import distributed.comm
import distributed.deploy
import distributed.deploy.adaptive_core
import distributed.diskutils
import distributed.nanny
import distributed.node
import distributed.preloading
import distributed.scheduler
import distributed.utils
import distributed.utils_comm
import distributed.worker_memory
import distributed.worker_state_machine
import enum
import threading
import tornado.ioloop
import typing
import distributed.widgets as widgets
from concurrent.futures import CancelledError as CancelledError
from asyncio import TimeoutError as TimeoutError

_T = typing.TypeVar('_T')
_T_spec_cluster = typing.TypeVar('_T_spec_cluster', bound=SpecCluster)

config: dict

def CompatibleExecutor(*args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...

def SSHCluster(
    hosts: list[str] | None = None,
    connect_options: dict | list[dict] | None = None,
    worker_options: dict | None = None,
    scheduler_options: dict | None = None,
    worker_module: str = 'deprecated',
    worker_class: str = 'distributed.Nanny',
    remote_python: str | list[str] | None = None,
    **kwargs: typing.Any,
) -> SpecCluster:
    """Deploy a Dask cluster using SSH

    The SSHCluster function deploys a Dask Scheduler and Workers for you on a
    set of machine addresses that you provide.  The first address will be used
    for the scheduler while the rest will be used for the workers (feel free to
    repeat the first hostname if you want to have the scheduler and worker
    co-habitate one machine.)

    You may configure the scheduler and workers by passing
    ``scheduler_options`` and ``worker_options`` dictionary keywords.  See the
    ``dask.distributed.Scheduler`` and ``dask.distributed.Worker`` classes for
    details on the available options, but the defaults should work in most
    situations.

    You may configure your use of SSH itself using the ``connect_options``
    keyword, which passes values to the ``asyncssh.connect`` function.  For
    more information on these see the documentation for the ``asyncssh``
    library https://asyncssh.readthedocs.io .

    Parameters
    ----------
    hosts
        List of hostnames or addresses on which to launch our cluster.
        The first will be used for the scheduler and the rest for workers.
    connect_options
        Keywords to pass through to :func:`asyncssh.connect`.
        This could include things such as ``port``, ``username``, ``password``
        or ``known_hosts``. See docs for :func:`asyncssh.connect` and
        :class:`asyncssh.SSHClientConnectionOptions` for full information.
        If a list it must have the same length as ``hosts``.
    worker_options
        Keywords to pass on to workers.
    scheduler_options
        Keywords to pass on to scheduler.
    worker_class
        The python class to use to create the worker(s).
    remote_python
        Path to Python on remote nodes.

    Examples
    --------
    Create a cluster with one worker:

    >>> from dask.distributed import Client, SSHCluster
    >>> cluster = SSHCluster(["localhost", "localhost"])
    >>> client = Client(cluster)

    Create a cluster with three workers, each with two threads
    and host the dashdoard on port 8797:

    >>> from dask.distributed import Client, SSHCluster
    >>> cluster = SSHCluster(
    ...     ["localhost", "localhost", "localhost", "localhost"],
    ...     connect_options={"known_hosts": None},
    ...     worker_options={"nthreads": 2},
    ...     scheduler_options={"port": 0, "dashboard_address": ":8797"}
    ... )
    >>> client = Client(cluster)

    Create a cluster with two workers on each host:

    >>> from dask.distributed import Client, SSHCluster
    >>> cluster = SSHCluster(
    ...     ["localhost", "localhost", "localhost", "localhost"],
    ...     connect_options={"known_hosts": None},
    ...     worker_options={"nthreads": 2, "n_workers": 2},
    ...     scheduler_options={"port": 0, "dashboard_address": ":8797"}
    ... )
    >>> client = Client(cluster)

    An example using a different worker class, in particular the
    ``CUDAWorker`` from the ``dask-cuda`` project:

    >>> from dask.distributed import Client, SSHCluster
    >>> cluster = SSHCluster(
    ...     ["localhost", "hostwithgpus", "anothergpuhost"],
    ...     connect_options={"known_hosts": None},
    ...     scheduler_options={"port": 0, "dashboard_address": ":8797"},
    ...     worker_class="dask_cuda.CUDAWorker")
    >>> client = Client(cluster)

    See Also
    --------
    dask.distributed.Scheduler
    dask.distributed.Worker
    asyncssh.connect
   \x20"""
    ...

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

def default_client(c: typing.Any = None) -> typing.Any:
    """Return a client if one has started

    Parameters
    ----------
    c : Client
        The client to return. If None, the default client is returned.

    Returns
    -------
    c : Client
        The client, if one has started
   \x20"""
    ...

def fire_and_forget(obj: typing.Any) -> typing.Any:
    """Run tasks at least once, even if we release the futures

    Under normal operation Dask will not run any tasks for which there is not
    an active future (this avoids unnecessary work in many situations).
    However sometimes you want to just fire off a task, not track its future,
    and expect it to finish eventually.  You can use this function on a future
    or collection of futures to ask Dask to complete the task even if no active
    client is tracking it.

    The results will not be kept in memory after the task completes (unless
    there is an active future) so this is only useful for tasks that depend on
    side effects.

    Parameters
    ----------
    obj : Future, list, dict, dask collection
        The futures that you want to run at least once

    Examples
    --------
    >>> fire_and_forget(client.submit(func, *args))  # doctest: +SKIP
   \x20"""
    ...

def futures_of(o: typing.Any, client: typing.Any = None) -> typing.Any:
    """Future objects in a collection

    Parameters
    ----------
    o : collection
        A possibly nested collection of Dask objects
    client : Client, optional
        The client

    Examples
    --------
    >>> futures_of(my_dask_dataframe)
    [<Future: finished key: ...>,
     <Future: pending  key: ...>]

    Raises
    ------
    CancelledError
        If one of the futures is cancelled a CancelledError is raised

    Returns
    -------
    futures : List[Future]
        A list of futures held by those collections
   \x20"""
    ...

def get_client(
    address: typing.Any = None,
    timeout: typing.Any = None,
    resolve_address: typing.Any = True,
) -> Client:
    """Get a client while within a task.

    This client connects to the same scheduler to which the worker is connected

    Parameters
    ----------
    address : str, optional
        The address of the scheduler to connect to. Defaults to the scheduler
        the worker is connected to.
    timeout : int or str
        Timeout (in seconds) for getting the Client. Defaults to the
        ``distributed.comm.timeouts.connect`` configuration value.
    resolve_address : bool, default True
        Whether to resolve `address` to its canonical form.

    Returns
    -------
    Client

    Examples
    --------
    >>> def f():
    ...     client = get_client(timeout="10s")
    ...     futures = client.map(lambda x: x + 1, range(10))  # spawn many tasks
    ...     results = client.gather(futures)
    ...     return sum(results)

    >>> future = client.submit(f)  # doctest: +SKIP
    >>> future.result()  # doctest: +SKIP
    55

    See Also
    --------
    get_worker
    worker_client
    secede
   \x20"""
    ...

def get_versions() -> typing.Any: ...

def get_worker() -> Worker:
    """Get the worker currently running this task

    Examples
    --------
    >>> def f():
    ...     worker = get_worker()  # The worker on which this task is running
    ...     return worker.address

    >>> future = client.submit(f)  # doctest: +SKIP
    >>> future.result()  # doctest: +SKIP
    'tcp://127.0.0.1:47373'

    See Also
    --------
    get_client
    worker_client
   \x20"""
    ...

def local_client(*args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...

def print(
    *args: typing.Any,
    sep: str | None = ' ',
    end: str | None = '\n',
    file: typing.TextIO | None = None,
    flush: bool = False,
) -> None:
    """
    A drop-in replacement of the built-in ``print`` function for remote printing
    from workers to clients. If called from outside a dask worker, its arguments
    are passed directly to ``builtins.print()``. If called by code running on a
    worker, then in addition to printing locally, any clients connected
    (possibly remotely) to the scheduler managing this worker will receive an
    event instructing them to print the same output to their own standard output
    or standard error streams. For example, the user can perform simple
    debugging of remote computations by including calls to this ``print``
    function in the submitted code and inspecting the output in a local Jupyter
    notebook or interpreter session.

    All arguments behave the same as those of ``builtins.print()``, with the
    exception that the ``file`` keyword argument, if specified, must either be
    ``sys.stdout`` or ``sys.stderr``; arbitrary file-like objects are not
    allowed.

    All non-keyword arguments are converted to strings using ``str()`` and
    written to the stream, separated by ``sep`` and followed by ``end``. Both
    ``sep`` and ``end`` must be strings; they can also be ``None``, which means
    to use the default values. If no objects are given, ``print()`` will just
    write ``end``.

    Parameters
    ----------
    sep : str, optional
        String inserted between values, default a space.
    end : str, optional
        String appended after the last value, default a newline.
    file : ``sys.stdout`` or ``sys.stderr``, optional
        Defaults to the current sys.stdout.
    flush : bool, default False
        Whether to forcibly flush the stream.

    Examples
    --------
    >>> from dask.distributed import Client, print
    >>> client = distributed.Client(...)
    >>> def worker_function():
    ...     print("Hello from worker!")
    >>> client.submit(worker_function)
    <Future: finished, type: NoneType, key: worker_function-...>
    Hello from worker!
   \x20"""
    ...

def progress(
    *futures: typing.Any,
    notebook: typing.Any = None,
    multi: typing.Any = True,
    complete: typing.Any = True,
    **kwargs: typing.Any,
) -> typing.Any:
    """Track progress of futures

    This operates differently in the notebook and the console

    *  Notebook:  This returns immediately, leaving an IPython widget on screen
    *  Console:  This blocks until the computation completes

    Parameters
    ----------
    futures : Futures
        A list of futures or keys to track
    notebook : bool (optional)
        Running in the notebook or not (defaults to guess)
    multi : bool (optional)
        Track different functions independently (defaults to True)
    complete : bool (optional)
        Track all keys (True) or only keys that have not yet run (False)
        (defaults to True)

    Notes
    -----
    In the notebook, the output of `progress` must be the last statement
    in the cell. Typically, this means calling `progress` at the end of a
    cell.

    Examples
    --------
    >>> progress(futures)  # doctest: +SKIP
    [########################################] | 100% Completed |  1.7s
   \x20"""
    ...

def rejoin() -> typing.Any:
    """Have this thread rejoin the ThreadPoolExecutor

    This will block until a new slot opens up in the executor.  The next thread
    to finish a task will leave the pool to allow this one to join.

    See Also
    --------
    secede : leave the thread pool
   \x20"""
    ...

def secede() -> typing.Any:
    """
    Have this task secede from the worker's thread pool

    This opens up a new scheduling slot and a new thread for a new task. This
    enables the client to schedule tasks on this node, which is
    especially useful while waiting for other jobs to finish (e.g., with
    ``client.gather``).

    Examples
    --------
    >>> def mytask(x):
    ...     # do some work
    ...     client = get_client()
    ...     futures = client.map(...)  # do some remote work
    ...     secede()  # while that work happens, remove ourself from the pool
    ...     return client.gather(futures)  # return gathered results

    See Also
    --------
    get_client
    get_worker
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

def wait(
    fs: typing.Any,
    timeout: typing.Any = None,
    return_when: typing.Any = ...,
) -> typing.Any:
    """Wait until all/any futures are finished

    Parameters
    ----------
    fs : List[Future]
    timeout : number, string, optional
        Time after which to raise a ``dask.distributed.TimeoutError``.
        Can be a string like ``"10 minutes"`` or a number of seconds to wait.
    return_when : str, optional
        One of `ALL_COMPLETED` or `FIRST_COMPLETED`

    Returns
    -------
    Named tuple of completed, not completed
   \x20"""
    ...

def warn(
    message: str | Warning,
    category: type[Warning] | None = ...,
    stacklevel: int = 1,
    source: typing.Any = None,
) -> None:
    """
    A drop-in replacement of the built-in ``warnings.warn()`` function for
    issuing warnings remotely from workers to clients.

    If called from outside a dask worker, its arguments are passed directly to
    ``warnings.warn()``. If called by code running on a worker, then in addition
    to emitting a warning locally, any clients connected (possibly remotely) to
    the scheduler managing this worker will receive an event instructing them to
    emit the same warning (subject to their own local filters, etc.). When
    implementing computations that may run on a worker, the user can call this
    ``warn`` function to ensure that any remote client sessions will see their
    warnings, for example in a Jupyter output cell.

    While all of the arguments are respected by the locally emitted warning
    (with same meanings as in ``warnings.warn()``), ``stacklevel`` and
    ``source`` are ignored by clients because they would not be meaningful in
    the client's thread.

    Examples
    --------
    >>> from dask.distributed import Client, warn
    >>> client = Client()
    >>> def do_warn():
    ...    warn("A warning from a worker.")
    >>> client.submit(do_warn).result()
    /path/to/distributed/client.py:678: UserWarning: A warning from a worker.
   \x20"""
    ...

def worker_client(timeout: typing.Any = None, separate_thread: typing.Any = True) -> typing.Any:
    """Get client for this thread

    This context manager is intended to be called within functions that we run
    on workers.  When run as a context manager it delivers a client
    ``Client`` object that can submit other tasks directly from that worker.

    Parameters
    ----------
    timeout : Number or String
        Timeout after which to error out. Defaults to the
        ``distributed.comm.timeouts.connect`` configuration value.
    separate_thread : bool, optional
        Whether to run this function outside of the normal thread pool
        defaults to True

    Examples
    --------
    >>> def func(x):
    ...     with worker_client(timeout="10s") as c:  # connect from worker back to scheduler
    ...         a = c.submit(inc, x)     # this task can submit more tasks
    ...         b = c.submit(dec, x)
    ...         result = c.gather([a, b])  # and gather results
    ...     return result

    >>> future = client.submit(func, 1)  # submit func(1) on cluster

    See Also
    --------
    get_worker
    get_client
    secede
   \x20"""
    ...

class Actor(distributed.utils_comm.WrappedKey):
    """Controls an object on a remote worker

    An actor allows remote control of a stateful object living on a remote
    worker.  Method calls on this object trigger operations on the remote
    object and return BaseActorFutures on which we can block to get results.

    Examples
    --------
    >>> class Counter:
    ...    def __init__(self):
    ...        self.n = 0
    ...    def increment(self):
    ...        self.n += 1
    ...        return self.n

    >>> from dask.distributed import Client
    >>> client = Client()

    You can create an actor by submitting a class with the keyword
    ``actor=True``.

    >>> future = client.submit(Counter, actor=True)
    >>> counter = future.result()
    >>> counter
    <Actor: Counter, key=Counter-1234abcd>

    Calling methods on this object immediately returns deferred ``BaseActorFuture``
    objects.  You can call ``.result()`` on these objects to block and get the
    result of the function call.

    >>> future = counter.increment()
    >>> future.result()
    1
    >>> future = counter.increment()
    >>> future.result()
    2
   \x20"""
    def __dir__(self) -> typing.Any: ...
    def __getattr__(self, key: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        cls: typing.Any,
        address: typing.Any,
        key: typing.Any,
        worker: typing.Any = None,
    ) -> None: ...
    def __reduce__(self) -> typing.Any: ...
    def __repr__(self) -> typing.Any: ...
    @property
    def client(self) -> typing.Any: ...

class ActorFuture(BaseActorFuture[_T]):
    def __await__(self) -> collections.abc.Generator[object, None, _T]: ...
    def __init__(self, io_loop: tornado.ioloop.IOLoop) -> None: ...
    def done(self) -> bool: ...
    def result(self, timeout: str | datetime.timedelta | float | None = None) -> _T: ...

class Adaptive(distributed.deploy.adaptive_core.AdaptiveCore):
    """
    Adaptively allocate workers based on scheduler load.  A superclass.

    Contains logic to dynamically resize a Dask cluster based on current use.
    This class needs to be paired with a system that can create and destroy
    Dask workers using a cluster resource manager.  Typically it is built into
    already existing solutions, rather than used directly by users.
    It is most commonly used from the ``.adapt(...)`` method of various Dask
    cluster classes.

    Parameters
    ----------
    cluster: object
        Must have scale and scale_down methods/coroutines
    interval : timedelta or str, default "1000 ms"
        Milliseconds between checks
    wait_count: int, default 3
        Number of consecutive times that a worker should be suggested for
        removal before we remove it.
    target_duration: timedelta or str, default "5s"
        Amount of time we want a computation to take.
        This affects how aggressively we scale up.
    worker_key: Callable[WorkerState]
        Function to group workers together when scaling down
        See Scheduler.workers_to_close for more information
    minimum: int
        Minimum number of workers to keep around
    maximum: int
        Maximum number of workers to keep around
    **kwargs:
        Extra parameters to pass to Scheduler.workers_to_close

    Examples
    --------

    This is commonly used from existing Dask classes, like KubeCluster

    >>> from dask_kubernetes import KubeCluster
    >>> cluster = KubeCluster()
    >>> cluster.adapt(minimum=10, maximum=100)

    Alternatively you can use it from your own Cluster class by subclassing
    from Dask's Cluster superclass

    >>> from distributed.deploy import Cluster
    >>> class MyCluster(Cluster):
    ...     def scale_up(self, n):
    ...         \"\"\" Bring worker count up to n \"\"\"
    ...     def scale_down(self, workers):
    ...        \"\"\" Remove worker addresses from cluster \"\"\"

    >>> cluster = MyCluster()
    >>> cluster.adapt(minimum=10, maximum=100)

    Notes
    -----
    Subclasses can override :meth:`Adaptive.target` and
    :meth:`Adaptive.workers_to_close` to control when the cluster should be
    resized. The default implementation checks if there are too many tasks
    per worker or too little memory available (see
    :meth:`distributed.Scheduler.adaptive_target`).
    The values for interval, min, max, wait_count and target_duration can be
    specified in the dask config under the distributed.adaptive key.
   \x20"""
    def __init__(
        self,
        cluster: typing.Any = None,
        interval: typing.Any = None,
        minimum: typing.Any = None,
        maximum: typing.Any = None,
        wait_count: typing.Any = None,
        target_duration: typing.Any = None,
        worker_key: typing.Any = None,
        **kwargs: typing.Any,
    ) -> None: ...
    @property
    def loop(self) -> tornado.ioloop.IOLoop:
        """Override Adaptive.loop"""
        ...
    @property
    def observed(self) -> typing.Any: ...
    @property
    def plan(self) -> typing.Any: ...
    async def recommendations(self, target: int) -> dict: ...
    @property
    def requested(self) -> typing.Any: ...
    async def scale_down(self, workers: typing.Any) -> typing.Any: ...
    async def scale_up(self, n: typing.Any) -> typing.Any: ...
    @property
    def scheduler(self) -> typing.Any: ...
    async def target(self) -> typing.Any:
        """
        Determine target number of workers that should exist.

        Notes
        -----
        ``Adaptive.target`` dispatches to Scheduler.adaptive_target(),
        but may be overridden in subclasses.

        Returns
        -------
        Target number of workers

        See Also
        --------
        Scheduler.adaptive_target
       \x20"""
        ...
    async def workers_to_close(self, target: int) -> list[str]:
        """
        Determine which, if any, workers should potentially be removed from
        the cluster.

        Notes
        -----
        ``Adaptive.workers_to_close`` dispatches to Scheduler.workers_to_close(),
        but may be overridden in subclasses.

        Returns
        -------
        List of worker names to close, if any

        See Also
        --------
        Scheduler.workers_to_close
       \x20"""
        ...

class BaseActorFuture(abc.ABC, collections.abc.Awaitable[_T]):
    """Future to an actor's method call

    Whenever you call a method on an Actor you get a BaseActorFuture immediately
    while the computation happens in the background.  You can call ``.result``
    to block and collect the full result

    See Also
    --------
    Actor
   \x20"""
    def __repr__(self) -> typing.Literal['<ActorFuture>']: ...
    @abc.abstractmethod
    def done(self) -> bool: ...
    @abc.abstractmethod
    def result(self, timeout: str | datetime.timedelta | float | None = None) -> _T: ...

class Client(distributed.utils.SyncMethodMixin):
    """Connect to and submit computation to a Dask cluster

    The Client connects users to a Dask cluster.  It provides an asynchronous
    user interface around functions and futures.  This class resembles
    executors in ``concurrent.futures`` but also allows ``Future`` objects
    within ``submit/map`` calls.  When a Client is instantiated it takes over
    all ``dask.compute`` and ``dask.persist`` calls by default.

    It is also common to create a Client without specifying the scheduler
    address , like ``Client()``.  In this case the Client creates a
    :class:`LocalCluster` in the background and connects to that.  Any extra
    keywords are passed from Client to LocalCluster in this case.  See the
    LocalCluster documentation for more information.

    Parameters
    ----------
    address: string, or Cluster
        This can be the address of a ``Scheduler`` server like a string
        ``'127.0.0.1:8786'`` or a cluster object like ``LocalCluster()``
    loop
        The event loop
    timeout: int (defaults to configuration ``distributed.comm.timeouts.connect``)
        Timeout duration for initial connection to the scheduler
    set_as_default: bool (True)
        Use this Client as the global dask scheduler
    scheduler_file: string (optional)
        Path to a file with scheduler information if available
    security: Security or bool, optional
        Optional security information. If creating a local cluster can also
        pass in ``True``, in which case temporary self-signed credentials will
        be created automatically.
    asynchronous: bool (False by default)
        Set to True if using this client within async/await functions or within
        Tornado gen.coroutines.  Otherwise this should remain False for normal
        use.
    name: string (optional)
        Gives the client a name that will be included in logs generated on
        the scheduler for matters relating to this client
    heartbeat_interval: int (optional)
        Time in milliseconds between heartbeats to scheduler
    serializers
        Iterable of approaches to use when serializing the object.
        See :ref:`serialization` for more.
    deserializers
        Iterable of approaches to use when deserializing the object.
        See :ref:`serialization` for more.
    extensions : list
        The extensions
    direct_to_workers: bool (optional)
        Whether or not to connect directly to the workers, or to ask
        the scheduler to serve as intermediary.
    connection_limit : int
        The number of open comms to maintain at once in the connection pool

    **kwargs:
        If you do not pass a scheduler address, Client will create a
        ``LocalCluster`` object, passing any extra keyword arguments.

    Examples
    --------
    Provide cluster's scheduler node address on initialization:

    >>> client = Client('127.0.0.1:8786')  # doctest: +SKIP

    Use ``submit`` method to send individual computations to the cluster

    >>> a = client.submit(add, 1, 2)  # doctest: +SKIP
    >>> b = client.submit(add, 10, 20)  # doctest: +SKIP

    Continue using submit or map on results to build up larger computations

    >>> c = client.submit(add, a, b)  # doctest: +SKIP

    Gather results with the ``gather`` method.

    >>> client.gather(c)  # doctest: +SKIP
    33

    You can also call Client with no arguments in order to create your own
    local cluster.

    >>> client = Client()  # makes your own local "cluster" # doctest: +SKIP

    Extra keywords will be passed directly to LocalCluster

    >>> client = Client(n_workers=2, threads_per_worker=4)  # doctest: +SKIP

    See Also
    --------
    distributed.scheduler.Scheduler: Internal scheduler
    distributed.LocalCluster:
   \x20"""
    preloads: list[distributed.preloading.Preload]
    async def __aenter__(self) -> typing.Any: ...
    async def __aexit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __await__(self) -> typing.Any: ...
    def __del__(self) -> typing.Any: ...
    def __enter__(self) -> typing.Any: ...
    def __exit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __init__(
        self,
        address: typing.Any = None,
        loop: typing.Any = None,
        timeout: typing.Any = ...,
        set_as_default: typing.Any = True,
        scheduler_file: typing.Any = None,
        security: typing.Any = None,
        asynchronous: typing.Any = False,
        name: typing.Any = None,
        heartbeat_interval: typing.Any = None,
        serializers: typing.Any = None,
        deserializers: typing.Any = None,
        extensions: typing.Any = ...,
        direct_to_workers: typing.Any = None,
        connection_limit: typing.Any = 512,
        **kwargs: typing.Any,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @property
    def amm(self) -> typing.Any:
        """Convenience accessors for the :doc:`active_memory_manager`"""
        ...
    def as_current(self) -> typing.Any:
        """Thread-local, Task-local context manager that causes the Client.current
        class method to return self. Any Future objects deserialized inside this
        context manager will be automatically attached to this Client.
       \x20"""
        ...
    def benchmark_hardware(self) -> dict:
        """
        Run a benchmark on the workers for memory, disk, and network bandwidths

        Returns
        -------
        result: dict
            A dictionary mapping the names "disk", "memory", and "network" to
            dictionaries mapping sizes to bandwidths.  These bandwidths are
            averaged over many workers running computations across the cluster.
       \x20"""
        ...
    def call_stack(self, futures: typing.Any = None, keys: typing.Any = None) -> typing.Any:
        """The actively running call stack of all relevant keys

        You can specify data of interest either by providing futures or
        collections in the ``futures=`` keyword or a list of explicit keys in
        the ``keys=`` keyword.  If neither are provided then all call stacks
        will be returned.

        Parameters
        ----------
        futures : list (optional)
            List of futures, defaults to all data
        keys : list (optional)
            List of key names, defaults to all data

        Examples
        --------
        >>> df = dd.read_parquet(...).persist()  # doctest: +SKIP
        >>> client.call_stack(df)  # call on collections

        >>> client.call_stack()  # Or call with no arguments for all activity  # doctest: +SKIP
       \x20"""
        ...
    def cancel(
        self,
        futures: typing.Any,
        asynchronous: typing.Any = None,
        force: typing.Any = False,
    ) -> typing.Any:
        """
        Cancel running futures

        This stops future tasks from being scheduled if they have not yet run
        and deletes them if they have already run.  After calling, this result
        and all dependent results will no longer be accessible

        Parameters
        ----------
        futures : List[Future]
            The list of Futures
        asynchronous: bool
            If True the client is in asynchronous mode
        force : boolean (False)
            Cancel this future even if other clients desire it
       \x20"""
        ...
    def close(self, timeout: typing.Any = ...) -> typing.Any:
        """Close this client

        Clients will also close automatically when your Python session ends

        If you started a client without arguments like ``Client()`` then this
        will also close the local cluster that was started at the same time.


        Parameters
        ----------
        timeout : number
            Time in seconds after which to raise a
            ``dask.distributed.TimeoutError``

        See Also
        --------
        Client.restart
       \x20"""
        ...
    @staticmethod
    def collections_to_dsk(
        collections: typing.Any,
        *args: typing.Any,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Convert many collections into a single dask graph, after optimization"""
        ...
    def compute(
        self,
        collections: typing.Any,
        sync: typing.Any = False,
        optimize_graph: typing.Any = True,
        workers: typing.Any = None,
        allow_other_workers: typing.Any = False,
        resources: typing.Any = None,
        retries: typing.Any = 0,
        priority: typing.Any = 0,
        fifo_timeout: typing.Any = '60s',
        actors: typing.Any = None,
        traverse: typing.Any = True,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Compute dask collections on cluster

        Parameters
        ----------
        collections : iterable of dask objects or single dask object
            Collections like dask.array or dataframe or dask.value objects
        sync : bool (optional)
            Returns Futures if False (default) or concrete values if True
        optimize_graph : bool
            Whether or not to optimize the underlying graphs
        workers : string or iterable of strings
            A set of worker hostnames on which computations may be performed.
            Leave empty to default to all workers (common case)
        allow_other_workers : bool (defaults to False)
            Used with `workers`. Indicates whether or not the computations
            may be performed on workers that are not in the `workers` set(s).
        retries : int (default to 0)
            Number of allowed automatic retries if computing a result fails
        priority : Number
            Optional prioritization of task.  Zero is default.
            Higher priorities take precedence
        fifo_timeout : timedelta str (defaults to '60s')
            Allowed amount of time between calls to consider the same priority
        traverse : bool (defaults to True)
            By default dask traverses builtin python collections looking for
            dask objects passed to ``compute``. For large collections this can
            be expensive. If none of the arguments contain any dask objects,
            set ``traverse=False`` to avoid doing this traversal.
        resources : dict (defaults to {})
            Defines the `resources` each instance of this mapped task requires
            on the worker; e.g. ``{'GPU': 2}``.
            See :doc:`worker resources <resources>` for details on defining
            resources.
        actors : bool or dict (default None)
            Whether these tasks should exist on the worker as stateful actors.
            Specified on a global (True/False) or per-task (``{'x': True,
            'y': False}``) basis. See :doc:`actors` for additional details.
        **kwargs
            Options to pass to the graph optimize calls

        Returns
        -------
        List of Futures if input is a sequence, or a single future otherwise

        Examples
        --------
        >>> from dask import delayed
        >>> from operator import add
        >>> x = delayed(add)(1, 2)
        >>> y = delayed(add)(x, x)
        >>> xx, yy = client.compute([x, y])  # doctest: +SKIP
        >>> xx  # doctest: +SKIP
        <Future: status: finished, key: add-8f6e709446674bad78ea8aeecfee188e>
        >>> xx.result()  # doctest: +SKIP
        3
        >>> yy.result()  # doctest: +SKIP
        6

        Also support single arguments

        >>> xx = client.compute(x)  # doctest: +SKIP

        See Also
        --------
        Client.get : Normal synchronous dask.get function
       \x20"""
        ...
    @classmethod
    def current(cls, allow_global: typing.Any = True) -> typing.Any:
        """When running within the context of `as_client`, return the context-local
        current client. Otherwise, return the latest initialised Client.
        If no Client instances exist, raise ValueError.
        If allow_global is set to False, raise ValueError if running outside of
        the `as_client` context manager.

        Parameters
        ----------
        allow_global : bool
            If True returns the default client

        Returns
        -------
        Client
            The current client

        Raises
        ------
        ValueError
            If there is no client set, a ValueError is raised
       \x20"""
        ...
    @property
    def dashboard_link(self) -> typing.Any:
        """Link to the scheduler's dashboard.

        Returns
        -------
        str
            Dashboard URL.

        Examples
        --------
        Opening the dashboard in your default web browser:

        >>> import webbrowser
        >>> from distributed import Client
        >>> client = Client()
        >>> webbrowser.open(client.dashboard_link)

       \x20"""
        ...
    def dump_cluster_state(
        self,
        filename: str = 'dask-cluster-dump',
        write_from_scheduler: bool | None = None,
        exclude: collections.abc.Collection[str] = ('run_spec',),
        format: typing.Literal['msgpack', 'yaml'] = 'msgpack',
        **storage_options: typing.Any,
    ) -> typing.Any:
        """Extract a dump of the entire cluster state and persist to disk or a URL.
        This is intended for debugging purposes only.

        Warning: Memory usage on the scheduler (and client, if writing the dump locally)
        can be large. On a large or long-running cluster, this can take several minutes.
        The scheduler may be unresponsive while the dump is processed.

        Results will be stored in a dict::

            {
                "scheduler": {...},  # scheduler state
                "workers": {
                    worker_addr: {...},  # worker state
                    ...
                }
                "versions": {
                    "scheduler": {...},
                    "workers": {
                        worker_addr: {...},
                        ...
                    }
                }
            }

        Parameters
        ----------
        filename:
            The path or URL to write to. The appropriate file suffix (``.msgpack.gz`` or
            ``.yaml``) will be appended automatically.

            Must be a path supported by :func:`fsspec.open` (like ``s3://my-bucket/cluster-dump``,
            or ``cluster-dumps/dump``). See ``write_from_scheduler`` to control whether
            the dump is written directly to ``filename`` from the scheduler, or sent
            back to the client over the network, then written locally.
        write_from_scheduler:
            If None (default), infer based on whether ``filename`` looks like a URL
            or a local path: True if the filename contains ``://`` (like
            ``s3://my-bucket/cluster-dump``), False otherwise (like ``local_dir/cluster-dump``).

            If True, write cluster state directly to ``filename`` from the scheduler.
            If ``filename`` is a local path, the dump will be written to that
            path on the *scheduler's* filesystem, so be careful if the scheduler is running
            on ephemeral hardware. Useful when the scheduler is attached to a network
            filesystem or persistent disk, or for writing to buckets.

            If False, transfer cluster state from the scheduler back to the client
            over the network, then write it to ``filename``. This is much less
            efficient for large dumps, but useful when the scheduler doesn't have
            access to any persistent storage.
        exclude:
            A collection of attribute names which are supposed to be excluded
            from the dump, e.g. to exclude code, tracebacks, logs, etc.

            Defaults to exclude ``run_spec``, which is the serialized user code.
            This is typically not required for debugging. To allow serialization
            of this, pass an empty tuple.
        format:
            Either ``"msgpack"`` or ``"yaml"``. If msgpack is used (default),
            the output will be stored in a gzipped file as msgpack.

            To read::

                import gzip, msgpack
                with gzip.open("filename") as fd:
                    state = msgpack.unpack(fd)

            or::

                import yaml
                try:
                    from yaml import CLoader as Loader
                except ImportError:
                    from yaml import Loader
                with open("filename") as fd:
                    state = yaml.load(fd, Loader=Loader)
        **storage_options:
            Any additional arguments to :func:`fsspec.open` when writing to a URL.
       \x20"""
        ...
    def futures_of(self, futures: typing.Any) -> typing.Any:
        """Wrapper method of futures_of

        Parameters
        ----------
        futures : tuple
            The futures
       \x20"""
        ...
    def gather(
        self,
        futures: typing.Any,
        errors: typing.Any = 'raise',
        direct: typing.Any = None,
        asynchronous: typing.Any = None,
    ) -> typing.Any:
        """Gather futures from distributed memory

        Accepts a future, nested container of futures, iterator, or queue.
        The return type will match the input type.

        Parameters
        ----------
        futures : Collection of futures
            This can be a possibly nested collection of Future objects.
            Collections can be lists, sets, or dictionaries
        errors : string
            Either 'raise' or 'skip' if we should raise if a future has erred
            or skip its inclusion in the output collection
        direct : boolean
            Whether or not to connect directly to the workers, or to ask
            the scheduler to serve as intermediary.  This can also be set when
            creating the Client.
        asynchronous: bool
            If True the client is in asynchronous mode

        Returns
        -------
        results: a collection of the same type as the input, but now with
        gathered results rather than futures

        Examples
        --------
        >>> from operator import add  # doctest: +SKIP
        >>> c = Client('127.0.0.1:8787')  # doctest: +SKIP
        >>> x = c.submit(add, 1, 2)  # doctest: +SKIP
        >>> c.gather(x)  # doctest: +SKIP
        3
        >>> c.gather([x, [x], x])  # support lists and dicts # doctest: +SKIP
        [3, [3], 3]

        See Also
        --------
        Client.scatter : Send data out to cluster
       \x20"""
        ...
    def get(
        self,
        dsk: typing.Any,
        keys: typing.Any,
        workers: typing.Any = None,
        allow_other_workers: typing.Any = None,
        resources: typing.Any = None,
        sync: typing.Any = True,
        asynchronous: typing.Any = None,
        direct: typing.Any = None,
        retries: typing.Any = None,
        priority: typing.Any = 0,
        fifo_timeout: typing.Any = '60s',
        actors: typing.Any = None,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Compute dask graph

        Parameters
        ----------
        dsk : dict
        keys : object, or nested lists of objects
        workers : string or iterable of strings
            A set of worker addresses or hostnames on which computations may be
            performed. Leave empty to default to all workers (common case)
        allow_other_workers : bool (defaults to False)
            Used with ``workers``. Indicates whether or not the computations
            may be performed on workers that are not in the `workers` set(s).
        resources : dict (defaults to {})
            Defines the ``resources`` each instance of this mapped task
            requires on the worker; e.g. ``{'GPU': 2}``.
            See :doc:`worker resources <resources>` for details on defining
            resources.
        sync : bool (optional)
            Returns Futures if False or concrete values if True (default).
        asynchronous: bool
            If True the client is in asynchronous mode
        direct : bool
            Whether or not to connect directly to the workers, or to ask
            the scheduler to serve as intermediary.  This can also be set when
            creating the Client.
        retries : int (default to 0)
            Number of allowed automatic retries if computing a result fails
        priority : Number
            Optional prioritization of task.  Zero is default.
            Higher priorities take precedence
        fifo_timeout : timedelta str (defaults to '60s')
            Allowed amount of time between calls to consider the same priority
        actors : bool or dict (default None)
            Whether these tasks should exist on the worker as stateful actors.
            Specified on a global (True/False) or per-task (``{'x': True,
            'y': False}``) basis. See :doc:`actors` for additional details.


        Returns
        -------
        results
            If 'sync' is True, returns the results. Otherwise, returns the
            known data packed
            If 'sync' is False, returns the known data. Otherwise, returns
            the results

        Examples
        --------
        >>> from operator import add  # doctest: +SKIP
        >>> c = Client('127.0.0.1:8787')  # doctest: +SKIP
        >>> c.get({'x': (add, 1, 2)}, 'x')  # doctest: +SKIP
        3

        See Also
        --------
        Client.compute : Compute asynchronous collections
       \x20"""
        ...
    def get_dataset(
        self,
        name: typing.Any,
        default: typing.Any = ...,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """
        Get named dataset from the scheduler if present.
        Return the default or raise a KeyError if not present.

        Parameters
        ----------
        name : str
            name of the dataset to retrieve
        default : str
            optional, not set by default
            If set, do not raise a KeyError if the name is not present but
            return this default
        kwargs : dict
            additional keyword arguments to _get_dataset

        Returns
        -------
        The dataset from the scheduler, if present

        See Also
        --------
        Client.publish_dataset
        Client.list_datasets
       \x20"""
        ...
    def get_events(self, topic: str | None = None) -> typing.Any:
        """Retrieve structured topic logs

        Parameters
        ----------
        topic : str, optional
            Name of topic log to retrieve events for. If no ``topic`` is
            provided, then logs for all topics will be returned.
       \x20"""
        ...
    def get_executor(self, **kwargs: typing.Any) -> typing.Any:
        """
        Return a concurrent.futures Executor for submitting tasks on this
        Client

        Parameters
        ----------
        **kwargs
            Any submit()- or map()- compatible arguments, such as
            `workers` or `resources`.

        Returns
        -------
        ClientExecutor
            An Executor object that's fully compatible with the
            concurrent.futures API.
       \x20"""
        ...
    def get_metadata(self, keys: typing.Any, default: typing.Any = ...) -> typing.Any:
        """Get arbitrary metadata from scheduler

        See set_metadata for the full docstring with examples

        Parameters
        ----------
        keys : key or list
            Key to access.  If a list then gets within a nested collection
        default : optional
            If the key does not exist then return this value instead.
            If not provided then this raises a KeyError if the key is not
            present

        See Also
        --------
        Client.set_metadata
       \x20"""
        ...
    def get_scheduler_logs(self, n: typing.Any = None) -> typing.Any:
        """Get logs from scheduler

        Parameters
        ----------
        n : int
            Number of logs to retrieve.  Maxes out at 10000 by default,
            configurable via the ``distributed.admin.log-length``
            configuration value.

        Returns
        -------
        Logs in reversed order (newest first)
       \x20"""
        ...
    def get_task_stream(
        self,
        start: typing.Any = None,
        stop: typing.Any = None,
        count: typing.Any = None,
        plot: typing.Any = False,
        filename: typing.Any = 'task-stream.html',
        bokeh_resources: typing.Any = None,
    ) -> typing.Any:
        """Get task stream data from scheduler

        This collects the data present in the diagnostic "Task Stream" plot on
        the dashboard.  It includes the start, stop, transfer, and
        deserialization time of every task for a particular duration.

        Note that the task stream diagnostic does not run by default.  You may
        wish to call this function once before you start work to ensure that
        things start recording, and then again after you have completed.

        Parameters
        ----------
        start : Number or string
            When you want to start recording
            If a number it should be the result of calling time()
            If a string then it should be a time difference before now,
            like '60s' or '500 ms'
        stop : Number or string
            When you want to stop recording
        count : int
            The number of desired records, ignored if both start and stop are
            specified
        plot : boolean, str
            If true then also return a Bokeh figure
            If plot == 'save' then save the figure to a file
        filename : str (optional)
            The filename to save to if you set ``plot='save'``
        bokeh_resources : bokeh.resources.Resources (optional)
            Specifies if the resource component is INLINE or CDN

        Examples
        --------
        >>> client.get_task_stream()  # prime plugin if not already connected
        >>> x.compute()  # do some work
        >>> client.get_task_stream()
        [{'task': ...,
          'type': ...,
          'thread': ...,
          ...}]

        Pass the ``plot=True`` or ``plot='save'`` keywords to get back a Bokeh
        figure

        >>> data, figure = client.get_task_stream(plot='save', filename='myfile.html')

        Alternatively consider the context manager

        >>> from dask.distributed import get_task_stream
        >>> with get_task_stream() as ts:
        ...     x.compute()
        >>> ts.data
        [...]

        Returns
        -------
        L: List[Dict]

        See Also
        --------
        get_task_stream : a context manager version of this method
       \x20"""
        ...
    def get_versions(
        self,
        check: bool = False,
        packages: collections.abc.Sequence[str] | None = None,
    ) -> distributed.client.VersionsDict | collections.abc.Coroutine[typing.Any, typing.Any, distributed.client.VersionsDict]:
        """Return version info for the scheduler, all workers and myself

        Parameters
        ----------
        check
            raise ValueError if all required & optional packages
            do not match
        packages
            Extra package names to check

        Examples
        --------
        >>> c.get_versions()  # doctest: +SKIP

        >>> c.get_versions(packages=['sklearn', 'geopandas'])  # doctest: +SKIP
       \x20"""
        ...
    def get_worker_logs(
        self,
        n: typing.Any = None,
        workers: typing.Any = None,
        nanny: typing.Any = False,
    ) -> typing.Any:
        """Get logs from workers

        Parameters
        ----------
        n : int
            Number of logs to retrieve.  Maxes out at 10000 by default,
            configurable via the ``distributed.admin.log-length``
            configuration value.
        workers : iterable
            List of worker addresses to retrieve.  Gets all workers by default.
        nanny : bool, default False
            Whether to get the logs from the workers (False) or the nannies
            (True). If specified, the addresses in `workers` should still be
            the worker addresses, not the nanny addresses.

        Returns
        -------
        Dictionary mapping worker address to logs.
        Logs are returned in reversed order (newest first)
       \x20"""
        ...
    def has_what(self, workers: typing.Any = None, **kwargs: typing.Any) -> typing.Any:
        """Which keys are held by which workers

        This returns the keys of the data that are held in each worker's
        memory.

        Parameters
        ----------
        workers : list (optional)
            A list of worker addresses, defaults to all
        **kwargs : dict
            Optional keyword arguments for the remote function

        Examples
        --------
        >>> x, y, z = c.map(inc, [1, 2, 3])  # doctest: +SKIP
        >>> wait([x, y, z])  # doctest: +SKIP
        >>> c.has_what()  # doctest: +SKIP
        {'192.168.1.141:46784': ['inc-1c8dd6be1c21646c71f76c16d09304ea',
                                 'inc-fd65c238a7ea60f6a01bf4c8a5fcf44b',
                                 'inc-1e297fc27658d7b67b3a758f16bcf47a']}

        See Also
        --------
        Client.who_has
        Client.nthreads
        Client.processing
       \x20"""
        ...
    @property
    def io_loop(self) -> tornado.ioloop.IOLoop | None: ...
    @io_loop.setter
    def io_loop(self, value: tornado.ioloop.IOLoop) -> None: ...
    def list_datasets(self, **kwargs: typing.Any) -> typing.Any:
        """
        List named datasets available on the scheduler

        See Also
        --------
        Client.publish_dataset
        Client.get_dataset
       \x20"""
        ...
    def log_event(
        self,
        topic: str | collections.abc.Collection[str],
        msg: typing.Any,
    ) -> typing.Any:
        """Log an event under a given topic

        Parameters
        ----------
        topic : str, list[str]
            Name of the topic under which to log an event. To log the same
            event under multiple topics, pass a list of topic names.
        msg
            Event message to log. Note this must be msgpack serializable.

        Examples
        --------
        >>> from time import time
        >>> client.log_event("current-time", time())
       \x20"""
        ...
    @property
    def loop(self) -> tornado.ioloop.IOLoop | None: ...
    @loop.setter
    def loop(self, value: tornado.ioloop.IOLoop) -> None: ...
    def map(
        self,
        func: typing.Any,
        *iterables: typing.Any,
        key: typing.Any = None,
        workers: typing.Any = None,
        retries: typing.Any = None,
        resources: typing.Any = None,
        priority: typing.Any = 0,
        allow_other_workers: typing.Any = False,
        fifo_timeout: typing.Any = '100 ms',
        actor: typing.Any = False,
        actors: typing.Any = False,
        pure: typing.Any = None,
        batch_size: typing.Any = None,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Map a function on a sequence of arguments

        Arguments can be normal objects or Futures

        Parameters
        ----------
        func : callable
            Callable to be scheduled for execution. If ``func`` returns a coroutine, it
            will be run on the main event loop of a worker. Otherwise ``func`` will be
            run in a worker's task executor pool (see ``Worker.executors`` for more
            information.)
        iterables : Iterables
            List-like objects to map over.  They should have the same length.
        key : str, list
            Prefix for task names if string.  Explicit names if list.
        workers : string or iterable of strings
            A set of worker hostnames on which computations may be performed.
            Leave empty to default to all workers (common case)
        retries : int (default to 0)
            Number of allowed automatic retries if a task fails
        resources : dict (defaults to {})
            Defines the `resources` each instance of this mapped task requires
            on the worker; e.g. ``{'GPU': 2}``.
            See :doc:`worker resources <resources>` for details on defining
            resources.
        priority : Number
            Optional prioritization of task.  Zero is default.
            Higher priorities take precedence
        allow_other_workers : bool (defaults to False)
            Used with `workers`. Indicates whether or not the computations
            may be performed on workers that are not in the `workers` set(s).
        fifo_timeout : str timedelta (default '100ms')
            Allowed amount of time between calls to consider the same priority
        actor : bool (default False)
            Whether these tasks should exist on the worker as stateful actors.
            See :doc:`actors` for additional details.
        actors : bool (default False)
            Alias for `actor`
        pure : bool (defaults to True)
            Whether or not the function is pure.  Set ``pure=False`` for
            impure functions like ``np.random.random``.
            See :ref:`pure functions` for more details.
        batch_size : int, optional
            Submit tasks to the scheduler in batches of (at most)
            ``batch_size``.
            Larger batch sizes can be useful for very large ``iterables``,
            as the cluster can start processing tasks while later ones are
            submitted asynchronously.
        **kwargs : dict
            Extra keyword arguments to send to the function.
            Large values will be included explicitly in the task graph.

        Examples
        --------
        >>> L = client.map(func, sequence)  # doctest: +SKIP

        Returns
        -------
        List, iterator, or Queue of futures, depending on the type of the
        inputs.

        See Also
        --------
        Client.submit : Submit a single function
       \x20"""
        ...
    def nbytes(
        self,
        keys: typing.Any = None,
        summary: typing.Any = True,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """The bytes taken up by each key on the cluster

        This is as measured by ``sys.getsizeof`` which may not accurately
        reflect the true cost.

        Parameters
        ----------
        keys : list (optional)
            A list of keys, defaults to all keys
        summary : boolean, (optional)
            Summarize keys into key types
        **kwargs : dict
            Optional keyword arguments for the remote function

        Examples
        --------
        >>> x, y, z = c.map(inc, [1, 2, 3])  # doctest: +SKIP
        >>> c.nbytes(summary=False)  # doctest: +SKIP
        {'inc-1c8dd6be1c21646c71f76c16d09304ea': 28,
         'inc-1e297fc27658d7b67b3a758f16bcf47a': 28,
         'inc-fd65c238a7ea60f6a01bf4c8a5fcf44b': 28}

        >>> c.nbytes(summary=True)  # doctest: +SKIP
        {'inc': 84}

        See Also
        --------
        Client.who_has
       \x20"""
        ...
    def ncores(self, workers: typing.Any = None, **kwargs: typing.Any) -> typing.Any:
        """The number of threads/cores available on each worker node

        Parameters
        ----------
        workers : list (optional)
            A list of workers that we care about specifically.
            Leave empty to receive information about all workers.
        **kwargs : dict
            Optional keyword arguments for the remote function

        Examples
        --------
        >>> c.nthreads()  # doctest: +SKIP
        {'192.168.1.141:46784': 8,
         '192.167.1.142:47548': 8,
         '192.167.1.143:47329': 8,
         '192.167.1.144:37297': 8}

        See Also
        --------
        Client.who_has
        Client.has_what
       \x20"""
        ...
    def normalize_collection(self, collection: typing.Any) -> typing.Any:
        """
        Replace collection's tasks by already existing futures if they exist

        This normalizes the tasks within a collections task graph against the
        known futures within the scheduler.  It returns a copy of the
        collection with a task graph that includes the overlapping futures.

        Parameters
        ----------
        collection : dask object
            Collection like dask.array or dataframe or dask.value objects

        Returns
        -------
        collection : dask object
            Collection with its tasks replaced with any existing futures.

        Examples
        --------
        >>> len(x.__dask_graph__())  # x is a dask collection with 100 tasks  # doctest: +SKIP
        100
        >>> set(client.futures).intersection(x.__dask_graph__())  # some overlap exists  # doctest: +SKIP
        10

        >>> x = client.normalize_collection(x)  # doctest: +SKIP
        >>> len(x.__dask_graph__())  # smaller computational graph  # doctest: +SKIP
        20

        See Also
        --------
        Client.persist : trigger computation of collection's tasks
       \x20"""
        ...
    def nthreads(self, workers: typing.Any = None, **kwargs: typing.Any) -> typing.Any:
        """The number of threads/cores available on each worker node

        Parameters
        ----------
        workers : list (optional)
            A list of workers that we care about specifically.
            Leave empty to receive information about all workers.
        **kwargs : dict
            Optional keyword arguments for the remote function

        Examples
        --------
        >>> c.nthreads()  # doctest: +SKIP
        {'192.168.1.141:46784': 8,
         '192.167.1.142:47548': 8,
         '192.167.1.143:47329': 8,
         '192.167.1.144:37297': 8}

        See Also
        --------
        Client.who_has
        Client.has_what
       \x20"""
        ...
    def persist(
        self,
        collections: typing.Any,
        optimize_graph: typing.Any = True,
        workers: typing.Any = None,
        allow_other_workers: typing.Any = None,
        resources: typing.Any = None,
        retries: typing.Any = None,
        priority: typing.Any = 0,
        fifo_timeout: typing.Any = '60s',
        actors: typing.Any = None,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Persist dask collections on cluster

        Starts computation of the collection on the cluster in the background.
        Provides a new dask collection that is semantically identical to the
        previous one, but now based off of futures currently in execution.

        Parameters
        ----------
        collections : sequence or single dask object
            Collections like dask.array or dataframe or dask.value objects
        optimize_graph : bool
            Whether or not to optimize the underlying graphs
        workers : string or iterable of strings
            A set of worker hostnames on which computations may be performed.
            Leave empty to default to all workers (common case)
        allow_other_workers : bool (defaults to False)
            Used with `workers`. Indicates whether or not the computations
            may be performed on workers that are not in the `workers` set(s).
        retries : int (default to 0)
            Number of allowed automatic retries if computing a result fails
        priority : Number
            Optional prioritization of task.  Zero is default.
            Higher priorities take precedence
        fifo_timeout : timedelta str (defaults to '60s')
            Allowed amount of time between calls to consider the same priority
        resources : dict (defaults to {})
            Defines the `resources` each instance of this mapped task requires
            on the worker; e.g. ``{'GPU': 2}``.
            See :doc:`worker resources <resources>` for details on defining
            resources.
        actors : bool or dict (default None)
            Whether these tasks should exist on the worker as stateful actors.
            Specified on a global (True/False) or per-task (``{'x': True,
            'y': False}``) basis. See :doc:`actors` for additional details.
        **kwargs
            Options to pass to the graph optimize calls

        Returns
        -------
        List of collections, or single collection, depending on type of input.

        Examples
        --------
        >>> xx = client.persist(x)  # doctest: +SKIP
        >>> xx, yy = client.persist([x, y])  # doctest: +SKIP

        See Also
        --------
        Client.compute
       \x20"""
        ...
    def processing(self, workers: typing.Any = None) -> typing.Any:
        """The tasks currently running on each worker

        Parameters
        ----------
        workers : list (optional)
            A list of worker addresses, defaults to all

        Examples
        --------
        >>> x, y, z = c.map(inc, [1, 2, 3])  # doctest: +SKIP
        >>> c.processing()  # doctest: +SKIP
        {'192.168.1.141:46784': ['inc-1c8dd6be1c21646c71f76c16d09304ea',
                                 'inc-fd65c238a7ea60f6a01bf4c8a5fcf44b',
                                 'inc-1e297fc27658d7b67b3a758f16bcf47a']}

        See Also
        --------
        Client.who_has
        Client.has_what
        Client.nthreads
       \x20"""
        ...
    def profile(
        self,
        key: typing.Any = None,
        start: typing.Any = None,
        stop: typing.Any = None,
        workers: typing.Any = None,
        merge_workers: typing.Any = True,
        plot: typing.Any = False,
        filename: typing.Any = None,
        server: typing.Any = False,
        scheduler: typing.Any = False,
    ) -> typing.Any:
        """Collect statistical profiling information about recent work

        Parameters
        ----------
        key : str
            Key prefix to select, this is typically a function name like 'inc'
            Leave as None to collect all data
        start : time
        stop : time
        workers : list
            List of workers to restrict profile information
        server : bool
            If true, return the profile of the worker's administrative thread
            rather than the worker threads.
            This is useful when profiling Dask itself, rather than user code.
        scheduler : bool
            If true, return the profile information from the scheduler's
            administrative thread rather than the workers.
            This is useful when profiling Dask's scheduling itself.
        plot : boolean or string
            Whether or not to return a plot object
        filename : str
            Filename to save the plot

        Examples
        --------
        >>> client.profile()  # call on collections
        >>> client.profile(filename='dask-profile.html')  # save to html file
       \x20"""
        ...
    def publish_dataset(self, *args: typing.Any, **kwargs: typing.Any) -> typing.Any:
        """
        Publish named datasets to scheduler

        This stores a named reference to a dask collection or list of futures
        on the scheduler.  These references are available to other Clients
        which can download the collection or futures with ``get_dataset``.

        Datasets are not immediately computed.  You may wish to call
        ``Client.persist`` prior to publishing a dataset.

        Parameters
        ----------
        args : list of objects to publish as name
        kwargs : dict
            named collections to publish on the scheduler

        Examples
        --------
        Publishing client:

        >>> df = dd.read_csv('s3://...')  # doctest: +SKIP
        >>> df = c.persist(df) # doctest: +SKIP
        >>> c.publish_dataset(my_dataset=df)  # doctest: +SKIP

        Alternative invocation
        >>> c.publish_dataset(df, name='my_dataset')

        Receiving client:

        >>> c.list_datasets()  # doctest: +SKIP
        ['my_dataset']
        >>> df2 = c.get_dataset('my_dataset')  # doctest: +SKIP

        Returns
        -------
        None

        See Also
        --------
        Client.list_datasets
        Client.get_dataset
        Client.unpublish_dataset
        Client.persist
       \x20"""
        ...
    def rebalance(
        self,
        futures: typing.Any = None,
        workers: typing.Any = None,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Rebalance data within network

        Move data between workers to roughly balance memory burden.  This
        either affects a subset of the keys/workers or the entire network,
        depending on keyword arguments.

        For details on the algorithm and configuration options, refer to the matching
        scheduler-side method :meth:`~distributed.scheduler.Scheduler.rebalance`.

        .. warning::
           This operation is generally not well tested against normal operation of the
           scheduler. It is not recommended to use it while waiting on computations.

        Parameters
        ----------
        futures : list, optional
            A list of futures to balance, defaults all data
        workers : list, optional
            A list of workers on which to balance, defaults to all workers
        **kwargs : dict
            Optional keyword arguments for the function
       \x20"""
        ...
    def register_scheduler_plugin(
        self,
        plugin: typing.Any,
        name: typing.Any = None,
        idempotent: typing.Any = False,
    ) -> typing.Any:
        """Register a scheduler plugin.

        See https://distributed.readthedocs.io/en/latest/plugins.html#scheduler-plugins

        Parameters
        ----------
        plugin : SchedulerPlugin
            SchedulerPlugin instance to pass to the scheduler.
        name : str
            Name for the plugin; if None, a name is taken from the
            plugin instance or automatically generated if not present.
        idempotent : bool
            Do not re-register if a plugin of the given name already exists.
       \x20"""
        ...
    def register_worker_callbacks(self, setup: typing.Any = None) -> typing.Any:
        """
        Registers a setup callback function for all current and future workers.

        This registers a new setup function for workers in this cluster. The
        function will run immediately on all currently connected workers. It
        will also be run upon connection by any workers that are added in the
        future. Multiple setup functions can be registered - these will be
        called in the order they were added.

        If the function takes an input argument named ``dask_worker`` then
        that variable will be populated with the worker itself.

        Parameters
        ----------
        setup : callable(dask_worker: Worker) -> None
            Function to register and run on all workers
       \x20"""
        ...
    def register_worker_plugin(
        self,
        plugin: typing.Any = None,
        name: typing.Any = None,
        nanny: typing.Any = None,
    ) -> typing.Any:
        """
        Registers a lifecycle worker plugin for all current and future workers.

        This registers a new object to handle setup, task state transitions and
        teardown for workers in this cluster. The plugin will instantiate
        itself on all currently connected workers. It will also be run on any
        worker that connects in the future.

        The plugin may include methods ``setup``, ``teardown``, ``transition``,
        and ``release_key``.  See the
        ``dask.distributed.WorkerPlugin`` class or the examples below for the
        interface and docstrings.  It must be serializable with the pickle or
        cloudpickle modules.

        If the plugin has a ``name`` attribute, or if the ``name=`` keyword is
        used then that will control idempotency.  If a plugin with that name has
        already been registered, then it will be removed and replaced by the new one.

        For alternatives to plugins, you may also wish to look into preload
        scripts.

        Parameters
        ----------
        plugin : WorkerPlugin or NannyPlugin
            WorkerPlugin or NannyPlugin instance to register.
        name : str, optional
            A name for the plugin.
            Registering a plugin with the same name will have no effect.
            If plugin has no name attribute a random name is used.
        nanny : bool, optional
            Whether to register the plugin with workers or nannies.

        Examples
        --------
        >>> class MyPlugin(WorkerPlugin):
        ...     def __init__(self, *args, **kwargs):
        ...         pass  # the constructor is up to you
        ...     def setup(self, worker: dask.distributed.Worker):
        ...         pass
        ...     def teardown(self, worker: dask.distributed.Worker):
        ...         pass
        ...     def transition(self, key: str, start: str, finish: str,
        ...                    **kwargs):
        ...         pass
        ...     def release_key(self, key: str, state: str, cause: str | None, reason: None, report: bool):
        ...         pass

        >>> plugin = MyPlugin(1, 2, 3)
        >>> client.register_worker_plugin(plugin)

        You can get access to the plugin with the ``get_worker`` function

        >>> client.register_worker_plugin(other_plugin, name='my-plugin')
        >>> def f():
        ...    worker = get_worker()
        ...    plugin = worker.plugins['my-plugin']
        ...    return plugin.my_state

        >>> future = client.run(f)

        See Also
        --------
        distributed.WorkerPlugin
        unregister_worker_plugin
       \x20"""
        ...
    def replicate(
        self,
        futures: typing.Any,
        n: typing.Any = None,
        workers: typing.Any = None,
        branching_factor: typing.Any = 2,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Set replication of futures within network

        Copy data onto many workers.  This helps to broadcast frequently
        accessed data and can improve resilience.

        This performs a tree copy of the data throughout the network
        individually on each piece of data.  This operation blocks until
        complete.  It does not guarantee replication of data to future workers.

        .. note::
           This method is incompatible with the Active Memory Manager's
           :ref:`ReduceReplicas` policy. If you wish to use it, you must first disable
           the policy or disable the AMM entirely.

        Parameters
        ----------
        futures : list of futures
            Futures we wish to replicate
        n : int, optional
            Number of processes on the cluster on which to replicate the data.
            Defaults to all.
        workers : list of worker addresses
            Workers on which we want to restrict the replication.
            Defaults to all.
        branching_factor : int, optional
            The number of workers that can copy data in each generation
        **kwargs : dict
            Optional keyword arguments for the remote function

        Examples
        --------
        >>> x = c.submit(func, *args)  # doctest: +SKIP
        >>> c.replicate([x])  # send to all workers  # doctest: +SKIP
        >>> c.replicate([x], n=3)  # send to three workers  # doctest: +SKIP
        >>> c.replicate([x], workers=['alice', 'bob'])  # send to specific  # doctest: +SKIP
        >>> c.replicate([x], n=1, workers=['alice', 'bob'])  # send to one of specific workers  # doctest: +SKIP
        >>> c.replicate([x], n=1)  # reduce replications # doctest: +SKIP

        See Also
        --------
        Client.rebalance
       \x20"""
        ...
    def restart(
        self,
        timeout: typing.Any = ...,
        wait_for_workers: typing.Any = True,
    ) -> typing.Any:
        """
        Restart all workers. Reset local state. Optionally wait for workers to return.

        Workers without nannies are shut down, hoping an external deployment system
        will restart them. Therefore, if not using nannies and your deployment system
        does not automatically restart workers, ``restart`` will just shut down all
        workers, then time out!

        After ``restart``, all connected workers are new, regardless of whether ``TimeoutError``
        was raised. Any workers that failed to shut down in time are removed, and
        may or may not shut down on their own in the future.

        Parameters
        ----------
        timeout:
            How long to wait for workers to shut down and come back, if ``wait_for_workers``
            is True, otherwise just how long to wait for workers to shut down.
            Raises ``asyncio.TimeoutError`` if this is exceeded.
        wait_for_workers:
            Whether to wait for all workers to reconnect, or just for them to shut down
            (default True). Use ``restart(wait_for_workers=False)`` combined with
            :meth:`Client.wait_for_workers` for granular control over how many workers to
            wait for.

        See also
        --------
        Scheduler.restart
        Client.restart_workers
       \x20"""
        ...
    def restart_workers(
        self,
        workers: list[str],
        timeout: int | float | None = None,
    ) -> typing.Any:
        """Restart a specified set of workers

        .. note::

            Only workers being monitored by a :class:`distributed.Nanny` can be restarted.

        See ``Nanny.restart`` for more details.

        Parameters
        ----------
        workers : list[str]
            Workers to restart.
        timeout : int | float | None
            Number of seconds to wait

        Notes
        -----
        This method differs from :meth:`Client.restart` in that this method
        simply restarts the specified set of workers, while ``Client.restart``
        will restart all workers and also reset local state on the cluster
        (e.g. all keys are released).

        Additionally, this method does not gracefully handle tasks that are
        being executed when a worker is restarted. These tasks may fail or have
        their suspicious count incremented.

        Examples
        --------
        You can get information about active workers using the following:

        >>> workers = client.scheduler_info()['workers']

        From that list you may want to select some workers to restart

        >>> client.restart_workers(workers=['tcp://address:port', ...])

        See Also
        --------
        Client.restart
       \x20"""
        ...
    def retire_workers(
        self,
        workers: list[str] | None = None,
        close_workers: bool = True,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Retire certain workers on the scheduler

        See :meth:`distributed.Scheduler.retire_workers` for the full docstring.

        Parameters
        ----------
        workers
        close_workers
        **kwargs : dict
            Optional keyword arguments for the remote function

        Examples
        --------
        You can get information about active workers using the following:

        >>> workers = client.scheduler_info()['workers']

        From that list you may want to select some workers to close

        >>> client.retire_workers(workers=['tcp://address:port', ...])

        See Also
        --------
        dask.distributed.Scheduler.retire_workers
       \x20"""
        ...
    def retry(self, futures: typing.Any, asynchronous: typing.Any = None) -> typing.Any:
        """
        Retry failed futures

        Parameters
        ----------
        futures : list of Futures
            The list of Futures
        asynchronous: bool
            If True the client is in asynchronous mode
       \x20"""
        ...
    def run(
        self,
        function: typing.Any,
        *args: typing.Any,
        workers: list[str] | None = None,
        wait: bool = True,
        nanny: bool = False,
        on_error: typing.Literal['raise', 'return', 'ignore'] = 'raise',
        **kwargs: typing.Any,
    ) -> typing.Any:
        """
        Run a function on all workers outside of task scheduling system

        This calls a function on all currently known workers immediately,
        blocks until those results come back, and returns the results
        asynchronously as a dictionary keyed by worker address.  This method
        is generally used for side effects such as collecting diagnostic
        information or installing libraries.

        If your function takes an input argument named ``dask_worker`` then
        that variable will be populated with the worker itself.

        Parameters
        ----------
        function : callable
            The function to run
        *args : tuple
            Optional arguments for the remote function
        **kwargs : dict
            Optional keyword arguments for the remote function
        workers : list
            Workers on which to run the function. Defaults to all known
            workers.
        wait : boolean (optional)
            If the function is asynchronous whether or not to wait until that
            function finishes.
        nanny : bool, default False
            Whether to run ``function`` on the nanny. By default, the function
            is run on the worker process.  If specified, the addresses in
            ``workers`` should still be the worker addresses, not the nanny addresses.
        on_error: "raise" | "return" | "ignore"
            If the function raises an error on a worker:

            raise
                (default) Re-raise the exception on the client.
                The output from other workers will be lost.
            return
                Return the Exception object instead of the function output for
                the worker
            ignore
                Ignore the exception and remove the worker from the result dict

        Examples
        --------
        >>> c.run(os.getpid)  # doctest: +SKIP
        {'192.168.0.100:9000': 1234,
         '192.168.0.101:9000': 4321,
         '192.168.0.102:9000': 5555}

        Restrict computation to particular workers with the ``workers=``
        keyword argument.

        >>> c.run(os.getpid, workers=['192.168.0.100:9000',
        ...                           '192.168.0.101:9000'])  # doctest: +SKIP
        {'192.168.0.100:9000': 1234,
         '192.168.0.101:9000': 4321}

        >>> def get_status(dask_worker):
        ...     return dask_worker.status

        >>> c.run(get_status)  # doctest: +SKIP
        {'192.168.0.100:9000': 'running',
         '192.168.0.101:9000': 'running}

        Run asynchronous functions in the background:

        >>> async def print_state(dask_worker):  # doctest: +SKIP
        ...    while True:
        ...        print(dask_worker.status)
        ...        await asyncio.sleep(1)

        >>> c.run(print_state, wait=False)  # doctest: +SKIP
       \x20"""
        ...
    def run_on_scheduler(
        self,
        function: typing.Any,
        *args: typing.Any,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Run a function on the scheduler process

        This is typically used for live debugging.  The function should take a
        keyword argument ``dask_scheduler=``, which will be given the scheduler
        object itself.

        Parameters
        ----------
        function : callable
            The function to run on the scheduler process
        *args : tuple
            Optional arguments for the function
        **kwargs : dict
            Optional keyword arguments for the function

        Examples
        --------
        >>> def get_number_of_tasks(dask_scheduler=None):
        ...     return len(dask_scheduler.tasks)

        >>> client.run_on_scheduler(get_number_of_tasks)  # doctest: +SKIP
        100

        Run asynchronous functions in the background:

        >>> async def print_state(dask_scheduler):  # doctest: +SKIP
        ...    while True:
        ...        print(dask_scheduler.status)
        ...        await asyncio.sleep(1)

        >>> c.run(print_state, wait=False)  # doctest: +SKIP

        See Also
        --------
        Client.run : Run a function on all workers
       \x20"""
        ...
    def scatter(
        self,
        data: typing.Any,
        workers: typing.Any = None,
        broadcast: typing.Any = False,
        direct: typing.Any = None,
        hash: typing.Any = True,
        timeout: typing.Any = ...,
        asynchronous: typing.Any = None,
    ) -> typing.Any:
        """Scatter data into distributed memory

        This moves data from the local client process into the workers of the
        distributed scheduler.  Note that it is often better to submit jobs to
        your workers to have them load the data rather than loading data
        locally and then scattering it out to them.

        Parameters
        ----------
        data : list, dict, or object
            Data to scatter out to workers.  Output type matches input type.
        workers : list of tuples (optional)
            Optionally constrain locations of data.
            Specify workers as hostname/port pairs, e.g.
            ``('127.0.0.1', 8787)``.
        broadcast : bool (defaults to False)
            Whether to send each data element to all workers.
            By default we round-robin based on number of cores.

            .. note::
               Setting this flag to True is incompatible with the Active Memory
               Manager's :ref:`ReduceReplicas` policy. If you wish to use it, you must
               first disable the policy or disable the AMM entirely.
        direct : bool (defaults to automatically check)
            Whether or not to connect directly to the workers, or to ask
            the scheduler to serve as intermediary.  This can also be set when
            creating the Client.
        hash : bool (optional)
            Whether or not to hash data to determine key.
            If False then this uses a random key
        timeout : number, optional
            Time in seconds after which to raise a
            ``dask.distributed.TimeoutError``
        asynchronous: bool
            If True the client is in asynchronous mode

        Returns
        -------
        List, dict, iterator, or queue of futures matching the type of input.

        Examples
        --------
        >>> c = Client('127.0.0.1:8787')  # doctest: +SKIP
        >>> c.scatter(1) # doctest: +SKIP
        <Future: status: finished, key: c0a8a20f903a4915b94db8de3ea63195>

        >>> c.scatter([1, 2, 3])  # doctest: +SKIP
        [<Future: status: finished, key: c0a8a20f903a4915b94db8de3ea63195>,
         <Future: status: finished, key: 58e78e1b34eb49a68c65b54815d1b158>,
         <Future: status: finished, key: d3395e15f605bc35ab1bac6341a285e2>]

        >>> c.scatter({'x': 1, 'y': 2, 'z': 3})  # doctest: +SKIP
        {'x': <Future: status: finished, key: x>,
         'y': <Future: status: finished, key: y>,
         'z': <Future: status: finished, key: z>}

        Constrain location of data to subset of workers

        >>> c.scatter([1, 2, 3], workers=[('hostname', 8788)])   # doctest: +SKIP

        Broadcast data to all workers

        >>> [future] = c.scatter([element], broadcast=True)  # doctest: +SKIP

        Send scattered data to parallelized function using client futures
        interface

        >>> data = c.scatter(data, broadcast=True)  # doctest: +SKIP
        >>> res = [c.submit(func, data, i) for i in range(100)]

        See Also
        --------
        Client.gather : Gather data back to local process
       \x20"""
        ...
    def scheduler_info(self, **kwargs: typing.Any) -> typing.Any:
        """Basic information about the workers in the cluster

        Parameters
        ----------
        **kwargs : dict
            Optional keyword arguments for the remote function

        Examples
        --------
        >>> c.scheduler_info()  # doctest: +SKIP
        {'id': '2de2b6da-69ee-11e6-ab6a-e82aea155996',
         'services': {},
         'type': 'Scheduler',
         'workers': {'127.0.0.1:40575': {'active': 0,
                                         'last-seen': 1472038237.4845693,
                                         'name': '127.0.0.1:40575',
                                         'services': {},
                                         'stored': 0,
                                         'time-delay': 0.0061032772064208984}}}
       \x20"""
        ...
    def set_metadata(self, key: typing.Any, value: typing.Any) -> typing.Any:
        """Set arbitrary metadata in the scheduler

        This allows you to store small amounts of data on the central scheduler
        process for administrative purposes.  Data should be msgpack
        serializable (ints, strings, lists, dicts)

        If the key corresponds to a task then that key will be cleaned up when
        the task is forgotten by the scheduler.

        If the key is a list then it will be assumed that you want to index
        into a nested dictionary structure using those keys.  For example if
        you call the following::

            >>> client.set_metadata(['a', 'b', 'c'], 123)

        Then this is the same as setting

            >>> scheduler.task_metadata['a']['b']['c'] = 123

        The lower level dictionaries will be created on demand.

        Examples
        --------
        >>> client.set_metadata('x', 123)  # doctest: +SKIP
        >>> client.get_metadata('x')  # doctest: +SKIP
        123

        >>> client.set_metadata(['x', 'y'], 123)  # doctest: +SKIP
        >>> client.get_metadata('x')  # doctest: +SKIP
        {'y': 123}

        >>> client.set_metadata(['x', 'w', 'z'], 456)  # doctest: +SKIP
        >>> client.get_metadata('x')  # doctest: +SKIP
        {'y': 123, 'w': {'z': 456}}

        >>> client.get_metadata(['x', 'w'])  # doctest: +SKIP
        {'z': 456}

        See Also
        --------
        get_metadata
       \x20"""
        ...
    def shutdown(self) -> typing.Any:
        """Shut down the connected scheduler and workers

        Note, this may disrupt other clients that may be using the same
        scheduler and workers.

        See Also
        --------
        Client.close : close only this client
       \x20"""
        ...
    def start(self, **kwargs: typing.Any) -> typing.Any:
        """Start scheduler running in separate thread"""
        ...
    def story(self, *keys_or_stimuli: typing.Any, on_error: typing.Any = 'raise') -> typing.Any:
        """Returns a cluster-wide story for the given keys or stimulus_id's"""
        ...
    def submit(
        self,
        func: typing.Any,
        *args: typing.Any,
        key: typing.Any = None,
        workers: typing.Any = None,
        resources: typing.Any = None,
        retries: typing.Any = None,
        priority: typing.Any = 0,
        fifo_timeout: typing.Any = '100 ms',
        allow_other_workers: typing.Any = False,
        actor: typing.Any = False,
        actors: typing.Any = False,
        pure: typing.Any = None,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Submit a function application to the scheduler

        Parameters
        ----------
        func : callable
            Callable to be scheduled as ``func(*args **kwargs)``. If ``func`` returns a
            coroutine, it will be run on the main event loop of a worker. Otherwise
            ``func`` will be run in a worker's task executor pool (see
            ``Worker.executors`` for more information.)
        *args : tuple
            Optional positional arguments
        key : str
            Unique identifier for the task.  Defaults to function-name and hash
        workers : string or iterable of strings
            A set of worker addresses or hostnames on which computations may be
            performed. Leave empty to default to all workers (common case)
        resources : dict (defaults to {})
            Defines the ``resources`` each instance of this mapped task
            requires on the worker; e.g. ``{'GPU': 2}``.
            See :doc:`worker resources <resources>` for details on defining
            resources.
        retries : int (default to 0)
            Number of allowed automatic retries if the task fails
        priority : Number
            Optional prioritization of task.  Zero is default.
            Higher priorities take precedence
        fifo_timeout : str timedelta (default '100ms')
            Allowed amount of time between calls to consider the same priority
        allow_other_workers : bool (defaults to False)
            Used with ``workers``. Indicates whether or not the computations
            may be performed on workers that are not in the `workers` set(s).
        actor : bool (default False)
            Whether this task should exist on the worker as a stateful actor.
            See :doc:`actors` for additional details.
        actors : bool (default False)
            Alias for `actor`
        pure : bool (defaults to True)
            Whether or not the function is pure.  Set ``pure=False`` for
            impure functions like ``np.random.random``.
            See :ref:`pure functions` for more details.
        **kwargs

        Examples
        --------
        >>> c = client.submit(add, a, b)  # doctest: +SKIP

        Returns
        -------
        Future
            If running in asynchronous mode, returns the future. Otherwise
            returns the concrete value

        Raises
        ------
        TypeError
            If 'func' is not callable, a TypeError is raised
        ValueError
            If 'allow_other_workers'is True and 'workers' is None, a
            ValueError is raised

        See Also
        --------
        Client.map : Submit on many arguments at once
       \x20"""
        ...
    def subscribe_topic(self, topic: typing.Any, handler: typing.Any) -> typing.Any:
        """Subscribe to a topic and execute a handler for every received event

        Parameters
        ----------
        topic: str
            The topic name
        handler: callable or coroutine function
            A handler called for every received event. The handler must accept a
            single argument `event` which is a tuple `(timestamp, msg)` where
            timestamp refers to the clock on the scheduler.

        Examples
        --------

        >>> import logging
        >>> logger = logging.getLogger("myLogger")  # Log config not shown
        >>> client.subscribe_topic("topic-name", lambda: logger.info)

        See Also
        --------
        dask.distributed.Client.unsubscribe_topic
        dask.distributed.Client.get_events
        dask.distributed.Client.log_event
       \x20"""
        ...
    def unpublish_dataset(self, name: typing.Any, **kwargs: typing.Any) -> typing.Any:
        """
        Remove named datasets from scheduler

        Parameters
        ----------
        name : str
            The name of the dataset to unpublish

        Examples
        --------
        >>> c.list_datasets()  # doctest: +SKIP
        ['my_dataset']
        >>> c.unpublish_dataset('my_dataset')  # doctest: +SKIP
        >>> c.list_datasets()  # doctest: +SKIP
        []

        See Also
        --------
        Client.publish_dataset
       \x20"""
        ...
    def unregister_worker_plugin(
        self,
        name: typing.Any,
        nanny: typing.Any = None,
    ) -> typing.Any:
        """Unregisters a lifecycle worker plugin

        This unregisters an existing worker plugin. As part of the unregistration process
        the plugin's ``teardown`` method will be called.

        Parameters
        ----------
        name : str
            Name of the plugin to unregister. See the :meth:`Client.register_worker_plugin`
            docstring for more information.

        Examples
        --------
        >>> class MyPlugin(WorkerPlugin):
        ...     def __init__(self, *args, **kwargs):
        ...         pass  # the constructor is up to you
        ...     def setup(self, worker: dask.distributed.Worker):
        ...         pass
        ...     def teardown(self, worker: dask.distributed.Worker):
        ...         pass
        ...     def transition(self, key: str, start: str, finish: str, **kwargs):
        ...         pass
        ...     def release_key(self, key: str, state: str, cause: str | None, reason: None, report: bool):
        ...         pass

        >>> plugin = MyPlugin(1, 2, 3)
        >>> client.register_worker_plugin(plugin, name='foo')
        >>> client.unregister_worker_plugin(name='foo')

        See Also
        --------
        register_worker_plugin
       \x20"""
        ...
    def unsubscribe_topic(self, topic: typing.Any) -> typing.Any:
        """Unsubscribe from a topic and remove event handler

        See Also
        --------
        dask.distributed.Client.subscribe_topic
        dask.distributed.Client.get_events
        dask.distributed.Client.log_event
       \x20"""
        ...
    def upload_file(self, filename: typing.Any, **kwargs: typing.Any) -> typing.Any:
        """Upload local package to workers

        This sends a local file up to all worker nodes.  This file is placed
        into the working directory of the running worker, see config option
        ``temporary-directory`` (defaults to :py:func:`tempfile.gettempdir`).

        This directory will be added to the Python's system path so any .py,
        .egg or .zip  files will be importable.

        Parameters
        ----------
        filename : string
            Filename of .py, .egg or .zip file to send to workers
        **kwargs : dict
            Optional keyword arguments for the function

        Examples
        --------
        >>> client.upload_file('mylibrary.egg')  # doctest: +SKIP
        >>> from mylibrary import myfunc  # doctest: +SKIP
        >>> L = client.map(myfunc, seq)  # doctest: +SKIP
       \x20"""
        ...
    def wait_for_workers(
        self,
        n_workers: int | str = ...,
        timeout: float | None = None,
    ) -> None:
        """Blocking call to wait for n workers before continuing

        Parameters
        ----------
        n_workers : int
            The number of workers
        timeout : number, optional
            Time in seconds after which to raise a
            ``dask.distributed.TimeoutError``
       \x20"""
        ...
    def who_has(self, futures: typing.Any = None, **kwargs: typing.Any) -> typing.Any:
        """The workers storing each future's data

        Parameters
        ----------
        futures : list (optional)
            A list of futures, defaults to all data
        **kwargs : dict
            Optional keyword arguments for the remote function

        Examples
        --------
        >>> x, y, z = c.map(inc, [1, 2, 3])  # doctest: +SKIP
        >>> wait([x, y, z])  # doctest: +SKIP
        >>> c.who_has()  # doctest: +SKIP
        {'inc-1c8dd6be1c21646c71f76c16d09304ea': ['192.168.1.141:46784'],
         'inc-1e297fc27658d7b67b3a758f16bcf47a': ['192.168.1.141:46784'],
         'inc-fd65c238a7ea60f6a01bf4c8a5fcf44b': ['192.168.1.141:46784']}

        >>> c.who_has([x, y])  # doctest: +SKIP
        {'inc-1c8dd6be1c21646c71f76c16d09304ea': ['192.168.1.141:46784'],
         'inc-1e297fc27658d7b67b3a758f16bcf47a': ['192.168.1.141:46784']}

        See Also
        --------
        Client.has_what
        Client.nthreads
       \x20"""
        ...
    def write_scheduler_file(self, scheduler_file: typing.Any) -> typing.Any:
        """Write the scheduler information to a json file.

        This facilitates easy sharing of scheduler information using a file
        system. The scheduler file can be used to instantiate a second Client
        using the same scheduler.

        Parameters
        ----------
        scheduler_file : str
            Path to a write the scheduler file.

        Examples
        --------
        >>> client = Client()  # doctest: +SKIP
        >>> client.write_scheduler_file('scheduler.json')  # doctest: +SKIP
        # connect to previous client's scheduler
        >>> client2 = Client(scheduler_file='scheduler.json')  # doctest: +SKIP
       \x20"""
        ...

class CondaInstall(PackageInstall):
    """A Worker Plugin to conda install a set of packages

    This accepts a set of packages to install on all workers as well as
    options to use when installing.
    You can also optionally ask for the worker to restart itself after
    performing this installation.

    .. note::

       This will increase the time it takes to start up
       each worker. If possible, we recommend including the
       libraries in the worker environment or image. This is
       primarily intended for experimentation and debugging.

    Parameters
    ----------
    packages
        A list of packages (with optional versions) to install using conda
    conda_options
        Additional options to pass to conda
    restart
        Whether or not to restart the worker after installing the packages
        Only functions if the worker has an attached nanny process

    Examples
    --------
    >>> from dask.distributed import CondaInstall
    >>> plugin = CondaInstall(packages=["scikit-learn"], conda_options=["--update-deps"])

    >>> client.register_worker_plugin(plugin)

    See Also
    --------
    PackageInstall
    PipInstall
   \x20"""
    INSTALLER: str = 'conda'
    conda_options: list[str]
    def __init__(
        self,
        packages: list[str],
        conda_options: list[str] | None = None,
        restart: bool = False,
    ) -> None: ...
    def install(self) -> None: ...

class Environ(NannyPlugin):
    restart: bool = True
    def __init__(self, environ: dict | None = None) -> None: ...
    async def setup(self, nanny: typing.Any) -> typing.Any: ...

class Event:
    """Distributed Centralized Event equivalent to asyncio.Event

    An event stores a single flag, which is set to false on start.
    The flag can be set to true (using the set() call) or back to false
    (with the clear() call).
    Every call to wait() blocks until the event flag is set to true.

    Parameters
    ----------
    name: string (optional)
        Name of the event.  Choosing the same name allows two
        disconnected processes to coordinate an event.
        If not given, a random name will be generated.
    client: Client (optional)
        Client to use for communication with the scheduler.
        If not given, the default global client will be used.

    Examples
    --------
    >>> event_1 = Event('a')  # doctest: +SKIP
    >>> event_1.wait(timeout=1)  # doctest: +SKIP
    >>> # in another process
    >>> event_2 = Event('a')  # doctest: +SKIP
    >>> event_2.set() # doctest: +SKIP
    >>> # now event_1 will stop waiting
   \x20"""
    def __await__(self) -> typing.Any:
        """async constructor

        Make it possible to write

        >>> event = await Event("x") # doctest: +SKIP

        even though no waiting is implied
       \x20"""
        ...
    def __init__(self, name: typing.Any = None, client: typing.Any = None) -> None: ...
    def __reduce__(self) -> typing.Any: ...
    def clear(self) -> typing.Any:
        """Clear the event (set its flag to false).

        All waiters will now block.
       \x20"""
        ...
    def is_set(self) -> typing.Any:
        """Check if the event is set"""
        ...
    def set(self) -> typing.Any:
        """Set the event (set its flag to false).

        All waiters will now be released.
       \x20"""
        ...
    def wait(self, timeout: typing.Any = None) -> typing.Any:
        """Wait until the event is set.

        Parameters
        ----------
        timeout : number or string or timedelta, optional
            Seconds to wait on the event in the scheduler.  This does not
            include local coroutine time, network transfer time, etc..
            Instead of number of seconds, it is also possible to specify
            a timedelta in string format, e.g. "200ms".

        Examples
        --------
        >>> event = Event('a')  # doctest: +SKIP
        >>> event.wait(timeout="1s")  # doctest: +SKIP

        Returns
        -------
        True if the event was set of false, if a timeout happened
       \x20"""
        ...

class Future(distributed.utils_comm.WrappedKey):
    """A remotely running computation

    A Future is a local proxy to a result running on a remote worker.  A user
    manages future objects in the local Python process to determine what
    happens in the larger cluster.

    Parameters
    ----------
    key: str, or tuple
        Key of remote data to which this future refers
    client: Client
        Client that should own this future.  Defaults to _get_global_client()
    inform: bool
        Do we inform the scheduler that we need an update on this future
    state: FutureState
        The state of the future

    Examples
    --------
    Futures typically emerge from Client computations

    >>> my_future = client.submit(add, 1, 2)  # doctest: +SKIP

    We can track the progress and results of a future

    >>> my_future  # doctest: +SKIP
    <Future: status: finished, key: add-8f6e709446674bad78ea8aeecfee188e>

    We can get the result or the exception and traceback from the future

    >>> my_future.result()  # doctest: +SKIP

    See Also
    --------
    Client:  Creates futures
   \x20"""
    def __await__(self) -> typing.Any: ...
    def __del__(self) -> typing.Any: ...
    def __getstate__(self) -> typing.Any: ...
    def __init__(
        self,
        key: typing.Any,
        client: typing.Any = None,
        inform: typing.Any = True,
        state: typing.Any = None,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def __setstate__(self, state: typing.Any) -> typing.Any: ...
    def add_done_callback(self, fn: typing.Any) -> typing.Any:
        """Call callback on future when callback has finished

        The callback ``fn`` should take the future as its only argument.  This
        will be called regardless of if the future completes successfully,
        errs, or is cancelled

        The callback is executed in a separate thread.

        Parameters
        ----------
        fn : callable
            The method or function to be called
       \x20"""
        ...
    def cancel(self, **kwargs: typing.Any) -> typing.Any:
        """Cancel the request to run this future

        See Also
        --------
        Client.cancel
       \x20"""
        ...
    def cancelled(self) -> typing.Any:
        """Returns True if the future has been cancelled

        Returns
        -------
        bool
            True if the future was 'cancelled', otherwise False
       \x20"""
        ...
    def done(self) -> typing.Any:
        """Returns whether or not the computation completed.

        Returns
        -------
        bool
            True if the computation is complete, otherwise False
       \x20"""
        ...
    def exception(self, timeout: typing.Any = None, **kwargs: typing.Any) -> typing.Any:
        """Return the exception of a failed task

        Parameters
        ----------
        timeout : number, optional
            Time in seconds after which to raise a
            ``dask.distributed.TimeoutError``
        **kwargs : dict
            Optional keyword arguments for the function

        Returns
        -------
        Exception
            The exception that was raised
            If *timeout* seconds are elapsed before returning, a
            ``dask.distributed.TimeoutError`` is raised.

        See Also
        --------
        Future.traceback
       \x20"""
        ...
    @property
    def executor(self) -> typing.Any:
        """Returns the executor, which is the client.

        Returns
        -------
        Client
            The executor
       \x20"""
        ...
    def release(self) -> typing.Any:
        """
        Notes
        -----
        This method can be called from different threads
        (see e.g. Client.get() or Future.__del__())
       \x20"""
        ...
    def result(self, timeout: typing.Any = None) -> typing.Any:
        """Wait until computation completes, gather result to local process.

        Parameters
        ----------
        timeout : number, optional
            Time in seconds after which to raise a
            ``dask.distributed.TimeoutError``

        Raises
        ------
        dask.distributed.TimeoutError
            If *timeout* seconds are elapsed before returning, a
            ``dask.distributed.TimeoutError`` is raised.

        Returns
        -------
        result
            The result of the computation. Or a coroutine if the client is asynchronous.
       \x20"""
        ...
    def retry(self, **kwargs: typing.Any) -> typing.Any:
        """Retry this future if it has failed

        See Also
        --------
        Client.retry
       \x20"""
        ...
    @property
    def status(self) -> typing.Any:
        """Returns the status

        Returns
        -------
        str
            The status
       \x20"""
        ...
    def traceback(self, timeout: typing.Any = None, **kwargs: typing.Any) -> typing.Any:
        """Return the traceback of a failed task

        This returns a traceback object.  You can inspect this object using the
        ``traceback`` module.  Alternatively if you call ``future.result()``
        this traceback will accompany the raised exception.

        Parameters
        ----------
        timeout : number, optional
            Time in seconds after which to raise a
            ``dask.distributed.TimeoutError``
            If *timeout* seconds are elapsed before returning, a
            ``dask.distributed.TimeoutError`` is raised.

        Examples
        --------
        >>> import traceback  # doctest: +SKIP
        >>> tb = future.traceback()  # doctest: +SKIP
        >>> traceback.format_tb(tb)  # doctest: +SKIP
        [...]

        Returns
        -------
        traceback
            The traceback object. Or a coroutine if the client is asynchronous.

        See Also
        --------
        Future.exception
       \x20"""
        ...
    @property
    def type(self) -> typing.Any:
        """Returns the type"""
        ...

class KilledWorker(Exception):
    def __init__(
        self,
        task: str,
        last_worker: distributed.scheduler.WorkerState,
        allowed_failures: int,
    ) -> None: ...
    def __str__(self) -> str: ...
    @property
    def allowed_failures(self) -> int: ...
    @property
    def last_worker(self) -> distributed.scheduler.WorkerState: ...
    @property
    def task(self) -> str: ...

class LocalCluster(SpecCluster):
    """Create local Scheduler and Workers

    This creates a "cluster" of a scheduler and workers running on the local
    machine.

    Parameters
    ----------
    n_workers: int
        Number of workers to start
    memory_limit: str, float, int, or None, default "auto"
        Sets the memory limit *per worker*.

        Notes regarding argument data type:

        * If None or 0, no limit is applied.
        * If "auto", the total system memory is split evenly between the workers.
        * If a float, that fraction of the system memory is used *per worker*.
        * If a string giving a number of bytes (like ``"1GiB"``), that amount is used *per worker*.
        * If an int, that number of bytes is used *per worker*.

        Note that the limit will only be enforced when ``processes=True``, and the limit is only
        enforced on a best-effort basis — it's still possible for workers to exceed this limit.
    processes: bool
        Whether to use processes (True) or threads (False).  Defaults to True, unless
        worker_class=Worker, in which case it defaults to False.
    threads_per_worker: int
        Number of threads per each worker
    scheduler_port: int
        Port of the scheduler.  8786 by default, use 0 to choose a random port
    silence_logs: logging level
        Level of logs to print out to stdout.  ``logging.WARN`` by default.
        Use a falsey value like False or None for no change.
    host: string
        Host address on which the scheduler will listen, defaults to only localhost
    ip: string
        Deprecated.  See ``host`` above.
    dashboard_address: str
        Address on which to listen for the Bokeh diagnostics server like
        'localhost:8787' or '0.0.0.0:8787'.  Defaults to ':8787'.
        Set to ``None`` to disable the dashboard.
        Use ':0' for a random port.
    worker_dashboard_address: str
        Address on which to listen for the Bokeh worker diagnostics server like
        'localhost:8787' or '0.0.0.0:8787'.  Defaults to None which disables the dashboard.
        Use ':0' for a random port.
    diagnostics_port: int
        Deprecated.  See dashboard_address.
    asynchronous: bool (False by default)
        Set to True if using this cluster within async/await functions or within
        Tornado gen.coroutines.  This should remain False for normal use.
    blocked_handlers: List[str]
        A list of strings specifying a blocklist of handlers to disallow on the
        Scheduler, like ``['feed', 'run_function']``
    service_kwargs: Dict[str, Dict]
        Extra keywords to hand to the running services
    security : Security or bool, optional
        Configures communication security in this cluster. Can be a security
        object, or True. If True, temporary self-signed credentials will
        be created automatically.
    protocol: str (optional)
        Protocol to use like ``tcp://``, ``tls://``, ``inproc://``
        This defaults to sensible choice given other keyword arguments like
        ``processes`` and ``security``
    interface: str (optional)
        Network interface to use.  Defaults to lo/localhost
    worker_class: Worker
        Worker class used to instantiate workers from. Defaults to Worker if
        processes=False and Nanny if processes=True or omitted.
    **worker_kwargs:
        Extra worker arguments. Any additional keyword arguments will be passed
        to the ``Worker`` class constructor.

    Examples
    --------
    >>> cluster = LocalCluster()  # Create a local cluster  # doctest: +SKIP
    >>> cluster  # doctest: +SKIP
    LocalCluster("127.0.0.1:8786", workers=8, threads=8)

    >>> c = Client(cluster)  # connect to local cluster  # doctest: +SKIP

    Scale the cluster to three workers

    >>> cluster.scale(3)  # doctest: +SKIP

    Pass extra keyword arguments to Bokeh

    >>> LocalCluster(service_kwargs={'dashboard': {'prefix': '/foo'}})  # doctest: +SKIP
   \x20"""
    def __init__(
        self,
        name: typing.Any = None,
        n_workers: typing.Any = None,
        threads_per_worker: typing.Any = None,
        processes: typing.Any = None,
        loop: typing.Any = None,
        start: typing.Any = None,
        host: typing.Any = None,
        ip: typing.Any = None,
        scheduler_port: typing.Any = 0,
        silence_logs: typing.Any = ...,
        dashboard_address: typing.Any = ':8787',
        worker_dashboard_address: typing.Any = None,
        diagnostics_port: typing.Any = None,
        services: typing.Any = None,
        worker_services: typing.Any = None,
        service_kwargs: typing.Any = None,
        asynchronous: typing.Any = False,
        security: typing.Any = None,
        protocol: typing.Any = None,
        blocked_handlers: typing.Any = None,
        interface: typing.Any = None,
        worker_class: typing.Any = None,
        scheduler_kwargs: typing.Any = None,
        scheduler_sync_interval: typing.Any = 1,
        **worker_kwargs: typing.Any,
    ) -> None: ...
    def start_worker(self, *args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...

class Lock:
    """Distributed Centralized Lock

    Parameters
    ----------
    name: string (optional)
        Name of the lock to acquire.  Choosing the same name allows two
        disconnected processes to coordinate a lock.  If not given, a random
        name will be generated.
    client: Client (optional)
        Client to use for communication with the scheduler.  If not given, the
        default global client will be used.

    Examples
    --------
    >>> lock = Lock('x')  # doctest: +SKIP
    >>> lock.acquire(timeout=1)  # doctest: +SKIP
    >>> # do things with protected resource
    >>> lock.release()  # doctest: +SKIP
   \x20"""
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
    def __init__(self, name: typing.Any = None, client: typing.Any = None) -> None: ...
    def __reduce__(self) -> typing.Any: ...
    def acquire(self, blocking: typing.Any = True, timeout: typing.Any = None) -> typing.Any:
        """Acquire the lock

        Parameters
        ----------
        blocking : bool, optional
            If false, don't wait on the lock in the scheduler at all.
        timeout : string or number or timedelta, optional
            Seconds to wait on the lock in the scheduler.  This does not
            include local coroutine time, network transfer time, etc..
            It is forbidden to specify a timeout when blocking is false.
            Instead of number of seconds, it is also possible to specify
            a timedelta in string format, e.g. "200ms".

        Examples
        --------
        >>> lock = Lock('x')  # doctest: +SKIP
        >>> lock.acquire(timeout="1s")  # doctest: +SKIP

        Returns
        -------
        True or False whether or not it successfully acquired the lock
       \x20"""
        ...
    def locked(self) -> typing.Any: ...
    def release(self) -> typing.Any:
        """Release the lock if already acquired"""
        ...

class MultiLock:
    """Distributed Centralized Lock

    Parameters
    ----------
    names
        Names of the locks to acquire. Choosing the same name allows two
        disconnected processes to coordinate a lock.
    client
        Client to use for communication with the scheduler.  If not given, the
        default global client will be used.

    Examples
    --------
    >>> lock = MultiLock(['x', 'y'])  # doctest: +SKIP
    >>> lock.acquire(timeout=1)  # doctest: +SKIP
    >>> # do things with protected resource 'x' and 'y'
    >>> lock.release()  # doctest: +SKIP
   \x20"""
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
    def __init__(self, names: list[str] | None = None, client: Client | None = None) -> None: ...
    def __reduce__(self) -> typing.Any: ...
    def acquire(
        self,
        blocking: typing.Any = True,
        timeout: typing.Any = None,
        num_locks: typing.Any = None,
    ) -> typing.Any:
        """Acquire the lock

        Parameters
        ----------
        blocking : bool, optional
            If false, don't wait on the lock in the scheduler at all.
        timeout : string or number or timedelta, optional
            Seconds to wait on the lock in the scheduler.  This does not
            include local coroutine time, network transfer time, etc..
            It is forbidden to specify a timeout when blocking is false.
            Instead of number of seconds, it is also possible to specify
            a timedelta in string format, e.g. "200ms".
        num_locks : int, optional
            Number of locks needed. If None, all locks are needed

        Examples
        --------
        >>> lock = MultiLock(['x', 'y'])  # doctest: +SKIP
        >>> lock.acquire(timeout="1s")  # doctest: +SKIP

        Returns
        -------
        True or False whether or not it successfully acquired the lock
       \x20"""
        ...
    def locked(self) -> typing.Any: ...
    def release(self) -> typing.Any:
        """Release the lock if already acquired"""
        ...

class Nanny(distributed.node.ServerNode):
    """A process to manage worker processes

    The nanny spins up Worker processes, watches them, and kills or restarts
    them as necessary. It is necessary if you want to use the
    ``Client.restart`` method, or to restart the worker automatically if
    it gets to the terminate fraction of its memory limit.

    The parameters for the Nanny are mostly the same as those for the Worker
    with exceptions listed below.

    Parameters
    ----------
    env: dict, optional
        Environment variables set at time of Nanny initialization will be
        ensured to be set in the Worker process as well. This argument allows to
        overwrite or otherwise set environment variables for the Worker. It is
        also possible to set environment variables using the option
        ``distributed.nanny.environ``. Precedence as follows

            1. Nanny arguments
            2. Existing environment variables
            3. Dask configuration

        .. note::
           Some environment variables, like ``OMP_NUM_THREADS``, must be set before
           importing numpy to have effect. Others, like ``MALLOC_TRIM_THRESHOLD_`` (see
           :ref:`memtrim`), must be set before starting the Linux process. Such
           variables would be ineffective if set here or in
           ``distributed.nanny.environ``; they must be set in
           ``distributed.nanny.pre-spawn-environ`` so that they are set before spawning
           the subprocess, even if this means poisoning the process running the Nanny.

           For the same reason, be warned that changing
           ``distributed.worker.multiprocessing-method`` from ``spawn`` to ``fork`` or
           ``forkserver`` may inhibit some environment variables; if you do, you should
           set the variables yourself in the shell before you start ``dask-worker``.

    See Also
    --------
    Worker
   \x20"""
    process: distributed.nanny.WorkerProcess | None
    memory_manager: distributed.worker_memory.NannyMemoryManager
    env: dict[str, str]
    pre_spawn_env: dict[str, str]
    memory_limit: typing.Any
    memory_terminate_fraction: typing.Any
    memory_monitor: typing.Any
    plugins: dict[str, NannyPlugin]
    def __init__(
        self,
        scheduler_ip: typing.Any = None,
        scheduler_port: typing.Any = None,
        scheduler_file: typing.Any = None,
        worker_port: int | str | collections.abc.Collection[int] | None = 0,
        nthreads: typing.Any = None,
        loop: typing.Any = None,
        local_directory: typing.Any = None,
        services: typing.Any = None,
        name: typing.Any = None,
        memory_limit: typing.Any = 'auto',
        reconnect: typing.Any = True,
        validate: typing.Any = False,
        quiet: typing.Any = False,
        resources: typing.Any = None,
        silence_logs: typing.Any = None,
        death_timeout: typing.Any = None,
        preload: typing.Any = None,
        preload_argv: typing.Any = None,
        preload_nanny: typing.Any = None,
        preload_nanny_argv: typing.Any = None,
        security: typing.Any = None,
        contact_address: typing.Any = None,
        listen_address: typing.Any = None,
        worker_class: typing.Any = None,
        env: typing.Any = None,
        interface: typing.Any = None,
        host: typing.Any = None,
        port: int | str | collections.abc.Collection[int] | None = None,
        protocol: typing.Any = None,
        config: typing.Any = None,
        **worker_kwargs: typing.Any,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    async def close(
        self,
        timeout: float = 5,
        reason: str = 'nanny-close',
    ) -> typing.Literal['OK']:
        """
        Close the worker process, stop all comms.
       \x20"""
        ...
    def close_gracefully(self, reason: str = 'nanny-close-gracefully') -> None:
        """
        A signal that we shouldn't try to restart workers if they go away

        This is used as part of the cluster shutdown process.
       \x20"""
        ...
    async def instantiate(self) -> Status:
        """Start a local worker process

        Blocks until the process is up and the scheduler is properly informed
       \x20"""
        ...
    def is_alive(self) -> typing.Any: ...
    async def kill(self, timeout: float = 2, reason: str = 'nanny-kill') -> None:
        """Kill the local worker process

        Blocks until both the process is down and the scheduler is properly
        informed
       \x20"""
        ...
    def log_event(self, topic: typing.Any, msg: typing.Any) -> typing.Any: ...
    @property
    def pid(self) -> typing.Any: ...
    async def plugin_add(
        self,
        plugin: typing.Any = None,
        name: typing.Any = None,
    ) -> typing.Any: ...
    async def plugin_remove(self, name: typing.Any = None) -> typing.Any: ...
    async def restart(
        self,
        timeout: float = 30,
        reason: str = 'nanny-restart',
    ) -> typing.Literal['OK', 'timed out']: ...
    def run(self, comm: typing.Any, *args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...
    async def start_unsafe(self) -> typing.Any:
        """Start nanny, start local process, start watching"""
        ...
    @property
    def worker_address(self) -> typing.Any: ...
    @property
    def worker_dir(self) -> typing.Any: ...

class NannyPlugin:
    """Interface to extend the Nanny

    A worker plugin enables custom code to run at different stages of the Workers'
    lifecycle. A nanny plugin does the same thing, but benefits from being able
    to run code before the worker is started, or to restart the worker if
    necessary.

    To implement a plugin implement some of the methods of this class and register
    the plugin to your client in order to have it attached to every existing and
    future nanny by passing ``nanny=True`` to
    :meth:`Client.register_worker_plugin<distributed.Client.register_worker_plugin>`.

    The ``restart`` attribute is used to control whether or not a running ``Worker``
    needs to be restarted when registering the plugin.

    See Also
    --------
    WorkerPlugin
    SchedulerPlugin
   \x20"""
    restart: bool = False
    def setup(self, nanny: typing.Any) -> typing.Any:
        """
        Run when the plugin is attached to a nanny. This happens when the plugin is registered
        and attached to existing nannies, or when a nanny is created after the plugin has been
        registered.
       \x20"""
        ...
    def teardown(self, nanny: typing.Any) -> typing.Any:
        """Run when the nanny to which the plugin is attached to is closed"""
        ...

class PackageInstall(WorkerPlugin, abc.ABC):
    """Abstract parent class for a worker plugin to install a set of packages

    This accepts a set of packages to install on all workers.
    You can also optionally ask for the worker to restart itself after
    performing this installation.

    .. note::

       This will increase the time it takes to start up
       each worker. If possible, we recommend including the
       libraries in the worker environment or image. This is
       primarily intended for experimentation and debugging.

    Parameters
    ----------
    packages
        A list of packages (with optional versions) to install
    restart
        Whether or not to restart the worker after installing the packages
        Only functions if the worker has an attached nanny process

    See Also
    --------
    CondaInstall
    PipInstall
   \x20"""
    INSTALLER: typing.ClassVar[str]
    name: str
    packages: list[str]
    restart: bool
    def __init__(self, packages: list[str], restart: bool) -> None: ...
    @abc.abstractmethod
    def install(self) -> None:
        """Install the requested packages"""
        ...
    async def setup(self, worker: typing.Any) -> typing.Any: ...

class PipInstall(PackageInstall):
    """A Worker Plugin to pip install a set of packages

    This accepts a set of packages to install on all workers as well as
    options to use when installing.
    You can also optionally ask for the worker to restart itself after
    performing this installation.

    .. note::

       This will increase the time it takes to start up
       each worker. If possible, we recommend including the
       libraries in the worker environment or image. This is
       primarily intended for experimentation and debugging.

    Parameters
    ----------
    packages
        A list of packages (with optional versions) to install using pip
    pip_options
        Additional options to pass to pip
    restart
        Whether or not to restart the worker after installing the packages
        Only functions if the worker has an attached nanny process

    Examples
    --------
    >>> from dask.distributed import PipInstall
    >>> plugin = PipInstall(packages=["scikit-learn"], pip_options=["--upgrade"])

    >>> client.register_worker_plugin(plugin)

    See Also
    --------
    PackageInstall
    CondaInstall
   \x20"""
    INSTALLER: str = 'pip'
    pip_options: list[str]
    def __init__(
        self,
        packages: list[str],
        pip_options: list[str] | None = None,
        restart: bool = False,
    ) -> None: ...
    def install(self) -> None: ...

class Pub:
    """Publish data with Publish-Subscribe pattern

    This allows clients and workers to directly communicate data between each
    other with a typical Publish-Subscribe pattern.  This involves two
    components,

    Pub objects, into which we put data:

        >>> pub = Pub('my-topic')
        >>> pub.put(123)

    And Sub objects, from which we collect data:

        >>> sub = Sub('my-topic')
        >>> sub.get()
        123

    Many Pub and Sub objects can exist for the same topic.  All data sent from
    any Pub will be sent to all Sub objects on that topic that are currently
    connected.  Pub's and Sub's find each other using the scheduler, but they
    communicate directly with each other without coordination from the
    scheduler.

    Pubs and Subs use the central scheduler to find each other, but not to
    mediate the communication.  This means that there is very little additional
    latency or overhead, and they are appropriate for very frequent data
    transfers.  For context, most data transfer first checks with the scheduler to find which
    workers should participate, and then does direct worker-to-worker
    transfers.  This checking in with the scheduler provides some stability
    guarantees, but also adds in a few extra network hops.  PubSub doesn't do
    this, and so is faster, but also can easily drop messages if Pubs or Subs
    disappear without notice.

    When using a Pub or Sub from a Client all communications will be routed
    through the scheduler.  This can cause some performance degradation.  Pubs
    and Subs only operate at top-speed when they are both on workers.

    Parameters
    ----------
    name: object (msgpack serializable)
        The name of the group of Pubs and Subs on which to participate.
    worker: Worker (optional)
        The worker to be used for publishing data. Defaults to the value of
        ```get_worker()```. If given, ``client`` must be ``None``.
    client: Client (optional)
        Client used for communication with the scheduler. Defaults to
        the value of ``get_client()``. If given, ``worker`` must be ``None``.

    Examples
    --------
    >>> pub = Pub('my-topic')
    >>> sub = Sub('my-topic')
    >>> pub.put([1, 2, 3])
    >>> sub.get()
    [1, 2, 3]

    You can also use sub within a for loop:

    >>> for msg in sub:  # doctest: +SKIP
    ...     print(msg)

    or an async for loop

    >>> async for msg in sub:  # doctest: +SKIP
    ...     print(msg)

    Similarly the ``.get`` method will return an awaitable if used by an async
    client or within the IOLoop thread of a worker

    >>> await sub.get()  # doctest: +SKIP

    You can see the set of connected worker subscribers by looking at the
    ``.subscribers`` attribute:

    >>> pub.subscribers
    {'tcp://...': {},
     'tcp://...': {}}

    See Also
    --------
    Sub
   \x20"""
    def __init__(
        self,
        name: typing.Any,
        worker: typing.Any = None,
        client: typing.Any = None,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def __str__(self) -> typing.Any: ...
    def put(self, msg: typing.Any) -> typing.Any:
        """Publish a message to all subscribers of this topic"""
        ...

class Queue:
    """Distributed Queue

    This allows multiple clients to share futures or small bits of data between
    each other with a multi-producer/multi-consumer queue.  All metadata is
    sequentialized through the scheduler.

    Elements of the Queue must be either Futures or msgpack-encodable data
    (ints, strings, lists, dicts).  All data is sent through the scheduler so
    it is wise not to send large objects.  To share large objects scatter the
    data and share the future instead.

    .. warning::

       This object is experimental

    Parameters
    ----------
    name: string (optional)
        Name used by other clients and the scheduler to identify the queue. If
        not given, a random name will be generated.
    client: Client (optional)
        Client used for communication with the scheduler.
        If not given, the default global client will be used.
    maxsize: int (optional)
        Number of items allowed in the queue. If 0 (the default), the queue
        size is unbounded.

    Examples
    --------
    >>> from dask.distributed import Client, Queue  # doctest: +SKIP
    >>> client = Client()  # doctest: +SKIP
    >>> queue = Queue('x')  # doctest: +SKIP
    >>> future = client.submit(f, x)  # doctest: +SKIP
    >>> queue.put(future)  # doctest: +SKIP

    See Also
    --------
    Variable: shared variable between clients
   \x20"""
    def __await__(self) -> typing.Any: ...
    def __getstate__(self) -> typing.Any: ...
    def __init__(
        self,
        name: typing.Any = None,
        client: typing.Any = None,
        maxsize: typing.Any = 0,
    ) -> None: ...
    def __setstate__(self, state: typing.Any) -> typing.Any: ...
    def close(self) -> typing.Any: ...
    def get(
        self,
        timeout: typing.Any = None,
        batch: typing.Any = False,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Get data from the queue

        Parameters
        ----------
        timeout : number or string or timedelta, optional
            Time in seconds to wait before timing out.
            Instead of number of seconds, it is also possible to specify
            a timedelta in string format, e.g. "200ms".
        batch : boolean, int (optional)
            If True then return all elements currently waiting in the queue.
            If an integer than return that many elements from the queue
            If False (default) then return one item at a time
       \x20"""
        ...
    def put(
        self,
        value: typing.Any,
        timeout: typing.Any = None,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Put data into the queue

        Parameters
        ----------
        timeout : number or string or timedelta, optional
            Time in seconds to wait before timing out.
            Instead of number of seconds, it is also possible to specify
            a timedelta in string format, e.g. "200ms".
       \x20"""
        ...
    def qsize(self, **kwargs: typing.Any) -> typing.Any:
        """Current number of elements in the queue"""
        ...

class Reschedule(Exception):
    """Reschedule this task

    Raising this exception will stop the current execution of the task and ask
    the scheduler to reschedule this task, possibly on a different machine.

    This does not guarantee that the task will move onto a different machine.
    The scheduler will proceed through its normal heuristics to determine the
    optimal machine to accept this task.  The machine will likely change if the
    load across the cluster has significantly changed since first scheduling
    the task.
   \x20"""

class Scheduler(distributed.scheduler.SchedulerState, distributed.node.ServerNode):
    """Dynamic distributed task scheduler

    The scheduler tracks the current state of workers, data, and computations.
    The scheduler listens for events and responds by controlling workers
    appropriately.  It continuously tries to use the workers to execute an ever
    growing dask graph.

    All events are handled quickly, in linear time with respect to their input
    (which is often of constant size) and generally within a millisecond.  To
    accomplish this the scheduler tracks a lot of state.  Every operation
    maintains the consistency of this state.

    The scheduler communicates with the outside world through Comm objects.
    It maintains a consistent and valid view of the world even when listening
    to several clients at once.

    A Scheduler is typically started either with the ``dask scheduler``
    executable::

         $ dask scheduler
         Scheduler started at 127.0.0.1:8786

    Or within a LocalCluster a Client starts up without connection
    information::

        >>> c = Client()  # doctest: +SKIP
        >>> c.cluster.scheduler  # doctest: +SKIP
        Scheduler(...)

    Users typically do not interact with the scheduler directly but rather with
    the client object ``Client``.

    The ``contact_address`` parameter allows to advertise a specific address to
    the workers for communication with the scheduler, which is different than
    the address the scheduler binds to. This is useful when the scheduler
    listens on a private address, which therefore cannot be used by the workers
    to contact it.

    **State**

    The scheduler contains the following state variables.  Each variable is
    listed along with what it stores and a brief description.

    * **tasks:** ``{task key: TaskState}``
        Tasks currently known to the scheduler
    * **unrunnable:** ``{TaskState}``
        Tasks in the "no-worker" state

    * **workers:** ``{worker key: WorkerState}``
        Workers currently connected to the scheduler
    * **idle:** ``{WorkerState}``:
        Set of workers that are not fully utilized
    * **saturated:** ``{WorkerState}``:
        Set of workers that are not over-utilized

    * **host_info:** ``{hostname: dict}``:
        Information about each worker host

    * **clients:** ``{client key: ClientState}``
        Clients currently connected to the scheduler

    * **services:** ``{str: port}``:
        Other services running on this scheduler, like Bokeh
    * **loop:** ``IOLoop``:
        The running Tornado IOLoop
    * **client_comms:** ``{client key: Comm}``
        For each client, a Comm object used to receive task requests and
        report task status updates.
    * **stream_comms:** ``{worker key: Comm}``
        For each worker, a Comm object from which we both accept stimuli and
        report results
    * **task_duration:** ``{key-prefix: time}``
        Time we expect certain functions to take, e.g. ``{'sum': 0.25}``
   \x20"""
    default_port: int = 8786
    def __init__(
        self,
        loop: typing.Any = None,
        delete_interval: typing.Any = '500ms',
        synchronize_worker_interval: typing.Any = '60s',
        services: typing.Any = None,
        service_kwargs: typing.Any = None,
        allowed_failures: typing.Any = None,
        extensions: typing.Any = None,
        validate: typing.Any = None,
        scheduler_file: typing.Any = None,
        security: typing.Any = None,
        worker_ttl: typing.Any = None,
        idle_timeout: typing.Any = None,
        interface: typing.Any = None,
        host: typing.Any = None,
        port: typing.Any = 0,
        protocol: typing.Any = None,
        dashboard_address: typing.Any = None,
        dashboard: typing.Any = None,
        http_prefix: typing.Any = '/',
        preload: typing.Any = None,
        preload_argv: typing.Any = (),
        plugins: typing.Any = (),
        contact_address: typing.Any = None,
        transition_counter_max: typing.Any = False,
        jupyter: typing.Any = False,
        **kwargs: typing.Any,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def adaptive_target(self, target_duration: typing.Any = None) -> typing.Any:
        """Desired number of workers based on the current workload

        This looks at the current running tasks and memory use, and returns a
        number of desired workers.  This is often used by adaptive scheduling.

        Parameters
        ----------
        target_duration : str
            A desired duration of time for computations to take.  This affects
            how rapidly the scheduler will ask to scale.

        See Also
        --------
        distributed.deploy.Adaptive
       \x20"""
        ...
    async def add_client(
        self,
        comm: distributed.comm.Comm,
        client: str,
        versions: dict[str, typing.Any],
    ) -> None:
        """Add client to network

        We listen to all future messages from this Comm.
       \x20"""
        ...
    def add_keys(
        self,
        worker: typing.Any = None,
        keys: typing.Any = (),
        stimulus_id: typing.Any = None,
    ) -> typing.Any:
        """
        Learn that a worker has certain keys

        This should not be used in practice and is mostly here for legacy
        reasons.  However, it is sent by workers from time to time.
       \x20"""
        ...
    async def add_nanny(self) -> dict[str, typing.Any]: ...
    def add_plugin(
        self,
        plugin: SchedulerPlugin,
        *,
        idempotent: bool = False,
        name: str | None = None,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Add external plugin to scheduler.

        See https://distributed.readthedocs.io/en/latest/plugins.html

        Parameters
        ----------
        plugin : SchedulerPlugin
            SchedulerPlugin instance to add
        idempotent : bool
            If true, the plugin is assumed to already exist and no
            action is taken.
        name : str
            A name for the plugin, if None, the name attribute is
            checked on the Plugin instance and generated if not
            discovered.
       \x20"""
        ...
    def add_resources(self, worker: str, resources: typing.Any = None) -> typing.Any: ...
    async def add_worker(
        self,
        comm: distributed.comm.Comm,
        *,
        address: str,
        status: str,
        server_id: str,
        keys: typing.Any = (),
        nthreads: typing.Any = None,
        name: typing.Any = None,
        resolve_address: typing.Any = True,
        nbytes: typing.Any = None,
        types: typing.Any = None,
        now: typing.Any = None,
        resources: typing.Any = None,
        host_info: typing.Any = None,
        memory_limit: typing.Any = None,
        metrics: typing.Any = None,
        pid: typing.Any = 0,
        services: typing.Any = None,
        local_directory: typing.Any = None,
        versions: dict[str, typing.Any] | None = None,
        nanny: typing.Any = None,
        extra: typing.Any = None,
        stimulus_id: str,
    ) -> None:
        """Add a new worker to the cluster"""
        ...
    async def benchmark_hardware(self) -> dict[str, dict[str, float]]:
        """
        Run a benchmark on the workers for memory, disk, and network bandwidths

        Returns
        -------
        result: dict
            A dictionary mapping the names "disk", "memory", and "network" to
            dictionaries mapping sizes to bandwidths.  These bandwidths are
            averaged over many workers running computations across the cluster.
       \x20"""
        ...
    async def broadcast(
        self,
        comm: typing.Any = None,
        *,
        msg: dict,
        workers: list[str] | None = None,
        hosts: list[str] | None = None,
        nanny: bool = False,
        serializers: typing.Any = None,
        on_error: typing.Literal['raise', 'return', 'return_pickle', 'ignore'] = 'raise',
    ) -> dict:
        """Broadcast message to workers, return all results"""
        ...
    def check_idle(self) -> typing.Any: ...
    async def check_worker_ttl(self) -> typing.Any: ...
    def client_desires_keys(
        self,
        keys: typing.Any = None,
        client: typing.Any = None,
    ) -> typing.Any: ...
    def client_heartbeat(self, client: typing.Any = None) -> typing.Any:
        """Handle heartbeats from Client"""
        ...
    def client_releases_keys(
        self,
        keys: typing.Any = None,
        client: typing.Any = None,
        stimulus_id: typing.Any = None,
    ) -> typing.Any:
        """Remove keys from client desired list"""
        ...
    def client_send(self, client: typing.Any, msg: typing.Any) -> typing.Any:
        """Send message to client"""
        ...
    async def close(
        self,
        fast: typing.Any = None,
        close_workers: typing.Any = None,
    ) -> typing.Any:
        """Send cleanup signal to all coroutines then wait until finished

        See Also
        --------
        Scheduler.cleanup
       \x20"""
        ...
    def close_worker(self, worker: str) -> None:
        """Ask a worker to shut itself down. Do not wait for it to take effect.
        Note that there is no guarantee that the worker will actually accept the
        command.

        Note that :meth:`remove_worker` sends the same command internally if close=True.

        See also
        --------
        retire_workers
        remove_worker
       \x20"""
        ...
    def coerce_address(self, addr: typing.Any, resolve: typing.Any = True) -> typing.Any:
        """
        Coerce possible input addresses to canonical form.
        *resolve* can be disabled for testing with fake hostnames.

        Handles strings, tuples, or aliases.
       \x20"""
        ...
    async def delete_worker_data(
        self,
        worker_address: str,
        keys: collections.abc.Collection[str],
        stimulus_id: str,
    ) -> None:
        """Delete data from a worker and update the corresponding worker/task states

        Parameters
        ----------
        worker_address: str
            Worker address to delete keys from
        keys: list[str]
            List of keys to delete on the specified worker
       \x20"""
        ...
    async def dump_cluster_state_to_url(
        self,
        url: str,
        exclude: collections.abc.Collection[str],
        format: typing.Literal['msgpack', 'yaml'],
        **storage_options: dict[str, typing.Any],
    ) -> None:
        """Write a cluster state dump to an fsspec-compatible URL."""
        ...
    async def feed(
        self,
        comm: typing.Any,
        function: typing.Any = None,
        setup: typing.Any = None,
        teardown: typing.Any = None,
        interval: typing.Any = '1s',
        **kwargs: typing.Any,
    ) -> typing.Any:
        """
        Provides a data Comm to external requester

        Caution: this runs arbitrary Python code on the scheduler.  This should
        eventually be phased out.  It is mostly used by diagnostics.
       \x20"""
        ...
    async def gather(self, keys: typing.Any, serializers: typing.Any = None) -> typing.Any:
        """Collect data from workers to the scheduler"""
        ...
    async def gather_on_worker(self, worker_address: str, who_has: dict[str, list[str]]) -> set:
        """Peer-to-peer copy of keys from multiple workers to a single worker

        Parameters
        ----------
        worker_address: str
            Recipient worker address to copy keys to
        who_has: dict[Hashable, list[str]]
            {key: [sender address, sender address, ...], key: ...}

        Returns
        -------
        returns:
            set of keys that failed to be copied
       \x20"""
        ...
    async def get_call_stack(self, keys: typing.Any = None) -> typing.Any: ...
    async def get_cluster_state(self, exclude: collections.abc.Collection[str]) -> dict:
        """Produce the state dict used in a cluster state dump"""
        ...
    def get_events(self, topic: typing.Any = None) -> typing.Any: ...
    def get_has_what(self, workers: typing.Any = None) -> typing.Any: ...
    def get_metadata(self, keys: list[str], default: typing.Any = ...) -> typing.Any: ...
    def get_nbytes(self, keys: typing.Any = None, summary: typing.Any = True) -> typing.Any: ...
    def get_ncores(self, workers: typing.Any = None) -> typing.Any: ...
    def get_ncores_running(self, workers: typing.Any = None) -> typing.Any: ...
    def get_processing(self, workers: typing.Any = None) -> typing.Any: ...
    async def get_profile(
        self,
        comm: typing.Any = None,
        workers: typing.Any = None,
        scheduler: typing.Any = False,
        server: typing.Any = False,
        merge_workers: typing.Any = True,
        start: typing.Any = None,
        stop: typing.Any = None,
        key: typing.Any = None,
    ) -> typing.Any: ...
    async def get_profile_metadata(
        self,
        workers: collections.abc.Iterable[str] | None = None,
        start: float = 0,
        stop: float | None = None,
        profile_cycle_interval: str | float | None = None,
    ) -> typing.Any: ...
    async def get_story(
        self,
        keys_or_stimuli: collections.abc.Iterable[str],
    ) -> list[distributed.scheduler.Transition]:
        """RPC hook for :meth:`SchedulerState.story`.

        Note that the msgpack serialization/deserialization round-trip will transform
        the :class:`Transition` namedtuples into regular tuples.
       \x20"""
        ...
    def get_task_prefix_states(self) -> typing.Any: ...
    def get_task_status(self, keys: typing.Any = None) -> typing.Any: ...
    def get_task_stream(
        self,
        start: typing.Any = None,
        stop: typing.Any = None,
        count: typing.Any = None,
    ) -> typing.Any: ...
    def get_who_has(
        self,
        keys: collections.abc.Iterable[str] | None = None,
    ) -> dict[str, list[str]]: ...
    async def get_worker_logs(
        self,
        n: typing.Any = None,
        workers: typing.Any = None,
        nanny: typing.Any = False,
    ) -> typing.Any: ...
    async def get_worker_monitor_info(
        self,
        recent: typing.Any = False,
        starts: typing.Any = None,
    ) -> typing.Any: ...
    def get_worker_service_addr(
        self,
        worker: str,
        service_name: str,
        protocol: bool = False,
    ) -> tuple[str, int] | str | None:
        """
        Get the (host, port) address of the named service on the *worker*.
        Returns None if the service doesn't exist.

        Parameters
        ----------
        worker : address
        service_name : str
            Common services include 'bokeh' and 'nanny'
        protocol : boolean
            Whether or not to include a full address with protocol (True)
            or just a (host, port) pair
       \x20"""
        ...
    def handle_long_running(
        self,
        key: str,
        worker: str,
        compute_duration: float | None,
        stimulus_id: str,
    ) -> None:
        """A task has seceded from the thread pool

        We stop the task from being stolen in the future, and change task
        duration accounting as if the task has stopped.
       \x20"""
        ...
    async def handle_request_refresh_who_has(
        self,
        keys: collections.abc.Iterable[str],
        worker: str,
        stimulus_id: str,
    ) -> None:
        """Asynchronous request (through bulk comms) from a Worker to refresh the
        who_has for some keys. Not to be confused with scheduler.who_has, which is a
        synchronous RPC request from a Client.
       \x20"""
        ...
    def handle_task_erred(self, key: str, stimulus_id: str, **msg: typing.Any) -> None: ...
    def handle_task_finished(
        self,
        key: str,
        worker: str,
        stimulus_id: str,
        **msg: typing.Any,
    ) -> None: ...
    def handle_uncaught_error(self, **msg: typing.Any) -> typing.Any: ...
    async def handle_worker(self, comm: distributed.comm.Comm, worker: str) -> None:
        """
        Listen to responses from a single worker

        This is the main loop for scheduler-worker interaction

        See Also
        --------
        Scheduler.handle_client: Equivalent coroutine for clients
       \x20"""
        ...
    def handle_worker_status_change(
        self,
        status: str | Status,
        worker: str | distributed.scheduler.WorkerState,
        stimulus_id: str,
    ) -> None: ...
    def heartbeat_worker(
        self,
        comm: typing.Any = None,
        *,
        address: typing.Any,
        resolve_address: bool = True,
        now: float | None = None,
        resources: dict[str, float] | None = None,
        host_info: dict | None = None,
        metrics: dict,
        executing: dict[str, float] | None = None,
        extensions: dict | None = None,
    ) -> dict[str, typing.Any]: ...
    def identity(self) -> typing.Any:
        """Basic information about ourselves and our cluster"""
        ...
    def log_event(self, topic: str | collections.abc.Collection[str], msg: typing.Any) -> None: ...
    def log_worker_event(
        self,
        worker: str,
        topic: str | collections.abc.Collection[str],
        msg: typing.Any,
    ) -> None: ...
    async def performance_report(
        self,
        start: float,
        last_count: int,
        code: typing.Any = '',
        mode: typing.Any = None,
    ) -> typing.Any: ...
    async def proxy(
        self,
        comm: typing.Any = None,
        msg: typing.Any = None,
        worker: typing.Any = None,
        serializers: typing.Any = None,
    ) -> typing.Any:
        """Proxy a communication through the scheduler to some other worker"""
        ...
    async def rebalance(
        self,
        comm: typing.Any = None,
        keys: collections.abc.Iterable[str] | None = None,
        workers: collections.abc.Iterable[str] | None = None,
        stimulus_id: str | None = None,
    ) -> dict:
        """Rebalance keys so that each worker ends up with roughly the same process
        memory (managed+unmanaged).

        .. warning::
           This operation is generally not well tested against normal operation of the
           scheduler. It is not recommended to use it while waiting on computations.

        **Algorithm**

        #. Find the mean occupancy of the cluster, defined as data managed by dask +
           unmanaged process memory that has been there for at least 30 seconds
           (``distributed.worker.memory.recent-to-old-time``).
           This lets us ignore temporary spikes caused by task heap usage.

           Alternatively, you may change how memory is measured both for the individual
           workers as well as to calculate the mean through
           ``distributed.worker.memory.rebalance.measure``. Namely, this can be useful
           to disregard inaccurate OS memory measurements.

        #. Discard workers whose occupancy is within 5% of the mean cluster occupancy
           (``distributed.worker.memory.rebalance.sender-recipient-gap`` / 2).
           This helps avoid data from bouncing around the cluster repeatedly.
        #. Workers above the mean are senders; those below are recipients.
        #. Discard senders whose absolute occupancy is below 30%
           (``distributed.worker.memory.rebalance.sender-min``). In other words, no data
           is moved regardless of imbalancing as long as all workers are below 30%.
        #. Discard recipients whose absolute occupancy is above 60%
           (``distributed.worker.memory.rebalance.recipient-max``).
           Note that this threshold by default is the same as
           ``distributed.worker.memory.target`` to prevent workers from accepting data
           and immediately spilling it out to disk.
        #. Iteratively pick the sender and recipient that are farthest from the mean and
           move the *least recently inserted* key between the two, until either all
           senders or all recipients fall within 5% of the mean.

           A recipient will be skipped if it already has a copy of the data. In other
           words, this method does not degrade replication.
           A key will be skipped if there are no recipients available with enough memory
           to accept the key and that don't already hold a copy.

        The least recently insertd (LRI) policy is a greedy choice with the advantage of
        being O(1), trivial to implement (it relies on python dict insertion-sorting)
        and hopefully good enough in most cases. Discarded alternative policies were:

        - Largest first. O(n*log(n)) save for non-trivial additional data structures and
          risks causing the largest chunks of data to repeatedly move around the
          cluster like pinballs.
        - Least recently used (LRU). This information is currently available on the
          workers only and not trivial to replicate on the scheduler; transmitting it
          over the network would be very expensive. Also, note that dask will go out of
          its way to minimise the amount of time intermediate keys are held in memory,
          so in such a case LRI is a close approximation of LRU.

        Parameters
        ----------
        keys: optional
            allowlist of dask keys that should be considered for moving. All other keys
            will be ignored. Note that this offers no guarantee that a key will actually
            be moved (e.g. because it is unnecessary or because there are no viable
            recipient workers for it).
        workers: optional
            allowlist of workers addresses to be considered as senders or recipients.
            All other workers will be ignored. The mean cluster occupancy will be
            calculated only using the allowed workers.
       \x20"""
        ...
    async def register_nanny_plugin(
        self,
        comm: typing.Any,
        plugin: typing.Any,
        name: typing.Any = None,
    ) -> typing.Any:
        """Registers a setup function, and call it on every worker"""
        ...
    async def register_scheduler_plugin(
        self,
        plugin: typing.Any,
        name: typing.Any = None,
        idempotent: typing.Any = None,
    ) -> typing.Any:
        """Register a plugin on the scheduler."""
        ...
    async def register_worker_plugin(
        self,
        comm: typing.Any,
        plugin: typing.Any,
        name: typing.Any = None,
    ) -> typing.Any:
        """Registers a worker plugin on all running and future workers"""
        ...
    def release_worker_data(self, key: str, worker: str, stimulus_id: str) -> None: ...
    def remove_client(self, client: str, stimulus_id: str | None = None) -> None:
        """Remove client from network"""
        ...
    def remove_plugin(
        self,
        name: str | None = None,
        plugin: SchedulerPlugin | None = None,
    ) -> None:
        """Remove external plugin from scheduler

        Parameters
        ----------
        name : str
            Name of the plugin to remove
       \x20"""
        ...
    def remove_resources(self, worker: typing.Any) -> typing.Any: ...
    async def remove_worker(
        self,
        address: str,
        *,
        stimulus_id: str,
        safe: bool = False,
        close: bool = True,
    ) -> typing.Literal['OK', 'already-removed']:
        """Remove worker from cluster.

        We do this when a worker reports that it plans to leave or when it appears to be
        unresponsive. This may send its tasks back to a released state.

        See also
        --------
        retire_workers
        close_worker
       \x20"""
        ...
    async def replicate(
        self,
        comm: typing.Any = None,
        keys: typing.Any = None,
        n: typing.Any = None,
        workers: typing.Any = None,
        branching_factor: typing.Any = 2,
        delete: typing.Any = True,
        lock: typing.Any = True,
        stimulus_id: typing.Any = None,
    ) -> typing.Any:
        """Replicate data throughout cluster

        This performs a tree copy of the data throughout the network
        individually on each piece of data.

        Parameters
        ----------
        keys: Iterable
            list of keys to replicate
        n: int
            Number of replications we expect to see within the cluster
        branching_factor: int, optional
            The number of workers that can copy data in each generation.
            The larger the branching factor, the more data we copy in
            a single step, but the more a given worker risks being
            swamped by data requests.

        See also
        --------
        Scheduler.rebalance
       \x20"""
        ...
    def report(
        self,
        msg: dict,
        ts: distributed.scheduler.TaskState | None = None,
        client: str | None = None,
    ) -> typing.Any:
        """
        Publish updates to all listening Queues and Comms

        If the message contains a key then we only send the message to those
        comms that care about the key.
       \x20"""
        ...
    @typing.overload
    def report_on_key(self, key: str, *, client: str | None = None) -> None: ...
    @typing.overload
    def report_on_key(
        self,
        *,
        ts: distributed.scheduler.TaskState,
        client: str | None = None,
    ) -> None: ...
    def request_acquire_replicas(
        self,
        addr: str,
        keys: collections.abc.Iterable[str],
        *,
        stimulus_id: str,
    ) -> None:
        """Asynchronously ask a worker to acquire a replica of the listed keys from
        other workers. This is a fire-and-forget operation which offers no feedback for
        success or failure, and is intended for housekeeping and not for computation.
       \x20"""
        ...
    def request_remove_replicas(self, addr: str, keys: list[str], *, stimulus_id: str) -> None:
        """Asynchronously ask a worker to discard its replica of the listed keys.
        This must never be used to destroy the last replica of a key. This is a
        fire-and-forget operation, intended for housekeeping and not for computation.

        The replica disappears immediately from TaskState.who_has on the Scheduler side;
        if the worker refuses to delete, e.g. because the task is a dependency of
        another task running on it, it will (also asynchronously) inform the scheduler
        to re-add itself to who_has. If the worker agrees to discard the task, there is
        no feedback.
       \x20"""
        ...
    async def restart(
        self,
        client: typing.Any = None,
        timeout: typing.Any = 30,
        wait_for_workers: typing.Any = True,
    ) -> typing.Any:
        """
        Restart all workers. Reset local state. Optionally wait for workers to return.

        Workers without nannies are shut down, hoping an external deployment system
        will restart them. Therefore, if not using nannies and your deployment system
        does not automatically restart workers, ``restart`` will just shut down all
        workers, then time out!

        After ``restart``, all connected workers are new, regardless of whether ``TimeoutError``
        was raised. Any workers that failed to shut down in time are removed, and
        may or may not shut down on their own in the future.

        Parameters
        ----------
        timeout:
            How long to wait for workers to shut down and come back, if ``wait_for_workers``
            is True, otherwise just how long to wait for workers to shut down.
            Raises ``asyncio.TimeoutError`` if this is exceeded.
        wait_for_workers:
            Whether to wait for all workers to reconnect, or just for them to shut down
            (default True). Use ``restart(wait_for_workers=False)`` combined with
            :meth:`Client.wait_for_workers` for granular control over how many workers to
            wait for.

        See also
        --------
        Client.restart
        Client.restart_workers
       \x20"""
        ...
    async def retire_workers(
        self,
        workers: list[str] | None = None,
        *,
        names: list | None = None,
        close_workers: bool = False,
        remove: bool = True,
        stimulus_id: str | None = None,
        **kwargs: typing.Any,
    ) -> dict[str, typing.Any]:
        """Gracefully retire workers from cluster. Any key that is in memory exclusively
        on the retired workers is replicated somewhere else.

        Parameters
        ----------
        workers: list[str] (optional)
            List of worker addresses to retire.
        names: list (optional)
            List of worker names to retire.
            Mutually exclusive with ``workers``.
            If neither ``workers`` nor ``names`` are provided, we call
            ``workers_to_close`` which finds a good set.
        close_workers: bool (defaults to False)
            Whether or not to actually close the worker explicitly from here.
            Otherwise we expect some external job scheduler to finish off the
            worker.
        remove: bool (defaults to True)
            Whether or not to remove the worker metadata immediately or else
            wait for the worker to contact us.

            If close_workers=False and remove=False, this method just flushes the tasks
            in memory out of the workers and then returns.
            If close_workers=True and remove=False, this method will return while the
            workers are still in the cluster, although they won't accept new tasks.
            If close_workers=False or for whatever reason a worker doesn't accept the
            close command, it will be left permanently unable to accept new tasks and
            it is expected to be closed in some other way.

        **kwargs: dict
            Extra options to pass to workers_to_close to determine which
            workers we should drop

        Returns
        -------
        Dictionary mapping worker ID/address to dictionary of information about
        that worker for each retired worker.

        If there are keys that exist in memory only on the workers being retired and it
        was impossible to replicate them somewhere else (e.g. because there aren't
        any other running workers), the workers holding such keys won't be retired and
        won't appear in the returned dict.

        See Also
        --------
        Scheduler.workers_to_close
       \x20"""
        ...
    def run_function(
        self,
        comm: typing.Any,
        function: typing.Any,
        args: typing.Any = (),
        kwargs: typing.Any = None,
        wait: typing.Any = True,
    ) -> typing.Any:
        """Run a function within this process

        See Also
        --------
        Client.run_on_scheduler
       \x20"""
        ...
    async def scatter(
        self,
        comm: typing.Any = None,
        data: typing.Any = None,
        workers: typing.Any = None,
        client: typing.Any = None,
        broadcast: typing.Any = False,
        timeout: typing.Any = 2,
    ) -> typing.Any:
        """Send data out to workers

        See also
        --------
        Scheduler.broadcast:
       \x20"""
        ...
    def send_all(
        self,
        client_msgs: distributed.scheduler.Msgs,
        worker_msgs: distributed.scheduler.Msgs,
    ) -> None:
        """Send messages to client and workers"""
        ...
    def send_task_to_worker(
        self,
        worker: typing.Any,
        ts: distributed.scheduler.TaskState,
        duration: float = -1,
    ) -> typing.Any:
        """Send a single computational task to a worker"""
        ...
    def set_metadata(self, keys: list[str], value: object = None) -> None: ...
    def set_restrictions(
        self,
        worker: dict[str, collections.abc.Collection[str] | str],
    ) -> typing.Any: ...
    def start_task_metadata(self, name: typing.Any = None) -> typing.Any: ...
    async def start_unsafe(self) -> typing.Any:
        """Clear out old state and restart all running coroutines"""
        ...
    async def stimulus_cancel(
        self,
        keys: typing.Any,
        client: typing.Any,
        force: typing.Any = False,
    ) -> typing.Any:
        """Stop execution on a list of keys"""
        ...
    def stimulus_queue_slots_maybe_opened(self, *, stimulus_id: str) -> None:
        """Respond to an event which may have opened spots on worker threadpools

        Selects the appropriate number of tasks from the front of the queue according to
        the total number of task slots available on workers (potentially 0), and
        transitions them to ``processing``.

        Notes
        -----
        Other transitions related to this stimulus should be fully processed beforehand,
        so any tasks that became runnable are already in ``processing``. Otherwise,
        overproduction can occur if queued tasks get scheduled before downstream tasks.

        Must be called after `check_idle_saturated`; i.e. `idle_task_count` must be up
        to date.
       \x20"""
        ...
    def stimulus_retry(self, keys: typing.Any, client: typing.Any = None) -> typing.Any: ...
    def stimulus_task_erred(
        self,
        key: typing.Any = None,
        worker: typing.Any = None,
        exception: typing.Any = None,
        stimulus_id: typing.Any = None,
        traceback: typing.Any = None,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Mark that a task has erred on a particular worker"""
        ...
    def stimulus_task_finished(
        self,
        key: typing.Any = None,
        worker: typing.Any = None,
        stimulus_id: typing.Any = None,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """Mark that a task has finished execution on a particular worker"""
        ...
    def stop_task_metadata(self, name: typing.Any = None) -> typing.Any: ...
    def subscribe_topic(self, topic: typing.Any, client: typing.Any) -> typing.Any: ...
    def subscribe_worker_status(self, comm: typing.Any = None) -> typing.Any: ...
    def transition(
        self,
        key: str,
        finish: distributed.scheduler.TaskStateState,
        stimulus_id: str,
        **kwargs: typing.Any,
    ) -> distributed.scheduler.Recs:
        """Transition a key from its current state to the finish state

        Examples
        --------
        >>> self.transition('x', 'waiting')
        {'x': 'processing'}

        Returns
        -------
        Dictionary of recommendations for future transitions

        See Also
        --------
        Scheduler.transitions: transitive version of this function
       \x20"""
        ...
    def transitions(
        self,
        recommendations: distributed.scheduler.Recs,
        stimulus_id: str,
    ) -> None:
        """Process transitions until none are left

        This includes feedback from previous transitions and continues until we
        reach a steady state
       \x20"""
        ...
    async def unregister_nanny_plugin(self, comm: typing.Any, name: typing.Any) -> typing.Any:
        """Unregisters a worker plugin"""
        ...
    async def unregister_worker_plugin(self, comm: typing.Any, name: typing.Any) -> typing.Any:
        """Unregisters a worker plugin"""
        ...
    def unsubscribe_topic(self, topic: typing.Any, client: typing.Any) -> typing.Any: ...
    def update_data(
        self,
        *,
        who_has: dict,
        nbytes: dict,
        client: typing.Any = None,
    ) -> typing.Any:
        """
        Learn that new data has entered the network from an external source

        See Also
        --------
        Scheduler.mark_key_in_memory
       \x20"""
        ...
    def update_graph(
        self,
        client: typing.Any = None,
        tasks: typing.Any = None,
        keys: typing.Any = None,
        dependencies: typing.Any = None,
        restrictions: typing.Any = None,
        priority: typing.Any = None,
        loose_restrictions: typing.Any = None,
        resources: typing.Any = None,
        submitting_task: typing.Any = None,
        retries: typing.Any = None,
        user_priority: typing.Any = 0,
        actors: typing.Any = None,
        fifo_timeout: typing.Any = 0,
        annotations: typing.Any = None,
        code: typing.Any = None,
        stimulus_id: typing.Any = None,
    ) -> typing.Any:
        """
        Add new computations to the internal dask graph

        This happens whenever the Client calls submit, map, get, or compute.
       \x20"""
        ...
    def update_graph_hlg(
        self,
        client: typing.Any = None,
        hlg: typing.Any = None,
        keys: typing.Any = None,
        dependencies: typing.Any = None,
        restrictions: typing.Any = None,
        priority: typing.Any = None,
        loose_restrictions: typing.Any = None,
        resources: typing.Any = None,
        submitting_task: typing.Any = None,
        retries: typing.Any = None,
        user_priority: typing.Any = 0,
        actors: typing.Any = None,
        fifo_timeout: typing.Any = 0,
        code: typing.Any = None,
    ) -> typing.Any: ...
    def validate_erred(self, key: typing.Any) -> typing.Any: ...
    def validate_key(
        self,
        key: typing.Any,
        ts: distributed.scheduler.TaskState | None = None,
    ) -> typing.Any: ...
    def validate_memory(self, key: typing.Any) -> typing.Any: ...
    def validate_no_worker(self, key: typing.Any) -> typing.Any: ...
    def validate_processing(self, key: typing.Any) -> typing.Any: ...
    def validate_queued(self, key: typing.Any) -> typing.Any: ...
    def validate_released(self, key: typing.Any) -> typing.Any: ...
    def validate_state(self, allow_overlap: bool = False) -> None: ...
    def validate_waiting(self, key: typing.Any) -> typing.Any: ...
    def worker_send(self, worker: str, msg: dict[str, typing.Any]) -> None:
        """Send message to worker

        This also handles connection failures by adding a callback to remove
        the worker on the next cycle.
       \x20"""
        ...
    def workers_list(self, workers: typing.Any) -> typing.Any:
        """
        List of qualifying workers

        Takes a list of worker addresses or hostnames.
        Returns a list of all worker addresses that match
       \x20"""
        ...
    def workers_to_close(
        self,
        comm: typing.Any = None,
        memory_ratio: int | float | None = None,
        n: int | None = None,
        key: collections.abc.Callable[[distributed.scheduler.WorkerState], collections.abc.Hashable] | bytes | None = None,
        minimum: int | None = None,
        target: int | None = None,
        attribute: str = 'address',
    ) -> list[str]:
        """
        Find workers that we can close with low cost

        This returns a list of workers that are good candidates to retire.
        These workers are not running anything and are storing
        relatively little data relative to their peers.  If all workers are
        idle then we still maintain enough workers to have enough RAM to store
        our data, with a comfortable buffer.

        This is for use with systems like ``distributed.deploy.adaptive``.

        Parameters
        ----------
        memory_ratio : Number
            Amount of extra space we want to have for our stored data.
            Defaults to 2, or that we want to have twice as much memory as we
            currently have data.
        n : int
            Number of workers to close
        minimum : int
            Minimum number of workers to keep around
        key : Callable(WorkerState)
            An optional callable mapping a WorkerState object to a group
            affiliation. Groups will be closed together. This is useful when
            closing workers must be done collectively, such as by hostname.
        target : int
            Target number of workers to have after we close
        attribute : str
            The attribute of the WorkerState object to return, like "address"
            or "name".  Defaults to "address".

        Examples
        --------
        >>> scheduler.workers_to_close()
        ['tcp://192.168.0.1:1234', 'tcp://192.168.0.2:1234']

        Group workers by hostname prior to closing

        >>> scheduler.workers_to_close(key=lambda ws: ws.host)
        ['tcp://192.168.0.1:1234', 'tcp://192.168.0.1:4567']

        Remove two workers

        >>> scheduler.workers_to_close(n=2)

        Keep enough workers to have twice as much memory as we we need.

        >>> scheduler.workers_to_close(memory_ratio=2)

        Returns
        -------
        to_close: list of worker addresses that are OK to close

        See Also
        --------
        Scheduler.retire_workers
       \x20"""
        ...

class SchedulerPlugin:
    """Interface to extend the Scheduler

    The scheduler operates by triggering and responding to events like
    ``task_finished``, ``update_graph``, ``task_erred``, etc..

    A plugin enables custom code to run at each of those same events.  The
    scheduler will run the analogous methods on this class when each event is
    triggered.  This runs user code within the scheduler thread that can
    perform arbitrary operations in synchrony with the scheduler itself.

    Plugins are often used for diagnostics and measurement, but have full
    access to the scheduler and could in principle affect core scheduling.

    To implement a plugin:

    1. subclass this class
    2. override some of its methods
    3. add the plugin to the scheduler with ``Scheduler.add_plugin(myplugin)``.

    Examples
    --------
    >>> class Counter(SchedulerPlugin):
    ...     def __init__(self):
    ...         self.counter = 0
    ...
    ...     def transition(self, key, start, finish, *args, **kwargs):
    ...         if start == 'processing' and finish == 'memory':
    ...             self.counter += 1
    ...
    ...     def restart(self, scheduler):
    ...         self.counter = 0

    >>> plugin = Counter()
    >>> scheduler.add_plugin(plugin)  # doctest: +SKIP
   \x20"""
    def add_client(self, scheduler: Scheduler, client: str) -> None:
        """Run when a new client connects"""
        ...
    def add_worker(
        self,
        scheduler: Scheduler,
        worker: str,
    ) -> collections.abc.Awaitable[None] | None:
        """Run when a new worker enters the cluster"""
        ...
    async def before_close(self) -> None:
        """Runs prior to any Scheduler shutdown logic"""
        ...
    async def close(self) -> None:
        """Run when the scheduler closes down

        This runs at the beginning of the Scheduler shutdown process, but after
        workers have been asked to shut down gracefully
       \x20"""
        ...
    def log_event(self, topic: str, msg: typing.Any) -> None:
        """Run when an event is logged"""
        ...
    def remove_client(self, scheduler: Scheduler, client: str) -> None:
        """Run when a client disconnects"""
        ...
    def remove_worker(
        self,
        scheduler: Scheduler,
        worker: str,
    ) -> collections.abc.Awaitable[None] | None:
        """Run when a worker leaves the cluster"""
        ...
    def restart(self, scheduler: Scheduler) -> None:
        """Run when the scheduler restarts itself"""
        ...
    async def start(self, scheduler: Scheduler) -> None:
        """Run when the scheduler starts up

        This runs at the end of the Scheduler startup process
       \x20"""
        ...
    def transition(
        self,
        key: str,
        start: distributed.scheduler.TaskStateState,
        finish: distributed.scheduler.TaskStateState,
        *args: typing.Any,
        **kwargs: typing.Any,
    ) -> None:
        """Run whenever a task changes state

        Parameters
        ----------
        key : string
        start : string
            Start state of the transition.
            One of released, waiting, processing, memory, error.
        finish : string
            Final state of the transition.
        *args, **kwargs :
            More options passed when transitioning
            This may include worker ID, compute time, etc.
       \x20"""
        ...
    def update_graph(
        self,
        scheduler: Scheduler,
        keys: set[str],
        restrictions: dict[str, float],
        **kwargs: typing.Any,
    ) -> None:
        """Run when a new graph / tasks enter the scheduler"""
        ...

class Security:
    """Security configuration for a Dask cluster.

    Default values are loaded from Dask's configuration files, and can be
    overridden in the constructor.

    Parameters
    ----------
    require_encryption : bool, optional
        Whether TLS encryption is required for all connections.
    tls_ca_file : str, optional
        Path to a CA certificate file encoded in PEM format.
    tls_ciphers : str, optional
        An OpenSSL cipher string of allowed ciphers. If not provided, the
        system defaults will be used.
    tls_min_version : ssl.TLSVersion, optional
        The minimum TLS version to support. Defaults to TLS 1.2.
    tls_max_version : ssl.TLSVersion, optional
        The maximum TLS version to support. Defaults to the maximum version
        supported.
    tls_client_cert : str, optional
        Path to a certificate file for the client, encoded in PEM format.
    tls_client_key : str, optional
        Path to a key file for the client, encoded in PEM format.
        Alternatively, the key may be appended to the cert file, and this
        parameter be omitted.
    tls_scheduler_cert : str, optional
        Path to a certificate file for the scheduler, encoded in PEM format.
    tls_scheduler_key : str, optional
        Path to a key file for the scheduler, encoded in PEM format.
        Alternatively, the key may be appended to the cert file, and this
        parameter be omitted.
    tls_worker_cert : str, optional
        Path to a certificate file for a worker, encoded in PEM format.
    tls_worker_key : str, optional
        Path to a key file for a worker, encoded in PEM format.
        Alternatively, the key may be appended to the cert file, and this
        parameter be omitted.
    extra_conn_args : mapping, optional
        Mapping with keyword arguments to pass down to connections.
   \x20"""
    def __init__(self, require_encryption: typing.Any = None, **kwargs: typing.Any) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def get_connection_args(self, role: typing.Any) -> typing.Any:
        """
        Get the *connection_args* argument for a connect() call with
        the given *role*.
       \x20"""
        ...
    def get_listen_args(self, role: typing.Any) -> typing.Any:
        """
        Get the *connection_args* argument for a listen() call with
        the given *role*.
       \x20"""
        ...
    def get_tls_config_for_role(self, role: typing.Any) -> typing.Any:
        """
        Return the TLS configuration for the given role, as a flat dict.
       \x20"""
        ...
    @classmethod
    def temporary(cls, **kwargs: typing.Any) -> typing.Any:
        """Create a new temporary Security object.

        This creates a new self-signed key/cert pair suitable for securing
        communication for all roles in a Dask cluster. These keys/certs exist
        only in memory, and are stored in this object.

        This method requires the library ``cryptography`` be installed.
       \x20"""
        ...

class Semaphore(distributed.utils.SyncMethodMixin):
    """Semaphore

    This `semaphore <https://en.wikipedia.org/wiki/Semaphore_(programming)>`_
    will track leases on the scheduler which can be acquired and
    released by an instance of this class. If the maximum amount of leases are
    already acquired, it is not possible to acquire more and the caller waits
    until another lease has been released.

    The lifetime or leases are controlled using a timeout. This timeout is
    refreshed in regular intervals by the ``Client`` of this instance and
    provides protection from deadlocks or resource starvation in case of worker
    failure.
    The timeout can be controlled using the configuration option
    ``distributed.scheduler.locks.lease-timeout`` and the interval in which the
    scheduler verifies the timeout is set using the option
    ``distributed.scheduler.locks.lease-validation-interval``.

    A noticeable difference to the Semaphore of the python standard library is
    that this implementation does not allow to release more often than it was
    acquired. If this happens, a warning is emitted but the internal state is
    not modified.

    .. warning::

        This implementation is susceptible to lease overbooking in case of
        lease timeouts. It is advised to monitor log information and adjust
        above configuration options to suitable values for the user application.

    Parameters
    ----------
    max_leases: int (optional)
        The maximum amount of leases that may be granted at the same time. This
        effectively sets an upper limit to the amount of parallel access to a specific resource.
        Defaults to 1.
    name: string (optional)
        Name of the semaphore to acquire.  Choosing the same name allows two
        disconnected processes to coordinate.  If not given, a random
        name will be generated.
    register: bool
        If True, register the semaphore with the scheduler. This needs to be
        done before any leases can be acquired. If not done during
        initialization, this can also be done by calling the register method of
        this class.
        When registering, this needs to be awaited.
    scheduler_rpc: ConnectionPool
        The ConnectionPool to connect to the scheduler. If None is provided, it
        uses the worker or client pool. This parameter is mostly used for
        testing.
    loop: IOLoop
        The event loop this instance is using. If None is provided, reuse the
        loop of the active worker or client.

    Examples
    --------
    >>> from distributed import Semaphore
    ... sem = Semaphore(max_leases=2, name='my_database')
    ...
    ... def access_resource(s, sem):
    ...     # This automatically acquires a lease from the semaphore (if available) which will be
    ...     # released when leaving the context manager.
    ...     with sem:
    ...         pass
    ...
    ... futures = client.map(access_resource, range(10), sem=sem)
    ... client.gather(futures)
    ... # Once done, close the semaphore to clean up the state on scheduler side.
    ... sem.close()

    Notes
    -----
    If a client attempts to release the semaphore but doesn't have a lease acquired, this will raise an exception.


    When a semaphore is closed, if, for that closed semaphore, a client attempts to:

    - Acquire a lease: an exception will be raised.
    - Release: a warning will be logged.
    - Close: nothing will happen.


    dask executes functions by default assuming they are pure, when using semaphore acquire/releases inside
    such a function, it must be noted that there *are* in fact side-effects, thus, the function can no longer be
    considered pure. If this is not taken into account, this may lead to unexpected behavior.

   \x20"""
    async def __aenter__(self) -> typing.Any: ...
    async def __aexit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __await__(self) -> typing.Any: ...
    def __del__(self) -> typing.Any: ...
    def __enter__(self) -> typing.Any: ...
    def __exit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __getstate__(self) -> typing.Any: ...
    def __init__(
        self,
        max_leases: typing.Any = 1,
        name: typing.Any = None,
        register: typing.Any = True,
        scheduler_rpc: typing.Any = None,
        loop: typing.Any = None,
    ) -> None: ...
    def __setstate__(self, state: typing.Any) -> typing.Any: ...
    def acquire(self, timeout: typing.Any = None) -> typing.Any:
        """
        Acquire a semaphore.

        If the internal counter is greater than zero, decrement it by one and return True immediately.
        If it is zero, wait until a release() is called and return True.

        Parameters
        ----------
        timeout : number or string or timedelta, optional
            Seconds to wait on acquiring the semaphore.  This does not
            include local coroutine time, network transfer time, etc..
            Instead of number of seconds, it is also possible to specify
            a timedelta in string format, e.g. "200ms".
       \x20"""
        ...
    def close(self) -> typing.Any: ...
    def get_value(self) -> typing.Any:
        """
        Return the number of currently registered leases.
       \x20"""
        ...
    def register(self, **kwargs: typing.Any) -> typing.Any: ...
    def release(self) -> typing.Any:
        """
        Release the semaphore.

        Returns
        -------
        bool
            This value indicates whether a lease was released immediately or not. Note that a user should  *not* retry
            this operation. Under certain circumstances (e.g. scheduler overload) the lease may not be released
            immediately, but it will always be automatically released after a specific interval configured using
            "distributed.scheduler.locks.lease-validation-interval" and "distributed.scheduler.locks.lease-timeout".
       \x20"""
        ...

class SpecCluster(distributed.deploy.Cluster):
    """Cluster that requires a full specification of workers

    The SpecCluster class expects a full specification of the Scheduler and
    Workers to use.  It removes any handling of user inputs (like threads vs
    processes, number of cores, and so on) and any handling of cluster resource
    managers (like pods, jobs, and so on).  Instead, it expects this
    information to be passed in scheduler and worker specifications.  This
    class does handle all of the logic around asynchronously cleanly setting up
    and tearing things down at the right times.  Hopefully it can form a base
    for other more user-centric classes.

    Parameters
    ----------
    workers: dict
        A dictionary mapping names to worker classes and their specifications
        See example below
    scheduler: dict, optional
        A similar mapping for a scheduler
    worker: dict
        A specification of a single worker.
        This is used for any new workers that are created.
    asynchronous: bool
        If this is intended to be used directly within an event loop with
        async/await
    silence_logs: bool
        Whether or not we should silence logging when setting up the cluster.
    name: str, optional
        A name to use when printing out the cluster, defaults to type name

    Examples
    --------
    To create a SpecCluster you specify how to set up a Scheduler and Workers

    >>> from dask.distributed import Scheduler, Worker, Nanny
    >>> scheduler = {'cls': Scheduler, 'options': {"dashboard_address": ':8787'}}
    >>> workers = {
    ...     'my-worker': {"cls": Worker, "options": {"nthreads": 1}},
    ...     'my-nanny': {"cls": Nanny, "options": {"nthreads": 2}},
    ... }
    >>> cluster = SpecCluster(scheduler=scheduler, workers=workers)

    The worker spec is stored as the ``.worker_spec`` attribute

    >>> cluster.worker_spec
    {
       'my-worker': {"cls": Worker, "options": {"nthreads": 1}},
       'my-nanny': {"cls": Nanny, "options": {"nthreads": 2}},
    }

    While the instantiation of this spec is stored in the ``.workers``
    attribute

    >>> cluster.workers
    {
        'my-worker': <Worker ...>
        'my-nanny': <Nanny ...>
    }

    Should the spec change, we can await the cluster or call the
    ``._correct_state`` method to align the actual state to the specified
    state.

    We can also ``.scale(...)`` the cluster, which adds new workers of a given
    form.

    >>> worker = {'cls': Worker, 'options': {}}
    >>> cluster = SpecCluster(scheduler=scheduler, worker=worker)
    >>> cluster.worker_spec
    {}

    >>> cluster.scale(3)
    >>> cluster.worker_spec
    {
        0: {'cls': Worker, 'options': {}},
        1: {'cls': Worker, 'options': {}},
        2: {'cls': Worker, 'options': {}},
    }

    Note that above we are using the standard ``Worker`` and ``Nanny`` classes,
    however in practice other classes could be used that handle resource
    management like ``KubernetesPod`` or ``SLURMJob``.  The spec does not need
    to conform to the expectations of the standard Dask Worker class.  It just
    needs to be called with the provided options, support ``__await__`` and
    ``close`` methods and the ``worker_address`` property..

    Also note that uniformity of the specification is not required.  Other API
    could be added externally (in subclasses) that adds workers of different
    specifications into the same dictionary.

    If a single entry in the spec will generate multiple dask workers then
    please provide a `"group"` element to the spec, that includes the suffixes
    that will be added to each name (this should be handled by your worker
    class).

    >>> cluster.worker_spec
    {
        0: {"cls": MultiWorker, "options": {"processes": 3}, "group": ["-0", "-1", -2"]}
        1: {"cls": MultiWorker, "options": {"processes": 2}, "group": ["-0", "-1"]}
    }

    These suffixes should correspond to the names used by the workers when
    they deploy.

    >>> [ws.name for ws in cluster.scheduler.workers.values()]
    ["0-0", "0-1", "0-2", "1-0", "1-1"]
   \x20"""
    async def __aenter__(self) -> typing.Any: ...
    def __await__(
        self: _T_spec_cluster,
    ) -> collections.abc.Generator[typing.Any, typing.Any, _T_spec_cluster]: ...
    def __exit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __init__(
        self,
        workers: typing.Any = None,
        scheduler: typing.Any = None,
        worker: typing.Any = None,
        asynchronous: typing.Any = False,
        loop: typing.Any = None,
        security: typing.Any = None,
        silence_logs: typing.Any = False,
        name: typing.Any = None,
        shutdown_on_close: typing.Any = True,
        scheduler_sync_interval: typing.Any = 1,
    ) -> None: ...
    def adapt(
        self,
        Adaptive: type[Adaptive] = ...,
        minimum: float = 0,
        maximum: float = ...,
        minimum_cores: int | None = None,
        maximum_cores: int | None = None,
        minimum_memory: str | None = None,
        maximum_memory: str | None = None,
        **kwargs: typing.Any,
    ) -> Adaptive:
        """Turn on adaptivity

        This scales Dask clusters automatically based on scheduler activity.

        Parameters
        ----------
        minimum : int
            Minimum number of workers
        maximum : int
            Maximum number of workers
        minimum_cores : int
            Minimum number of cores/threads to keep around in the cluster
        maximum_cores : int
            Maximum number of cores/threads to keep around in the cluster
        minimum_memory : str
            Minimum amount of memory to keep around in the cluster
            Expressed as a string like "100 GiB"
        maximum_memory : str
            Maximum amount of memory to keep around in the cluster
            Expressed as a string like "100 GiB"

        Examples
        --------
        >>> cluster.adapt(minimum=0, maximum_memory="100 GiB", interval='500ms')

        See Also
        --------
        dask.distributed.Adaptive : for more keyword arguments
       \x20"""
        ...
    @classmethod
    def from_name(cls, name: str) -> distributed.deploy.ProcessInterface:
        """Create an instance of this class to represent an existing cluster by name."""
        ...
    def new_worker_spec(self) -> typing.Any:
        """Return name and spec for the next worker

        Returns
        -------
        d: dict mapping names to worker specs

        See Also
        --------
        scale
       \x20"""
        ...
    @property
    def plan(self) -> typing.Any: ...
    @property
    def requested(self) -> typing.Any: ...
    def scale(
        self,
        n: typing.Any = 0,
        memory: typing.Any = None,
        cores: typing.Any = None,
    ) -> typing.Any: ...
    async def scale_down(self, workers: typing.Any) -> typing.Any: ...
    def scale_up(
        self,
        n: typing.Any = 0,
        memory: typing.Any = None,
        cores: typing.Any = None,
    ) -> typing.Any: ...

class Status(enum.Enum):
    """
    This Enum contains the various states a cluster, worker, scheduler and nanny can be
    in. Some of the status can only be observed in one of cluster, nanny, scheduler or
    worker but we put them in the same Enum as they are compared with each
    other.
   \x20"""
    undefined = 'undefined'
    created = 'created'
    init = 'init'
    starting = 'starting'
    running = 'running'
    paused = 'paused'
    stopping = 'stopping'
    stopped = 'stopped'
    closing = 'closing'
    closing_gracefully = 'closing_gracefully'
    closed = 'closed'
    failed = 'failed'
    dont_reply = 'dont_reply'
    def __new__(cls, value: typing.Any) -> typing.Any: ...

class Sub:
    """Subscribe to a Publish/Subscribe topic

    See Also
    --------
    Pub: for full docstring
   \x20"""
    def __aiter__(self) -> typing.Any: ...
    async def __anext__(self, timeout: typing.Any = None) -> typing.Any: ...
    def __init__(
        self,
        name: typing.Any,
        worker: typing.Any = None,
        client: typing.Any = None,
    ) -> None: ...
    def __iter__(self) -> typing.Any: ...
    def __next__(self, timeout: typing.Any = None) -> typing.Any:
        """Get a single message

        Parameters
        ----------
        timeout : number or string or timedelta, optional
            Time in seconds to wait before timing out.
            Instead of number of seconds, it is also possible to specify
            a timedelta in string format, e.g. "200ms".
       \x20"""
        ...
    def __repr__(self) -> typing.Any: ...
    def __str__(self) -> typing.Any: ...
    @property
    def condition(self) -> typing.Any: ...
    def get(self, timeout: typing.Any = None) -> typing.Any:
        """Get a single message

        Parameters
        ----------
        timeout : number or string or timedelta, optional
            Time in seconds to wait before timing out.
            Instead of number of seconds, it is also possible to specify
            a timedelta in string format, e.g. "200ms".
       \x20"""
        ...
    def next(self, timeout: typing.Any = None) -> typing.Any:
        """Get a single message

        Parameters
        ----------
        timeout : number or string or timedelta, optional
            Time in seconds to wait before timing out.
            Instead of number of seconds, it is also possible to specify
            a timedelta in string format, e.g. "200ms".
       \x20"""
        ...

class UploadDirectory(NannyPlugin):
    """A NannyPlugin to upload a local file to workers.

    Parameters
    ----------
    path: str
        A path to the directory to upload

    Examples
    --------
    >>> from distributed.diagnostics.plugin import UploadDirectory
    >>> client.register_worker_plugin(UploadDirectory("/path/to/directory"), nanny=True)  # doctest: +SKIP
   \x20"""
    def __init__(
        self,
        path: typing.Any,
        restart: typing.Any = False,
        update_path: typing.Any = False,
        skip_words: typing.Any = ('.git', '.github', '.pytest_cache', 'tests', 'docs'),
        skip: typing.Any = ...,
    ) -> None:
        """
        Initialize the plugin by reading in the data from the given file.
       \x20"""
        ...
    async def setup(self, nanny: typing.Any) -> typing.Any: ...

class UploadFile(WorkerPlugin):
    """A WorkerPlugin to upload a local file to workers.

    Parameters
    ----------
    filepath: str
        A path to the file (.py, egg, or zip) to upload

    Examples
    --------
    >>> from distributed.diagnostics.plugin import UploadFile

    >>> client.register_worker_plugin(UploadFile("/path/to/file.py"))  # doctest: +SKIP
   \x20"""
    name: str = 'upload_file'
    def __init__(self, filepath: typing.Any) -> None:
        """
        Initialize the plugin by reading in the data from the given file.
       \x20"""
        ...
    async def setup(self, worker: typing.Any) -> typing.Any: ...

class Variable:
    """Distributed Global Variable

    This allows multiple clients to share futures and data between each other
    with a single mutable variable.  All metadata is sequentialized through the
    scheduler.  Race conditions can occur.

    Values must be either Futures or msgpack-encodable data (ints, lists,
    strings, etc..)  All data will be kept and sent through the scheduler, so
    it is wise not to send too much.  If you want to share a large amount of
    data then ``scatter`` it and share the future instead.

    .. warning::

       This object is experimental and has known issues in Python 2

    Parameters
    ----------
    name: string (optional)
        Name used by other clients and the scheduler to identify the variable.
        If not given, a random name will be generated.
    client: Client (optional)
        Client used for communication with the scheduler.
        If not given, the default global client will be used.

    Examples
    --------
    >>> from dask.distributed import Client, Variable # doctest: +SKIP
    >>> client = Client()  # doctest: +SKIP
    >>> x = Variable('x')  # doctest: +SKIP
    >>> x.set(123)  # docttest: +SKIP
    >>> x.get()  # docttest: +SKIP
    123
    >>> future = client.submit(f, x)  # doctest: +SKIP
    >>> x.set(future)  # doctest: +SKIP

    See Also
    --------
    Queue: shared multi-producer/multi-consumer queue between clients
   \x20"""
    def __getstate__(self) -> typing.Any: ...
    def __init__(
        self,
        name: typing.Any = None,
        client: typing.Any = None,
        maxsize: typing.Any = 0,
    ) -> None: ...
    def __setstate__(self, state: typing.Any) -> typing.Any: ...
    def delete(self) -> typing.Any:
        """Delete this variable

        Caution, this affects all clients currently pointing to this variable.
       \x20"""
        ...
    def get(self, timeout: typing.Any = None, **kwargs: typing.Any) -> typing.Any:
        """Get the value of this variable

        Parameters
        ----------
        timeout : number or string or timedelta, optional
            Time in seconds to wait before timing out.
            Instead of number of seconds, it is also possible to specify
            a timedelta in string format, e.g. "200ms".
       \x20"""
        ...
    def set(self, value: typing.Any, **kwargs: typing.Any) -> typing.Any:
        """Set the value of this variable

        Parameters
        ----------
        value : Future or object
            Must be either a Future or a msgpack-encodable value
       \x20"""
        ...

class Worker(distributed.worker_state_machine.BaseWorker, distributed.node.ServerNode):
    """Worker node in a Dask distributed cluster

    Workers perform two functions:

    1.  **Serve data** from a local dictionary
    2.  **Perform computation** on that data and on data from peers

    Workers keep the scheduler informed of their data and use that scheduler to
    gather data from other workers when necessary to perform a computation.

    You can start a worker with the ``dask worker`` command line application::

        $ dask worker scheduler-ip:port

    Use the ``--help`` flag to see more options::

        $ dask worker --help

    The rest of this docstring is about the internal state that the worker uses
    to manage and track internal computations.

    **State**

    **Informational State**

    These attributes don't change significantly during execution.

    * **nthreads:** ``int``:
        Number of nthreads used by this worker process
    * **executors:** ``dict[str, concurrent.futures.Executor]``:
        Executors used to perform computation. Always contains the default
        executor.
    * **local_directory:** ``path``:
        Path on local machine to store temporary files
    * **scheduler:** ``rpc``:
        Location of scheduler.  See ``.ip/.port`` attributes.
    * **name:** ``string``:
        Alias
    * **services:** ``{str: Server}``:
        Auxiliary web servers running on this worker
    * **service_ports:** ``{str: port}``:
    * **transfer_outgoing_count_limit**: ``int``
        The maximum number of concurrent outgoing data transfers.
        See also
        :attr:`distributed.worker_state_machine.WorkerState.transfer_incoming_count_limit`.
    * **batched_stream**: ``BatchedSend``
        A batched stream along which we communicate to the scheduler
    * **log**: ``[(message)]``
        A structured and queryable log.  See ``Worker.story``

    **Volatile State**

    These attributes track the progress of tasks that this worker is trying to
    complete. In the descriptions below a ``key`` is the name of a task that
    we want to compute and ``dep`` is the name of a piece of dependent data
    that we want to collect from others.

    * **threads**: ``{key: int}``
        The ID of the thread on which the task ran
    * **active_threads**: ``{int: key}``
        The keys currently running on active threads
    * **state**: ``WorkerState``
        Encapsulated state machine. See
        :class:`~distributed.worker_state_machine.BaseWorker` and
        :class:`~distributed.worker_state_machine.WorkerState`

    Parameters
    ----------
    scheduler_ip: str, optional
    scheduler_port: int, optional
    scheduler_file: str, optional
    host: str, optional
    data: MutableMapping, type, None
        The object to use for storage, builds a disk-backed LRU dict by default.

        If a callable to construct the storage object is provided, it
        will receive the worker's attr:``local_directory`` as an
        argument if the calling signature has an argument named
        ``worker_local_directory``.
    nthreads: int, optional
    local_directory: str, optional
        Directory where we place local resources
    name: str, optional
    memory_limit: int, float, string
        Number of bytes of memory that this worker should use.
        Set to zero for no limit.  Set to 'auto' to calculate
        as system.MEMORY_LIMIT * min(1, nthreads / total_cores)
        Use strings or numbers like 5GB or 5e9
    memory_target_fraction: float or False
        Fraction of memory to try to stay beneath
        (default: read from config key distributed.worker.memory.target)
    memory_spill_fraction: float or False
        Fraction of memory at which we start spilling to disk
        (default: read from config key distributed.worker.memory.spill)
    memory_pause_fraction: float or False
        Fraction of memory at which we stop running new tasks
        (default: read from config key distributed.worker.memory.pause)
    max_spill: int, string or False
        Limit of number of bytes to be spilled on disk.
        (default: read from config key distributed.worker.memory.max-spill)
    executor: concurrent.futures.Executor, dict[str, concurrent.futures.Executor], "offload"
        The executor(s) to use. Depending on the type, it has the following meanings:
            - Executor instance: The default executor.
            - Dict[str, Executor]: mapping names to Executor instances. If the
              "default" key isn't in the dict, a "default" executor will be created
              using ``ThreadPoolExecutor(nthreads)``.
            - Str: The string "offload", which refer to the same thread pool used for
              offloading communications. This results in the same thread being used
              for deserialization and computation.
    resources: dict
        Resources that this worker has like ``{'GPU': 2}``
    nanny: str
        Address on which to contact nanny, if it exists
    lifetime: str
        Amount of time like "1 hour" after which we gracefully shut down the worker.
        This defaults to None, meaning no explicit shutdown time.
    lifetime_stagger: str
        Amount of time like "5 minutes" to stagger the lifetime value
        The actual lifetime will be selected uniformly at random between
        lifetime +/- lifetime_stagger
    lifetime_restart: bool
        Whether or not to restart a worker after it has reached its lifetime
        Default False
    kwargs: optional
        Additional parameters to ServerNode constructor

    Examples
    --------

    Use the command line to start a worker::

        $ dask scheduler
        Start scheduler at 127.0.0.1:8786

        $ dask worker 127.0.0.1:8786
        Start worker at:               127.0.0.1:1234
        Registered with scheduler at:  127.0.0.1:8786

    See Also
    --------
    distributed.scheduler.Scheduler
    distributed.nanny.Nanny
   \x20"""
    nanny: Nanny | None
    transfer_outgoing_count_limit: int
    threads: dict[str, int]
    active_threads_lock: threading.Lock
    active_threads: dict[int, str]
    active_keys: set[str]
    profile_keys: collections.defaultdict[str, dict[str, typing.Any]]
    profile_keys_history: collections.deque[tuple[float, dict[str, dict[str, typing.Any]]]]
    profile_recent: dict[str, typing.Any]
    profile_history: collections.deque[tuple[float, dict[str, typing.Any]]]
    transfer_incoming_log: collections.deque[dict[str, typing.Any]]
    transfer_outgoing_log: collections.deque[dict[str, typing.Any]]
    transfer_outgoing_count_total: int
    transfer_outgoing_bytes_total: int
    transfer_outgoing_bytes: int
    transfer_outgoing_count: int
    bandwidth: float
    latency: float
    profile_cycle_interval: float
    workspace: distributed.diskutils.WorkSpace
    local_directory: str
    bandwidth_workers: collections.defaultdict[str, tuple[float, int]]
    bandwidth_types: collections.defaultdict[type, tuple[float, int]]
    preloads: list[distributed.preloading.Preload]
    contact_address: str | None
    death_timeout: float | None
    lifetime: float | None
    lifetime_stagger: float | None
    lifetime_restart: bool
    extensions: dict
    security: Security
    connection_args: dict[str, typing.Any]
    loop: tornado.ioloop.IOLoop
    executors: dict[str, concurrent.futures.Executor]
    batched_stream: distributed.batched.BatchedSend
    name: typing.Any
    scheduler_delay: float
    stream_comms: dict[str, distributed.batched.BatchedSend]
    heartbeat_interval: float
    services: dict[str, typing.Any]
    service_specs: dict[str, typing.Any]
    metrics: dict[str, collections.abc.Callable[[Worker], typing.Any]]
    startup_information: dict[str, collections.abc.Callable[[Worker], typing.Any]]
    low_level_profiler: bool
    scheduler: typing.Any
    execution_state: dict[str, typing.Any]
    plugins: dict[str, WorkerPlugin]
    memory_manager: distributed.worker_memory.WorkerMemoryManager
    memory_limit: typing.Any
    memory_target_fraction: typing.Any
    memory_spill_fraction: typing.Any
    memory_pause_fraction: typing.Any
    memory_monitor: typing.Any
    actors: typing.Any
    available_resources: typing.Any
    busy_workers: typing.Any
    comm_nbytes: typing.Any
    comm_threshold_bytes: typing.Any
    constrained: typing.Any
    data_needed_per_worker: typing.Any
    executed_count: typing.Any
    executing_count: typing.Any
    generation: typing.Any
    has_what: typing.Any
    incoming_count: typing.Any
    in_flight_tasks: typing.Any
    in_flight_workers: typing.Any
    log: typing.Any
    long_running: typing.Any
    nthreads: typing.Any
    stimulus_log: typing.Any
    stimulus_story: typing.Any
    story: typing.Any
    ready: typing.Any
    tasks: typing.Any
    target_message_size: typing.Any
    total_out_connections: typing.Any
    total_resources: typing.Any
    transition_counter: typing.Any
    transition_counter_max: typing.Any
    validate: typing.Any
    validate_task: typing.Any
    def __init__(
        self,
        scheduler_ip: str | None = None,
        scheduler_port: int | None = None,
        *,
        scheduler_file: str | None = None,
        nthreads: int | None = None,
        loop: tornado.ioloop.IOLoop | None = None,
        local_directory: str | None = None,
        services: dict | None = None,
        name: typing.Any | None = None,
        reconnect: bool | None = None,
        executor: concurrent.futures.Executor | dict[str, concurrent.futures.Executor] | typing.Literal['offload'] | None = None,
        resources: dict[str, float] | None = None,
        silence_logs: int | None = None,
        death_timeout: typing.Any | None = None,
        preload: list[str] | None = None,
        preload_argv: list[str] | list[list[str]] | None = None,
        security: Security | dict[str, typing.Any] | None = None,
        contact_address: str | None = None,
        heartbeat_interval: typing.Any = '1s',
        extensions: dict[str, type] | None = None,
        metrics: collections.abc.Mapping[str, collections.abc.Callable[[Worker], typing.Any]] = ...,
        startup_information: collections.abc.Mapping[str, collections.abc.Callable[[Worker], typing.Any]] = ...,
        interface: str | None = None,
        host: str | None = None,
        port: int | str | collections.abc.Collection[int] | None = None,
        protocol: str | None = None,
        dashboard_address: str | None = None,
        dashboard: bool = False,
        http_prefix: str = '/',
        nanny: Nanny | None = None,
        plugins: tuple[WorkerPlugin, ...] = (),
        low_level_profiler: bool | None = None,
        validate: bool | None = None,
        profile_cycle_interval: typing.Any = None,
        lifetime: typing.Any | None = None,
        lifetime_stagger: typing.Any | None = None,
        lifetime_restart: bool | None = None,
        transition_counter_max: int | typing.Literal[False] = False,
        memory_limit: str | float = 'auto',
        data: collections.abc.MutableMapping[str, typing.Any] | collections.abc.Callable[[], collections.abc.MutableMapping[str, typing.Any]] | collections.abc.Callable[[str], collections.abc.MutableMapping[str, typing.Any]] | tuple[collections.abc.Callable[..., collections.abc.MutableMapping[str, typing.Any]], dict[str, typing.Any]] | None = None,
        memory_target_fraction: float | typing.Literal[False] | None = None,
        memory_spill_fraction: float | typing.Literal[False] | None = None,
        memory_pause_fraction: float | typing.Literal[False] | None = None,
        scheduler_sni: str | None = None,
        **kwargs: typing.Any,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def actor_attribute(
        self,
        actor: typing.Any = None,
        attribute: typing.Any = None,
    ) -> dict[str, typing.Any]: ...
    async def actor_execute(
        self,
        actor: typing.Any = None,
        function: typing.Any = None,
        args: typing.Any = (),
        kwargs: dict | None = None,
    ) -> dict[str, typing.Any]: ...
    def batched_send(self, msg: dict[str, typing.Any]) -> None:
        """Implements BaseWorker abstract method.

        Send a fire-and-forget message to the scheduler through bulk comms.

        If we're not currently connected to the scheduler, the message will be silently
        dropped!

        See also
        --------
        distributed.worker_state_machine.BaseWorker.batched_send
       \x20"""
        ...
    async def benchmark_disk(self) -> dict[str, float]: ...
    async def benchmark_memory(self) -> dict[str, float]: ...
    async def benchmark_network(self, address: str) -> dict[str, float]: ...
    @property
    def client(self) -> Client: ...
    async def close(
        self,
        timeout: float = 30,
        executor_wait: bool = True,
        nanny: bool = True,
        reason: str = 'worker-close',
    ) -> str | None:
        """Close the worker

        Close asynchronous operations running on the worker, stop all executors and
        comms. If requested, this also closes the nanny.

        Parameters
        ----------
        timeout
            Timeout in seconds for shutting down individual instructions
        executor_wait
            If True, shut down executors synchronously, otherwise asynchronously
        nanny
            If True, close the nanny
        reason
            Reason for closing the worker

        Returns
        -------
        str | None
            None if worker already in closing state or failed, "OK" otherwise
       \x20"""
        ...
    async def close_gracefully(
        self,
        restart: typing.Any = None,
        reason: str = 'worker-close-gracefully',
    ) -> typing.Any:
        """Gracefully shut down a worker

        This first informs the scheduler that we're shutting down, and asks it
        to move our data elsewhere. Afterwards, we close as normal
       \x20"""
        ...
    def cycle_profile(self) -> None: ...
    @property
    def data(self) -> collections.abc.MutableMapping[str, typing.Any]:
        """{task key: task payload} of all completed tasks, whether they were computed
        on this Worker or computed somewhere else and then transferred here over the
        network.

        When using the default configuration, this is a zict buffer that automatically
        spills to disk whenever the target threshold is exceeded.
        If spilling is disabled, it is a plain dict instead.
        It could also be a user-defined arbitrary dict-like passed when initialising
        the Worker or the Nanny.
        Worker logic should treat this opaquely and stick to the MutableMapping API.

        .. note::
           This same collection is also available at ``self.state.data`` and
           ``self.memory_manager.data``.
       \x20"""
        ...
    @property
    def data_needed(self) -> set[distributed.worker_state_machine.TaskState]: ...
    def digest_metric(self, name: str, value: float) -> None:
        """Implement BaseWorker.digest_metric by calling Server.digest_metric"""
        ...
    async def execute(
        self,
        key: str,
        *,
        stimulus_id: str,
    ) -> distributed.worker_state_machine.StateMachineEvent:
        """Execute a task. Implements BaseWorker abstract method.

        See also
        --------
        distributed.worker_state_machine.BaseWorker.execute
       \x20"""
        ...
    @property
    def executor(self) -> typing.Any: ...
    def find_missing(self) -> None: ...
    async def gather(self, who_has: dict[str, list[str]]) -> dict[str, typing.Any]: ...
    async def gather_dep(
        self,
        worker: str,
        to_gather: collections.abc.Collection[str],
        total_nbytes: int,
        *,
        stimulus_id: str,
    ) -> distributed.worker_state_machine.StateMachineEvent:
        """Implements BaseWorker abstract method

        See also
        --------
        distributed.worker_state_machine.BaseWorker.gather_dep
       \x20"""
        ...
    def get_call_stack(
        self,
        keys: collections.abc.Collection[str] | None = None,
    ) -> dict[str, typing.Any]: ...
    def get_current_task(self) -> str:
        """Get the key of the task we are currently running

        This only makes sense to run within a task

        Examples
        --------
        >>> from dask.distributed import get_worker
        >>> def f():
        ...     return get_worker().get_current_task()

        >>> future = client.submit(f)  # doctest: +SKIP
        >>> future.result()  # doctest: +SKIP
        'f-1234'

        See Also
        --------
        get_worker
       \x20"""
        ...
    async def get_data(
        self,
        comm: typing.Any,
        keys: typing.Any = None,
        who: typing.Any = None,
        serializers: typing.Any = None,
        max_connections: typing.Any = None,
    ) -> dict | Status: ...
    async def get_metrics(self) -> dict: ...
    def get_monitor_info(self, recent: bool = False, start: int = 0) -> dict[str, float]: ...
    async def get_profile(
        self,
        start: typing.Any = None,
        stop: typing.Any = None,
        key: typing.Any = None,
        server: bool = False,
    ) -> typing.Any: ...
    async def get_profile_metadata(
        self,
        start: float = 0,
        stop: float | None = None,
    ) -> dict[str, typing.Any]: ...
    async def get_startup_information(self) -> typing.Any: ...
    async def get_story(self, keys_or_stimuli: collections.abc.Iterable[str]) -> list[tuple]: ...
    async def handle_scheduler(self, comm: distributed.comm.Comm) -> None: ...
    def handle_stimulus(
        self,
        *stims: distributed.worker_state_machine.StateMachineEvent,
    ) -> None:
        """Override BaseWorker method for added validation

        See also
        --------
        distributed.worker_state_machine.BaseWorker.handle_stimulus
        distributed.worker_state_machine.WorkerState.handle_stimulus
       \x20"""
        ...
    def handle_worker_status_change(self, status: str, stimulus_id: str) -> None: ...
    async def heartbeat(self) -> None: ...
    def identity(self) -> typing.Any: ...
    @property
    def incoming_transfer_log(self) -> typing.Any: ...
    def keys(self) -> list[str]: ...
    def log_event(self, topic: str | collections.abc.Collection[str], msg: typing.Any) -> None: ...
    @property
    def logs(self) -> typing.Any: ...
    @property
    def outgoing_count(self) -> typing.Any: ...
    @property
    def outgoing_current_count(self) -> typing.Any: ...
    @property
    def outgoing_transfer_log(self) -> typing.Any: ...
    async def plugin_add(
        self,
        plugin: WorkerPlugin | bytes,
        name: str | None = None,
        catch_errors: bool = True,
    ) -> dict[str, typing.Any]: ...
    async def plugin_remove(self, name: str) -> dict[str, typing.Any]: ...
    async def retry_busy_worker_later(
        self,
        worker: str,
    ) -> distributed.worker_state_machine.StateMachineEvent:
        """Wait some time, then take a peer worker out of busy state.
        Implements BaseWorker abstract method.

        See Also
        --------
        distributed.worker_state_machine.BaseWorker.retry_busy_worker_later
       \x20"""
        ...
    def run(
        self,
        comm: typing.Any,
        function: typing.Any,
        args: typing.Any = (),
        wait: typing.Any = True,
        kwargs: typing.Any = None,
    ) -> typing.Any: ...
    def run_coroutine(
        self,
        comm: typing.Any,
        function: typing.Any,
        args: typing.Any = (),
        kwargs: typing.Any = None,
        wait: typing.Any = True,
    ) -> typing.Any: ...
    def send_to_worker(self, address: typing.Any, msg: typing.Any) -> typing.Any: ...
    async def set_resources(self, **resources: float) -> None: ...
    async def start_unsafe(self) -> typing.Any: ...
    def stateof(self, key: str) -> dict[str, typing.Any]: ...
    def status(self, value: Status) -> None: ...
    @property
    def total_in_connections(self) -> typing.Any: ...
    def trigger_profile(self) -> None:
        """
        Get a frame from all actively computing threads

        Merge these frames into existing profile counts
       \x20"""
        ...
    def update_data(
        self,
        data: dict[str, object],
        report: bool = True,
        stimulus_id: str | None = None,
    ) -> dict[str, typing.Any]: ...
    async def upload_file(
        self,
        filename: str,
        data: str | bytes,
        load: bool = True,
    ) -> dict[str, typing.Any]: ...
    def validate_state(self) -> None: ...
    async def wait_until_closed(self) -> typing.Any: ...
    @property
    def waiting_for_data_count(self) -> int: ...
    @property
    def worker_address(self) -> typing.Any:
        """For API compatibility with Nanny"""
        ...

class WorkerPlugin:
    """Interface to extend the Worker

    A worker plugin enables custom code to run at different stages of the Workers'
    lifecycle: at setup, during task state transitions, when a task or dependency
    is released, and at teardown.

    A plugin enables custom code to run at each of step of a Workers's life. Whenever such
    an event happens, the corresponding method on this class will be called. Note that the
    user code always runs within the Worker's main thread.

    To implement a plugin implement some of the methods of this class and register
    the plugin to your client in order to have it attached to every existing and
    future workers with ``Client.register_worker_plugin``.

    Examples
    --------
    >>> class ErrorLogger(WorkerPlugin):
    ...     def __init__(self, logger):
    ...         self.logger = logger
    ...
    ...     def setup(self, worker):
    ...         self.worker = worker
    ...
    ...     def transition(self, key, start, finish, *args, **kwargs):
    ...         if finish == 'error':
    ...             ts = self.worker.tasks[key]
    ...             exc_info = (type(ts.exception), ts.exception, ts.traceback)
    ...             self.logger.error(
    ...                 "Error during computation of '%s'.", key,
    ...                 exc_info=exc_info
    ...             )

    >>> import logging
    >>> plugin = ErrorLogger(logging)
    >>> client.register_worker_plugin(plugin)  # doctest: +SKIP
   \x20"""
    def setup(self, worker: typing.Any) -> typing.Any:
        """
        Run when the plugin is attached to a worker. This happens when the plugin is registered
        and attached to existing workers, or when a worker is created after the plugin has been
        registered.
       \x20"""
        ...
    def teardown(self, worker: typing.Any) -> typing.Any:
        """Run when the worker to which the plugin is attached to is closed"""
        ...
    def transition(
        self,
        key: typing.Any,
        start: typing.Any,
        finish: typing.Any,
        **kwargs: typing.Any,
    ) -> typing.Any:
        """
        Throughout the lifecycle of a task (see :doc:`Worker <worker>`), Workers are
        instructed by the scheduler to compute certain tasks, resulting in transitions
        in the state of each task. The Worker owning the task is then notified of this
        state transition.

        Whenever a task changes its state, this method will be called.

        Parameters
        ----------
        key : string
        start : string
            Start state of the transition.
            One of waiting, ready, executing, long-running, memory, error.
        finish : string
            Final state of the transition.
        kwargs : More options passed when transitioning
       \x20"""
        ...

class as_completed:
    """
    Return futures in the order in which they complete

    This returns an iterator that yields the input future objects in the order
    in which they complete.  Calling ``next`` on the iterator will block until
    the next future completes, irrespective of order.

    Additionally, you can also add more futures to this object during
    computation with the ``.add`` method

    Parameters
    ----------
    futures: Collection of futures
        A list of Future objects to be iterated over in the order in which they
        complete
    with_results: bool (False)
        Whether to wait and include results of futures as well;
        in this case `as_completed` yields a tuple of (future, result)
    raise_errors: bool (True)
        Whether we should raise when the result of a future raises an
        exception; only affects behavior when `with_results=True`.

    Examples
    --------
    >>> x, y, z = client.map(inc, [1, 2, 3])  # doctest: +SKIP
    >>> for future in as_completed([x, y, z]):  # doctest: +SKIP
    ...     print(future.result())  # doctest: +SKIP
    3
    2
    4

    Add more futures during computation

    >>> x, y, z = client.map(inc, [1, 2, 3])  # doctest: +SKIP
    >>> ac = as_completed([x, y, z])  # doctest: +SKIP
    >>> for future in ac:  # doctest: +SKIP
    ...     print(future.result())  # doctest: +SKIP
    ...     if random.random() < 0.5:  # doctest: +SKIP
    ...         ac.add(c.submit(double, future))  # doctest: +SKIP
    4
    2
    8
    3
    6
    12
    24

    Optionally wait until the result has been gathered as well

    >>> ac = as_completed([x, y, z], with_results=True)  # doctest: +SKIP
    >>> for future, result in ac:  # doctest: +SKIP
    ...     print(result)  # doctest: +SKIP
    2
    4
    3
   \x20"""
    def __aiter__(self) -> typing.Any: ...
    async def __anext__(self) -> typing.Any: ...
    def __init__(
        self,
        futures: typing.Any = None,
        loop: typing.Any = None,
        with_results: typing.Any = False,
        raise_errors: typing.Any = True,
    ) -> None: ...
    def __iter__(self) -> typing.Any: ...
    def __next__(self) -> typing.Any: ...
    def __repr__(self) -> typing.Any: ...
    def add(self, future: typing.Any) -> typing.Any:
        """Add a future to the collection

        This future will emit from the iterator once it finishes
       \x20"""
        ...
    def batches(self) -> typing.Any:
        """
        Yield all finished futures at once rather than one-by-one

        This returns an iterator of lists of futures or lists of
        (future, result) tuples rather than individual futures or individual
        (future, result) tuples.  It will yield these as soon as possible
        without waiting.

        Examples
        --------
        >>> for batch in as_completed(futures).batches():  # doctest: +SKIP
        ...     results = client.gather(batch)
        ...     print(results)
        [4, 2]
        [1, 3, 7]
        [5]
        [6]
       \x20"""
        ...
    def clear(self) -> typing.Any:
        """Clear out all submitted futures"""
        ...
    @property
    def condition(self) -> typing.Any: ...
    def count(self) -> typing.Any:
        """Return the number of futures yet to be returned

        This includes both the number of futures still computing, as well as
        those that are finished, but have not yet been returned from this
        iterator.
       \x20"""
        ...
    def has_ready(self) -> typing.Any:
        """Returns True if there are completed futures available."""
        ...
    def is_empty(self) -> typing.Any:
        """Returns True if there no completed or computing futures"""
        ...
    def next(self) -> typing.Any: ...
    def next_batch(self, block: typing.Any = True) -> typing.Any:
        """Get the next batch of completed futures.

        Parameters
        ----------
        block : bool, optional
            If True then wait until we have some result, otherwise return
            immediately, even with an empty list.  Defaults to True.

        Examples
        --------
        >>> ac = as_completed(futures)  # doctest: +SKIP
        >>> client.gather(ac.next_batch())  # doctest: +SKIP
        [4, 1, 3]

        >>> client.gather(ac.next_batch(block=False))  # doctest: +SKIP
        []

        Returns
        -------
        List of futures or (future, result) tuples
       \x20"""
        ...
    def update(self, futures: typing.Any) -> typing.Any:
        """Add multiple futures to the collection.

        The added futures will emit from the iterator once they finish"""
        ...

class get_task_metadata:
    """Collect task metadata within a context block

    This gathers ``TaskState`` metadata and final state from the scheduler
    for tasks which are submitted and finished within the scope of this
    context manager.

    Examples
    --------
    >>> with get_task_metadata() as tasks:
    ...     x.compute()
    >>> tasks.metadata
    {...}
    >>> tasks.state
    {...}
   \x20"""
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
    def __init__(self) -> None: ...

class get_task_stream:
    """
    Collect task stream within a context block

    This provides diagnostic information about every task that was run during
    the time when this block was active.

    This must be used as a context manager.

    Parameters
    ----------
    plot: boolean, str
        If true then also return a Bokeh figure
        If plot == 'save' then save the figure to a file
    filename: str (optional)
        The filename to save to if you set ``plot='save'``

    Examples
    --------
    >>> with get_task_stream() as ts:
    ...     x.compute()
    >>> ts.data
    [...]

    Get back a Bokeh figure and optionally save to a file

    >>> with get_task_stream(plot='save', filename='task-stream.html') as ts:
    ...    x.compute()
    >>> ts.figure
    <Bokeh Figure>

    To share this file with others you may wish to upload and serve it online.
    A common way to do this is to upload the file as a gist, and then serve it
    on https://raw.githack.com ::

       $ python -m pip install gist
       $ gist task-stream.html
       https://gist.github.com/8a5b3c74b10b413f612bb5e250856ceb

    You can then navigate to that site, click the "Raw" button to the right of
    the ``task-stream.html`` file, and then provide that URL to
    https://raw.githack.com .  This process should provide a sharable link that
    others can use to see your task stream plot.

    See Also
    --------
    Client.get_task_stream: Function version of this context manager
   \x20"""
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
    def __init__(
        self,
        client: typing.Any = None,
        plot: typing.Any = False,
        filename: typing.Any = 'task-stream.html',
    ) -> None: ...

class performance_report:
    """Gather performance report

    This creates a static HTML file that includes many of the same plots of the
    dashboard for later viewing.

    The resulting file uses JavaScript, and so must be viewed with a web
    browser.  Locally we recommend using ``python -m http.server`` or hosting
    the file live online.

    Parameters
    ----------
    filename: str, optional
        The filename to save the performance report locally

    stacklevel: int, optional
        The code execution frame utilized for populating the Calling Code section
        of the report. Defaults to `1` which is the frame calling ``performance_report``

    mode: str, optional
        Mode parameter to pass to :func:`bokeh.io.output.output_file`. Defaults to ``None``.

    Examples
    --------
    >>> with performance_report(filename="myfile.html", stacklevel=1):
    ...     x.compute()

    $ python -m http.server
    $ open myfile.html
   \x20"""
    async def __aenter__(self) -> typing.Any: ...
    async def __aexit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
        code: typing.Any = None,
    ) -> typing.Any: ...
    def __enter__(self) -> typing.Any: ...
    def __exit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __init__(
        self,
        filename: typing.Any = 'dask-report.html',
        stacklevel: typing.Any = 1,
        mode: typing.Any = None,
    ) -> None: ...

class rpc:
    """Conveniently interact with a remote server

    >>> remote = rpc(address)  # doctest: +SKIP
    >>> response = await remote.add(x=10, y=20)  # doctest: +SKIP

    One rpc object can be reused for several interactions.
    Additionally, this object creates and destroys many comms as necessary
    and so is safe to use in multiple overlapping communications.

    When done, close comms explicitly.

    >>> remote.close_comms()  # doctest: +SKIP
   \x20"""
    active: typing.ClassVar[_weakrefset.WeakSet[rpc]]
    comms: tuple = ()
    address: typing.Any = None
    async def __aenter__(self) -> typing.Any: ...
    async def __aexit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __del__(self) -> typing.Any: ...
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
        arg: typing.Any = None,
        comm: typing.Any = None,
        deserialize: typing.Any = True,
        timeout: typing.Any = None,
        connection_args: typing.Any = None,
        serializers: typing.Any = None,
        deserializers: typing.Any = None,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def close_comms(self) -> typing.Any: ...
    async def close_rpc(self) -> typing.Any: ...
    async def live_comm(self) -> typing.Any:
        """Get an open communication

        Some comms to the ip/port target may be in current use by other
        coroutines.  We track this with the `comms` dict

            :: {comm: True/False if open and ready for use}

        This function produces an open communication, either by taking one
        that we've already made or making a new one if they are all taken.
        This also removes comms that have been closed.

        When the caller is done with the stream they should set

            self.comms[comm] = True

        As is done in __getattr__ below.
       \x20"""
        ...
