using GraphPlan.Core.Store;
using GraphPlan.Testing;
using Microsoft.Extensions.Options;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>
/// The shared store contract, run on a real Neo4j when GRAPHPLAN_NEO4J_URI names one (with GRAPHPLAN_NEO4J_USER,
/// _PASSWORD, _DATABASE as needed); the database's graph, audit trail and audit counter are deleted before each
/// test, so the suite passes run after run. Skipped otherwise.
/// </summary>
public sealed class Neo4jGraphStoreTests : GraphStoreContractTests, IDisposable
{
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    protected override string? SkipReason =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Neo4jEnvironment.Uri))
            ? "GRAPHPLAN_NEO4J_URI is not set: no Neo4j server to run the contract against"
            : null;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var options = new Neo4jOptions();
        Neo4jEnvironment.Apply(options, Environment.GetEnvironmentVariable);
        var store = new Neo4jGraphStore(new Neo4jQueryClient(_http, Options.Create(options)));
        await store.VerifyConnectivityAsync();
        await store.EnsureSchemaAsync();
        await store.ResetAsync();
        return store;
    }

    protected override Task DisposeStoreAsync(IGraphStore store) => Task.CompletedTask;
}
