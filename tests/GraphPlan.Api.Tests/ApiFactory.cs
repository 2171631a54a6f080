using GraphPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphPlan.Api.Tests;

/// <summary>The real host on the embedded store, in a fresh temporary file, loading the repository's seed at start.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-api-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Kind", "embedded");
        builder.UseSetting("Store:Embedded:Path", Path.Combine(_folder, "graph.db"));
        builder.UseSetting("Seed:Path", RepositoryPaths.Seed);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
