# pybind-stub: 1
# module: distributed.deploy.cluster
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/deploy/cluster.py, runtime
# content-hash: sha256:7402ea68998f95289587773905292683f60f103d544437aa8099512a475bccfb
import distributed
import distributed.utils
import logging
import tornado.ioloop
import typing

logger: logging.Logger

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
