# pybind-stub: 1
# module: distributed.deploy.spec
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/deploy/spec.py, runtime
# content-hash: sha256:42d40f9d4fc64d94530da88e863cf673eec352aa3c07c6a4b7c62c4d8382c12b
import distributed
import logging
import typing
from distributed import SpecCluster as SpecCluster

logger: logging.Logger

def close_clusters() -> typing.Any: ...

async def run_spec(
    spec: dict[str, typing.Any],
    *args: typing.Any,
) -> dict[str, distributed.Worker | distributed.Nanny]: ...

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
