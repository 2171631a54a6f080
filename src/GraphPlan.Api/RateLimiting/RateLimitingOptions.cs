namespace GraphPlan.Api.RateLimiting;

/// <summary>
/// Request rate limits on <c>/graphql</c> and <c>/export</c>, bound from configuration section <c>RateLimiting</c>: a
/// token bucket per client IP (shared by both), then one concurrency limit for the whole server's GraphQL requests and a
/// smaller one for exports. Refusals are 429 with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Burst: requests one client may send at once.</summary>
    public int TokenLimit { get; set; } = 120;

    /// <summary>Requests per <see cref="ReplenishmentPeriod"/> a client earns back.</summary>
    public int TokensPerPeriod { get; set; } = 20;

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>GraphQL requests executing at once, all clients together.</summary>
    public int ConcurrencyLimit { get; set; } = 64;

    /// <summary>Requests waiting for a concurrency slot before further ones are refused.</summary>
    public int ConcurrencyQueueLimit { get; set; } = 32;

    /// <summary>Whole-graph exports running at once, all clients together; further ones are refused, not queued.</summary>
    public int ExportConcurrencyLimit { get; set; } = 2;
}
