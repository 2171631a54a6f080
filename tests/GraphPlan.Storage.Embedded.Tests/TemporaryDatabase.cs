using GraphPlan.Testing;
namespace GraphPlan.Storage.Embedded.Tests;

/// <summary>A database file in a fresh temporary folder, removed with the folder.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graphplan-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "graph.db");

    public EmbeddedGraphStore Open() => new(new EmbeddedStoreOptions { Path = Path });

    public void Dispose()
    {
        TemporaryFolder.Delete(_folder);
    }
}
