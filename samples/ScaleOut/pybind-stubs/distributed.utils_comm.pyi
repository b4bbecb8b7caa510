# pybind-stub: 1
# module: distributed.utils_comm
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/utils_comm.py, runtime
# content-hash: sha256:c59edce589fefff3898e746b66bef06160efbdc35e4d00081ef4c72e529d5b59
import logging
import typing

collection_types: tuple
logger: logging.Logger

async def gather_from_workers(
    who_has: typing.Any,
    rpc: typing.Any,
    close: typing.Any = True,
    serializers: typing.Any = None,
    who: typing.Any = None,
) -> typing.Any:
    """Gather data directly from peers

    Parameters
    ----------
    who_has: dict
        Dict mapping keys to sets of workers that may have that key
    rpc: callable

    Returns dict mapping key to value

    See Also
    --------
    gather
    _gather
   \x20"""
    ...

def pack_data(o: typing.Any, d: typing.Any, key_types: typing.Any = ...) -> typing.Any:
    """Merge known data into tuple or dict

    Parameters
    ----------
    o
        core data structures containing literals and keys
    d : dict
        mapping of keys to data

    Examples
    --------
    >>> data = {'x': 1}
    >>> pack_data(('x', 'y'), data)
    (1, 'y')
    >>> pack_data({'a': 'x', 'b': 'y'}, data)  # doctest: +SKIP
    {'a': 1, 'b': 'y'}
    >>> pack_data({'a': ['x'], 'b': 'y'}, data)  # doctest: +SKIP
    {'a': [1], 'b': 'y'}
   \x20"""
    ...

async def retry(
    coro: typing.Any,
    count: typing.Any,
    delay_min: typing.Any,
    delay_max: typing.Any,
    jitter_fraction: typing.Any = 0.1,
    retry_on_exceptions: typing.Any = ...,
    operation: typing.Any = None,
) -> typing.Any:
    """
    Return the result of ``await coro()``, re-trying in case of exceptions

    The delay between attempts is ``delay_min * (2 ** i - 1)`` where ``i`` enumerates the attempt that just failed
    (starting at 0), but never larger than ``delay_max``.
    This yields no delay between the first and second attempt, then ``delay_min``, ``3 * delay_min``, etc.
    (The reason to re-try with no delay is that in most cases this is sufficient and will thus recover faster
    from a communication failure).

    Parameters
    ----------
    coro
        The coroutine function to call and await
    count
        The maximum number of re-tries before giving up. 0 means no re-try; must be >= 0.
    delay_min
        The base factor for the delay (in seconds); this is the first non-zero delay between re-tries.
    delay_max
        The maximum delay (in seconds) between consecutive re-tries (without jitter)
    jitter_fraction
        The maximum jitter to add to the delay, as fraction of the total delay. No jitter is added if this
        value is <= 0.
        Using a non-zero value here avoids "herd effects" of many operations re-tried at the same time
    retry_on_exceptions
        A tuple of exception classes to retry. Other exceptions are not caught and re-tried, but propagate immediately.
    operation
        A human-readable description of the operation attempted; used only for logging failures

    Returns
    -------
    Any
        Whatever `await coro()` returned
   \x20"""
    ...

async def retry_operation(
    coro: typing.Any,
    *args: typing.Any,
    operation: typing.Any = None,
    **kwargs: typing.Any,
) -> typing.Any:
    """
    Retry an operation using the configuration values for the retry parameters
   \x20"""
    ...

async def scatter_to_workers(
    nthreads: typing.Any,
    data: typing.Any,
    rpc: typing.Any = ...,
    report: typing.Any = True,
) -> typing.Any:
    """Scatter data directly to workers

    This distributes data in a round-robin fashion to a set of workers based on
    how many cores they have.  nthreads should be a dictionary mapping worker
    identities to numbers of cores.

    See scatter for parameter docstring
   \x20"""
    ...

def subs_multiple(o: typing.Any, d: typing.Any) -> typing.Any:
    """Perform substitutions on a tasks

    Parameters
    ----------
    o
        Core data structures containing literals and keys
    d : dict
        Mapping of keys to values

    Examples
    --------
    >>> dsk = {"a": (sum, ["x", 2])}
    >>> data = {"x": 1}
    >>> subs_multiple(dsk, data)  # doctest: +SKIP
    {'a': (sum, [1, 2])}

   \x20"""
    ...

def unpack_remotedata(o: typing.Any, byte_keys: bool = False) -> tuple[typing.Any, set]:
    """Unpack WrappedKey objects from collection

    Returns original collection and set of all found WrappedKey objects

    Examples
    --------
    >>> rd = WrappedKey('mykey')
    >>> unpack_remotedata(1)
    (1, set())
    >>> unpack_remotedata(())
    ((), set())
    >>> unpack_remotedata(rd)
    ('mykey', {WrappedKey('mykey')})
    >>> unpack_remotedata([1, rd])
    ([1, 'mykey'], {WrappedKey('mykey')})
    >>> unpack_remotedata({1: rd})
    ({1: 'mykey'}, {WrappedKey('mykey')})
    >>> unpack_remotedata({1: [rd]})
    ({1: ['mykey']}, {WrappedKey('mykey')})

    Use the ``byte_keys=True`` keyword to force string keys

    >>> rd = WrappedKey(('x', 1))
    >>> unpack_remotedata(rd, byte_keys=True)
    ("('x', 1)", {WrappedKey('('x', 1)')})
   \x20"""
    ...

class WrappedKey:
    """Interface for a key in a dask graph.

    Subclasses must have .key attribute that refers to a key in a dask graph.

    Sometimes we want to associate metadata to keys in a dask graph.  For
    example we might know that that key lives on a particular machine or can
    only be accessed in a certain way.  Schedulers may have particular needs
    that can only be addressed by additional metadata.
   \x20"""
    def __init__(self, key: typing.Any) -> None: ...
    def __repr__(self) -> typing.Any: ...
