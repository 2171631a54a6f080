using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
using GraphPlan.Search;
using GraphPlan.Storage.Embedded;
using GraphPlan.Storage.Neo4j;

namespace GraphPlan.Api.Hosting;

/// <summary>Chooses the graph store from configuration: <c>Store:Kind</c> is <c>embedded</c> (the default) or <c>neo4j</c>.</summary>
public static class StoreRegistration
{
    public static IServiceCollection AddGraphPlanStore(this IServiceCollection services, IConfiguration configuration)
    {
        var kind = configuration["Store:Kind"] ?? "embedded";
        switch (kind.ToLowerInvariant())
        {
            case "embedded":
                var options = configuration.GetSection(EmbeddedStoreOptions.Section).Get<EmbeddedStoreOptions>() ?? new EmbeddedStoreOptions();
                // A relative path is the application's (its content root), never the working directory's.
                services.AddSingleton<IGraphStore>(sp => new EmbeddedGraphStore(new EmbeddedStoreOptions
                {
                    Path = Path.GetFullPath(options.Path, sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
                }));
                break;
            case "neo4j":
                services.AddNeo4jGraphStore(configuration);
                break;
            default:
                throw new InvalidOperationException($"Store:Kind '{kind}' is not supported; use 'embedded' or 'neo4j'.");
        }

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
