# pybind-stub: 1
# module: distributed.deploy
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/deploy/__init__.py, distributed/deploy/cluster.py, distributed/deploy/spec.py, distributed/deploy/ssh.py, runtime
# content-hash: sha256:d0234ff14770d8f1c8229f176be2a3e130ae3c57701e67a823e4354874361046
import distributed
import distributed.utils
import tornado.ioloop
import typing
import distributed.deploy.adaptive as adaptive
import distributed.deploy.adaptive_core as adaptive_core
import distributed.deploy.cluster as cluster
import distributed.deploy.local as local
import distributed.deploy.spec as spec
import distributed.deploy.ssh as ssh
import distributed.deploy.utils as utils
from distributed import Adaptive as Adaptive
from distributed import LocalCluster as LocalCluster
from distributed import SpecCluster as SpecCluster

def SSHCluster(
    hosts: list[str] | None = None,
    connect_options: dict | list[dict] | None = None,
    worker_options: dict | None = None,
    scheduler_options: dict | None = None,
    worker_module: str = 'deprecated',
    worker_class: str = 'distributed.Nanny',
    remote_python: str | list[str] | None = None,
    **kwargs: typing.Any,
) -> distributed.SpecCluster:
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

class Cluster(distributed.utils.SyncMethodMixin):
    """Superclass for cluster objects

    This class contains common functionality for Dask Cluster manager classes.

    To implement this class, you must provide

    1.  A ``scheduler_comm`` attribute, which is a connection to the scheduler
        following the ``distributed.core.rpc`` API.
    2.  Implement ``scale``, which takes an integer and scales the cluster to
        that many workers, or else set ``_supports_scaling`` to False

    For that, you should get the following:

    1.  A standard ``__repr__``
    2.  A live IPython widget
    3.  Adaptive scaling
    4.  Integration with dask-labextension
    5.  A ``scheduler_info`` attribute which contains an up-to-date copy of
        ``Scheduler.identity()``, which is used for much of the above
    6.  Methods to gather logs
   \x20"""
    async def __aenter__(self) -> typing.Any: ...
    async def __aexit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __await__(self) -> typing.Any: ...
    def __del__(self, _warn: typing.Any = ...) -> typing.Any: ...
    def __enter__(self) -> typing.Any: ...
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __exit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __hash__(self) -> typing.Any: ...
    def __init__(
        self,
        asynchronous: typing.Any = False,
        loop: typing.Any = None,
        quiet: typing.Any = False,
        name: typing.Any = None,
        scheduler_sync_interval: typing.Any = 1,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def adapt(
        self,
        Adaptive: type[distributed.Adaptive] = ...,
        **kwargs: typing.Any,
    ) -> distributed.Adaptive:
        """Turn on adaptivity

        For keyword arguments see dask.distributed.Adaptive

        Examples
        --------
        >>> cluster.adapt(minimum=0, maximum=10, interval='500ms')
       \x20"""
        ...
    def close(self, timeout: typing.Any = None) -> typing.Any: ...
    @property
    def dashboard_link(self) -> typing.Any: ...
    def get_client(self) -> typing.Any:
        """Return client for the cluster

        If a client has already been initialized for the cluster, return that
        otherwise initialize a new client object.
       \x20"""
        ...
    def get_logs(
        self,
        cluster: typing.Any = True,
        scheduler: typing.Any = True,
        workers: typing.Any = True,
    ) -> typing.Any:
        """Return logs for the cluster, scheduler and workers

        Parameters
        ----------
        cluster : boolean
            Whether or not to collect logs for the cluster manager
        scheduler : boolean
            Whether or not to collect logs for the scheduler
        workers : boolean or Iterable[str], optional
            A list of worker addresses to select.
            Defaults to all workers if `True` or no workers if `False`

        Returns
        -------
        logs: Dict[str]
            A dictionary of logs, with one item for the scheduler and one for
            each worker
       \x20"""
        ...
    def logs(self, *args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...
    @property
    def loop(self) -> tornado.ioloop.IOLoop | None: ...
    @loop.setter
    def loop(self, value: tornado.ioloop.IOLoop) -> None: ...
    @property
    def name(self) -> typing.Any: ...
    @name.setter
    def name(self, value: typing.Any) -> None: ...
    @property
    def observed(self) -> typing.Any: ...
    @property
    def plan(self) -> typing.Any: ...
    @property
    def requested(self) -> typing.Any: ...
    def scale(self, n: int) -> None:
        """Scale cluster to n workers

        Parameters
        ----------
        n : int
            Target number of workers

        Examples
        --------
        >>> cluster.scale(10)  # scale cluster to ten workers
       \x20"""
        ...
    @property
    def scheduler_address(self) -> str: ...

class ProcessInterface:
    """
    An interface for Scheduler and Worker processes for use in SpecCluster

    This interface is responsible to submit a worker or scheduler process to a
    resource manager like Kubernetes, Yarn, or SLURM/PBS/SGE/...
    It should implement the methods below, like ``start`` and ``close``
   \x20"""
    async def __aenter__(self) -> typing.Any: ...
    async def __aexit__(
        self,
        exc_type: typing.Any,
        exc_value: typing.Any,
        traceback: typing.Any,
    ) -> typing.Any: ...
    def __await__(self) -> typing.Any: ...
    def __init__(self, scheduler: typing.Any = None, name: typing.Any = None) -> None: ...
    def __repr__(self) -> typing.Any: ...
    async def close(self) -> typing.Any:
        """Close the process

        This will be called by the Cluster object when we scale down a node,
        but only after we ask the Scheduler to close the worker gracefully.
        This method should kill the process a bit more forcefully and does not
        need to worry about shutting down gracefully
       \x20"""
        ...
    async def finished(self) -> typing.Any:
        """Wait until the server has finished"""
        ...
    async def start(self) -> typing.Any:
        """Submit the process to the resource manager

        For workers this doesn't have to wait until the process actually starts,
        but can return once the resource manager has the request, and will work
        to make the job exist in the future

        For the scheduler we will expect the scheduler's ``.address`` attribute
        to be available after this completes.
       \x20"""
        ...
    @property
    def status(self) -> typing.Any: ...
    @status.setter
    def status(self, value: typing.Any) -> None: ...
