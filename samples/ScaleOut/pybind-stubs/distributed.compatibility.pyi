# pybind-stub: 1
# module: distributed.compatibility
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/compatibility.py, runtime
# content-hash: sha256:ae3c10c197e7a2ef610f545a49602161bdfb225ca67053c88d234d11a960f3c2
import collections.abc
import datetime

LINUX: bool
MACOS: bool
WINDOWS: bool
logging_names: dict[str | int, int | str]

class PeriodicCallback:
    """Schedules the given callback to be called periodically.

    The callback is called every ``callback_time`` milliseconds when
    ``callback_time`` is a float. Note that the timeout is given in
    milliseconds, while most other time-related functions in Tornado use
    seconds. ``callback_time`` may alternatively be given as a
    `datetime.timedelta` object.

    If ``jitter`` is specified, each callback time will be randomly selected
    within a window of ``jitter * callback_time`` milliseconds.
    Jitter can be used to reduce alignment of events with similar periods.
    A jitter of 0.1 means allowing a 10% variation in callback time.
    The window is centered on ``callback_time`` so the total number of calls
    within a given interval should not be significantly affected by adding
    jitter.

    If the callback runs for longer than ``callback_time`` milliseconds,
    subsequent invocations will be skipped to get back on schedule.

    `start` must be called after the `PeriodicCallback` is created.

    .. versionchanged:: 5.0
       The ``io_loop`` argument (deprecated since version 4.1) has been removed.

    .. versionchanged:: 5.1
       The ``jitter`` argument is added.

    .. versionchanged:: 6.2
       If the ``callback`` argument is a coroutine, and a callback runs for
       longer than ``callback_time``, subsequent invocations will be skipped.
       Previously this was only true for regular functions, not coroutines,
       which were "fire-and-forget" for `PeriodicCallback`.

       The ``callback_time`` argument now accepts `datetime.timedelta` objects,
       in addition to the previous numeric milliseconds.
   \x20"""
    def __init__(
        self,
        callback: collections.abc.Callable[[], collections.abc.Awaitable | None],
        callback_time: datetime.timedelta | float,
        jitter: float = 0,
    ) -> None: ...
    def is_running(self) -> bool:
        """Returns ``True`` if this `.PeriodicCallback` has been started.

        .. versionadded:: 4.1
       \x20"""
        ...
    def start(self) -> None:
        """Starts the timer."""
        ...
    def stop(self) -> None:
        """Stops the timer."""
        ...
