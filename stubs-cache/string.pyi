# pybind-stub: 1
# module: string
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/string.pyi, runtime
# content-hash: sha256:bf9c407f0feb4d0fb4ffc68920c6e849362d6f193855052ca6f5aac161dcae42
"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

import collections.abc
import re
import typing

StrOrLiteralStr = typing.TypeVar('StrOrLiteralStr', str)

ascii_letters: str
ascii_lowercase: str
ascii_uppercase: str
digits: str
hexdigits: str
octdigits: str
printable: str
punctuation: str
whitespace: str

def capwords(s: StrOrLiteralStr, sep: StrOrLiteralStr | None = None) -> StrOrLiteralStr:
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

   \x20"""
    ...

class Formatter:
    def check_unused_args(
        self,
        used_args: set[int | str],
        args: collections.abc.Sequence[typing.Any],
        kwargs: collections.abc.Mapping[str, typing.Any],
    ) -> None: ...
    def convert_field(self, value: typing.Any, conversion: str) -> typing.Any: ...
    @typing.overload
    def format(self, format_string: str, /, *args: str, **kwargs: str) -> str: ...
    @typing.overload
    def format(self, format_string: str, /, *args: typing.Any, **kwargs: typing.Any) -> str: ...
    def format_field(self, value: typing.Any, format_spec: str) -> typing.Any: ...
    def get_field(
        self,
        field_name: str,
        args: collections.abc.Sequence[typing.Any],
        kwargs: collections.abc.Mapping[str, typing.Any],
    ) -> typing.Any: ...
    def get_value(
        self,
        key: int | str,
        args: collections.abc.Sequence[typing.Any],
        kwargs: collections.abc.Mapping[str, typing.Any],
    ) -> typing.Any: ...
    def parse(
        self,
        format_string: StrOrLiteralStr,
    ) -> collections.abc.Iterable[tuple[StrOrLiteralStr, StrOrLiteralStr | None, StrOrLiteralStr | None, StrOrLiteralStr | None]]: ...
    @typing.overload
    def vformat(
        self,
        format_string: str,
        args: collections.abc.Sequence[str],
        kwargs: collections.abc.Mapping[str, str],
    ) -> str: ...
    @typing.overload
    def vformat(
        self,
        format_string: str,
        args: collections.abc.Sequence[typing.Any],
        kwargs: collections.abc.Mapping[str, typing.Any],
    ) -> str: ...

class Template:
    """A string class for supporting $-substitutions."""
    template: str
    delimiter: typing.ClassVar[str]
    idpattern: typing.ClassVar[str]
    braceidpattern: typing.ClassVar[str | None]
    flags: typing.ClassVar[re.RegexFlag]
    pattern: typing.ClassVar[re.Pattern[str]]
    def __init__(self, template: str) -> None: ...
    def get_identifiers(self) -> list[str]: ...
    def is_valid(self) -> bool: ...
    def safe_substitute(
        self,
        mapping: collections.abc.Mapping[str, object] = ...,
        /,
        **kwds: object,
    ) -> str: ...
    def substitute(
        self,
        mapping: collections.abc.Mapping[str, object] = ...,
        /,
        **kwds: object,
    ) -> str: ...
