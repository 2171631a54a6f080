using System.Diagnostics;
using GraphPlan.Core.Search;
using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
using GraphPlan.Search;

namespace GraphPlan.Api.Storage;

/// <summary>
/// Readies the store before the server accepts requests: runs the store's own start-up checks
/// (<see cref="IGraphStoreStartup"/>: Neo4j answers and has its schema), then loads the curated seed into an empty store. Nothing is served from a half-loaded graph.
/// </summary>
public static partial class SeedStartup
{
    /// <summary>From this many entities on, the memory freed by loading is handed back to the system (a full, compacting collection).</summary>
    private const int LargeGraph = 10_000;

    public static async Task PrepareStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var started = Stopwatch.GetTimestamp();
        var store = app.Services.GetRequiredService<IGraphStore>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SeedStartup).FullName!);
        foreach (var startup in app.Services.GetServices<IGraphStoreStartup>())
        {
            await startup.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        if (stats.EntityCount > 0)
        {
            var heap = HeapAfterCollecting(stats.EntityCount >= LargeGraph, handBack: false);
            LogAlreadyLoaded(logger, stats.EntityCount, stats.RelationshipCount, Stopwatch.GetElapsedTime(started).TotalMilliseconds, heap >> 20);
            WarmUpSearch(app, logger, stats.EntityCount >= LargeGraph);
            return;
        }

        var path = app.Configuration["Seed:Path"] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "seed");
        var seed = SeedLoader.Load(path);
        await store.ImportAsync(seed.Graph, cancellationToken).ConfigureAwait(false);
        LogLoaded(logger, path, seed.Graph.Entities.Count, seed.Graph.Relationships.Count);
        WarmUpSearch(app, logger, seed.Graph.Entities.Count >= LargeGraph);
    }

    /// <summary>
    /// Builds the search indexes in the background once the server has started: a search that arrives first waits for
    /// the build instead of doing it within its own time budget.
    /// </summary>
    private static void WarmUpSearch(WebApplication app, ILogger logger, bool large)
    {
        var services = app.Services;
        // Started once the server listens: at a million entities the build takes both cores for a minute, and the
        // server's own start (binding, the first requests' compilation) should not wait behind it.
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                // Resolved here: a store that does not search (a test double) only loses the warm-up, not the host.
                var search = services.GetRequiredService<ISearchIndex>();
                var passages = services.GetRequiredService<IPassageIndex>();
                var started = Stopwatch.GetTimestamp();
                await search.SearchAsync(new SearchRequest("港区")).ConfigureAwait(false);
                if (passages is LucenePassageIndex index)
                {
                    await index.WarmUpAsync().ConfigureAwait(false);
                }

                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogSearchReady(logger, elapsed, HeapAfterCollecting(large, handBack: true) >> 20);
            }
#pragma warning disable CA1031 // A failed warm-up only means the first search builds the index; it must not stop the host.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogSearchWarmUpFailed(logger, ex);
            }
        }));
    }

    /// <summary>
    /// Loading a large graph (or indexing it) leaves most of what it allocated as garbage among what stays, and the
    /// collector keeps that memory committed: at a million entities over a gigabyte beyond the live heap. For a
    /// <paramref name="large"/> graph, one full blocking collection when the burst is over. Right after the load it is
    /// on the way to the first request, so it frees without moving the graph (at a million entities about half the time
    /// of a compacting one, the working set within 1.5 GiB); after the search build, while serving, it is the
    /// aggressive, compacting one that hands the memory back to the system (<paramref name="handBack"/>).
    /// Returns the managed heap.
    /// </summary>
    private static long HeapAfterCollecting(bool large, bool handBack)
    {
        if (large)
        {
            GC.Collect(GC.MaxGeneration, handBack ? GCCollectionMode.Aggressive : GCCollectionMode.Forced, blocking: true, compacting: handBack);
        }

        return GC.GetTotalMemory(forceFullCollection: false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search indexes built in {Milliseconds} ms; managed heap {HeapMiB} MiB")]
    private static partial void LogSearchReady(ILogger logger, double milliseconds, long heapMiB);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search indexes not built at start; the first search builds them")]
    private static partial void LogSearchWarmUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store holds {Entities} entities and {Relationships} relationships; seed not loaded; store ready in {Milliseconds} ms; managed heap {HeapMiB} MiB")]
    private static partial void LogAlreadyLoaded(ILogger logger, int entities, int relationships, double milliseconds, long heapMiB);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the seed from {Path}: {Entities} entities, {Relationships} relationships")]
    private static partial void LogLoaded(ILogger logger, string path, int entities, int relationships);
}
