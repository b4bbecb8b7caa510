# pybind-stub: 1
# module: distributed.protocol
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/protocol/__init__.py, distributed/protocol/compression.py, distributed/protocol/core.py, distributed/protocol/cuda.py, distributed/protocol/serialize.py, runtime
# content-hash: sha256:cb57e0df214dd8e44e6f6c6c9e6e85abcc1f57e4536741e7b2795a70059e0df9
import collections.abc
import dask.utils
import typing
import distributed.protocol.compression as compression
import distributed.protocol.core as core
import distributed.protocol.cuda as cuda
import distributed.protocol.pickle as pickle
import distributed.protocol.utils as utils

to_serialize: typing.TypeAlias = Serialize

compressions: dict[str | typing.Literal[False] | None, dict[typing.Literal['compress', 'decompress'], collections.abc.Callable[[bytes], bytes]]]
cuda_deserialize: dask.utils.Dispatch
cuda_serialize: dask.utils.Dispatch
dask_deserialize: dask.utils.Dispatch
dask_serialize: dask.utils.Dispatch
default_compression: typing.Any = None

def decompress(header: typing.Any, frames: typing.Any) -> typing.Any:
    """Decompress frames according to information in the header"""
    ...

def deserialize(
    header: typing.Any,
    frames: typing.Any,
    deserializers: typing.Any = None,
) -> typing.Any:
    """
    Convert serialized header and list of bytestrings back to a Python object

    Parameters
    ----------
    header : dict
    frames : list of bytes
    deserializers : dict[str, tuple[Callable, Callable, bool]] | None
        An optional dict mapping a name to a (de)serializer.
        See `dask_serialize` and `dask_deserialize` for more.

    See Also
    --------
    serialize
   \x20"""
    ...

def deserialize_bytes(b: typing.Any) -> typing.Any: ...

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

def maybe_compress(
    payload: typing.Any,
    min_size: typing.Any = 10000,
    sample_size: typing.Any = 10000,
    nsamples: typing.Any = 5,
    compression: typing.Any = ...,
) -> typing.Any:
    """
    Maybe compress payload

    1.  We don't compress small messages
    2.  We sample the payload in a few spots, compress that, and if it doesn't
        do any good we return the original
    3.  We then compress the full original, it it doesn't compress well then we
        return the original
    4.  We return the compressed result
   \x20"""
    ...

def nested_deserialize(x: typing.Any) -> typing.Any:
    """
    Replace all Serialize and Serialized values nested in *x*
    with the original values.  Returns a copy of *x*.

    >>> msg = {'op': 'update', 'data': to_serialize(123)}
    >>> nested_deserialize(msg)
    {'op': 'update', 'data': 123}
   \x20"""
    ...

def register_generic(
    cls: typing.Any,
    serializer_name: typing.Any = 'dask',
    serialize_func: typing.Any = ...,
    deserialize_func: typing.Any = ...,
) -> typing.Any:
    """Register (de)serialize to traverse through __dict__

    Normally when registering new classes for Dask's custom serialization you
    need to manage headers and frames, which can be tedious.  If all you want
    to do is traverse through your object and apply serialize to all of your
    object's attributes then this function may provide an easier path.

    This registers a class for the custom Dask serialization family.  It
    serializes it by traversing through its __dict__ of attributes and applying
    ``serialize`` and ``deserialize`` recursively.  It collects a set of frames
    and keeps small attributes in the header.  Deserialization reverses this
    process.

    This is a good idea if the following hold:

    1.  Most of the bytes of your object are composed of data types that Dask's
        custom serializtion already handles well, like Numpy arrays.
    2.  Your object doesn't require any special constructor logic, other than
        object.__new__(cls)

    Examples
    --------
    >>> import sklearn.base
    >>> from distributed.protocol import register_generic
    >>> register_generic(sklearn.base.BaseEstimator)

    See Also
    --------
    dask_serialize
    dask_deserialize
   \x20"""
    ...

def register_serialization(
    cls: typing.Any,
    serialize: typing.Any,
    deserialize: typing.Any,
) -> typing.Any:
    """Register a new class for dask-custom serialization

    Parameters
    ----------
    cls : type
    serialize : callable(cls) -> Tuple[Dict, List[bytes]]
    deserialize : callable(header: Dict, frames: List[bytes]) -> cls

    Examples
    --------
    >>> class Human:
    ...     def __init__(self, name):
    ...         self.name = name

    >>> def serialize(human):
    ...     header = {}
    ...     frames = [human.name.encode()]
    ...     return header, frames

    >>> def deserialize(header, frames):
    ...     return Human(frames[0].decode())

    >>> register_serialization(Human, serialize, deserialize)
    >>> serialize(Human('Alice'))
    ({}, [b'Alice'])

    See Also
    --------
    serialize
    deserialize
   \x20"""
    ...

def register_serialization_family(
    name: typing.Any,
    dumps: typing.Any,
    loads: typing.Any,
) -> typing.Any: ...

def serialize(
    x: object,
    serializers: typing.Any = None,
    on_error: typing.Literal['message' | 'raise'] = 'message',
    context: typing.Any = None,
    iterate_collection: bool | None = None,
) -> tuple[dict[str, typing.Any], list[bytes | memoryview]]:
    """
    Convert object to a header and list of bytestrings

    This takes in an arbitrary Python object and returns a msgpack serializable
    header and a list of bytes or memoryview objects.

    The serialization protocols to use are configurable: a list of names
    define the set of serializers to use, in order. These names are keys in
    the ``serializer_registry`` dict (e.g., 'pickle', 'msgpack'), which maps
    to the de/serialize functions. The name 'dask' is special, and will use the
    per-class serialization methods. ``None`` gives the default list
    ``['dask', 'pickle']``.

    Notes on the ``iterate_collection`` argument (only relevant when
    ``x`` is a collection):
    - ``iterate_collection=True``: Serialize collection elements separately.
    - ``iterate_collection=False``: Serialize collection elements together.
    - ``iterate_collection=None`` (default): Infer the best setting.

    Examples
    --------
    >>> serialize(1)
    ({}, [b'\\x80\\x04\\x95\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00K\\x01.'])

    >>> serialize(b'123')  # some special types get custom treatment
    ({'type': 'builtins.bytes'}, [b'123'])

    >>> deserialize(*serialize(1))
    1

    Returns
    -------
    header: dictionary containing any msgpack-serializable metadata
    frames: list of bytes or memoryviews, commonly of length one

    See Also
    --------
    deserialize : Convert header and frames back to object
    to_serialize : Mark that data in a message should be serialized
    register_serialization : Register custom serialization functions
   \x20"""
    ...

def serialize_bytelist(x: typing.Any, **kwargs: typing.Any) -> typing.Any: ...

def serialize_bytes(x: typing.Any, **kwargs: typing.Any) -> typing.Any: ...

class Serialize:
    """Mark an object that should be serialized

    Examples
    --------
    >>> msg = {'op': 'update', 'data': to_serialize(123)}
    >>> msg  # doctest: +SKIP
    {'op': 'update', 'data': <Serialize: 123>}

    See also
    --------
    distributed.protocol.dumps
   \x20"""
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __hash__(self) -> typing.Any: ...
    def __init__(self, data: typing.Any) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> typing.Any: ...

class Serialized:
    """An object that is already serialized into header and frames

    Normal serialization operations pass these objects through.  This is
    typically used within the scheduler which accepts messages that contain
    data without actually unpacking that data.
   \x20"""
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, header: typing.Any, frames: typing.Any) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
