using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind;

/// <summary>
/// numpy's own stubs declare an ndarray where numpy returns a numpy scalar: a ufunc of a 0-d array gives a
/// <c>numpy.float64</c>, not a 0-d array (<c>np.sin(np.array(0.5))</c>). Where a binding declares <c>numpy.ndarray</c>
/// and meets such a scalar, it takes the 0-d array <c>numpy.asarray</c> makes of it: same value, same dtype, so the
/// declared type holds instead of a conversion error.
/// </summary>
internal static unsafe class NumpyScalars
{
    private const string NdarrayName = "numpy.ndarray";
    private static readonly PyModuleMember s_generic = new("numpy", "generic");

    /// <summary>
    /// A new reference to the 0-d array of <paramref name="obj"/> when it is a numpy scalar and <paramref name="declared"/>
    /// is <c>numpy.ndarray</c> (numpy is imported then, as the declared type was looked up); otherwise 0. The caller holds
    /// the GIL and calls this only once <paramref name="obj"/> failed the declared type's check.
    /// </summary>
    internal static nint AsZeroDimensionalArray(nint obj, PyModuleMember declared)
    {
        if (declared.QualifiedName != NdarrayName)
            return 0;
        int isScalar = PyObject_IsInstance(obj, s_generic.Handle);
        if (isScalar < 0)
            PythonErrors.ThrowCurrent();
        return isScalar == 0 ? 0 : PyArray.Asarray(obj);
    }
}
