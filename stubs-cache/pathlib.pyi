# pybind-stub: 1
# module: pathlib
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/pathlib.pyi, runtime
# content-hash: sha256:8fa499ae9254a5fdc08d75f60d0aebe7ca3f2062f27fa3aa18549ee594a64a79
import array
import collections.abc
import ctypes
import io
import mmap
import os
import pickle
import types
import typing

Self = typing.TypeVar('Self')

OpenBinaryMode: typing.TypeAlias = OpenBinaryModeUpdating | OpenBinaryModeReading | OpenBinaryModeWriting
OpenBinaryModeReading: typing.TypeAlias = typing.Literal['rb', 'br', 'rbU', 'rUb', 'Urb', 'brU', 'bUr', 'Ubr']
OpenBinaryModeUpdating: typing.TypeAlias = typing.Literal['rb+', 'r+b', '+rb', 'br+', 'b+r', '+br', 'wb+', 'w+b', '+wb', 'bw+', 'b+w', '+bw', 'ab+', 'a+b', '+ab', 'ba+', 'b+a', '+ba', 'xb+', 'x+b', '+xb', 'bx+', 'b+x', '+bx']
OpenBinaryModeWriting: typing.TypeAlias = typing.Literal['wb', 'bw', 'ab', 'ba', 'xb', 'bx']
OpenTextMode: typing.TypeAlias = OpenTextModeUpdating | OpenTextModeWriting | OpenTextModeReading
OpenTextModeReading: typing.TypeAlias = typing.Literal['r', 'rt', 'tr', 'U', 'rU', 'Ur', 'rtU', 'rUt', 'Urt', 'trU', 'tUr', 'Utr']
OpenTextModeUpdating: typing.TypeAlias = typing.Literal['r+', '+r', 'rt+', 'r+t', '+rt', 'tr+', 't+r', '+tr', 'w+', '+w', 'wt+', 'w+t', '+wt', 'tw+', 't+w', '+tw', 'a+', '+a', 'at+', 'a+t', '+at', 'ta+', 't+a', '+ta', 'x+', '+x', 'xt+', 'x+t', '+xt', 'tx+', 't+x', '+tx']
OpenTextModeWriting: typing.TypeAlias = typing.Literal['w', 'wt', 'tw', 'a', 'at', 'ta', 'x', 'xt', 'tx']
ReadOnlyBuffer: typing.TypeAlias = bytes
ReadableBuffer: typing.TypeAlias = ReadOnlyBuffer | WriteableBuffer
StrOrBytesPath: typing.TypeAlias = str | bytes | os.PathLike[str] | os.PathLike[bytes]
StrPath: typing.TypeAlias = str | os.PathLike[str]
WriteableBuffer: typing.TypeAlias = bytearray | memoryview | array.array[typing.Any] | mmap.mmap | ctypes._CData | pickle.PickleBuffer

class Path(PurePath):
    """PurePath subclass that can make system calls.

    Path represents a filesystem path but unlike PurePath, also offers
    methods to do system calls on path objects. Depending on your system,
    instantiating a Path will return either a PosixPath or a WindowsPath
    object. You can also instantiate a PosixPath or WindowsPath directly,
    but cannot instantiate a WindowsPath on a POSIX system or vice versa.
   \x20"""
    def __enter__(self: Self) -> Self: ...
    def __exit__(
        self,
        t: type[BaseException] | None,
        v: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None: ...
    def __new__(cls: type[Self], *args: StrPath, **kwargs: typing.Any) -> Self: ...
    def absolute(self: Self) -> Self:
        """Return an absolute version of this path by prepending the current
        working directory. No normalization or symlink resolution is performed.

        Use resolve() to get the canonical path to a file.
       \x20"""
        ...
    def chmod(self, mode: int, *, follow_symlinks: bool = True) -> None:
        """
        Change the permissions of the path, like os.chmod().
       \x20"""
        ...
    @classmethod
    def cwd(cls: type[Self]) -> Self:
        """Return a new path pointing to the current working directory
        (as returned by os.getcwd()).
       \x20"""
        ...
    def exists(self) -> bool:
        """
        Whether this path exists.
       \x20"""
        ...
    def expanduser(self: Self) -> Self:
        """ Return a new path with expanded ~ and ~user constructs
        (as returned by os.path.expanduser)
       \x20"""
        ...
    def glob(self: Self, pattern: str) -> collections.abc.Generator[Self, None, None]:
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern.
       \x20"""
        ...
    def group(self) -> str:
        """
        Return the group name of the file gid.
       \x20"""
        ...
    def hardlink_to(self, target: str | Path) -> None:
        """
        Make this path a hard link pointing to the same file as *target*.

        Note the order of arguments (self, target) is the reverse of os.link's.
       \x20"""
        ...
    @classmethod
    def home(cls: type[Self]) -> Self:
        """Return a new path pointing to the user's home directory (as
        returned by os.path.expanduser('~')).
       \x20"""
        ...
    def is_block_device(self) -> bool:
        """
        Whether this path is a block device.
       \x20"""
        ...
    def is_char_device(self) -> bool:
        """
        Whether this path is a character device.
       \x20"""
        ...
    def is_dir(self) -> bool:
        """
        Whether this path is a directory.
       \x20"""
        ...
    def is_fifo(self) -> bool:
        """
        Whether this path is a FIFO.
       \x20"""
        ...
    def is_file(self) -> bool:
        """
        Whether this path is a regular file (also True for symlinks pointing
        to regular files).
       \x20"""
        ...
    def is_mount(self) -> bool:
        """
        Check if this path is a POSIX mount point
       \x20"""
        ...
    def is_socket(self) -> bool:
        """
        Whether this path is a socket.
       \x20"""
        ...
    def is_symlink(self) -> bool:
        """
        Whether this path is a symbolic link.
       \x20"""
        ...
    def iterdir(self: Self) -> collections.abc.Generator[Self, None, None]:
        """Iterate over the files in this directory.  Does not yield any
        result for the special paths '.' and '..'.
       \x20"""
        ...
    def lchmod(self, mode: int) -> None:
        """
        Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's.
       \x20"""
        ...
    def link_to(self, target: StrOrBytesPath) -> None:
        """
        Make the target path a hard link pointing to this path.

        Note this function does not make this path a hard link to *target*,
        despite the implication of the function and argument names. The order
        of arguments (target, link) is the reverse of Path.symlink_to, but
        matches that of os.link.

        Deprecated since Python 3.10 and scheduled for removal in Python 3.12.
        Use `hardlink_to()` instead.
       \x20"""
        ...
    def lstat(self) -> os.stat_result:
        """
        Like stat(), except if the path points to a symlink, the symlink's
        status information is returned, rather than its target's.
       \x20"""
        ...
    def mkdir(self, mode: int = 511, parents: bool = False, exist_ok: bool = False) -> None:
        """
        Create a new directory at this given path.
       \x20"""
        ...
    @typing.overload
    def open(
        self,
        mode: OpenTextMode = ...,
        buffering: int = ...,
        encoding: str | None = ...,
        errors: str | None = ...,
        newline: str | None = ...,
    ) -> io.TextIOWrapper:
        """
        Open the file pointed by this path and return a file object, as
        the built-in open() function does.
       \x20"""
        ...
    @typing.overload
    def open(
        self,
        mode: OpenBinaryMode,
        buffering: typing.Literal[0],
        encoding: None = ...,
        errors: None = ...,
        newline: None = ...,
    ) -> io.FileIO: ...
    @typing.overload
    def open(
        self,
        mode: OpenBinaryModeUpdating,
        buffering: typing.Literal[-1, 1] = ...,
        encoding: None = ...,
        errors: None = ...,
        newline: None = ...,
    ) -> io.BufferedRandom: ...
    @typing.overload
    def open(
        self,
        mode: OpenBinaryModeWriting,
        buffering: typing.Literal[-1, 1] = ...,
        encoding: None = ...,
        errors: None = ...,
        newline: None = ...,
    ) -> io.BufferedWriter: ...
    @typing.overload
    def open(
        self,
        mode: OpenBinaryModeReading,
        buffering: typing.Literal[-1, 1] = ...,
        encoding: None = ...,
        errors: None = ...,
        newline: None = ...,
    ) -> io.BufferedReader: ...
    @typing.overload
    def open(
        self,
        mode: OpenBinaryMode,
        buffering: int = ...,
        encoding: None = ...,
        errors: None = ...,
        newline: None = ...,
    ) -> typing.BinaryIO: ...
    @typing.overload
    def open(
        self,
        mode: str,
        buffering: int = ...,
        encoding: str | None = ...,
        errors: str | None = ...,
        newline: str | None = ...,
    ) -> typing.IO[typing.Any]: ...
    def owner(self) -> str:
        """
        Return the login name of the file owner.
       \x20"""
        ...
    def read_bytes(self) -> bytes:
        """
        Open the file in bytes mode, read it, and close the file.
       \x20"""
        ...
    def read_text(self, encoding: str | None = None, errors: str | None = None) -> str:
        """
        Open the file in text mode, read it, and close the file.
       \x20"""
        ...
    def readlink(self: Self) -> Self:
        """
        Return the path to which the symbolic link points.
       \x20"""
        ...
    def rename(self: Self, target: str | PurePath) -> Self:
        """
        Rename this path to the target path.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
       \x20"""
        ...
    def replace(self: Self, target: str | PurePath) -> Self:
        """
        Rename this path to the target path, overwriting if that path exists.

        The target path may be absolute or relative. Relative paths are
        interpreted relative to the current working directory, *not* the
        directory of the Path object.

        Returns the new Path instance pointing to the target path.
       \x20"""
        ...
    def resolve(self: Self, strict: bool = False) -> Self:
        """
        Make the path absolute, resolving all symlinks on the way and also
        normalizing it.
       \x20"""
        ...
    def rglob(self: Self, pattern: str) -> collections.abc.Generator[Self, None, None]:
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree.
       \x20"""
        ...
    def rmdir(self) -> None:
        """
        Remove this directory.  The directory must be empty.
       \x20"""
        ...
    def samefile(self, other_path: StrPath) -> bool:
        """Return whether other_path is the same or not as this file
        (as returned by os.path.samefile()).
       \x20"""
        ...
    def stat(self, *, follow_symlinks: bool = True) -> os.stat_result:
        """
        Return the result of the stat() system call on this path, like
        os.stat() does.
       \x20"""
        ...
    def symlink_to(self, target: str | Path, target_is_directory: bool = False) -> None:
        """
        Make this path a symlink pointing to the target path.
        Note the order of arguments (link, target) is the reverse of os.symlink.
       \x20"""
        ...
    def touch(self, mode: int = 438, exist_ok: bool = True) -> None:
        """
        Create this file with the given access mode, if it doesn't exist.
       \x20"""
        ...
    def unlink(self, missing_ok: bool = False) -> None:
        """
        Remove this file or link.
        If the path is a directory, use rmdir() instead.
       \x20"""
        ...
    def write_bytes(self, data: ReadableBuffer) -> int:
        """
        Open the file in bytes mode, write to it, and close the file.
       \x20"""
        ...
    def write_text(
        self,
        data: str,
        encoding: str | None = None,
        errors: str | None = None,
        newline: str | None = None,
    ) -> int:
        """
        Open the file in text mode, write to it, and close the file.
       \x20"""
        ...

class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object.
   \x20"""

class PurePath(os.PathLike[str]):
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O.  Depending on your system,
    instantiating a PurePath will return either a PurePosixPath or a
    PureWindowsPath object.  You can also instantiate either of these classes
    directly, regardless of your system.
   \x20"""
    def __bytes__(self) -> bytes:
        """Return the bytes representation of the path.  This is only
        recommended to use under Unix."""
        ...
    def __eq__(self, other: object) -> bool: ...
    def __fspath__(self) -> str: ...
    def __ge__(self, other: PurePath) -> bool: ...
    def __gt__(self, other: PurePath) -> bool: ...
    def __le__(self, other: PurePath) -> bool: ...
    def __lt__(self, other: PurePath) -> bool: ...
    def __new__(cls: type[Self], *args: StrPath) -> Self:
        """Construct a PurePath from one or several strings and or existing
        PurePath objects.  The strings and path objects are combined so as
        to yield a canonicalized path, which is incorporated into the
        new PurePath object.
       \x20"""
        ...
    def __rtruediv__(self: Self, key: StrPath) -> Self: ...
    def __truediv__(self: Self, key: StrPath) -> Self: ...
    @property
    def anchor(self) -> str:
        """The concatenation of the drive and root, or ''."""
        ...
    def as_posix(self) -> str:
        """Return the string representation of the path with forward (/)
        slashes."""
        ...
    def as_uri(self) -> str:
        """Return the path as a 'file' URI."""
        ...
    @property
    def drive(self) -> str:
        """The drive prefix (letter or UNC path), if any."""
        ...
    def is_absolute(self) -> bool:
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        ...
    def is_relative_to(self, *other: StrPath) -> bool:
        """Return True if the path is relative to another path or False.
       \x20"""
        ...
    def is_reserved(self) -> bool:
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        ...
    def joinpath(self: Self, *other: StrPath) -> Self:
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are relative
        paths) or a totally different path (if one of the arguments is
        anchored).
       \x20"""
        ...
    def match(self, path_pattern: str) -> bool:
        """
        Return True if this path matches the given pattern.
       \x20"""
        ...
    @property
    def name(self) -> str:
        """The final path component, if any."""
        ...
    @property
    def parent(self) -> Self:
        """The logical parent of the path."""
        ...
    @property
    def parents(self) -> collections.abc.Sequence[Self]:
        """A sequence of this path's logical parents."""
        ...
    @property
    def parts(self) -> tuple[str, ...]:
        """An object providing sequence-like access to the
        components in the filesystem path."""
        ...
    def relative_to(self: Self, *other: StrPath) -> Self:
        """Return the relative path to another path identified by the passed
        arguments.  If the operation is not possible (because this is not
        a subpath of the other path), raise ValueError.
       \x20"""
        ...
    @property
    def root(self) -> str:
        """The root of the path, if any."""
        ...
    @property
    def stem(self) -> str:
        """The final path component, minus its last suffix."""
        ...
    @property
    def suffix(self) -> str:
        """
        The final component's last suffix, if any.

        This includes the leading period. For example: '.txt'
       \x20"""
        ...
    @property
    def suffixes(self) -> list[str]:
        """
        A list of the final component's suffixes, if any.

        These include the leading periods. For example: ['.tar', '.gz']
       \x20"""
        ...
    def with_name(self: Self, name: str) -> Self:
        """Return a new path with the file name changed."""
        ...
    def with_stem(self: Self, stem: str) -> Self:
        """Return a new path with the stem changed."""
        ...
    def with_suffix(self: Self, suffix: str) -> Self:
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path.
       \x20"""
        ...

class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
   \x20"""

class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems.

    On a Windows system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
   \x20"""

class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems.

    On a Windows system, instantiating a Path should return this object.
   \x20"""
