using System;

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

        private static nint s_python;

        /// <summary>
        /// The loaded libpython, handed down by <see cref="Hosting.PythonEngine"/> as soon as it has loaded or found it:
        /// the resolver maps <see cref="Python"/> to it, and <see cref="Data"/> reads its exported variables.
        /// </summary>
        internal static nint PythonHandle
        {
            get => s_python != 0 ? s_python : throw new InvalidOperationException("libpython has not been loaded.");
            set => s_python = value;
        }

        /// <summary>The version of that libpython, handed down with the installation, before anything reads <see cref="Data"/>.</summary>
        internal static Version PythonVersion { get; set; } = new(0, 0);
    }
}
