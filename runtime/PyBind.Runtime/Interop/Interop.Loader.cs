using System.Runtime.InteropServices;

namespace PyBind;

internal static unsafe partial class Interop
{
    /// <summary>
    /// The platform loader. libpython must be loaded with RTLD_GLOBAL: C extension modules (numpy's among them) do not
    /// link against libpython and expect its symbols to be global. <see cref="NativeLibrary.Load(string)"/> uses RTLD_LOCAL.
    /// </summary>
    internal static partial class Loader
    {
        internal const int RTLD_NOW = 0x002;
        internal const int RTLD_GLOBAL_LINUX = 0x100;
        internal const int RTLD_GLOBAL_MACOS = 0x8;

        // glibc 2.34+ has dlopen in libc; older ones only in libdl. Both are tried.
        [LibraryImport("libc.so.6", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint DlopenLibc(string path, int flags);

        [LibraryImport("libdl.so.2", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint DlopenLibdl(string path, int flags);

        [LibraryImport("libc.so.6", EntryPoint = "dlerror")]
        internal static partial byte* DlerrorLibc();

        [LibraryImport("libdl.so.2", EntryPoint = "dlerror")]
        internal static partial byte* DlerrorLibdl();

        [LibraryImport("/usr/lib/libSystem.B.dylib", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint DlopenMacOS(string path, int flags);

        [LibraryImport("/usr/lib/libSystem.B.dylib", EntryPoint = "dlerror")]
        internal static partial byte* DlerrorMacOS();
    }
}
