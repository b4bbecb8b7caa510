using System;
using PyBind.Callbacks;

namespace PyBind;

public partial class Python
{
    /// <summary>
    /// A Python function taking any arguments (<c>*args, **kwargs</c>), calling <paramref name="function"/> with a view of
    /// them; the result is converted by its run-time type. The typed overloads (<c>Function&lt;T1, TResult&gt;</c>) check
    /// and convert the arguments themselves.
    /// </summary>
    /// <param name="function">The delegate.</param>
    /// <param name="name">The function's <c>__name__</c>.</param>
    public static PyObject Function(PyVariadicFunction function, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        using GilScope gil = Gil.Acquire();
        return new PyObject(VariadicCallable.Create(function, name), PyOwnership.Steal);
    }

    private static PyObject NewFunction<TDelegate>(DelegateBridge<TDelegate> bridge, TDelegate function, string? name)
        where TDelegate : Delegate
    {
        ArgumentNullException.ThrowIfNull(function);
        using GilScope gil = Gil.Acquire();
        return new PyObject(bridge.ToPython(function, name), PyOwnership.Steal);
    }
}
