using PyBind;

namespace PyBind.Corpus.Tests;

// The corpus' CI subset, bound the way a user binds them (numpy is bound and tested by PyBind.Gen.IntegrationTests).
[PyImport("pandas")] public static partial class Pd;
[PyImport("sympy")] public static partial class Sympy;
[PyImport("networkx")] public static partial class Nx;
[PyImport("yaml")] public static partial class Yaml;
[PyImport("dateutil.parser")] public static partial class DateParser;
[PyImport("attr")] public static partial class Attr;
[PyImport("tqdm")] public static partial class Tqdm;
[PyImport("psutil")] public static partial class Psutil;
[PyImport("igraph")] public static partial class IGraph;
