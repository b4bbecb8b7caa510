using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Xunit;

namespace PyBind.Runtime.Tests.Proxies;

/// <summary>
/// Attributes of proxies as Python reads them: descriptors on each .NET type's own Python type, found by Python's
/// lookup. Every way a name can resolve must give what the .NET member gives, live.
/// </summary>
public class ProxyAttributeTests
{
    [SuppressMessage("Performance", "CA1822", Justification = "Python reads these as attributes of a proxied instance: instance members are the subject.")]
    public class Shape
    {
        public string Name { get; set; } = "shape";

        public virtual int Corners => 0;

        public string Kind => "base kind";

        public static int Created { get; set; } = 7;
    }

    [SuppressMessage("Naming", "CA1708", Justification = "Value and value are the point: an exact name against another member's spelling.")]
    [SuppressMessage("Performance", "CA1822", Justification = "Python reads these as attributes of a proxied instance: instance members are the subject.")]
    [SuppressMessage("Design", "CA1051", Justification = "Public fields are one of the member kinds a proxy shows Python.")]
    public sealed class Square : Shape
    {
        public double Side { get; set; } = 2;

        public override int Corners => 4;

        // Hides Shape.Kind: Python sees the most derived one, as C# does through a Square.
        public new int Kind => 42;

        public Shape? Inner { get; set; }

        public int Count;

        public readonly string Label = "fixed";

        public long Value { get; set; } = 1;

        // An exact name that is also another member's Python spelling: the exact name wins.
        public long value = 2;

        public string Broken => throw new InvalidOperationException("the getter failed");

        public string Missing => new Dictionary<string, string>()["nope"];

        public int this[int index] => index * 10;
    }

    /// <summary>Value-type properties at the edges of their types and of CPython's small ints (-5 to 256).</summary>
    [SuppressMessage("Performance", "CA1822", Justification = "Python reads these as attributes of a proxied instance: instance members are the subject.")]
    [SuppressMessage("Naming", "CA1720", Justification = "Each property is named after the type whose edge it returns.")]
    public sealed class Numbers
    {
        public long Largest => long.MaxValue;

        public long Smallest => long.MinValue;

        public long BelowSmallInts => -6;

        public long LowestSmallInt => -5;

        public int HighestSmallInt => 256;

        public int AboveSmallInts => 257;

        public byte Byte => byte.MaxValue;

        public ulong UInt64 => ulong.MaxValue;

        public short Int16 => short.MinValue;

        public double Tenth => 0.1;

        public double NegativeZero => -0.0;

        public bool Yes => true;

        public bool No => false;

        public int Changing { get; set; }
    }

    /// <summary>An auto-property, and overrides of it that run code of their own: calling Python, throwing.</summary>
    public class Gauge
    {
        public virtual int Level { get; set; } = 1;
    }

    public sealed class ComputedGauge : Gauge
    {
        public override int Level => (int)Python.Eval<long>("6 * 7");
    }

    public sealed class BrokenGauge : Gauge
    {
        public override int Level => throw new ArgumentException("no level here");
    }

    public sealed class Box<T>(T content)
    {
        public T Content { get; } = content;
    }

    [Fact]
    public void Properties_ReadAndWriteThroughBothSpellings_Live()
    {
        var square = new Square();
        using var scope = Python.CreateScope();
        scope.Set("square", square);
        scope.Set("shape", new Shape());
        scope.Run("""
            assert square.side == 2.0 and square.Side == 2.0
            square.side = 3.5
            assert square.Side == 3.5
            square.Side = 4
            assert square.side == 4.0 and isinstance(square.side, float)
            square.name = 'sq'
            assert square.Name == 'sq' and shape.name == 'shape'
            """);
        Assert.Equal(4.0, square.Side);
        Assert.Equal("sq", square.Name);
        square.Side = 9;
        Assert.Equal(9.0, scope.Eval<double>("square.side"));
    }

    [Fact]
    public void ExactName_WinsOverAnotherMembersSpelling()
    {
        using var scope = Python.CreateScope();
        scope.Set("square", new Square());
        scope.Run("""
            assert square.Value == 1 and square.value == 2
            square.value = 20
            square.Value = 10
            assert (square.Value, square.value) == (10, 20)
            """);
    }

    [Fact]
    public void Fields_ReadAndWrite_AndReadonlyFieldsRefuse()
    {
        var square = new Square();
        using var scope = Python.CreateScope();
        scope.Set("square", square);
        scope.Run("""
            assert square.count == 0 and square.label == 'fixed' and square.Label == 'fixed'
            square.count = 5
            square.Count += 1
            try:
                square.label = 'other'
                raise AssertionError('a readonly field was assigned')
            except AttributeError as e:
                assert 'read-only' in str(e), str(e)
            """);
        Assert.Equal(6, square.Count);
        Assert.Equal("fixed", square.Label);
    }

    [Fact]
    public void ThrowingGetter_RaisesTheFittingBuiltin_CarryingTheDotNetException()
    {
        using var scope = Python.CreateScope();
        scope.Set("square", new Square());
        scope.Run("""
            try:
                square.broken
                raise AssertionError('nothing was raised')
            except RuntimeError as e:
                assert 'the getter failed' in str(e), str(e)
                carried = e.__dotnet_exception__
            try:
                square.Missing
                raise AssertionError('nothing was raised')
            except KeyError as e:
                assert e.__dotnet_exception__.get_type().name == 'KeyNotFoundException'
            assert not hasattr(square, 'broken_too')
            """);
        Assert.Equal("the getter failed", scope.Get<InvalidOperationException>("carried").Message);
        Assert.Equal("the getter failed", Assert.Throws<InvalidOperationException>(() => scope.Run("square.Broken")).Message);
    }

    [Fact]
    public void ValueTypeProperties_ReadAsThePythonValues_ExactlyAndOfTheirPythonTypes()
    {
        var numbers = new Numbers();
        using var scope = Python.CreateScope();
        scope.Set("n", numbers);
        scope.Run("""
            import math
            assert n.largest == 2**63 - 1 and n.smallest == -2**63
            assert (n.below_small_ints, n.lowest_small_int, n.highest_small_int, n.above_small_ints) == (-6, -5, 256, 257)
            assert n.byte == 255 and n.u_int64 == 2**64 - 1 and n.int16 == -2**15
            assert all(type(v) is int for v in (n.largest, n.smallest, n.lowest_small_int, n.above_small_ints, n.byte, n.u_int64))
            assert n.tenth == 0.1 and type(n.tenth) is float
            assert n.negative_zero == 0.0 and math.copysign(1.0, n.negative_zero) == -1.0
            assert n.yes is True and n.no is False
            # Small ints are CPython's own objects, as Python's arithmetic gives them; others are new objects each read.
            for name in ('below_small_ints', 'lowest_small_int', 'highest_small_int', 'above_small_ints'):
                value = getattr(n, name)
                assert (getattr(n, name) is int(str(value))) == (int(str(value)) is int(str(value))), name
            """);
        for (int value = -10; value <= 300; value += 7)
        {
            numbers.Changing = value;
            Assert.True(scope.Eval<bool>($"n.changing == {value} and n.changing == int('{value}')"), $"{value}");
        }
    }

    [Fact]
    public void ReadingASmallIntProperty_CountsReferencesAsReadingAPythonAttribute()
    {
        using var scope = Python.CreateScope();
        scope.Set("n", new Numbers { Changing = 251 });
        scope.Run("""
            import sys
            class Plain:
                changing = int('251')
            def growth(o):
                before = sys.getrefcount(o.changing)
                for _ in range(10000):
                    o.changing
                values = [o.changing for _ in range(100)]
                held = sys.getrefcount(o.changing) - before
                del values
                return held, sys.getrefcount(o.changing) - before
            assert growth(n) == growth(Plain()), (growth(n), growth(Plain()))
            """);
    }

    [Fact]
    public void OverriddenAutoProperty_RunsTheOverride_WhichMayCallPythonOrThrow()
    {
        using var scope = Python.CreateScope();
        scope.Set("plain", new Gauge());
        scope.Set("computed", new ComputedGauge());
        scope.Set("broken", new BrokenGauge());
        scope.Run("""
            assert plain.level == 1 and computed.level == 42 and computed.Level == 42
            plain.level = 5
            assert plain.level == 5
            try:
                broken.level
                raise AssertionError('nothing was raised')
            except ValueError as e:
                assert 'no level here' in str(e), str(e)
                assert e.__dotnet_exception__.get_type().name == 'ArgumentException'
            """);
    }

    [Fact]
    public void InstancePythonMadeItself_StandsForNoObject_AndReadingAPropertyIsATypeError()
    {
        using var scope = Python.CreateScope();
        scope.Set("square", new Square());
        scope.Run("""
            blank = type(square)()
            try:
                blank.side
                raise AssertionError('nothing was raised')
            except TypeError as e:
                assert 'stands for no .NET object' in str(e), str(e)
            assert square.side == 2.0
            """);
    }

    [Fact]
    public void PropertyOfAnotherObject_IsThatObjectsProxy_TheSameEachTime()
    {
        var inner = new Shape { Name = "inner" };
        var square = new Square { Inner = inner };
        using var scope = Python.CreateScope();
        scope.Set("square", square);
        scope.Set("other", new Square());
        scope.Run("""
            first = square.inner
            assert first is square.inner and first.name == 'inner' and first.corners == 0
            assert other.inner is None
            other.inner = first
            assert other.Inner is first
            """);
        Assert.Same(inner, scope.Get<Shape>("first"));
        Assert.Same(inner, scope.Get<Square>("other").Inner);
    }

    [Fact]
    public void Inheritance_DerivedAndBaseMembers_TheMostDerivedWins()
    {
        Shape seenAsBase = new Square();
        using var scope = Python.CreateScope();
        scope.Set("square", seenAsBase);
        scope.Set("shape", new Shape());
        scope.Run("""
            assert square.name == 'shape' and square.side == 2.0
            assert square.corners == 4 and shape.corners == 0
            assert square.kind == 42 and shape.kind == 'base kind'
            assert not hasattr(shape, 'side')
            assert type(square) is not type(shape)
            """);
    }

    [Fact]
    public void StaticMembers_BelongToTheType_InstanceMembersToInstances()
    {
        using var scope = Python.CreateScope();
        scope.Set("Shape", typeof(Shape));
        scope.Set("shape", new Shape());
        scope.Run("""
            assert Shape.created == 7 and Shape.Created == 7
            Shape.created = 8
            assert not hasattr(shape, 'created')
            assert Shape.name == 'Shape'  # System.Type's own Name: the type's instance members are not the type's attributes
            try:
                Shape.corners
                raise AssertionError('an instance member was read from the type')
            except AttributeError as e:
                assert "'PyBind.Runtime.Tests.Proxies.ProxyAttributeTests.Shape' object has no attribute 'corners'" == str(e), str(e)
            """);
        Assert.Equal(8, Shape.Created);
        Shape.Created = 7;
    }

    [Fact]
    public void Indexer_StaysAnIndex_NotAnAttribute()
    {
        using var scope = Python.CreateScope();
        scope.Set("square", new Square());
        scope.Run("""
            assert square[3] == 30 and square[0] == 0
            assert not hasattr(square, 'item') and not hasattr(square, 'Item')
            """);
    }

    [Fact]
    public void MissingAttribute_IsAnAttributeErrorNamingTheType_AsPythonNamesAClass()
    {
        using var scope = Python.CreateScope();
        scope.Set("square", new Square());
        scope.Set("box", new Box<int>(5));
        scope.Run("""
            try:
                square.no_such_member
                raise AssertionError('nothing was raised')
            except AttributeError as e:
                assert str(e) == "'Square' object has no attribute 'no_such_member'", str(e)
            try:
                square.no_such_member = 1
                raise AssertionError('nothing was raised')
            except AttributeError as e:
                assert 'no attribute' in str(e), str(e)
            assert box.content == 5
            """);
    }

    [Fact]
    public void ProxyTypes_CarryTheDotNetNames()
    {
        using var scope = Python.CreateScope();
        scope.Set("square", new Square());
        scope.Set("box", new Box<int>(5));
        scope.Set("builder", new System.Text.StringBuilder());
        Assert.Equal(
            ("PyBind.Runtime.Tests.Proxies", "ProxyAttributeTests.Square", "Square"),
            scope.Eval<(string, string, string)>("type(square).__module__, type(square).__qualname__, type(square).__name__"));
        Assert.Equal(
            ("PyBind.Runtime.Tests.Proxies", "ProxyAttributeTests.Box<System.Int32>", "Box<System.Int32>"),
            scope.Eval<(string, string, string)>("type(box).__module__, type(box).__qualname__, type(box).__name__"));
        Assert.Equal(
            ("System.Text", "StringBuilder", "StringBuilder"),
            scope.Eval<(string, string, string)>("type(builder).__module__, type(builder).__qualname__, type(builder).__name__"));
    }
}
