using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraphPlan.Core.Telemetry;

/// <summary>
/// GraphPlan's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <see cref="Name"/>, and the
/// instruments every layer records into. Tags never carry a parameter value, a document's text or a key.
/// </summary>
public static class GraphPlanTelemetry
{
    public const string Name = "GraphPlan";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    /// <summary>GraphQL operations executed, by operation type.</summary>
    public static Counter<long> Requests { get; } = Meter.CreateCounter<long>("graphplan.graphql.requests", "{request}", "GraphQL operations executed");

    /// <summary>GraphQL errors answered, by <c>extensions.code</c>.</summary>
    public static Counter<long> Errors { get; } = Meter.CreateCounter<long>("graphplan.graphql.errors", "{error}", "GraphQL errors answered, by code");

    /// <summary>Requests refused by a limit before they ran, by the limit's code.</summary>
    public static Counter<long> Refusals { get; } = Meter.CreateCounter<long>("graphplan.refusals", "{request}", "Requests refused by a limit, by limit");

    /// <summary>Time of each store call, by store and method.</summary>
    public static Histogram<double> StoreDuration { get; } = Meter.CreateHistogram<double>("graphplan.store.duration", "ms", "Duration of graph store calls");

    /// <summary>Cache hits, by cache (the parsed-document cache counts here; other caches may add theirs).</summary>
    public static Counter<long> CacheHits { get; } = Meter.CreateCounter<long>("graphplan.cache.hits", "{hit}", "Cache hits, by cache");
}
