# pybind-stub: 1
# module: distributed.protocol.utils
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/protocol/utils.py, runtime
# content-hash: sha256:cb48a2ed4382e31bc9d9539889119b37ecc9564afe2f449900b619c5fa54654d
import collections.abc
import ctypes
import typing

BIG_BYTES_SHARD_SIZE: int
msgpack_opts: dict
one_byte_carr: ctypes.PyCArrayType

def address_of_memoryview(mv: memoryview) -> int:
    """
    Get the pointer to the first byte of a memoryview's data.

    If the memoryview is read-only, NumPy must be installed.
   \x20"""
    ...

def frame_split_size(frame: bytes | memoryview, n: int = ...) -> list[memoryview]:
    """
    Split a frame into a list of frames of maximum size

    This helps us to avoid passing around very large bytestrings.

    Examples
    --------
    >>> frame_split_size([b'12345', b'678'], n=3)  # doctest: +SKIP
    [b'123', b'45', b'678']
   \x20"""
    ...

def merge_memoryviews(mvs: collections.abc.Sequence[memoryview]) -> memoryview:
    """
    Zero-copy "concatenate" a sequence of contiguous memoryviews.

    Returns a new memoryview which slices into the underlying buffer
    to extract out the portion equivalent to all of ``mvs`` being concatenated.

    All the memoryviews must:
    * Share the same underlying buffer (``.obj``)
    * When merged, cover a continuous portion of that buffer with no gaps
    * Have the same strides
    * Be 1-dimensional
    * Have the same format
    * Be contiguous

    Raises ValueError if these conditions are not met.
   \x20"""
    ...

def pack_frames(frames: typing.Any) -> typing.Any:
    """Pack frames into a byte-like object

    This prepends length information to the front of the bytes-like object

    See Also
    --------
    unpack_frames
   \x20"""
    ...

def pack_frames_prelude(frames: typing.Any) -> typing.Any: ...

def unpack_frames(b: typing.Any) -> typing.Any:
    """Unpack bytes into a sequence of frames

    This assumes that length information is at the front of the bytestring,
    as performed by pack_frames

    See Also
    --------
    pack_frames
   \x20"""
    ...
