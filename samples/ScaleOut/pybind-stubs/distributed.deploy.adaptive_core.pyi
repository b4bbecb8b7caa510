# pybind-stub: 1
# module: distributed.deploy.adaptive_core
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/deploy/adaptive_core.py, runtime
# content-hash: sha256:619a37fe2e2f5ad30eda9538c368b9ba0a5da9bba1a20979c29c272ef3559b35
import collections
import collections.abc
import datetime
import distributed.compatibility
import distributed.scheduler
import logging
import tornado.ioloop
import typing

logger: logging.Logger

class AdaptiveCore:
    """
    The core logic for adaptive deployments, with none of the cluster details

    This class controls our adaptive scaling behavior.  It is intended to be
    used as a super-class or mixin.  It expects the following state and methods:

    **State**

    plan: set
        A set of workers that we think should exist.
        Here and below worker is just a token, often an address or name string

    requested: set
        A set of workers that the cluster class has successfully requested from
        the resource manager.  We expect that resource manager to work to make
        these exist.

    observed: set
        A set of workers that have successfully checked in with the scheduler

    These sets are not necessarily equivalent.  Often plan and requested will
    be very similar (requesting is usually fast) but there may be a large delay
    between requested and observed (often resource managers don't give us what
    we want).

    **Functions**

    target : -> int
        Returns the target number of workers that should exist.
        This is often obtained by querying the scheduler

    workers_to_close : int -> Set[worker]
        Given a target number of workers,
        returns a set of workers that we should close when we're scaling down

    scale_up : int -> None
        Scales the cluster up to a target number of workers, presumably
        changing at least ``plan`` and hopefully eventually also ``requested``

    scale_down : Set[worker] -> None
        Closes the provided set of workers

    Parameters
    ----------
    minimum: int
        The minimum number of allowed workers
    maximum: int | inf
        The maximum number of allowed workers
    wait_count: int
        The number of scale-down requests we should receive before actually
        scaling down
    interval: str
        The amount of time, like ``"1s"`` between checks
   \x20"""
    minimum: int
    maximum: int | float
    wait_count: int
    interval: int | float
    periodic_callback: distributed.compatibility.PeriodicCallback | None
    plan: set[distributed.scheduler.WorkerState]
    requested: set[distributed.scheduler.WorkerState]
    observed: set[distributed.scheduler.WorkerState]
    close_counts: collections.defaultdict[distributed.scheduler.WorkerState, int]
    log: collections.deque[tuple[float, dict]]
    def __del__(self) -> typing.Any: ...
    def __init__(
        self,
        minimum: int = 0,
        maximum: int | float = ...,
        wait_count: int = 3,
        interval: str | int | float | datetime.timedelta = '1s',
    ) -> None: ...
    async def adapt(self) -> None:
        """
        Check the current state, make recommendations, call scale

        This is the main event of the system
       \x20"""
        ...
    @property
    def loop(self) -> tornado.ioloop.IOLoop: ...
    async def recommendations(self, target: int) -> dict:
        """
        Make scale up/down recommendations based on current state and target
       \x20"""
        ...
    async def safe_target(self) -> int:
        """Used internally, like target, but respects minimum/maximum"""
        ...
    async def scale_down(self, n: int) -> None: ...
    async def scale_up(self, workers: collections.abc.Iterable) -> None: ...
    def stop(self) -> None: ...
    async def target(self) -> int:
        """The target number of workers that should exist"""
        ...
    async def workers_to_close(self, target: int) -> list:
        """
        Give a list of workers to close that brings us down to target workers
       \x20"""
        ...
