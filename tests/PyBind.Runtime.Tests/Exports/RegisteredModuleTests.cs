using System;
using System.Collections.Generic;
using PyBind.Runtime.Tests.Infrastructure;
using Xunit;

namespace PyBind.Runtime.Tests.Exports;

public class RegisteredModuleTests
{
    public static class Tools
    {
        public const int C = 2;

        public static string Greeting { get; set; } = "hello";

        public static long AddTwo(long value) => value + 2;

        public static string Join(string separator = ",", params string[] parts) => string.Join(separator, parts);

        public static class Inner
        {
            public static long H(long x) => x * x - 1;
        }

        public sealed class Widget(string name)
        {
            public string Name => name;
        }
    }

    public sealed class Service
    {
        public int Calls { get; private set; }

        public string Level { get; set; } = "info";

        public Dictionary<string, object?> Settings { get; } = new() { ["retries"] = 3L };

        public string Log(string message) => $"[{Level}] {message} #{++Calls}";
    }

    /// <summary>Pyodide's own example for registerJsModule, with .NET delegates for the JavaScript functions.</summary>
    [Fact]
    public void PyodideExample_DictionaryModuleWithASubmodule()
    {
        var printed = new List<long>();
        Python.RegisterModule("my_js_module", new Dictionary<string, object?>
        {
            ["f"] = (Func<long, long>)(x => x * x + 1),
            ["g"] = (Func<long, long>)(x =>
            {
                printed.Add(x);
                return x;
            }),
            ["submodule"] = new Dictionary<string, object?>
            {
                ["h"] = (Func<long, long>)(x => x * x - 1),
                ["c"] = 2L,
            },
        });
        using var scope = Python.CreateScope();
        scope.Run("""
            import my_js_module
            from my_js_module.submodule import h, c
            assert my_js_module.f(7) == 50
            assert h(9) == 80
            assert c == 2
            assert my_js_module.g(5) == 5 and my_js_module.submodule.h(2) == 3
            """);
        Assert.Equal(new[] { 5L }, printed);
        Assert.True(Python.UnregisterModule("my_js_module"));
    }

    [Fact]
    public void StaticClass_IsAModule_InPythonSpellingAndExactNames()
    {
        Python.RegisterModule("tools", typeof(Tools));
        using var scope = Python.CreateScope();
        scope.Run("""
            import tools
            from tools.inner import h
            from tools import add_two, AddTwo
            assert add_two(5) == 7 and AddTwo(5) == 7 and tools.c == 2 and tools.C == 2 and h(3) == 8
            assert tools.join('-', 'a', 'b') == 'a-b' and tools.join(separator='+') == ''
            assert tools.greeting == 'hello'
            tools.greeting = 'hi'
            assert tools.Greeting == 'hi'
            assert tools.Widget('w').name == 'w' and isinstance(tools.Widget('v'), tools.Widget)
            assert {'add_two', 'c', 'greeting', 'join', 'inner'} <= set(dir(tools)), dir(tools)
            import tools.Inner
            assert tools.Inner.h(2) == 3
            """);
        Assert.Equal("hi", Tools.Greeting);
        Tools.Greeting = "hello";
    }

    [Fact]
    public void Instance_IsALiveModule()
    {
        var service = new Service();
        Python.RegisterModule("service", (object)service);
        using var scope = Python.CreateScope();
        scope.Run("""
            import service
            assert service.log('started') == '[info] started #1'
            service.level = 'debug'
            from service import log
            assert log('again') == '[debug] again #2' and service.calls == 2
            from service.settings import retries
            assert retries == 3
            """);
        Assert.Equal("debug", service.Level);
    }

    [Fact]
    public void Registering_Again_ReplacesTheModule_AndUnregisteringRemovesIt()
    {
        Python.RegisterModule("versioned", new Dictionary<string, object?> { ["version"] = 1L });
        using var scope = Python.CreateScope();
        Assert.Equal(1L, scope.Eval<long>("__import__('versioned').version"));
        Python.RegisterModule("versioned", new Dictionary<string, object?> { ["version"] = 2L });
        Assert.Equal(2L, scope.Eval<long>("__import__('versioned').version"));
        Assert.True(Python.UnregisterModule("versioned"));
        Assert.False(Python.UnregisterModule("versioned"));
        Assert.Throws<PyModuleNotFoundError>(() => scope.Run("import versioned"));
    }

    [Fact]
    public void DictionaryModule_IsLiveBothWays()
    {
        var members = new Dictionary<string, object?> { ["count"] = 1L };
        Python.RegisterModule("live", members);
        using var scope = Python.CreateScope();
        scope.Run("import live\nassert live.count == 1");
        members["count"] = 5L;
        members["added"] = "later";
        scope.Run("assert live.count == 5 and live.added == 'later'\nlive.count = 6\nlive.fresh = 'from python'");
        Assert.Equal(6L, members["count"]);
        Assert.Equal("from python", members["fresh"]);
        Python.UnregisterModule("live");
    }

    [Fact]
    public void BadModuleName_IsRefusedWithTheRule()
    {
        var error = Assert.Throws<ArgumentException>(() => Python.RegisterModule("not a name", new Dictionary<string, object?>()));
        Assert.Contains("dot-separated identifiers", error.Message);
    }

    [Fact]
    public void ModuleRegisteredBeforePythonStarts_IsImportable()
    {
        ChildProcess.Result result = TestHost.Run("module-before-start");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("False", result.Value("before"));
        Assert.Equal("42", result.Value("answer"));
    }
}
