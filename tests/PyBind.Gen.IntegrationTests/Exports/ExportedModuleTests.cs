using System;
using System.Threading;
using System.Threading.Tasks;
using PyBind.Testing;
using Xunit;

namespace PyBind.Gen.IntegrationTests.Exports;

/// <summary>[PyExport] modules imported and called by Python; the assertions run in Python.</summary>
public class ExportedModuleTests
{
    private static void Run(string code)
    {
        using PyScope scope = Python.CreateScope();
        scope.Run(code);
    }

    [Fact]
    public void PyodideExample_ImportsAndCalls()
    {
        Run("""
            import host
            from host.submodule import h, c
            assert host.f(7) == 50
            assert h(9) == 80
            assert c == 2
            assert host.g(11) == 11
            import sys
            assert sys.modules['host.submodule'] is host.submodule
            """);
        Assert.Contains(11L, Host.Logged);
    }

    [Fact]
    public void Names_ArePythonSpellings_AndTheExactNamesResolveToTheSameObjects()
    {
        Run("""
            import exports_demo as demo
            assert demo.add_two(5) == 7 and demo.AddTwo is demo.add_two
            assert demo.version == '1.2' and demo.Version == '1.2'
            from exports_demo.geometry import area, pi
            assert pi == 3.141592653589793 and demo.Geometry.Pi == pi
            assert {'add_two', 'describe', 'geometry', 'greeting', 'version', 'Point'} <= set(dir(demo)), dir(demo)
            """);
    }

    [Fact]
    public void Constants_AnswerToTheirUpperCaseNames_AsTheSameObjects()
    {
        Run("""
            from exports_demo.geometry import EARTH_RADIUS_KM, UNIT_SQUARE_CORNER, PI
            import exports_demo as demo
            assert EARTH_RADIUS_KM == 6371.0 and type(EARTH_RADIUS_KM) is float
            assert EARTH_RADIUS_KM is demo.geometry.earth_radius_km and demo.geometry.EarthRadiusKm == 6371.0
            assert UNIT_SQUARE_CORNER is demo.geometry.unit_square_corner and UNIT_SQUARE_CORNER.x == 1.0
            assert PI == 3.141592653589793 and demo.VERSION == '1.2'
            assert {'EARTH_RADIUS_KM', 'earth_radius_km', 'PI', 'pi'} <= set(dir(demo.geometry)), dir(demo.geometry)
            assert 'EARTH_RADIUS_KM' in demo.geometry.__all__ and 'GREETING' not in dir(demo)
            """);
    }

    [Fact]
    public void Calls_TakeKeywordsAndDefaults_AndFailAsPythonDoes()
    {
        Run("""
            import exports_demo as demo, inspect
            assert demo.describe('ab') == 'ab'
            assert demo.describe('ab', 2, shout=True) == 'ABAB'
            assert demo.describe(name='x', suffix='!', times=3) == 'xxx!'
            assert demo.describe('x', suffix=None) == 'x'
            assert demo.scale(1.5) == 3.0 and demo.scale(2, factor=0.5) == 1.0
            assert str(inspect.signature(demo.describe)) == "(name, times=1, suffix=None, shout=False)"
            assert demo.add_two.__doc__.strip() == 'Adds two to a number.'
            def error(call):
                try:
                    call()
                except Exception as e:
                    return f'{type(e).__name__}: {e}'
                raise AssertionError('no error')
            assert error(lambda: demo.add(1)) == "TypeError: add() missing required argument: 'b'", error(lambda: demo.add(1))
            assert error(lambda: demo.add(1, 2, 3)) == 'TypeError: add() takes 2 positional arguments but 3 were given'
            assert error(lambda: demo.add(1, c=2)) == "TypeError: add() got an unexpected keyword argument 'c'"
            assert error(lambda: demo.add(1, a=2)) == "TypeError: add() got multiple values for argument 'a'"
            message = error(lambda: demo.add(1, 'two'))
            assert message.startswith("TypeError: argument 'b' of exports_demo.add(): cannot convert Python str 'two'"), message
            assert error(lambda: demo.add(2**70, 1)).startswith("OverflowError: argument 'a' of exports_demo.add()"), error(lambda: demo.add(2**70, 1))
            """);
    }

    [Fact]
    public void Values_CrossBothWays()
    {
        Run("""
            import exports_demo as demo
            assert demo.total(range(5)) == 10 and demo.total([1, 2]) == 3
            assert demo.sorted(('pear', 'apple')) == ['apple', 'pear']
            assert demo.lengths(['a', 'bcd']) == {'a': 1, 'bcd': 3}
            assert demo.apply(lambda x: x * 10, 4) == 40
            assert demo.sum_and_product(3, 4) == (7, 12)
            assert demo.kind(4) == 4 and demo.maybe(True) == 42 and demo.maybe(False) is None
            assert demo.reverse(b'abc') == b'cba'
            p = demo.Point(1.0, 2.0)
            q = demo.midpoint(p, demo.Point(3.0, 4.0))
            assert isinstance(q, demo.Point) and (q.x, q.y) == (2.0, 3.0) and q == demo.Point(2.0, 3.0)
            assert q.distance_to(demo.Point(2.0, 0.0)) == 3.0
            from exports_demo.geometry import area
            assert area(demo.Point(-2.0, 3.0)) == 6.0
            """);
    }

    [Fact]
    public void Properties_AreLive_AndAssignable()
    {
        Run("""
            import exports_demo as demo
            before = demo.counter
            demo.increment()
            demo.increment()
            assert demo.counter == before + 2
            demo.greeting = 'hi'
            assert demo.Greeting == 'hi'
            try:
                demo.greeting = 3
                raise AssertionError('an int was stored in a string property')
            except TypeError as e:
                assert "attribute 'greeting' of module 'exports_demo'" in str(e), str(e)
            demo.extra = 'a Python attribute'
            assert demo.extra == 'a Python attribute'
            try:
                demo.version = '2'
                assert demo.version == '2', 'a constant is a plain module attribute once reassigned'
            finally:
                demo.version = '1.2'
            """);
        Assert.Equal("hi", Demo.Greeting);
        Demo.Greeting = "hello";
    }

    [Fact]
    public void DotNetExceptions_AreTheFittingBuiltins_AndComeBackAsThemselves()
    {
        Run("""
            import exports_demo as demo
            expected = {'argument': ValueError, 'range': IndexError, 'index': IndexError, 'key': KeyError, 'state': RuntimeError,
                        'unsupported': NotImplementedError, 'format': ValueError, 'other': RuntimeError}
            for kind, builtin in expected.items():
                try:
                    demo.fail(kind, 'boom')
                    raise AssertionError(kind + ' raised nothing')
                except builtin as e:
                    assert 'boom' in e.__dotnet_exception__.message, (kind, e)
            """);
        var error = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Run("import exports_demo\nexports_demo.fail('key', 'lost')"));
        Assert.Equal("lost", error.Message);
        Assert.Contains(nameof(Demo.Fail), error.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsyncMethod_IsAwaitedInPython()
    {
        using PyScope scope = Python.CreateScope();
        scope.Run("import exports_demo as demo\nasync def twice(x):\n    return await demo.double_later(x) + 1");
        Assert.Equal(43L, await Python.EvalAsync<long>("await twice(21)", scope));
    }

    /// <summary>
    /// Two Python threads meet at a .NET barrier inside an exported method: each can only pass when the other has
    /// arrived, which it can only do while the first one waits, so both pass only if the GIL is given up meanwhile.
    /// The wait is bounded by <see cref="HangGuard.Limit"/> only to turn a hang into a failure.
    /// </summary>
    [Fact]
    public void LongRunningMethod_ReleasesTheGil_SoTwoPythonThreadsOverlap()
        => Assert.Equal(new[] { true, true }, MeetInTwoThreads("meet_at", (int)HangGuard.Limit.TotalMilliseconds));

    /// <summary>
    /// The first thread waits holding the GIL, so the second cannot even call the method: each waits alone until its
    /// wait ends, and neither meets the other. The wait is one the test expects to expire, however short or long: no
    /// speed of the machine lets the second thread run Python while the first holds the GIL.
    /// </summary>
    [Fact]
    public void MethodHoldingTheGil_BlocksTheOtherThread()
        => Assert.Equal(new[] { false, false }, MeetInTwoThreads("meet_holding_the_gil", ExpiringWaitMilliseconds));

    private const int ExpiringWaitMilliseconds = 200;

    /// <summary>What each of two Python threads got from calling <paramref name="method"/> with the same barrier.</summary>
    private static bool[] MeetInTwoThreads(string method, int timeoutMilliseconds)
    {
        using var barrier = new Barrier(2);
        using PyScope scope = Python.CreateScope();
        scope.Set("barrier", barrier);
        scope.Run($"""
            import threading, exports_demo as demo
            results = []
            threads = [threading.Thread(target=lambda: results.append(demo.{method}(barrier, {timeoutMilliseconds}))) for _ in range(2)]
            for t in threads: t.start()
            for t in threads: t.join()
            """);
        return scope.Eval<bool[]>("results");
    }
}
