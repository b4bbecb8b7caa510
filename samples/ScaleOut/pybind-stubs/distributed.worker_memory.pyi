# pybind-stub: 1
# module: distributed.worker_memory
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/worker_memory.py, runtime
# content-hash: sha256:827815dfa82c8e8da60b361ba92eafe08c83d8b6202ce575b734e17559b9476f
"""Encapsulated manager for in-memory tasks on a worker.

This module covers:
- spill/unspill data depending on the 'distributed.worker.memory.target' threshold
- spill/unspill data depending on the 'distributed.worker.memory.spill' threshold
- pause/unpause the worker depending on the 'distributed.worker.memory.pause' threshold
- kill the worker depending on the 'distributed.worker.memory.terminate' threshold

This module does *not* cover:
- Changes in behaviour in Worker, Scheduler, task stealing, Active Memory Manager, etc.
  caused by the Worker being in paused status
- Worker restart after it's been killed
- Scheduler-side heuristics regarding memory usage, e.g. the Active Memory Manager

See also:
- :mod:`distributed.spill`, which implements the spill-to-disk mechanism and is wrapped
  by this module. Unlike this module, :mod:`distributed.spill` is agnostic to the
  Worker.
- :mod:`distributed.active_memory_manager`, which runs on the scheduler side
"""

import collections.abc
import distributed
import logging
import typing

def parse_memory_limit(
    memory_limit: str | float | None,
    nthreads: int,
    total_cores: int = ...,
    *,
    logger: logging.Logger,
) -> int | None: ...

class DeprecatedMemoryManagerAttribute:
    name: str
    def __get__(
        self,
        instance: distributed.Nanny | distributed.Worker | None,
        owner: type,
    ) -> typing.Any: ...
    def __set__(
        self,
        instance: distributed.Nanny | distributed.Worker,
        value: typing.Any,
    ) -> None: ...
    def __set_name__(self, owner: type, name: str) -> None: ...

class DeprecatedMemoryMonitor:
    def __get__(
        self,
        instance: distributed.Nanny | distributed.Worker | None,
        owner: type,
    ) -> typing.Any: ...

class NannyMemoryManager:
    memory_limit: int | None
    memory_terminate_fraction: float | typing.Literal[False]
    memory_monitor_interval: float | None
    def __init__(self, nanny: distributed.Nanny, *, memory_limit: str | float = 'auto') -> None: ...
    def memory_monitor(self, nanny: distributed.Nanny) -> None:
        """Track worker's memory. Restart if it goes above terminate fraction."""
        ...

class WorkerMemoryManager:
    """Management of worker memory usage

    Parameters
    ----------
    worker
        Worker to manage

    For meaning of the remaining parameters, see the matching
    parameter names in :class:`~.distributed.worker.Worker`.

    Notes
    -----

    If data is a callable and has the argument ``worker_local_directory`` in its
    signature, it will be filled with the worker's attr:``local_directory``.

   \x20"""
    data: collections.abc.MutableMapping[str, object]
    memory_limit: int | None
    memory_target_fraction: float | typing.Literal[False]
    memory_spill_fraction: float | typing.Literal[False]
    memory_pause_fraction: float | typing.Literal[False]
    max_spill: int | typing.Literal[False]
    memory_monitor_interval: float
    def __init__(
        self,
        worker: distributed.Worker,
        *,
        nthreads: int,
        memory_limit: str | float = 'auto',
        data: collections.abc.MutableMapping[str, typing.Any] | collections.abc.Callable[[], collections.abc.MutableMapping[str, typing.Any]] | collections.abc.Callable[[str], collections.abc.MutableMapping[str, typing.Any]] | tuple[collections.abc.Callable[..., collections.abc.MutableMapping[str, typing.Any]], dict[str, typing.Any]] | None = None,
        memory_target_fraction: float | typing.Literal[False] | None = None,
        memory_spill_fraction: float | typing.Literal[False] | None = None,
        memory_pause_fraction: float | typing.Literal[False] | None = None,
    ) -> None: ...
    async def memory_monitor(self, worker: distributed.Worker) -> None:
        """Track this process's memory usage and act accordingly.
        If process memory rises above the spill threshold (70%), start dumping data to
        disk until it goes below the target threshold (60%).
        If process memory rises above the pause threshold (80%), stop execution of new
        tasks.
       \x20"""
        ...
