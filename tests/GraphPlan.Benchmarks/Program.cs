using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GraphPlan.Benchmarks;

// import SIZE [DB]: time and memory to import a graph into an empty store (DB kept when given).
// startup DB: time and memory to open a store that already holds a graph.
// anything else: BenchmarkDotNet (e.g. --filter '*'); sizes from GRAPHPLAN_BENCH_SIZES (default seed,1k,10k,100k).
if (args is ["import", var size, ..])
{
    return await LoadMeasurements.ImportAsync(size, args.Length > 2 ? args[2] : null).ConfigureAwait(false);
}

// floor URL FOLDER: the bare Kestrel endpoint of the load run (see FloorServer and tests/GraphPlan.LoadTest/run-load.sh).
if (args is ["floor", var url, var folder])
{
    return await FloorServer.RunAsync(url, folder).ConfigureAwait(false);
}

// cpu SIZE OPERATION [COUNT]: CPU time and allocation per request of one GraphQL operation (see CpuMeasurement).
if (args is ["cpu", var cpuSize, var operation, ..])
{
    return await CpuMeasurement.RunAsync(cpuSize, operation, args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 100).ConfigureAwait(false);
}

if (args is ["startup", var database])
{
    return await LoadMeasurements.StartupAsync(database).ConfigureAwait(false);
}

// In process: a graph is built once per size and shared by every benchmark of that size (a million entities take
// about a minute to import). GRAPHPLAN_BENCH_ITERATIONS makes a short job for the largest graphs: fewer iterations,
// one warm-up, and no forced full GC between iterations (a full GC of a 2 GiB heap would dominate the run time).
var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(5);
if (int.TryParse(Environment.GetEnvironmentVariable("GRAPHPLAN_BENCH_ITERATIONS"), out var iterations))
{
    job = job.WithIterationCount(iterations).WithWarmupCount(1).WithGcForce(false);
}

var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(StoreBenchmarks).Assembly).Run(args, config);
return 0;
