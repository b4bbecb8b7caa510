# pybind-stub: 1
# module: distributed.batched
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/batched.py, runtime
# content-hash: sha256:10b0eaf1026f6b7ad04ad8fa5bb3049f2b63ee9084881ee5ea6b77b16b252a2c
import logging
import typing

logger: logging.Logger

class BatchedSend:
    """Batch messages in batches on a stream

    This takes an IOStream and an interval (in ms) and ensures that we send no
    more than one message every interval milliseconds.  We send lists of
    messages.

    Batching several messages at once helps performance when sending
    a myriad of tiny messages.

    Examples
    --------
    >>> stream = await connect(address)
    >>> bstream = BatchedSend(interval='10 ms')
    >>> bstream.start(stream)
    >>> bstream.send('Hello,')
    >>> bstream.send('world!')

    On the other side, the recipient will get a message like the following::

        ['Hello,', 'world!']
   \x20"""
    def __init__(
        self,
        interval: typing.Any,
        loop: typing.Any = None,
        serializers: typing.Any = None,
    ) -> None: ...
    def __repr__(self) -> typing.Any: ...
    def __str__(self) -> typing.Any: ...
    def abort(self) -> typing.Any: ...
    def close(self, timeout: typing.Any = None) -> typing.Any:
        """Flush existing messages and then close comm

        If set, raises `tornado.util.TimeoutError` after a timeout.
       \x20"""
        ...
    def closed(self) -> typing.Any: ...
    def send(self, *msgs: typing.Any) -> None:
        """Schedule a message for sending to the other side

        This completes quickly and synchronously
       \x20"""
        ...
    def start(self, comm: typing.Any) -> typing.Any: ...
