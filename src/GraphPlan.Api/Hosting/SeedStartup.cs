using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
using GraphPlan.Storage.Neo4j;

namespace GraphPlan.Api.Hosting;

/// <summary>
/// Loads the curated seed into the store on first start, when the store is empty. Runs as a hosted service,
/// which ASP.NET Core starts before the server accepts requests, so no request sees a half-loaded graph.
/// </summary>
public sealed partial class SeedStartup(IGraphStore store, IConfiguration configuration, ILogger<SeedStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (store is Neo4jGraphStore neo4j)
        {
            // Fail at start, with one message, rather than on the first request.
            await neo4j.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
            await neo4j.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }

        var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        if (stats.EntityCount > 0)
        {
            LogAlreadyLoaded(stats.EntityCount, stats.RelationshipCount);
            return;
        }

        var path = configuration["Seed:Path"] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "seed");
        var seed = SeedLoader.Load(path);
        await store.ImportAsync(seed.Graph, cancellationToken).ConfigureAwait(false);
        LogLoaded(path, seed.Graph.Entities.Count, seed.Graph.Relationships.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store holds {Entities} entities and {Relationships} relationships; seed not loaded")]
    private partial void LogAlreadyLoaded(int entities, int relationships);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the seed from {Path}: {Entities} entities, {Relationships} relationships")]
    private partial void LogLoaded(string path, int entities, int relationships);
}
