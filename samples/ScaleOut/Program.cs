using System.Globalization;
using PyBind;

// Spreads work over a Dask cluster through typed bindings of distributed — Client.map of plain Python, Client.submit of
// numpy work, Client.gather — and checks every answer against the same call made here, in this process.
//   dotnet run --project samples/ScaleOut                        a LocalCluster on loopback: a scheduler, two worker processes
//   dotnet run --project samples/ScaleOut -- tcp://host:8786     the cluster of that scheduler instead
string? schedulerAddress = args.Length > 0 ? args[0] : null;

Dask.LocalCluster? cluster = schedulerAddress is null
    ? new Dask.LocalCluster(nWorkers: 2, threadsPerWorker: 1, processes: true, host: "127.0.0.1", dashboardAddress: null)
    : null;
try
{
    using var client = new Dask.Client(schedulerAddress ?? (object?)cluster);
    try
    {
        Run(client);
    }
    finally
    {
        client.Close().Dispose();
    }
}
finally
{
    // LocalCluster.close is distributed.deploy's Cluster's, a base that distributed does not export (declared hidden).
    cluster?.Close().Dispose();
    cluster?.Dispose();
}

static void Run(Dask.Client client)
{
    // The workers import work.py by name; upload_file sends it to every worker, on this machine or another.
    client.UploadFile(Path.Combine(AppContext.BaseDirectory, "work.py")).Dispose();
    using PyObject info = client.SchedulerInfo();
    using PyObject workers = info["workers"];
    Console.WriteLine($"workers: {workers.Count}");
    using PyObject work = Python.Import("work");

    // Client.map: one task per number, spread over the workers; gather brings the answers back in order.
    long[] numbers = [27, 97, 871, 6171, 77031, 837799];
    using PyObject collatzSteps = work.GetAttr("collatz_steps");
    using PyObject steps = client.Map(collatzSteps, numbers);
    using PyObject gathered = client.Gather(steps);
    long[] remote = gathered.As<long[]>();
    Report($"collatz_steps over [{Join(numbers)}]", $"[{Join(remote)}]", remote.SequenceEqual(numbers.Select(Work.CollatzSteps)));

    // Client.submit: numpy work, one task each; the futures are gathered together.
    using PyObject monteCarloPi = work.GetAttr("monte_carlo_pi");
    using PyObject spectralRadius = work.GetAttr("spectral_radius");
    using PyObject estimate = client.Submit(monteCarloPi, 2024L, 1_000_000L);
    using PyObject radius = client.Submit(spectralRadius, 7L, 300L);
    using PyObject both = client.Gather(new[] { estimate, radius });
    (double pi, double largest) = both.As<(double, double)>();
    Report("monte_carlo_pi(seed=2024, samples=1000000)", Format(pi), pi == Work.MonteCarloPi(2024, 1_000_000));
    Report("spectral_radius(seed=7, size=300)", Format(largest), largest == Work.SpectralRadius(7, 300));
}

static void Report(string call, string answer, bool sameHere) =>
    Console.WriteLine($"{call} = {answer} {(sameHere ? "(the same here)" : "(DIFFERENT here)")}");

static string Join(IEnumerable<long> values) => string.Join(", ", values);

static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

[PyImport("distributed")] static partial class Dask;
[PyImport("work")] static partial class Work;
