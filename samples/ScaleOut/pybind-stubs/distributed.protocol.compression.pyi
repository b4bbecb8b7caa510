# pybind-stub: 1
# module: distributed.protocol.compression
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/protocol/compression.py, runtime
# content-hash: sha256:8500f31d79c5e5a1b4edd45c5d4b9e0fcd14103d0a6309df548305339da6482d
"""
Record known compressors

Includes utilities for determining whether or not to compress
"""

import collections.abc
import logging
import typing

compressions: dict[str | typing.Literal[False] | None, dict[typing.Literal['compress', 'decompress'], collections.abc.Callable[[bytes], bytes]]]
default_compression: typing.Any = None
logger: logging.Logger

def byte_sample(b: typing.Any, size: typing.Any, n: typing.Any) -> typing.Any:
    """Sample a bytestring from many locations

    Parameters
    ----------
    b : bytes or memoryview
    size : int
        target size of each sample to collect
        (may be smaller if samples collide)
    n : int
        number of samples to collect
   \x20"""
    ...

def decompress(header: typing.Any, frames: typing.Any) -> typing.Any:
    """Decompress frames according to information in the header"""
    ...

def get_default_compression() -> typing.Any: ...

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
