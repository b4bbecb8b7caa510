using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PyBind;

namespace PyBind.Gen.IntegrationTests.Exports;

/// <summary>Pyodide's own registerJsModule example, as a [PyExport] class: functions f and g, a submodule with h and the constant c.</summary>
[PyExport("host")]
public static class Host
{
    /// <summary>The arguments g was called with (Pyodide's g logs them).</summary>
    public static List<long> Logged { get; } = [];

    public static long F(long x) => x * x + 1;

    public static long G(long x)
    {
        Logged.Add(x);
        return x;
    }

    public static class Submodule
    {
        public const long C = 2;

        public static long H(long x) => x * x - 1;
    }
}

/// <summary>The shapes an exported module supports: names, defaults, keywords, collections, callbacks, classes, tasks, threads.</summary>
[PyExport("exports_demo")]
public static class Demo
{
    public const string Version = "1.2";

    public static string Greeting { get; set; } = "hello";

    [SuppressMessage("Usage", "CA2211", Justification = "A static field is one of the member kinds [PyExport] exports.")]
    public static int Counter;

    /// <summary>Adds two to a number.</summary>
    public static long AddTwo(long value) => value + 2;

    public static long Add(long a, long b) => a + b;

    public static double Scale(double value, double factor = 2.0) => value * factor;

    public static string Describe(string name, int times = 1, string? suffix = null, bool shout = false)
    {
        string text = string.Concat(Enumerable.Repeat(name, times)) + (suffix ?? string.Empty);
        return shout ? text.ToUpperInvariant() : text;
    }

    public static long Total(IEnumerable<long> values) => values.Sum();

    public static List<string> Sorted(List<string> words) => [.. words.Order(StringComparer.Ordinal)];

    public static Dictionary<string, int> Lengths(IReadOnlyList<string> words) => words.ToDictionary(w => w, w => w.Length);

    public static long Apply(Func<long, long> function, long value) => function(value);

    public static (long Sum, long Product) SumAndProduct(long a, long b) => (a + b, a * b);

    public static Point Midpoint(Point a, Point b) => new((a.X + b.X) / 2, (a.Y + b.Y) / 2);

    public static Shape Kind(long sides) => sides switch { 3 => Shape.Triangle, 4 => Shape.Square, _ => Shape.Other };

    public static long? Maybe(bool present) => present ? 42 : null;

    public static byte[] Reverse(byte[] data) => [.. data.Reverse()];

    public static void Increment() => Counter++;

    public static async Task<long> DoubleLater(long value)
    {
        await Task.Yield();
        return value * 2;
    }

    /// <summary>Waits at the barrier for the other party, the GIL released meanwhile (the thread test's rendezvous).</summary>
    [PyAllowThreads]
    public static bool MeetAt(Barrier barrier, int timeoutMilliseconds) => barrier.SignalAndWait(timeoutMilliseconds);

    /// <summary>The same wait, holding the GIL: the other Python thread cannot run to arrive.</summary>
    public static bool MeetHoldingTheGil(Barrier barrier, int timeoutMilliseconds) => barrier.SignalAndWait(timeoutMilliseconds);

    [SuppressMessage("Usage", "CA2201", Justification = "Each .NET exception type is thrown to check the Python exception it becomes.")]
    public static void Fail(string kind, string message) => throw (kind switch
    {
        "argument" => new ArgumentException(message),
        "range" => new ArgumentOutOfRangeException(nameof(kind), message),
        "index" => new IndexOutOfRangeException(message),
        "key" => new KeyNotFoundException(message),
        "state" => new InvalidOperationException(message),
        "unsupported" => new NotSupportedException(message),
        "format" => new FormatException(message),
        _ => (Exception)new ApplicationException(message),
    });

    public static class Geometry
    {
        public const double Pi = Math.PI;

        public const double EarthRadiusKm = 6371.0;

        [SuppressMessage("Usage", "CA2211", Justification = "A static readonly field is one of the constants [PyExport] exports.")]
        public static readonly Point UnitSquareCorner = new(1, 1);

        public static double Area(Point corner) => Math.Abs(corner.X * corner.Y);
    }
}

/// <summary>A point on the plane.</summary>
public sealed record Point(double X, double Y)
{
    /// <summary>The distance to another point.</summary>
    public double DistanceTo(Point other) => Math.Sqrt(Math.Pow(X - other.X, 2) + Math.Pow(Y - other.Y, 2));
}

public enum Shape
{
    Other,
    Triangle = 3,
    Square = 4,
}
