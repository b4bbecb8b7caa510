# pybind-stub: 1
# module: distributed.nanny
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/nanny.py, runtime
# content-hash: sha256:64127c12ebf60d30dcca38bdd27aa4938d8965f799c64b6fd12748314267476f
import asyncio
import distributed
import distributed.process
import logging
import typing
from distributed import Nanny as Nanny

logger: logging.Logger

class WorkerProcess:
    running: asyncio.Event
    stopped: asyncio.Event
    process: distributed.process.AsyncProcess | None
    env: dict[str, str]
    pre_spawn_env: dict[str, str]
    def __init__(
        self,
        worker_kwargs: typing.Any,
        silence_logs: typing.Any,
        on_exit: typing.Any,
        worker: typing.Any,
        env: typing.Any,
        pre_spawn_env: typing.Any,
        config: typing.Any,
    ) -> None: ...
    def is_alive(self) -> typing.Any: ...
    async def kill(
        self,
        timeout: float = 2,
        executor_wait: bool = True,
        reason: str = 'workerprocess-kill',
    ) -> None:
        """
        Ensure the worker process is stopped, waiting at most
        ``timeout * 0.8`` seconds before killing it abruptly.

        When `kill` returns, the worker process has been joined.

        If the worker process does not terminate within ``timeout`` seconds,
        even after being killed, `asyncio.TimeoutError` is raised.
       \x20"""
        ...
    def mark_stopped(self) -> typing.Any: ...
    @property
    def pid(self) -> typing.Any: ...
    async def start(self) -> distributed.Status:
        """
        Ensure the worker process is started.
       \x20"""
        ...
