using GraphPlan.Core.Store;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Embedded.Tests;

/// <summary>The shared store contract, run on the embedded store.</summary>
public sealed class EmbeddedGraphStoreTests : GraphStoreContractTests, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override Task<IGraphStore> CreateEmptyStoreAsync() => Task.FromResult<IGraphStore>(_database.Open());
}
