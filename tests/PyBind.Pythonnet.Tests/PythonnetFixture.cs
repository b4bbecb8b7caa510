using Python.Runtime;
using Xunit;

namespace PyBind.Pythonnet.Tests;

/// <summary>
/// pythonnet starts Python in this test process, once, as a pythonnet program does (and gives the GIL up); PyBind
/// attaches to that interpreter. The codec is registered for the tests that pass PyBind objects to pythonnet.
/// </summary>
public sealed class PythonnetFixture
{
    public PythonnetFixture()
    {
        if (!PythonEngine.IsInitialized)
        {
            Runtime.PythonDLL = CPython.Locate().LibraryPath;
            PythonEngine.Initialize();
            PythonEngine.BeginAllowThreads();
        }
        PyBindCodec.Register();
    }
}

[CollectionDefinition(Name)]
public sealed class PythonnetGroup : ICollectionFixture<PythonnetFixture>
{
    public const string Name = "pythonnet in this process";
}
