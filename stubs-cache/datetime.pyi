# pybind-stub: 1
# module: datetime
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/datetime.pyi, runtime
# content-hash: sha256:6078ac245af6fac312068cd4cb4ee2e7979d5e19f83beb32a20e2a6433ad5d0a
"""Fast implementation of the datetime type."""

import abc
import datetime
import time
import typing

Self = typing.TypeVar('Self')
_D = typing.TypeVar('_D', bound=date)

_Date: typing.TypeAlias = date
_Time: typing.TypeAlias = time
_TzInfo: typing.TypeAlias = tzinfo

MAXYEAR: typing.Literal[9999]
MINYEAR: typing.Literal[1]
UTC: timezone

class date:
    """date(year, month, day) --> date object"""
    min: typing.ClassVar[date]
    max: typing.ClassVar[date]
    resolution: typing.ClassVar[timedelta]
    def __add__(self: Self, other: timedelta, /) -> Self:
        """Return self+value."""
        ...
    def __format__(self, fmt: str, /) -> str:
        """Formats self with strftime."""
        ...
    def __ge__(self, other: date, /) -> bool:
        """Return self>=value."""
        ...
    def __gt__(self, other: date, /) -> bool:
        """Return self>value."""
        ...
    def __le__(self, other: date, /) -> bool:
        """Return self<=value."""
        ...
    def __lt__(self, other: date, /) -> bool:
        """Return self<value."""
        ...
    def __new__(cls: type[Self], year: int, month: int, day: int) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    def __radd__(self: Self, other: timedelta, /) -> Self:
        """Return value+self."""
        ...
    @typing.overload
    def __sub__(self: Self, other: timedelta, /) -> Self:
        """Return self-value."""
        ...
    @typing.overload
    def __sub__(self, other: datetime, /) -> typing.NoReturn: ...
    @typing.overload
    def __sub__(self: _D, other: _D, /) -> timedelta: ...
    def ctime(self) -> str:
        """Return ctime() style string."""
        ...
    @property
    def day(self) -> int: ...
    @classmethod
    def fromisocalendar(cls: type[Self], year: int, week: int, day: int) -> Self:
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        ...
    @classmethod
    def fromisoformat(cls: type[Self], date_string: str, /) -> Self:
        """str -> Construct a date from a string in ISO 8601 format."""
        ...
    @classmethod
    def fromordinal(cls: type[Self], n: int, /) -> Self:
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        ...
    @classmethod
    def fromtimestamp(cls: type[Self], timestamp: float, /) -> Self:
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        ...
    def isocalendar(self) -> datetime._IsoCalendarDate:
        """Return a named tuple containing ISO year, week number, and weekday."""
        ...
    def isoformat(self) -> str:
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        ...
    def isoweekday(self) -> int:
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        ...
    @property
    def month(self) -> int: ...
    def replace(self: Self, year: int = ..., month: int = ..., day: int = ...) -> Self:
        """Return date with new specified fields."""
        ...
    def strftime(self, format: str, /) -> str:
        """format -> strftime() style string."""
        ...
    def timetuple(self) -> time.struct_time:
        """Return time tuple, compatible with time.localtime()."""
        ...
    @classmethod
    def today(cls: type[Self]) -> Self:
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        ...
    def toordinal(self) -> int:
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        ...
    def weekday(self) -> int:
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        ...
    @property
    def year(self) -> int: ...

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""
    min: typing.ClassVar[datetime]
    max: typing.ClassVar[datetime]
    def __ge__(self, other: datetime, /) -> bool:
        """Return self>=value."""
        ...
    def __gt__(self, other: datetime, /) -> bool:
        """Return self>value."""
        ...
    def __le__(self, other: datetime, /) -> bool:
        """Return self<=value."""
        ...
    def __lt__(self, other: datetime, /) -> bool:
        """Return self<value."""
        ...
    def __new__(
        cls: type[Self],
        year: int,
        month: int,
        day: int,
        hour: int = ...,
        minute: int = ...,
        second: int = ...,
        microsecond: int = ...,
        tzinfo: _TzInfo | None = ...,
        *,
        fold: int = ...,
    ) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    @typing.overload
    def __sub__(self: Self, other: timedelta, /) -> Self:
        """Return self-value."""
        ...
    @typing.overload
    def __sub__(self: _D, other: _D, /) -> timedelta: ...
    def astimezone(self: Self, tz: _TzInfo | None = ...) -> Self:
        """tz -> convert to local time in new timezone tz
"""
        ...
    @classmethod
    def combine(cls, date: _Date, time: _Time, tzinfo: _TzInfo | None = ...) -> datetime:
        """date, time -> datetime with same date and time fields"""
        ...
    def date(self) -> _Date:
        """Return date object with same year, month and day."""
        ...
    def dst(self) -> timedelta | None:
        """Return self.tzinfo.dst(self)."""
        ...
    @property
    def fold(self) -> int: ...
    @classmethod
    def fromtimestamp(cls: type[Self], timestamp: float, /, tz: _TzInfo | None = ...) -> Self:
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        ...
    @property
    def hour(self) -> int: ...
    def isoformat(self, sep: str = ..., timespec: str = ...) -> str:
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        ...
    @property
    def microsecond(self) -> int: ...
    @property
    def minute(self) -> int: ...
    @classmethod
    def now(cls: type[Self], tz: _TzInfo | None = None) -> Self:
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        ...
    def replace(
        self: Self,
        year: int = ...,
        month: int = ...,
        day: int = ...,
        hour: int = ...,
        minute: int = ...,
        second: int = ...,
        microsecond: int = ...,
        tzinfo: _TzInfo | None = ...,
        *,
        fold: int = ...,
    ) -> Self:
        """Return datetime with new specified fields."""
        ...
    @property
    def second(self) -> int: ...
    @classmethod
    def strptime(cls, date_string: str, format: str, /) -> datetime:
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        ...
    def time(self) -> _Time:
        """Return time object with same time but with tzinfo=None."""
        ...
    def timestamp(self) -> float:
        """Return POSIX timestamp as float."""
        ...
    def timetz(self) -> _Time:
        """Return time object with same time and tzinfo."""
        ...
    @property
    def tzinfo(self) -> _TzInfo | None: ...
    def tzname(self) -> str | None:
        """Return self.tzinfo.tzname(self)."""
        ...
    @classmethod
    def utcfromtimestamp(cls: type[Self], t: float, /) -> Self:
        """Construct a naive UTC datetime from a POSIX timestamp."""
        ...
    @classmethod
    def utcnow(cls: type[Self]) -> Self:
        """Return a new datetime representing UTC day and time."""
        ...
    def utcoffset(self) -> timedelta | None:
        """Return self.tzinfo.utcoffset(self)."""
        ...
    def utctimetuple(self) -> time.struct_time:
        """Return UTC time tuple, compatible with time.localtime()."""
        ...

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""
    min: typing.ClassVar[time]
    max: typing.ClassVar[time]
    resolution: typing.ClassVar[timedelta]
    def __format__(self, fmt: str, /) -> str:
        """Formats self with strftime."""
        ...
    def __ge__(self, other: time, /) -> bool:
        """Return self>=value."""
        ...
    def __gt__(self, other: time, /) -> bool:
        """Return self>value."""
        ...
    def __le__(self, other: time, /) -> bool:
        """Return self<=value."""
        ...
    def __lt__(self, other: time, /) -> bool:
        """Return self<value."""
        ...
    def __new__(
        cls: type[Self],
        hour: int = ...,
        minute: int = ...,
        second: int = ...,
        microsecond: int = ...,
        tzinfo: _TzInfo | None = ...,
        *,
        fold: int = ...,
    ) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    def dst(self) -> timedelta | None:
        """Return self.tzinfo.dst(self)."""
        ...
    @property
    def fold(self) -> int: ...
    @classmethod
    def fromisoformat(cls: type[Self], time_string: str, /) -> Self:
        """string -> time from a string in ISO 8601 format"""
        ...
    @property
    def hour(self) -> int: ...
    def isoformat(self, timespec: str = ...) -> str:
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        ...
    @property
    def microsecond(self) -> int: ...
    @property
    def minute(self) -> int: ...
    def replace(
        self: Self,
        hour: int = ...,
        minute: int = ...,
        second: int = ...,
        microsecond: int = ...,
        tzinfo: _TzInfo | None = ...,
        *,
        fold: int = ...,
    ) -> Self:
        """Return time with new specified fields."""
        ...
    @property
    def second(self) -> int: ...
    def strftime(self, format: str, /) -> str:
        """format -> strftime() style string."""
        ...
    @property
    def tzinfo(self) -> _TzInfo | None: ...
    def tzname(self) -> str | None:
        """Return self.tzinfo.tzname(self)."""
        ...
    def utcoffset(self) -> timedelta | None:
        """Return self.tzinfo.utcoffset(self)."""
        ...

class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""
    min: typing.ClassVar[timedelta]
    max: typing.ClassVar[timedelta]
    resolution: typing.ClassVar[timedelta]
    def __abs__(self) -> timedelta:
        """abs(self)"""
        ...
    def __add__(self, other: timedelta, /) -> timedelta:
        """Return self+value."""
        ...
    def __bool__(self) -> bool:
        """True if self else False"""
        ...
    def __divmod__(self, other: timedelta, /) -> tuple[int, timedelta]:
        """Return divmod(self, value)."""
        ...
    @typing.overload
    def __floordiv__(self, other: timedelta, /) -> int:
        """Return self//value."""
        ...
    @typing.overload
    def __floordiv__(self, other: int, /) -> timedelta: ...
    def __ge__(self, other: timedelta, /) -> bool:
        """Return self>=value."""
        ...
    def __gt__(self, other: timedelta, /) -> bool:
        """Return self>value."""
        ...
    def __le__(self, other: timedelta, /) -> bool:
        """Return self<=value."""
        ...
    def __lt__(self, other: timedelta, /) -> bool:
        """Return self<value."""
        ...
    def __mod__(self, other: timedelta, /) -> timedelta:
        """Return self%value."""
        ...
    def __mul__(self, other: float, /) -> timedelta:
        """Return self*value."""
        ...
    def __neg__(self) -> timedelta:
        """-self"""
        ...
    def __new__(
        cls: type[Self],
        days: float = ...,
        seconds: float = ...,
        microseconds: float = ...,
        milliseconds: float = ...,
        minutes: float = ...,
        hours: float = ...,
        weeks: float = ...,
    ) -> Self:
        """Create and return a new object.  See help(type) for accurate signature."""
        ...
    def __pos__(self) -> timedelta:
        """+self"""
        ...
    def __radd__(self, other: timedelta, /) -> timedelta:
        """Return value+self."""
        ...
    def __rmul__(self, other: float, /) -> timedelta:
        """Return value*self."""
        ...
    def __rsub__(self, other: timedelta, /) -> timedelta:
        """Return value-self."""
        ...
    def __sub__(self, other: timedelta, /) -> timedelta:
        """Return self-value."""
        ...
    @typing.overload
    def __truediv__(self, other: timedelta, /) -> float:
        """Return self/value."""
        ...
    @typing.overload
    def __truediv__(self, other: float, /) -> timedelta: ...
    @property
    def days(self) -> int: ...
    @property
    def microseconds(self) -> int: ...
    @property
    def seconds(self) -> int: ...
    def total_seconds(self) -> float:
        """Total seconds in the duration."""
        ...

@typing.final
class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    utc: typing.ClassVar[timezone]
    min: typing.ClassVar[timezone]
    max: typing.ClassVar[timezone]
    def __init__(self, offset: timedelta, name: str = ...) -> None:
        """Initialize self.  See help(type(self)) for accurate signature."""
        ...
    def dst(self, dt: datetime | None, /) -> None:
        """Return None."""
        ...
    def tzname(self, dt: datetime | None, /) -> str:
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        ...
    def utcoffset(self, dt: datetime | None, /) -> timedelta:
        """Return fixed offset."""
        ...

class tzinfo:
    """Abstract base class for time zone info objects."""
    @abc.abstractmethod
    def dst(self, dt: datetime | None, /) -> timedelta | None:
        """datetime -> DST offset as timedelta positive east of UTC."""
        ...
    def fromutc(self, dt: datetime, /) -> datetime:
        """datetime in UTC -> datetime in local time."""
        ...
    @abc.abstractmethod
    def tzname(self, dt: datetime | None, /) -> str | None:
        """datetime -> string name of time zone."""
        ...
    @abc.abstractmethod
    def utcoffset(self, dt: datetime | None, /) -> timedelta | None:
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        ...
