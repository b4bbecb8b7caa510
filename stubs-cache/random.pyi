# pybind-stub: 1
# module: random
# module-version: stdlib
# interpreter: CPython 3.11.2 linux x86_64
# sources: typeshed:stdlib/_random.pyi, typeshed:stdlib/random.pyi, runtime
# content-hash: sha256:a0995f4df0edec5f4b6cc33758dc321a60cb47b94a69452da9345a58409ec1d0
"""Random variable generators.

    bytes
    -----
           uniform bytes (values between 0 and 255)

    integers
    --------
           uniform within range

    sequences
    ---------
           pick random element
           pick random sample
           pick weighted random sample
           generate random permutation

    distributions on the real line:
    ------------------------------
           uniform
           triangular
           normal (Gaussian)
           lognormal
           negative exponential
           gamma
           beta
           pareto
           Weibull

    distributions on the circle (angles 0 to 2pi)
    ---------------------------------------------
           circular uniform
           von Mises

General notes on the underlying Mersenne Twister core generator:

* The period is 2**19937-1.
* It is one of the most extensively tested generators in existence.
* The random() method is implemented in C, executes in a single Python step,
  and is, therefore, threadsafe.

"""

import _typeshed
import collections.abc
import fractions
import typing

_T = typing.TypeVar('_T')

def betavariate(alpha: float, beta: float) -> float:
    """Beta distribution.

        Conditions on the parameters are alpha > 0 and beta > 0.
        Returned values range between 0 and 1.

       \x20"""
    ...

def choice(seq: _typeshed.SupportsLenAndGetItem[_T]) -> _T:
    """Choose a random element from a non-empty sequence."""
    ...

def choices(
    population: _typeshed.SupportsLenAndGetItem[_T],
    weights: collections.abc.Sequence[float | fractions.Fraction] | None = None,
    *,
    cum_weights: collections.abc.Sequence[float | fractions.Fraction] | None = None,
    k: int = 1,
) -> list[_T]:
    """Return a k sized list of population elements chosen with replacement.

        If the relative weights or cumulative weights are not specified,
        the selections are made with equal probability.

       \x20"""
    ...

def expovariate(lambd: float) -> float:
    """Exponential distribution.

        lambd is 1.0 divided by the desired mean.  It should be
        nonzero.  (The parameter would be called "lambda", but that is
        a reserved word in Python.)  Returned values range from 0 to
        positive infinity if lambd is positive, and from negative
        infinity to 0 if lambd is negative.

       \x20"""
    ...

def gammavariate(alpha: float, beta: float) -> float:
    """Gamma distribution.  Not the gamma function!

        Conditions on the parameters are alpha > 0 and beta > 0.

        The probability distribution function is:

                    x ** (alpha - 1) * math.exp(-x / beta)
          pdf(x) =  --------------------------------------
                      math.gamma(alpha) * beta ** alpha

       \x20"""
    ...

def gauss(mu: float = 0.0, sigma: float = 1.0) -> float:
    """Gaussian distribution.

        mu is the mean, and sigma is the standard deviation.  This is
        slightly faster than the normalvariate() function.

        Not thread-safe without a lock around calls.

       \x20"""
    ...

def getrandbits(k: int, /) -> int:
    """getrandbits(k) -> x.  Generates an int with k random bits."""
    ...

def getstate() -> tuple[typing.Any, ...]:
    """Return internal state; can be passed to setstate() later."""
    ...

def lognormvariate(mu: float, sigma: float) -> float:
    """Log normal distribution.

        If you take the natural logarithm of this distribution, you'll get a
        normal distribution with mean mu and standard deviation sigma.
        mu can have any value, and sigma must be greater than zero.

       \x20"""
    ...

def normalvariate(mu: float = 0.0, sigma: float = 1.0) -> float:
    """Normal distribution.

        mu is the mean, and sigma is the standard deviation.

       \x20"""
    ...

def paretovariate(alpha: float) -> float:
    """Pareto distribution.  alpha is the shape parameter."""
    ...

def randbytes(n: int) -> bytes:
    """Generate n random bytes."""
    ...

def randint(a: int, b: int) -> int:
    """Return random integer in range [a, b], including both end points.
       \x20"""
    ...

def random() -> float:
    """random() -> x in the interval [0, 1)."""
    ...

def randrange(start: int, stop: int | None = None, step: int = ...) -> int:
    """Choose a random item from range(stop) or range(start, stop[, step]).

        Roughly equivalent to ``choice(range(start, stop, step))`` but
        supports arbitrarily large ranges and is optimized for common cases.

       \x20"""
    ...

def sample(
    population: collections.abc.Sequence[_T],
    k: int,
    *,
    counts: collections.abc.Iterable[int] | None = None,
) -> list[_T]:
    """Chooses k unique random elements from a population sequence.

        Returns a new list containing elements from the population while
        leaving the original population unchanged.  The resulting list is
        in selection order so that all sub-slices will also be valid random
        samples.  This allows raffle winners (the sample) to be partitioned
        into grand prize and second place winners (the subslices).

        Members of the population need not be hashable or unique.  If the
        population contains repeats, then each occurrence is a possible
        selection in the sample.

        Repeated elements can be specified one at a time or with the optional
        counts parameter.  For example:

            sample(['red', 'blue'], counts=[4, 2], k=5)

        is equivalent to:

            sample(['red', 'red', 'red', 'red', 'blue', 'blue'], k=5)

        To choose a sample from a range of integers, use range() for the
        population argument.  This is especially fast and space efficient
        for sampling from a large population:

            sample(range(10000000), 60)

       \x20"""
    ...

def seed(a: int | float | str | bytes | bytearray | None = None, version: int = 2) -> None:
    """Initialize internal state from a seed.

        The only supported seed types are None, int, float,
        str, bytes, and bytearray.

        None or no argument seeds from current time or from an operating
        system specific randomness source if available.

        If *a* is an int, all bits are used.

        For version 2 (the default), all of the bits are used if *a* is a str,
        bytes, or bytearray.  For version 1 (provided for reproducing random
        sequences from older versions of Python), the algorithm for str and
        bytes generates a narrower range of seeds.

       \x20"""
    ...

def setstate(state: tuple[typing.Any, ...]) -> None:
    """Restore internal state from object returned by getstate()."""
    ...

def shuffle(x: collections.abc.MutableSequence[typing.Any]) -> None:
    """Shuffle list x in place, and return None."""
    ...

def triangular(low: float = 0.0, high: float = 1.0, mode: float | None = None) -> float:
    """Triangular distribution.

        Continuous distribution bounded by given lower and upper limits,
        and having a given mode value in-between.

        http://en.wikipedia.org/wiki/Triangular_distribution

       \x20"""
    ...

def uniform(a: float, b: float) -> float:
    """Get a random number in the range [a, b) or [a, b] depending on rounding."""
    ...

def vonmisesvariate(mu: float, kappa: float) -> float:
    """Circular data distribution.

        mu is the mean angle, expressed in radians between 0 and 2*pi, and
        kappa is the concentration parameter, which must be greater than or
        equal to zero.  If kappa is equal to zero, this distribution reduces
        to a uniform random angle over the range 0 to 2*pi.

       \x20"""
    ...

def weibullvariate(alpha: float, beta: float) -> float:
    """Weibull distribution.

        alpha is the scale parameter and beta is the shape parameter.

       \x20"""
    ...

class Random:
    """Random number generator base class used by bound module functions.

    Used to instantiate instances of Random to get generators that don't
    share state.

    Class Random can also be subclassed if you want to use a different basic
    generator of your own devising: in that case, override the following
    methods:  random(), seed(), getstate(), and setstate().
    Optionally, implement a getrandbits() method so that randrange()
    can cover arbitrarily large ranges.

   \x20"""
    VERSION: typing.ClassVar[int]
    def __init__(self, x: typing.Any = None) -> None:
        """Initialize an instance.

        Optional argument x controls seeding, as for Random.seed().
       \x20"""
        ...
    def betavariate(self, alpha: float, beta: float) -> float:
        """Beta distribution.

        Conditions on the parameters are alpha > 0 and beta > 0.
        Returned values range between 0 and 1.

       \x20"""
        ...
    def choice(self, seq: _typeshed.SupportsLenAndGetItem[_T]) -> _T:
        """Choose a random element from a non-empty sequence."""
        ...
    def choices(
        self,
        population: _typeshed.SupportsLenAndGetItem[_T],
        weights: collections.abc.Sequence[float | fractions.Fraction] | None = None,
        *,
        cum_weights: collections.abc.Sequence[float | fractions.Fraction] | None = None,
        k: int = 1,
    ) -> list[_T]:
        """Return a k sized list of population elements chosen with replacement.

        If the relative weights or cumulative weights are not specified,
        the selections are made with equal probability.

       \x20"""
        ...
    def expovariate(self, lambd: float) -> float:
        """Exponential distribution.

        lambd is 1.0 divided by the desired mean.  It should be
        nonzero.  (The parameter would be called "lambda", but that is
        a reserved word in Python.)  Returned values range from 0 to
        positive infinity if lambd is positive, and from negative
        infinity to 0 if lambd is negative.

       \x20"""
        ...
    def gammavariate(self, alpha: float, beta: float) -> float:
        """Gamma distribution.  Not the gamma function!

        Conditions on the parameters are alpha > 0 and beta > 0.

        The probability distribution function is:

                    x ** (alpha - 1) * math.exp(-x / beta)
          pdf(x) =  --------------------------------------
                      math.gamma(alpha) * beta ** alpha

       \x20"""
        ...
    def gauss(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        """Gaussian distribution.

        mu is the mean, and sigma is the standard deviation.  This is
        slightly faster than the normalvariate() function.

        Not thread-safe without a lock around calls.

       \x20"""
        ...
    def getrandbits(self, k: int, /) -> int:
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        ...
    def getstate(self) -> tuple[typing.Any, ...]:
        """Return internal state; can be passed to setstate() later."""
        ...
    def lognormvariate(self, mu: float, sigma: float) -> float:
        """Log normal distribution.

        If you take the natural logarithm of this distribution, you'll get a
        normal distribution with mean mu and standard deviation sigma.
        mu can have any value, and sigma must be greater than zero.

       \x20"""
        ...
    def normalvariate(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        """Normal distribution.

        mu is the mean, and sigma is the standard deviation.

       \x20"""
        ...
    def paretovariate(self, alpha: float) -> float:
        """Pareto distribution.  alpha is the shape parameter."""
        ...
    def randbytes(self, n: int) -> bytes:
        """Generate n random bytes."""
        ...
    def randint(self, a: int, b: int) -> int:
        """Return random integer in range [a, b], including both end points.
       \x20"""
        ...
    def random(self) -> float:
        """random() -> x in the interval [0, 1)."""
        ...
    def randrange(self, start: int, stop: int | None = None, step: int = ...) -> int:
        """Choose a random item from range(stop) or range(start, stop[, step]).

        Roughly equivalent to ``choice(range(start, stop, step))`` but
        supports arbitrarily large ranges and is optimized for common cases.

       \x20"""
        ...
    def sample(
        self,
        population: collections.abc.Sequence[_T],
        k: int,
        *,
        counts: collections.abc.Iterable[int] | None = None,
    ) -> list[_T]:
        """Chooses k unique random elements from a population sequence.

        Returns a new list containing elements from the population while
        leaving the original population unchanged.  The resulting list is
        in selection order so that all sub-slices will also be valid random
        samples.  This allows raffle winners (the sample) to be partitioned
        into grand prize and second place winners (the subslices).

        Members of the population need not be hashable or unique.  If the
        population contains repeats, then each occurrence is a possible
        selection in the sample.

        Repeated elements can be specified one at a time or with the optional
        counts parameter.  For example:

            sample(['red', 'blue'], counts=[4, 2], k=5)

        is equivalent to:

            sample(['red', 'red', 'red', 'red', 'blue', 'blue'], k=5)

        To choose a sample from a range of integers, use range() for the
        population argument.  This is especially fast and space efficient
        for sampling from a large population:

            sample(range(10000000), 60)

       \x20"""
        ...
    def seed(
        self,
        a: int | float | str | bytes | bytearray | None = None,
        version: int = 2,
    ) -> None:
        """Initialize internal state from a seed.

        The only supported seed types are None, int, float,
        str, bytes, and bytearray.

        None or no argument seeds from current time or from an operating
        system specific randomness source if available.

        If *a* is an int, all bits are used.

        For version 2 (the default), all of the bits are used if *a* is a str,
        bytes, or bytearray.  For version 1 (provided for reproducing random
        sequences from older versions of Python), the algorithm for str and
        bytes generates a narrower range of seeds.

       \x20"""
        ...
    def setstate(self, state: tuple[typing.Any, ...]) -> None:
        """Restore internal state from object returned by getstate()."""
        ...
    def shuffle(self, x: collections.abc.MutableSequence[typing.Any]) -> None:
        """Shuffle list x in place, and return None."""
        ...
    def triangular(
        self,
        low: float = 0.0,
        high: float = 1.0,
        mode: float | None = None,
    ) -> float:
        """Triangular distribution.

        Continuous distribution bounded by given lower and upper limits,
        and having a given mode value in-between.

        http://en.wikipedia.org/wiki/Triangular_distribution

       \x20"""
        ...
    def uniform(self, a: float, b: float) -> float:
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        ...
    def vonmisesvariate(self, mu: float, kappa: float) -> float:
        """Circular data distribution.

        mu is the mean angle, expressed in radians between 0 and 2*pi, and
        kappa is the concentration parameter, which must be greater than or
        equal to zero.  If kappa is equal to zero, this distribution reduces
        to a uniform random angle over the range 0 to 2*pi.

       \x20"""
        ...
    def weibullvariate(self, alpha: float, beta: float) -> float:
        """Weibull distribution.

        alpha is the scale parameter and beta is the shape parameter.

       \x20"""
        ...

class SystemRandom(Random):
    """Alternate random number generator using sources provided
    by the operating system (such as /dev/urandom on Unix or
    CryptGenRandom on Windows).

     Not available on all systems (see os.urandom() for details).

   \x20"""
    def getrandbits(self, k: int) -> int:
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        ...
    def getstate(self, *args: typing.Any, **kwds: typing.Any) -> typing.NoReturn:
        """Method should not be called for a system random number generator."""
        ...
    def setstate(self, *args: typing.Any, **kwds: typing.Any) -> typing.NoReturn:
        """Method should not be called for a system random number generator."""
        ...
