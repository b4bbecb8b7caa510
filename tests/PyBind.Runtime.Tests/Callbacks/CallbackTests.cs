using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PyBind.Runtime.Tests.Callbacks;

public class CallbackTests
{
    [Fact]
    public void Sorted_WithACSharpKey_MatchesPythonsOwnSort()
    {
        using var scope = Python.CreateScope();
        scope.Run("words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum']");
        scope.Set("key", Python.Function((string word) => (word.Length, word)));
        Assert.Equal(
            scope.Eval<string[]>("sorted(words, key=lambda w: (len(w), w))"),
            scope.Eval<string[]>("sorted(words, key=key)"));
    }

    [Fact]
    public void Reduce_WithACSharpLambda_MatchesPythonsReduce()
    {
        using var scope = Python.CreateScope();
        scope.Run("import functools");
        scope.Set("combine", Python.Function((long total, long x) => total * 31 + x));
        Assert.Equal(
            scope.Eval<long>("functools.reduce(lambda total, x: total * 31 + x, range(1, 12))"),
            scope.Eval<long>("functools.reduce(combine, range(1, 12))"));
    }

    [Fact]
    public void MapAndFilter_WithCSharpLambdas_MatchPython()
    {
        using var scope = Python.CreateScope();
        scope.Set("square", Python.Function((double x) => x * x));
        scope.Set("odd", Python.Function((long x) => x % 2 == 1));
        Assert.Equal(scope.Eval<double[]>("[x * x for x in (0.5, 1.5, 3.0)]"), scope.Eval<double[]>("list(map(square, (0.5, 1.5, 3.0)))"));
        Assert.Equal(scope.Eval<long[]>("[x for x in range(20) if x % 2 == 1]"), scope.Eval<long[]>("list(filter(odd, range(20)))"));
    }

    [Fact]
    public void DelegatePassedAsAnObject_BecomesACallable()
    {
        using PyObject builtins = Python.Import("builtins");
        Func<long, long> negate = x => -x;
        using PyObject result = builtins.CallMethod("map", negate, new[] { 1L, 2L, 3L });
        using PyObject list = builtins.CallMethod("list", result);
        Assert.Equal(new long[] { -1, -2, -3 }, list.As<long[]>());
        Comparison<long> descending = (a, b) => b.CompareTo(a);
        using PyObject functools = Python.Import("functools");
        using PyObject key = functools.CallMethod("cmp_to_key", descending);
        using var scope = Python.CreateScope();
        scope.Set("key", key);
        Assert.Equal(new long[] { 9, 5, 1 }, scope.Eval<long[]>("sorted([5, 1, 9], key=key)"));
    }

    [Fact]
    public void Function_HasANameAndRejectsWrongArguments()
    {
        using var scope = Python.CreateScope();
        scope.Set("add", Python.Function((long a, long b) => a + b, "add"));
        Assert.Equal("add", scope.Eval<string>("add.__name__"));
        var error = Assert.Throws<PyTypeError>(() => scope.Eval("add(1)"));
        Assert.Contains("takes 2 positional arguments but 1 was given", error.Message);
        Assert.Throws<PyTypeError>(() => scope.Eval("add(1, b=2)"));
        var conversion = Assert.Throws<PyConversionException>(() => scope.Eval("add(1, 'two')"));
        Assert.Contains("System.Int64", conversion.Message);
    }

    [Fact]
    public void ActionAndVariadicFunctions_WorkWithKeywords()
    {
        var seen = new List<string>();
        using var scope = Python.CreateScope();
        scope.Set("log", Python.Function((string text) => seen.Add(text)));
        scope.Set("describe", Python.Function(args =>
        {
            args.TryGetKeyword("sep", out string? separator);
            return string.Join(separator ?? ",", args.ToArray()) + $"|{args.Count}|{args.KeywordCount}";
        }));
        Assert.True(scope.Eval("log('one')").IsNone);
        Assert.Equal(new[] { "one" }, seen);
        Assert.Equal("1;2.5;x|3|1", scope.Eval<string>("describe(1, 2.5, 'x', sep=';')"));
    }

    [Fact]
    public void ExceptionInCallback_IsAPythonErrorInPython_AndTheOriginalObjectBackInDotNet()
    {
        var thrown = new InvalidOperationException("broken callback");
        using var scope = Python.CreateScope();
        scope.Set("fail", Python.Function(new Func<long>(() => throw thrown)));
        scope.Run("def catch():\n    try:\n        fail()\n    except RuntimeError as e:\n        return str(e)\n");
        Assert.Equal("System.InvalidOperationException: broken callback", scope.Eval<string>("catch()"));

        var back = Assert.Throws<InvalidOperationException>(() => scope.Eval("[fail() for _ in range(3)]"));
        Assert.Same(thrown, back);
        Assert.Contains(nameof(ExceptionInCallback_IsAPythonErrorInPython_AndTheOriginalObjectBackInDotNet), back.StackTrace);
    }

    [Theory]
    [InlineData(typeof(ArgumentException), "ValueError")]
    [InlineData(typeof(KeyNotFoundException), "KeyError")]
    [InlineData(typeof(InvalidCastException), "TypeError")]
    [InlineData(typeof(NotSupportedException), "NotImplementedError")]
    [InlineData(typeof(OperationCanceledException), "KeyboardInterrupt")]
    public void DotNetExceptions_MapToPythonClassesOfTheSameMeaning(Type exceptionType, string pythonClass)
    {
        var thrown = (Exception)Activator.CreateInstance(exceptionType, "x")!;
        using var scope = Python.CreateScope();
        scope.Set("fail", Python.Function(new Action(() => throw thrown)));
        scope.Run("def kind():\n    try:\n        fail()\n    except BaseException as e:\n        return type(e).__name__\n");
        Assert.Equal(pythonClass, scope.Eval<string>("kind()"));
    }

    [Fact]
    public void PythonExceptionMadeInDotNet_IsRaisedAsItsPythonClass()
    {
        var thrown = new PyValueError("bad value from C#");
        using var scope = Python.CreateScope();
        scope.Set("fail", Python.Function(new Action(() => throw thrown)));
        scope.Run("def catch():\n    try:\n        fail()\n    except ValueError as e:\n        return type(e) is ValueError, str(e)\n");
        Assert.Equal((true, "bad value from C#"), scope.Eval<(bool, string)>("catch()"));
        var back = Assert.Throws<PyValueError>(() => scope.Eval("fail()"));
        Assert.Same(thrown, back);
        // After the round trip, the exception knows its Python side.
        using PyObject? live = back.GetPythonException();
        Assert.NotNull(live);
        Assert.Contains("ValueError: bad value from C#", back.PythonTraceback);
    }

    [Fact]
    public void NestedCalls_KeepTheInnermostOriginalException()
    {
        // C# -> Python outer() -> C# middle -> Python inner() raising KeyError -> back out through all of them.
        PythonException? seenInMiddle = null;
        using var scope = Python.CreateScope();
        scope.Run("def inner():\n    raise KeyError('deep')\n");
        using PyObject inner = scope.Get("inner");
        scope.Set("middle", Python.Function(new Action(() =>
        {
            try
            {
                inner.Call();
            }
            catch (PythonException e)
            {
                seenInMiddle = e;
                throw;
            }
        })));
        scope.Run("def outer():\n    try:\n        middle()\n    except ZeroDivisionError:\n        pass\n");
        var error = Assert.Throws<PyKeyError>(() => scope.Eval("outer()"));
        Assert.Same(seenInMiddle, error);
        Assert.Contains("in inner", error.PythonTraceback);
        Assert.Contains("in outer", error.PythonTraceback);
    }

    [Fact]
    public void KeyboardInterrupt_StaysOneThroughCallbacks()
    {
        using var scope = Python.CreateScope();
        scope.Run("def interrupt():\n    raise KeyboardInterrupt('stop')\n");
        using PyObject interrupt = scope.Get("interrupt");
        scope.Set("relay", Python.Function(new Action(() => interrupt.Call())));
        // `except Exception` in between must not swallow it.
        scope.Run("def outer():\n    try:\n        relay()\n    except Exception:\n        return 'swallowed'\n");
        var error = Assert.Throws<PyKeyboardInterrupt>(() => scope.Eval("outer()"));
        Assert.Equal("stop", error.PythonMessage);
    }

    [Fact]
    public void Reentrancy_CallbacksAndPythonCallEachOtherRecursively()
    {
        using var scope = Python.CreateScope();
        PyObject? pythonFib = null;
        scope.Set("cs_fib", Python.Function((long n) => n < 2 ? n : pythonFib!.Call<long>(n - 1) + pythonFib!.Call<long>(n - 2)));
        scope.Run("def py_fib(n):\n    return n if n < 2 else cs_fib(n - 1) + cs_fib(n - 2)\n");
        pythonFib = scope.Get("py_fib");
        Assert.Equal(610L, scope.Eval<long>("py_fib(15)"));
        pythonFib.Dispose();
    }

    [Fact]
    public void PythonCallable_AsDelegate_CallsItAndRoundTripsByIdentity()
    {
        using PyObject lambda = Python.Eval("lambda a, b: a * 10 + b");
        var combine = lambda.As<Func<long, long, long>>();
        Assert.Equal(42L, combine(4, 2));
        using PyObject back = PyObject.From(combine);
        Assert.True(back.Is(lambda));

        Func<string, int> length = s => s.Length;
        using PyObject function = PyObject.From(length);
        Assert.Same(length, function.As<Func<string, int>>());

        using PyObject print = Python.Eval("lambda *a: None");
        print.As<Action<string, long>>()("ignored", 1);
        Assert.Throws<PyConversionException>(() => Python.Eval("42").As<Func<long>>());
    }

    [Fact]
    public void Delegate_IsCollectedAfterPythonDropsTheFunction()
    {
        using var scope = Python.CreateScope();
        WeakReference target = StoreCallback(scope);
        Assert.Equal(7L, scope.Eval<long>("keep[0](3)"));
        Collect();
        Assert.True(target.IsAlive, "Python still holds the function, so the delegate must stay alive");
        scope.Run("del keep[0]");
        Collect();
        Assert.False(target.IsAlive, "Python dropped the function, so nothing should hold the delegate");
    }

    [Fact]
    public void CallbackThatBlocksOnAnotherThreadCallingPython_DoesNotDeadlock()
    {
        using var scope = Python.CreateScope();
        scope.Set("ask_other_thread", Python.Function((long x) =>
        {
            Task<long> other = Task.Run(() => Python.Eval<long>($"{x} * 2"));
            using (Python.AllowThreads())
                HangGuard.Wait(other, "the other thread's call (deadlock?)");
            return other.Result;
        }));
        Assert.Equal(new long[] { 2, 4, 6 }, scope.Eval<long[]>("[ask_other_thread(x) for x in (1, 2, 3)]"));
    }

    [Fact]
    public void CallbackCalledFromPythonThreads_Works()
    {
        long total = 0;
        using var scope = Python.CreateScope();
        scope.Set("add", Python.Function((long x) => { System.Threading.Interlocked.Add(ref total, x); }));
        scope.Run("import threading\nthreads = [threading.Thread(target=lambda i=i: [add(i) for _ in range(1000)]) for i in range(8)]\n" +
                  "[t.start() for t in threads]");
        using (Python.AcquireGil())
        {
            // Joining in Python releases the GIL while it waits, so the threads run.
            scope.Run("[t.join() for t in threads]");
        }
        Assert.Equal(1000L * (0 + 1 + 2 + 3 + 4 + 5 + 6 + 7), total);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference StoreCallback(PyScope scope)
    {
        var state = new int[] { 4 };
        Func<long, long> add = x => x + state[0];
        scope.Set("keep", new object[] { add });
        return new WeakReference(state);
    }

    internal static void Collect()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Python.Eval("__import__('gc').collect()").Dispose();
    }
}

/// <summary>Measurements: alone, so that other tests' Python allocations and GIL holds do not blur them.</summary>
[Collection(SerialTestGroup.Name)]
public class CallbackMeasurementTests(ITestOutputHelper output)
{
    [Fact]
    public void MillionCallbacks_AllocateNothingAndLeakNothing()
    {
        using var scope = Python.CreateScope();
        scope.Run("import functools, sys, gc");
        scope.Set("add", Python.Function((long total, long x) => total + x));
        const string code = "functools.reduce(add, range(1_000_000), 0)";
        Assert.Equal(499_999_500_000L, scope.Eval<long>(code)); // warm-up (JIT, tiering)
        using PyObject compiled = scope.Eval($"compile('{code}', 'bench', 'eval')");
        scope.Set("bench", compiled);
        CallbackTests.Collect();
        long pythonBlocksBefore = scope.Eval<long>("(gc.collect(), sys.getallocatedblocks())[1]");
        long managedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        long sum = scope.Eval<long>("eval(bench)");
        clock.Stop();
        long managedAllocated = GC.GetAllocatedBytesForCurrentThread() - managedBefore;
        long pythonBlocksAfter = scope.Eval<long>("(gc.collect(), sys.getallocatedblocks())[1]");
        output.WriteLine($"1,000,000 callbacks: {clock.Elapsed.TotalMilliseconds:F1} ms ({clock.Elapsed.TotalMilliseconds * 1e6 / 1_000_000:F1} ns per call), " +
                         $"managed allocations {managedAllocated} bytes, Python blocks {pythonBlocksBefore} -> {pythonBlocksAfter}");
        Assert.Equal(499_999_500_000L, sum);
        Assert.True(managedAllocated < 64 * 1024, $"{managedAllocated} bytes allocated by 1,000,000 callbacks");
        Assert.True(Math.Abs(pythonBlocksAfter - pythonBlocksBefore) < 1000, $"Python blocks {pythonBlocksBefore} -> {pythonBlocksAfter}");
    }
}
