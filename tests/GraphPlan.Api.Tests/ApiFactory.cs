using GraphPlan.Api.Security;
using GraphPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphPlan.Api.Tests;

/// <summary>The real host on the embedded store, in a fresh temporary file, loading the repository's seed at start.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string CuratorKey = "curator-key-for-tests";
    public const string ReaderKey = "reader-key-for-tests";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-api-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Kind", "embedded");
        builder.UseSetting("Store:Embedded:Path", Path.Combine(_folder, "graph.db"));
        builder.UseSetting("Seed:Path", RepositoryPaths.Seed);
        builder.UseSetting("Curation:Keys:0:Name", "alice");
        builder.UseSetting("Curation:Keys:0:Role", "curator");
        builder.UseSetting("Curation:Keys:0:Sha256", ApiKeyAuthenticationHandler.Hash(CuratorKey));
        builder.UseSetting("Curation:Keys:1:Name", "rita");
        builder.UseSetting("Curation:Keys:1:Role", "reader");
        builder.UseSetting("Curation:Keys:1:Sha256", ApiKeyAuthenticationHandler.Hash(ReaderKey));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TemporaryFolder.Delete(_folder);
        }
    }
}
