using GraphPlan.Core.Store;
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

        return services;
    }
}
