# pybind-stub: 1
# module: os.path
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/genericpath.pyi, typeshed:stdlib/os/path.pyi, typeshed:stdlib/posixpath.pyi, typeshed:stdlib/typing.pyi, runtime
# content-hash: sha256:8e4f57fc20ffe908764b3a0f4eb0fa5a06db1a87b91a6331d0c4987933ad8346
"""Common operations on Posix pathnames.

Instead of importing this module directly, import os and refer to
this module as os.path.  The "os.path" name is an alias for this
module on Posix systems; on other systems (e.g. Windows),
os.path provides the same operations in a manner specific to that
platform, and is an alias to another module (e.g. ntpath).

Some of this can actually be useful on non-Posix systems too, e.g.
for manipulation of the pathname component of URLs.
"""

import _typeshed
import collections.abc
import os
import typing

AnyOrLiteralStr = typing.TypeVar('AnyOrLiteralStr', str, bytes)
AnyStr = typing.TypeVar('AnyStr', str, bytes)
SupportsRichComparisonT = typing.TypeVar('SupportsRichComparisonT', bound=SupportsRichComparison)

BytesPath: typing.TypeAlias = bytes | os.PathLike[bytes]
FileDescriptorOrPath: typing.TypeAlias = int | StrOrBytesPath
StrOrBytesPath: typing.TypeAlias = str | bytes | os.PathLike[str] | os.PathLike[bytes]
StrPath: typing.TypeAlias = str | os.PathLike[str]
SupportsRichComparison: typing.TypeAlias = _typeshed.SupportsDunderLT[typing.Any] | _typeshed.SupportsDunderGT[typing.Any]

altsep: str | None
curdir: str
defpath: str
devnull: str
extsep: str
pardir: str
pathsep: str
sep: str
supports_unicode_filenames: bool

@typing.overload
def abspath(path: os.PathLike[AnyStr]) -> AnyStr:
    """Return an absolute path."""
    ...
@typing.overload
def abspath(path: AnyStr) -> AnyStr: ...

@typing.overload
def basename(p: os.PathLike[AnyStr]) -> AnyStr:
    """Returns the final component of a pathname"""
    ...
@typing.overload
def basename(p: AnyOrLiteralStr) -> AnyOrLiteralStr: ...

@typing.overload
def commonpath(paths: collections.abc.Sequence[str]) -> str:
    """Given a sequence of path names, returns the longest common sub-path."""
    ...
@typing.overload
def commonpath(paths: collections.abc.Sequence[StrPath]) -> str: ...
@typing.overload
def commonpath(paths: collections.abc.Sequence[BytesPath]) -> bytes: ...

@typing.overload
def commonprefix(m: collections.abc.Sequence[str]) -> str:
    """Given a list of pathnames, returns the longest common leading component"""
    ...
@typing.overload
def commonprefix(m: collections.abc.Sequence[StrPath]) -> str: ...
@typing.overload
def commonprefix(m: collections.abc.Sequence[BytesPath]) -> bytes | typing.Literal['']: ...
@typing.overload
def commonprefix(
    m: collections.abc.Sequence[list[SupportsRichComparisonT]],
) -> collections.abc.Sequence[SupportsRichComparisonT]: ...
@typing.overload
def commonprefix(
    m: collections.abc.Sequence[tuple[SupportsRichComparisonT, ...]],
) -> collections.abc.Sequence[SupportsRichComparisonT]: ...

@typing.overload
def dirname(p: os.PathLike[AnyStr]) -> AnyStr:
    """Returns the directory component of a pathname"""
    ...
@typing.overload
def dirname(p: AnyOrLiteralStr) -> AnyOrLiteralStr: ...

def exists(path: FileDescriptorOrPath) -> bool:
    """Test whether a path exists.  Returns False for broken symbolic links"""
    ...

@typing.overload
def expanduser(path: os.PathLike[AnyStr]) -> AnyStr:
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    ...
@typing.overload
def expanduser(path: AnyStr) -> AnyStr: ...

@typing.overload
def expandvars(path: os.PathLike[AnyStr]) -> AnyStr:
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    ...
@typing.overload
def expandvars(path: AnyStr) -> AnyStr: ...

def getatime(filename: FileDescriptorOrPath) -> float:
    """Return the last access time of a file, reported by os.stat()."""
    ...

def getctime(filename: FileDescriptorOrPath) -> float:
    """Return the metadata change time of a file, reported by os.stat()."""
    ...

def getmtime(filename: FileDescriptorOrPath) -> float:
    """Return the last modification time of a file, reported by os.stat()."""
    ...

def getsize(filename: FileDescriptorOrPath) -> int:
    """Return the size of a file, reported by os.stat()."""
    ...

def isabs(s: StrOrBytesPath) -> bool:
    """Test whether a path is absolute"""
    ...

def isdir(s: FileDescriptorOrPath) -> bool:
    """Return true if the pathname refers to an existing directory."""
    ...

def isfile(path: FileDescriptorOrPath) -> bool:
    """Test whether a path is a regular file"""
    ...

def islink(path: FileDescriptorOrPath) -> bool:
    """Test whether a path is a symbolic link"""
    ...

def ismount(path: FileDescriptorOrPath) -> bool:
    """Test whether a path is a mount point"""
    ...

@typing.overload
def join(a: str, /, *paths: str) -> str:
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    ...
@typing.overload
def join(a: StrPath, /, *paths: StrPath) -> str: ...
@typing.overload
def join(a: BytesPath, /, *paths: BytesPath) -> bytes: ...

def lexists(path: FileDescriptorOrPath) -> bool:
    """Test whether a path exists.  Returns True for broken symbolic links"""
    ...

@typing.overload
def normcase(s: os.PathLike[AnyStr]) -> AnyStr:
    """Normalize case of pathname.  Has no effect under Posix"""
    ...
@typing.overload
def normcase(s: AnyOrLiteralStr) -> AnyOrLiteralStr: ...

@typing.overload
def normpath(path: os.PathLike[AnyStr]) -> AnyStr:
    """Normalize path, eliminating double slashes, etc."""
    ...
@typing.overload
def normpath(path: AnyOrLiteralStr) -> AnyOrLiteralStr: ...

@typing.overload
def realpath(filename: os.PathLike[AnyStr], *, strict: bool = ...) -> AnyStr:
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    ...
@typing.overload
def realpath(filename: AnyStr, *, strict: bool = ...) -> AnyStr: ...

@typing.overload
def relpath(path: str, start: str | None = ...) -> str:
    """Return a relative version of a path"""
    ...
@typing.overload
def relpath(path: BytesPath, start: BytesPath | None = ...) -> bytes: ...
@typing.overload
def relpath(path: StrPath, start: StrPath | None = ...) -> str: ...

def samefile(f1: FileDescriptorOrPath, f2: FileDescriptorOrPath) -> bool:
    """Test whether two pathnames reference the same actual file or directory

    This is determined by the device number and i-node number and
    raises an exception if an os.stat() call on either pathname fails.
   \x20"""
    ...

def sameopenfile(fp1: int, fp2: int) -> bool:
    """Test whether two open file objects reference the same file"""
    ...

def samestat(s1: os.stat_result, s2: os.stat_result) -> bool:
    """Test whether two stat buffers reference the same file"""
    ...

@typing.overload
def split(p: os.PathLike[AnyStr]) -> tuple[AnyStr, AnyStr]:
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    ...
@typing.overload
def split(p: AnyOrLiteralStr) -> tuple[AnyOrLiteralStr, AnyOrLiteralStr]: ...

@typing.overload
def splitdrive(p: os.PathLike[AnyStr]) -> tuple[AnyStr, AnyStr]:
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    ...
@typing.overload
def splitdrive(p: AnyOrLiteralStr) -> tuple[AnyOrLiteralStr, AnyOrLiteralStr]: ...

@typing.overload
def splitext(p: os.PathLike[AnyStr]) -> tuple[AnyStr, AnyStr]:
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    ...
@typing.overload
def splitext(p: AnyOrLiteralStr) -> tuple[AnyOrLiteralStr, AnyOrLiteralStr]: ...
