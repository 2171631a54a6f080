using GraphPlan.Api.Security;
using GraphPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphPlan.Api.Tests.ChangeFeed;

/// <summary>The real host on a fresh embedded store, with curator and reader keys and the given change-feed settings.</summary>
public sealed class ChangeFeedApiFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-api-tests", Guid.NewGuid().ToString("N"));

    public ChangeFeedApiFactory()
        : this(null)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Kind", "embedded");
        builder.UseSetting("Store:Embedded:Path", Path.Combine(_folder, "graph.db"));
        builder.UseSetting("Seed:Path", RepositoryPaths.Seed);
        builder.UseSetting("Curation:Keys:0:Name", "alice");
        builder.UseSetting("Curation:Keys:0:Role", "curator");
        builder.UseSetting("Curation:Keys:0:Sha256", ApiKeyAuthenticationHandler.Hash(ApiFactory.CuratorKey));
        builder.UseSetting("Curation:Keys:1:Name", "rita");
        builder.UseSetting("Curation:Keys:1:Role", "reader");
        builder.UseSetting("Curation:Keys:1:Sha256", ApiKeyAuthenticationHandler.Hash(ApiFactory.ReaderKey));
        builder.UseSetting("ChangeFeed:PollInterval", "00:00:00.500");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
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
