using GraphPlan.Core.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphPlan.Storage.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a singleton <see cref="Neo4jGraphStore"/>. Options come from the
    /// <c>Store:Neo4j</c> section, then from GRAPHPLAN_NEO4J_URI / _USER / _PASSWORD / _DATABASE when those are set.
    /// The HTTP client is a typed client whose pooled connections are recycled (it lives as long as the singleton);
    /// retries and per-attempt timeouts are the client's Polly pipeline, because only the response body tells a
    /// transient Neo4j error from a client error. Its start-up check (<see cref="Neo4jStartup"/>) is an <see cref="IGraphStoreStartup"/>.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.Section))
            .PostConfigure(options => Neo4jEnvironment.Apply(options, Environment.GetEnvironmentVariable))
            .Validate(options => options.Uri is { IsAbsoluteUri: true }, $"Neo4j is not configured: set {Neo4jOptions.Section}:Uri (or {Neo4jEnvironment.Uri}), e.g. http://localhost:7474.");

        services.AddHttpClient<Neo4jQueryClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddSingleton(provider => new Neo4jGraphStore(provider.GetRequiredService<Neo4jQueryClient>()));
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IGraphStoreStartup, Neo4jStartup>();
        return services;
    }
}
