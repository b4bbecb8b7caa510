# pybind-stub: 1
# module: distributed.process
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/process.py, runtime
# content-hash: sha256:e9c988daaf7204beda8cc8ea3dda4d43efd0360a3446e7695b72a90907d9474a
import asyncio
import collections.abc
import logging
import typing

_T_async_process = typing.TypeVar('_T_async_process', bound=AsyncProcess)

logger: logging.Logger

class AsyncProcess:
    """
    A coroutine-compatible multiprocessing.Process-alike.
    All normally blocking methods are wrapped in Tornado coroutines.
   \x20"""
    def __init__(
        self,
        loop: typing.Any = None,
        target: typing.Any = None,
        name: typing.Any = None,
        args: typing.Any = (),
        kwargs: typing.Any = None,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def close(self) -> typing.Any:
        """
        Stop helper thread and release resources.  This method returns
        immediately and does not ensure the child process has exited.
       \x20"""
        ...
    @property
    def daemon(self) -> typing.Any: ...
    @daemon.setter
    def daemon(self, value: typing.Any) -> None: ...
    @property
    def exitcode(self) -> typing.Any: ...
    def is_alive(self) -> typing.Any: ...
    async def join(self, timeout: typing.Any = None) -> typing.Any:
        """
        Wait for the child process to exit.

        This method returns a coroutine.
       \x20"""
        ...
    def kill(self) -> asyncio.Future[None]:
        """Send SIGKILL to the child process.
        On Windows, this is the same as terminate().

        This method returns a future.

        See also
        --------
        multiprocessing.Process.kill
       \x20"""
        ...
    @property
    def name(self) -> typing.Any: ...
    @property
    def pid(self) -> typing.Any: ...
    def set_exit_callback(
        self: _T_async_process,
        func: collections.abc.Callable[[_T_async_process], None],
    ) -> None:
        """
        Set a function to be called by the event loop when the process exits.
        The function is called with the AsyncProcess as sole argument.

        The function may not be a coroutine function.
       \x20"""
        ...
    def start(self) -> typing.Any:
        """
        Start the child process.

        This method returns a future.
       \x20"""
        ...
    def terminate(self) -> asyncio.Future[None]:
        """Terminate the child process.

        This method returns a future.

        See also
        --------
        multiprocessing.Process.terminate
       \x20"""
        ...
