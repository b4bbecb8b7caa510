using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace PyBind.Runtime.Tests.Proxies;

public class ObjectProxyTests
{
    [SuppressMessage("Performance", "CA1822", Justification = "Python calls these on a proxied instance: instance members are the subject.")]
    [SuppressMessage("Design", "CA1051", Justification = "A public field is one of the member kinds a proxy shows Python.")]
    public sealed class Account(string owner)
    {
        public string Owner { get; } = owner;

        public decimal Balance { get; set; }

        public int Deposits;

        public const int MaxDeposits = 10;

        public static string Bank => "PyBank";

        public decimal Deposit(decimal amount)
        {
            Deposits++;
            return Balance += amount;
        }

        public string Describe(string prefix = "account", bool upper = false)
            => upper ? $"{prefix} of {Owner}".ToUpperInvariant() : $"{prefix} of {Owner}";

        public string Kind(long value) => "long";

        public string Kind(double value) => "double";

        public string Kind(string value) => "string";

        public string Kind(Account other) => "account";

        public int Sum(params int[] values) => values.Sum();

        public override string ToString() => $"Account({Owner})";
    }

    [SuppressMessage("Design", "CA1036", Justification = "Python orders it through IComparable alone: the subject of the test.")]
    public sealed record Point(int X, int Y) : IComparable<Point>, IComparable
    {
        public int CompareTo(Point? other) => (X, Y).CompareTo((other!.X, other.Y));

        public int CompareTo(object? other) => CompareTo((Point?)other);
    }

    public sealed class Resource : IDisposable
    {
        public bool IsDisposed { get; private set; }

        public void Dispose() => IsDisposed = true;
    }

    [Fact]
    public void Attributes_ResolveByPythonSpellingAndExactName_BothWays()
    {
        var account = new Account("ada");
        using var scope = Python.CreateScope();
        scope.Set("account", account);
        scope.Run("""
            assert account.owner == 'ada' and account.Owner == 'ada'
            account.balance = 10
            account.Deposits = 3
            assert account.deposit(5) == 15 and account.Deposit(1.5) == 16.5, account.balance
            try:
                account.owner = 'eve'
                raise AssertionError('a get-only property was assigned')
            except AttributeError as e:
                assert 'read-only' in str(e), str(e)
            assert not hasattr(account, 'no_such_member')
            """);
        Assert.Equal(16.5m, account.Balance);
        Assert.Equal(5, account.Deposits);
    }

    [Fact]
    public void Methods_TakeKeywordsDefaultsAndParams_AndPickTheOverloadByArgumentType()
    {
        using var scope = Python.CreateScope();
        scope.Set("account", new Account("ada"));
        scope.Set("other", new Account("bob"));
        scope.Run("""
            assert account.describe() == 'account of ada'
            assert account.describe('savings', upper=True) == 'SAVINGS OF ADA'
            assert account.Describe(prefix='loan') == 'loan of ada'
            assert [account.kind(1), account.kind(1.5), account.kind('x'), account.kind(other)] == ['long', 'double', 'string', 'account']
            assert account.sum() == 0 and account.sum(1, 2, 3) == 6
            try:
                account.kind(None, 2)
                raise AssertionError('no overload takes two arguments')
            except TypeError as e:
                assert 'no overload of Kind()' in str(e), str(e)
            """);
    }

    [Fact]
    public void StrReprEqualityHashAndOrder_AreTheObjectsOwn()
    {
        using var scope = Python.CreateScope();
        scope.Set("a", new Point(1, 2));
        scope.Set("b", new Point(1, 2));
        scope.Set("c", new Point(3, 0));
        scope.Set("account", new Account("ada"));
        scope.Run("""
            assert str(a) == 'Point { X = 1, Y = 2 }', str(a)
            assert a == b and a is not b and a != c
            assert hash(a) == hash(b) and len({a, b, c}) == 2
            assert a < c and c >= b and sorted([c, a])[0] == a
            assert repr(account) == '<.NET PyBind.Runtime.Tests.Proxies.ObjectProxyTests.Account: Account(ada)>', repr(account)
            assert bool(account)
            """);
        Assert.Equal(new Point(1, 2).GetHashCode() == -1 ? -2 : new Point(1, 2).GetHashCode(), scope.Eval<long>("hash(a)"));
    }

    [Fact]
    public void SameObject_IsOneProxy_AndComesBackAsItself()
    {
        var account = new Account("ada");
        using var scope = Python.CreateScope();
        scope.Set("a", account);
        scope.Set("b", account);
        scope.Set("pair", (account, 1L));
        Assert.True(scope.Eval<bool>("a is b and pair[0] is a"));
        Assert.Same(account, scope.Get<Account>("a"));
        Assert.Same(account, scope.Get<object>("b"));
        using var call = Python.Function((Account x) => ReferenceEquals(x, account));
        scope.Set("same", call);
        Assert.True(scope.Eval<bool>("same(a)"));
    }

    [Fact]
    public void Proxy_KeepsTheObjectAlive_AndDroppingItReleasesIt()
    {
        using var scope = Python.CreateScope();
        WeakReference weak = HandToPython(scope);
        Collect();
        Assert.True(weak.IsAlive, "Python holds the proxy, so the object must live");
        Assert.Equal("Account(kept)", scope.Eval<string>("str(held)"));

        scope.Run("del held");
        Collect();
        Assert.False(weak.IsAlive, "Python dropped the proxy, so its handle must be freed");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference HandToPython(PyScope scope)
    {
        var account = new Account("kept");
        scope.Set("held", account);
        return new WeakReference(account);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Fact]
    public void Type_IsCallableAsItsConstructor_ExposesStatics_AndChecksInstances()
    {
        using var scope = Python.CreateScope();
        scope.Set("StringBuilder", typeof(StringBuilder));
        scope.Set("Account", typeof(Account));
        scope.Set("Math", typeof(Math));
        scope.Set("Point", typeof(Point));
        scope.Run("""
            sb = StringBuilder('py')
            sb.append('thon').Append('!')
            assert str(sb) == 'python!' and sb.length == 7 and sb[0] == 'p'
            assert isinstance(sb, StringBuilder) and not isinstance(sb, Account) and not isinstance('x', StringBuilder)
            account = Account(owner='ada')
            assert account.owner == 'ada' and Account.bank == 'PyBank' and Account.MaxDeposits == 10
            assert Math.max(3, 7) == 7 and Math.Abs(-2.5) == 2.5 and Math.pi == 3.141592653589793
            assert Point(1, 2) == Point(x=1, y=2)
            try:
                Math()
                raise AssertionError('a static class was constructed')
            except TypeError as e:
                assert 'static class' in str(e), str(e)
            """);
        Assert.Equal("python!", scope.Get<StringBuilder>("sb").ToString());
    }

    [Fact]
    public void Disposable_IsAContextManager()
    {
        var resource = new Resource();
        using var scope = Python.CreateScope();
        scope.Set("resource", resource);
        scope.Run("""
            with resource as r:
                assert r is resource and not r.is_disposed
            assert resource.is_disposed
            """);
        Assert.True(resource.IsDisposed);
    }

    [Fact]
    public void Dir_ListsPythonSpellings()
    {
        using var scope = Python.CreateScope();
        scope.Set("account", new Account("ada"));
        Assert.True(scope.Eval<bool>("{'owner', 'balance', 'deposit', 'describe', 'deposits', 'to_string'} <= set(dir(account))"));
        Assert.False(scope.Eval<bool>("'Owner' in dir(account)"));
    }

    [Fact]
    public async Task TasksAndValueTasks_AreAwaitable_AndStayTheSameObjects()
    {
        var task = Task.FromResult(21L);
        using var scope = Python.CreateScope();
        scope.Set("task", task);
        scope.Set("value_task", new ValueTask<string>(Task.Delay(10).ContinueWith(_ => "later", TaskScheduler.Default)));
        scope.Run("""
            import asyncio, inspect
            assert inspect.isawaitable(task) and task.is_completed and task.result == 21
            async def both():
                return (await task) * 2, await value_task
            """);
        Assert.Equal((42L, "later"), await Python.EvalAsync<(long, string)>("await both()", scope));
        Assert.Same(task, scope.Get<Task<long>>("task"));
    }
}
