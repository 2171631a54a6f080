using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Neo4j;

/// <summary>Before serving: Neo4j answers (with the configured credentials) and has GraphPlan's constraints and indexes.</summary>
public sealed class Neo4jStartup(Neo4jGraphStore store) : IGraphStoreStartup
{
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await store.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
        await store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
    }
}
