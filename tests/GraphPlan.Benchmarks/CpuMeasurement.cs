using System.Diagnostics;

namespace GraphPlan.Benchmarks;

/// <summary>
/// CPU time of one GraphQL operation per request, the process's (so garbage collection counts): on a machine shared
/// with other work, wall time is noisy but the CPU a request costs is not.
/// </summary>
public static class CpuMeasurement
{
    public static async Task<int> RunAsync(string size, string operation, int count)
    {
        var benchmark = new GraphQLBenchmarks { Size = size, Operation = operation };
        benchmark.Setup();
        for (var i = 0; i < Math.Max(5, count / 10); i++)
        {
            await benchmark.Execute().ConfigureAwait(false);
        }

        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await benchmark.Execute().ConfigureAwait(false);
        }

        clock.Stop();
        process.Refresh();
        var perRequest = (process.TotalProcessorTime - cpu).TotalMilliseconds / count;
        Console.WriteLine(
            $"cpu size={size} operation={operation} requests={count} cpu_ms_per_request={perRequest:F3} wall_ms_per_request={clock.Elapsed.TotalMilliseconds / count:F3} " +
            $"allocated_kib_per_request={(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / count:F1} gen0_collections={GC.CollectionCount(0) - collections}");
        return 0;
    }
}
