# pybind-stub: 1
# module: distributed.worker_state_machine
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/worker_state_machine.py, runtime
# content-hash: sha256:63fd32220a4f2e29de3be6267b43745002ddd300f65f7236f03e6833c795cbed
import abc
import collections
import collections.abc
import distributed
import distributed.collections
import distributed.core
import distributed.protocol
import distributed.worker_state_machine
import logging
import random
import typing

Instructions: typing.TypeAlias = list[Instruction]
Recs: typing.TypeAlias = dict[TaskState, TaskStateState | tuple]
RecsInstrs: typing.TypeAlias = tuple[Recs, Instructions]
TaskStateState: typing.TypeAlias = typing.Literal['cancelled', 'constrained', 'error', 'executing', 'fetch', 'flight', 'forgotten', 'long-running', 'memory', 'missing', 'ready', 'released', 'rescheduled', 'resumed', 'waiting']

NO_VALUE: str = '--no-value-sentinel--'
PROCESSING: set[TaskStateState]
READY: set[TaskStateState]
WAITING_FOR_DATA: set[TaskStateState]
dc_slots: dict
logger: logging.Logger

def merge_recs_instructions(*args: RecsInstrs) -> RecsInstrs:
    """Merge multiple (recommendations, instructions) tuples.
    Collisions in recommendations are only allowed if identical.
   \x20"""
    ...

class AcquireReplicasEvent(StateMachineEvent):
    """AcquireReplicasEvent(stimulus_id: 'str', who_has: 'dict[str, Collection[str]]', nbytes: 'dict[str, int]')"""
    who_has: dict[str, collections.abc.Collection[str]]
    nbytes: dict[str, int]
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        stimulus_id: str,
        who_has: dict[str, collections.abc.Collection[str]],
        nbytes: dict[str, int],
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...

class AddKeysMsg(SendMessageToScheduler):
    """AddKeysMsg(stimulus_id: 'str', keys: 'Collection[str]')"""
    op: str = 'add-keys'
    keys: collections.abc.Collection[str]
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, keys: collections.abc.Collection[str]) -> None: ...
    def __repr__(self) -> typing.Any: ...

class BaseWorker(abc.ABC):
    """Wrapper around the :class:`WorkerState` that implements instructions handling.
    This is an abstract class with several ``@abc.abstractmethod`` methods, to be
    subclassed by :class:`~distributed.worker.Worker` and by unit test mock-ups.
   \x20"""
    state: WorkerState
    def __init__(self, state: WorkerState) -> None: ...
    @abc.abstractmethod
    def batched_send(self, msg: dict[str, typing.Any]) -> None:
        """Send a fire-and-forget message to the scheduler through bulk comms.

        Parameters
        ----------
        msg: dict
            msgpack-serializable message to send to the scheduler.
            Must have a 'op' key which is registered in Scheduler.stream_handlers.
       \x20"""
        ...
    async def close(self, timeout: float = 30) -> None:
        """Cancel all asynchronous instructions"""
        ...
    @abc.abstractmethod
    def digest_metric(self, name: str, value: float) -> None:
        """Log an arbitrary numerical metric"""
        ...
    @abc.abstractmethod
    async def execute(self, key: str, *, stimulus_id: str) -> StateMachineEvent:
        """Execute a task"""
        ...
    @abc.abstractmethod
    async def gather_dep(
        self,
        worker: str,
        to_gather: collections.abc.Collection[str],
        total_nbytes: int,
        *,
        stimulus_id: str,
    ) -> StateMachineEvent:
        """Gather dependencies for a task from a worker who has them

        Parameters
        ----------
        worker : str
            Address of worker to gather dependencies from
        to_gather : list
            Keys of dependencies to gather from worker -- this is not
            necessarily equivalent to the full list of dependencies of ``dep``
            as some dependencies may already be present on this worker.
        total_nbytes : int
            Total number of bytes for all the dependencies in to_gather combined
       \x20"""
        ...
    def handle_stimulus(self, *stims: StateMachineEvent) -> None:
        """Forward one or more external stimuli to :meth:`WorkerState.handle_stimulus`
        and process the returned instructions, invoking the relevant Worker callbacks
        (``@abc.abstractmethod`` methods below).

        Spawn asyncio tasks for all asynchronous instructions and start tracking them.

        See also
        --------
        WorkerState.handle_stimulus
       \x20"""
        ...
    @abc.abstractmethod
    async def retry_busy_worker_later(self, worker: str) -> StateMachineEvent:
        """Wait some time, then take a peer worker out of busy state"""
        ...

class CancelComputeEvent(StateMachineEvent):
    """CancelComputeEvent(stimulus_id: 'str', key: 'str')"""
    key: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, key: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class ComputeTaskEvent(StateMachineEvent):
    """ComputeTaskEvent(stimulus_id: 'str', key: 'str', who_has: 'dict[str, Collection[str]]', nbytes: 'dict[str, int]', priority: 'tuple[int, ...]', duration: 'float', run_spec: 'SerializedTask | None', function: 'bytes | None', args: 'bytes | tuple | list | None | None', kwargs: 'bytes | dict[str, Any] | None', resource_restrictions: 'dict[str, float]', actor: 'bool', annotations: 'dict')"""
    key: str
    who_has: dict[str, collections.abc.Collection[str]]
    nbytes: dict[str, int]
    priority: tuple[int, ...]
    duration: float
    run_spec: SerializedTask | None
    function: bytes | None
    args: bytes | tuple | list | None
    kwargs: bytes | dict[str, typing.Any] | None
    resource_restrictions: dict[str, float]
    actor: bool
    annotations: dict
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        stimulus_id: str,
        key: str,
        who_has: dict[str, collections.abc.Collection[str]],
        nbytes: dict[str, int],
        priority: tuple[int, ...],
        duration: float,
        run_spec: SerializedTask | None,
        function: bytes | None,
        args: bytes | tuple | list | None,
        kwargs: bytes | dict[str, typing.Any] | None,
        resource_restrictions: dict[str, float],
        actor: bool,
        annotations: dict,
    ) -> None: ...
    def __post_init__(self) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @staticmethod
    def dummy(
        key: str,
        *,
        who_has: dict[str, collections.abc.Collection[str]] | None = None,
        nbytes: dict[str, int] | None = None,
        priority: tuple[int, ...] = (0,),
        duration: float = 1.0,
        resource_restrictions: dict[str, float] | None = None,
        actor: bool = False,
        annotations: dict | None = None,
        stimulus_id: str,
    ) -> ComputeTaskEvent:
        """Build a dummy event, with most attributes set to a reasonable default.
        This is a convenience method to be used in unit testing only.
       \x20"""
        ...
    def to_loggable(self, *, handled: float) -> StateMachineEvent: ...

class DeprecatedWorkerStateAttribute:
    name: str
    target: str | None
    def __get__(
        self,
        instance: distributed.Worker | None,
        owner: type[distributed.Worker],
    ) -> typing.Any: ...
    def __init__(self, target: str | None = None) -> None: ...
    def __set__(self, instance: distributed.Worker, value: typing.Any) -> None: ...
    def __set_name__(self, owner: type, name: str) -> None: ...

class DigestMetric(Instruction):
    """DigestMetric(stimulus_id: 'str', name: 'str', value: 'float')"""
    name: str
    value: float
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, name: str, value: float) -> None: ...
    def __repr__(self) -> typing.Any: ...

class Execute(Instruction):
    """Execute(stimulus_id: 'str', key: 'str')"""
    key: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, key: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class ExecuteDoneEvent(StateMachineEvent):
    """Abstract base event for all the possible outcomes of a :class:`Compute`
    instruction
   \x20"""
    key: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, key: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class ExecuteFailureEvent(ExecuteDoneEvent):
    """ExecuteFailureEvent(stimulus_id: 'str', key: 'str', start: 'float | None', stop: 'float | None', exception: 'Serialize', traceback: 'Serialize | None', exception_text: 'str', traceback_text: 'str')"""
    start: float | None
    stop: float | None
    exception: distributed.protocol.Serialize
    traceback: distributed.protocol.Serialize | None
    exception_text: str
    traceback_text: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        stimulus_id: str,
        key: str,
        start: float | None,
        stop: float | None,
        exception: distributed.protocol.Serialize,
        traceback: distributed.protocol.Serialize | None,
        exception_text: str,
        traceback_text: str,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @staticmethod
    def dummy(key: str, *, stimulus_id: str) -> ExecuteFailureEvent:
        """Build a dummy event, with most attributes set to a reasonable default.
        This is a convenience method to be used in unit testing only.
       \x20"""
        ...
    @classmethod
    def from_exception(
        cls,
        err_or_msg: BaseException | distributed.core.ErrorMessage,
        *,
        key: str,
        start: float | None = None,
        stop: float | None = None,
        stimulus_id: str,
    ) -> ExecuteFailureEvent: ...

class ExecuteSuccessEvent(ExecuteDoneEvent):
    """ExecuteSuccessEvent(stimulus_id: 'str', key: 'str', value: 'object', start: 'float', stop: 'float', nbytes: 'int', type: 'type | None')"""
    value: object
    start: float
    stop: float
    nbytes: int
    type: type | None
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        stimulus_id: str,
        key: str,
        value: object,
        start: float,
        stop: float,
        nbytes: int,
        type: type | None,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @staticmethod
    def dummy(
        key: str,
        value: object = None,
        *,
        nbytes: int = 1,
        stimulus_id: str,
    ) -> ExecuteSuccessEvent:
        """Build a dummy event, with most attributes set to a reasonable default.
        This is a convenience method to be used in unit testing only.
       \x20"""
        ...
    def to_loggable(self, *, handled: float) -> StateMachineEvent: ...

class FindMissingEvent(StateMachineEvent):
    """FindMissingEvent(stimulus_id: 'str')"""
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class FreeKeysEvent(StateMachineEvent):
    """FreeKeysEvent(stimulus_id: 'str', keys: 'Collection[str]')"""
    keys: collections.abc.Collection[str]
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, keys: collections.abc.Collection[str]) -> None: ...
    def __repr__(self) -> typing.Any: ...

class GatherDep(Instruction):
    """GatherDep(stimulus_id: 'str', worker: 'str', to_gather: 'set[str]', total_nbytes: 'int')"""
    worker: str
    to_gather: set[str]
    total_nbytes: int
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        stimulus_id: str,
        worker: str,
        to_gather: set[str],
        total_nbytes: int,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...

class GatherDepBusyEvent(GatherDepDoneEvent):
    """:class:`GatherDep` instruction terminated:
    remote worker is busy
   \x20"""
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, worker: str, total_nbytes: int) -> None: ...
    def __repr__(self) -> typing.Any: ...

class GatherDepDoneEvent(StateMachineEvent):
    """:class:`GatherDep` instruction terminated (abstract base class)"""
    worker: str
    total_nbytes: int
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, worker: str, total_nbytes: int) -> None: ...
    def __repr__(self) -> typing.Any: ...

class GatherDepFailureEvent(GatherDepDoneEvent):
    """class:`GatherDep` instruction terminated:
    generic error raised (not a network failure); e.g. data failed to deserialize.
   \x20"""
    exception: distributed.protocol.Serialize
    traceback: distributed.protocol.Serialize | None
    exception_text: str
    traceback_text: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        stimulus_id: str,
        worker: str,
        total_nbytes: int,
        exception: distributed.protocol.Serialize,
        traceback: distributed.protocol.Serialize | None,
        exception_text: str,
        traceback_text: str,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @classmethod
    def from_exception(
        cls,
        err: BaseException,
        *,
        worker: str,
        total_nbytes: int,
        stimulus_id: str,
    ) -> GatherDepFailureEvent: ...

class GatherDepNetworkFailureEvent(GatherDepDoneEvent):
    """:class:`GatherDep` instruction terminated:
    network failure while trying to communicate with remote worker
   \x20"""
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, worker: str, total_nbytes: int) -> None: ...
    def __repr__(self) -> typing.Any: ...

class GatherDepSuccessEvent(GatherDepDoneEvent):
    """:class:`GatherDep` instruction terminated:
    remote worker fetched successfully
   \x20"""
    data: dict[str, object]
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        stimulus_id: str,
        worker: str,
        total_nbytes: int,
        data: dict[str, object],
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def to_loggable(self, *, handled: float) -> StateMachineEvent: ...

class Instruction:
    """Command from the worker state machine to the Worker, in response to an event"""
    stimulus_id: str
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, stimulus_id: str) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @classmethod
    def match(cls, **kwargs: typing.Any) -> distributed.worker_state_machine._InstructionMatch:
        """Generate a partial match to compare against an Instruction instance.
        The typical usage is to compare a list of instructions returned by
        :meth:`WorkerState.handle_stimulus` or in :attr:`WorkerState.stimulus_log` vs.
        an expected list of matches.

        Examples
        --------

        .. code-block:: python

            instructions = ws.handle_stimulus(...)
            assert instructions == [
                TaskFinishedMsg.match(key="x"),
                ...
            ]
       \x20"""
        ...

class InvalidTaskState(Exception):
    def __init__(self, key: str, state: TaskStateState, story: list[tuple]) -> None: ...
    def __reduce__(self) -> tuple[collections.abc.Callable, tuple]: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def to_event(self) -> tuple[str, dict[str, typing.Any]]: ...

class InvalidTransition(Exception):
    def __init__(
        self,
        key: str,
        start: TaskStateState,
        finish: TaskStateState,
        story: list[tuple],
    ) -> None: ...
    def __reduce__(self) -> tuple[collections.abc.Callable, tuple]: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def to_event(self) -> tuple[str, dict[str, typing.Any]]: ...

class LongRunningMsg(SendMessageToScheduler):
    """LongRunningMsg(stimulus_id: 'str', key: 'str', compute_duration: 'float | None')"""
    op: str = 'long-running'
    key: str
    compute_duration: float | None
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, key: str, compute_duration: float | None) -> None: ...
    def __repr__(self) -> typing.Any: ...

class PauseEvent(StateMachineEvent):
    """PauseEvent(stimulus_id: 'str')"""
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class RecommendationsConflict(Exception):
    """Two or more recommendations for the same task suggested different finish states"""

class RefreshWhoHasEvent(StateMachineEvent):
    """Scheduler -> Worker message containing updated who_has information.

    See also
    --------
    RequestRefreshWhoHasMsg
   \x20"""
    who_has: dict[str, collections.abc.Collection[str]]
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        stimulus_id: str,
        who_has: dict[str, collections.abc.Collection[str]],
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...

class ReleaseWorkerDataMsg(SendMessageToScheduler):
    """ReleaseWorkerDataMsg(stimulus_id: 'str', key: 'str')"""
    op: str = 'release-worker-data'
    key: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, key: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class RemoveReplicasEvent(StateMachineEvent):
    """RemoveReplicasEvent(stimulus_id: 'str', keys: 'Collection[str]')"""
    keys: collections.abc.Collection[str]
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, keys: collections.abc.Collection[str]) -> None: ...
    def __repr__(self) -> typing.Any: ...

class RequestRefreshWhoHasMsg(SendMessageToScheduler):
    """Worker -> Scheduler asynchronous request for updated who_has information.
    Not to be confused with the scheduler.who_has synchronous RPC call, which is used
    by the Client.

    See also
    --------
    RefreshWhoHasEvent
    distributed.scheduler.Scheduler.request_refresh_who_has
    distributed.client.Client.who_has
    distributed.scheduler.Scheduler.get_who_has
   \x20"""
    op: str = 'request-refresh-who-has'
    keys: collections.abc.Collection[str]
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, keys: collections.abc.Collection[str]) -> None: ...
    def __repr__(self) -> typing.Any: ...

class RescheduleEvent(ExecuteDoneEvent):
    """RescheduleEvent(stimulus_id: 'str', key: 'str')"""
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, key: str) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @staticmethod
    def dummy(key: str, *, stimulus_id: str) -> RescheduleEvent:
        """Build an event. This method exists for compatibility with the other
        ExecuteDoneEvent subclasses.
       \x20"""
        ...

class RescheduleMsg(SendMessageToScheduler):
    """RescheduleMsg(stimulus_id: 'str', key: 'str')"""
    op: str = 'reschedule'
    key: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, key: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class RetryBusyWorkerEvent(StateMachineEvent):
    """RetryBusyWorkerEvent(stimulus_id: 'str', worker: 'str')"""
    worker: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, worker: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class RetryBusyWorkerLater(Instruction):
    """RetryBusyWorkerLater(stimulus_id: 'str', worker: 'str')"""
    worker: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, worker: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class SecedeEvent(StateMachineEvent):
    """SecedeEvent(stimulus_id: 'str', key: 'str', compute_duration: 'float')"""
    key: str
    compute_duration: float
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, key: str, compute_duration: float) -> None: ...
    def __repr__(self) -> typing.Any: ...

class SendMessageToScheduler(Instruction):
    op: typing.ClassVar[str]
    def to_dict(self) -> dict[str, typing.Any]:
        """Convert object to dict so that it can be serialized with msgpack"""
        ...

class SerializedTask(typing.NamedTuple):
    """Info from distributed.scheduler.TaskState.run_spec
    Input to distributed.worker._deserialize

    (function, args kwargs) and task are mutually exclusive
   \x20"""
    function: bytes | None = None
    args: bytes | tuple | list | None = None
    kwargs: bytes | dict[str, typing.Any] | None = None
    task: object
    def __getnewargs__(self) -> typing.Any:
        """Return self as a plain tuple.  Used by copy and pickle."""
        ...
    @staticmethod
    def __new__(
        _cls: typing.Any,
        function: typing.Any = ...,
        args: typing.Any = ...,
        kwargs: typing.Any = ...,
        task: typing.Any = ...,
    ) -> typing.Any:
        """Create new instance of SerializedTask(function, args, kwargs, task)"""
        ...
    def __repr__(self) -> typing.Any:
        """Return a nicely formatted representation string"""
        ...

class StartStop(typing.TypedDict):
    action: str
    start: float
    stop: float
    source: str

class StateMachineEvent:
    """Base abstract class for all stimuli that can modify the worker state"""
    stimulus_id: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str) -> None: ...
    def __init_subclass__(cls) -> None: ...
    def __new__(cls, *args: typing.Any, **kwargs: typing.Any) -> StateMachineEvent:
        """Hack to initialize the ``handled`` attribute in Python <3.10"""
        ...
    def __repr__(self) -> typing.Any: ...
    @staticmethod
    def from_dict(d: dict) -> StateMachineEvent:
        """Convert the output of ``recursive_to_dict`` back into the original object.
        The output object is meaningful for the purpose of rebuilding the state machine,
        but not necessarily identical to the original.
       \x20"""
        ...
    def to_loggable(self, *, handled: float) -> StateMachineEvent:
        """Produce a variant version of self that is small enough to be stored in memory
        in the medium term and contains meaningful information for debugging
       \x20"""
        ...

class StealRequestEvent(StateMachineEvent):
    """Event that requests a worker to release a key because it's now being computed
    somewhere else.

    See also
    --------
    StealResponseMsg
   \x20"""
    key: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, key: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class StealResponseMsg(SendMessageToScheduler):
    """Worker->Scheduler response to ``{op: steal-request}``

    See also
    --------
    StealRequestEvent
   \x20"""
    op: str = 'steal-response'
    key: str
    state: TaskStateState | None
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, key: str, state: str | None) -> None: ...
    def __repr__(self) -> typing.Any: ...

class TaskErredMsg(SendMessageToScheduler):
    """TaskErredMsg(stimulus_id: 'str', key: 'str', exception: 'Serialize', traceback: 'Serialize | None', exception_text: 'str', traceback_text: 'str', thread: 'int | None', startstops: 'list[StartStop]')"""
    op: str = 'task-erred'
    key: str
    exception: distributed.protocol.Serialize
    traceback: distributed.protocol.Serialize | None
    exception_text: str
    traceback_text: str
    thread: int | None
    startstops: list[StartStop]
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        stimulus_id: str,
        key: str,
        exception: distributed.protocol.Serialize,
        traceback: distributed.protocol.Serialize | None,
        exception_text: str,
        traceback_text: str,
        thread: int | None,
        startstops: list[StartStop],
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    @staticmethod
    def from_task(ts: TaskState, stimulus_id: str, thread: int | None = None) -> TaskErredMsg: ...
    def to_dict(self) -> dict[str, typing.Any]: ...

class TaskFinishedMsg(SendMessageToScheduler):
    """TaskFinishedMsg(stimulus_id: 'str', key: 'str', nbytes: 'int | None', type: 'bytes', typename: 'str', metadata: 'dict', thread: 'int | None', startstops: 'list[StartStop]')"""
    op: str = 'task-finished'
    key: str
    nbytes: int | None
    type: bytes
    typename: str
    metadata: dict
    thread: int | None
    startstops: list[StartStop]
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        stimulus_id: str,
        key: str,
        nbytes: int | None,
        type: bytes,
        typename: str,
        metadata: dict,
        thread: int | None,
        startstops: list[StartStop],
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def to_dict(self) -> dict[str, typing.Any]: ...

class TaskState:
    """Holds volatile state relating to an individual Dask task.

    Not to be confused with :class:`distributed.scheduler.TaskState`, which holds
    similar information on the scheduler side.
   \x20"""
    key: str
    run_spec: SerializedTask | None = None
    dependencies: set[TaskState]
    dependents: set[TaskState]
    waiting_for_data: set[TaskState]
    waiters: set[TaskState]
    state: TaskStateState = 'released'
    previous: typing.Literal['executing', 'long-running', 'flight', None] = None
    next: typing.Literal['fetch', 'waiting', None] = None
    duration: float | None = None
    priority: tuple[int, ...] | None = None
    who_has: set[str]
    coming_from: str | None = None
    resource_restrictions: dict[str, float]
    exception: distributed.protocol.Serialize | None = None
    traceback: distributed.protocol.Serialize | None = None
    exception_text: str = ''
    traceback_text: str = ''
    type: type | None = None
    suspicious_count: int = 0
    startstops: list[StartStop]
    start_time: float | None = None
    stop_time: float | None = None
    metadata: dict
    nbytes: int | None = None
    annotations: dict | None = None
    done: bool = False
    def __hash__(self) -> int:
        """Override dataclass __hash__, reverting to the default behaviour
        hash(o) == id(o).

        Note that we also defined @dataclass(eq=False), which reverts to the default
        behaviour (a == b) == (a is b).

        On first thought, it would make sense to use TaskState.key for equality and
        hashing. However, a task may be forgotten and a new TaskState object with the
        same key may be created in its place later on. In the Worker state, you should
        never have multiple TaskState objects with the same key; see
        WorkerState.validate_state for relevant checks. We can't assert the same thing
        in __eq__ though, as multiple objects with the same key may appear in
        TaskState._instances for a brief period of time.
       \x20"""
        ...
    def __init__(
        self,
        key: str,
        run_spec: SerializedTask | None = ...,
        dependencies: set[TaskState] = ...,
        dependents: set[TaskState] = ...,
        waiting_for_data: set[TaskState] = ...,
        waiters: set[TaskState] = ...,
        state: str = ...,
        previous: typing.Literal['executing', 'long-running', 'flight', None] = ...,
        next: typing.Literal['fetch', 'waiting', None] = ...,
        duration: float | None = ...,
        priority: tuple[int, ...] | None = ...,
        who_has: set[str] = ...,
        coming_from: str | None = ...,
        resource_restrictions: dict[str, float] = ...,
        exception: distributed.protocol.Serialize | None = ...,
        traceback: distributed.protocol.Serialize | None = ...,
        exception_text: str = ...,
        traceback_text: str = ...,
        type: type | None = ...,
        suspicious_count: int = ...,
        startstops: list[StartStop] = ...,
        start_time: float | None = ...,
        stop_time: float | None = ...,
        metadata: dict = ...,
        nbytes: int | None = ...,
        annotations: dict | None = ...,
        done: bool = ...,
    ) -> None: ...
    def __post_init__(self) -> None: ...
    def __repr__(self) -> str: ...
    def get_nbytes(self) -> int: ...
    def is_protected(self) -> bool: ...

class TransitionCounterMaxExceeded(InvalidTransition):
    def to_event(self) -> tuple[str, dict[str, typing.Any]]: ...

class UnpauseEvent(StateMachineEvent):
    """UnpauseEvent(stimulus_id: 'str')"""
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str) -> None: ...
    def __repr__(self) -> typing.Any: ...

class UpdateDataEvent(StateMachineEvent):
    """UpdateDataEvent(stimulus_id: 'str', data: 'dict[str, object]', report: 'bool')"""
    data: dict[str, object]
    report: bool
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, stimulus_id: str, data: dict[str, object], report: bool) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def to_loggable(self, *, handled: float) -> StateMachineEvent: ...

class WorkerState:
    """State machine encapsulating the lifetime of all tasks on a worker.

    Not to be confused with :class:`distributed.scheduler.WorkerState`.

    .. note::
       The data attributes of this class are implementation details and may be
       changed without a deprecation cycle.

    .. warning::
       The attributes of this class are all heavily correlated with each other.
       *Do not* modify them directly, *ever*, as it is extremely easy to obtain a broken
       state this way, which in turn will likely result in cluster-wide deadlocks.

       The state should be exclusively mutated through :meth:`handle_stimulus`.
   \x20"""
    address: str
    tasks: dict[str, TaskState]
    threads: dict[str, int]
    data: collections.abc.MutableMapping[str, object]
    plugins: dict[str, distributed.WorkerPlugin]
    ready: distributed.collections.HeapSet[TaskState]
    constrained: distributed.collections.HeapSet[TaskState]
    nthreads: int
    running: bool
    waiting: set[TaskState]
    has_what: collections.defaultdict[str, set[str]]
    data_needed: collections.defaultdict[str, distributed.collections.HeapSet[TaskState]]
    fetch_count: int
    transfer_message_bytes_limit: float
    missing_dep_flight: set[TaskState]
    in_flight_tasks: set[TaskState]
    in_flight_workers: dict[str, set[str]]
    transfer_incoming_bytes: int
    transfer_incoming_count_limit: int
    transfer_incoming_count_total: int
    transfer_incoming_bytes_throttle_threshold: int
    busy_workers: set[str]
    generation: int
    total_resources: dict[str, float]
    available_resources: dict[str, float]
    executing: set[TaskState]
    long_running: set[TaskState]
    executed_count: int
    nbytes: int
    actors: dict[str, object]
    log: collections.deque[tuple]
    stimulus_log: collections.deque[StateMachineEvent]
    validate: bool
    transition_counter: int
    transition_counter_max: int | typing.Literal[False]
    transfer_incoming_bytes_limit: float
    rng: random.Random
    def __init__(
        self,
        *,
        nthreads: int = 1,
        address: str | None = None,
        data: collections.abc.MutableMapping[str, object] | None = None,
        threads: dict[str, int] | None = None,
        plugins: dict[str, distributed.WorkerPlugin] | None = None,
        resources: collections.abc.Mapping[str, float] | None = None,
        transfer_incoming_count_limit: int = 9999,
        validate: bool = True,
        transition_counter_max: int | typing.Literal[False] = False,
        transfer_incoming_bytes_limit: float = ...,
        transfer_message_bytes_limit: float = ...,
    ) -> None: ...
    @property
    def all_running_tasks(self) -> set[TaskState]:
        """All tasks that are currently occupying a thread. They may or may not count
        towards the maximum number of threads.

        These are:

        - ts.status in (executing, long-running)
        - ts.status in (cancelled, resumed) and ts.previous in (executing, long-running)

        See also
        --------
        WorkerState.executing_count
       \x20"""
        ...
    @property
    def executing_count(self) -> int:
        """Count of tasks currently executing on this worker and counting towards the
        maximum number of threads.

        It includes cancelled tasks, but does not include long running (a.k.a. seceded)
        tasks.

        See also
        --------
        WorkerState.executing
        WorkerState.executed_count
        WorkerState.nthreads
        WorkerState.all_running_tasks
       \x20"""
        ...
    def handle_stimulus(self, *stims: StateMachineEvent) -> Instructions:
        """Process one or more external events, transition relevant tasks to new states,
        and return a list of instructions to be executed as a consequence.

        See also
        --------
        BaseWorker.handle_stimulus
       \x20"""
        ...
    @property
    def in_flight_tasks_count(self) -> int:
        """Number of tasks currently being replicated from other workers to this one.

        See also
        --------
        WorkerState.in_flight_tasks
       \x20"""
        ...
    def stimulus_story(self, *keys_or_tasks: str | TaskState) -> list[StateMachineEvent]:
        """Return all state machine events involving one or more tasks"""
        ...
    def story(self, *keys_or_tasks_or_stimuli: str | TaskState) -> list[tuple]:
        """Return all records from the transitions log involving one or more tasks or
        stimulus_id's
       \x20"""
        ...
    @property
    def task_counts(self) -> dict[TaskStateState | typing.Literal['other'], int]: ...
    @property
    def transfer_incoming_count(self) -> int:
        """Current number of open data transfers from other workers.

        See also
        --------
        WorkerState.in_flight_workers
       \x20"""
        ...
    def validate_state(self) -> None: ...
    def validate_task(self, ts: TaskState) -> None: ...
