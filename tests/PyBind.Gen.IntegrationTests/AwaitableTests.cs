using System.Threading.Tasks;
using PyBind.Gen.IntegrationTests.Infrastructure;
using Xunit;

namespace PyBind.Gen.IntegrationTests;

/// <summary>
/// Coroutines and <c>Awaitable[T]</c> results are tasks whose Python awaitable stays reachable
/// (<see cref="PyTaskExtensions.GetPythonAwaitable"/>); a class with <c>__await__</c> is awaitable itself. Results are
/// compared with Python awaiting the same objects.
/// </summary>
public class AwaitableTests
{
    public AwaitableTests() => FixtureModule.EnsureImportable();

    /// <summary>What Python gets awaiting <paramref name="expression"/> (in a loop of its own).</summary>
    private static long AwaitedInPython(string expression)
    {
        using PyScope scope = Python.CreateScope();
        scope.Run($"import asyncio, pybind_fixture\nasync def main():\n    return await {expression}\nresult = asyncio.run(main())");
        return scope.Get<long>("result");
    }

    [Fact]
    public async Task AnAwaitableResult_IsATask_AndItsObjectIsReachable()
    {
        Task<long> task = Fixture.Later(21);

        PyObject? awaitable = task.GetPythonAwaitable();
        Assert.NotNull(awaitable);
        Assert.Equal("pybind_fixture.Delayed", awaitable.PythonTypeName);
        Assert.Equal(21L, awaitable.GetAttr("value").As<long>());
        Assert.Equal(AwaitedInPython("pybind_fixture.later(21)"), await task);
    }

    [Fact]
    public async Task ACoroutinesTask_ReachesTheCoroutine()
    {
        Task<long> task = Fixture.DoubledLater(4);

        Assert.Equal("coroutine", task.GetPythonAwaitable()!.PythonTypeName);
        Assert.Equal(AwaitedInPython("pybind_fixture.doubled_later(4)"), await task);
    }

    [Fact]
    public async Task AClassWithAwait_IsAwaitable()
    {
        using var delayed = new Fixture.Delayed(5);

        long result = await delayed;

        Assert.Equal(AwaitedInPython("pybind_fixture.Delayed(5)"), result);
    }
}
