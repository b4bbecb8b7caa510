# pybind-stub: 1
# module: fractions
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_typeshed/__init__.pyi, typeshed:stdlib/fractions.pyi, runtime
# content-hash: sha256:275999f6b84b2f8238ef7f7ce0adb7c22947999ac425c99c36d5ca21e7c12cb8
"""Fraction, infinite-precision, rational numbers."""

import collections.abc
import decimal
import numbers
import typing

Self = typing.TypeVar('Self')

_ComparableNum: typing.TypeAlias = int | float | decimal.Decimal | numbers.Real

class Fraction(numbers.Rational):
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float and Decimal instances

      - other Rational instances (including integers)

   \x20"""
    def __abs__(a) -> Fraction:
        """abs(a)"""
        ...
    @typing.overload
    def __add__(a, b: int | Fraction) -> Fraction:
        """a + b"""
        ...
    @typing.overload
    def __add__(a, b: float) -> float: ...
    @typing.overload
    def __add__(a, b: complex) -> complex: ...
    def __bool__(a) -> bool:
        """a != 0"""
        ...
    def __ceil__(a) -> int:
        """math.ceil(a)"""
        ...
    def __copy__(self: Self) -> Self: ...
    def __deepcopy__(self: Self, memo: typing.Any) -> Self: ...
    @typing.overload
    def __divmod__(a, b: int | Fraction) -> tuple[int, Fraction]:
        """(a // b, a % b)"""
        ...
    @typing.overload
    def __divmod__(a, b: float) -> tuple[float, Fraction]: ...
    def __eq__(a, b: object) -> bool:
        """a == b"""
        ...
    def __floor__(a) -> int:
        """math.floor(a)"""
        ...
    @typing.overload
    def __floordiv__(a, b: int | Fraction) -> int:
        """a // b"""
        ...
    @typing.overload
    def __floordiv__(a, b: float) -> float: ...
    def __ge__(a, b: _ComparableNum) -> bool:
        """a >= b"""
        ...
    def __gt__(a, b: _ComparableNum) -> bool:
        """a > b"""
        ...
    def __hash__(self) -> int:
        """hash(self)"""
        ...
    def __int__(a, _index: collections.abc.Callable[[typing.SupportsIndex], int] = ...) -> int:
        """int(a)"""
        ...
    def __le__(a, b: _ComparableNum) -> bool:
        """a <= b"""
        ...
    def __lt__(a, b: _ComparableNum) -> bool:
        """a < b"""
        ...
    @typing.overload
    def __mod__(a, b: int | Fraction) -> Fraction:
        """a % b"""
        ...
    @typing.overload
    def __mod__(a, b: float) -> float: ...
    @typing.overload
    def __mul__(a, b: int | Fraction) -> Fraction:
        """a * b"""
        ...
    @typing.overload
    def __mul__(a, b: float) -> float: ...
    @typing.overload
    def __mul__(a, b: complex) -> complex: ...
    def __neg__(a) -> Fraction:
        """-a"""
        ...
    @typing.overload
    def __new__(
        cls: type[Self],
        numerator: int | numbers.Rational = ...,
        denominator: int | numbers.Rational | None = ...,
        *,
        _normalize: bool = ...,
    ) -> Self:
        """Constructs a Rational.

        Takes a string like '3/2' or '1.5', another Rational instance, a
        numerator/denominator pair, or a float.

        Examples
        --------

        >>> Fraction(10, -8)
        Fraction(-5, 4)
        >>> Fraction(Fraction(1, 7), 5)
        Fraction(1, 35)
        >>> Fraction(Fraction(1, 7), Fraction(2, 3))
        Fraction(3, 14)
        >>> Fraction('314')
        Fraction(314, 1)
        >>> Fraction('-35/4')
        Fraction(-35, 4)
        >>> Fraction('3.1415') # conversion from numeric string
        Fraction(6283, 2000)
        >>> Fraction('-47e-2') # string may include a decimal exponent
        Fraction(-47, 100)
        >>> Fraction(1.47)  # direct construction from float (exact conversion)
        Fraction(6620291452234629, 4503599627370496)
        >>> Fraction(2.25)
        Fraction(9, 4)
        >>> Fraction(Decimal('1.47'))
        Fraction(147, 100)

       \x20"""
        ...
    @typing.overload
    def __new__(
        cls: type[Self],
        value: float | decimal.Decimal | str,
        /,
        *,
        _normalize: bool = ...,
    ) -> Self: ...
    def __pos__(a) -> Fraction:
        """+a: Coerces a subclass instance to Fraction"""
        ...
    @typing.overload
    def __pow__(a, b: int) -> Fraction:
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.

       \x20"""
        ...
    @typing.overload
    def __pow__(a, b: float | Fraction) -> float: ...
    @typing.overload
    def __pow__(a, b: complex) -> complex: ...
    @typing.overload
    def __radd__(b, a: int | Fraction) -> Fraction:
        """a + b"""
        ...
    @typing.overload
    def __radd__(b, a: float) -> float: ...
    @typing.overload
    def __radd__(b, a: complex) -> complex: ...
    @typing.overload
    def __rdivmod__(b, a: int | Fraction) -> tuple[int, Fraction]:
        """(a // b, a % b)"""
        ...
    @typing.overload
    def __rdivmod__(b, a: float) -> tuple[float, Fraction]: ...
    @typing.overload
    def __rfloordiv__(b, a: int | Fraction) -> int:
        """a // b"""
        ...
    @typing.overload
    def __rfloordiv__(b, a: float) -> float: ...
    @typing.overload
    def __rmod__(b, a: int | Fraction) -> Fraction:
        """a % b"""
        ...
    @typing.overload
    def __rmod__(b, a: float) -> float: ...
    @typing.overload
    def __rmul__(b, a: int | Fraction) -> Fraction:
        """a * b"""
        ...
    @typing.overload
    def __rmul__(b, a: float) -> float: ...
    @typing.overload
    def __rmul__(b, a: complex) -> complex: ...
    @typing.overload
    def __round__(self, ndigits: None = ...) -> int:
        """round(self, ndigits)

        Rounds half toward even.
       \x20"""
        ...
    @typing.overload
    def __round__(self, ndigits: int) -> Fraction: ...
    @typing.overload
    def __rpow__(b, a: float | Fraction) -> float:
        """a ** b"""
        ...
    @typing.overload
    def __rpow__(b, a: complex) -> complex: ...
    @typing.overload
    def __rsub__(b, a: int | Fraction) -> Fraction:
        """a - b"""
        ...
    @typing.overload
    def __rsub__(b, a: float) -> float: ...
    @typing.overload
    def __rsub__(b, a: complex) -> complex: ...
    @typing.overload
    def __rtruediv__(b, a: int | Fraction) -> Fraction:
        """a / b"""
        ...
    @typing.overload
    def __rtruediv__(b, a: float) -> float: ...
    @typing.overload
    def __rtruediv__(b, a: complex) -> complex: ...
    @typing.overload
    def __sub__(a, b: int | Fraction) -> Fraction:
        """a - b"""
        ...
    @typing.overload
    def __sub__(a, b: float) -> float: ...
    @typing.overload
    def __sub__(a, b: complex) -> complex: ...
    @typing.overload
    def __truediv__(a, b: int | Fraction) -> Fraction:
        """a / b"""
        ...
    @typing.overload
    def __truediv__(a, b: float) -> float: ...
    @typing.overload
    def __truediv__(a, b: complex) -> complex: ...
    def __trunc__(a) -> int:
        """math.trunc(a)"""
        ...
    def as_integer_ratio(self) -> tuple[int, int]:
        """Return the integer ratio as a tuple.

        Return a tuple of two integers, whose ratio is equal to the
        Fraction and with a positive denominator.
       \x20"""
        ...
    def conjugate(self) -> Fraction:
        """Conjugate is a no-op for Reals."""
        ...
    @property
    def denominator(self) -> int: ...
    @classmethod
    def from_decimal(cls: type[Self], dec: decimal.Decimal) -> Self:
        """Converts a finite Decimal instance to a rational number, exactly."""
        ...
    @classmethod
    def from_float(cls: type[Self], f: float) -> Self:
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).

       \x20"""
        ...
    @property
    def imag(self) -> typing.Literal[0]:
        """Real numbers have no imaginary component."""
        ...
    def limit_denominator(self, max_denominator: int = 1000000) -> Fraction:
        """Closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(4321, 8765).limit_denominator(10000)
        Fraction(4321, 8765)

       \x20"""
        ...
    @property
    def numerator(self) -> int: ...
    @property
    def real(self) -> Fraction:
        """Real numbers are their real component."""
        ...
