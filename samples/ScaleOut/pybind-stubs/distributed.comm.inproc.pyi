# pybind-stub: 1
# module: distributed.comm.inproc
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/comm/inproc.py, runtime
# content-hash: sha256:215696c15a3cd862a642d677c6379447e4e37c97a2af668d62c15bbf76b9129d
import distributed.comm
import distributed.comm.core
import distributed.comm.registry
import logging
import typing

ConnectionRequest: type
global_manager: Manager
logger: logging.Logger

def new_address() -> typing.Any:
    """
    Generate a new address.
   \x20"""
    ...

class InProc(distributed.comm.Comm):
    """
    An established communication based on a pair of in-process queues.

    Reminder: a Comm must always be used from a single thread.
    Its peer Comm can be running in any thread.
   \x20"""
    def __init__(
        self,
        local_addr: str,
        peer_addr: str,
        read_q: typing.Any,
        write_q: typing.Any,
        write_loop: typing.Any,
        deserialize: bool = True,
    ) -> None: ...
    def abort(self) -> typing.Any: ...
    async def close(self) -> typing.Any: ...
    def closed(self) -> typing.Any:
        """
        Whether this comm is closed.  An InProc comm is closed if:
            1) close() or abort() was called on this comm
            2) close() or abort() was called on the other end and the
               read queue is empty
       \x20"""
        ...
    @property
    def local_address(self) -> str: ...
    @property
    def peer_address(self) -> str: ...
    async def read(self, deserializers: typing.Any = 'ignored') -> typing.Any: ...
    async def write(
        self,
        msg: typing.Any,
        serializers: typing.Any = None,
        on_error: typing.Any = None,
    ) -> typing.Any: ...

class InProcBackend(distributed.comm.registry.Backend):
    manager: typing.Any
    def get_address_host(self, loc: typing.Any) -> typing.Any: ...
    def get_connector(self) -> typing.Any: ...
    def get_listener(
        self,
        loc: typing.Any,
        handle_comm: typing.Any,
        deserialize: typing.Any,
        **connection_args: typing.Any,
    ) -> typing.Any: ...
    def get_local_address_for(self, loc: typing.Any) -> typing.Any: ...
    def resolve_address(self, loc: typing.Any) -> typing.Any: ...

class InProcConnector(distributed.comm.core.Connector):
    def __init__(self, manager: typing.Any) -> None: ...
    async def connect(
        self,
        address: typing.Any,
        deserialize: typing.Any = True,
        **connection_args: typing.Any,
    ) -> typing.Any: ...

class InProcListener(distributed.comm.core.Listener):
    prefix: str = 'inproc'
    def __init__(
        self,
        address: typing.Any,
        comm_handler: typing.Any,
        deserialize: typing.Any = True,
    ) -> None: ...
    def connect_threadsafe(self, conn_req: typing.Any) -> typing.Any: ...
    @property
    def contact_address(self) -> typing.Any: ...
    @property
    def listen_address(self) -> typing.Any: ...
    async def start(self) -> typing.Any: ...
    def stop(self) -> typing.Any: ...

class Manager:
    """
    An object coordinating listeners and their addresses.
   \x20"""
    def __init__(self) -> None: ...
    def add_listener(self, addr: typing.Any, listener: typing.Any) -> typing.Any: ...
    def get_listener_for(self, addr: typing.Any) -> typing.Any: ...
    @property
    def ip(self) -> typing.Any: ...
    def new_address(self) -> typing.Any: ...
    def remove_listener(self, addr: typing.Any) -> typing.Any: ...
    def validate_address(self, addr: typing.Any) -> typing.Any:
        """
        Validate the address' IP and pid.
       \x20"""
        ...

class Queue:
    """
    A single-reader, single-writer, non-threadsafe, peekable queue.
   \x20"""
    def __init__(self) -> None: ...
    def get(self) -> typing.Any: ...
    def get_nowait(self) -> typing.Any: ...
    def peek(self, default: typing.Any = ...) -> typing.Any:
        """
        Get the next object in the queue without removing it from the queue.
       \x20"""
        ...
    def put(self, value: typing.Any) -> typing.Any: ...
    def put_nowait(self, value: typing.Any) -> typing.Any: ...

class QueueEmpty(Exception): ...
