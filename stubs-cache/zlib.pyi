# pybind-stub: 1
# module: zlib
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/zlib.pyi, runtime
# content-hash: sha256:b402ebe3f1a1486dc0876e361f95112ef4c5bb9cd0f07920f2b4e01d157637b6
"""The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush()."""

import array
import ctypes
import mmap
import pickle
import typing
import zlib

ReadOnlyBuffer: typing.TypeAlias = bytes
ReadableBuffer: typing.TypeAlias = ReadOnlyBuffer | WriteableBuffer
WriteableBuffer: typing.TypeAlias = bytearray | memoryview | array.array[typing.Any] | mmap.mmap | ctypes._CData | pickle.PickleBuffer

DEFLATED: typing.Literal[8]
DEF_BUF_SIZE: typing.Literal[16384]
DEF_MEM_LEVEL: int
MAX_WBITS: int
ZLIB_RUNTIME_VERSION: str
ZLIB_VERSION: str
Z_BEST_COMPRESSION: typing.Literal[9]
Z_BEST_SPEED: typing.Literal[1]
Z_BLOCK: typing.Literal[5]
Z_DEFAULT_COMPRESSION: typing.Literal[-1]
Z_DEFAULT_STRATEGY: typing.Literal[0]
Z_FILTERED: typing.Literal[1]
Z_FINISH: typing.Literal[4]
Z_FIXED: typing.Literal[4]
Z_FULL_FLUSH: typing.Literal[3]
Z_HUFFMAN_ONLY: typing.Literal[2]
Z_NO_COMPRESSION: typing.Literal[0]
Z_NO_FLUSH: typing.Literal[0]
Z_PARTIAL_FLUSH: typing.Literal[1]
Z_RLE: typing.Literal[3]
Z_SYNC_FLUSH: typing.Literal[2]
Z_TREES: typing.Literal[6]

def adler32(data: ReadableBuffer, value: int = 1, /) -> int:
    """Compute an Adler-32 checksum of data.

  value
    Starting value of the checksum.

The returned checksum is an integer."""
    ...

def compress(data: ReadableBuffer, /, level: int = -1, wbits: int = 15) -> bytes:
    """Returns a bytes object containing compressed data.

  data
    Binary data to be compressed.
  level
    Compression level, in 0-9 or -1.
  wbits
    The window buffer size and container format."""
    ...

def compressobj(
    level: int = -1,
    method: int = 8,
    wbits: int = 15,
    memLevel: int = 8,
    strategy: int = 0,
    zdict: ReadableBuffer | None = None,
) -> zlib._Compress:
    """Return a compressor object.

  level
    The compression level (an integer in the range 0-9 or -1; default is
    currently equivalent to 6).  Higher compression levels are slower,
    but produce smaller results.
  method
    The compression algorithm.  If given, this must be DEFLATED.
  wbits
    +9 to +15: The base-two logarithm of the window size.  Include a zlib
        container.
    -9 to -15: Generate a raw stream.
    +25 to +31: Include a gzip container.
  memLevel
    Controls the amount of memory used for internal compression state.
    Valid values range from 1 to 9.  Higher values result in higher memory
    usage, faster compression, and smaller output.
  strategy
    Used to tune the compression algorithm.  Possible values are
    Z_DEFAULT_STRATEGY, Z_FILTERED, and Z_HUFFMAN_ONLY.
  zdict
    The predefined compression dictionary - a sequence of bytes
    containing subsequences that are likely to occur in the input data."""
    ...

def crc32(data: ReadableBuffer, value: int = 0, /) -> int:
    """Compute a CRC-32 checksum of data.

  value
    Starting value of the checksum.

The returned checksum is an integer."""
    ...

def decompress(data: ReadableBuffer, /, wbits: int = 15, bufsize: int = 16384) -> bytes:
    """Returns a bytes object containing the uncompressed data.

  data
    Compressed data.
  wbits
    The window buffer size and container format.
  bufsize
    The initial output buffer size."""
    ...

def decompressobj(wbits: int = 15, zdict: ReadableBuffer = b'') -> zlib._Decompress:
    """Return a decompressor object.

  wbits
    The window buffer size and container format.
  zdict
    The predefined compression dictionary.  This must be the same
    dictionary as used by the compressor that produced the input data."""
    ...

class error(Exception): ...
