using System;
using System.Globalization;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

public static partial class PyConvert
{
    private static readonly PyModuleMember s_decimal = new("decimal", "Decimal");
    private static readonly PyModuleMember s_datetime = new("datetime", "datetime");
    private static readonly PyModuleMember s_date = new("datetime", "date");
    private static readonly PyModuleMember s_time = new("datetime", "time");
    private static readonly PyModuleMember s_timedelta = new("datetime", "timedelta");
    private static readonly PyModuleMember s_timezone = new("datetime", "timezone");
    private static readonly PyInternedName s_utcoffset = new("utcoffset");

    /// <summary>Python <c>decimal.Decimal</c>, exactly.</summary>
    public static nint ToPython(decimal value)
        => UntypedCall.Invoke(s_decimal.Handle, new object?[] { value.ToString(CultureInfo.InvariantCulture) }, null);

    /// <summary>Reads a <c>decimal.Decimal</c> or an <c>int</c>; NaN, infinities and values beyond <see cref="decimal"/>'s range are refused.</summary>
    public static decimal ToDecimal(nint o)
    {
        bool isDecimal = IsInstance(o, s_decimal);
        if (!isDecimal && Py_TYPE(o) != Interop.Data.PyLong_Type && !PyTypes.IsSubtype(Py_TYPE(o), Py_TPFLAGS_LONG_SUBCLASS))
            throw Mismatch(o, "decimal.Decimal or int", typeof(decimal));
        string text = StealString(PyObject.Check(PyObject_Str(o)));
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
            return value;
        if (text.Contains("NaN", StringComparison.Ordinal) || text.Contains("Infinity", StringComparison.Ordinal))
            throw Mismatch(o, "a finite number", typeof(decimal));
        throw new OverflowException($"Python {PyTypes.TypeNameOf(o)} {ShortRepr(o)} is out of range for System.Decimal.");
    }

    /// <summary>
    /// Python <c>datetime.datetime</c>: naive for <see cref="DateTimeKind.Unspecified"/>, UTC-aware for
    /// <see cref="DateTimeKind.Utc"/>, aware with the local offset for <see cref="DateTimeKind.Local"/>. Python keeps
    /// microseconds: the last tick digit is dropped.
    /// </summary>
    public static nint ToPython(DateTime value) => value.Kind switch
    {
        DateTimeKind.Unspecified => NewDateTime(value, tzinfo: null),
        DateTimeKind.Utc => NewDateTime(value, TimeZoneFor(TimeSpan.Zero)),
        _ => ToPython(new DateTimeOffset(value)),
    };

    /// <summary>Python <c>datetime.datetime</c>, aware, with the same offset.</summary>
    public static nint ToPython(DateTimeOffset value) => NewDateTime(value.DateTime, TimeZoneFor(value.Offset));

    /// <summary>Python <c>datetime.date</c>.</summary>
    public static nint ToPython(DateOnly value)
        => UntypedCall.Invoke(s_date.Handle, new object?[] { value.Year, value.Month, value.Day }, null);

    /// <summary>Python <c>datetime.time</c> (microsecond precision).</summary>
    public static nint ToPython(TimeOnly value)
        => UntypedCall.Invoke(s_time.Handle, new object?[] { value.Hour, value.Minute, value.Second, Microseconds(value.Ticks) }, null);

    /// <summary>Python <c>datetime.timedelta</c> (microsecond precision).</summary>
    public static nint ToPython(TimeSpan value)
        => UntypedCall.Invoke(s_timedelta.Handle, new object?[] { 0, 0, value.Ticks / TicksPerMicrosecond }, null);

    /// <summary>Reads a <c>datetime.datetime</c>: a naive one as <see cref="DateTimeKind.Unspecified"/>, an aware one converted to UTC.</summary>
    public static DateTime ToDateTime(nint o)
    {
        RequireInstance(o, s_datetime, "datetime.datetime", typeof(DateTime));
        DateTime local = ReadDateTime(o);
        TimeSpan? offset = UtcOffset(o);
        return offset is { } known ? DateTime.SpecifyKind(local - known, DateTimeKind.Utc) : local;
    }

    /// <summary>Reads an aware <c>datetime.datetime</c> (a naive one has no offset and is refused).</summary>
    public static DateTimeOffset ToDateTimeOffset(nint o)
    {
        RequireInstance(o, s_datetime, "datetime.datetime", typeof(DateTimeOffset));
        TimeSpan offset = UtcOffset(o) ?? throw Mismatch(o, "an aware datetime (a naive one has no UTC offset; read it as DateTime)", typeof(DateTimeOffset));
        return new DateTimeOffset(ReadDateTime(o), offset);
    }

    /// <summary>Reads a <c>datetime.date</c> (a <c>datetime</c> is a date too: its date part).</summary>
    public static DateOnly ToDateOnly(nint o)
    {
        RequireInstance(o, s_date, "datetime.date", typeof(DateOnly));
        return new DateOnly(IntAttribute(o, "year"), IntAttribute(o, "month"), IntAttribute(o, "day"));
    }

    /// <summary>Reads a <c>datetime.time</c> (its <c>tzinfo</c>, if any, is not applied).</summary>
    public static TimeOnly ToTimeOnly(nint o)
    {
        RequireInstance(o, s_time, "datetime.time", typeof(TimeOnly));
        return new TimeOnly(TimeOfDayTicks(o));
    }

    /// <summary>Reads a <c>datetime.timedelta</c>.</summary>
    public static TimeSpan ToTimeSpan(nint o)
    {
        RequireInstance(o, s_timedelta, "datetime.timedelta", typeof(TimeSpan));
        try
        {
            return new TimeSpan(checked(
                IntAttribute(o, "days") * TimeSpan.TicksPerDay
                + IntAttribute(o, "seconds") * TimeSpan.TicksPerSecond
                + IntAttribute(o, "microseconds") * TicksPerMicrosecond));
        }
        catch (OverflowException)
        {
            throw new OverflowException($"Python timedelta {ShortRepr(o)} is out of range for System.TimeSpan.");
        }
    }

    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    private static long Microseconds(long ticks) => ticks % TimeSpan.TicksPerSecond / TicksPerMicrosecond;

    private static nint NewDateTime(DateTime value, PyObject? tzinfo)
    {
        using (tzinfo)
        {
            return UntypedCall.Invoke(s_datetime.Handle, new object?[]
            {
                value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, Microseconds(value.Ticks), tzinfo,
            }, null);
        }
    }

    private static PyObject TimeZoneFor(TimeSpan offset)
    {
        using var delta = new PyObject(ToPython(offset), PyOwnership.Steal);
        return new PyObject(UntypedCall.Invoke(s_timezone.Handle, new object?[] { delta }, null), PyOwnership.Steal);
    }

    private static DateTime ReadDateTime(nint o)
    {
        var date = new DateTime(IntAttribute(o, "year"), IntAttribute(o, "month"), IntAttribute(o, "day"), 0, 0, 0, DateTimeKind.Unspecified);
        return date.AddTicks(TimeOfDayTicks(o));
    }

    private static long TimeOfDayTicks(nint o)
        => IntAttribute(o, "hour") * TimeSpan.TicksPerHour
           + IntAttribute(o, "minute") * TimeSpan.TicksPerMinute
           + IntAttribute(o, "second") * TimeSpan.TicksPerSecond
           + IntAttribute(o, "microsecond") * TicksPerMicrosecond;

    private static TimeSpan? UtcOffset(nint o)
    {
        var args = new PyArgs(stackalloc nint[1]);
        try
        {
            nint offset = args.CallMethod(o, s_utcoffset);
            using var result = new PyObject(offset, PyOwnership.Steal);
            return result.IsNone ? null : ToTimeSpan(offset);
        }
        finally
        {
            args.Dispose();
        }
    }

    private static int IntAttribute(nint o, string name)
    {
        using var self = new PyObject(o, PyOwnership.Borrow);
        using PyObject value = self.GetAttr(name);
        return ToInt32(value.Handle);
    }

    private static bool IsInstance(nint o, PyModuleMember type)
    {
        int result = PyObject_IsInstance(o, type.Handle);
        if (result < 0)
            PythonErrors.ThrowCurrent();
        return result == 1;
    }

    private static void RequireInstance(nint o, PyModuleMember type, string expected, Type target)
    {
        if (!IsInstance(o, type))
            throw Mismatch(o, expected, target);
    }
}
