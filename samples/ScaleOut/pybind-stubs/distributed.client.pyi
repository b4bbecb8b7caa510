# pybind-stub: 1
# module: distributed.client
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/client.py, runtime
# content-hash: sha256:382734ef957e79a0bb1229eb369bff489b6d2987ff609be67acfb7408319f912
import logging
import typing
from distributed import Client as Client
from distributed import Future as Future
from distributed import as_completed as as_completed
from distributed import get_task_metadata as get_task_metadata
from distributed import get_task_stream as get_task_stream
from distributed import performance_report as performance_report

ALL_COMPLETED: str = 'ALL_COMPLETED'
DEFAULT_EXTENSIONS: dict
FIRST_COMPLETED: str = 'FIRST_COMPLETED'
logger: logging.Logger

def AsCompleted(*args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...

def CompatibleExecutor(*args: typing.Any, **kwargs: typing.Any) -> typing.Any: ...

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

async def done_callback(future: typing.Any, callback: typing.Any) -> typing.Any:
    """Coroutine that waits on the future, then calls the callback

    Parameters
    ----------
    future : asyncio.Future
        The future
    callback : callable
        The callback
   \x20"""
    ...

def ensure_default_client(client: typing.Any) -> typing.Any:
    """Ensures the client passed as argument is set as the default

    Parameters
    ----------
    client : Client
        The client
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

def normalize_future(f: typing.Any) -> typing.Any:
    """Returns the key and the type as a list

    Parameters
    ----------
    list
        The key and the type
   \x20"""
    ...

def redict_collection(c: typing.Any, dsk: typing.Any) -> typing.Any:
    """Change the dictionary in the collection

    Parameters
    ----------
    c : collection
        The collection
    dsk : dict
        The dictionary

    Returns
    -------
    c : Delayed
        If the collection is a 'Delayed' object the collection is returned
    cc : collection
        If the collection is not a 'Delayed' object a copy of the
        collection with xthe new dictionary is returned

   \x20"""
    ...

def temp_default_client(c: typing.Any) -> typing.Any:
    """Set the default client for the duration of the context

    .. note::
       This function should be used exclusively for unit testing the default
       client functionality. In all other cases, please use
       ``Client.as_current`` instead.

    .. note::
       Unlike ``Client.as_current``, this context manager is neither
       thread-local nor task-local.

    Parameters
    ----------
    c : Client
        This is what default_client() will return within the with-block.
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

class AllExit(Exception):
    """Custom exception class to exit All(...) early."""

class FutureState:
    """A Future's internal state.

    This is shared between all Futures with the same key and client.
   \x20"""
    def __init__(self) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def cancel(self) -> typing.Any:
        """Cancels the operation"""
        ...
    def done(self) -> typing.Any:
        """Returns 'True' if the event is not None and the event is set"""
        ...
    def finish(self, type: typing.Any = None) -> typing.Any:
        """Sets the status to 'finished' and sets the event

        Parameters
        ----------
        type : any
            The type
       \x20"""
        ...
    def lose(self) -> typing.Any:
        """Sets the status to 'lost' and clears the event"""
        ...
    def reset(self) -> typing.Any:
        """Sets the status to 'pending' and clears the event"""
        ...
    def retry(self) -> typing.Any:
        """Sets the status to 'pending' and clears the event"""
        ...
    def set_error(self, exception: typing.Any, traceback: typing.Any) -> typing.Any:
        """Sets the error data

        Sets the status to 'error'. Sets the exception, the traceback,
        and the event

        Parameters
        ----------
        exception: Exception
            The exception
        traceback: Exception
            The traceback
       \x20"""
        ...
    async def wait(self, timeout: typing.Any = None) -> typing.Any:
        """Wait for the awaitable to complete with a timeout.

        Parameters
        ----------
        timeout : number, optional
            Time in seconds after which to raise a
            ``dask.distributed.TimeoutError``
       \x20"""
        ...

class VersionsDict(typing.TypedDict):
    scheduler: dict[str, dict[str, typing.Any]]
    workers: dict[str, dict[str, dict[str, typing.Any]]]
    client: dict[str, dict[str, typing.Any]]
