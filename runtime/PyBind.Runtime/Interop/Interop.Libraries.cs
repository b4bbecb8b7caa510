namespace PyBind;

internal static partial class Interop
{
    internal static class Libraries
    {
        /// <summary>
        /// Placeholder for libpython. Which file that is gets decided at run time by <see cref="Hosting.PythonLocator"/>;
        /// <see cref="Hosting.PythonEngine"/> registers a DllImport resolver that maps this name to the loaded handle.
        /// </summary>
        internal const string Python = "libpython";
    }
}
