using System.Diagnostics;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
using GraphPlan.Generation;
using GraphPlan.Storage.Embedded;

namespace GraphPlan.Benchmarks;

/// <summary>Import and start-up of the embedded store: wall time and memory, one measurement per process.</summary>
public static class LoadMeasurements
{
    public static async Task<int> ImportAsync(string size, string? keep)
    {
        var graph = size == "seed" ? SeedLoader.Load(Path.Combine(BenchmarkGraph.RepositoryRoot, "seed")).Graph : PlanGraphGenerator.Generate(BenchmarkGraph.Entities(size), seed: 1);
        var folder = Path.Combine(Path.GetTempPath(), "graphplan-bench", Guid.NewGuid().ToString("N"));
        var path = keep ?? Path.Combine(folder, "graph.db");
        if (File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"{path} exists; give a new file").ConfigureAwait(false);
            return 1;
        }

        var before = Process.GetCurrentProcess().WorkingSet64;
        var clock = Stopwatch.StartNew();
        using (var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = path }))
        {
            await store.ImportAsync(graph).ConfigureAwait(false);
            clock.Stop();
            var process = Process.GetCurrentProcess();
            Console.WriteLine(
                $"import size={size} entities={graph.Entities.Count} relationships={graph.Relationships.Count} seconds={clock.Elapsed.TotalSeconds:F2} " +
                $"working_set_before_mib={Mib(before)} peak_working_set_mib={Mib(process.PeakWorkingSet64)} managed_heap_after_gc_mib={Mib(GC.GetTotalMemory(forceFullCollection: true))} " +
                $"file_mib={Mib(new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0))}");
        }

        if (keep is null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    public static async Task<int> StartupAsync(string path)
    {
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"no store at {path}").ConfigureAwait(false);
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = path });
        var opened = clock.Elapsed;
        var openCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var openPause = GC.GetTotalPauseDuration() - pauseBefore;
        var openAllocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var collections = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        var stats = await store.GetStatisticsAsync().ConfigureAwait(false);
        clock.Restart();
        await store.FindEntitiesAsync(new EntityQuery { Kinds = [EntityKind.Project], Limit = 50 }).ConfigureAwait(false);
        var firstPage = clock.Elapsed;
        clock.Restart();
        await store.FindEntitiesAsync(new EntityQuery { Kinds = [EntityKind.Project], Offset = 50, Limit = 50 }).ConfigureAwait(false);
        var secondPage = clock.Elapsed;
        var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"startup entities={stats.EntityCount} relationships={stats.RelationshipCount} seconds={opened.TotalSeconds:F2} " +
            $"cpu_seconds={openCpu.TotalSeconds:F2} gc_pause_seconds={openPause.TotalSeconds:F2} allocated_mib={Mib(openAllocated)} collections_gen0/1/2={collections} " +
            $"first_project_page_ms={firstPage.TotalMilliseconds:F0} next_page_ms={secondPage.TotalMilliseconds:F3} " +
            $"working_set_mib={Mib(process.WorkingSet64)} peak_working_set_mib={Mib(process.PeakWorkingSet64)} managed_heap_after_gc_mib={Mib(GC.GetTotalMemory(forceFullCollection: true))}");
        return 0;
    }

    private static long Mib(long bytes) => bytes / (1024 * 1024);
}
