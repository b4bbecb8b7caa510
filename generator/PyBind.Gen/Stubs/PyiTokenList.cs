using System.Collections;
using System.Collections.Generic;

namespace PyBind.Gen.Stubs;

/// <summary>
/// The tokens of a stub, in blocks of 2,048: a big stub is over a hundred thousand tokens, and as one array they would
/// land on the large object heap, whose every few megabytes cost a full (gen2) collection of the compiler's heap.
/// </summary>
internal sealed class PyiTokenList : IReadOnlyList<PyiToken>
{
    private const int BlockShift = 11;
    private const int BlockSize = 1 << BlockShift;

    private readonly List<PyiToken[]> _blocks = [];

    public int Count { get; private set; }

    public PyiToken this[int index] => _blocks[index >> BlockShift][index & (BlockSize - 1)];

    public void Add(PyiToken token)
    {
        if ((Count & (BlockSize - 1)) == 0)
        {
            _blocks.Add(new PyiToken[BlockSize]);
        }

        _blocks[Count >> BlockShift][Count & (BlockSize - 1)] = token;
        Count++;
    }

    public IEnumerator<PyiToken> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
