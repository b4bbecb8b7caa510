# pybind-stub: 1
# module: distributed.protocol.core
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/protocol/core.py, runtime
# content-hash: sha256:e9b95ec2ce7951fa40d7f7747bdaa017ef3103af71999a916914db4ed60a3c39
import logging
import typing

logger: logging.Logger

def dumps(
    msg: typing.Any,
    serializers: typing.Any = None,
    on_error: typing.Any = 'message',
    context: typing.Any = None,
    frame_split_size: typing.Any = None,
) -> list:
    """Transform Python message to bytestream suitable for communication

    Developer Notes
    ---------------
    The approach here is to use `msgpack.dumps()` to serialize `msg` and
    write the result to the first output frame. If `msgpack.dumps()`
    encounters an object it cannot serialize like a NumPy array, it is handled
    out-of-band by `_encode_default()` and appended to the output frame list.
   \x20"""
    ...

def loads(
    frames: typing.Any,
    deserialize: typing.Any = True,
    deserializers: typing.Any = None,
) -> typing.Any:
    """Transform bytestream back into Python value"""
    ...
