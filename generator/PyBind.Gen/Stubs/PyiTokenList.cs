using System.Collections;
using System.Collections.Generic;

namespace PyBind.Gen.Stubs;

/// <summary>
/// The tokens of a stub, in blocks of 2,048: a big stub is over a hundred thousand tokens, and as one array they would
/// land on the large object heap, whose every few megabytes cost a full (gen2) collection of the compiler's heap.
/// </summary>
/// <remarks>
/// A list the parser reads from a tokenizer produces its tokens on demand, and the parser lets go of blocks it has
/// read past (<see cref="ReleaseBefore"/>), which serve again for later tokens: the tokens of a big stub then never all
/// exist at once, and none lives long enough for the garbage collector to copy it.
/// </remarks>
internal sealed class PyiTokenList : IReadOnlyList<PyiToken>
{
    private const int BlockShift = 11;
    private const int BlockSize = 1 << BlockShift;

    private readonly List<PyiToken[]?> _blocks = [];
    private readonly Stack<PyiToken[]> _released = new();
    private PyiTokenizer? _producer;

    /// <summary>How many tokens there are so far (all of them once the producer is done).</summary>
    public int Count { get; private set; }

    /// <summary>The token at <paramref name="index"/>, produced if need be; past the end, the last (end of file) token.</summary>
    public PyiToken this[int index]
    {
        get
        {
            if (index >= Count && _producer is not null)
            {
                _producer.ProduceUntil(index);
            }

            if (index >= Count)
            {
                index = Count - 1;
            }

            return _blocks[index >> BlockShift]![index & (BlockSize - 1)];
        }
    }

    /// <summary>Makes the list produce its tokens from <paramref name="producer"/> as they are asked for.</summary>
    internal void ProduceFrom(PyiTokenizer producer) => _producer = producer;

    public void Add(PyiToken token)
    {
        if ((Count & (BlockSize - 1)) == 0)
        {
            _blocks.Add(_released.Count > 0 ? _released.Pop() : new PyiToken[BlockSize]);
        }

        _blocks[Count >> BlockShift]![Count & (BlockSize - 1)] = token;
        Count++;
    }

    /// <summary>
    /// Lets go of the blocks that hold only tokens more than a block before <paramref name="index"/>: the reader will
    /// not look back further than the token before the current one.
    /// </summary>
    public void ReleaseBefore(int index)
    {
        for (int block = (index >> BlockShift) - 2; block >= 0 && _blocks[block] is PyiToken[] tokens; block--)
        {
            System.Array.Clear(tokens, 0, tokens.Length);
            _released.Push(tokens);
            _blocks[block] = null;
        }
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
