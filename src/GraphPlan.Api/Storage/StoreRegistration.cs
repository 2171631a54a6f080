using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
using GraphPlan.Search;
using GraphPlan.Storage.Embedded;
using GraphPlan.Storage.Neo4j;

namespace GraphPlan.Api.Storage;

/// <summary>
/// Adds the store named by <c>Store:Kind</c>: <c>embedded</c> (the default) or <c>neo4j</c>. Each store registers
/// itself, its options and its start-up checks (<see cref="IGraphStoreStartup"/>); the host knows only the contract.
/// </summary>
public static class StoreRegistration
{
    public static IServiceCollection AddGraphPlanStore(this IServiceCollection services, IConfiguration configuration)
    {
        var kind = configuration["Store:Kind"] ?? "embedded";
        _ = kind.ToLowerInvariant() switch
        {
            "embedded" => services.AddEmbeddedGraphStore(configuration),
            "neo4j" => services.AddNeo4jGraphStore(configuration),
            _ => throw new InvalidOperationException($"Store:Kind '{kind}' is not supported; use 'embedded' or 'neo4j'."),
        };

        var generation1Limit = Generation1Limit.Bytes(configuration);
        services.AddHostedService(_ => new Generation1Limit(generation1Limit));

        // Both stores search; the contract is resolved on its own so GraphQL needs no store type.
        services.AddSingleton(sp => sp.GetRequiredService<IGraphStore>() as ISearchIndex
            ?? throw new InvalidOperationException($"{sp.GetRequiredService<IGraphStore>().GetType().Name} does not implement search"));
        services.AddSingleton<IPassageIndex>(sp => new LucenePassageIndex(PlanTextPath(configuration), sp.GetRequiredService<IGraphStore>()));
        return services;
    }

    /// <summary>The plan text beside the seed the host loads (Seed:Path, or the seed copied next to the binaries).</summary>
    public static string PlanTextPath(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var seed = configuration["Seed:Path"] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "seed");
        return Path.Combine(seed, "source", "jiaxing-port-14th-five-year-plan.txt");
    }
}
