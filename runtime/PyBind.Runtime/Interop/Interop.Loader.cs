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
        internal const int RTLD_NOLOAD_LINUX = 0x004;
        internal const int RTLD_NOLOAD_MACOS = 0x10;

        /// <summary><c>Dl_info</c>: what <c>dladdr</c> reports about an address (the same layout on Linux and macOS).</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct DlInfo
        {
            public byte* FileName;
            public nint FileBase;
            public byte* SymbolName;
            public nint SymbolAddress;
        }

        // glibc 2.34+ has dlopen in libc; older ones only in libdl. Both are tried.
        [LibraryImport("libc.so.6", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint DlopenLibc(string? path, int flags);

        [LibraryImport("libdl.so.2", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint DlopenLibdl(string? path, int flags);

        [LibraryImport("libc.so.6", EntryPoint = "dlerror")]
        internal static partial byte* DlerrorLibc();

        [LibraryImport("libdl.so.2", EntryPoint = "dlerror")]
        internal static partial byte* DlerrorLibdl();

        [LibraryImport("libc.so.6", EntryPoint = "dladdr")]
        internal static partial int DladdrLibc(nint address, DlInfo* info);

        [LibraryImport("libdl.so.2", EntryPoint = "dladdr")]
        internal static partial int DladdrLibdl(nint address, DlInfo* info);

        [LibraryImport("/usr/lib/libSystem.B.dylib", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint DlopenMacOS(string? path, int flags);

        [LibraryImport("/usr/lib/libSystem.B.dylib", EntryPoint = "dlerror")]
        internal static partial byte* DlerrorMacOS();

        [LibraryImport("/usr/lib/libSystem.B.dylib", EntryPoint = "dladdr")]
        internal static partial int DladdrMacOS(nint address, DlInfo* info);

        /// <summary>The handle of an already loaded module, or 0 (it does not load one).</summary>
        [LibraryImport("kernel32.dll", EntryPoint = "GetModuleHandleW", StringMarshalling = StringMarshalling.Utf16)]
        internal static partial nint GetModuleHandleWindows(string name);
    }
}
