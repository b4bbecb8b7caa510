namespace PyBind.Gen.Tests.Infrastructure;

/// <summary>Inputs shared by the generator-level tests.</summary>
internal static class Sources
{
    public const string MathBinding = """
        using PyBind;
        namespace App;
        [PyImport("math")] public static partial class PyMath;
        """;

    public const string SecondMathBinding = """
        using PyBind;
        namespace App.Other;
        [PyImport("math")] internal static partial class MathAgain { }
        """;

    public const string StatisticsBinding = """
        using PyBind;
        namespace App;
        [PyImport("statistics")] public static partial class Stats;
        """;

    public const string Unrelated = """
        namespace App;
        public class Unrelated { public int Value => 1; }
        """;

    public static (string Path, string Text) MathStub => ("/repo/stubs-cache/math.pyi", TestStubs.WithHeader("math", """
        "Mathematical functions."
        import typing
        e: float = 2.718281828459045
        pi: float = 3.141592653589793
        def sqrt(x: float, /) -> float: ...
        def isclose(a: float, b: float, *, rel_tol: float = 1e-09, abs_tol: float = 0.0) -> bool: ...
        """));

    public static (string Path, string Text) StatisticsStub => ("/repo/stubs-cache/statistics.pyi", TestStubs.WithHeader("statistics", """
        import collections.abc
        import typing
        T = typing.TypeVar("T")
        def mean(data: collections.abc.Iterable[T]) -> T: ...
        class StatisticsError(ValueError): ...
        """));
}
