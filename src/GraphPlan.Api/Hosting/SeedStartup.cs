using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;

namespace GraphPlan.Api.Hosting;

/// <summary>Loads the curated seed into the store on first start, when the store is empty.</summary>
public static class SeedStartup
{
    public static async Task SeedIfEmptyAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GraphPlan.Seed");
        var stats = await store.GetStatisticsAsync().ConfigureAwait(false);
        if (stats.EntityCount > 0)
        {
            logger.LogInformation("Store holds {Entities} entities and {Relationships} relationships; seed not loaded", stats.EntityCount, stats.RelationshipCount);
            return;
        }

        var path = app.Configuration["Seed:Path"] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "seed");
        var seed = SeedLoader.Load(path);
        await store.ImportAsync(seed.Graph).ConfigureAwait(false);
        logger.LogInformation("Loaded the seed from {Path}: {Entities} entities, {Relationships} relationships", path, seed.Graph.Entities.Count, seed.Graph.Relationships.Count);
    }
}
