using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Xunit;

namespace PyBind.Runtime.Tests.Proxies;

public class CollectionProxyTests
{
    /// <summary>A list only through the generic read-only interface: no conversion copies it, so it always crosses as a proxy.</summary>
    public sealed class Squares(int count) : IReadOnlyList<long>
    {
        public long this[int index] => (long)index * index;

        public int Count => count;

        public IEnumerator<long> GetEnumerator() => Enumerable.Range(0, count).Select(i => (long)i * i).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A mapping only through the generic interface.</summary>
    public sealed class Registry : IDictionary<string, int>
    {
        private readonly Dictionary<string, int> _items = [];

        public int this[string key] { get => _items[key]; set => _items[key] = value; }

        public ICollection<string> Keys => _items.Keys;

        public ICollection<int> Values => _items.Values;

        public int Count => _items.Count;

        public bool IsReadOnly => false;

        public void Add(string key, int value) => _items.Add(key, value);

        public void Add(KeyValuePair<string, int> item) => _items.Add(item.Key, item.Value);

        public void Clear() => _items.Clear();

        public bool Contains(KeyValuePair<string, int> item) => _items.Contains(item);

        public bool ContainsKey(string key) => _items.ContainsKey(key);

        public void CopyTo(KeyValuePair<string, int>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, int>>)_items).CopyTo(array, arrayIndex);

        public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => _items.GetEnumerator();

        public bool Remove(string key) => _items.Remove(key);

        public bool Remove(KeyValuePair<string, int> item) => ((ICollection<KeyValuePair<string, int>>)_items).Remove(item);

        public bool TryGetValue(string key, out int value) => _items.TryGetValue(key, out value);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void List_ByReference_IndexesSlicesAndChangesLikeAPythonList()
    {
        var numbers = new List<long> { 10, 20, 30, 40 };
        using var scope = Python.CreateScope();
        scope.Set("numbers", Python.Proxy(numbers));
        scope.Run("""
            assert len(numbers) == 4 and numbers[0] == 10 and numbers[-1] == 40 and numbers[-4] == 10
            assert numbers[1:3] == [20, 30] and numbers[::-2] == [40, 20]
            assert 30 in numbers and 35 not in numbers and 'x' not in numbers
            assert list(numbers) == [10, 20, 30, 40] and sum(numbers) == 100
            numbers[0] = 11
            numbers[-1] += 1
            del numbers[1]
            numbers.append(50)
            numbers.extend([60, 70])
            assert numbers.pop() == 70 and numbers.pop(0) == 11
            for bad in (4, -6):
                try:
                    numbers[bad]
                    raise AssertionError('an index out of range was read')
                except IndexError:
                    pass
            try:
                numbers[0] = 'text'
                raise AssertionError('a str was stored in a List<long>')
            except TypeError:
                pass
            """);
        Assert.Equal(new long[] { 30, 41, 50, 60 }, numbers);
    }

    [Fact]
    public void List_IsASequenceToTheCApi()
    {
        using var scope = Python.CreateScope();
        scope.Set("squares", new Squares(5));
        scope.Set("names", Python.Proxy(new ObservableCollection<string> { "b", "a" }));
        scope.Run("""
            import operator, random
            assert squares[4] == 16 and squares[-1] == 16 and len(squares) == 5
            assert list(reversed(squares)) == [16, 9, 4, 1, 0]
            assert operator.getitem(squares, slice(1, 3)) == [1, 4]
            assert random.Random(1).choice(squares) in (0, 1, 4, 9, 16)
            assert sorted(names) == ['a', 'b'] and names.index_of('a') == 1
            try:
                squares[0] = 1
                raise AssertionError('a read-only list was assigned')
            except TypeError:
                pass
            """);
    }

    [Fact]
    public void Mapping_IteratesKeys_AndHasPythonsMappingMethods()
    {
        var registry = new Registry { ["one"] = 1, ["two"] = 2 };
        using var scope = Python.CreateScope();
        scope.Set("registry", registry);
        scope.Run("""
            assert len(registry) == 2 and registry['one'] == 1 and 'two' in registry and 'three' not in registry and 3 not in registry
            assert sorted(registry) == ['one', 'two'] and sorted(registry.keys()) == ['one', 'two']
            assert sorted(registry.items()) == [('one', 1), ('two', 2)] and sorted(registry.values()) == [1, 2]
            assert registry.get('one') == 1 and registry.get('nine') is None and registry.get('nine', 9) == 9
            assert sorted(registry.Keys) == ['one', 'two']
            registry['three'] = 3
            del registry['one']
            try:
                registry['missing']
                raise AssertionError('a missing key was read')
            except KeyError as e:
                assert e.args == ('missing',), e.args
            try:
                del registry['missing']
                raise AssertionError('a missing key was deleted')
            except KeyError:
                pass
            """);
        Assert.Equal(new Dictionary<string, int> { ["two"] = 2, ["three"] = 3 }, registry.ToDictionary(p => p.Key, p => p.Value));
    }

    [Fact]
    public void Dictionary_ByReference_IsChangedInPlace()
    {
        var counts = new Dictionary<string, long> { ["a"] = 1 };
        using var scope = Python.CreateScope();
        scope.Set("counts", Python.Proxy(counts));
        scope.Run("""
            for word in 'a b b c c c'.split():
                counts[word] = counts.get(word, 0) + 1
            assert dict(counts.items()) == {'a': 2, 'b': 2, 'c': 3}
            """);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 2, ["b"] = 2, ["c"] = 3 }, counts);
    }

    [Fact]
    public void Set_HasLengthAndMembership()
    {
        using var scope = Python.CreateScope();
        scope.Set("tags", Python.Proxy(new HashSet<string> { "x", "y" }));
        Assert.True(scope.Eval<bool>("len(tags) == 2 and 'x' in tags and 'z' not in tags and sorted(tags) == ['x', 'y']"));
    }

    [Fact]
    public void Enumerator_IsAPythonIterator()
    {
        using var scope = Python.CreateScope();
        scope.Set("letters", Python.Proxy("abc".GetEnumerator()));
        Assert.Equal(new[] { "a", "b", "c" }, scope.Eval<string[]>("[c for c in letters]"));
    }

    [Fact]
    public void Indexer_WithSeveralIndices_TakesATupleKey()
    {
        using var scope = Python.CreateScope();
        scope.Set("Grid", typeof(Grid));
        scope.Run("g = Grid(2, 3)\ng[1, 2] = 7\nassert g[1, 2] == 7 and g[0, 0] == 0");
        Assert.Equal(7, scope.Get<Grid>("g")[1, 2]);
    }

    public sealed class Grid(int rows, int columns)
    {
        private readonly int[,] _cells = new int[rows, columns];

        public int this[int row, int column]
        {
            get => _cells[row, column];
            set => _cells[row, column] = value;
        }
    }
}
