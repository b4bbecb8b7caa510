using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PyBind.Benchmarks -- --filter '*'   (run-benchmarks.sh adds the C floor and the table)
BenchmarkSwitcher.FromAssembly(typeof(PyBind.Benchmarks.CallBenchmarks).Assembly).Run(args);
