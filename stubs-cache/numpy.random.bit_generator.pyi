# pybind-stub: 1
# module: numpy.random.bit_generator
# module-version: 1.24.2
# interpreter: CPython 3.11.2 linux x86_64
# sources: numpy/_typing/_char_codes.py, numpy/random/bit_generator.pyi, runtime
# content-hash: sha256:7ad9c6126f65bc2bed8be8cc77247e4487c8ababf0ebdfa5e33fd65f1d4c7bcd
"""
BitGenerator base class and SeedSequence used to seed the BitGenerators.

SeedSequence is derived from Melissa E. O'Neill's C++11 `std::seed_seq`
implementation, as it has a lot of nice properties that we want.

https://gist.github.com/imneme/540829265469e673d045
http://www.pcg-random.org/posts/developing-a-seed_seq-alternative.html

The MIT License (MIT)

Copyright (c) 2015 Melissa E. O'Neill
Copyright (c) 2019 NumPy Developers

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

import abc
import numpy
import numpy._typing._dtype_like
import typing
from numpy.random import BitGenerator as BitGenerator
from numpy.random import SeedSequence as SeedSequence

_T = typing.TypeVar('_T')

_DTypeLikeUint32: typing.TypeAlias = numpy.dtype[numpy.uint32] | numpy._typing._dtype_like._SupportsDType[numpy.dtype[numpy.uint32]] | type[numpy.uint32] | _UInt32Codes
_DTypeLikeUint64: typing.TypeAlias = numpy.dtype[numpy.uint64] | numpy._typing._dtype_like._SupportsDType[numpy.dtype[numpy.uint64]] | type[numpy.uint64] | _UInt64Codes
_UInt32Codes: typing.TypeAlias = typing.Literal['uint32', 'u4', '=u4', '<u4', '>u4']
_UInt64Codes: typing.TypeAlias = typing.Literal['uint64', 'u8', '=u8', '<u8', '>u8']

class ISeedSequence(abc.ABC):
    """
    Abstract base class for seed sequences.

    ``BitGenerator`` implementations should treat any object that adheres to
    this interface as a seed sequence.

    See Also
    --------
    SeedSequence, SeedlessSeedSequence
   \x20"""
    @abc.abstractmethod
    def generate_state(
        self,
        n_words: int,
        dtype: _DTypeLikeUint32 | _DTypeLikeUint64 = ...,
    ) -> numpy.ndarray[typing.Any, numpy.dtype[numpy.uint32 | numpy.uint64]]:
        """
        generate_state(n_words, dtype=np.uint32)

        Return the requested number of words for PRNG seeding.

        A BitGenerator should call this method in its constructor with
        an appropriate `n_words` parameter to properly seed itself.

        Parameters
        ----------
        n_words : int
        dtype : np.uint32 or np.uint64, optional
            The size of each word. This should only be either `uint32` or
            `uint64`. Strings (`'uint32'`, `'uint64'`) are fine. Note that
            requesting `uint64` will draw twice as many bits as `uint32` for
            the same `n_words`. This is a convenience for `BitGenerator`s that
            express their states as `uint64` arrays.

        Returns
        -------
        state : uint32 or uint64 array, shape=(n_words,)
       \x20"""
        ...

class ISpawnableSeedSequence(ISeedSequence):
    """
    Abstract base class for seed sequences that can spawn.
   \x20"""
    @abc.abstractmethod
    def spawn(self: _T, n_children: int) -> list[_T]:
        """
        spawn(n_children)

        Spawn a number of child `SeedSequence` s by extending the
        `spawn_key`.

        Parameters
        ----------
        n_children : int

        Returns
        -------
        seqs : list of `SeedSequence` s
       \x20"""
        ...

class SeedlessSeedSequence(ISpawnableSeedSequence):
    """
    A seed sequence for BitGenerators with no need for seed state.

    See Also
    --------
    SeedSequence, ISeedSequence
   \x20"""
    def generate_state(
        self,
        n_words: int,
        dtype: _DTypeLikeUint32 | _DTypeLikeUint64 = ...,
    ) -> numpy.ndarray[typing.Any, numpy.dtype[numpy.uint32 | numpy.uint64]]: ...
    def spawn(self: _T, n_children: int) -> list[_T]: ...
