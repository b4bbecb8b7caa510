using System;
using Python.Runtime;
using Xunit;
using PythonnetObject = Python.Runtime.PyObject;

namespace PyBind.Pythonnet.Tests;

/// <summary>
/// Objects converted between pythonnet and PyBind are the same Python objects (Python's own <c>id</c>), each side
/// holding one reference of its own (Python's own <c>sys.getrefcount</c>), in a process where pythonnet started Python.
/// </summary>
[Collection(PythonnetGroup.Name)]
public class PythonnetConversionsTests
{
    [Fact]
    public void ToPyBind_IsTheSameObject_HoldingOneReferenceUntilDisposed()
    {
        using (Py.GIL())
        {
            using PythonnetObject list = PythonEngine.Eval("[1, 2, 3]");
            long before = RefCount(list);
            using (PyObject converted = list.ToPyBind())
            {
                Assert.Equal(before + 1, RefCount(list));
                Assert.Equal(Id(list), IdInPyBind(converted));
                converted.CallMethod("append", 4L).Dispose();
                Assert.Equal(4, list.Length());
            }
            Assert.Equal(before, RefCount(list));
        }
    }

    [Fact]
    public void ToPythonnet_IsTheSameObject_HoldingOneReferenceUntilDisposed()
    {
        using PyObject value = CPython.Eval("{'answer': 42}");
        long before = RefCountInPyBind(value);
        using (Py.GIL())
        {
            using (PythonnetObject converted = value.ToPythonnet())
            {
                Assert.Equal(before + 1, RefCountInPyBind(value));
                Assert.Equal(IdInPyBind(value), Id(converted));
                Assert.Equal(42, converted["answer"].As<int>());
            }
            Assert.Equal(before, RefCountInPyBind(value));
        }
    }

    [Fact]
    public void ToPyBindOfAType_ConvertsAsPyBindDoes()
    {
        using (Py.GIL())
        {
            using PythonnetObject big = PythonEngine.Eval("2 ** 40");
            using PythonnetObject text = PythonEngine.Eval("'naïve ' * 2");
            Assert.Equal(1L << 40, big.ToPyBind<long>());
            Assert.Equal("naïve naïve ", text.ToPyBind<string>());
        }
    }

    [Fact]
    public void DisposedObjects_AreRefusedOnBothSides()
    {
        PythonnetObject gone;
        using (Py.GIL())
        {
            gone = PythonEngine.Eval("object()");
            gone.Dispose();
        }
        Assert.Throws<ObjectDisposedException>(() => gone.ToPyBind());
        PyObject disposed = CPython.Eval("object()");
        disposed.Dispose();
        Assert.Throws<ObjectDisposedException>(() => disposed.ToPythonnet());
    }

    [NumpyFact]
    public void PythonnetArray_AsAGeneratedWrapper_SharesItsMemory()
    {
        using (Py.GIL())
        {
            dynamic np = Py.Import("numpy");
            using PythonnetObject array = np.arange(5.0);
            using Np.Ndarray wrapper = array.ToPyBind<Np.Ndarray>();
            array[0] = new PyFloat(42.0);
            using PyBuffer buffer = wrapper.GetBuffer();
            Assert.Equal(new[] { 42.0, 1, 2, 3, 4 }, buffer.AsReadOnlySpan<double>().ToArray());
            using PyObject sum = Np.Sum(wrapper);
            Assert.Equal(array.InvokeMethod("sum").As<double>(), sum.As<double>());
        }
    }

    [NumpyFact]
    public void NotAnInstanceOfTheWrappersClass_IsAClearConversionError()
    {
        using (Py.GIL())
        {
            using PythonnetObject list = PythonEngine.Eval("[1.0, 2.0]");
            var error = Assert.Throws<PyConversionException>(() => list.ToPyBind<Np.Ndarray>());
            Assert.Equal("list", error.PythonTypeName);
        }
    }

    [NumpyFact]
    public void WithTheCodec_PythonnetPassesPyBindObjectsAsThemselves_AndDecodesWrappers()
    {
        using Np.Ndarray array = Np.Arange(4.0);
        using (Py.GIL())
        {
            dynamic np = Py.Import("numpy");
            dynamic builtins = Py.Import("builtins");
            Assert.Equal(IdInPyBind(array), (long)builtins.id(array));
            Assert.Equal(6.0, (double)np.sum(array));
            using PythonnetObject made = np.linspace(0.0, 1.0, 3);
            using Np.Ndarray decoded = made.As<Np.Ndarray>();
            Assert.Equal(Id(made), IdInPyBind(decoded));
        }
    }

    /// <summary><c>sys.getrefcount(value)</c>, asked through pythonnet, less the reference of the call's own argument.</summary>
    private static long RefCount(PythonnetObject value)
    {
        using PythonnetObject sys = Py.Import("sys");
        return sys.InvokeMethod("getrefcount", value).As<long>() - 1;
    }

    /// <summary><c>sys.getrefcount(value)</c>, asked through PyBind, less the reference of the call's own argument.</summary>
    private static long RefCountInPyBind(PyObject value)
    {
        using PyObject sys = CPython.Import("sys");
        using PyObject getRefCount = sys.GetAttr("getrefcount");
        return getRefCount.Call<long>(value) - 1;
    }

    private static long Id(PythonnetObject value)
    {
        using PythonnetObject builtins = Py.Import("builtins");
        return builtins.InvokeMethod("id", value).As<long>();
    }

    private static long IdInPyBind(PyObject value)
    {
        using PyObject builtins = CPython.Import("builtins");
        using PyObject id = builtins.GetAttr("id");
        return id.Call<long>(value);
    }
}

[PyImport("numpy")] public static partial class Np;
