using System;
using Xunit;

namespace PyBind.Runtime.Tests.Conversions;

public class ValueConversionTests
{
    [Fact]
    public void SlicesOfBytes_AreBytesLikeTheirArray()
    {
        byte[] data = [1, 2, 3, 4, 250];
        using var scope = Python.CreateScope();
        scope.Set("segment", new ArraySegment<byte>(data, 1, 3));
        scope.Set("memory", new Memory<byte>(data, 2, 3));
        scope.Set("readonly", new ReadOnlyMemory<byte>(data, 0, 2));
        Assert.Equal(
            scope.Eval<string>("repr((bytes([1, 2, 3, 4, 250])[1:4], bytes([1, 2, 3, 4, 250])[2:5], bytes([1, 2, 3, 4, 250])[0:2]))"),
            scope.Eval<string>("repr((segment, memory, readonly))"));
    }

    [Fact]
    public void NaiveDateTime_IsUnspecifiedKind()
    {
        DateTime value = Python.Eval<DateTime>("__import__('datetime').datetime(2024, 2, 29, 23, 59, 58, 123456)");
        Assert.Equal(new DateTime(2024, 2, 29, 23, 59, 58, DateTimeKind.Unspecified).AddTicks(1234560), value);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Fact]
    public void AwareDateTime_IsConvertedToUtc()
    {
        DateTime value = Python.Eval<DateTime>(
            "__import__('datetime').datetime(2024, 1, 1, 12, 0, tzinfo=__import__('datetime').timezone(__import__('datetime').timedelta(hours=2)))");
        Assert.Equal(new DateTime(2024, 1, 1, 10, 0, 0, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Fact]
    public void UtcDateTime_BecomesAnAwarePythonDatetime()
    {
        using var scope = Python.CreateScope();
        scope.Set("value", new DateTime(2030, 6, 15, 8, 30, 0, DateTimeKind.Utc));
        Assert.Equal("2030-06-15T08:30:00+00:00", scope.Eval<string>("value.isoformat()"));
        scope.Set("naive", new DateTime(2030, 6, 15, 8, 30, 0, DateTimeKind.Unspecified));
        Assert.True(scope.Eval<bool>("naive.tzinfo is None"));
    }

    [Fact]
    public void DateTimeOffset_KeepsItsOffset()
    {
        var value = new DateTimeOffset(2024, 3, 10, 1, 2, 3, TimeSpan.FromHours(-5.5));
        using var scope = Python.CreateScope();
        scope.Set("value", value);
        Assert.Equal("2024-03-10T01:02:03-05:30", scope.Eval<string>("value.isoformat()"));
        Assert.Equal(value, scope.Get<DateTimeOffset>("value"));
        Assert.Throws<PyConversionException>(() => Python.Eval<DateTimeOffset>("__import__('datetime').datetime(2024, 1, 1)"));
    }

    [Fact]
    public void DateOnlyTimeOnlyTimeSpan_RoundTrip()
    {
        using var scope = Python.CreateScope();
        scope.Set("d", new DateOnly(1999, 12, 31));
        scope.Set("t", new TimeOnly(23, 59, 59, 999));
        scope.Set("span", TimeSpan.FromDays(-1.5));
        Assert.Equal("1999-12-31", scope.Eval<string>("d.isoformat()"));
        Assert.Equal("23:59:59.999000", scope.Eval<string>("t.isoformat()"));
        Assert.Equal(-129600.0, scope.Eval<double>("span.total_seconds()"));
        Assert.Equal(new DateOnly(1999, 12, 31), scope.Get<DateOnly>("d"));
        Assert.Equal(new TimeOnly(23, 59, 59, 999), scope.Get<TimeOnly>("t"));
        Assert.Equal(TimeSpan.FromDays(-1.5), scope.Get<TimeSpan>("span"));
    }

    [Fact]
    public void DateTime_IsNotADate()
    {
        Assert.Throws<PyConversionException>(() => Python.Eval<DateTime>("__import__('datetime').date(2024, 1, 1)"));
    }

    [Fact]
    public void RangesAndIndices_AreSlicesAndIndicesAsPythonSpellsThem()
    {
        // scikit-learn's pred[..10] gave numpy a .NET proxy: "only integers, slices (`:`) ... are valid indices".
        using var scope = Python.CreateScope();
        scope.Run("items = list(range(10))\nclass Keys:\n    def __getitem__(self, key): return repr(key)\nkeys = Keys()");
        using PyObject items = scope.Get("items");
        using PyObject keys = scope.Get("keys");

        Assert.Equal(scope.Eval<long[]>("items[:3]"), items[..3].As<long[]>());
        Assert.Equal(scope.Eval<long[]>("items[-2:]"), items[^2..].As<long[]>());
        Assert.Equal(scope.Eval<long[]>("items[2:-5]"), items[2..^5].As<long[]>());
        Assert.Equal(scope.Eval<long[]>("items[:]"), items[..].As<long[]>());
        Assert.Empty(items[^0..].As<long[]>());
        Assert.Equal(scope.Eval<long>("items[-1]"), items[^1].As<long>());
        Assert.Equal(scope.Eval<string>("keys[:, 1:3]"), keys[(.., 1..3)].As<string>());
        Assert.Equal("(slice(None, None, None), slice(1, 3, None))", keys[(.., 1..3)].As<string>());
    }
}
