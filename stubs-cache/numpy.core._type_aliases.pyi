# pybind-stub: 1
# module: numpy.core._type_aliases
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/core/_type_aliases.pyi, runtime
# content-hash: sha256:df2c280a54386299ac781b68f256e6596257f0ebc36c602b9fb49d4a1074437a
"""
Due to compatibility, numpy has a very large number of different naming
conventions for the scalar types (those subclassing from `numpy.generic`).
This file produces a convoluted set of dictionaries mapping names to types,
and sometimes other mappings too.

.. data:: allTypes
    A dictionary of names to types that will be exposed as attributes through
    ``np.core.numerictypes.*``

.. data:: sctypeDict
    Similar to `allTypes`, but maps a broader set of aliases to their types.

.. data:: sctypes
    A dictionary keyed by a "type group" string, providing a list of types
    under that group.

"""

import numpy
import numpy.core._type_aliases
import typing
from numpy import dtype as dtype
from numpy import character as v
from numpy import void as void

allTypes: dict
k: str
sctypeDict: dict[int | str, type[numpy.generic]]
sctypes: numpy.core._type_aliases._SCTypes
typeinfo: dict

def bitname(obj: typing.Any) -> typing.Any:
    """Return a bit-width name for a given type object"""
    ...

# typed by the docstring: s, return
def english_lower(s: str) -> str:
    """ Apply English case rules to convert ASCII strings to all lower case.

    This is an internal utility function to replace calls to str.lower() such
    that we can avoid changing behavior with changing locales. In particular,
    Turkish has distinct dotted and dotless variants of the Latin letter "I" in
    both lowercase and uppercase. Thus, "I".lower() != "i" in a "tr" locale.

    Parameters
    ----------
    s : str

    Returns
    -------
    lowered : str

    Examples
    --------
    >>> from numpy.core.numerictypes import english_lower
    >>> english_lower('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_')
    'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789_'
    >>> english_lower('')
    ''
   \x20"""
    ...
