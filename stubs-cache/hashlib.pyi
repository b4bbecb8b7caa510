# pybind-stub: 1
# module: hashlib
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/hashlib.pyi, runtime
# content-hash: sha256:c729093f2979dee0b6e9ebaf0a0ca62b225d8c6f3474dfeec2f9616c30fe8c0c
"""hashlib module - A common interface to many hash functions.

new(name, data=b'', **kwargs) - returns a new hash object implementing the
                                given hash function; initializing the hash
                                using the given binary data.

Named constructor functions are also available, these are faster
than using new(name):

md5(), sha1(), sha224(), sha256(), sha384(), sha512(), blake2b(), blake2s(),
sha3_224, sha3_256, sha3_384, sha3_512, shake_128, and shake_256.

More algorithms may be available on your platform but the above are guaranteed
to exist.  See the algorithms_guaranteed and algorithms_available attributes
to find out what algorithm names can be passed to new().

NOTE: If you want the adler32 or crc32 hash functions they are available in
the zlib module.

Choose your hash function wisely.  Some have known collision weaknesses.
sha384 and sha512 will be slow on 32 bit platforms.

Hash objects have these methods:
 - update(data): Update the hash object with the bytes in data. Repeated calls
                 are equivalent to a single call with the concatenation of all
                 the arguments.
 - digest():     Return the digest of the bytes passed to the update() method
                 so far as a bytes object.
 - hexdigest():  Like digest() except the digest is returned as a string
                 of double length, containing only hexadecimal digits.
 - copy():       Return a copy (clone) of the hash object. This can be used to
                 efficiently compute the digests of datas that share a common
                 initial substring.

For example, to obtain the digest of the byte string 'Nobody inspects the
spammish repetition':

    >>> import hashlib
    >>> m = hashlib.md5()
    >>> m.update(b"Nobody inspects")
    >>> m.update(b" the spammish repetition")
    >>> m.digest()
    b'\\xbbd\\x9c\\x83\\xdd\\x1e\\xa5\\xc9\\xd9\\xde\\xc9\\xa1\\x8d\\xf0\\xff\\xe9'

More condensed:

    >>> hashlib.sha224(b"Nobody inspects the spammish repetition").hexdigest()
    'a4337bc45a8fc544c03f52dc550cd6e1e87021bc896588bd79e901e2'

"""

import array
import collections.abc
import ctypes
import hashlib
import mmap
import pickle
import typing

ReadOnlyBuffer: typing.TypeAlias = bytes
ReadableBuffer: typing.TypeAlias = ReadOnlyBuffer | WriteableBuffer
WriteableBuffer: typing.TypeAlias = bytearray | memoryview | array.array[typing.Any] | mmap.mmap | ctypes._CData | pickle.PickleBuffer
blake2b: typing.TypeAlias = hashlib._BlakeHash
blake2s: typing.TypeAlias = hashlib._BlakeHash
sha3_224: typing.TypeAlias = hashlib._Hash
sha3_256: typing.TypeAlias = hashlib._Hash
sha3_384: typing.TypeAlias = hashlib._Hash
sha3_512: typing.TypeAlias = hashlib._Hash
shake_128: typing.TypeAlias = hashlib._VarLenHash
shake_256: typing.TypeAlias = hashlib._VarLenHash

algorithms_available: collections.abc.Set[str]
algorithms_guaranteed: collections.abc.Set[str]

def file_digest(
    fileobj: hashlib._BytesIOLike | hashlib._FileDigestFileObj,
    digest: str | collections.abc.Callable[[], hashlib._Hash],
    /,
    *,
    _bufsize: int = ...,
) -> hashlib._Hash:
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    It accepts file objects from open(), io.BytesIO(), and SocketIO objects.
    The function may bypass Python's I/O and use the file descriptor *fileno*
    directly.

    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
   \x20"""
    ...

def md5(string: ReadableBuffer = b'', *, usedforsecurity: bool = True) -> hashlib._Hash:
    """Returns a md5 hash object; optionally initialized with a string"""
    ...

def new(name: str, data: ReadableBuffer = b'', *, usedforsecurity: bool = ...) -> hashlib._Hash:
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
   \x20"""
    ...

def pbkdf2_hmac(
    hash_name: str,
    password: ReadableBuffer,
    salt: ReadableBuffer,
    iterations: int,
    dklen: int | None = None,
) -> bytes:
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."""
    ...

def sha1(string: ReadableBuffer = b'', *, usedforsecurity: bool = True) -> hashlib._Hash:
    """Returns a sha1 hash object; optionally initialized with a string"""
    ...

def sha224(string: ReadableBuffer = b'', *, usedforsecurity: bool = True) -> hashlib._Hash:
    """Returns a sha224 hash object; optionally initialized with a string"""
    ...

def sha256(string: ReadableBuffer = b'', *, usedforsecurity: bool = True) -> hashlib._Hash:
    """Returns a sha256 hash object; optionally initialized with a string"""
    ...

def sha384(string: ReadableBuffer = b'', *, usedforsecurity: bool = True) -> hashlib._Hash:
    """Returns a sha384 hash object; optionally initialized with a string"""
    ...

def sha512(string: ReadableBuffer = b'', *, usedforsecurity: bool = True) -> hashlib._Hash:
    """Returns a sha512 hash object; optionally initialized with a string"""
    ...
