# pybind-stub: 1
# module: numpy.lib.scimath
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/_typing/_array_like.py, numpy/_typing/_scalars.py, numpy/lib/scimath.pyi, runtime
# content-hash: sha256:6c02db35f38b68f1e98fb9e63054ca1945443baaf130dfb9981c41d3a1ccc3ad
"""
Wrapper functions to more user-friendly calling of certain math functions
whose output data-type is different than the input data-type in certain
domains of the input.

For example, for functions like `log` with branch cuts, the versions in this
module provide the mathematically valid answers in the complex plane::

  >>> import math
  >>> np.emath.log(-math.exp(1)) == (1+1j*math.pi)
  True

Similarly, `sqrt`, other base logarithms, `power` and trig functions are
correctly handled.  See their respective docstrings for specific examples.

Functions
---------

.. autosummary::
   :toctree: generated/

   sqrt
   log
   log2
   logn
   log10
   power
   arccos
   arcsin
   arctanh

"""

import numpy
import numpy._typing._array_like
import numpy._typing._nested_sequence
import numpy.typing
import typing

_DType = typing.TypeVar('_DType', bound=numpy.dtype[typing.Any])
_T = typing.TypeVar('_T')

_ArrayLikeComplex_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_ | numpy.integer[typing.Any] | numpy.floating[typing.Any] | numpy.complexfloating[typing.Any, typing.Any]], bool | int | float | complex]
_ArrayLikeFloat_co: typing.TypeAlias = _DualArrayLike[numpy.dtype[numpy.bool_ | numpy.integer[typing.Any] | numpy.floating[typing.Any]], bool | int | float]
_BoolLike_co: typing.TypeAlias = bool | numpy.bool_
_ComplexLike_co: typing.TypeAlias = _FloatLike_co | complex | numpy.complexfloating
_DualArrayLike: typing.TypeAlias = numpy._typing._array_like._SupportsArray[_DType] | numpy._typing._nested_sequence._NestedSequence[numpy._typing._array_like._SupportsArray[_DType]] | _T | numpy._typing._nested_sequence._NestedSequence[_T]
_FloatLike_co: typing.TypeAlias = _IntLike_co | float | numpy.floating
_IntLike_co: typing.TypeAlias = _BoolLike_co | int | numpy.integer

@typing.overload
def arccos(x: _FloatLike_co) -> typing.Any:
    """
    Compute the inverse cosine of x.

    Return the "principal value" (for a description of this, see
    `numpy.arccos`) of the inverse cosine of `x`. For real `x` such that
    `abs(x) <= 1`, this is a real number in the closed interval
    :math:`[0, \\pi]`.  Otherwise, the complex principle value is returned.

    Parameters
    ----------
    x : array_like or scalar
       The value(s) whose arccos is (are) required.

    Returns
    -------
    out : ndarray or scalar
       The inverse cosine(s) of the `x` value(s). If `x` was a scalar, so
       is `out`, otherwise an array object is returned.

    See Also
    --------
    numpy.arccos

    Notes
    -----
    For an arccos() that returns ``NAN`` when real `x` is not in the
    interval ``[-1,1]``, use `numpy.arccos`.

    Examples
    --------
    >>> np.set_printoptions(precision=4)

    >>> np.emath.arccos(1) # a scalar is returned
    0.0

    >>> np.emath.arccos([1,2])
    array([0.-0.j   , 0.-1.317j])

   \x20"""
    ...
@typing.overload
def arccos(x: _ComplexLike_co) -> numpy.complexfloating[typing.Any, typing.Any]: ...
@typing.overload
def arccos(x: _ArrayLikeFloat_co) -> numpy.typing.NDArray[typing.Any]: ...
@typing.overload
def arccos(
    x: _ArrayLikeComplex_co,
) -> numpy.typing.NDArray[numpy.complexfloating[typing.Any, typing.Any]]: ...

@typing.overload
def arcsin(x: _FloatLike_co) -> typing.Any:
    """
    Compute the inverse sine of x.

    Return the "principal value" (for a description of this, see
    `numpy.arcsin`) of the inverse sine of `x`. For real `x` such that
    `abs(x) <= 1`, this is a real number in the closed interval
    :math:`[-\\pi/2, \\pi/2]`.  Otherwise, the complex principle value is
    returned.

    Parameters
    ----------
    x : array_like or scalar
       The value(s) whose arcsin is (are) required.

    Returns
    -------
    out : ndarray or scalar
       The inverse sine(s) of the `x` value(s). If `x` was a scalar, so
       is `out`, otherwise an array object is returned.

    See Also
    --------
    numpy.arcsin

    Notes
    -----
    For an arcsin() that returns ``NAN`` when real `x` is not in the
    interval ``[-1,1]``, use `numpy.arcsin`.

    Examples
    --------
    >>> np.set_printoptions(precision=4)

    >>> np.emath.arcsin(0)
    0.0

    >>> np.emath.arcsin([0,1])
    array([0.    , 1.5708])

   \x20"""
    ...
@typing.overload
def arcsin(x: _ComplexLike_co) -> numpy.complexfloating[typing.Any, typing.Any]: ...
@typing.overload
def arcsin(x: _ArrayLikeFloat_co) -> numpy.typing.NDArray[typing.Any]: ...
@typing.overload
def arcsin(
    x: _ArrayLikeComplex_co,
) -> numpy.typing.NDArray[numpy.complexfloating[typing.Any, typing.Any]]: ...

@typing.overload
def arctanh(x: _FloatLike_co) -> typing.Any:
    """
    Compute the inverse hyperbolic tangent of `x`.

    Return the "principal value" (for a description of this, see
    `numpy.arctanh`) of ``arctanh(x)``. For real `x` such that
    ``abs(x) < 1``, this is a real number.  If `abs(x) > 1`, or if `x` is
    complex, the result is complex. Finally, `x = 1` returns``inf`` and
    ``x=-1`` returns ``-inf``.

    Parameters
    ----------
    x : array_like
       The value(s) whose arctanh is (are) required.

    Returns
    -------
    out : ndarray or scalar
       The inverse hyperbolic tangent(s) of the `x` value(s). If `x` was
       a scalar so is `out`, otherwise an array is returned.


    See Also
    --------
    numpy.arctanh

    Notes
    -----
    For an arctanh() that returns ``NAN`` when real `x` is not in the
    interval ``(-1,1)``, use `numpy.arctanh` (this latter, however, does
    return +/-inf for ``x = +/-1``).

    Examples
    --------
    >>> np.set_printoptions(precision=4)

    >>> from numpy.testing import suppress_warnings
    >>> with suppress_warnings() as sup:
    ...     sup.filter(RuntimeWarning)
    ...     np.emath.arctanh(np.eye(2))
    array([[inf,  0.],
           [ 0., inf]])
    >>> np.emath.arctanh([1j])
    array([0.+0.7854j])

   \x20"""
    ...
@typing.overload
def arctanh(x: _ComplexLike_co) -> numpy.complexfloating[typing.Any, typing.Any]: ...
@typing.overload
def arctanh(x: _ArrayLikeFloat_co) -> numpy.typing.NDArray[typing.Any]: ...
@typing.overload
def arctanh(
    x: _ArrayLikeComplex_co,
) -> numpy.typing.NDArray[numpy.complexfloating[typing.Any, typing.Any]]: ...

@typing.overload
def log(x: _FloatLike_co) -> typing.Any:
    """
    Compute the natural logarithm of `x`.

    Return the "principal value" (for a description of this, see `numpy.log`)
    of :math:`log_e(x)`. For real `x > 0`, this is a real number (``log(0)``
    returns ``-inf`` and ``log(np.inf)`` returns ``inf``). Otherwise, the
    complex principle value is returned.

    Parameters
    ----------
    x : array_like
       The value(s) whose log is (are) required.

    Returns
    -------
    out : ndarray or scalar
       The log of the `x` value(s). If `x` was a scalar, so is `out`,
       otherwise an array is returned.

    See Also
    --------
    numpy.log

    Notes
    -----
    For a log() that returns ``NAN`` when real `x < 0`, use `numpy.log`
    (note, however, that otherwise `numpy.log` and this `log` are identical,
    i.e., both return ``-inf`` for `x = 0`, ``inf`` for `x = inf`, and,
    notably, the complex principle value if ``x.imag != 0``).

    Examples
    --------
    >>> np.emath.log(np.exp(1))
    1.0

    Negative arguments are handled "correctly" (recall that
    ``exp(log(x)) == x`` does *not* hold for real ``x < 0``):

    >>> np.emath.log(-np.exp(1)) == (1 + np.pi * 1j)
    True

   \x20"""
    ...
@typing.overload
def log(x: _ComplexLike_co) -> numpy.complexfloating[typing.Any, typing.Any]: ...
@typing.overload
def log(x: _ArrayLikeFloat_co) -> numpy.typing.NDArray[typing.Any]: ...
@typing.overload
def log(
    x: _ArrayLikeComplex_co,
) -> numpy.typing.NDArray[numpy.complexfloating[typing.Any, typing.Any]]: ...

@typing.overload
def log10(x: _FloatLike_co) -> typing.Any:
    """
    Compute the logarithm base 10 of `x`.

    Return the "principal value" (for a description of this, see
    `numpy.log10`) of :math:`log_{10}(x)`. For real `x > 0`, this
    is a real number (``log10(0)`` returns ``-inf`` and ``log10(np.inf)``
    returns ``inf``). Otherwise, the complex principle value is returned.

    Parameters
    ----------
    x : array_like or scalar
       The value(s) whose log base 10 is (are) required.

    Returns
    -------
    out : ndarray or scalar
       The log base 10 of the `x` value(s). If `x` was a scalar, so is `out`,
       otherwise an array object is returned.

    See Also
    --------
    numpy.log10

    Notes
    -----
    For a log10() that returns ``NAN`` when real `x < 0`, use `numpy.log10`
    (note, however, that otherwise `numpy.log10` and this `log10` are
    identical, i.e., both return ``-inf`` for `x = 0`, ``inf`` for `x = inf`,
    and, notably, the complex principle value if ``x.imag != 0``).

    Examples
    --------

    (We set the printing precision so the example can be auto-tested)

    >>> np.set_printoptions(precision=4)

    >>> np.emath.log10(10**1)
    1.0

    >>> np.emath.log10([-10**1, -10**2, 10**2])
    array([1.+1.3644j, 2.+1.3644j, 2.+0.j    ])

   \x20"""
    ...
@typing.overload
def log10(x: _ComplexLike_co) -> numpy.complexfloating[typing.Any, typing.Any]: ...
@typing.overload
def log10(x: _ArrayLikeFloat_co) -> numpy.typing.NDArray[typing.Any]: ...
@typing.overload
def log10(
    x: _ArrayLikeComplex_co,
) -> numpy.typing.NDArray[numpy.complexfloating[typing.Any, typing.Any]]: ...

@typing.overload
def log2(x: _FloatLike_co) -> typing.Any:
    """
    Compute the logarithm base 2 of `x`.

    Return the "principal value" (for a description of this, see
    `numpy.log2`) of :math:`log_2(x)`. For real `x > 0`, this is
    a real number (``log2(0)`` returns ``-inf`` and ``log2(np.inf)`` returns
    ``inf``). Otherwise, the complex principle value is returned.

    Parameters
    ----------
    x : array_like
       The value(s) whose log base 2 is (are) required.

    Returns
    -------
    out : ndarray or scalar
       The log base 2 of the `x` value(s). If `x` was a scalar, so is `out`,
       otherwise an array is returned.

    See Also
    --------
    numpy.log2

    Notes
    -----
    For a log2() that returns ``NAN`` when real `x < 0`, use `numpy.log2`
    (note, however, that otherwise `numpy.log2` and this `log2` are
    identical, i.e., both return ``-inf`` for `x = 0`, ``inf`` for `x = inf`,
    and, notably, the complex principle value if ``x.imag != 0``).

    Examples
    --------
    We set the printing precision so the example can be auto-tested:

    >>> np.set_printoptions(precision=4)

    >>> np.emath.log2(8)
    3.0
    >>> np.emath.log2([-4, -8, 8])
    array([2.+4.5324j, 3.+4.5324j, 3.+0.j    ])

   \x20"""
    ...
@typing.overload
def log2(x: _ComplexLike_co) -> numpy.complexfloating[typing.Any, typing.Any]: ...
@typing.overload
def log2(x: _ArrayLikeFloat_co) -> numpy.typing.NDArray[typing.Any]: ...
@typing.overload
def log2(
    x: _ArrayLikeComplex_co,
) -> numpy.typing.NDArray[numpy.complexfloating[typing.Any, typing.Any]]: ...

@typing.overload
def logn(n: _FloatLike_co, x: _FloatLike_co) -> typing.Any:
    """
    Take log base n of x.

    If `x` contains negative inputs, the answer is computed and returned in the
    complex domain.

    Parameters
    ----------
    n : array_like
       The integer base(s) in which the log is taken.
    x : array_like
       The value(s) whose log base `n` is (are) required.

    Returns
    -------
    out : ndarray or scalar
       The log base `n` of the `x` value(s). If `x` was a scalar, so is
       `out`, otherwise an array is returned.

    Examples
    --------
    >>> np.set_printoptions(precision=4)

    >>> np.emath.logn(2, [4, 8])
    array([2., 3.])
    >>> np.emath.logn(2, [-4, -8, 8])
    array([2.+4.5324j, 3.+4.5324j, 3.+0.j    ])

   \x20"""
    ...
@typing.overload
def logn(
    n: _ComplexLike_co,
    x: _ComplexLike_co,
) -> numpy.complexfloating[typing.Any, typing.Any]: ...
@typing.overload
def logn(n: _ArrayLikeFloat_co, x: _ArrayLikeFloat_co) -> numpy.typing.NDArray[typing.Any]: ...
@typing.overload
def logn(
    n: _ArrayLikeComplex_co,
    x: _ArrayLikeComplex_co,
) -> numpy.typing.NDArray[numpy.complexfloating[typing.Any, typing.Any]]: ...

@typing.overload
def power(x: _FloatLike_co, p: _FloatLike_co) -> typing.Any:
    """
    Return x to the power p, (x**p).

    If `x` contains negative values, the output is converted to the
    complex domain.

    Parameters
    ----------
    x : array_like
        The input value(s).
    p : array_like of ints
        The power(s) to which `x` is raised. If `x` contains multiple values,
        `p` has to either be a scalar, or contain the same number of values
        as `x`. In the latter case, the result is
        ``x[0]**p[0], x[1]**p[1], ...``.

    Returns
    -------
    out : ndarray or scalar
        The result of ``x**p``. If `x` and `p` are scalars, so is `out`,
        otherwise an array is returned.

    See Also
    --------
    numpy.power

    Examples
    --------
    >>> np.set_printoptions(precision=4)

    >>> np.emath.power([2, 4], 2)
    array([ 4, 16])
    >>> np.emath.power([2, 4], -2)
    array([0.25  ,  0.0625])
    >>> np.emath.power([-2, 4], 2)
    array([ 4.-0.j, 16.+0.j])

   \x20"""
    ...
@typing.overload
def power(
    x: _ComplexLike_co,
    p: _ComplexLike_co,
) -> numpy.complexfloating[typing.Any, typing.Any]: ...
@typing.overload
def power(x: _ArrayLikeFloat_co, p: _ArrayLikeFloat_co) -> numpy.typing.NDArray[typing.Any]: ...
@typing.overload
def power(
    x: _ArrayLikeComplex_co,
    p: _ArrayLikeComplex_co,
) -> numpy.typing.NDArray[numpy.complexfloating[typing.Any, typing.Any]]: ...

@typing.overload
def sqrt(x: _FloatLike_co) -> typing.Any:
    """
    Compute the square root of x.

    For negative input elements, a complex value is returned
    (unlike `numpy.sqrt` which returns NaN).

    Parameters
    ----------
    x : array_like
       The input value(s).

    Returns
    -------
    out : ndarray or scalar
       The square root of `x`. If `x` was a scalar, so is `out`,
       otherwise an array is returned.

    See Also
    --------
    numpy.sqrt

    Examples
    --------
    For real, non-negative inputs this works just like `numpy.sqrt`:

    >>> np.emath.sqrt(1)
    1.0
    >>> np.emath.sqrt([1, 4])
    array([1.,  2.])

    But it automatically handles negative inputs:

    >>> np.emath.sqrt(-1)
    1j
    >>> np.emath.sqrt([-1,4])
    array([0.+1.j, 2.+0.j])

    Different results are expected because:
    floating point 0.0 and -0.0 are distinct.

    For more control, explicitly use complex() as follows:

    >>> np.emath.sqrt(complex(-4.0, 0.0))
    2j
    >>> np.emath.sqrt(complex(-4.0, -0.0))
    -2j
   \x20"""
    ...
@typing.overload
def sqrt(x: _ComplexLike_co) -> numpy.complexfloating[typing.Any, typing.Any]: ...
@typing.overload
def sqrt(x: _ArrayLikeFloat_co) -> numpy.typing.NDArray[typing.Any]: ...
@typing.overload
def sqrt(
    x: _ArrayLikeComplex_co,
) -> numpy.typing.NDArray[numpy.complexfloating[typing.Any, typing.Any]]: ...
