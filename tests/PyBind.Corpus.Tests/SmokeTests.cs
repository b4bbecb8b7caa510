using System;
using System.Collections.Generic;
using PyBind;
using Xunit;

namespace PyBind.Corpus.Tests;

/// <summary>
/// One meaningful call per library of the corpus' CI subset, through the typed bindings, compared with the answer
/// Python itself gives for the same call.
/// </summary>
public sealed class SmokeTests
{
    [Fact]
    public void Pandas_DataFrameColumnSums_AreWhatPandasComputes()
    {
        using var frame = new Pd.DataFrame(new Dictionary<string, double[]> { ["a"] = [1.0, 2.5, 4.0], ["b"] = [10.0, -3.0, 0.25] });
        using PyObject sums = frame.Sum();

        Assert.Equal(
            Python.Eval<string>("__import__('pandas').DataFrame({'a': [1.0, 2.5, 4.0], 'b': [10.0, -3.0, 0.25]}).sum().to_string()"),
            sums.CallMethod("to_string").As<string>());
    }

    [Fact]
    public void Pandas_ReadCsv_IsATypedDataFrame()
    {
        // read_csv's annotations name types pandas imports only for type checkers, and its overloads say that without
        // iterator or chunksize it returns a DataFrame: described at run time, both once were lost (a PyObject).
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pybind-sales-{Environment.ProcessId}.csv");
        System.IO.File.WriteAllText(path, "city,year,sales\nParis,2020,10\nParis,2021,12\nLyon,2020,7\n");
        try
        {
            using Pd.DataFrame frame = Pd.ReadCsv(path);
            string python = $"__import__('pandas').read_csv({PythonString(path)})";

            Assert.Equal(Python.Eval<(long, long)>($"{python}.shape"), frame.Shape);
            Assert.Equal(Python.Eval<string>($"{python}.to_string()"), frame.ToString());
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Pandas_Accessors_AreWhatTheirDescriptorsGiveAnInstance()
    {
        // Series.str is an accessor on the class: read from a series it is a StringMethods, whose contains() is pandas'
        // substring test (a PyObject; PyObject.Contains, Python's `in`, is a bool). Index.is_unique is a cache_readonly:
        // a bool read from an index, once typed as the descriptor (CachedProperty), which no bool converts to.
        using var series = new Pd.Series(new[] { "apple", "banana", "cherry" });
        using PyObject found = series.Str.Contains("an");
        using var index = new Pd.Index(new long[] { 1, 2, 2 });

        Assert.Equal(
            Python.Eval<string>("__import__('pandas').Series(['apple', 'banana', 'cherry']).str.contains('an').to_string()"),
            found.CallMethod("to_string").As<string>());
        Assert.False(Python.Eval<bool>("__import__('pandas').Index([1, 2, 2]).is_unique"));
        Assert.False(index.IsUnique.As<bool>());
    }

    [Fact]
    public void Pandas_TimestampRound_ACompiledMethod_IsCalledAsAMethodWithItsDefaults()
    {
        // Timestamp.round is a Cython function (cython_function_or_method): once bound as a property, now a method
        // whose ambiguous/nonexistent arguments take the defaults it was compiled with.
        using var stamp = new Pd.Timestamp("2024-03-05 14:37:12");
        using PyObject rounded = stamp.Round("h");

        Assert.Equal(Python.Eval<string>("str(__import__('pandas').Timestamp('2024-03-05 14:37:12').round('h'))"), rounded.ToString());
        Assert.Equal("2024-03-05 15:00:00", rounded.ToString());
    }

    [Fact]
    public void Pandas_SortValuesHeadIterrows_AChainOfTypedFrames_GivesPandasRows()
    {
        // NDFrame.head(self: NDFrameT, n) -> NDFrameT typed its result as Any: frame.Head(2) was a PyObject, without
        // Iterrows or a second Head. The receiver's TypeVar is the frame's own class now.
        using var frame = new Pd.DataFrame(new Dictionary<string, object>
        {
            ["city"] = new[] { "Paris", "Lyon", "Nice" },
            ["units"] = new long[] { 10, 7, 12 },
        });
        using Pd.DataFrame top = frame.SortValues("units", ascending: false).Head(2);
        var rows = new List<string>();
        foreach ((PyObject index, Pd.Series row) in top.Head(5).Iterrows())
        {
            rows.Add($"{index} {row["city"]} {row["units"]}");
        }

        Assert.Equal(
            Python.Eval<string>("' | '.join(f'{i} {r.city} {r.units}' for i, r in __import__('pandas').DataFrame({'city': ['Paris', 'Lyon', 'Nice'], 'units': [10, 7, 12]}).sort_values('units', ascending=False).head(2).head(5).iterrows())"),
            string.Join(" | ", rows));
        Assert.Equal("2 Nice 12 | 0 Paris 10", string.Join(" | ", rows));
    }

    [Fact]
    public void Sympy_SymbolsUnpacked_AsPythonUnpacksThem()
    {
        // symbols() is untyped (a PyObject): `var (x, y) = Sympy.Symbols("x y")` needs PyObject's Deconstruct.
        var (x, y) = Sympy.Symbols("x y");
        using PyObject sum = Sympy.Expand(new Sympy.Pow(new Sympy.Add(x, y), 2L));

        Assert.Equal(Python.Eval<string>("str(__import__('sympy').expand((__import__('sympy').Symbol('x') + __import__('sympy').Symbol('y'))**2))"), sum.ToString());
        Assert.Equal("x**2 + 2*x*y + y**2", sum.ToString());
    }

    [Fact]
    public void Sympy_Expand_IsWhatSympyExpandsTo()
    {
        using PyObject expression = Sympy.Sympify("(x + 2*y)**3");
        using PyObject expanded = Sympy.Expand(expression);

        Assert.Equal(Python.Eval<string>("str(__import__('sympy').expand(__import__('sympy').sympify('(x + 2*y)**3')))"), expanded.ToString());
        Assert.Equal("x**3 + 6*x**2*y + 12*x*y**2 + 8*y**3", expanded.ToString());
    }

    [Fact]
    public void Sympy_Eq_AnAliasOfAClass_CreatesTheClass()
    {
        // sympy.Eq is sympy's alias of the class Equality: called as Python calls it, it returns an Equality.
        using var x = new Sympy.Symbol("x");
        using Sympy.Equality equation = Sympy.Eq(x, 2L);

        Assert.Equal(Python.Eval<string>("str(__import__('sympy').Eq(__import__('sympy').Symbol('x'), 2))"), equation.ToString());
        Assert.Equal("Eq(x, 2)", equation.ToString());
    }

    [Fact]
    public void Networkx_TransitivityAndPagerank_TypedByTheirDocstrings_AreWhatNetworkxComputes()
    {
        // Neither is annotated: transitivity's numpydoc "out : float" makes it a double (this only compiles so), and
        // pagerank's "alpha : float, optional" a double parameter.
        using var graph = new Nx.Graph();
        foreach ((string from, string to) in new[] { ("a", "b"), ("b", "c"), ("c", "a"), ("c", "d") })
        {
            graph.AddEdge(from, to);
        }

        double transitivity = Nx.Transitivity(graph);
        using PyObject ranks = Nx.Pagerank(graph, alpha: 0.9);
        using PyObject rankOfC = ranks["c"];

        string python = "__import__('networkx').Graph([('a', 'b'), ('b', 'c'), ('c', 'a'), ('c', 'd')])";
        Assert.Equal(Python.Eval<double>($"__import__('networkx').transitivity({python})"), transitivity);
        Assert.Equal(0.6, transitivity, 1e-12);
        Assert.Equal(Python.Eval<double>($"__import__('networkx').pagerank({python}, alpha=0.9)['c']"), rankOfC.As<double>());
    }

    [Fact]
    public void Networkx_ShortestPath_IsNetworkxsPath()
    {
        using var graph = new Nx.Graph();
        foreach ((string from, string to) in new[] { ("a", "b"), ("b", "c"), ("c", "d"), ("a", "e"), ("e", "d") })
        {
            graph.AddEdge(from, to);
        }

        using PyObject path = Nx.ShortestPath(graph, "a", "d");

        Assert.Equal(
            Python.Eval<string>("str(__import__('networkx').shortest_path(__import__('networkx').Graph([('a', 'b'), ('b', 'c'), ('c', 'd'), ('a', 'e'), ('e', 'd')]), 'a', 'd'))"),
            path.ToString());
    }

    [Fact]
    public void Networkx_SingleSourceDijkstra_UnpacksIntoLengthsAndPaths()
    {
        // single_source_dijkstra returns (distances, paths), untyped: unpacked as Python unpacks it.
        using var graph = new Nx.Graph();
        foreach ((string from, string to, long weight) in new[] { ("a", "b", 4L), ("a", "c", 1L), ("c", "b", 2L), ("b", "d", 5L) })
        {
            graph.AddEdge(from, to, new Dictionary<string, object?> { ["weight"] = weight });
        }

        var (lengths, paths) = Nx.SingleSourceDijkstra(graph, "a");

        string python = "__import__('networkx').single_source_dijkstra(__import__('networkx').Graph([('a', 'b', {'weight': 4}), ('a', 'c', {'weight': 1}), ('c', 'b', {'weight': 2}), ('b', 'd', {'weight': 5})]), 'a')";
        Assert.Equal(Python.Eval<Dictionary<string, long>>($"{python}[0]"), lengths.As<Dictionary<string, long>>());
        Assert.Equal(Python.Eval<string[]>($"{python}[1]['d']"), paths["d"].As<string[]>());
        Assert.Equal(["a", "c", "b", "d"], paths["d"].As<string[]>());
    }

    [Fact]
    public void Yaml_SafeLoad_GivesWhatPythonLoads()
    {
        const string document = "name: corpus\nsizes: [1, 2, 3]\nnested: {on: true, ratio: 0.5}\n";

        using PyObject loaded = Yaml.SafeLoad(document);

        using PyObject expected = Python.Eval("__import__('yaml').safe_load('name: corpus\\nsizes: [1, 2, 3]\\nnested: {on: true, ratio: 0.5}\\n')");
        Assert.True(loaded.Equals(expected), $"{loaded} != {expected}");
    }

    [Fact]
    public void DateutilParse_ReturnsTheDateTimePythonParses()
    {
        DateTime parsed = DateParser.Parse("Sat, 5 Mar 2022 14:30:15");

        Assert.Equal(Python.Eval<DateTime>("__import__('dateutil.parser').parser.parse('Sat, 5 Mar 2022 14:30:15')"), parsed);
        Assert.Equal(new DateTime(2022, 3, 5, 14, 30, 15), parsed);
    }

    [Fact]
    public void Attrs_Asdict_IsWhatAttrsGives()
    {
        using PyObject point = Python.Eval("__import__('attr').make_class('Point', ['x', 'y'])(3, 'four')");

        IDictionary<string, PyObject> fields = Attr.Asdict(point);

        using PyObject expected = Python.Eval("__import__('attr').asdict(__import__('attr').make_class('Point', ['x', 'y'])(3, 'four'))");
        Assert.Equal(2, fields.Count);
        Assert.Equal(3L, fields["x"].As<long>());
        Assert.Equal("four", fields["y"].As<string>());
        Assert.Equal(expected.ToString(), ((PyObject)fields).ToString());
    }

    [Fact]
    public void Tqdm_FormatsIntervalsAndSizes_AsTqdmDoes()
    {
        Assert.Equal(Python.Eval<string>("__import__('tqdm').tqdm.format_interval(3725)"), Tqdm.Tqdm_.FormatInterval(3725));
        Assert.Equal(Python.Eval<string>("__import__('tqdm').tqdm.format_sizeof(1234567, 'B', 1024)"), Tqdm.Tqdm_.FormatSizeof(1234567, "B", 1024));
    }

    [Fact]
    public void PsutilVirtualMemory_APrivateModulesNamedTuple_IsTypedWithTheTotalPythonReports()
    {
        // virtual_memory() returns a psutil._pslinux.svmem: a class of a private module, declared by the binding (so
        // Total is a typed property, where the result was a bare PyObject).
        using var memory = Psutil.VirtualMemory();

        Assert.Equal(Python.Eval<long>("__import__('psutil').virtual_memory().total"), memory.Total);
        Assert.InRange(memory.Percent, 0.0, 100.0);
    }

    [Fact]
    public void IGraphPageRank_OfAFamousGraph_IsWhatIgraphComputes()
    {
        // igraph is a C extension: GraphBase.Famous (a C class method) lost its name parameter, Graph.Isoclass(n, cls,
        // directed), whose receiver took the name of its cls parameter, made the whole stub malformed (PYB0005), and
        // Graph.Famous, inherited in C#, was called on GraphBase and made a GraphBase.
        using IGraph.Graph karate = IGraph.Graph.Famous("Zachary").As<IGraph.Graph>();
        using PyObject ranks = karate.Pagerank();
        const string python = "__import__('igraph').Graph.Famous('Zachary')";

        Assert.Equal(Python.Eval<string>($"type({python}).__name__"), karate.GetPythonType().GetAttr("__name__").As<string>());
        Assert.Equal(Python.Eval<long>($"{python}.ecount()"), karate.Ecount().As<long>());
        Assert.Equal(Python.Eval<string>($"str({python}.pagerank())"), ranks.ToString());
    }

    private static string PythonString(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
