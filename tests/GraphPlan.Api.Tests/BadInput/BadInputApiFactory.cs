using GraphPlan.Core.Store;
using GraphPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>
/// The real host as the public sees it: Production environment (no error details, no suggestions), default limits,
/// the embedded store in a fresh file behind <see cref="FaultyGraphStore"/>. Rate limiting is off unless a test
/// class turns it on, because every test client shares one address.
/// </summary>
public class BadInputApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-badinput-tests", Guid.NewGuid().ToString("N"));

    public StoreFaults Faults { get; } = new();

    /// <summary>Extra configuration for a derived factory.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:Kind", "embedded");
        builder.UseSetting("Store:Embedded:Path", Path.Combine(_folder, "graph.db"));
        builder.UseSetting("Seed:Path", RepositoryPaths.Seed);
        builder.UseSetting("RateLimiting:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            var registered = services.Single(d => d.ServiceType == typeof(IGraphStore));
            services.RemoveAll<IGraphStore>();
            services.AddSingleton(sp => FaultyGraphStore.Wrap((IGraphStore)(registered.ImplementationInstance ?? registered.ImplementationFactory!(sp)), Faults));
        });
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
