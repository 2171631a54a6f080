using System.Diagnostics;
using GraphPlan.Api.Security;
using GraphPlan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GraphPlan.Api.Tests.Telemetry;

/// <summary>The real host (Production environment) with in-memory span and metric exporters and every log line captured.</summary>
public sealed class TelemetryApiFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-api-tests", Guid.NewGuid().ToString("N"));

    public TelemetryApiFactory()
        : this(null)
    {
    }

    public List<Activity> Spans { get; } = [];

    public List<Metric> Metrics { get; } = [];

    public CapturedLogs Logs { get; } = new();

    /// <summary>Exports the metrics collected so far into <see cref="Metrics"/> (replacing what was there).</summary>
    public IReadOnlyList<Metric> CollectMetrics()
    {
        Metrics.Clear();
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        return Metrics;
    }

    /// <summary>Every data point of a metric, as (tags, value) for counters and (tags, count) for histograms.</summary>
    public IReadOnlyList<(Dictionary<string, object?> Tags, double Value)> Points(string name)
    {
        var points = new List<(Dictionary<string, object?>, double)>();
        foreach (var metric in CollectMetrics().Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var tag in point.Tags)
                {
                    tags[tag.Key] = tag.Value;
                }

                var value = metric.MetricType switch
                {
                    MetricType.LongSum => point.GetSumLong(),
                    MetricType.Histogram => point.GetHistogramCount(),
                    _ => point.GetSumDouble(),
                };
                points.Add((tags, value));
            }
        }

        return points;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:Kind", "embedded");
        builder.UseSetting("Store:Embedded:Path", Path.Combine(_folder, "graph.db"));
        builder.UseSetting("Seed:Path", RepositoryPaths.Seed);
        // Every request executes, so each shows its operation and store calls (the response cache would answer repeats).
        builder.UseSetting("GraphQL:ResponseCache:Enabled", "false");
        builder.UseSetting("Curation:Keys:0:Name", "alice");
        builder.UseSetting("Curation:Keys:0:Role", "curator");
        builder.UseSetting("Curation:Keys:0:Sha256", ApiKeyAuthenticationHandler.Hash(ApiFactory.CuratorKey));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
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
