using GraphPlan.Core.Seed;
using GraphPlan.Storage.Embedded;
using GraphPlan.Testing;

namespace GraphPlan.Search.Tests;

/// <summary>The curated plan in an embedded store (in a temporary folder), shared by the search tests of a class.</summary>
public sealed class PlanSearchFixture : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-search-tests", Guid.NewGuid().ToString("N"));

    public PlanSearchFixture()
    {
        Store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = Path.Combine(_folder, "graph.db") });
        Store.ImportAsync(SeedLoader.Load(RepositoryPaths.Seed).Graph).GetAwaiter().GetResult();
    }

    public EmbeddedGraphStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        TemporaryFolder.Delete(_folder);
    }
}
