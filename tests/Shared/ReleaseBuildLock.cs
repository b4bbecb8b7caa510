using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Xunit;

namespace PyBind.Testing;

/// <summary>
/// One Release build of this repository's projects at a time, across test processes. `dotnet test` runs the test
/// assemblies side by side, and the end-to-end pack and the NativeAOT sample's publish both build the runtime into the
/// same bin/Release folders: overlapping, the pack once validated a runtime of another build's version (CP0003). The
/// lock is a file opened without sharing, which the system releases when its process ends, however it ends.
/// </summary>
public static class ReleaseBuildLock
{
    public static IDisposable Acquire(string repository)
    {
        string path = Path.Combine(repository, "artifacts", "release-build.lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        for (var waited = Stopwatch.StartNew(); ; Thread.Sleep(200))
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < HangGuard.Limit * 6)
            {
                // Another test process is building; its build ends by itself.
            }
            catch (IOException exception)
            {
                Assert.Fail($"Another Release build of {repository} held {path} for {(HangGuard.Limit * 6).TotalMinutes} minutes: hung? ({exception.Message})");
            }
        }
    }
}
