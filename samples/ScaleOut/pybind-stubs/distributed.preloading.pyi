# pybind-stub: 1
# module: distributed.preloading
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/preloading.py, runtime
# content-hash: sha256:5697084b3142105f21f391b206a1e6a9d5083d3e9435e66a2f9ffa9ecfe0b25f
import collections.abc
import distributed
import distributed.core
import logging
import types
import typing

logger: logging.Logger

def is_webaddress(s: str) -> bool: ...

def process_preloads(
    dask_server: distributed.core.Server | distributed.Client,
    preload: str | list[str],
    preload_argv: list[str] | list[list[str]],
    *,
    file_dir: str | None = None,
) -> list[Preload]: ...

def validate_preload_argv(ctx: typing.Any, param: typing.Any, value: typing.Any) -> typing.Any:
    """Click option callback providing validation of preload subcommand arguments."""
    ...

class Preload:
    """
    Manage state for setup/teardown of a preload module

    Parameters
    ----------
    dask_server: dask.distributed.Server
        The Worker or Scheduler
    name: str
        module name, file name, or web address to load
    argv: [str]
        List of string arguments passed to click-configurable `dask_setup`.
    file_dir: str
        Path of a directory where files should be copied
   \x20"""
    dask_object: distributed.core.Server | distributed.Client
    name: str
    argv: list[str]
    file_dir: str | None
    module: types.ModuleType
    def __init__(
        self,
        dask_object: distributed.core.Server | distributed.Client,
        name: str,
        argv: collections.abc.Iterable[str],
        file_dir: str | None,
    ) -> None: ...
    async def start(self) -> typing.Any:
        """Run when the server finishes its start method"""
        ...
    async def teardown(self) -> typing.Any:
        """Run when the server starts its close method"""
        ...
