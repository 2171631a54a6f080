using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
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
        if (store is Neo4jGraphStore neo4j)
        {
            await neo4j.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
            await neo4j.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        if (stats.EntityCount > 0)
        {
            LogAlreadyLoaded(logger, stats.EntityCount, stats.RelationshipCount);
            return;
        }

        var path = app.Configuration["Seed:Path"] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "seed");
        var seed = SeedLoader.Load(path);
        await store.ImportAsync(seed.Graph, cancellationToken).ConfigureAwait(false);
        LogLoaded(logger, path, seed.Graph.Entities.Count, seed.Graph.Relationships.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store holds {Entities} entities and {Relationships} relationships; seed not loaded")]
    private static partial void LogAlreadyLoaded(ILogger logger, int entities, int relationships);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the seed from {Path}: {Entities} entities, {Relationships} relationships")]
    private static partial void LogLoaded(ILogger logger, string path, int entities, int relationships);
}
