using System.Diagnostics;
using GraphPlan.Core.Search;
using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
using GraphPlan.Search;
using GraphPlan.Storage.Neo4j;

namespace GraphPlan.Api.Hosting;

/// <summary>
/// Readies the store before the server accepts requests: checks that Neo4j answers and has its schema,
/// then loads the curated seed into an empty store. Nothing is served from a half-loaded graph.
/// </summary>
public static partial class SeedStartup
{
    public static async Task PrepareStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var store = app.Services.GetRequiredService<IGraphStore>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SeedStartup).FullName!);
        // Resolved by its own type: the IGraphStore the app uses may wrap it (telemetry).
        if (app.Services.GetService<Neo4jGraphStore>() is { } neo4j)
        {
            await neo4j.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
            await neo4j.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        if (stats.EntityCount > 0)
        {
            LogAlreadyLoaded(logger, stats.EntityCount, stats.RelationshipCount);
            WarmUpSearch(app, logger);
            return;
        }

        var path = app.Configuration["Seed:Path"] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "seed");
        var seed = SeedLoader.Load(path);
        await store.ImportAsync(seed.Graph, cancellationToken).ConfigureAwait(false);
        LogLoaded(logger, path, seed.Graph.Entities.Count, seed.Graph.Relationships.Count);
        WarmUpSearch(app, logger);
    }

    /// <summary>
    /// Builds the search indexes in the background: the server starts at once, and a search that arrives first waits for
    /// the build instead of doing it within its own time budget.
    /// </summary>
    private static void WarmUpSearch(WebApplication app, ILogger logger)
    {
        var services = app.Services;
        _ = Task.Run(async () =>
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

                LogSearchReady(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
#pragma warning disable CA1031 // A failed warm-up only means the first search builds the index; it must not stop the host.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogSearchWarmUpFailed(logger, ex);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search indexes built in {Milliseconds} ms")]
    private static partial void LogSearchReady(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search indexes not built at start; the first search builds them")]
    private static partial void LogSearchWarmUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store holds {Entities} entities and {Relationships} relationships; seed not loaded")]
    private static partial void LogAlreadyLoaded(ILogger logger, int entities, int relationships);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the seed from {Path}: {Entities} entities, {Relationships} relationships")]
    private static partial void LogLoaded(ILogger logger, string path, int entities, int relationships);
}
