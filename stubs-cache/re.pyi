# pybind-stub: 1
# module: re
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/re.pyi, typeshed:stdlib/typing.pyi, runtime
# content-hash: sha256:9f2daeb4e21e93051440bffecf0975dd8a1d181221f82d4e2abc6cd15fb9eca2
"""Support for regular expressions (RE).

This module provides regular expression matching operations similar to
those found in Perl.  It supports both 8-bit and Unicode strings; both
the pattern and the strings being processed can contain null bytes and
characters outside the US ASCII range.

Regular expressions can contain both special and ordinary characters.
Most ordinary characters, like "A", "a", or "0", are the simplest
regular expressions; they simply match themselves.  You can
concatenate ordinary characters, so last matches the string 'last'.

The special characters are:
    "."      Matches any character except a newline.
    "^"      Matches the start of the string.
    "$"      Matches the end of the string or just before the newline at
             the end of the string.
    "*"      Matches 0 or more (greedy) repetitions of the preceding RE.
             Greedy means that it will match as many repetitions as possible.
    "+"      Matches 1 or more (greedy) repetitions of the preceding RE.
    "?"      Matches 0 or 1 (greedy) of the preceding RE.
    *?,+?,?? Non-greedy versions of the previous three special characters.
    {m,n}    Matches from m to n repetitions of the preceding RE.
    {m,n}?   Non-greedy version of the above.
    "\\\\"     Either escapes special characters or signals a special sequence.
    []       Indicates a set of characters.
             A "^" as the first character indicates a complementing set.
    "|"      A|B, creates an RE that will match either A or B.
    (...)    Matches the RE inside the parentheses.
             The contents can be retrieved or matched later in the string.
    (?aiLmsux) The letters set the corresponding flags defined below.
    (?:...)  Non-grouping version of regular parentheses.
    (?P<name>...) The substring matched by the group is accessible by name.
    (?P=name)     Matches the text matched earlier by the group named name.
    (?#...)  A comment; ignored.
    (?=...)  Matches if ... matches next, but doesn't consume the string.
    (?!...)  Matches if ... doesn't match next.
    (?<=...) Matches if preceded by ... (must be fixed length).
    (?<!...) Matches if not preceded by ... (must be fixed length).
    (?(id/name)yes|no) Matches yes pattern if the group with id/name matched,
                       the (optional) no pattern otherwise.

The special sequences consist of "\\\\" and a character from the list
below.  If the ordinary character is not on the list, then the
resulting RE will match the second character.
    \\number  Matches the contents of the group of the same number.
    \\A       Matches only at the start of the string.
    \\Z       Matches only at the end of the string.
    \\b       Matches the empty string, but only at the start or end of a word.
    \\B       Matches the empty string, but not at the start or end of a word.
    \\d       Matches any decimal digit; equivalent to the set [0-9] in
             bytes patterns or string patterns with the ASCII flag.
             In string patterns without the ASCII flag, it will match the whole
             range of Unicode digits.
    \\D       Matches any non-digit character; equivalent to [^\\d].
    \\s       Matches any whitespace character; equivalent to [ \\t\\n\\r\\f\\v] in
             bytes patterns or string patterns with the ASCII flag.
             In string patterns without the ASCII flag, it will match the whole
             range of Unicode whitespace characters.
    \\S       Matches any non-whitespace character; equivalent to [^\\s].
    \\w       Matches any alphanumeric character; equivalent to [a-zA-Z0-9_]
             in bytes patterns or string patterns with the ASCII flag.
             In string patterns without the ASCII flag, it will match the
             range of Unicode alphanumeric characters (letters plus digits
             plus underscore).
             With LOCALE, it will match the set [0-9_] plus characters defined
             as letters for the current locale.
    \\W       Matches the complement of \\w.
    \\\\       Matches a literal backslash.

This module exports the following functions:
    match     Match a regular expression pattern to the beginning of a string.
    fullmatch Match a regular expression pattern to all of a string.
    search    Search a string for the presence of a pattern.
    sub       Substitute occurrences of a pattern found in a string.
    subn      Same as sub, but also return the number of substitutions made.
    split     Split a string by the occurrences of a pattern.
    findall   Find all occurrences of a pattern in a string.
    finditer  Return an iterator yielding a Match object for each match.
    compile   Compile a pattern into a Pattern object.
    purge     Clear the regular expression cache.
    escape    Backslash all non-alphanumerics in a string.

Each function other than purge and escape can take an optional 'flags' argument
consisting of one or more of the following module constants, joined by "|".
A, L, and U are mutually exclusive.
    A  ASCII       For string patterns, make \\w, \\W, \\b, \\B, \\d, \\D
                   match the corresponding ASCII character categories
                   (rather than the whole Unicode categories, which is the
                   default).
                   For bytes patterns, this flag is the only available
                   behaviour and needn't be specified.
    I  IGNORECASE  Perform case-insensitive matching.
    L  LOCALE      Make \\w, \\W, \\b, \\B, dependent on the current locale.
    M  MULTILINE   "^" matches the beginning of lines (after a newline)
                   as well as the string.
                   "$" matches the end of lines (before a newline) as well
                   as the end of the string.
    S  DOTALL      "." matches any character at all, including the newline.
    X  VERBOSE     Ignore whitespace and comments for nicer looking RE's.
    U  UNICODE     For compatibility only. Ignored for string patterns (it
                   is the default), and forbidden for bytes patterns.

This module also defines an exception 'error'.

"""

import array
import collections.abc
import ctypes
import enum
import mmap
import pickle
import types
import typing
from sre_constants import error as error

AnyStr = typing.TypeVar('AnyStr', str, bytes)
_T = typing.TypeVar('_T')

ReadOnlyBuffer: typing.TypeAlias = bytes
ReadableBuffer: typing.TypeAlias = ReadOnlyBuffer | WriteableBuffer
WriteableBuffer: typing.TypeAlias = bytearray | memoryview | array.array[typing.Any] | mmap.mmap | ctypes._CData | pickle.PickleBuffer
_FlagsType: typing.TypeAlias = int | RegexFlag

A: RegexFlag
ASCII: RegexFlag
DOTALL: RegexFlag
I: RegexFlag
IGNORECASE: RegexFlag
L: RegexFlag
LOCALE: RegexFlag
M: RegexFlag
MULTILINE: RegexFlag
NOFLAG: RegexFlag
S: RegexFlag
U: RegexFlag
UNICODE: RegexFlag
VERBOSE: RegexFlag
X: RegexFlag

@typing.overload
def compile(pattern: AnyStr, flags: _FlagsType = ...) -> Pattern[AnyStr]:
    """Compile a regular expression pattern, returning a Pattern object."""
    ...
@typing.overload
def compile(pattern: Pattern[AnyStr], flags: _FlagsType = ...) -> Pattern[AnyStr]: ...

def escape(pattern: AnyStr) -> AnyStr:
    """
    Escape special characters in a string.
   \x20"""
    ...

@typing.overload
def findall(
    pattern: str | Pattern[str],
    string: str,
    flags: _FlagsType = ...,
) -> list[typing.Any]:
    """Return a list of all non-overlapping matches in the string.

    If one or more capturing groups are present in the pattern, return
    a list of groups; this will be a list of tuples if the pattern
    has more than one group.

    Empty matches are included in the result."""
    ...
@typing.overload
def findall(
    pattern: bytes | Pattern[bytes],
    string: ReadableBuffer,
    flags: _FlagsType = ...,
) -> list[typing.Any]: ...

@typing.overload
def finditer(
    pattern: str | Pattern[str],
    string: str,
    flags: _FlagsType = ...,
) -> collections.abc.Iterator[Match[str]]:
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object.

    Empty matches are included in the result."""
    ...
@typing.overload
def finditer(
    pattern: bytes | Pattern[bytes],
    string: ReadableBuffer,
    flags: _FlagsType = ...,
) -> collections.abc.Iterator[Match[bytes]]: ...

@typing.overload
def fullmatch(
    pattern: str | Pattern[str],
    string: str,
    flags: _FlagsType = ...,
) -> Match[str] | None:
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    ...
@typing.overload
def fullmatch(
    pattern: bytes | Pattern[bytes],
    string: ReadableBuffer,
    flags: _FlagsType = ...,
) -> Match[bytes] | None: ...

@typing.overload
def match(
    pattern: str | Pattern[str],
    string: str,
    flags: _FlagsType = ...,
) -> Match[str] | None:
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    ...
@typing.overload
def match(
    pattern: bytes | Pattern[bytes],
    string: ReadableBuffer,
    flags: _FlagsType = ...,
) -> Match[bytes] | None: ...

def purge() -> None:
    """Clear the regular expression caches"""
    ...

@typing.overload
def search(
    pattern: str | Pattern[str],
    string: str,
    flags: _FlagsType = ...,
) -> Match[str] | None:
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    ...
@typing.overload
def search(
    pattern: bytes | Pattern[bytes],
    string: ReadableBuffer,
    flags: _FlagsType = ...,
) -> Match[bytes] | None: ...

@typing.overload
def split(
    pattern: str | Pattern[str],
    string: str,
    maxsplit: int = ...,
    flags: _FlagsType = ...,
) -> list[str | typing.Any]:
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings.  If
    capturing parentheses are used in pattern, then the text of all
    groups in the pattern are also returned as part of the resulting
    list.  If maxsplit is nonzero, at most maxsplit splits occur,
    and the remainder of the string is returned as the final element
    of the list."""
    ...
@typing.overload
def split(
    pattern: bytes | Pattern[bytes],
    string: ReadableBuffer,
    maxsplit: int = ...,
    flags: _FlagsType = ...,
) -> list[bytes | typing.Any]: ...

@typing.overload
def sub(
    pattern: str | Pattern[str],
    repl: str | collections.abc.Callable[[Match[str]], str],
    string: str,
    count: int = ...,
    flags: _FlagsType = ...,
) -> str:
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl.  repl can be either a string or a callable;
    if a string, backslash escapes in it are processed.  If it is
    a callable, it's passed the Match object and must return
    a replacement string to be used."""
    ...
@typing.overload
def sub(
    pattern: bytes | Pattern[bytes],
    repl: ReadableBuffer | collections.abc.Callable[[Match[bytes]], ReadableBuffer],
    string: ReadableBuffer,
    count: int = ...,
    flags: _FlagsType = ...,
) -> bytes: ...

@typing.overload
def subn(
    pattern: str | Pattern[str],
    repl: str | collections.abc.Callable[[Match[str]], str],
    string: str,
    count: int = ...,
    flags: _FlagsType = ...,
) -> tuple[str, int]:
    """Return a 2-tuple containing (new_string, number).
    new_string is the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in the source
    string by the replacement repl.  number is the number of
    substitutions that were made. repl can be either a string or a
    callable; if a string, backslash escapes in it are processed.
    If it is a callable, it's passed the Match object and must
    return a replacement string to be used."""
    ...
@typing.overload
def subn(
    pattern: bytes | Pattern[bytes],
    repl: ReadableBuffer | collections.abc.Callable[[Match[bytes]], ReadableBuffer],
    string: ReadableBuffer,
    count: int = ...,
    flags: _FlagsType = ...,
) -> tuple[bytes, int]: ...

def template(pattern: AnyStr | Pattern[AnyStr], flags: _FlagsType = 0) -> Pattern[AnyStr]:
    """Compile a template pattern, returning a Pattern object, deprecated"""
    ...

@typing.final
class Match(typing.Generic[AnyStr]):
    """The result of re.match() and re.search().
Match objects always have a boolean value of True."""
    def __class_getitem__(cls, item: typing.Any) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __copy__(self) -> Match[AnyStr]: ...
    def __deepcopy__(self, memo: typing.Any, /) -> Match[AnyStr]: ...
    @typing.overload
    def __getitem__(self, key: typing.Literal[0], /) -> AnyStr:
        """Return self[key]."""
        ...
    @typing.overload
    def __getitem__(self, key: int | str, /) -> AnyStr | typing.Any: ...
    def end(self, group: int | str = 0, /) -> int:
        """Return index of the end of the substring matched by group."""
        ...
    @property
    def endpos(self) -> int: ...
    @typing.overload
    def expand(self: Match[str], template: str) -> str:
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        ...
    @typing.overload
    def expand(self: Match[bytes], template: ReadableBuffer) -> bytes: ...
    @typing.overload
    def group(self, group: typing.Literal[0] = ..., /) -> AnyStr:
        """group([group1, ...]) -> str or tuple.
    Return subgroup(s) of the match by indices or names.
    For 0 returns the entire match."""
        ...
    @typing.overload
    def group(self, group: str | int, /) -> AnyStr | typing.Any: ...
    @typing.overload
    def group(
        self,
        group1: str | int,
        group2: str | int,
        /,
        *groups: str | int,
    ) -> tuple[AnyStr | typing.Any, ...]: ...
    @typing.overload
    def groupdict(self) -> dict[str, AnyStr | typing.Any]:
        """Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.

  default
    Is used for groups that did not participate in the match."""
        ...
    @typing.overload
    def groupdict(self, default: _T) -> dict[str, AnyStr | _T]: ...
    @typing.overload
    def groups(self) -> tuple[AnyStr | typing.Any, ...]:
        """Return a tuple containing all the subgroups of the match, from 1.

  default
    Is used for groups that did not participate in the match."""
        ...
    @typing.overload
    def groups(self, default: _T) -> tuple[AnyStr | _T, ...]: ...
    @property
    def lastgroup(self) -> str | None: ...
    @property
    def lastindex(self) -> int | None: ...
    @property
    def pos(self) -> int: ...
    @property
    def re(self) -> Pattern[AnyStr]: ...
    @property
    def regs(self) -> tuple[tuple[int, int], ...]: ...
    def span(self, group: int | str = 0, /) -> tuple[int, int]:
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        ...
    def start(self, group: int | str = 0, /) -> int:
        """Return index of the start of the substring matched by group."""
        ...
    @property
    def string(self) -> AnyStr: ...

@typing.final
class Pattern(typing.Generic[AnyStr]):
    """Compiled regular expression object."""
    def __class_getitem__(cls, item: typing.Any) -> types.GenericAlias:
        """See PEP 585"""
        ...
    def __copy__(self) -> Pattern[AnyStr]: ...
    def __deepcopy__(self, memo: typing.Any, /) -> Pattern[AnyStr]: ...
    @typing.overload
    def findall(
        self: Pattern[str],
        string: str,
        pos: int = ...,
        endpos: int = ...,
    ) -> list[typing.Any]:
        """Return a list of all non-overlapping matches of pattern in string."""
        ...
    @typing.overload
    def findall(
        self: Pattern[bytes],
        string: ReadableBuffer,
        pos: int = ...,
        endpos: int = ...,
    ) -> list[typing.Any]: ...
    @typing.overload
    def finditer(
        self: Pattern[str],
        string: str,
        pos: int = ...,
        endpos: int = ...,
    ) -> collections.abc.Iterator[Match[str]]:
        """Return an iterator over all non-overlapping matches for the RE pattern in string.

For each match, the iterator returns a match object."""
        ...
    @typing.overload
    def finditer(
        self: Pattern[bytes],
        string: ReadableBuffer,
        pos: int = ...,
        endpos: int = ...,
    ) -> collections.abc.Iterator[Match[bytes]]: ...
    @property
    def flags(self) -> int: ...
    @typing.overload
    def fullmatch(
        self: Pattern[str],
        string: str,
        pos: int = ...,
        endpos: int = ...,
    ) -> Match[str] | None:
        """Matches against all of the string."""
        ...
    @typing.overload
    def fullmatch(
        self: Pattern[bytes],
        string: ReadableBuffer,
        pos: int = ...,
        endpos: int = ...,
    ) -> Match[bytes] | None: ...
    @property
    def groupindex(self) -> collections.abc.Mapping[str, int]: ...
    @property
    def groups(self) -> int: ...
    @typing.overload
    def match(
        self: Pattern[str],
        string: str,
        pos: int = ...,
        endpos: int = ...,
    ) -> Match[str] | None:
        """Matches zero or more characters at the beginning of the string."""
        ...
    @typing.overload
    def match(
        self: Pattern[bytes],
        string: ReadableBuffer,
        pos: int = ...,
        endpos: int = ...,
    ) -> Match[bytes] | None: ...
    @property
    def pattern(self) -> AnyStr: ...
    @typing.overload
    def search(
        self: Pattern[str],
        string: str,
        pos: int = ...,
        endpos: int = ...,
    ) -> Match[str] | None:
        """Scan through string looking for a match, and return a corresponding match object instance.

Return None if no position in the string matches."""
        ...
    @typing.overload
    def search(
        self: Pattern[bytes],
        string: ReadableBuffer,
        pos: int = ...,
        endpos: int = ...,
    ) -> Match[bytes] | None: ...
    @typing.overload
    def split(self: Pattern[str], string: str, maxsplit: int = ...) -> list[str | typing.Any]:
        """Split string by the occurrences of pattern."""
        ...
    @typing.overload
    def split(
        self: Pattern[bytes],
        string: ReadableBuffer,
        maxsplit: int = ...,
    ) -> list[bytes | typing.Any]: ...
    @typing.overload
    def sub(
        self: Pattern[str],
        repl: str | collections.abc.Callable[[Match[str]], str],
        string: str,
        count: int = ...,
    ) -> str:
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        ...
    @typing.overload
    def sub(
        self: Pattern[bytes],
        repl: ReadableBuffer | collections.abc.Callable[[Match[bytes]], ReadableBuffer],
        string: ReadableBuffer,
        count: int = ...,
    ) -> bytes: ...
    @typing.overload
    def subn(
        self: Pattern[str],
        repl: str | collections.abc.Callable[[Match[str]], str],
        string: str,
        count: int = ...,
    ) -> tuple[str, int]:
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        ...
    @typing.overload
    def subn(
        self: Pattern[bytes],
        repl: ReadableBuffer | collections.abc.Callable[[Match[bytes]], ReadableBuffer],
        string: ReadableBuffer,
        count: int = ...,
    ) -> tuple[bytes, int]: ...

class RegexFlag(enum.IntFlag):
    """An enumeration."""
    NOFLAG = 0
    ASCII = 256
    A = 256
    IGNORECASE = 2
    I = 2
    LOCALE = 4
    L = 4
    UNICODE = 32
    U = 32
    MULTILINE = 8
    M = 8
    DOTALL = 16
    S = 16
    VERBOSE = 64
    X = 64
    TEMPLATE = 1
    T = 1
    DEBUG = 128
