# pybind-stub: 1
# module: distributed.scheduler
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/scheduler.py, runtime
# content-hash: sha256:b8ac51d7637985bb9e64bfcae889bb297b8ff2aaa8a3eb459afb2e0d8db34400
import collections
import collections.abc
import distributed
import distributed.batched
import distributed.collections
import distributed.comm
import distributed.protocol
import logging
import sortedcontainers
import typing
import uuid
import weakref
from distributed import KilledWorker as KilledWorker
from distributed import Scheduler as Scheduler

Msgs: typing.TypeAlias = dict[str, list[dict[str, typing.Any]]]
Recs: typing.TypeAlias = dict[str, TaskStateState]
RecsMsgs: typing.TypeAlias = tuple[Recs, Msgs, Msgs]
TaskStateState: typing.TypeAlias = typing.Literal['released', 'waiting', 'no-worker', 'queued', 'processing', 'memory', 'erred', 'forgotten']

ALL_TASK_STATES: set[TaskStateState]
DEFAULT_DATA_SIZE: int
DEFAULT_EXTENSIONS: dict
LOG_PDB: bool
STIMULUS_ID_UNSET: str = '<stimulus_id unset>'
logger: logging.Logger

def decide_worker(
    ts: TaskState,
    all_workers: collections.abc.Iterable[WorkerState],
    valid_workers: set[WorkerState] | None,
    objective: collections.abc.Callable[[WorkerState], typing.Any],
) -> WorkerState | None:
    """
    Decide which worker should take task *ts*.

    We choose the worker that has the data on which *ts* depends.

    If several workers have dependencies then we choose the less-busy worker.

    Optionally provide *valid_workers* of where jobs are allowed to occur
    (if all workers are allowed to take the task, pass None instead).

    If the task requires data communication because no eligible worker has
    all the dependencies already, then we choose to minimize the number
    of bytes sent between workers.  This is determined by calling the
    *objective* function.
   \x20"""
    ...

def heartbeat_interval(n: int) -> float:
    """Interval in seconds that we desire heartbeats based on number of workers"""
    ...

def validate_state(
    tasks: dict[str, TaskState],
    workers: dict[str, WorkerState],
    clients: dict[str, ClientState],
) -> None:
    """Validate a current runtime state.

    This performs a sequence of checks on the entire graph, running in about linear
    time. This raises assert errors if anything doesn't check out.
   \x20"""
    ...

def validate_task_state(ts: TaskState) -> None:
    """Validate the given TaskState"""
    ...

def validate_worker_state(ws: WorkerState) -> None: ...

class ClientState:
    """A simple object holding information about a client."""
    client_key: str
    wants_what: set[TaskState]
    last_seen: float
    versions: dict[str, typing.Any]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __init__(self, client: str, *, versions: dict[str, typing.Any] | None = None) -> None: ...
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...

class CollectTaskMetaDataPlugin(distributed.SchedulerPlugin):
    scheduler: distributed.Scheduler
    name: str
    keys: set[str]
    metadata: dict[str, typing.Any]
    state: dict[str, str]
    def __init__(self, scheduler: distributed.Scheduler, name: str) -> None: ...
    def transition(
        self,
        key: str,
        start: TaskStateState,
        finish: TaskStateState,
        *args: typing.Any,
        **kwargs: typing.Any,
    ) -> None: ...
    def update_graph(
        self,
        scheduler: distributed.Scheduler,
        keys: set[str],
        restrictions: dict[str, float],
        **kwargs: typing.Any,
    ) -> None: ...

class Computation:
    """Collection tracking a single compute or persist call

    See also
    --------
    TaskPrefix
    TaskGroup
    TaskState
   \x20"""
    start: float
    groups: set[TaskGroup]
    code: sortedcontainers.SortedSet
    id: uuid.UUID
    def __init__(self) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def states(self) -> dict[TaskStateState, int]: ...
    @property
    def stop(self) -> float: ...

class ErredTask:
    """Lightweight representation of an erred task without any dependency information
    or runspec.

    See also
    --------
    TaskState
   \x20"""
    key: collections.abc.Hashable
    timestamp: float
    erred_on: set[str]
    exception_text: str
    traceback_text: str
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(
        self,
        key: collections.abc.Hashable,
        timestamp: float,
        erred_on: set[str],
        exception_text: str,
        traceback_text: str,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...

class MemoryState:
    """Memory readings on a worker or on the whole cluster.

    See :doc:`worker-memory`.

    Attributes / properties:

    managed
        Sum of the output of sizeof() for all dask keys held by the worker in memory,
        plus number of bytes spilled to disk

    managed_in_memory
        Sum of the output of sizeof() for the dask keys held in RAM. Note that this may
        be inaccurate, which may cause inaccurate unmanaged memory (see below).

    managed_spilled
        Number of bytes  for the dask keys spilled to the hard drive.
        Note that this is the size on disk; size in memory may be different due to
        compression and inaccuracies in sizeof(). In other words, given the same keys,
        'managed' will change depending if the keys are in memory or spilled.

    process
        Total RSS memory measured by the OS on the worker process.
        This is always exactly equal to managed_in_memory + unmanaged.

    unmanaged
        process - managed_in_memory. This is the sum of

        - Python interpreter and modules
        - global variables
        - memory temporarily allocated by the dask tasks that are currently running
        - memory fragmentation
        - memory leaks
        - memory not yet garbage collected
        - memory not yet free()'d by the Python memory manager to the OS

    unmanaged_old
        Minimum of the 'unmanaged' measures over the last
        ``distributed.memory.recent-to-old-time`` seconds

    unmanaged_recent
        unmanaged - unmanaged_old; in other words process memory that has been recently
        allocated but is not accounted for by dask; hopefully it's mostly a temporary
        spike.

    optimistic
        managed_in_memory + unmanaged_old; in other words the memory held long-term by
        the process under the hopeful assumption that all unmanaged_recent memory is a
        temporary spike

    .. note::
        There is an intentional misalignment in terminology between this class (which is
        meant for internal / programmatic use) and the memory readings on the GUI (which
        is aimed at the general public:

        ================= =====================
        MemoryState       GUI
        ================= =====================
        managed           n/a
        managed_in_memory managed
        managed_spilled   spilled
        process           process (RSS); memory
        unmanaged         n/a
        unmanaged_old     unmanaged (old)
        unmanaged_recent  unmanaged (recent)
        optimistic        n/a
        ================= =====================
   \x20"""
    process: int
    unmanaged_old: int
    managed_in_memory: int
    managed_spilled: int
    def __init__(
        self,
        *,
        process: int,
        unmanaged_old: int,
        managed_in_memory: int,
        managed_spilled: int,
    ) -> None: ...
    def __repr__(self) -> str: ...
    @property
    def managed(self) -> int: ...
    @property
    def optimistic(self) -> int: ...
    @staticmethod
    def sum(*infos: MemoryState) -> MemoryState: ...
    @property
    def unmanaged(self) -> int: ...
    @property
    def unmanaged_recent(self) -> int: ...

class SchedulerState:
    """Underlying task state of dynamic scheduler

    Tracks the current state of workers, data, and computations.

    Handles transitions between different task states. Notifies the
    Scheduler of changes by messaging passing through Queues, which the
    Scheduler listens to responds accordingly.

    All events are handled quickly, in linear time with respect to their
    input (which is often of constant size) and generally within a
    millisecond.

    Users typically do not interact with ``Transitions`` directly. Instead
    users interact with the ``Client``, which in turn engages the
    ``Scheduler`` affecting different transitions here under-the-hood. In
    the background ``Worker``s also engage with the ``Scheduler``
    affecting these state transitions as well.
   \x20"""
    bandwidth: int
    clients: dict[str, ClientState]
    extensions: dict[str, typing.Any]
    plugins: dict[str, distributed.SchedulerPlugin]
    host_info: dict[str, dict[str, typing.Any]]
    validate: bool
    workers: dict[str, WorkerState]
    aliases: dict[collections.abc.Hashable, str]
    running: set[WorkerState]
    idle: dict[str, WorkerState]
    idle_task_count: set[WorkerState]
    saturated: set[WorkerState]
    total_nthreads: int
    resources: dict[str, dict[str, float]]
    n_tasks: int
    tasks: dict[str, TaskState]
    queued: distributed.collections.HeapSet[TaskState]
    unrunnable: set[TaskState]
    replicated_tasks: set[TaskState]
    unknown_durations: dict[str, set[TaskState]]
    task_groups: dict[str, TaskGroup]
    task_prefixes: dict[str, TaskPrefix]
    task_metadata: dict[str, typing.Any]
    computations: collections.deque[Computation]
    erred_tasks: collections.deque[ErredTask]
    transition_log: collections.deque[Transition]
    transition_counter: int
    transition_counter_max: int | typing.Literal[False]
    UNKNOWN_TASK_DURATION: float
    MEMORY_RECENT_TO_OLD_TIME: float
    MEMORY_REBALANCE_MEASURE: str
    MEMORY_REBALANCE_SENDER_MIN: float
    MEMORY_REBALANCE_RECIPIENT_MAX: float
    MEMORY_REBALANCE_HALF_GAP: float
    WORKER_SATURATION: float
    def __init__(
        self,
        aliases: dict[collections.abc.Hashable, str],
        clients: dict[str, ClientState],
        workers: sortedcontainers.SortedDict[str, WorkerState],
        host_info: dict[str, dict[str, typing.Any]],
        resources: dict[str, dict[str, float]],
        tasks: dict[str, TaskState],
        unrunnable: set[TaskState],
        queued: distributed.collections.HeapSet[TaskState],
        validate: bool,
        plugins: collections.abc.Iterable[distributed.SchedulerPlugin] = (),
        transition_counter_max: int | typing.Literal[False] = False,
        **kwargs: typing.Any,
    ) -> None: ...
    @property
    def __pdict__(self) -> dict[str, typing.Any]: ...
    def acquire_resources(self, ts: TaskState, ws: WorkerState) -> None: ...
    def add_replica(self, ts: TaskState, ws: WorkerState) -> None:
        """Note that a worker holds a replica of a task with state='memory'"""
        ...
    def bulk_schedule_unrunnable_after_adding_worker(self, ws: WorkerState) -> Recs:
        """Send ``no-worker`` tasks to ``processing`` that this worker can handle.

        Returns priority-ordered recommendations.
       \x20"""
        ...
    def check_idle_saturated(self, ws: WorkerState, occ: float = -1.0) -> None:
        """Update the status of the idle and saturated state

        The scheduler keeps track of workers that are ..

        -  Saturated: have enough work to stay busy
        -  Idle: do not have enough work to stay busy

        They are considered saturated if they both have enough tasks to occupy
        all of their threads, and if the expected runtime of those tasks is
        large enough.

        If ``distributed.scheduler.worker-saturation`` is not ``inf``
        (scheduler-side queuing is enabled), they are considered idle
        if they have fewer tasks processing than the ``worker-saturation``
        threshold dictates.

        Otherwise, they are considered idle if they have fewer tasks processing
        than threads, or if their tasks' total expected runtime is less than half
        the expected runtime of the same number of average tasks.

        This is useful for load balancing and adaptivity.
       \x20"""
        ...
    def coerce_hostname(self, host: collections.abc.Hashable) -> str:
        """
        Coerce the hostname of a worker.
       \x20"""
        ...
    def decide_worker_non_rootish(self, ts: TaskState) -> WorkerState | None:
        """Pick a worker for a runnable non-root task, considering dependencies and
        restrictions.

        Out of eligible workers holding dependencies of ``ts``, selects the worker
        where, considering worker backlong and data-transfer costs, the task is
        estimated to start running the soonest.

        Returns
        -------
        ws: WorkerState | None
            The worker to assign the task to. If no workers satisfy the restrictions of
            ``ts`` or there are no running workers, returns None, in which case the task
            should be transitioned to ``no-worker``.
       \x20"""
        ...
    def decide_worker_rootish_queuing_disabled(self, ts: TaskState) -> WorkerState | None:
        """Pick a worker for a runnable root-ish task, without queuing.

        This attempts to schedule sibling tasks on the same worker, reducing future data
        transfer. It does not consider the location of dependencies, since they'll end
        up on every worker anyway.

        It assumes it's being called on a batch of tasks in priority order, and
        maintains state in `SchedulerState.last_root_worker` and
        `SchedulerState.last_root_worker_tasks_left` to achieve this.

        This will send every runnable task to a worker, often causing root task
        overproduction.

        Returns
        -------
        ws: WorkerState | None
            The worker to assign the task to. If there are no workers in the cluster,
            returns None, in which case the task should be transitioned to
            ``no-worker``.
       \x20"""
        ...
    def decide_worker_rootish_queuing_enabled(self) -> WorkerState | None:
        """Pick a worker for a runnable root-ish task, if not all are busy.

        Picks the least-busy worker out of the ``idle`` workers (idle workers have fewer
        tasks running than threads, as set by ``distributed.scheduler.worker-saturation``).
        It does not consider the location of dependencies, since they'll end up on every
        worker anyway.

        If all workers are full, returns None, meaning the task should transition to
        ``queued``. The scheduler will wait to send it to a worker until a thread opens
        up. This ensures that downstream tasks always run before new root tasks are
        started.

        This does not try to schedule sibling tasks on the same worker; in fact, it
        usually does the opposite. Even though this increases subsequent data transfer,
        it typically reduces overall memory use by eliminating root task overproduction.

        Returns
        -------
        ws: WorkerState | None
            The worker to assign the task to. If there are no idle workers, returns
            None, in which case the task should be transitioned to ``queued``.

       \x20"""
        ...
    def get_comm_cost(self, ts: TaskState, ws: WorkerState) -> float:
        """
        Get the estimated communication cost (in s.) to compute the task
        on the given worker.
       \x20"""
        ...
    def get_task_duration(self, ts: TaskState) -> float:
        """Get the estimated computation cost of the given task (not including
        any communication cost).

        If no data has been observed, value of
        `distributed.scheduler.default-task-durations` are used. If none is set
        for this task, `distributed.scheduler.unknown-task-duration` is used
        instead.
       \x20"""
        ...
    def is_rootish(self, ts: TaskState) -> bool:
        """
        Whether ``ts`` is a root or root-like task.

        Root-ish tasks are part of a group that's much larger than the cluster,
        and have few or no dependencies.
       \x20"""
        ...
    def is_unoccupied(self, ws: WorkerState, occupancy: float, nprocessing: int) -> bool: ...
    @property
    def memory(self) -> MemoryState: ...
    def new_task(
        self,
        key: str,
        spec: object,
        state: TaskStateState,
        computation: Computation | None = None,
    ) -> TaskState:
        """Create a new task, and associated states"""
        ...
    def release_resources(self, ts: TaskState, ws: WorkerState) -> None: ...
    def remove_all_replicas(self, ts: TaskState) -> None:
        """Remove all replicas of a task from all workers"""
        ...
    def remove_replica(self, ts: TaskState, ws: WorkerState) -> None:
        """Note that a worker no longer holds a replica of a task"""
        ...
    def story(self, *keys_or_tasks_or_stimuli: str | TaskState) -> list[Transition]:
        """Get all transitions that touch one of the input keys or stimulus_id's"""
        ...
    @property
    def total_occupancy(self) -> float: ...
    def transition_erred_released(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_memory_forgotten(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_memory_released(
        self,
        key: str,
        stimulus_id: str,
        *,
        safe: bool = False,
    ) -> RecsMsgs: ...
    def transition_no_worker_processing(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_no_worker_released(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_processing_erred(
        self,
        key: str,
        stimulus_id: str,
        *,
        worker: str,
        cause: str | None = None,
        exception: distributed.protocol.Serialized | None = None,
        traceback: distributed.protocol.Serialized | None = None,
        exception_text: str | None = None,
        traceback_text: str | None = None,
        **kwargs: typing.Any,
    ) -> RecsMsgs:
        """Processed a recommended transition processing -> erred.

        Parameters
        ----------
        key
           Key of the task to transition
        stimulus_id
            ID of the stimulus causing the transition
        worker
            Address of the worker where the task erred.
            Not necessarily ``ts.processing_on``.
        cause
            Address of the task that caused this task to be transitioned to erred
        exception
            Exception caused by the task
        traceback
            Traceback caused by the task
        exception_text
            String representation of the exception
        traceback_text
            String representation of the traceback

        Returns
        -------
        Recommendations, client messages and worker messages to process
       \x20"""
        ...
    def transition_processing_memory(
        self,
        key: str,
        stimulus_id: str,
        *,
        nbytes: int | None = None,
        type: bytes | None = None,
        typename: str | None = None,
        worker: str,
        startstops: list[dict] | None = None,
        **kwargs: typing.Any,
    ) -> RecsMsgs: ...
    def transition_processing_released(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_queued_processing(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_queued_released(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_released_erred(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_released_forgotten(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_released_waiting(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_waiting_memory(
        self,
        key: str,
        stimulus_id: str,
        *,
        nbytes: int | None = None,
        type: bytes | None = None,
        typename: str | None = None,
        worker: str,
        **kwargs: typing.Any,
    ) -> RecsMsgs:
        """This transition exclusively happens in a race condition where the scheduler
        believes that the only copy of a dependency task has just been lost, so it
        transitions all dependents back to waiting, but actually a replica has already
        been acquired by a worker computing the dependency - the scheduler just doesn't
        know yet - and the execution finishes before the cancellation message from the
        scheduler has a chance to reach the worker. Shortly, the cancellation request
        will reach the worker, thus deleting the data from memory.
       \x20"""
        ...
    def transition_waiting_no_worker(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_waiting_processing(self, key: str, stimulus_id: str) -> RecsMsgs:
        """Possibly schedule a ready task. This is the primary dispatch for ready tasks.

        If there's no appropriate worker for the task (but the task is otherwise
        runnable), it will be recommended to ``no-worker`` or ``queued``.
       \x20"""
        ...
    def transition_waiting_queued(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def transition_waiting_released(self, key: str, stimulus_id: str) -> RecsMsgs: ...
    def valid_workers(self, ts: TaskState) -> set[WorkerState] | None:
        """Return set of currently valid workers for key

        If all workers are valid then this returns ``None``, in which case
        any *running* worker can be used.
        Otherwise, the subset of running workers valid for this task
        is returned.
        This checks tracks the following state:

        *  worker_restrictions
        *  host_restrictions
        *  resource_restrictions
       \x20"""
        ...
    def worker_objective(self, ts: TaskState, ws: WorkerState) -> tuple:
        """Objective function to determine which worker should get the task

        Minimize expected start time.  If a tie then break with data storage.
       \x20"""
        ...

class TaskGroup:
    """Collection tracking all tasks within a group

    Keys often have a structure like ``("x-123", 0)``
    A group takes the first section, like ``"x-123"``

    See also
    --------
    TaskPrefix
   \x20"""
    name: str
    states: dict[TaskStateState, int]
    dependencies: set[TaskGroup]
    nbytes_total: int
    duration: float
    types: set[str]
    last_worker: WorkerState | None
    last_worker_tasks_left: int
    prefix: TaskPrefix | None
    start: float
    stop: float
    all_durations: collections.defaultdict[str, float]
    def __init__(self, name: str) -> None: ...
    def __len__(self) -> int: ...
    def __repr__(self) -> str: ...
    def add(self, other: TaskState) -> None: ...
    def add_duration(self, action: str, start: float, stop: float) -> None: ...

class TaskPrefix:
    """Collection tracking all tasks within a group

    Keys often have a structure like ``("x-123", 0)``
    A group takes the first section, like ``"x"``

    See Also
    --------
    TaskGroup
   \x20"""
    name: str
    duration_average: float
    suspicious: int
    all_durations: collections.defaultdict[str, float]
    max_exec_time: float
    groups: list[TaskGroup]
    state_counts: collections.defaultdict[str, int]
    def __init__(self, name: str) -> None: ...
    def __len__(self) -> int: ...
    def __repr__(self) -> str: ...
    @property
    def active(self) -> list[TaskGroup]: ...
    @property
    def active_states(self) -> dict[str, int]: ...
    def add_duration(self, action: str, start: float, stop: float) -> None: ...
    def add_exec_time(self, duration: float) -> None: ...
    @property
    def duration(self) -> float: ...
    @property
    def nbytes_total(self) -> int: ...
    @property
    def states(self) -> dict[str, int]:
        """The number of tasks in each state,
        like ``{"memory": 10, "processing": 3, "released": 4, ...}``
       \x20"""
        ...
    @property
    def types(self) -> set[str]: ...

class TaskState:
    """A simple object holding information about a task.

    Not to be confused with :class:`distributed.worker_state_machine.TaskState`, which
    holds similar information on the Worker side.
   \x20"""
    key: str
    prefix: TaskPrefix
    run_spec: object
    priority: tuple[int, ...]
    dependencies: set[TaskState]
    dependents: set[TaskState]
    has_lost_dependencies: bool
    waiting_on: set[TaskState]
    waiters: set[TaskState]
    who_wants: set[ClientState]
    who_has: set[WorkerState]
    processing_on: WorkerState | None
    retries: int
    nbytes: int
    type: str
    exception: distributed.protocol.Serialized | None
    traceback: distributed.protocol.Serialized | None
    exception_text: str
    traceback_text: str
    exception_blame: TaskState | None
    erred_on: set[str]
    suspicious: int
    host_restrictions: set[str]
    worker_restrictions: set[str]
    resource_restrictions: dict[str, float]
    loose_restrictions: bool
    actor: bool
    group: TaskGroup
    group_key: str
    metadata: dict[str, typing.Any]
    annotations: dict[str, typing.Any]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __init__(self, key: str, run_spec: object, state: TaskStateState) -> None: ...
    def __repr__(self) -> str: ...
    def add_dependency(self, other: TaskState) -> None:
        """Add another task as a dependency of this task"""
        ...
    def get_nbytes(self) -> int: ...
    def get_nbytes_deps(self) -> int: ...
    def set_nbytes(self, nbytes: int) -> None: ...
    @property
    def state(self) -> TaskStateState:
        """This task's current state.  Valid states are ``released``, ``waiting``,
        ``no-worker``, ``processing``, ``memory``, ``erred`` and ``forgotten``.  If it
        is ``forgotten``, the task isn't stored in the ``tasks`` dictionary anymore and
        will probably disappear soon from memory.
       \x20"""
        ...
    @state.setter
    def state(self, value: TaskStateState) -> None: ...
    def validate(self) -> None: ...

class Transition(typing.NamedTuple):
    """An entry in :attr:`SchedulerState.transition_log`"""
    key: str
    start: TaskStateState
    finish: TaskStateState
    recommendations: Recs
    stimulus_id: str
    timestamp: float
    def __getnewargs__(self) -> typing.Any:
        """Return self as a plain tuple.  Used by copy and pickle."""
        ...
    @staticmethod
    def __new__(
        _cls: typing.Any,
        key: typing.Any,
        start: typing.Any,
        finish: typing.Any,
        recommendations: typing.Any,
        stimulus_id: typing.Any,
        timestamp: typing.Any,
    ) -> typing.Any:
        """Create new instance of Transition(key, start, finish, recommendations, stimulus_id, timestamp)"""
        ...
    def __repr__(self) -> typing.Any:
        """Return a nicely formatted representation string"""
        ...

class WorkerState:
    """A simple object holding information about a worker.

    Not to be confused with :class:`distributed.worker_state_machine.WorkerState`.
   \x20"""
    address: str
    pid: int
    name: collections.abc.Hashable
    nthreads: int
    memory_limit: int
    local_directory: str
    services: dict[str, int]
    versions: dict[str, typing.Any]
    nanny: str
    status: distributed.Status
    nbytes: int
    metrics: dict[str, typing.Any]
    last_seen: float
    time_delay: float
    bandwidth: float
    actors: set[TaskState]
    processing: set[TaskState]
    long_running: set[TaskState]
    executing: dict[TaskState, float]
    resources: dict[str, float]
    used_resources: dict[str, float]
    extra: dict[str, typing.Any]
    server_id: str
    scheduler_ref: weakref.ref[SchedulerState] | None
    task_prefix_count: collections.defaultdict[str, int]
    needs_what: dict[TaskState, int]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __init__(
        self,
        *,
        address: str,
        status: distributed.Status,
        pid: int,
        name: object,
        nthreads: int = 0,
        memory_limit: int,
        local_directory: str,
        nanny: str,
        server_id: str,
        services: dict[str, int] | None = None,
        versions: dict[str, typing.Any] | None = None,
        extra: dict[str, typing.Any] | None = None,
        scheduler: SchedulerState | None = None,
    ) -> None: ...
    def __repr__(self) -> str: ...
    def add_replica(self, ts: TaskState) -> None:
        """The worker acquired a replica of task"""
        ...
    def add_to_long_running(self, ts: TaskState) -> None: ...
    def add_to_processing(self, ts: TaskState) -> None:
        """Assign a task to this worker for compute."""
        ...
    def clean(self) -> WorkerState:
        """Return a version of this object that is appropriate for serialization"""
        ...
    @property
    def has_what(self) -> collections.abc.Set[TaskState]:
        """An insertion-sorted set-like of tasks which currently reside on this worker.
        All the tasks here are in the "memory" state.
        This is the reverse mapping of :attr:`TaskState.who_has`.

        This is a read-only public accessor. The data is implemented as a dict without
        values, because rebalance() relies on dicts being insertion-sorted.
       \x20"""
        ...
    @property
    def host(self) -> str: ...
    def identity(self) -> dict[str, typing.Any]: ...
    @property
    def memory(self) -> MemoryState:
        """Polished memory metrics for the worker.

        **Design note on managed memory**

        There are two measures available for managed memory:

        - ``self.nbytes``
        - ``self.metrics["managed_bytes"]``

        At rest, the two numbers must be identical. However, ``self.nbytes`` is
        immediately updated through the batched comms as soon as each task lands in
        memory on the worker; ``self.metrics["managed_bytes"]`` instead is updated by
        the heartbeat, which can lag several seconds behind.

        Below we are mixing likely newer managed memory info from ``self.nbytes`` with
        process and spilled memory from the heartbeat. This is deliberate, so that
        managed memory total is updated more frequently.

        Managed memory directly and immediately contributes to optimistic memory, which
        is in turn used in Active Memory Manager heuristics (at the moment of writing;
        more uses will likely be added in the future). So it's important to have it
        up to date; much more than it is for process memory.

        Having up-to-date managed memory info as soon as the scheduler learns about
        task completion also substantially simplifies unit tests.

        The flip side of this design is that it may cause some noise in the
        unmanaged_recent measure. e.g.:

        1. Delete 100MB of managed data
        2. The updated managed memory reaches the scheduler faster than the
           updated process memory
        3. There's a blip where the scheduler thinks that there's a sudden 100MB
           increase in unmanaged_recent, since process memory hasn't changed but managed
           memory has decreased by 100MB
        4. When the heartbeat arrives, process memory goes down and so does the
           unmanaged_recent.

        This is OK - one of the main reasons for the unmanaged_recent / unmanaged_old
        split is exactly to concentrate all the noise in unmanaged_recent and exclude it
        from optimistic memory, which is used for heuristics.

        Something that is less OK, but also less frequent, is that the sudden deletion
        of spilled keys will cause a negative blip of managed_in_memory:

        1. Delete 100MB of spilled data
        2. The updated managed memory *total* reaches the scheduler faster than the
           updated spilled portion
        3. This causes managed_in_memory to temporarily plummet and be replaced by
           unmanaged_recent, while managed_spilled remains unaltered
        4. When the heartbeat arrives, managed_in_memory goes back up, unmanaged_recent
           goes back down, and managed_spilled goes down by 100MB as it should have to
           begin with.

        https://github.com/dask/distributed/issues/6002 will let us solve this.
       \x20"""
        ...
    @property
    def occupancy(self) -> float: ...
    def remove_from_processing(self, ts: TaskState) -> None:
        """Remove a task from a workers processing"""
        ...
    def remove_replica(self, ts: TaskState) -> None:
        """The worker no longer has a task in memory"""
        ...
    @property
    def scheduler(self) -> SchedulerState: ...

class WorkerStatusPlugin(distributed.SchedulerPlugin):
    """A plugin to share worker status with a remote observer

    This is used in cluster managers to keep updated about the status of the scheduler.
   \x20"""
    name: typing.ClassVar[str] = 'worker-status'
    bcomm: distributed.batched.BatchedSend
    def __init__(self, scheduler: distributed.Scheduler, comm: distributed.comm.Comm) -> None: ...
    def add_worker(self, scheduler: distributed.Scheduler, worker: str) -> None: ...
    def remove_worker(self, scheduler: distributed.Scheduler, worker: str) -> None: ...
    def teardown(self) -> None: ...
