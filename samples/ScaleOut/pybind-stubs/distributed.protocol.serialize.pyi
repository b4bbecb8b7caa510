# pybind-stub: 1
# module: distributed.protocol.serialize
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/protocol/serialize.py, runtime
# content-hash: sha256:f07d5cf732100e977afb0f65be036dc6aa3e1d897984ada877085434084f04ad
import dask.utils
import typing
from distributed.protocol import Serialize as Serialize
from distributed.protocol import Serialized as Serialized
from distributed.protocol import to_serialize as to_serialize

dask_deserialize: dask.utils.Dispatch
dask_object_with_dict_serializer: ObjectDictSerializer
dask_serialize: dask.utils.Dispatch
families: dict

def check_dask_serializable(x: typing.Any) -> typing.Any: ...

def dask_dumps(x: typing.Any, context: typing.Any = None) -> typing.Any:
    """Serialize object using the class-based registry"""
    ...

def dask_loads(header: typing.Any, frames: typing.Any) -> typing.Any: ...

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

def import_allowed_module(name: typing.Any) -> typing.Any: ...

def merge_and_deserialize(
    header: typing.Any,
    frames: typing.Any,
    deserializers: typing.Any = None,
) -> typing.Any:
    """Merge and deserialize frames

    This function is a drop-in replacement of `deserialize()` that merges
    frames that were split by `serialize_and_split()`

    See Also
    --------
    deserialize
    serialize_and_split
   \x20"""
    ...

def msgpack_decode_default(obj: typing.Any) -> typing.Any:
    """
    Custom packer/unpacker for msgpack
   \x20"""
    ...

def msgpack_dumps(x: typing.Any) -> typing.Any: ...

def msgpack_encode_default(obj: typing.Any) -> typing.Any:
    """
    Custom packer/unpacker for msgpack
   \x20"""
    ...

def msgpack_loads(header: typing.Any, frames: typing.Any) -> typing.Any: ...

def nested_deserialize(x: typing.Any) -> typing.Any:
    """
    Replace all Serialize and Serialized values nested in *x*
    with the original values.  Returns a copy of *x*.

    >>> msg = {'op': 'update', 'data': to_serialize(123)}
    >>> nested_deserialize(msg)
    {'op': 'update', 'data': 123}
   \x20"""
    ...

def normalize_Serialized(o: typing.Any) -> typing.Any: ...

def pickle_dumps(x: typing.Any, context: typing.Any = None) -> typing.Any: ...

def pickle_loads(header: typing.Any, frames: typing.Any) -> typing.Any: ...

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

def register_serialization_lazy(toplevel: typing.Any, func: typing.Any) -> typing.Any:
    """Register a registration function to be called if *toplevel*
    module is ever loaded.
   \x20"""
    ...

def serialization_error_loads(header: typing.Any, frames: typing.Any) -> typing.Any: ...

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

def serialize_and_split(
    x: typing.Any,
    serializers: typing.Any = None,
    on_error: typing.Any = 'message',
    context: typing.Any = None,
    size: typing.Any = None,
) -> typing.Any:
    """Serialize and split compressible frames

    This function is a drop-in replacement of `serialize()` that calls `serialize()`
    followed by `frame_split_size()` on frames that should be compressed.

    Use `merge_and_deserialize()` to merge and deserialize the frames back.

    See Also
    --------
    serialize
    merge_and_deserialize
   \x20"""
    ...

def serialize_bytelist(x: typing.Any, **kwargs: typing.Any) -> typing.Any: ...

def serialize_bytes(x: typing.Any, **kwargs: typing.Any) -> typing.Any: ...

class ObjectDictSerializer:
    def __init__(self, serializer: typing.Any) -> None: ...
    def deserialize(self, header: typing.Any, frames: typing.Any) -> typing.Any: ...
    def serialize(self, est: typing.Any) -> typing.Any: ...

class Pickled:
    """An object that is already pickled into header and frames

    Normal pickled objects are unpickled by the scheduler.
   \x20"""
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __init__(self, header: typing.Any, frames: typing.Any) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...

class ToPickle:
    """Mark an object that should be pickled

    Both the scheduler and workers with automatically unpickle this
    object on arrival.

    Notice, this requires that the scheduler is allowed to use pickle.
    If the configuration option "distributed.scheduler.pickle" is set
    to False, the scheduler will raise an exception instead.
   \x20"""
    def __eq__(self, other: typing.Any) -> typing.Any: ...
    def __hash__(self) -> typing.Any: ...
    def __init__(self, data: typing.Any) -> None: ...
    def __ne__(self, other: typing.Any) -> typing.Any: ...
    def __repr__(self) -> typing.Any: ...
