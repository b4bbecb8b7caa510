namespace PyBind.Hosting;

/// <summary>
/// What the runtime does with the Python the engine runs, beyond starting and finalizing it: supplied by the layers
/// above Hosting (<c>RuntimeSetup</c>, at the root, when the assembly loads), so that Hosting finds, loads and starts
/// CPython without naming what runs on it.
/// </summary>
internal interface IRuntimeSetup
{
    /// <summary>
    /// Sets the runtime up on the Python just started or attached to, on the thread that did it, before any other thread
    /// may use it. <paramref name="startingThreadState"/> is the main thread state the interpreter's start left this
    /// thread, the GIL given up: 0 when Python was running already.
    /// </summary>
    void SetUp(PythonOptions? options, nint startingThreadState);

    /// <summary>Puts a folder first on <c>sys.path</c> (once); Python is running.</summary>
    void AddToSearchPath(string folder);

    /// <summary>Whether the calling thread is inside a GIL scope of the runtime (finalizing there would pull Python from under it).</summary>
    bool HoldsGil { get; }

    /// <summary>
    /// Whether another embedder (pythonnet) still uses the interpreter, so finalizing it is not the runtime's to do; the
    /// caller holds the GIL (taken without the runtime, which takes no new work while it shuts down).
    /// </summary>
    bool IsUsedElsewhere();
}
